//! The matrix, priority-list and action-plan screens inside the app, compared with snapshots.

mod tui_common;

use crossterm::event::KeyCode;
use tpaudit::app::App;
use tpaudit::model::Lang;
use tui_common::*;

/// The bundled example in `lang`, open in the walk with the UI in the same language.
fn example_app(lang: Lang) -> App {
    let suffix = format!("-{}", lang.code());
    let (_, audit) = tpaudit::store::templates::examples()
        .into_iter()
        .find(|(name, _)| name.ends_with(&suffix))
        .expect("a bundled example in each language");
    walk_app(audit)
}

#[test]
fn matrix_and_list_screens_in_both_languages() {
    for lang in [Lang::En, Lang::Ru] {
        for (w, h) in [(80, 24), (160, 45)] {
            let mut app = example_app(lang);
            key(&mut app, KeyCode::Char('m'));
            key(&mut app, KeyCode::Char('n'));
            let name = format!("matrix_screen_{}_{w}x{h}", lang.code());
            insta::assert_snapshot!(name, draw(&mut app, w, h));
            key(&mut app, KeyCode::Char('p'));
            let name = format!("priority_screen_{}_{w}x{h}", lang.code());
            insta::assert_snapshot!(name, draw(&mut app, w, h));
        }
    }
}

#[test]
fn action_form_in_both_languages() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = example_app(lang);
        key(&mut app, KeyCode::Char('p'));
        key(&mut app, KeyCode::Char('a'));
        key(&mut app, KeyCode::Tab);
        key(&mut app, KeyCode::Tab);
        keys(&mut app, "31.12.2026");
        key_with(
            &mut app,
            KeyCode::Char('s'),
            crossterm::event::KeyModifiers::CONTROL,
        );
        let name = format!("action_form_{}_80x24", lang.code());
        insta::assert_snapshot!(name, draw(&mut app, 80, 24));
    }
}
