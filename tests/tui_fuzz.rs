//! Random key sequences at random terminal sizes: no panic, and the cursor always stays valid.

mod tui_common;

use crossterm::event::{KeyCode, KeyModifiers};
use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tpaudit::model::Lang;
use tpaudit::tui::app::Screen;
use tpaudit::tui::{Msg, update};
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
            terminal.draw(|f| tpaudit::ui::view(&app, f)).expect("draws");
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
