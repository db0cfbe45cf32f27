//! The matrix and priority-list screens driven through the real keymap and `update`.

mod tui_common;

use crossterm::event::{KeyCode, KeyModifiers};
use tpaudit::app::{App, Screen};
use tpaudit::app::{Effect, Msg, update};
use tpaudit::model::{Audit, CrosshairMode, Lang, Quadrant, Scale, rank};
use tui_common::*;

/// A bundled example audit, by the language of its name.
fn example(lang: Lang) -> Audit {
    let suffix = format!("-{}", lang.code());
    tpaudit::store::templates::examples()
        .into_iter()
        .find(|(name, _)| name.ends_with(&suffix))
        .map(|(_, a)| a)
        .expect("a bundled example in each language")
}

fn at(app: &App) -> (usize, usize) {
    let w = app.walk.as_ref().expect("walk");
    (w.stage, w.tp)
}

fn quadrant_counts(audit: &Audit, mode: CrosshairMode) -> Vec<usize> {
    let ranking = rank(audit, mode);
    Quadrant::ALL.iter().map(|&q| ranking.count(q)).collect()
}

#[test]
fn p_opens_the_list_at_rank_1_and_enter_jumps_back() {
    let a = example(Lang::En);
    let ranking = rank(&a, CrosshairMode::Midpoint);
    let mut app = walk_app(a);
    // Put the walk on the touchpoint ranked third, then open the list: it opens at rank 1.
    let third = ranking.ranked[2].at;
    app.walk.as_mut().expect("walk").stage = third.0;
    app.walk.as_mut().expect("walk").tp = third.1;
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(app.screen, Screen::Priority);
    assert_eq!(app.walk.as_ref().expect("walk").priority.selected, 0);
    key(&mut app, KeyCode::Char('g'));
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char('k'));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Walk);
    assert_eq!(at(&app), ranking.ranked[1].at);
    assert_eq!(cursor(&app).2, Scale::Frequency);
}

#[test]
fn enter_on_an_unscored_row_jumps_to_it_too() {
    let mut app = walk_app(audit(Lang::En));
    keys(&mut app, "452");
    key(&mut app, KeyCode::Char('p'));
    // Ranked: ads; unscored: website, checkout, delivery, support. G selects the last.
    key(&mut app, KeyCode::Char('G'));
    key(&mut app, KeyCode::Enter);
    assert_eq!((app.screen, at(&app)), (Screen::Walk, (1, 2)));
    key(&mut app, KeyCode::Char('p'));
    key(&mut app, KeyCode::End);
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Enter);
    assert_eq!(at(&app), (1, 1));
}

#[test]
fn m_opens_the_matrix_and_keys_move_by_rank_and_by_direction() {
    let a = example(Lang::Ru);
    let ranking = rank(&a, CrosshairMode::Midpoint);
    let mut app = walk_app(a);
    let first = ranking.ranked[0].at;
    (
        app.walk.as_mut().expect("walk").stage,
        app.walk.as_mut().expect("walk").tp,
    ) = first;
    key(&mut app, KeyCode::Char('m'));
    assert_eq!(app.screen, Screen::Matrix);
    let selected = |app: &App| app.walk.as_ref().expect("walk").matrix.selected;
    assert_eq!(selected(&app), 0);
    key(&mut app, KeyCode::Char('n'));
    key(&mut app, KeyCode::Char(']'));
    assert_eq!(selected(&app), 2);
    key(&mut app, KeyCode::Char('N'));
    assert_eq!(selected(&app), 1);
    // Right means higher satisfaction; the widget's own rule picks which mark.
    let from = selected(&app);
    let expected = tpaudit::app::matrix_nav::nearest(
        &ranking,
        from,
        tpaudit::app::matrix_nav::Direction::Right,
    );
    key(&mut app, KeyCode::Char('l'));
    assert!(
        expected.is_some(),
        "the example has a mark to the right of rank 2"
    );
    assert_eq!(Some(selected(&app)), expected);
    assert!(
        ranking.ranked[selected(&app)].scores.satisfaction
            > ranking.ranked[from].scores.satisfaction
    );
    let chosen = selected(&app);
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        (app.screen, at(&app)),
        (Screen::Walk, ranking.ranked[chosen].at)
    );
}

#[test]
fn matrix_and_list_switch_keeping_the_touchpoint_and_esc_returns_to_the_walk() {
    let a = example(Lang::En);
    let ranking = rank(&a, CrosshairMode::Midpoint);
    let mut app = walk_app(a);
    let start = at(&app);
    key(&mut app, KeyCode::Char('m'));
    keys(&mut app, "nnn");
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(app.screen, Screen::Priority);
    assert_eq!(app.walk.as_ref().expect("walk").priority.selected, 3);
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Char('m'));
    assert_eq!(app.screen, Screen::Matrix);
    assert_eq!(app.walk.as_ref().expect("walk").matrix.selected, 4);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Walk);
    assert_eq!(at(&app), start, "Esc leaves the walk where it was");
    assert!(ranking.ranked.len() > 4);
}

#[test]
fn c_toggles_the_crosshair_and_the_quadrants_shown() {
    let a = example(Lang::En);
    let midpoint = quadrant_counts(&a, CrosshairMode::Midpoint);
    let mean = quadrant_counts(&a, CrosshairMode::DataMean);
    assert_ne!(
        midpoint, mean,
        "the example has marks between midpoint and mean"
    );
    let mut app = walk_app(a);
    key(&mut app, KeyCode::Char('m'));
    let shown = |app: &App| {
        let w = app.walk.as_ref().expect("walk");
        let r = w.ranking.ranking().clone();
        Quadrant::ALL
            .iter()
            .map(|&q| r.count(q))
            .collect::<Vec<_>>()
    };
    assert_eq!(shown(&app), midpoint);
    let before = draw(&mut app, 120, 40);
    key(&mut app, KeyCode::Char('c'));
    assert_eq!(shown(&app), mean);
    let after = draw(&mut app, 120, 40);
    assert!(before.contains("midpoint") && after.contains("data mean"));
    assert_ne!(before, after);
    key(&mut app, KeyCode::Char('c'));
    assert_eq!(shown(&app), midpoint);
}

#[test]
fn e_asks_for_an_export_from_every_audit_screen_with_the_matrix_crosshair() {
    let mut app = walk_app(example(Lang::En));
    app.export_dir = Some("/reports".into());
    let export = |app: &mut App| {
        key(app, KeyCode::Char('E'));
        assert!(app.modal.is_some(), "E asks where");
        key(app, KeyCode::Enter)
    };
    let midpoint = vec![Effect::Export {
        crosshair: CrosshairMode::Midpoint,
        dir: "/reports".into(),
    }];
    assert_eq!(export(&mut app), midpoint);
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(export(&mut app), midpoint);
    key(&mut app, KeyCode::Char('m'));
    key(&mut app, KeyCode::Char('c'));
    assert_eq!(
        export(&mut app),
        vec![Effect::Export {
            crosshair: CrosshairMode::DataMean,
            dir: "/reports".into(),
        }]
    );
}

#[test]
fn q_quits_and_help_lists_the_screens_own_keys() {
    let mut app = walk_app(example(Lang::En));
    key(&mut app, KeyCode::Char('m'));
    key(&mut app, KeyCode::Char('?'));
    let help = draw(&mut app, 100, 30);
    assert!(help.contains("Crosshair: midpoint / data mean"), "{help}");
    assert!(help.contains("Next by rank"));
    key(&mut app, KeyCode::Char('x'));
    assert!(app.modal.is_none());
    key(&mut app, KeyCode::Char('p'));
    key(&mut app, KeyCode::Char('?'));
    let help = draw(&mut app, 100, 30);
    assert!(help.contains("Action plan") && help.contains("Go to it in the checklist"));
    key(&mut app, KeyCode::Esc);
    assert_eq!(key(&mut app, KeyCode::Char('q')), vec![Effect::Quit]);
}

#[test]
fn the_list_keeps_its_selection_on_screen() {
    let mut app = walk_app(example(Lang::En));
    update(&mut app, Msg::Resize(80, 24));
    key(&mut app, KeyCode::Char('p'));
    key(&mut app, KeyCode::Char('G'));
    let screen = draw(&mut app, 80, 24);
    let w = app.walk.as_ref().expect("walk");
    let ranking = w.ranking.ranking().clone();
    let last = w.priority.selected_touchpoint(&ranking).expect("a row");
    let name = &w.audit.stages[last.0].touchpoints[last.1].name;
    assert!(w.priority.offset > 0);
    assert!(screen.contains(name.as_str()), "{name} not on\n{screen}");
    key_with(&mut app, KeyCode::Home, KeyModifiers::NONE);
    assert_eq!(app.walk.as_ref().expect("walk").priority.offset, 0);
}
