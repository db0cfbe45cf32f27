//! Random key sequences at random terminal sizes: no panic, and the cursor always stays valid.

mod hostile;
mod tui_common;

use crossterm::event::{KeyCode, KeyModifiers};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tpaudit::app::{Modal, Screen};
use tpaudit::app::{Msg, update};
use tpaudit::model::Lang;
use tui_common::*;

fn any_key() -> impl Strategy<Value = (KeyCode, KeyModifiers)> {
    // Includes the keys of the matrix (m n N c), the list (p a), action plans (t) and export (E).
    let chars = "0123456789hjklgGuxaArReDXJKpPN<>[]?qy+mnctE \u{44f}\u{1F642}";
    prop_oneof![
        proptest::sample::select(chars.chars().collect::<Vec<_>>())
            .prop_map(|c| (KeyCode::Char(c), KeyModifiers::NONE)),
        proptest::sample::select(vec![
            KeyCode::Enter,
            KeyCode::Esc,
            KeyCode::Backspace,
            KeyCode::Left,
            KeyCode::Right,
            KeyCode::Up,
            KeyCode::Down,
            KeyCode::Tab,
            KeyCode::Home,
            KeyCode::End,
        ])
        .prop_map(|k| (k, KeyModifiers::NONE)),
        Just((KeyCode::Char('r'), KeyModifiers::CONTROL)),
        Just((KeyCode::Char('s'), KeyModifiers::CONTROL)),
        Just((KeyCode::BackTab, KeyModifiers::SHIFT)),
        Just((KeyCode::Down, KeyModifiers::ALT)),
    ]
}

/// One thing that happens to the app: a key, a paste, or a resize of the terminal.
#[derive(Debug, Clone)]
enum Event {
    Key(KeyCode, KeyModifiers),
    Paste(String),
    Resize(u16, u16),
}

/// Pasted text as a terminal may deliver it (the shared hostile generator).
fn paste() -> impl Strategy<Value = String> {
    hostile::paste()
}

fn any_event() -> impl Strategy<Value = Event> {
    prop_oneof![
        8 => any_key().prop_map(|(k, m)| Event::Key(k, m)),
        1 => paste().prop_map(Event::Paste),
        1 => (1u16..=300, 1u16..=100).prop_map(|(w, h)| Event::Resize(w, h)),
    ]
}

/// What undo must give back: the audit's content, without its last-change time.
fn content(app: &tpaudit::app::App) -> Option<String> {
    app.walk.as_ref().map(|w| {
        format!(
            "{:?}{:?}{}{}",
            w.audit.stages, w.audit.participants, w.audit.name, w.audit.client
        )
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn random_keys_pastes_and_resizes_never_break_the_walk_and_undo_restores(
        events in proptest::collection::vec(any_event(), 1..100),
        w in 1u16..=300,
        h in 1u16..=100,
    ) {
        let mut app = walk_app(audit(Lang::En));
        let (mut w, mut h) = (w, h);
        update(&mut app, Msg::Resize(w, h));
        // The audit as it was when the notes editor opened: Esc there puts it back.
        let mut notes_opened: Option<Option<String>> = None;
        for event in events {
            let in_walk = app.screen == Screen::Walk && app.modal.is_none();
            let before = content(&app);
            let in_notes = matches!(app.modal, Some(Modal::Notes { .. }));
            let cancels_notes = in_notes && matches!(event, Event::Key(KeyCode::Esc, _));
            // An undo or redo is itself checked by the next step, not by undoing it again.
            let is_history = matches!(
                event,
                Event::Key(KeyCode::Char('u'), KeyModifiers::NONE)
                    | Event::Key(KeyCode::Char('r'), KeyModifiers::CONTROL)
            );
            match event {
                Event::Key(code, _) if code == KeyCode::Esc && in_walk || code == KeyCode::Char('q') => continue,
                Event::Key(code, mods) => {
                    key_with(&mut app, code, mods);
                }
                Event::Paste(text) => {
                    update(&mut app, Msg::Paste(text));
                }
                Event::Resize(nw, nh) => {
                    (w, h) = (nw, nh);
                    update(&mut app, Msg::Resize(w, h));
                }
            }
            let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
            terminal.draw(|f| tpaudit::ui::view(&app, &tpaudit::ui::Theme::dark(), f)).expect("draws");
            let walk = app.walk.as_ref().expect("walk stays open");
            prop_assert!(tpaudit::model::validate(&walk.audit).is_empty(), "{:?}", tpaudit::model::validate(&walk.audit));
            let after = content(&app);
            if cancels_notes {
                prop_assert_eq!(Some(&after), notes_opened.as_ref(), "Esc puts the notes back");
            }
            notes_opened = match app.modal {
                Some(Modal::Notes { .. }) => notes_opened.or(Some(before.clone())),
                _ => None,
            };
            let undoable = app.modal.is_none() && matches!(app.screen, Screen::Walk | Screen::Priority);
            if undoable && !is_history && !cancels_notes && after != before {
                key_with(&mut app, KeyCode::Char('u'), KeyModifiers::NONE);
                prop_assert_eq!(content(&app), before, "undo returns the state before the change");
                key_with(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL);
                prop_assert_eq!(content(&app), after, "redo brings the change back");
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_keys_never_break_the_walk(
        keys in proptest::collection::vec(any_key(), 1..120),
        w in 1u16..200,
        h in 1u16..60,
    ) {
        let mut app = walk_app(audit(Lang::Ru));
        update(&mut app, Msg::Resize(w, h));
        let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
        for (code, mods) in keys {
            // Leaving for home would need the disk; the open audit is what is under test here.
            let in_walk = app.screen == Screen::Walk && app.modal.is_none();
            if code == KeyCode::Esc && in_walk || code == KeyCode::Char('q') {
                continue;
            }
            key_with(&mut app, code, mods);
            update(&mut app, Msg::Click { column: w / 2, row: h / 2 });
            terminal.draw(|f| tpaudit::ui::view(&app, &tpaudit::ui::Theme::dark(), f)).expect("draws");
            prop_assert!(matches!(app.screen, Screen::Walk | Screen::Matrix | Screen::Priority));
            let walk = app.walk.as_ref().expect("walk stays open");
            let a = &walk.audit;
            prop_assert!(a.stages.is_empty() || walk.stage < a.stages.len());
            prop_assert!(walk.participant < a.participants.len());
            prop_assert!(tpaudit::model::validate(a).is_empty(), "{:?}", tpaudit::model::validate(a));
            let counted: usize = walk.progress.iter().map(|p| p.total).sum();
            prop_assert_eq!(counted, a.touchpoint_count());
        }
    }
}
