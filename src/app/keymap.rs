//! One table per screen: each key's command and description, used for dispatch, help and
//! hints. A key's label is made from the binding itself ([`key_label`]), so what the help
//! shows cannot drift from what the key does.

use crossterm::event::{KeyCode as K, KeyEvent, KeyModifiers as M};
use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

use super::dialogs::action::STATUS;
use super::msg::{Cmd, Msg};
use super::state::{App, FormField, Modal, PromptFor, Screen};
use crate::i18n::ui::T;

/// Keys with one meaning: what they do, and each key's command.
#[derive(Debug)]
pub struct Binding {
    pub text: T,
    /// Shown in the bottom hint line as well as in the help.
    pub hint: bool,
    /// In a form, these keys type into a focused text field instead (space, arrows).
    pub typed: bool,
    pub keys: &'static [(K, M, Cmd)],
}

impl Binding {
    /// Every key of the binding, as the help and hints show them: `1-5`, `j ↓`, `Ctrl+R`.
    pub fn label(&self) -> String {
        let mut labels: Vec<String> = Vec::new();
        for (k, m, _) in self.keys {
            let label = key_label(*k, *m);
            if !labels.contains(&label) {
                labels.push(label);
            }
        }
        collapse_runs(labels).join(" ")
    }

    /// The first key's label, for a line that names one key per choice.
    pub fn short_label(&self) -> String {
        self.keys
            .first()
            .map_or_else(String::new, |(k, m, _)| key_label(*k, *m))
    }
}

/// How a key is written on screen.
pub fn key_label(code: K, mods: M) -> String {
    let name = match code {
        K::Char(' ') => "Space".to_string(),
        K::Char(c) if mods.contains(M::CONTROL) => c.to_uppercase().to_string(),
        K::Char(c) => c.to_string(),
        K::Backspace => "⌫".into(),
        K::Left => "←".into(),
        K::Right => "→".into(),
        K::Up => "↑".into(),
        K::Down => "↓".into(),
        K::Enter => "Enter".into(),
        K::Esc => "Esc".into(),
        K::Tab => "Tab".into(),
        // Terminals report Shift+Tab as BackTab, with or without the Shift modifier.
        K::BackTab => return "S-Tab".into(),
        K::Home => "Home".into(),
        K::End => "End".into(),
        K::PageUp => "PgUp".into(),
        K::PageDown => "PgDn".into(),
        K::Delete => "Del".into(),
        K::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    let mut out = String::new();
    if mods.contains(M::CONTROL) {
        out.push_str("Ctrl+");
    }
    if mods.contains(M::ALT) {
        out.push_str("Alt+");
    }
    out.push_str(&name);
    out
}

/// Runs of three or more consecutive digits are written as a range: `1 2 3 4 5` is `1-5`.
fn collapse_runs(labels: Vec<String>) -> Vec<String> {
    let digit = |s: &str| match s.as_bytes() {
        [d] if d.is_ascii_digit() => Some(*d),
        _ => None,
    };
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < labels.len() {
        let mut j = i;
        while j + 1 < labels.len()
            && matches!((digit(&labels[j]), digit(&labels[j + 1])), (Some(a), Some(b)) if b == a + 1)
        {
            j += 1;
        }
        if j >= i + 2 {
            out.push(format!("{}-{}", labels[i], labels[j]));
        } else {
            out.extend(labels[i..=j].iter().cloned());
        }
        i = j + 1;
    }
    out
}

pub(super) const N: M = M::NONE;
pub(super) const C: M = M::CONTROL;
const A: M = M::ALT;

macro_rules! b {
    ($text:ident, $hint:expr, [$(($k:expr, $m:expr, $c:expr)),* $(,)?]) => {
        Binding { text: T::$text, hint: $hint, typed: false, keys: &[$(($k, $m, $c)),*] }
    };
    (typed $text:ident, $hint:expr, [$(($k:expr, $m:expr, $c:expr)),* $(,)?]) => {
        Binding { text: T::$text, hint: $hint, typed: true, keys: &[$(($k, $m, $c)),*] }
    };
}
pub use super::analysis::keys::{ACTION, COMPARE, MATRIX, PRIORITY};
pub use super::dialogs::keys::{
    CONFIRM, CONFLICT, FILTER, FORM, HELP, NOTES, PROMPT, RECOVERY, UNSAVED,
};
pub use super::workshop::keys::WORKSHOP;
pub(super) use b;

/// The audit walk.
pub static WALK: &[Binding] = &[
    b!(
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
        Clear,
        false,
        [(K::Char('0'), N, Cmd::Clear), (K::Backspace, N, Cmd::Clear)]
    ),
    b!(
        ScalePrev,
        false,
        [
            (K::Left, N, Cmd::ScalePrev),
            (K::Char('h'), N, Cmd::ScalePrev)
        ]
    ),
    b!(
        ScaleNext,
        false,
        [
            (K::Right, N, Cmd::ScaleNext),
            (K::Char('l'), N, Cmd::ScaleNext)
        ]
    ),
    b!(
        Down,
        false,
        [(K::Char('j'), N, Cmd::Down), (K::Down, N, Cmd::Down)]
    ),
    b!(Up, false, [(K::Char('k'), N, Cmd::Up), (K::Up, N, Cmd::Up)]),
    b!(
        First,
        false,
        [(K::Char('g'), N, Cmd::First), (K::Home, N, Cmd::First)]
    ),
    b!(
        Last,
        false,
        [(K::Char('G'), N, Cmd::Last), (K::End, N, Cmd::Last)]
    ),
    b!(CardDown, false, [(K::PageDown, N, Cmd::CardScroll(4))]),
    b!(CardUp, false, [(K::PageUp, N, Cmd::CardScroll(-4))]),
    b!(PrevStage, false, [(K::Char('['), N, Cmd::PrevStage)]),
    b!(NextStage, false, [(K::Char(']'), N, Cmd::NextStage)]),
    b!(ToggleNa, true, [(K::Char('x'), N, Cmd::ToggleNa)]),
    b!(EditNotes, true, [(K::Enter, N, Cmd::EditNotes)]),
    b!(Undo, true, [(K::Char('u'), N, Cmd::Undo)]),
    b!(Redo, false, [(K::Char('r'), C, Cmd::Redo)]),
    // Participants: Tab cycles as in most TUIs, freeing `p` for the priority list.
    b!(NextParticipant, false, [(K::Tab, N, Cmd::NextParticipant)]),
    b!(
        PrevParticipant,
        false,
        [
            (K::BackTab, N, Cmd::PrevParticipant),
            (K::BackTab, M::SHIFT, Cmd::PrevParticipant)
        ]
    ),
    b!(
        AddParticipant,
        false,
        [(K::Char('+'), N, Cmd::AddParticipant)]
    ),
    b!(
        RenameParticipant,
        false,
        [(K::Char('N'), N, Cmd::RenameParticipant)]
    ),
    b!(EditTitle, false, [(K::Char('i'), N, Cmd::EditTitle)]),
    b!(
        RemoveParticipant,
        false,
        [(K::Char('-'), N, Cmd::RemoveParticipant)]
    ),
    b!(ToggleBlind, false, [(K::Char('b'), N, Cmd::ToggleBlind)]),
    b!(Reveal, false, [(K::Char('v'), N, Cmd::Reveal)]),
    b!(
        ToggleRoundRobin,
        false,
        [(K::Char('o'), N, Cmd::ToggleRoundRobin)]
    ),
    b!(
        NextDiscussion,
        false,
        [(K::Char('f'), N, Cmd::NextDiscussion)]
    ),
    b!(Agree, false, [(K::Char('='), N, Cmd::Agree)]),
    b!(AddTp, false, [(K::Char('a'), N, Cmd::AddTp)]),
    b!(RenameTp, false, [(K::Char('r'), N, Cmd::RenameTp)]),
    b!(
        EditDescription,
        false,
        [(K::Char('e'), N, Cmd::EditDescription)]
    ),
    b!(DeleteTp, false, [(K::Char('D'), N, Cmd::DeleteTp)]),
    b!(
        MoveTpUp,
        false,
        [(K::Char('K'), N, Cmd::MoveTpUp), (K::Up, A, Cmd::MoveTpUp)]
    ),
    b!(
        MoveTpDown,
        false,
        [
            (K::Char('J'), N, Cmd::MoveTpDown),
            (K::Down, A, Cmd::MoveTpDown)
        ]
    ),
    b!(AddStage, false, [(K::Char('A'), N, Cmd::AddStage)]),
    b!(RenameStage, false, [(K::Char('R'), N, Cmd::RenameStage)]),
    b!(DeleteStage, false, [(K::Char('X'), N, Cmd::DeleteStage)]),
    b!(MoveStageUp, false, [(K::Char('<'), N, Cmd::MoveStageUp)]),
    b!(
        MoveStageDown,
        false,
        [(K::Char('>'), N, Cmd::MoveStageDown)]
    ),
    // The analysis screens, action plans and exports.
    b!(OpenMatrix, true, [(K::Char('m'), N, Cmd::OpenMatrix)]),
    b!(OpenPriority, true, [(K::Char('p'), N, Cmd::OpenPriority)]),
    b!(Filter, true, [(K::Char('/'), N, Cmd::Filter)]),
    b!(EditAction, false, [(K::Char('t'), N, Cmd::EditAction)]),
    b!(Export, false, [(K::Char('E'), N, Cmd::Export)]),
    b!(OpenReport, false, [(K::Char('O'), N, Cmd::OpenReport)]),
    b!(Workshop, false, [(K::Char('W'), N, Cmd::Workshop)]),
    // The audit cycle.
    b!(
        TogglePrevious,
        false,
        [(K::Char('L'), N, Cmd::TogglePrevious)]
    ),
    b!(OpenCompare, false, [(K::Char('C'), N, Cmd::OpenCompare)]),
    b!(TakeOver, false, [(K::Char('T'), N, Cmd::TakeOver)]),
    b!(CycleTheme, false, [(K::Char('t'), C, Cmd::CycleTheme)]),
    b!(Help, true, [(K::Char('?'), N, Cmd::Help)]),
    b!(Back, false, [(K::Esc, N, Cmd::Back)]),
    b!(Quit, true, [(K::Char('q'), N, Cmd::Quit)]),
];

/// The list of audits.
pub static HOME: &[Binding] = &[
    b!(
        Down,
        false,
        [
            (K::Char('j'), N, Cmd::Down),
            (K::Char('k'), N, Cmd::Up),
            (K::Down, N, Cmd::Down),
            (K::Up, N, Cmd::Up)
        ]
    ),
    b!(Open, true, [(K::Enter, N, Cmd::Open)]),
    b!(NewAudit, true, [(K::Char('n'), N, Cmd::New)]),
    b!(Duplicate, true, [(K::Char('c'), N, Cmd::Duplicate)]),
    b!(Delete, true, [(K::Char('d'), N, Cmd::Delete)]),
    b!(CycleTheme, false, [(K::Char('t'), C, Cmd::CycleTheme)]),
    b!(Help, true, [(K::Char('?'), N, Cmd::Help)]),
    b!(Quit, true, [(K::Char('q'), N, Cmd::Quit)]),
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
        (Some(Modal::Confirm(_)), _) => CONFIRM,
        (Some(Modal::NewAudit(_)), _) => FORM,
        (Some(Modal::Conflict { .. }), _) => CONFLICT,
        (Some(Modal::Recovery { .. }), _) => RECOVERY,
        (Some(Modal::Action(_)), _) => ACTION,
        (Some(Modal::Unsaved { .. }), _) => UNSAVED,
        (Some(Modal::Filter(_)), _) => FILTER,
        (Some(Modal::Help), Screen::Walk) | (None, Screen::Walk) => WALK,
        (Some(Modal::Help), Screen::Home) | (None, Screen::Home) => HOME,
        (Some(Modal::Help), Screen::Matrix) | (None, Screen::Matrix) => MATRIX,
        (Some(Modal::Help), Screen::Priority) | (None, Screen::Priority) => PRIORITY,
        (Some(Modal::Help), Screen::Workshop) | (None, Screen::Workshop) => WORKSHOP,
        (Some(Modal::Help), Screen::Compare) | (None, Screen::Compare) => COMPARE,
    }
}

/// The binding a key press matches in a table.
pub fn lookup(table: &'static [Binding], key: KeyEvent) -> Option<(&'static Binding, Cmd)> {
    // Terminals report Shift with capitals and symbols such as `<`; the character says it all.
    let mods = match key.code {
        K::Char(_) => key.modifiers - M::SHIFT,
        _ => key.modifiers,
    };
    table.iter().find_map(|b| {
        b.keys
            .iter()
            .find(|(k, m, _)| *k == key.code && *m == mods)
            .map(|(_, _, c)| (b, *c))
    })
}

/// Whether a dialog with text to type has the focus on a text field.
fn in_text_field(app: &App) -> bool {
    match &app.modal {
        Some(Modal::Prompt { .. } | Modal::Notes { .. } | Modal::Filter(_)) => true,
        Some(Modal::NewAudit(form)) => matches!(form.field, FormField::Name | FormField::Client),
        Some(Modal::Action(form)) => form.focus < STATUS,
        _ => false,
    }
}

/// The Latin key at the same place on the keyboard as a letter of the Russian ЙЦУКЕН layout,
/// so command keys work whichever layout is on (`о` is `j`, `й` is `q`, `Б` is `<`, `.` is
/// `/`).
pub fn latin_key(c: char) -> Option<char> {
    // The Latin `/` key types `.` in the Russian layout, and with Shift (`?`) a comma.
    match c {
        '.' => return Some('/'),
        ',' => return Some('?'),
        _ => {}
    }
    const RU: &str = "йцукенгшщзхъфывапролджэячсмитьбюё";
    const EN: &str = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
    const RU_UP: &str = "ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ";
    const EN_UP: &str = "QWERTYUIOP{}ASDFGHJKL:\"ZXCVBNM<>~";
    let find = |from: &str, to: &str| {
        from.chars()
            .position(|x| x == c)
            .and_then(|i| to.chars().nth(i))
    };
    find(RU, EN).or_else(|| find(RU_UP, EN_UP))
}

/// A key typed in the Russian layout as the Latin key in its place; other keys as they are.
fn in_latin(key: KeyEvent) -> KeyEvent {
    match key.code {
        K::Char(c) => match latin_key(c) {
            Some(l) => KeyEvent::new(K::Char(l), key.modifiers),
            None => key,
        },
        _ => key,
    }
}

/// Turns a key press into a message for the current screen or dialog. Outside text fields a
/// letter of the Russian layout is read as the Latin key in the same place.
pub fn dispatch(app: &App, key: KeyEvent) -> Option<Msg> {
    if matches!(app.modal, Some(Modal::Help)) {
        let cmd = lookup(HELP, in_latin(key)).map_or(Cmd::CloseHelp, |(_, c)| c);
        return Some(Msg::Cmd(cmd));
    }
    let typing = matches!(
        app.modal,
        Some(
            Modal::Prompt { .. }
                | Modal::Notes { .. }
                | Modal::NewAudit(_)
                | Modal::Action(_)
                | Modal::Filter(_)
        )
    );
    let key = if in_text_field(app) {
        key
    } else {
        in_latin(key)
    };
    match lookup(active(app), key) {
        Some((b, _)) if b.typed && in_text_field(app) => Some(Msg::Edit(key)),
        Some((_, cmd)) => Some(Msg::Cmd(cmd)),
        None if typing => Some(Msg::Edit(key)),
        None => None,
    }
}

/// Turns a mouse event into a message: a left click, or a turn of the wheel; the rest (moves,
/// drags, releases, other buttons) mean nothing here.
pub fn mouse(ev: MouseEvent) -> Option<Msg> {
    let (column, row) = (ev.column, ev.row);
    match ev.kind {
        MouseEventKind::Down(MouseButton::Left) => Some(Msg::Click { column, row }),
        MouseEventKind::ScrollDown => Some(Msg::Wheel {
            column,
            row,
            down: true,
        }),
        MouseEventKind::ScrollUp => Some(Msg::Wheel {
            column,
            row,
            down: false,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label_of(table: &[Binding], text: T) -> String {
        table
            .iter()
            .find(|b| b.text == text)
            .map(Binding::label)
            .unwrap_or_default()
    }

    #[test]
    fn labels_are_made_from_the_keys_themselves() {
        assert_eq!(label_of(WALK, T::Score), "1-5");
        assert_eq!(label_of(WALK, T::Clear), "0 ⌫");
        assert_eq!(label_of(WALK, T::MoveTpUp), "K Alt+↑");
        assert_eq!(label_of(WALK, T::Redo), "Ctrl+R");
        assert_eq!(label_of(WALK, T::PrevParticipant), "S-Tab");
        assert_eq!(label_of(HOME, T::Down), "j k ↓ ↑");
        assert_eq!(label_of(ACTION, T::ChangeStatus), "Space ← →");
        assert_eq!(label_of(NOTES, T::FinishEditing), "Esc Ctrl+S");
        assert_eq!(label_of(HELP, T::PageDown), "PgDn Space");
    }

    #[test]
    fn every_full_screen_switches_the_colours_with_ctrl_t() {
        let ctrl_t = KeyEvent::new(K::Char('t'), C);
        for (name, table) in [
            ("walk", WALK),
            ("home", HOME),
            ("matrix", MATRIX),
            ("list", PRIORITY),
            ("compare", COMPARE),
            ("workshop", WORKSHOP),
        ] {
            assert_eq!(
                lookup(table, ctrl_t).map(|(_, c)| c),
                Some(Cmd::CycleTheme),
                "{name}"
            );
        }
    }

    #[test]
    fn every_binding_has_a_key_so_no_label_is_typed_by_hand() {
        let tables = [
            WALK, HOME, PROMPT, NOTES, CONFIRM, FORM, CONFLICT, RECOVERY, UNSAVED, HELP, MATRIX,
            PRIORITY, ACTION, COMPARE, FILTER,
        ];
        for b in tables.iter().flat_map(|t| t.iter()) {
            assert!(!b.keys.is_empty(), "{:?} has no key", b.text);
            assert!(!b.label().is_empty());
        }
    }

    #[test]
    fn in_a_text_field_space_and_arrows_type_and_on_the_status_they_choose() {
        use crate::app::dialogs::action::ActionForm;
        let templates = Vec::new();
        let data = crate::store::DataDir::new("/nonexistent");
        let mut app = App::new(
            crate::model::Lang::En,
            data,
            templates,
            jiff::Timestamp::UNIX_EPOCH,
        );
        let mut form = ActionForm::new((0, 0), "t", None);
        app.modal = Some(Modal::Action(Box::new(form.clone())));
        let space = KeyEvent::new(K::Char(' '), M::NONE);
        assert!(matches!(dispatch(&app, space), Some(Msg::Edit(_))));
        form.focus = STATUS;
        app.modal = Some(Modal::Action(Box::new(form)));
        assert!(matches!(
            dispatch(&app, space),
            Some(Msg::Cmd(Cmd::StatusNext))
        ));
    }
}
