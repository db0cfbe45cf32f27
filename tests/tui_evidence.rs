//! The evidence behind the scores in the walk: the key that cycles the active scale's evidence
//! level, the measurement form, and what the card and the table show of both and of the
//! customers' answers.

mod tui_common;

use crossterm::event::{KeyCode, KeyModifiers};
use tpaudit::app::{Modal, ReadOnly};
use tpaudit::model::{Lang, Level, Scale};
use tui_common::*;

fn level(app: &tpaudit::app::App, scale: Scale) -> Level {
    let w = app.walk.as_ref().expect("a walk is open");
    w.audit.stages[w.stage].touchpoints[w.tp]
        .evidence
        .get(scale)
}

#[test]
fn s_cycles_the_active_scales_level_through_all_five_and_u_undoes_it() {
    let mut app = walk_app(audit(Lang::En));
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Right);
    assert_eq!(cursor(&app).2, Scale::Satisfaction);
    let mut seen = Vec::new();
    for _ in 0..5 {
        key(&mut app, KeyCode::Char('s'));
        seen.push(level(&app, Scale::Satisfaction));
    }
    use Level::*;
    assert_eq!(seen, [Measured, Observed, Customers, Reported, Assumed]);
    assert_eq!(
        level(&app, Scale::Frequency),
        Assumed,
        "only the active scale"
    );
    let w = app.walk.as_ref().expect("walk");
    assert!(w.dirty, "a level is an edit and is saved");
    keys(&mut app, "uuu");
    assert_eq!(level(&app, Scale::Satisfaction), Observed);
    key_with(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert_eq!(level(&app, Scale::Satisfaction), Customers);
}

#[test]
fn s_in_the_russian_layout_is_the_same_key() {
    let mut app = walk_app(audit(Lang::Ru));
    key(&mut app, KeyCode::Char('ы'));
    assert_eq!(level(&app, Scale::Frequency), Level::Measured);
}

#[test]
fn a_read_only_audit_refuses_the_level_and_the_measurement_form() {
    let mut app = walk_app(audit(Lang::En));
    app.walk.as_mut().expect("walk").read_only = Some(ReadOnly { holder: None });
    key(&mut app, KeyCode::Char('s'));
    assert_eq!(level(&app, Scale::Frequency), Level::Assumed);
    assert!(
        flash(&app).is_some_and(|f| f.contains("read-only")),
        "{:?}",
        flash(&app)
    );
    key(&mut app, KeyCode::Char('M'));
    assert!(app.modal.is_none(), "the form does not open");
}

#[test]
fn the_key_help_and_the_hints_name_the_evidence_key_in_both_languages() {
    for (lang, help, hint) in [
        (
            Lang::En,
            "Evidence of the active scale: next level",
            "s Evidence",
        ),
        (
            Lang::Ru,
            "Основание оценки активной шкалы: дальше",
            "s Основание",
        ),
    ] {
        let mut app = walk_app(audit(lang));
        let wide = draw(&mut app, 200, 45);
        assert!(wide.contains(hint), "{lang:?} hints:\n{wide}");
        key(&mut app, KeyCode::Char('?'));
        assert!(matches!(app.modal, Some(Modal::Help)));
        let screen = draw(&mut app, 160, 45);
        assert!(screen.contains(help), "{lang:?}:\n{screen}");
    }
}

#[test]
fn the_card_shows_levels_once_the_audit_records_any_evidence() {
    let mut app = walk_app(audit(Lang::En));
    let before = draw(&mut app, 160, 45);
    assert!(!before.contains("assumed?"), "no evidence yet:\n{before}");
    key(&mut app, KeyCode::Char('s'));
    let after = draw(&mut app, 160, 45);
    assert!(after.contains("▶ Frequency (measured)"), "{after}");
    assert!(after.contains("  Impact (assumed?)"), "{after}");
    key(&mut app, KeyCode::Char('u'));
    assert!(!draw(&mut app, 160, 45).contains("assumed?"));
}
