//! The workbench in a workshop room: the card never cuts its text, tables say what is above and
//! below, N/A behaves like a score, and the keys work in either keyboard layout.

mod tui_common;

use crossterm::event::KeyCode;
use tpaudit::app::{Msg, update};
use tpaudit::model::Lang;
use tui_common::*;

/// The demo audit with three participants, two guiding questions and notes on the first
/// touchpoint.
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

/// Fifty stages of twelve touchpoints: more than any table shows at once.
fn long_audit() -> tpaudit::model::Audit {
    let mut a = audit(Lang::En);
    a.stages = (0..50)
        .map(|s| {
            let mut st = tpaudit::model::Stage::new(format!("s{s}"), format!("Stage {s}"));
            st.touchpoints = (0..12)
                .map(|t| {
                    let mut tp =
                        tpaudit::model::Touchpoint::new(format!("t{s}-{t}"), format!("Tp {s}.{t}"));
                    let v = u8::try_from(1 + (s + t) % 5).expect("small");
                    for scale in tpaudit::model::Scale::ALL {
                        tp.set_score("p1", scale, Some(v));
                    }
                    tp
                })
                .map(Into::into)
                .collect();
            st
        })
        .collect();
    a
}

#[test]
fn tables_say_how_many_rows_are_above_and_below() {
    let mut app = walk_app(long_audit());
    key(&mut app, KeyCode::Char('g'));
    let out = draw(&mut app, 80, 24);
    insta::assert_snapshot!("walk_table_more_80x24", out);
    assert!(out.contains("▼ 7 more"), "{out}");
    assert!(!out.contains("▲"), "{out}");
    key(&mut app, KeyCode::Char('G'));
    let out = draw(&mut app, 80, 24);
    assert!(out.contains("▲ 7 more"), "{out}");
    // The stage list on a wide screen.
    let out = draw(&mut app, 160, 45);
    assert!(
        !out.contains("▲ 7 more"),
        "a taller table shows them all: {out}"
    );
    assert!(out.contains("▼ 9 more"), "stages below: {out}");
    // The priority list: rows below at first, above too once scrolled.
    key(&mut app, KeyCode::Char('p'));
    let out = draw(&mut app, 80, 24);
    insta::assert_snapshot!("priority_more_80x24", out);
    assert!(out.contains("▼ 587 more"), "{out}");
    assert!(!out.contains("▲"), "{out}");
    for _ in 0..30 {
        key(&mut app, KeyCode::Char('j'));
    }
    let out = draw(&mut app, 80, 24);
    assert!(out.contains("▲ 18 more  ▼ 569 more"), "{out}");
}

#[test]
fn the_priority_list_opens_at_rank_1() {
    let mut app = walk_app(long_audit());
    keys(&mut app, "]]]]]]]]]]]]]]]]]]]]]]]]]]]]]G");
    key(&mut app, KeyCode::Char('p'));
    let w = app.walk.as_ref().expect("walk");
    assert_eq!((w.priority.selected, w.priority.offset), (0, 0));
    let out = draw(&mut app, 80, 24);
    assert!(out.contains("\n\"  1 "), "rank 1 on screen: {out}");
}

#[test]
fn x_moves_on_like_a_third_digit_and_digits_on_na_are_refused() {
    let mut app = walk_app(audit(Lang::En));
    keys(&mut app, "x");
    assert_eq!(cursor(&app), (0, 1, tpaudit::model::Scale::Frequency));
    let w = app.walk.as_ref().expect("walk");
    assert!(w.audit.stages[0].touchpoints[0].not_applicable);
    // Back on it, a digit is refused and says so.
    keys(&mut app, "k4");
    assert_eq!(scores(&app, 0, 0), (None, None, None));
    assert_eq!(cursor(&app), (0, 0, tpaudit::model::Scale::Frequency));
    let said = flash(&app).unwrap_or_default();
    assert!(said.contains("Not applicable"), "{said}");
    // Applicable again: x stays, and digits score it.
    keys(&mut app, "x");
    assert_eq!(cursor(&app), (0, 0, tpaudit::model::Scale::Frequency));
    keys(&mut app, "4");
    assert_eq!(scores(&app, 0, 0), (Some(4), None, None));
}

#[test]
fn the_walk_counts_not_applicable_as_tpaudit_list_does() {
    let mut app = walk_app(audit(Lang::En));
    keys(&mut app, "452x");
    let w = app.walk.as_ref().expect("walk");
    let p = w.total_progress();
    assert_eq!(
        p.fraction(),
        "1/5",
        "scored of all, as `tpaudit list` writes it"
    );
    let out = draw(&mut app, 80, 24);
    assert!(out.contains("1/5 scored · n/a 1"), "{out}");
    assert!(!out.contains("2/5"), "{out}");
}

#[test]
fn key_hints_keep_the_keys_between_screens_at_80_columns() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = walk_app(audit(lang));
        keys(&mut app, "452");
        let hints = |app: &mut tpaudit::app::App| {
            let out = draw(app, 80, 24);
            out.lines().nth(23).unwrap_or_default().to_string()
        };
        let walk = hints(&mut app);
        for k in [" 1-5 ", " p ", " m ", " u ", " q ", " ? "] {
            assert!(walk.contains(k), "{lang:?} walk lacks {k}: {walk}");
        }
        key(&mut app, KeyCode::Char('m'));
        let matrix = hints(&mut app);
        for k in [" Esc ", " p ", " ? "] {
            assert!(matrix.contains(k), "{lang:?} matrix lacks {k}: {matrix}");
        }
        key(&mut app, KeyCode::Char('p'));
        let list = hints(&mut app);
        for k in [" Esc ", " m ", " Enter ", " ? "] {
            assert!(list.contains(k), "{lang:?} list lacks {k}: {list}");
        }
    }
}

#[test]
fn command_keys_work_in_the_russian_layout_but_text_is_typed_as_is() {
    let mut app = walk_app(audit(Lang::Ru));
    // о is j, д is l: the next touchpoint's impact.
    keys(&mut app, "од");
    assert_eq!(cursor(&app), (0, 1, tpaudit::model::Scale::Impact));
    // г is u: undo; nothing to undo yet, but it is the undo key.
    keys(&mut app, "4г");
    assert_eq!(scores(&app, 0, 1), (None, None, None));
    // з is p: the priority list; Esc back, then Enter opens the notes.
    keys(&mut app, "з");
    assert_eq!(app.screen, tpaudit::app::Screen::Priority);
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "ок");
    let Some(tpaudit::app::Modal::Notes { editor, .. }) = &app.modal else {
        panic!("the notes are open");
    };
    assert_eq!(editor.text(), "ок", "in a text field the letters are typed");
    key(&mut app, KeyCode::Esc);
    // й is q.
    let effects = key(&mut app, KeyCode::Char('й'));
    assert!(effects.contains(&tpaudit::app::Effect::Quit), "{effects:?}");
}

#[test]
fn every_russian_letter_maps_to_the_key_in_its_place() {
    use tpaudit::app::keymap::latin_key;
    assert_eq!(latin_key('о'), Some('j'));
    assert_eq!(latin_key('й'), Some('q'));
    assert_eq!(latin_key('Б'), Some('<'));
    assert_eq!(latin_key('Х'), Some('{'));
    assert_eq!(latin_key('ё'), Some('`'));
    assert_eq!(latin_key('j'), None);
}

#[test]
fn a_participant_is_removed_after_asking_and_undo_brings_their_ratings_back() {
    let mut app = walk_app(room_audit(Lang::En));
    // Boris scores the first touchpoint.
    key(&mut app, KeyCode::Tab);
    keys(&mut app, "452");
    let before = app.walk.as_ref().expect("walk").audit.clone();
    keys(&mut app, "-");
    assert!(matches!(
        app.modal,
        Some(tpaudit::app::Modal::Confirm(
            tpaudit::app::ConfirmFor::RemoveParticipant { rated: 1, .. }
        ))
    ));
    keys(&mut app, "n");
    assert_eq!(app.walk.as_ref().expect("walk").audit.participants.len(), 3);
    keys(&mut app, "-y");
    let w = app.walk.as_ref().expect("walk");
    assert_eq!(w.audit.participants.len(), 2);
    assert!(
        w.audit
            .participants
            .iter()
            .all(|p| p.name != "Boris Ivanov")
    );
    assert!(w.audit.stages[0].touchpoints[0].ratings.is_empty());
    keys(&mut app, "u");
    assert_eq!(app.walk.as_ref().expect("walk").audit, before);
    // The only participant stays.
    let mut solo = walk_app(audit(Lang::En));
    keys(&mut solo, "-");
    assert_eq!(solo.modal, None);
    assert!(
        flash(&solo)
            .unwrap_or_default()
            .contains("only participant")
    );
}

#[test]
fn renaming_participant_1_takes_one_key_to_clear() {
    let mut app = walk_app(audit(Lang::En));
    key(&mut app, KeyCode::Char('N'));
    key_with(
        &mut app,
        KeyCode::Char('u'),
        crossterm::event::KeyModifiers::CONTROL,
    );
    keys(&mut app, "Anna");
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        app.walk.as_ref().expect("walk").audit.participants[0].name,
        "Anna"
    );
}

fn example(lang: Lang) -> tpaudit::model::Audit {
    let suffix = format!("-{}", lang.code());
    tpaudit::store::templates::examples()
        .into_iter()
        .find(|(name, _)| name.ends_with(&suffix))
        .map(|(_, a)| a)
        .expect("a bundled example in each language")
}

#[test]
fn the_list_says_critical_comes_first_and_why_the_selected_row_ranks_there() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = walk_app(example(lang));
        key(&mut app, KeyCode::Char('p'));
        let out = draw(&mut app, 80, 24);
        insta::assert_snapshot!(format!("priority_why_{}_80x24", lang.code()), out);
        let first = match lang {
            Lang::En => "ranked first",
            Lang::Ru => "идёт первым",
        };
        assert!(out.contains(first), "{out}");
        assert!(out.contains("#1: "), "why rank 1: {out}");
        assert!(out.contains("×(6−"), "{out}");
        key(&mut app, KeyCode::Char('j'));
        let out = draw(&mut app, 80, 24);
        assert!(out.contains("#2: "), "why follows the selection: {out}");
        let out = draw(&mut app, 160, 45);
        insta::assert_snapshot!(format!("priority_why_{}_160x45", lang.code()), out);
    }
}

#[test]
fn why_a_rank_shows_the_formula_with_the_touchpoints_numbers() {
    use tpaudit::model::score::{Crosshair, Quadrant, Ranked, Scores};
    let r = Ranked {
        rank: 3,
        at: (0, 0),
        scores: Scores::ints(4, 5, 2),
        priority: tpaudit::model::Frac::int(80),
        critical: true,
        quadrant: Quadrant::FixFirst,
        needs_discussion: false,
    };
    let en = tpaudit::i18n::views::why_rank(Lang::En, &r, Crosshair::MIDPOINT);
    assert_eq!(
        en,
        "#3: 4×5×(6−2) = 80 · critical (I≥4.5, S≤2): first · fix first (I>3, S≤3)"
    );
    let ru = tpaudit::i18n::views::why_rank(Lang::Ru, &r, Crosshair::MIDPOINT);
    assert!(ru.contains("(В≥4,5, У≤2)"), "{ru}");
}

/// The three participants' ratings of a touchpoint: (frequency, impact, satisfaction) each.
#[test]
fn blind_scoring_hides_ratings_and_means_until_revealed() {
    let mut app = walk_app(room_audit(Lang::En));
    keys(&mut app, "ob");
    keys(&mut app, "452333152");
    // Blind: the touchpoint stays for the reveal once everyone has scored it.
    assert_eq!(cursor(&app), (0, 0, tpaudit::model::Scale::Frequency));
    assert!(flash(&app).unwrap_or_default().contains("v reveals"));
    let hidden = draw(&mut app, 80, 24);
    insta::assert_snapshot!("blind_hidden_80x24", hidden);
    assert!(hidden.contains("[blind, round robin]"), "{hidden}");
    assert!(!hidden.contains("mean"), "{hidden}");
    assert!(!hidden.contains("●"), "{hidden}");
    assert!(
        hidden.contains("  ✓   ✓   ✓ "),
        "the table shows only that it is rated: {hidden}"
    );
    assert!(!hidden.contains("⚑"), "{hidden}");
    keys(&mut app, "v");
    let shown = draw(&mut app, 80, 24);
    insta::assert_snapshot!("blind_revealed_80x24", shown);
    assert!(shown.contains("mean"), "{shown}");
    assert!(shown.contains("⚑"), "{shown}");
    // The next touchpoint is blind again.
    keys(&mut app, "j4");
    let next = draw(&mut app, 160, 45);
    insta::assert_snapshot!("blind_next_160x45", next);
    assert!(!next.contains("● 4"), "{next}");
    assert!(!next.contains("Frequency: 4"), "{next}");
    // The matrix and the list would show every score: they wait until blind is off.
    keys(&mut app, "p");
    assert_eq!(app.screen, tpaudit::app::Screen::Walk);
    assert!(flash(&app).unwrap_or_default().contains("b turns it off"));
    keys(&mut app, "m");
    assert_eq!(app.screen, tpaudit::app::Screen::Walk);
    // Blind off shows everything.
    keys(&mut app, "b");
    let all = draw(&mut app, 80, 24);
    assert!(
        all.contains("Frequency                 4             ·              ·     4"),
        "the grid shows the value: {all}"
    );
}

#[test]
fn f_jumps_to_the_next_touchpoint_that_needs_discussion() {
    let mut app = scored_room();
    keys(&mut app, "gg");
    key(&mut app, KeyCode::Char('['));
    assert_eq!(cursor(&app).0, 0);
    keys(&mut app, "f");
    assert_eq!((cursor(&app).0, cursor(&app).1), (0, 1));
    // Round to the start: it is the only one.
    keys(&mut app, "jf");
    assert_eq!((cursor(&app).0, cursor(&app).1), (0, 1));
}

#[test]
fn the_agreed_value_replaces_the_mean_and_ends_the_discussion() {
    let mut app = scored_room();
    keys(&mut app, "gf");
    let tp = |app: &tpaudit::app::App| {
        app.walk.as_ref().expect("walk").audit.stages[0].touchpoints[1].clone()
    };
    assert!(tpaudit::model::score::needs_discussion(&tp(&app)));
    keys(&mut app, "=");
    let out = draw(&mut app, 80, 24);
    insta::assert_snapshot!("agreeing_80x24", out);
    assert!(out.contains("(agreed)"), "{out}");
    keys(&mut app, "355");
    let t = tp(&app);
    assert_eq!(t.agreed(tpaudit::model::Scale::Frequency), Some(3));
    assert!(!tpaudit::model::score::needs_discussion(&t));
    assert_eq!(
        tpaudit::model::score::effective(&t, tpaudit::model::Scale::Impact),
        Some(tpaudit::model::Frac::int(5))
    );
    // The participants' ratings are kept.
    assert_eq!(all_scores(&app, (0, 1))[2], (Some(1), Some(5), Some(2)));
    assert!(!app.walk.as_ref().expect("walk").agreeing);
    let out = draw(&mut app, 80, 24);
    insta::assert_snapshot!("agreed_80x24", out);
    assert!(
        out.contains("spread  agreed"),
        "the grid's agreed column: {out}"
    );
    assert!(
        out.contains("3     = 3"),
        "frequency's spread 3, agreed 3: {out}"
    );
    assert!(!out.contains("⚑"), "{out}");
    assert!(
        out.lines()
            .any(|l| l.contains("Website") && l.trim_end_matches(['│', '"']).ends_with('=')),
        "the table marks the agreed touchpoint with =: {out}"
    );
    // Undo takes the agreement back, value by value.
    keys(&mut app, "uuu");
    assert!(tpaudit::model::score::needs_discussion(&tp(&app)));
}

#[test]
fn the_list_filters_needs_discussion_and_the_matrix_marks_it() {
    let mut app = scored_room();
    key(&mut app, KeyCode::Char('p'));
    let all = draw(&mut app, 80, 24);
    assert!(all.contains("Checkout"), "{all}");
    assert!(all.contains("⚑3"), "the spread beside the flag: {all}");
    keys(&mut app, "f");
    let only = draw(&mut app, 80, 24);
    insta::assert_snapshot!("list_discussion_only_80x24", only);
    // The table drops Checkout; the top-3 panel is the method's, filter or not.
    let (table, _panel) = only.split_once("Top 3 for this month").expect("the panel");
    assert!(!table.contains("Checkout"), "{only}");
    assert!(only.contains("Website"), "{only}");
    assert!(only.contains("only ⚑"), "{only}");
    key(&mut app, KeyCode::Enter);
    assert_eq!((cursor(&app).0, cursor(&app).1), (0, 1));
    key(&mut app, KeyCode::Char('m'));
    let matrix = draw(&mut app, 80, 24);
    assert!(matrix.contains("⚑"), "{matrix}");
}

#[test]
fn the_card_says_why_its_touchpoint_ranks_where_it_does() {
    let mut app = walk_app(audit(Lang::En));
    keys(&mut app, "452k");
    let out = draw(&mut app, 160, 45);
    assert!(out.contains("#1: 4×5×(6−2) = 80"), "{out}");
    assert!(out.contains("critical (I≥4.5, S≤2): first"), "{out}");
    keys(&mut app, "j");
    let out = draw(&mut app, 160, 45);
    assert!(
        !out.contains("#1: "),
        "an unscored touchpoint has no rank: {out}"
    );
}

#[test]
fn a_critical_mark_does_not_shift_the_table_columns() {
    let mut app = walk_app(audit(Lang::En));
    keys(&mut app, "j333");
    let before = draw(&mut app, 80, 24);
    keys(&mut app, "gg451");
    let after = draw(&mut app, 80, 24);
    let header = |s: &str| s.lines().nth(2).unwrap_or_default().to_string();
    assert_eq!(header(&before), header(&after));
    assert!(after.contains("100!"), "{after}");
}

#[test]
fn the_disagreement_grid_waits_for_the_reveal_then_shows_everyone() {
    for lang in [Lang::En, Lang::Ru] {
        let (mean, spread) = match lang {
            Lang::En => ("mean", "spread"),
            Lang::Ru => ("среднее", "разброс"),
        };
        for (w, h) in [(80, 24), (160, 45)] {
            let mut app = walk_app(room_audit(lang));
            keys(&mut app, "ob");
            keys(&mut app, "452333152");
            let hidden = draw(&mut app, w, h);
            assert!(!hidden.contains(spread), "{w}x{h}: {hidden}");
            keys(&mut app, "v");
            let shown = draw(&mut app, w, h);
            insta::assert_snapshot!(format!("grid_revealed_{}_{w}x{h}", lang.code()), shown);
            assert!(
                shown.contains(mean) && shown.contains(spread),
                "{w}x{h}: {shown}"
            );
            // Where the names fit across whole they run across; a narrower card puts them in rows.
            if w == 80 {
                let head = format!("Анна Смирнова  Boris Ivanov  Clara Petrova  {mean}  {spread}");
                assert!(shown.contains(&head), "{w}x{h}: {shown}");
            }
            if (lang, w) == (Lang::Ru, 160) {
                assert!(shown.contains("Анна Смирнова    4    5    2"), "{shown}");
            }
            // Frequency 4, 3, 1: a spread of 3, flagged; satisfaction 2, 3, 2 is not.
            if (lang, w) == (Lang::En, 80) {
                assert!(
                    shown.contains("4             3              1   2.7"),
                    "{shown}"
                );
            }
            assert!(shown.contains("⚑ 3"), "{shown}");
        }
    }
}

#[test]
fn the_grid_takes_the_other_scales_place_only_where_the_card_is_short() {
    let mut a = room_audit(Lang::En);
    a.stages[0].touchpoints[0].notes = (1..=30).map(|i| format!("line {i}\n")).collect();
    let mut app = walk_app(a);
    // Round robin: Anna and Boris score, Clara's turn on the same touchpoint.
    keys(&mut app, "o452331");
    // A tall card keeps the question and the other scales' lines under the grid.
    let tall = draw(&mut app, 100, 30);
    assert!(tall.contains("spread           1  ⚑ 2    1"), "{tall}");
    assert!(tall.contains("How many customers meet it?"), "{tall}");
    assert!(tall.contains("Impact: ·"), "{tall}");
    // A short one gives their lines to the grid and keeps the active scale's values.
    let short = draw(&mut app, 80, 24);
    assert!(short.contains("mean  spread"), "{short}");
    assert!(!short.contains("Impact: ·"), "{short}");
    assert!(
        short.contains("1 rarely") && short.contains("4 most customers"),
        "{short}"
    );
}

/// Recording agreed values names both ways to stop it, `=` again or `Esc` (which keeps the
/// audit open), whole on the status line at 80 columns, in English and Russian.
#[test]
fn the_agreeing_message_names_both_ways_to_stop() {
    for (lang, said) in [
        (Lang::En, "0 clears, = or Esc stops"),
        (Lang::Ru, "0 стирает, = или Esc — выход"),
    ] {
        let mut app = walk_app(room_audit(lang));
        for typed in ["o", "j452332152", "333333333", "o", "gf", "="] {
            keys(&mut app, typed);
        }
        let out = draw(&mut app, 80, 24);
        let status = out.lines().rev().nth(1).expect("a status line");
        assert!(status.contains(said), "{said}:\n{out}");
        key(&mut app, KeyCode::Esc);
        let walk = app.walk.as_ref().expect("Esc keeps the audit open");
        assert!(!walk.agreeing);
    }
}
