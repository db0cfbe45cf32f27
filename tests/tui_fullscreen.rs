//! The full-screen matrix and list (`z`, `я` in the Russian layout): no side panel and no key
//! hints, so the plot or the table fills the screen for a room; the same key brings them back.

mod tui_common;

use crossterm::event::KeyCode;
use tpaudit::app::Screen;
use tpaudit::model::Lang;
use tui_common::*;

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Ru => "ru",
    }
}

#[test]
fn z_fills_the_screen_with_the_matrix_and_the_list_and_z_brings_the_panels_back() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = walk_app(example(lang));
        let toggle = match lang {
            Lang::En => 'z',
            Lang::Ru => 'я',
        };
        key(&mut app, KeyCode::Char('m'));
        let normal = draw(&mut app, 100, 30);
        key(&mut app, KeyCode::Char(toggle));
        assert!(app.full_screen);
        let full = draw(&mut app, 100, 30);
        let last = |s: &str| s.lines().last().unwrap_or("").to_string();
        // The hints line is gone: the last row is the status line.
        assert!(last(&normal).contains("Esc"), "{normal}");
        assert!(!full.contains("Esc"), "{full}");
        insta::assert_snapshot!(format!("full_matrix_{}_100x30", lang_name(lang)), full);
        // The list keeps the full screen; the top three panel is gone.
        key(&mut app, KeyCode::Char('p'));
        assert_eq!(app.screen, Screen::Priority);
        let list = draw(&mut app, 100, 30);
        insta::assert_snapshot!(format!("full_list_{}_100x30", lang_name(lang)), list);
        key(&mut app, KeyCode::Char(toggle));
        assert!(!app.full_screen);
        let back = draw(&mut app, 100, 30);
        assert!(last(&back).contains("Esc"), "{back}");
    }
}

#[test]
fn in_full_screen_the_list_shows_more_rows_and_follows_the_selection() {
    let mut app = walk_app(example(Lang::En));
    key(&mut app, KeyCode::Char('p'));
    let normal = draw(&mut app, 100, 30);
    key(&mut app, KeyCode::Char('z'));
    let full = draw(&mut app, 100, 30);
    // The rows of the top three panel go to the table: the unscored touchpoints show.
    assert!(normal.contains("Top 3") && !normal.contains("Not scored yet"));
    assert!(
        !full.contains("Top 3") && full.contains("Not scored yet"),
        "{full}"
    );
    key(&mut app, KeyCode::Char('G'));
    let screen = draw(&mut app, 100, 30);
    let w = app.walk.as_ref().expect("walk");
    let at = w
        .priority
        .selected_touchpoint(&w.list_ranking())
        .expect("a row");
    let name = &w.audit.stages[at.0].touchpoints[at.1].name;
    assert!(screen.contains(name.as_str()), "{name}\n{screen}");
}
