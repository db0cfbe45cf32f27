//! The workbench in a workshop room: the card never cuts its text, tables say what is above and
//! below, N/A behaves like a score, and the keys work in either keyboard layout.

mod tui_common;

use crossterm::event::KeyCode;
use tpaudit::app::{Msg, update};
use tpaudit::model::{Lang, Participant};
use tui_common::*;

/// The demo audit with three participants, two guiding questions and notes on the first
/// touchpoint.
fn room_audit(lang: Lang) -> tpaudit::model::Audit {
    let mut a = audit(lang);
    a.participants = ["Анна Смирнова", "Boris Ivanov", "Clara Petrova"]
        .iter()
        .enumerate()
        .map(|(i, n)| Participant {
            id: format!("p{}", i + 1),
            name: (*n).to_string(),
        })
        .collect();
    let ads = &mut a.stages[0].touchpoints[0];
    ads.questions
        .push("Is the price in the ad the price at the checkout?".into());
    ads.notes = "Parcel lockers go live in December.\nLAST LINE OF THE NOTES".into();
    a
}

/// Scrolls the card to its end with the keys.
fn scroll_to_end(app: &mut tpaudit::app::App) {
    for _ in 0..20 {
        key(app, KeyCode::PageDown);
    }
}

#[test]
fn the_card_scrolls_to_its_last_line_and_says_there_is_more() {
    for lang in [Lang::En, Lang::Ru] {
        for (w, h) in [(80, 24), (60, 16)] {
            let mut app = walk_app(room_audit(lang));
            let top = draw(&mut app, w, h);
            insta::assert_snapshot!(format!("card_top_{}_{w}x{h}", lang.code()), top);
            assert!(top.contains("▼"), "a sign of more below: {top}");
            assert!(!top.contains("LAST LINE"), "{top}");
            scroll_to_end(&mut app);
            let end = draw(&mut app, w, h);
            insta::assert_snapshot!(format!("card_end_{}_{w}x{h}", lang.code()), end);
            assert!(end.contains("LAST LINE OF THE NOTES"), "{end}");
            assert!(end.contains("▲"), "a sign of more above: {end}");
            assert!(
                end.contains("price at the"),
                "the questions are there: {end}"
            );
            // Back up to the top: the active scale is first again.
            for _ in 0..20 {
                key(&mut app, KeyCode::PageUp);
            }
            assert_eq!(draw(&mut app, w, h), top);
        }
    }
}

#[test]
fn the_card_keeps_one_order_at_every_size() {
    let order = |out: &str| {
        let scale = out.find("Frequency").expect("the scale");
        let description = out.find("Banners and").expect("the description");
        scale < description
    };
    for (w, h) in [(100, 30), (160, 45)] {
        let mut app = walk_app(room_audit(Lang::En));
        let out = draw(&mut app, w, h);
        assert!(order(&out), "{w}x{h}: {out}");
    }
}

#[test]
fn moving_shows_the_top_of_the_next_card() {
    let mut app = walk_app(room_audit(Lang::En));
    draw(&mut app, 80, 24);
    key(&mut app, KeyCode::PageDown);
    assert!(app.walk.as_ref().expect("walk").card_scroll > 0);
    key(&mut app, KeyCode::Char('j'));
    assert_eq!(app.walk.as_ref().expect("walk").card_scroll, 0);
    let _ = update(&mut app, Msg::Resize(80, 24));
}
