//! The walk screen driven key by key through the real keymap and `update`, without a terminal.

mod tui_common;

use crossterm::event::{KeyCode, KeyModifiers};
use tpaudit::app::{Effect, Msg, update};
use tpaudit::model::score::{self, Status};
use tpaudit::model::{Lang, Scale};
use tui_common::*;

#[test]
fn typing_4_5_2_scores_one_touchpoint_and_lands_on_the_next() {
    let mut app = walk_app(audit(Lang::En));
    keys(&mut app, "452");
    assert_eq!(scores(&app, 0, 0), (Some(4), Some(5), Some(2)));
    assert_eq!(cursor(&app), (0, 1, Scale::Frequency));
}

#[test]
fn scoring_crosses_the_stage_boundary() {
    let mut app = walk_app(audit(Lang::En));
    keys(&mut app, "452333");
    assert_eq!(scores(&app, 0, 1), (Some(3), Some(3), Some(3)));
    assert_eq!(cursor(&app), (1, 0, Scale::Frequency));
    let w = app.walk.as_ref().expect("walk");
    assert_eq!(w.progress[0].scored, 2);
    assert!(w.dirty);
}

#[test]
fn opening_lands_on_the_first_touchpoint_not_yet_done() {
    let mut a = audit(Lang::En);
    for (i, tp) in a.stages[0].touchpoints.iter_mut().enumerate() {
        for s in Scale::ALL {
            tp.set_score("p1", s, Some(3));
        }
        tp.not_applicable = i == 1;
    }
    a.stages[1].touchpoints[0].not_applicable = true;
    let app = walk_app(a);
    assert_eq!(cursor(&app), (1, 1, Scale::Frequency));
}

/// Digits typed straight on after a touchpoint land on the next one to score: one marked not
/// applicable takes no digits, so scoring (and `x`) pass it over, across stages too.
#[test]
fn moving_on_passes_over_touchpoints_marked_not_applicable() {
    let mut a = audit(Lang::En);
    a.stages[0].touchpoints[1].not_applicable = true;
    a.stages[1].touchpoints[1].not_applicable = true;
    let mut app = walk_app(a.clone());
    keys(&mut app, "444");
    assert_eq!(
        cursor(&app),
        (1, 0, Scale::Frequency),
        "past the n/a website"
    );
    keys(&mut app, "333");
    assert_eq!(scores(&app, 1, 0), (Some(3), Some(3), Some(3)));
    assert_eq!(
        cursor(&app),
        (1, 2, Scale::Frequency),
        "past the n/a delivery"
    );
    // `x` moves on the same way.
    let mut app = walk_app(a);
    key(&mut app, KeyCode::Char('x'));
    assert_eq!(cursor(&app), (1, 0, Scale::Frequency));
}

#[test]
fn zero_and_backspace_clear_the_active_scale() {
    let mut app = walk_app(audit(Lang::En));
    keys(&mut app, "45");
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Char('0'));
    assert_eq!(scores(&app, 0, 0), (Some(4), None, None));
    key(&mut app, KeyCode::Char('h'));
    key(&mut app, KeyCode::Backspace);
    assert_eq!(scores(&app, 0, 0), (None, None, None));
    assert!(
        app.walk.as_ref().expect("walk").audit.stages[0].touchpoints[0]
            .ratings
            .is_empty()
    );
}

#[test]
fn arrows_and_letters_move_between_scales_touchpoints_and_stages() {
    let mut app = walk_app(audit(Lang::En));
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Char('l'));
    key(&mut app, KeyCode::Char('l'));
    assert_eq!(cursor(&app).2, Scale::Satisfaction);
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Down);
    assert_eq!((cursor(&app).0, cursor(&app).1), (1, 0));
    key(&mut app, KeyCode::Char('G'));
    assert_eq!((cursor(&app).0, cursor(&app).1), (1, 2));
    key(&mut app, KeyCode::Char('g'));
    assert_eq!((cursor(&app).0, cursor(&app).1), (1, 0));
    key(&mut app, KeyCode::Char('k'));
    assert_eq!((cursor(&app).0, cursor(&app).1), (0, 1));
    key(&mut app, KeyCode::Char(']'));
    assert_eq!((cursor(&app).0, cursor(&app).1), (1, 0));
    key(&mut app, KeyCode::Char('['));
    key(&mut app, KeyCode::Up);
    assert_eq!((cursor(&app).0, cursor(&app).1), (0, 0));
}

#[test]
fn undo_and_redo_reverse_scores_one_at_a_time() {
    let mut app = walk_app(audit(Lang::En));
    keys(&mut app, "452");
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(scores(&app, 0, 0), (Some(4), Some(5), None));
    assert_eq!(cursor(&app), (0, 0, Scale::Satisfaction));
    keys(&mut app, "uu");
    assert_eq!(scores(&app, 0, 0), (None, None, None));
    key(&mut app, KeyCode::Char('u'));
    assert!(app.flash.is_some(), "nothing left to undo is said");
    key_with(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL);
    key_with(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert_eq!(scores(&app, 0, 0), (Some(4), Some(5), None));
}

#[test]
fn x_toggles_not_applicable_and_undo_reverts_it() {
    let mut app = walk_app(audit(Lang::En));
    key(&mut app, KeyCode::Char('x'));
    let tp = |app: &tpaudit::app::App| {
        app.walk.as_ref().expect("walk").audit.stages[0].touchpoints[0].clone()
    };
    assert_eq!(score::status(&tp(&app)), Status::NotApplicable);
    assert_eq!(
        app.walk.as_ref().expect("walk").progress[0].not_applicable,
        1
    );
    key(&mut app, KeyCode::Char('u'));
    assert!(!tp(&app).not_applicable);
    key_with(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert!(tp(&app).not_applicable);
}

#[test]
fn notes_are_edited_by_grapheme_pasted_clean_and_undone_as_one_change() {
    let mut app = walk_app(audit(Lang::En));
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "Звонок 👍🏽");
    key(&mut app, KeyCode::Backspace);
    // Enter saves the notes: a new line is Alt+Enter (or Ctrl+J).
    key_with(&mut app, KeyCode::Enter, KeyModifiers::ALT);
    update(&mut app, Msg::Paste("line\ttwo\u{1b}[0m\r\nthree".into()));
    let notes = |app: &tpaudit::app::App| {
        app.walk.as_ref().expect("walk").audit.stages[0].touchpoints[0]
            .notes
            .clone()
    };
    assert_eq!(notes(&app), "Звонок \nline    two[0m\nthree");
    assert!(
        app.walk.as_ref().expect("walk").dirty,
        "notes reach the autosave while typed"
    );
    key_with(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(app.modal.is_none());
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(notes(&app), "");
    key_with(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert_eq!(notes(&app), "Звонок \nline    two[0m\nthree");
    // Enter keeps the text too (Esc cancels, as in every other field).
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "!");
    key(&mut app, KeyCode::Enter);
    assert!(notes(&app).ends_with("three!"));
    assert_eq!(app.screen, tpaudit::app::Screen::Walk);
}

#[test]
fn participants_score_separately_and_disagreement_is_flagged() {
    let mut app = walk_app(audit(Lang::En));
    keys(&mut app, "452");
    key(&mut app, KeyCode::Char('k'));
    key(&mut app, KeyCode::Char('+'));
    keys(&mut app, "Анна");
    key(&mut app, KeyCode::Enter);
    let w = app.walk.as_ref().expect("walk");
    assert_eq!(w.audit.participants[1].name, "Анна");
    assert_eq!(w.participant, 1);
    keys(&mut app, "254");
    let w = app.walk.as_ref().expect("walk");
    let tp = &w.audit.stages[0].touchpoints[0];
    assert_eq!(tp.ratings.len(), 2);
    assert_eq!(
        score::effective(tp, Scale::Frequency),
        Some(tpaudit::model::Frac::int(3))
    );
    assert!(score::needs_discussion(tp));
    key(&mut app, KeyCode::Tab);
    assert_eq!(app.walk.as_ref().expect("walk").participant, 0);
    // Rename the active participant, then undo the rename and the addition.
    key(&mut app, KeyCode::Char('N'));
    for _ in 0..20 {
        key(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "Boris");
    key(&mut app, KeyCode::Enter);
    assert_eq!(
        app.walk.as_ref().expect("walk").audit.participants[0].name,
        "Boris"
    );
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(
        app.walk.as_ref().expect("walk").audit.participants[0].name,
        "Participant 1"
    );
    keys(&mut app, "uuuu");
    assert_eq!(app.walk.as_ref().expect("walk").audit.participants.len(), 1);
}

#[test]
fn checklist_editing_adds_renames_moves_and_deletes_undoably() {
    let mut app = walk_app(audit(Lang::En));
    let names = |app: &tpaudit::app::App, s: usize| -> Vec<String> {
        app.walk.as_ref().expect("walk").audit.stages[s]
            .touchpoints
            .iter()
            .map(|t| t.name.clone())
            .collect()
    };
    key(&mut app, KeyCode::Char('a'));
    key(&mut app, KeyCode::Enter);
    assert!(
        matches!(
            app.modal,
            Some(tpaudit::app::Modal::Prompt { error: Some(_), .. })
        ),
        "an empty name is refused"
    );
    keys(&mut app, "Отзывы");
    key(&mut app, KeyCode::Enter);
    assert_eq!(names(&app, 0), ["Ads", "Отзывы", "Website"]);
    let w = app.walk.as_ref().expect("walk");
    assert_eq!(w.audit.stages[0].touchpoints[1].id, "otzivi");
    assert_eq!(cursor(&app).1, 1);
    key(&mut app, KeyCode::Char('r'));
    keys(&mut app, "!");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('e'));
    keys(&mut app, "What people say");
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('K'));
    assert_eq!(names(&app, 0), ["Отзывы!", "Ads", "Website"]);
    key_with(&mut app, KeyCode::Down, KeyModifiers::ALT);
    key_with(&mut app, KeyCode::Down, KeyModifiers::ALT);
    key(&mut app, KeyCode::Char('J'));
    assert_eq!(
        names(&app, 1),
        ["Отзывы!", "Checkout", "Delivery", "Support"]
    );
    key(&mut app, KeyCode::Char('D'));
    key(&mut app, KeyCode::Char('y'));
    assert_eq!(names(&app, 1), ["Checkout", "Delivery", "Support"]);
    key(&mut app, KeyCode::Char('A'));
    keys(&mut app, "Loyalty");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('R'));
    keys(&mut app, " club");
    key(&mut app, KeyCode::Enter);
    key(&mut app, KeyCode::Char('<'));
    let stages = |app: &tpaudit::app::App| -> Vec<String> {
        app.walk
            .as_ref()
            .expect("walk")
            .audit
            .stages
            .iter()
            .map(|s| s.name.clone())
            .collect()
    };
    assert_eq!(stages(&app), ["Awareness", "Loyalty club", "Purchase"]);
    key(&mut app, KeyCode::Char('X'));
    key(&mut app, KeyCode::Esc);
    assert_eq!(stages(&app).len(), 3, "Esc cancels the confirmation");
    key(&mut app, KeyCode::Char('X'));
    key(&mut app, KeyCode::Enter);
    assert_eq!(stages(&app), ["Awareness", "Purchase"]);
    for _ in 0..12 {
        key(&mut app, KeyCode::Char('u'));
    }
    assert_eq!(app.walk.as_ref().expect("walk").audit, audit(Lang::En));
}

#[test]
fn autosave_saves_on_tick_and_quit_saves_first() {
    let mut app = walk_app(audit(Lang::En));
    assert!(
        update(&mut app, Msg::Tick).is_empty(),
        "nothing to save yet"
    );
    keys(&mut app, "4");
    assert_eq!(update(&mut app, Msg::Tick), vec![Effect::Save]);
    update(
        &mut app,
        Msg::Saved {
            upto: u64::MAX,
            result: Ok(()),
        },
    );
    assert!(!app.walk.as_ref().expect("walk").dirty);
    assert!(update(&mut app, Msg::Tick).is_empty());
    keys(&mut app, "5");
    assert_eq!(
        key(&mut app, KeyCode::Char('q')),
        vec![Effect::Save, Effect::Quit]
    );
}

#[test]
fn a_failed_save_is_shown_kept_dirty_and_retried() {
    let mut app = walk_app(audit(Lang::En));
    keys(&mut app, "4");
    let full = std::io::Error::new(std::io::ErrorKind::StorageFull, "disk full");
    let failure = tpaudit::app::Failure::from(tpaudit::store::StoreError::io("/x/demo.ron", full));
    let result = Err(failure.clone());
    update(
        &mut app,
        Msg::Saved {
            upto: u64::MAX,
            result,
        },
    );
    let w = app.walk.as_ref().expect("walk");
    assert!(w.dirty && w.save_error == Some(failure));
    assert_eq!(update(&mut app, Msg::Tick), vec![Effect::Save]);
    assert_eq!(
        key(&mut app, KeyCode::Char('q')),
        vec![Effect::Save],
        "first q does not leave"
    );
    assert!(!app.quitting);
    assert_eq!(
        key(&mut app, KeyCode::Char('q')),
        vec![Effect::Save, Effect::Quit]
    );
}

#[test]
fn terminate_saves_and_quits() {
    let mut app = walk_app(audit(Lang::En));
    keys(&mut app, "4");
    assert_eq!(
        update(&mut app, Msg::Terminate),
        vec![Effect::Save, Effect::Quit]
    );
    assert!(app.quitting);
}

#[test]
fn the_movement_keys_close_a_help_that_fits_and_scroll_one_that_does_not() {
    let mut app = walk_app(audit(Lang::En));
    draw(&mut app, 200, 60);
    key(&mut app, KeyCode::Char('?'));
    assert!(draw(&mut app, 200, 60).contains("any key closes"));
    key(&mut app, KeyCode::Char('j'));
    assert_eq!(app.modal, None, "the title says any key closes, j included");
    draw(&mut app, 80, 12);
    key(&mut app, KeyCode::Char('?'));
    assert!(!draw(&mut app, 80, 12).contains("any key closes"));
    key(&mut app, KeyCode::Char('j'));
    assert_eq!(app.modal, Some(tpaudit::app::Modal::Help));
    assert_eq!(app.help_scroll, 1);
}

#[test]
fn help_is_an_overlay_any_key_closes_and_esc_goes_home() {
    let mut app = walk_app(audit(Lang::En));
    key(&mut app, KeyCode::Char('?'));
    assert_eq!(app.modal, Some(tpaudit::app::Modal::Help));
    key(&mut app, KeyCode::Char('4'));
    assert_eq!(app.modal, None);
    assert_eq!(
        scores(&app, 0, 0),
        (None, None, None),
        "the closing key does nothing else"
    );
    keys(&mut app, "4");
    assert_eq!(key(&mut app, KeyCode::Esc), vec![Effect::Save]);
    assert_eq!(
        app.screen,
        tpaudit::app::Screen::Walk,
        "the walk is left once it is saved"
    );
    assert_eq!(
        update(
            &mut app,
            Msg::Saved {
                upto: u64::MAX,
                result: Ok(())
            }
        ),
        vec![Effect::List]
    );
    assert_eq!(app.screen, tpaudit::app::Screen::Home);
}

#[test]
fn a_click_selects_a_row_and_a_value_on_the_card() {
    let mut app = walk_app(audit(Lang::En));
    update(&mut app, Msg::Resize(160, 45));
    // Wide layout: stages 26 columns, then the table; its rows start under border and header.
    update(&mut app, Msg::Click { column: 40, row: 3 });
    assert_eq!((cursor(&app).0, cursor(&app).1), (0, 1));
    // The card is the rightmost 62 columns; find the line of "4 strong" on the impact scale.
    let card_x = 160 - 62 + 3;
    let mut hit = None;
    for row in 1..40u16 {
        update(
            &mut app,
            Msg::Click {
                column: card_x,
                row,
            },
        );
        if scores(&app, 0, 1).1.is_some() {
            hit = Some(row);
            break;
        }
    }
    assert!(hit.is_some(), "some card line sets the impact");
    // Scanning down clicked frequency 1…5 before reaching impact 1.
    assert_eq!(scores(&app, 0, 1), (Some(5), Some(1), None));
    assert_eq!(cursor(&app).2, Scale::Impact);
}

#[test]
fn tab_and_shift_tab_cycle_participants_and_plus_adds_one() {
    let mut app = walk_app(audit(Lang::En));
    for name in ["Анна", "Boris"] {
        key(&mut app, KeyCode::Char('+'));
        keys(&mut app, name);
        key(&mut app, KeyCode::Enter);
    }
    let active = |app: &tpaudit::app::App| app.walk.as_ref().expect("walk").participant;
    assert_eq!(app.walk.as_ref().expect("walk").audit.participants.len(), 3);
    assert_eq!(active(&app), 2);
    key(&mut app, KeyCode::Tab);
    assert_eq!(active(&app), 0, "Tab wraps to the first participant");
    key(&mut app, KeyCode::Tab);
    assert_eq!(active(&app), 1);
    key_with(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(active(&app), 0);
    key_with(&mut app, KeyCode::BackTab, KeyModifiers::SHIFT);
    assert_eq!(active(&app), 2, "Shift+Tab wraps to the last participant");
    // `p` and `P` no longer touch participants: `p` opens the priority list.
    key(&mut app, KeyCode::Char('P'));
    assert!(app.modal.is_none());
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(active(&app), 2);
    assert_eq!(app.screen, tpaudit::app::Screen::Priority);
}

#[test]
fn scoring_the_last_touchpoint_keeps_it_selected_and_holds_further_digits() {
    let mut app = walk_app(audit(Lang::En));
    keys(&mut app, "452333222111");
    assert_eq!(cursor(&app), (1, 2, Scale::Frequency));
    keys(&mut app, "345");
    assert_eq!(scores(&app, 1, 2), (Some(3), Some(4), Some(5)));
    assert_eq!(
        cursor(&app),
        (1, 2, Scale::Satisfaction),
        "the selection stays"
    );
    let said = flash(&app).unwrap_or_default();
    assert!(said.contains("Every touchpoint is scored"), "{said}");
    assert!(said.contains("Press p"), "{said}");
    // A stray digit changes nothing and says why.
    keys(&mut app, "1");
    assert_eq!(scores(&app, 1, 2), (Some(3), Some(4), Some(5)));
    assert!(
        flash(&app)
            .as_deref()
            .is_some_and(|f| f.contains("not changed"))
    );
    // Choosing a scale ends the hold: the digit now corrects that scale.
    key(&mut app, KeyCode::Left);
    keys(&mut app, "2");
    assert_eq!(scores(&app, 1, 2), (Some(3), Some(2), Some(5)));
    assert_eq!(app.flash, None, "the passing message is gone");
}

#[test]
fn reaching_the_end_with_gaps_counts_what_is_left() {
    let mut app = walk_app(audit(Lang::Ru));
    keys(&mut app, "]G");
    keys(&mut app, "111");
    assert_eq!(cursor(&app), (1, 2, Scale::Satisfaction));
    let said = flash(&app).unwrap_or_default();
    assert!(said.contains("не оценено точек: 4"), "{said}");
    keys(&mut app, "k5");
    // Moving makes frequency active again, as everywhere in the walk.
    assert_eq!(
        scores(&app, 1, 1),
        (Some(5), None, None),
        "moving away scores again, from frequency"
    );
}

#[test]
fn the_description_is_edited_over_several_lines_and_undone_at_once() {
    let mut app = walk_app(audit(Lang::En));
    key(&mut app, KeyCode::Char('e'));
    key_with(&mut app, KeyCode::Enter, KeyModifiers::ALT);
    keys(&mut app, "Second line: 2 days");
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.modal, None);
    let description = |app: &tpaudit::app::App| {
        app.walk.as_ref().expect("walk").audit.stages[0].touchpoints[0]
            .description
            .clone()
    };
    assert_eq!(
        description(&app),
        "Banners and search ads that bring people to the shop.\nSecond line: 2 days"
    );
    keys(&mut app, "u");
    assert_eq!(
        description(&app),
        "Banners and search ads that bring people to the shop."
    );
    // Ctrl+S finishes as well; the digits typed were text, not scores.
    key(&mut app, KeyCode::Char('e'));
    keys(&mut app, " 452");
    key_with(&mut app, KeyCode::Char('s'), KeyModifiers::CONTROL);
    assert!(description(&app).ends_with("shop. 452"));
    assert_eq!(scores(&app, 0, 0), (None, None, None));
}

#[test]
fn moving_to_another_touchpoint_makes_frequency_active_again() {
    let mut app = walk_app(audit(Lang::En));
    // Look at impact, move down: the digits score the new touchpoint from its frequency.
    keys(&mut app, "lj333");
    assert_eq!(scores(&app, 0, 0), (None, None, None));
    assert_eq!(scores(&app, 0, 1), (Some(3), Some(3), Some(3)));
    assert_eq!(cursor(&app), (1, 0, Scale::Frequency));
    // Up, Home, End and a click all land on frequency.
    keys(&mut app, "l");
    key(&mut app, KeyCode::Up);
    assert_eq!(cursor(&app), (0, 1, Scale::Frequency));
    keys(&mut app, "ll");
    key(&mut app, KeyCode::Char('g'));
    assert_eq!(cursor(&app), (0, 0, Scale::Frequency));
}

#[test]
fn a_touchpoint_is_left_only_once_the_participant_scored_all_of_it() {
    let mut app = walk_app(audit(Lang::En));
    // Impact and satisfaction first: frequency, still missing, becomes active.
    keys(&mut app, "l45");
    assert_eq!(cursor(&app), (0, 0, Scale::Frequency));
    keys(&mut app, "2");
    assert_eq!(scores(&app, 0, 0), (Some(2), Some(4), Some(5)));
    assert_eq!(cursor(&app), (0, 1, Scale::Frequency));
    // Scoring a scored touchpoint again walks its scales in order.
    key(&mut app, KeyCode::Char('k'));
    keys(&mut app, "1");
    assert_eq!(cursor(&app), (0, 0, Scale::Impact));
}
