//! Key tables of the dialogs: prompts, the notes editor, confirmations, the new-audit form, the
//! safety dialogs, the help overlay and the action-plan form.

use crossterm::event::{KeyCode as K, KeyModifiers as M};

use crate::app::binding::{Binding, C, N, b};
use crate::app::msg::Cmd;
use crate::i18n::ui::T;

/// Back to the form's previous field, in both forms.
const PREV_FIELD: Binding = b!(
    PrevField,
    false,
    [
        (K::BackTab, N, Cmd::PrevField),
        (K::BackTab, M::SHIFT, Cmd::PrevField),
        (K::Up, N, Cmd::PrevField)
    ]
);

/// On to the next field of a form that Enter saves on its last field (the action and the
/// measurement forms), saving, and the way to save from any field.
const NEXT_FIELD: Binding = b!(
    NextField,
    false,
    [(K::Tab, N, Cmd::NextField), (K::Down, N, Cmd::NextField)]
);
const NEXT_OR_SAVE: Binding = b!(NextFieldOrSave, true, [(K::Enter, N, Cmd::Submit)]);
const SAVE_FORM: Binding = b!(SaveForm, true, [(K::Char('s'), C, Cmd::SaveForm)]);

/// A one-line prompt; other keys edit the text.
pub static PROMPT: &[Binding] = &[
    b!(Submit, true, [(K::Enter, N, Cmd::Submit)]),
    b!(Cancel, true, [(K::Esc, N, Cmd::Cancel)]),
];

/// The name filter being typed; other keys edit the text, and the list narrows as it does.
pub static FILTER: &[Binding] = &[
    b!(KeepFilter, true, [(K::Enter, N, Cmd::Submit)]),
    b!(ClearFilter, true, [(K::Esc, N, Cmd::Cancel)]),
];

/// The notes editor (and the description's): Enter saves and Esc cancels, as in every other
/// field; a new line takes Alt+Enter or Ctrl+J. Other keys edit the text.
pub static NOTES: &[Binding] = &[
    b!(
        FinishEditing,
        true,
        [(K::Enter, N, Cmd::Submit), (K::Char('s'), C, Cmd::Submit)]
    ),
    b!(Cancel, true, [(K::Esc, N, Cmd::Cancel)]),
    b!(
        NewLine,
        true,
        [
            (K::Enter, M::ALT, Cmd::NewLine),
            (K::Char('j'), C, Cmd::NewLine)
        ]
    ),
];

/// A yes/no question.
pub static CONFIRM: &[Binding] = &[
    b!(
        Yes,
        true,
        [(K::Char('y'), N, Cmd::Submit), (K::Enter, N, Cmd::Submit)]
    ),
    b!(
        No,
        true,
        [(K::Char('n'), N, Cmd::Cancel), (K::Esc, N, Cmd::Cancel)]
    ),
];

/// The new-audit form; other keys edit the text fields.
pub static FORM: &[Binding] = &[
    b!(
        NextField,
        true,
        [(K::Tab, N, Cmd::NextField), (K::Down, N, Cmd::NextField)]
    ),
    PREV_FIELD,
    b!(typed ChangeChoice,
        true,
        [
            (K::Left, N, Cmd::ChoicePrev),
            (K::Right, N, Cmd::ChoiceNext)
        ]
    ),
    b!(Submit, true, [(K::Enter, N, Cmd::Submit)]),
    b!(Cancel, true, [(K::Esc, N, Cmd::Cancel)]),
];

// Safety dialogs: they wait for a decision, so they have no Esc.

/// The file changed on disk.
pub static CONFLICT: &[Binding] = &[
    b!(ReloadDisk, true, [(K::Char('r'), N, Cmd::ReloadDisk)]),
    b!(KeepMine, true, [(K::Char('o'), N, Cmd::KeepMine)]),
];

/// An emergency copy was found on open.
pub static RECOVERY: &[Binding] = &[
    b!(RestoreCopy, true, [(K::Char('r'), N, Cmd::RestoreCopy)]),
    b!(DiscardCopy, true, [(K::Char('d'), N, Cmd::DiscardCopy)]),
];

/// Leaving an audit whose changes could not be saved. Every way out of the dialog but `l`
/// stays: a user pressing Esc again must not lose the changes.
pub static UNSAVED: &[Binding] = &[
    b!(
        Stay,
        true,
        [
            (K::Char('s'), N, Cmd::Stay),
            (K::Enter, N, Cmd::Stay),
            (K::Esc, N, Cmd::Stay)
        ]
    ),
    b!(LeaveAnyway, true, [(K::Char('l'), N, Cmd::LeaveAnyway)]),
];

/// The help overlay: the movement keys scroll it; any other key closes it.
pub static HELP: &[Binding] = &[
    b!(
        Down,
        false,
        [
            (K::Down, N, Cmd::HelpScroll(1)),
            (K::Char('j'), N, Cmd::HelpScroll(1))
        ]
    ),
    b!(
        Up,
        false,
        [
            (K::Up, N, Cmd::HelpScroll(-1)),
            (K::Char('k'), N, Cmd::HelpScroll(-1))
        ]
    ),
    b!(
        PageDown,
        false,
        [
            (K::PageDown, N, Cmd::HelpScroll(10)),
            (K::Char(' '), N, Cmd::HelpScroll(10))
        ]
    ),
    b!(PageUp, false, [(K::PageUp, N, Cmd::HelpScroll(-10))]),
];

/// The measurement form; other keys edit the text fields.
pub static MEASURE: &[Binding] = &[
    NEXT_FIELD,
    PREV_FIELD,
    NEXT_OR_SAVE,
    // In a text field these keys type: space and the arrows belong to the text there.
    b!(typed ChangeChoice,
        true,
        [
            (K::Char(' '), N, Cmd::ChoiceNext),
            (K::Left, N, Cmd::ChoicePrev),
            (K::Right, N, Cmd::ChoiceNext)
        ]
    ),
    SAVE_FORM,
    b!(
        RemoveMeasurement,
        true,
        [(K::Char('d'), C, Cmd::RemoveMeasurement)]
    ),
    b!(Cancel, true, [(K::Esc, N, Cmd::Cancel)]),
];

/// The action-plan form; other keys edit the text fields.
pub static ACTION: &[Binding] = &[
    NEXT_FIELD,
    PREV_FIELD,
    NEXT_OR_SAVE,
    // In a text field these keys type: space and the arrows belong to the text there.
    b!(
        typed ChangeStatus,
        true,
        [
            (K::Char(' '), N, Cmd::StatusNext),
            (K::Left, N, Cmd::StatusPrev),
            (K::Right, N, Cmd::StatusNext)
        ]
    ),
    SAVE_FORM,
    b!(Cancel, true, [(K::Esc, N, Cmd::Cancel)]),
];
