//! Blind scoring and round robin are kept with the audit: a reopen (after a quit or a crash)
//! comes back blind, with the same touchpoints revealed and the turn where the room left it.

mod tui_common;

use std::path::Path;

use tpaudit::app::App;
use tpaudit::model::{Audit, Lang, Scale};
use tpaudit::store::audit_file;
use tui_common::*;

/// The open audit as the workbench would save it, opened again in a fresh workbench.
fn reopen(app: &App) -> App {
    let w = app.walk.as_ref().expect("walk");
    let text = audit_file::to_ron(&w.audit).expect("the audit writes");
    let audit: Audit = audit_file::parse(&text, Path::new("demo.ron")).expect("and reads back");
    walk_app(audit)
}

#[test]
fn blind_round_robin_and_the_revealed_touchpoints_survive_a_reopen() {
    let mut app = walk_app(room_audit(Lang::En));
    keys(&mut app, "obj");
    keys(&mut app, "v");
    keys(&mut app, "k");
    // Anna scores the ads; the turn passes to Boris.
    keys(&mut app, "452");
    assert_eq!(app.walk.as_ref().expect("walk").participant, 1);
    let mut again = reopen(&app);
    let w = again.walk.as_ref().expect("walk");
    assert!(w.blind(), "still blind");
    assert!(w.round_robin(), "still taking turns");
    let revealed: Vec<&str> = w
        .audit
        .sitting
        .revealed
        .iter()
        .map(String::as_str)
        .collect();
    assert_eq!(revealed, ["website"], "the same touchpoints revealed");
    assert_eq!(cursor(&again), (0, 0, Scale::Frequency), "on the ads again");
    assert_eq!(w.participant, 1, "Boris's turn, as the room left it");
    let out = draw(&mut again, 80, 24);
    assert!(out.contains("▶Boris Ivanov"), "whose turn: {out}");
    assert!(
        !out.contains("4.0") && !out.contains("5.0"),
        "Anna's ratings stay hidden: {out}"
    );
    // Views and reports that show every score stay refused.
    for key in ["m", "p", "E"] {
        keys(&mut again, key);
        assert_eq!(again.screen, tpaudit::app::Screen::Walk, "{key}");
        assert!(again.modal.is_none(), "{key}: {:?}", again.modal);
        assert!(flash(&again).is_some_and(|f| f.contains("Blind")), "{key}");
    }
}

#[test]
fn the_modes_are_saved_but_not_undone() {
    let mut app = walk_app(room_audit(Lang::En));
    keys(&mut app, "b");
    let w = app.walk.as_ref().expect("walk");
    assert!(w.dirty, "turning blind on is saved");
    keys(&mut app, "u");
    assert!(
        app.walk.as_ref().expect("walk").blind(),
        "undo changes data, not the mode"
    );
    keys(&mut app, "b");
    let w = app.walk.as_ref().expect("walk");
    let text = audit_file::to_ron(&w.audit).expect("the audit writes");
    assert!(
        !text.contains("sitting"),
        "an audit in neither mode writes no sitting:\n{text}"
    );
}

#[test]
fn a_reopen_in_round_robin_goes_to_the_first_touchpoint_not_everyone_scored() {
    let mut app = walk_app(room_audit(Lang::En));
    keys(&mut app, "o");
    keys(&mut app, "452333152");
    keys(&mut app, "111");
    assert_eq!(cursor(&app), (0, 1, Scale::Frequency));
    let again = reopen(&app);
    let w = again.walk.as_ref().expect("walk");
    assert_eq!(
        cursor(&again),
        (0, 1, Scale::Frequency),
        "not past the website"
    );
    assert_eq!(w.participant, 1, "Boris has not scored it yet");
}

#[test]
fn esc_while_recording_agreed_values_ends_only_that() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = walk_app(room_audit(lang));
        keys(&mut app, "ob");
        keys(&mut app, "j");
        keys(&mut app, "=4");
        assert!(app.walk.as_ref().expect("walk").agreeing);
        key(&mut app, crossterm::event::KeyCode::Esc);
        assert_eq!(
            app.screen,
            tpaudit::app::Screen::Walk,
            "the audit stays open"
        );
        let w = app.walk.as_ref().expect("walk");
        assert!(!w.agreeing, "digits rate again");
        assert_eq!(
            cursor(&app),
            (0, 1, Scale::Frequency),
            "on the same touchpoint"
        );
        assert!(w.blind() && w.round_robin(), "the room's modes stay on");
        let agreed = w.audit.stages[0].touchpoints[1].agreed(Scale::Frequency);
        assert_eq!(agreed, Some(4), "what was recorded is kept");
        let said = flash(&app).unwrap_or_default();
        let word = if lang == Lang::En {
            "stopped"
        } else {
            "выход"
        };
        assert!(said.contains(word), "{said}");
        key(&mut app, crossterm::event::KeyCode::Esc);
        assert!(
            app.leaving.is_some() || app.screen == tpaudit::app::Screen::Home,
            "a second Esc leaves (once the audit is saved)"
        );
    }
}

#[test]
fn the_help_says_what_esc_does_in_the_walk() {
    let mut app = walk_app(room_audit(Lang::En));
    keys(&mut app, "?");
    let out = draw(&mut app, 120, 60);
    assert!(
        out.contains("Back to the audits; first ends =, then clears /"),
        "{out}"
    );
}

#[test]
fn a_touchpoint_added_again_under_a_revealed_ones_name_starts_hidden() {
    let mut app = walk_app(room_audit(Lang::En));
    keys(&mut app, "bv");
    let w = app.walk.as_ref().expect("walk");
    assert!(w.audit.sitting.revealed.contains("ads"), "the ads revealed");
    keys(&mut app, "Dy");
    keys(&mut app, "aAds");
    key(&mut app, crossterm::event::KeyCode::Enter);
    let w = app.walk.as_ref().expect("walk");
    let at = w
        .audit
        .find_touchpoint("ads")
        .expect("added again as `ads`");
    assert!(w.hidden(at), "a new touchpoint is hidden while blind");
}
