//! The measurement form of the walk (`M`): adding, changing and removing a figure behind the
//! selected touchpoint, each undoable, with a bad field named and nothing typed lost.

mod tui_common;

use crossterm::event::{KeyCode, KeyModifiers};
use tpaudit::app::dialogs::measure::Field;
use tpaudit::app::{App, Modal};
use tpaudit::model::{Better, Lang, Measurement};
use tui_common::*;

fn measurements(app: &App) -> Vec<Measurement> {
    let w = app.walk.as_ref().expect("a walk is open");
    w.audit.stages[w.stage].touchpoints[w.tp]
        .measurements
        .clone()
}

fn tab(app: &mut App) {
    key(app, KeyCode::Tab);
}

fn ctrl(app: &mut App, c: char) {
    key_with(app, KeyCode::Char(c), KeyModifiers::CONTROL);
}

fn focus(app: &App) -> Field {
    match &app.modal {
        Some(Modal::Measure(form)) => form.focus,
        other => panic!("the measurement form is not open: {other:?}"),
    }
}

/// The walk on a touchpoint that has a chat-reply measurement: 14 min, target ≤ 2.
fn with_chat(lang: Lang) -> App {
    let mut a = audit(lang);
    let mut chat = Measurement::new("Chat reply", 14.0);
    chat.unit = "min".into();
    chat.target = Some(2.0);
    chat.better = Better::Lower;
    a.stages[0].touchpoints[0].measurements = vec![chat, Measurement::new("Bounce", 40.0)];
    walk_app(a)
}

#[test]
fn m_adds_a_measurement_that_the_card_shows_missed_and_u_takes_it_back() {
    let mut app = walk_app(audit(Lang::En));
    key(&mut app, KeyCode::Char('M'));
    assert_eq!(
        focus(&app),
        Field::Metric,
        "a touchpoint without any starts on a new one"
    );
    keys(&mut app, "First response in chat");
    tab(&mut app);
    keys(&mut app, "14");
    tab(&mut app);
    keys(&mut app, "min");
    tab(&mut app);
    keys(&mut app, "2");
    tab(&mut app);
    assert_eq!(focus(&app), Field::Better);
    key(&mut app, KeyCode::Char(' '));
    tab(&mut app);
    keys(&mut app, "CRM");
    tab(&mut app);
    keys(&mut app, "2026-11-30");
    key(&mut app, KeyCode::Enter);
    assert!(app.modal.is_none(), "Enter on the last field saves");
    let saved = measurements(&app);
    assert_eq!(saved.len(), 1);
    let m = &saved[0];
    assert_eq!(
        (m.metric.as_str(), m.value, m.unit.as_str(), m.target),
        ("First response in chat", 14.0, "min", Some(2.0))
    );
    assert_eq!(
        (m.better, m.source.as_str(), m.date.as_str()),
        (Better::Lower, "CRM", "2026-11-30")
    );
    let screen = draw(&mut app, 200, 50);
    assert!(screen.contains("14 min · missed (target ≤ 2)"), "{screen}");
    assert!(screen.contains("CRM, 2026-11-30"), "{screen}");
    key(&mut app, KeyCode::Char('u'));
    assert!(measurements(&app).is_empty());
}

#[test]
fn a_bad_field_keeps_the_form_open_on_it_named_with_everything_typed() {
    for (lang, said) in [
        (Lang::En, "Value: not a number"),
        (Lang::Ru, "Значение: не число"),
    ] {
        let mut app = walk_app(audit(lang));
        key(&mut app, KeyCode::Char('M'));
        keys(&mut app, "Chat");
        tab(&mut app);
        keys(&mut app, "fourteen");
        tab(&mut app);
        ctrl(&mut app, 's');
        assert_eq!(focus(&app), Field::Value, "{lang:?}");
        let screen = draw(&mut app, 80, 24);
        assert!(screen.contains(said), "{lang:?}:\n{screen}");
        assert!(
            screen.contains("fourteen") && screen.contains("Chat"),
            "{screen}"
        );
        assert!(measurements(&app).is_empty(), "nothing saved");
    }
    let mut app = walk_app(audit(Lang::En));
    key(&mut app, KeyCode::Char('M'));
    keys(&mut app, "Chat");
    tab(&mut app);
    keys(&mut app, "14");
    for _ in 0..5 {
        tab(&mut app);
    }
    keys(&mut app, "2026-11");
    key(&mut app, KeyCode::Enter);
    assert_eq!(focus(&app), Field::Date);
    let screen = draw(&mut app, 80, 24);
    assert!(
        screen.contains("Date (YYYY-MM-DD): a real date written YYYY-MM-DD"),
        "{screen}"
    );
}

#[test]
fn a_chosen_measurement_is_changed_in_place_or_removed_and_u_brings_it_back() {
    let mut app = with_chat(Lang::En);
    key(&mut app, KeyCode::Char('M'));
    assert_eq!(focus(&app), Field::Choice);
    tab(&mut app);
    tab(&mut app);
    assert_eq!(focus(&app), Field::Value);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    keys(&mut app, "1,5");
    ctrl(&mut app, 's');
    let list = measurements(&app);
    assert_eq!(
        (list[0].metric.as_str(), list[0].value),
        ("Chat reply", 1.5)
    );
    assert_eq!(list[0].met(), Some(true));
    assert_eq!(list.len(), 2);
    // The second one, removed with Ctrl+D.
    key(&mut app, KeyCode::Char('M'));
    key(&mut app, KeyCode::Right);
    let screen = draw(&mut app, 80, 24);
    assert!(screen.contains("‹ Bounce (2/2) ›"), "{screen}");
    assert!(
        screen.contains("Ctrl+D removes this measurement; u brings it back."),
        "{screen}"
    );
    ctrl(&mut app, 'd');
    assert!(app.modal.is_none());
    assert_eq!(measurements(&app).len(), 1);
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(measurements(&app)[1].metric, "Bounce");
}

#[test]
fn a_new_measurement_of_a_metric_the_touchpoint_has_replaces_it_and_the_form_says_so() {
    let mut app = with_chat(Lang::Ru);
    key(&mut app, KeyCode::Char('M'));
    key(&mut app, KeyCode::Left);
    let screen = draw(&mut app, 80, 24);
    assert!(screen.contains("‹ новое ›"), "{screen}");
    assert!(screen.contains("заменяется, а не добавляется"), "{screen}");
    tab(&mut app);
    keys(&mut app, "bounce");
    let screen = draw(&mut app, 80, 24);
    assert!(
        screen.contains("Сохранение заменит измерение \"Bounce\"."),
        "{screen}"
    );
    tab(&mut app);
    keys(&mut app, "35,5");
    ctrl(&mut app, 's');
    let list = measurements(&app);
    assert_eq!(list.len(), 2, "replaced, not added");
    assert_eq!((list[1].metric.as_str(), list[1].value), ("bounce", 35.5));
}

#[test]
fn the_form_at_80x24_in_both_languages() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = with_chat(lang);
        key(&mut app, KeyCode::Char('M'));
        let screen = draw(&mut app, 80, 24);
        insta::assert_snapshot!(format!("measure_form_{}_80x24", lang.code()), screen);
    }
}
