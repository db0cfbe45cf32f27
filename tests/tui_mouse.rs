//! The mouse, through the same translation the runtime uses (`keymap::mouse`) and `update`:
//! the wheel scrolls the walk's table and card, the priority list and the help; a click picks a
//! stage, a row of the walk, a row of the list or a mark of the matrix.

mod tui_common;

use crossterm::event::{KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use tpaudit::app::{App, Modal, Screen, keymap, update};
use tpaudit::model::{Audit, Lang, Scale, Stage, Touchpoint};
use tui_common::*;

fn mouse(app: &mut App, kind: MouseEventKind, column: u16, row: u16) {
    let ev = MouseEvent {
        kind,
        column,
        row,
        modifiers: KeyModifiers::NONE,
    };
    if let Some(msg) = keymap::mouse(ev) {
        update(app, msg);
    }
}

fn wheel(app: &mut App, down: bool, column: u16, row: u16) {
    let kind = match down {
        true => MouseEventKind::ScrollDown,
        false => MouseEventKind::ScrollUp,
    };
    mouse(app, kind, column, row);
}

fn click(app: &mut App, column: u16, row: u16) {
    mouse(app, MouseEventKind::Down(MouseButton::Left), column, row);
}

/// One stage of 40 touchpoints, every one scored (so the list ranks them all), and a second.
fn long_audit() -> Audit {
    let mut a = Audit::new("long", Lang::En, now());
    let mut s = Stage::new("s", "Many");
    for i in 0..40 {
        let mut tp = Touchpoint::new(format!("t{i}"), format!("Point {i:02}"));
        for scale in Scale::ALL {
            tp.set_score("p1", scale, Some(1 + (i % 5) as u8));
        }
        s.touchpoints.push(tp.into());
    }
    let mut s2 = Stage::new("s2", "Second");
    s2.touchpoints.push(Touchpoint::new("x", "Other").into());
    a.stages = vec![s, s2];
    a
}

#[test]
fn only_clicks_and_the_wheel_mean_something() {
    let ev = |kind| MouseEvent {
        kind,
        column: 1,
        row: 2,
        modifiers: KeyModifiers::NONE,
    };
    assert!(keymap::mouse(ev(MouseEventKind::Moved)).is_none());
    assert!(keymap::mouse(ev(MouseEventKind::Drag(MouseButton::Left))).is_none());
    assert!(keymap::mouse(ev(MouseEventKind::Up(MouseButton::Left))).is_none());
    assert!(keymap::mouse(ev(MouseEventKind::Down(MouseButton::Right))).is_none());
    assert!(matches!(
        keymap::mouse(ev(MouseEventKind::ScrollDown)),
        Some(tpaudit::app::Msg::Wheel { down: true, .. })
    ));
}

#[test]
fn the_wheel_scrolls_the_walk_table_and_the_selection_stays_in_view() {
    let mut app = walk_app(long_audit());
    // It opens on the first touchpoint not scored, in the second stage.
    key(&mut app, KeyCode::Char('['));
    draw(&mut app, 100, 30);
    // The table sits between columns 20 and 65; 25 rows show.
    wheel(&mut app, true, 40, 10);
    let w = app.walk.as_ref().expect("walk");
    assert_eq!(
        (w.scroll, w.tp),
        (3, 3),
        "scrolled 3, the selection came along"
    );
    let screen = draw(&mut app, 100, 30);
    assert!(!screen.contains("Point 02") && screen.contains("Point 03"));
    for _ in 0..10 {
        wheel(&mut app, true, 40, 10);
    }
    let w = app.walk.as_ref().expect("walk");
    assert_eq!(w.scroll, 15, "no further than the last row");
    wheel(&mut app, false, 40, 10);
    let w = app.walk.as_ref().expect("walk");
    assert_eq!((w.scroll, w.tp), (12, 15));
    // Over the stage list the wheel does nothing.
    wheel(&mut app, true, 5, 10);
    assert_eq!(app.walk.as_ref().expect("walk").scroll, 12);
}

#[test]
fn the_wheel_scrolls_the_card() {
    let example = example(Lang::En);
    let mut app = walk_app(example);
    let before = draw(&mut app, 100, 30);
    assert!(
        before.contains("▼"),
        "the card runs past the screen:\n{before}"
    );
    wheel(&mut app, true, 80, 10);
    let scrolled = app.walk.as_ref().expect("walk").card_scroll;
    assert!(scrolled > 0, "{scrolled}");
    assert_ne!(draw(&mut app, 100, 30), before);
    wheel(&mut app, false, 80, 10);
    assert_eq!(app.walk.as_ref().expect("walk").card_scroll, 0);
}

#[test]
fn the_wheel_scrolls_the_priority_list_and_a_click_selects_a_row() {
    let mut app = walk_app(long_audit());
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(app.screen, Screen::Priority);
    draw(&mut app, 100, 30);
    wheel(&mut app, true, 30, 10);
    let p = app.walk.as_ref().expect("walk").priority;
    assert_eq!((p.offset, p.selected), (3, 3));
    // Row 1 of the screen is the list's header; row 2 its first row shown, rank 4.
    click(&mut app, 30, 4);
    let p = app.walk.as_ref().expect("walk").priority;
    assert_eq!(p.selected, 5);
    let screen = draw(&mut app, 100, 30);
    let selected_rank = screen
        .lines()
        .nth(4)
        .unwrap_or("")
        .trim_start_matches(['"', ' ']);
    assert!(selected_rank.starts_with("6 "), "{screen}");
    // Enter goes to the clicked touchpoint.
    let at = {
        let w = app.walk.as_ref().expect("walk");
        w.ranking.ranking().ranked[5].at
    };
    key(&mut app, KeyCode::Enter);
    let w = app.walk.as_ref().expect("walk");
    assert_eq!((w.stage, w.tp), at);
}

#[test]
fn a_click_on_a_stage_goes_to_it() {
    let mut app = walk_app(audit(Lang::En));
    draw(&mut app, 100, 30);
    // The stage list: a border row, then Awareness, Purchase.
    click(&mut app, 3, 2);
    assert_eq!(cursor(&app), (1, 0, Scale::Frequency));
    click(&mut app, 3, 1);
    assert_eq!(cursor(&app), (0, 0, Scale::Frequency));
    // A wrapped name: each of its lines is the stage.
    let example = example(Lang::En);
    let mut app = walk_app(example);
    let screen = draw(&mut app, 100, 30);
    let line = |n: usize| screen.lines().nth(n).unwrap_or("").to_string();
    assert!(
        line(2).contains("Choosing a") && line(3).contains("product"),
        "{screen}"
    );
    click(&mut app, 3, 3);
    let w = app.walk.as_ref().expect("walk");
    assert_eq!((w.stage, w.tp), (1, 0));
    // Then a click on a row selects it.
    click(&mut app, 30, 4);
    let w = app.walk.as_ref().expect("walk");
    assert_eq!((w.stage, w.tp), (1, 2));
}

#[test]
fn the_wheel_scrolls_the_help() {
    let mut app = walk_app(audit(Lang::En));
    draw(&mut app, 80, 24);
    key(&mut app, KeyCode::Char('?'));
    wheel(&mut app, true, 40, 10);
    assert!(matches!(app.modal, Some(Modal::Help)));
    assert_eq!(app.help_scroll, 3);
}

/// Where `text` starts on the drawn screen (each line of which is quoted): (column, row).
fn find(screen: &str, text: &str) -> Option<(u16, u16)> {
    screen.lines().enumerate().find_map(|(row, line)| {
        let line = line.strip_prefix('"').unwrap_or(line);
        let at = line.find(text)?;
        let column = line[..at].chars().count();
        Some((u16::try_from(column).ok()?, u16::try_from(row).ok()?))
    })
}

/// A click on a matrix mark selects its touchpoint, on its glyph or on its label; on a mark of
/// several touchpoints each further click selects the next of them.
#[test]
fn a_click_on_a_matrix_mark_selects_it_and_again_the_next_of_a_merged_one() {
    let mut app = walk_app(example(Lang::Ru));
    key(&mut app, KeyCode::Char('m'));
    assert_eq!(app.screen, Screen::Matrix);
    let screen = draw(&mut app, 160, 45);
    let rank = |app: &App| {
        let w = app.walk.as_ref().expect("walk");
        let i = w.matrix.current(w.ranking.ranking()).expect("a selection");
        w.ranking.ranking().ranked[i].rank
    };
    assert_eq!(rank(&app), 1);
    // `◉3`: the glyph, then its label.
    let (x, y) = find(&screen, "◉3 ").expect("the mark of rank 3");
    click(&mut app, x, y);
    assert_eq!(rank(&app), 3);
    key(&mut app, KeyCode::Char('n'));
    click(&mut app, x + 1, y);
    assert_eq!(rank(&app), 3, "on the label too");
    // `5,7,15⚑◉`, its label left of the glyph: 5, then 7, then 15, then 5 again.
    let (x, y) = find(&screen, "5,7,15").expect("the merged mark");
    let mut seen = Vec::new();
    for _ in 0..4 {
        click(&mut app, x, y);
        seen.push(rank(&app));
    }
    assert_eq!(seen, [5, 7, 15, 5]);
    // A click on the empty plot leaves the selection as it was.
    click(&mut app, 30, 30);
    assert_eq!(rank(&app), 5);
}
