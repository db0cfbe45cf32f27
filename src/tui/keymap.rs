//! One table per screen: each key's command and description, used for dispatch, help and hints.

use crossterm::event::{KeyCode as K, KeyEvent, KeyModifiers as M};

use super::app::{App, Modal, PromptFor, Screen};
use super::msg::{Cmd, Msg};
use crate::i18n::ui::T;

/// Keys with one meaning: how the help shows them, what they do, and each key's command.
#[derive(Debug)]
pub struct Binding {
    pub label: &'static str,
    pub text: T,
    /// Shown in the bottom hint line as well as in the help.
    pub hint: bool,
    pub keys: &'static [(K, M, Cmd)],
}

pub(super) const N: M = M::NONE;
pub(super) const C: M = M::CONTROL;
const A: M = M::ALT;

macro_rules! b {
    ($label:expr, $text:ident, $hint:expr, [$(($k:expr, $m:expr, $c:expr)),* $(,)?]) => {
        Binding { label: $label, text: T::$text, hint: $hint, keys: &[$(($k, $m, $c)),*] }
    };
}
pub use super::keymap_analysis::{ACTION, MATRIX, PRIORITY};
pub(super) use b;

/// The audit walk.
pub static WALK: &[Binding] = &[
    b!(
        "1-5",
        Score,
        true,
        [
            (K::Char('1'), N, Cmd::Score(1)),
            (K::Char('2'), N, Cmd::Score(2)),
            (K::Char('3'), N, Cmd::Score(3)),
            (K::Char('4'), N, Cmd::Score(4)),
            (K::Char('5'), N, Cmd::Score(5))
        ]
    ),
    b!(
        "0 ⌫",
        Clear,
        false,
        [(K::Char('0'), N, Cmd::Clear), (K::Backspace, N, Cmd::Clear)]
    ),
    b!(
        "← h",
        ScalePrev,
        false,
        [
            (K::Left, N, Cmd::ScalePrev),
            (K::Char('h'), N, Cmd::ScalePrev)
        ]
    ),
    b!(
        "→ l",
        ScaleNext,
        false,
        [
            (K::Right, N, Cmd::ScaleNext),
            (K::Char('l'), N, Cmd::ScaleNext)
        ]
    ),
    b!(
        "j ↓",
        Down,
        false,
        [(K::Char('j'), N, Cmd::Down), (K::Down, N, Cmd::Down)]
    ),
    b!(
        "k ↑",
        Up,
        false,
        [(K::Char('k'), N, Cmd::Up), (K::Up, N, Cmd::Up)]
    ),
    b!(
        "g",
        First,
        false,
        [(K::Char('g'), N, Cmd::First), (K::Home, N, Cmd::First)]
    ),
    b!(
        "G",
        Last,
        false,
        [(K::Char('G'), N, Cmd::Last), (K::End, N, Cmd::Last)]
    ),
    b!("[", PrevStage, false, [(K::Char('['), N, Cmd::PrevStage)]),
    b!("]", NextStage, false, [(K::Char(']'), N, Cmd::NextStage)]),
    b!("x", ToggleNa, true, [(K::Char('x'), N, Cmd::ToggleNa)]),
    b!("Enter", EditNotes, true, [(K::Enter, N, Cmd::EditNotes)]),
    b!("u", Undo, true, [(K::Char('u'), N, Cmd::Undo)]),
    b!("Ctrl+R", Redo, false, [(K::Char('r'), C, Cmd::Redo)]),
    // Participants: Tab cycles as in most TUIs, freeing `p` for the priority list.
    b!(
        "Tab",
        NextParticipant,
        false,
        [(K::Tab, N, Cmd::NextParticipant)]
    ),
    b!(
        "S-Tab",
        PrevParticipant,
        false,
        [
            (K::BackTab, N, Cmd::PrevParticipant),
            (K::BackTab, M::SHIFT, Cmd::PrevParticipant)
        ]
    ),
    b!(
        "+",
        AddParticipant,
        false,
        [(K::Char('+'), N, Cmd::AddParticipant)]
    ),
    b!(
        "N",
        RenameParticipant,
        false,
        [(K::Char('N'), N, Cmd::RenameParticipant)]
    ),
    b!("a", AddTp, false, [(K::Char('a'), N, Cmd::AddTp)]),
    b!("r", RenameTp, false, [(K::Char('r'), N, Cmd::RenameTp)]),
    b!(
        "e",
        EditDescription,
        false,
        [(K::Char('e'), N, Cmd::EditDescription)]
    ),
    b!("D", DeleteTp, false, [(K::Char('D'), N, Cmd::DeleteTp)]),
    b!(
        "K Alt+↑",
        MoveTpUp,
        false,
        [(K::Char('K'), N, Cmd::MoveTpUp), (K::Up, A, Cmd::MoveTpUp)]
    ),
    b!(
        "J Alt+↓",
        MoveTpDown,
        false,
        [
            (K::Char('J'), N, Cmd::MoveTpDown),
            (K::Down, A, Cmd::MoveTpDown)
        ]
    ),
    b!("A", AddStage, false, [(K::Char('A'), N, Cmd::AddStage)]),
    b!(
        "R",
        RenameStage,
        false,
        [(K::Char('R'), N, Cmd::RenameStage)]
    ),
    b!(
        "X",
        DeleteStage,
        false,
        [(K::Char('X'), N, Cmd::DeleteStage)]
    ),
    b!(
        "<",
        MoveStageUp,
        false,
        [(K::Char('<'), N, Cmd::MoveStageUp)]
    ),
    b!(
        ">",
        MoveStageDown,
        false,
        [(K::Char('>'), N, Cmd::MoveStageDown)]
    ),
    // The analysis screens, action plans and exports.
    b!("m", OpenMatrix, true, [(K::Char('m'), N, Cmd::OpenMatrix)]),
    b!(
        "p",
        OpenPriority,
        true,
        [(K::Char('p'), N, Cmd::OpenPriority)]
    ),
    b!("t", EditAction, false, [(K::Char('t'), N, Cmd::EditAction)]),
    b!("E", Export, false, [(K::Char('E'), N, Cmd::Export)]),
    b!("?", Help, true, [(K::Char('?'), N, Cmd::Help)]),
    b!("Esc", Back, false, [(K::Esc, N, Cmd::Back)]),
    b!("q", Quit, true, [(K::Char('q'), N, Cmd::Quit)]),
];

/// The list of audits.
pub static HOME: &[Binding] = &[
    b!(
        "j k ↓ ↑",
        Down,
        false,
        [
            (K::Char('j'), N, Cmd::Down),
            (K::Down, N, Cmd::Down),
            (K::Char('k'), N, Cmd::Up),
            (K::Up, N, Cmd::Up)
        ]
    ),
    b!("Enter", Open, true, [(K::Enter, N, Cmd::Open)]),
    b!("n", NewAudit, true, [(K::Char('n'), N, Cmd::New)]),
    b!("c", Duplicate, true, [(K::Char('c'), N, Cmd::Duplicate)]),
    b!("d", Delete, true, [(K::Char('d'), N, Cmd::Delete)]),
    b!("?", Help, true, [(K::Char('?'), N, Cmd::Help)]),
    b!("q", Quit, true, [(K::Char('q'), N, Cmd::Quit)]),
];

/// A one-line prompt; other keys edit the text.
pub static PROMPT: &[Binding] = &[
    b!("Enter", Submit, true, [(K::Enter, N, Cmd::Submit)]),
    b!("Esc", Cancel, true, [(K::Esc, N, Cmd::Cancel)]),
];

/// The notes editor; other keys edit the text.
pub static NOTES: &[Binding] = &[b!(
    "Esc Ctrl+S",
    FinishEditing,
    true,
    [(K::Esc, N, Cmd::Submit), (K::Char('s'), C, Cmd::Submit)]
)];

/// A yes/no question.
pub static CONFIRM: &[Binding] = &[
    b!(
        "y Enter",
        Yes,
        true,
        [(K::Char('y'), N, Cmd::Submit), (K::Enter, N, Cmd::Submit)]
    ),
    b!(
        "n Esc",
        No,
        true,
        [(K::Char('n'), N, Cmd::Cancel), (K::Esc, N, Cmd::Cancel)]
    ),
];

/// The new-audit form; other keys edit the text fields.
pub static FORM: &[Binding] = &[
    b!(
        "Tab ↓",
        NextField,
        true,
        [(K::Tab, N, Cmd::NextField), (K::Down, N, Cmd::NextField)]
    ),
    b!(
        "S-Tab ↑",
        PrevField,
        false,
        [
            (K::BackTab, N, Cmd::PrevField),
            (K::BackTab, M::SHIFT, Cmd::PrevField),
            (K::Up, N, Cmd::PrevField)
        ]
    ),
    b!(
        "← →",
        ChangeChoice,
        true,
        [
            (K::Left, N, Cmd::ChoicePrev),
            (K::Right, N, Cmd::ChoiceNext)
        ]
    ),
    b!("Enter", Submit, true, [(K::Enter, N, Cmd::Submit)]),
    b!("Esc", Cancel, true, [(K::Esc, N, Cmd::Cancel)]),
];

// Safety dialogs: they wait for a decision, so they have no Esc.

/// The file changed on disk.
pub static CONFLICT: &[Binding] = &[
    b!("r", ReloadDisk, true, [(K::Char('r'), N, Cmd::ReloadDisk)]),
    b!("o", KeepMine, true, [(K::Char('o'), N, Cmd::KeepMine)]),
];

/// An emergency copy was found on open.
pub static RECOVERY: &[Binding] = &[
    b!(
        "r",
        RestoreCopy,
        true,
        [(K::Char('r'), N, Cmd::RestoreCopy)]
    ),
    b!(
        "d",
        DiscardCopy,
        true,
        [(K::Char('d'), N, Cmd::DiscardCopy)]
    ),
];

/// Leaving an audit whose changes could not be saved. Every way out of the dialog but `l`
/// stays: a user pressing Esc again must not lose the changes.
pub static UNSAVED: &[Binding] = &[
    b!(
        "s Enter Esc",
        Stay,
        true,
        [
            (K::Char('s'), N, Cmd::Stay),
            (K::Enter, N, Cmd::Stay),
            (K::Esc, N, Cmd::Stay)
        ]
    ),
    b!(
        "l",
        LeaveAnyway,
        true,
        [(K::Char('l'), N, Cmd::LeaveAnyway)]
    ),
];

/// The table for what currently has the keys.
pub fn active(app: &App) -> &'static [Binding] {
    match (&app.modal, app.screen) {
        // A description is edited like notes: Enter starts a new line.
        (
            Some(Modal::Prompt {
                purpose: PromptFor::Description,
                ..
            }),
            _,
        ) => NOTES,
        (Some(Modal::Prompt { .. }), _) => PROMPT,
        (Some(Modal::Notes { .. }), _) => NOTES,
        (Some(Modal::Confirm { .. }), _) => CONFIRM,
        (Some(Modal::NewAudit(_)), _) => FORM,
        (Some(Modal::Conflict { .. }), _) => CONFLICT,
        (Some(Modal::Recovery { .. }), _) => RECOVERY,
        (Some(Modal::Action(_)), _) => ACTION,
        (Some(Modal::Unsaved { .. }), _) => UNSAVED,
        (Some(Modal::Help), Screen::Walk) | (None, Screen::Walk) => WALK,
        (Some(Modal::Help), Screen::Home) | (None, Screen::Home) => HOME,
        (Some(Modal::Help), Screen::Matrix) | (None, Screen::Matrix) => MATRIX,
        (Some(Modal::Help), Screen::Priority) | (None, Screen::Priority) => PRIORITY,
    }
}

fn lookup(table: &[Binding], key: KeyEvent) -> Option<Cmd> {
    // Terminals report Shift with capitals and symbols such as `<`; the character says it all.
    let mods = match key.code {
        K::Char(_) => key.modifiers - M::SHIFT,
        _ => key.modifiers,
    };
    table
        .iter()
        .flat_map(|b| b.keys.iter())
        .find(|(k, m, _)| *k == key.code && *m == mods)
        .map(|(_, _, c)| *c)
}

/// In the help overlay the movement keys scroll it; any other key closes it.
fn help_key(key: KeyEvent) -> Cmd {
    match key.code {
        K::Down | K::Char('j') => Cmd::HelpScroll(1),
        K::Up | K::Char('k') => Cmd::HelpScroll(-1),
        K::PageDown | K::Char(' ') => Cmd::HelpScroll(10),
        K::PageUp => Cmd::HelpScroll(-10),
        _ => Cmd::CloseHelp,
    }
}

/// Turns a key press into a message for the current screen or dialog.
pub fn dispatch(app: &App, key: KeyEvent) -> Option<Msg> {
    if matches!(app.modal, Some(Modal::Help)) {
        return Some(Msg::Cmd(help_key(key)));
    }
    let typing = matches!(
        app.modal,
        Some(Modal::Prompt { .. } | Modal::Notes { .. } | Modal::NewAudit(_) | Modal::Action(_))
    );
    match lookup(active(app), key) {
        Some(cmd) => Some(Msg::Cmd(cmd)),
        None if typing => Some(Msg::Edit(key)),
        None => None,
    }
}
