//! How sure the ranking is, in the workbench: the card and the list say the selected
//! touchpoint's rank range and the variant that moves it most, and `v` on the list ranks it by
//! each variant in turn (the method, without the critical rule, by impact × gap, without each
//! participant), naming the variant in the title, then back to the method.

mod tui_common;

use crossterm::event::KeyCode;
use tpaudit::model::Lang;
use tui_common::*;

fn listed(app: &tpaudit::app::App) -> Vec<String> {
    let w = app.walk.as_ref().expect("walk");
    (w.list_ranking().ranked.iter())
        .map(|r| w.audit.stages[r.at.0].touchpoints[r.at.1].name.clone())
        .collect()
}

#[test]
fn v_cycles_the_list_through_every_variant_and_back() {
    let mut app = walk_app(example(Lang::En));
    key(&mut app, KeyCode::Char('p'));
    let w = app.walk.as_ref().expect("walk");
    let people = w.audit.participants.len();
    assert!(people >= 2, "the example has a room of participants");
    let method = listed(&app);
    let variants = 3 + people;
    let mut seen = Vec::new();
    for _ in 1..variants {
        key(&mut app, KeyCode::Char('v'));
        let w = app.walk.as_ref().expect("walk");
        let name = w.variant_name(Lang::En).expect("a variant is named");
        let order = listed(&app);
        // The list is exactly that variant's ranking.
        let v = &w.ranking.variants()[w.list_variant()];
        let fresh: Vec<_> = tpaudit::model::robust::variant_order(&w.audit, v);
        let names: Vec<String> = (fresh.iter())
            .map(|at| w.audit.stages[at.0].touchpoints[at.1].name.clone())
            .collect();
        assert_eq!(order, names, "{name}");
        seen.push(name);
    }
    assert_eq!(seen[0], "without the critical-first rule");
    assert_eq!(seen[1], "by impact × gap");
    assert!(seen[2].starts_with("without ") && seen[2].ends_with("'s ratings"));
    key(&mut app, KeyCode::Char('v'));
    let w = app.walk.as_ref().expect("walk");
    assert_eq!(w.variant_name(Lang::En), None, "back to the method");
    assert_eq!(listed(&app), method);
}

#[test]
fn the_list_under_a_variant_names_it_in_both_languages() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = walk_app(example(lang));
        key(&mut app, KeyCode::Char('p'));
        key(&mut app, KeyCode::Char('v'));
        let out = draw(&mut app, 160, 45);
        let name = match lang {
            Lang::En => "[without the critical-first rule]",
            Lang::Ru => "[без правила «критичные первыми»]",
        };
        assert!(out.contains(name), "{out}");
        insta::assert_snapshot!(format!("list_variant_{}_160x45", lang.code()), out);
    }
}

/// At 80 columns the audit's title gives way, never the variant: the room must see which
/// ranking it is looking at.
#[test]
fn the_variant_stays_in_the_title_at_eighty_columns() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = walk_app(example(lang));
        key(&mut app, KeyCode::Char('p'));
        for _ in 0..3 {
            key(&mut app, KeyCode::Char('v'));
            let name = app
                .walk
                .as_ref()
                .and_then(|w| w.variant_name(lang))
                .expect("a variant");
            let out = draw(&mut app, 80, 24);
            let first = out.lines().next().unwrap_or("");
            assert!(first.contains(&format!("[{name}]")), "{first}");
        }
    }
}

/// At 80 columns the list's bottom line keeps the formula and the rank range of the selected
/// row; the rules its marks already show give way.
#[test]
fn the_list_says_the_rank_range_at_eighty_columns() {
    let mut app = walk_app(example(Lang::Ru));
    key(&mut app, KeyCode::Char('p'));
    key(&mut app, KeyCode::Char('j'));
    let out = draw(&mut app, 80, 24);
    assert!(
        out.lines()
            .any(|l| l.contains("#2: 2×4,7×(6−2)") && l.contains("место 2 (1–9)")),
        "{out}"
    );
}

#[test]
fn the_card_says_the_rank_range_and_the_variant_that_moves_it_most() {
    // The Russian example: home delivery is second only by the critical rule (9th without it).
    let mut app = walk_app(example(Lang::Ru));
    let w = app.walk.as_ref().expect("walk");
    let at = w
        .audit
        .find_touchpoint("home-delivery")
        .expect("home delivery");
    let line = w.sure_line(at, Lang::Ru).expect("ranked");
    assert_eq!(
        line,
        "место 2 (1–9); 9 без правила «критичные первыми»; ≈ на грани критичности"
    );
    let line = w.sure_line(at, Lang::En).expect("ranked");
    assert_eq!(
        line,
        "rank 2 (1–9); 9 without the critical-first rule; ≈ near critical"
    );
    // On the card of that touchpoint, in the walk.
    let w = app.walk.as_mut().expect("walk");
    (w.stage, w.tp) = at;
    let out = draw(&mut app, 160, 45);
    assert!(out.contains("место 2 (1–9); 9 без правила"), "{out}");
    // A touchpoint one participant holds up: checkout falls to 4th without Oleg's 1.
    let w = app.walk.as_ref().expect("walk");
    let checkout = w.audit.find_touchpoint("checkout").expect("checkout");
    let line = w.sure_line(checkout, Lang::En).expect("ranked");
    assert!(
        line.starts_with("rank 1 (1–4); 4 without Олег Ким"),
        "{line}"
    );
}
