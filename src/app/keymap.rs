//! Which key table has the keys, and what a key does there: one table per screen, each in its
//! room (`walk::keys`, `analysis::keys`, …), made of bindings ([`Binding`]) whose labels come
//! from the binding itself ([`key_label`]), so what the help shows cannot drift from what the
//! key does.

use crossterm::event::{KeyCode as K, KeyEvent, KeyModifiers as M};
use crossterm::event::{MouseButton, MouseEvent, MouseEventKind};

use super::dialogs::action::STATUS;
use super::msg::{Cmd, Msg};
use super::state::{App, FormField, Modal, PromptFor, Screen};

pub use super::analysis::keys::{MATRIX, PRIORITY};
pub use super::binding::{Binding, acts, key_label};
pub use super::compare::keys::COMPARE;
pub use super::dialogs::keys::{
    ACTION, CONFIRM, CONFLICT, FILTER, FORM, HELP, MEASURE, NOTES, PROMPT, RECOVERY, UNSAVED,
};
pub use super::home::keys::HOME;
pub use super::walk::keys::WALK;
pub use super::workshop::keys::{ENDED, SELF_PACED, WORKSHOP};

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
        (Some(Modal::Measure(_)), _) => MEASURE,
        (Some(Modal::Unsaved { .. }), _) => UNSAVED,
        (Some(Modal::Filter(_)), _) => FILTER,
        (Some(Modal::Help), Screen::Walk) | (None, Screen::Walk) => WALK,
        (Some(Modal::Help), Screen::Home) | (None, Screen::Home) => HOME,
        (Some(Modal::Help), Screen::Matrix) | (None, Screen::Matrix) => MATRIX,
        (Some(Modal::Help), Screen::Priority) | (None, Screen::Priority) => PRIORITY,
        (Some(Modal::Help), Screen::Workshop) | (None, Screen::Workshop) => workshop_table(app),
        (Some(Modal::Help), Screen::Compare) | (None, Screen::Compare) => COMPARE,
    }
}

/// The projector's keys: in a self-paced workshop they move only the screen, so they say so;
/// an ended workshop has only the way out.
fn workshop_table(app: &App) -> &'static [Binding] {
    use super::workshop::{Mode, Phase};
    match app.workshop.as_ref().map(|w| (w.mode, w.phase)) {
        Some((_, Phase::Closed)) => ENDED,
        Some((Mode::SelfPaced, _)) => SELF_PACED,
        _ => WORKSHOP,
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
        Some(Modal::Measure(form)) => form.in_text(),
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
                | Modal::Measure(_)
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
    use crate::app::binding::C;
    use crate::i18n::ui::T;

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
        assert_eq!(label_of(HOME, T::Down), "j ↓");
        assert_eq!(label_of(HOME, T::Up), "k ↑");
        assert_eq!(label_of(ACTION, T::ChangeStatus), "Space ← →");
        assert_eq!(label_of(NOTES, T::FinishEditing), "Enter Ctrl+S");
        assert_eq!(label_of(NOTES, T::Cancel), "Esc");
        assert_eq!(label_of(NOTES, T::NewLine), "Alt+Enter Ctrl+J");
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
            ("self-paced workshop", SELF_PACED),
            ("ended workshop", ENDED),
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
            PRIORITY, ACTION, COMPARE, FILTER, MEASURE,
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
