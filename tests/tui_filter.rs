//! The name filter (`/`): it narrows the walk and the priority list as it is typed, Enter keeps
//! it, Esc clears it; moving and scoring act on the touchpoints it keeps.

mod tui_common;

use crossterm::event::KeyCode;
use tpaudit::app::{Modal, Screen};
use tpaudit::model::{Audit, Lang, Scale, Stage, Touchpoint};
use tui_common::*;

/// Two stages of Russian names: `Доставка` appears in both, in different cases.
fn ru_audit() -> Audit {
    let mut a = Audit::new("ru", Lang::Ru, now());
    let mut s1 = Stage::new("s1", "Знакомство");
    s1.touchpoints = ["Реклама", "Доставка курьером", "Сайт"]
        .iter()
        .enumerate()
        .map(|(i, n)| Touchpoint::new(format!("a{i}"), *n).into())
        .collect();
    let mut s2 = Stage::new("s2", "Покупка");
    s2.touchpoints = ["Касса", "Бесплатная ДОСТАВКА", "Отзывы"]
        .iter()
        .enumerate()
        .map(|(i, n)| Touchpoint::new(format!("b{i}"), *n).into())
        .collect();
    a.stages = vec![s1, s2];
    a
}

fn filter(app: &tpaudit::app::App) -> String {
    app.walk.as_ref().expect("walk").filter.clone()
}

/// The walk's status line, drawn at 100×30.
fn status_line(app: &mut tpaudit::app::App) -> String {
    let screen = draw(app, 100, 30);
    screen.lines().nth(28).unwrap_or("").to_string()
}

#[test]
fn typing_narrows_the_walk_case_blind_and_enter_keeps_the_filter() {
    let mut app = walk_app(audit(Lang::En));
    key(&mut app, KeyCode::Char('/'));
    assert!(matches!(app.modal, Some(Modal::Filter(_))));
    keys(&mut app, "DEL");
    assert_eq!(filter(&app), "DEL");
    // The selection moved onto the one touchpoint kept: Delivery.
    assert_eq!(cursor(&app), (1, 1, Scale::Frequency));
    let status = status_line(&mut app);
    assert!(status.contains("/DEL  1 of 5"), "{status}");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.modal, None);
    assert_eq!(filter(&app), "DEL");
    let screen = draw(&mut app, 100, 30);
    assert!(screen.contains("Delivery"), "{screen}");
    assert!(!screen.contains("Checkout"), "{screen}");
    // Esc clears it, and the audit stays open.
    key(&mut app, KeyCode::Esc);
    assert_eq!(filter(&app), "");
    assert_eq!(app.screen, Screen::Walk);
    assert!(draw(&mut app, 100, 30).contains("Checkout"));
}

#[test]
fn esc_while_typing_clears_the_filter() {
    let mut app = walk_app(audit(Lang::En));
    keys(&mut app, "/web");
    assert_eq!(cursor(&app), (0, 1, Scale::Frequency));
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.modal, None);
    assert_eq!(filter(&app), "");
    assert_eq!(app.screen, Screen::Walk);
}

#[test]
fn the_russian_layout_opens_the_filter_and_cyrillic_matches_any_case() {
    let mut app = walk_app(ru_audit());
    // In ЙЦУКЕН the key of `/` types `.`.
    key(&mut app, KeyCode::Char('.'));
    assert!(matches!(app.modal, Some(Modal::Filter(_))));
    // Typed into the filter as they are, not read as the Latin keys in their place.
    keys(&mut app, "доСТ");
    assert_eq!(filter(&app), "доСТ");
    assert_eq!(cursor(&app), (0, 1, Scale::Frequency));
    let status = status_line(&mut app);
    assert!(status.contains("/доСТ  2 из 6"), "{status}");
    key(&mut app, KeyCode::Enter);
    // `о` is `j`: down goes to the next kept touchpoint, in the next stage.
    key(&mut app, KeyCode::Char('о'));
    assert_eq!(cursor(&app), (1, 1, Scale::Frequency));
    key(&mut app, KeyCode::Char('л'));
    assert_eq!(cursor(&app), (0, 1, Scale::Frequency));
}

#[test]
fn scoring_moves_on_through_the_kept_touchpoints_only() {
    let mut app = walk_app(ru_audit());
    keys(&mut app, "/доставка");
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "452");
    assert_eq!(scores(&app, 0, 1), (Some(4), Some(5), Some(2)));
    // Skipped: Сайт and Касса.
    assert_eq!(cursor(&app), (1, 1, Scale::Frequency));
    keys(&mut app, "333");
    assert_eq!(scores(&app, 1, 1), (Some(3), Some(3), Some(3)));
    assert_eq!(scores(&app, 0, 2), (None, None, None));
    assert_eq!(scores(&app, 1, 0), (None, None, None));
    // `]` and `[` go to stages with a kept touchpoint, onto it.
    key(&mut app, KeyCode::Char('['));
    assert_eq!(cursor(&app), (0, 1, Scale::Frequency));
    key(&mut app, KeyCode::Char('G'));
    assert_eq!(cursor(&app), (0, 1, Scale::Frequency));
}

#[test]
fn a_filter_that_keeps_nothing_says_so_and_nothing_is_scored() {
    let mut app = walk_app(audit(Lang::En));
    keys(&mut app, "/zzz");
    key(&mut app, KeyCode::Enter);
    let screen = draw(&mut app, 100, 30);
    assert!(screen.contains("No touchpoint matches"), "{screen}");
    assert!(
        !screen.contains("Ads"),
        "no row, and no card of a hidden touchpoint: {screen}"
    );
    key(&mut app, KeyCode::Char('4'));
    assert_eq!(scores(&app, 0, 0), (None, None, None));
    assert_eq!(flash(&app).as_deref(), Some("No touchpoint matches"));
    // The list says it too.
    key(&mut app, KeyCode::Char('p'));
    let list = draw(&mut app, 100, 30);
    assert!(list.contains("No touchpoint matches"), "{list}");
}

#[test]
fn the_priority_list_narrows_and_moves_within_the_filter() {
    let mut a = audit(Lang::En);
    // Ranked: Checkout (highest), Delivery, Support; Ads and Website unscored.
    for (tp, v) in [(0, 5), (1, 3), (2, 4)] {
        for s in Scale::ALL {
            let value = if s == Scale::Satisfaction { 6 - v } else { v };
            a.stages[1].touchpoints[tp].set_score("p1", s, Some(value));
        }
    }
    let mut app = walk_app(a);
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(app.screen, Screen::Priority);
    keys(&mut app, "/e");
    // Kept: Website, Checkout, Delivery (Ads and Support have no `e`).
    let list = draw(&mut app, 100, 30);
    assert!(
        list.contains("Checkout") && list.contains("Delivery"),
        "{list}"
    );
    // The table drops Support; the top-3 panel is the method's, filter or not.
    let (table, panel) = list.split_once("Top 3 for this month").expect("the panel");
    assert!(!table.contains("Support"), "{list}");
    assert!(panel.contains("2. Support"), "{list}");
    assert!(list.contains("/e  3 of 5"), "{list}");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Char('j'));
    // Checkout, Delivery, then Website (unscored); no row past it.
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Walk);
    assert_eq!(cursor(&app), (0, 1, Scale::Frequency));
    // Back in the list, Esc clears the filter first, then leaves.
    key(&mut app, KeyCode::Char('p'));
    key(&mut app, KeyCode::Esc);
    assert_eq!(filter(&app), "");
    assert_eq!(app.screen, Screen::Priority);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Walk);
}

#[test]
fn going_from_the_matrix_to_a_touchpoint_the_filter_hides_clears_the_filter() {
    let mut a = audit(Lang::En);
    for s in Scale::ALL {
        a.stages[1].touchpoints[2].set_score("p1", s, Some(3));
    }
    let mut app = walk_app(a);
    keys(&mut app, "/ads");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('m'));
    // The matrix shows every touchpoint: its one mark is Support.
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Walk);
    assert_eq!(cursor(&app), (1, 2, Scale::Frequency));
    assert_eq!(filter(&app), "");
    key(&mut app, KeyCode::Char('4'));
    assert_eq!(scores(&app, 1, 2).0, Some(4));
}

#[test]
fn the_stage_list_dims_the_stages_the_filter_keeps_nothing_of() {
    let mut app = walk_app(audit(Lang::En));
    keys(&mut app, "/deliv");
    let dark = tpaudit::ui::Theme::dark();
    let buf = styled(&mut app, &dark, (100, 30));
    let fg_at = |x: u16, y: u16| buf[(x, y)].fg;
    // Row 1: Awareness (nothing kept), row 2: Purchase (Delivery, selected).
    assert_eq!(fg_at(1, 1), dark.dim.fg.expect("a dim colour"));
    assert_eq!(fg_at(1, 2), dark.selected.fg.expect("a selected colour"));
    key(&mut app, KeyCode::Esc);
    let buf = styled(&mut app, &dark, (100, 30));
    assert_ne!(buf[(1, 1)].fg, dark.dim.fg.expect("a dim colour"));
}

#[test]
fn snapshots_of_the_filtered_walk_and_list() {
    for (lang, typed) in [(Lang::En, "deliv"), (Lang::Ru, "дост")] {
        let name = match lang {
            Lang::En => "en",
            Lang::Ru => "ru",
        };
        let mut app = walk_app(example(lang));
        key(&mut app, KeyCode::Char('/'));
        keys(&mut app, typed);
        insta::assert_snapshot!(
            format!("filter_walk_{name}_100x30"),
            draw(&mut app, 100, 30)
        );
        key(&mut app, KeyCode::Enter);
        key(&mut app, KeyCode::Char('p'));
        insta::assert_snapshot!(format!("filter_list_{name}_80x24"), draw(&mut app, 80, 24));
    }
}
