//! Scoring together on one keyboard: round robin passes each touchpoint from the first
//! participant to the last, blind scoring holds it for the reveal and never lets a stray digit
//! change a hidden rating.

mod tui_common;

use tpaudit::model::{Lang, Participant};
use tui_common::*;

#[test]
fn round_robin_passes_the_touchpoint_to_the_next_participant_then_moves_on() {
    let mut app = walk_app(room_audit(Lang::En));
    keys(&mut app, "o");
    keys(&mut app, "452");
    assert_eq!(cursor(&app), (0, 0, tpaudit::model::Scale::Frequency));
    assert_eq!(app.walk.as_ref().expect("walk").participant, 1);
    let out = draw(&mut app, 80, 24);
    assert!(out.contains("Turn:"), "{out}");
    assert!(out.contains("Анна Смирнова ✓"), "who has scored: {out}");
    assert!(out.contains("▶Boris Ivanov ·"), "whose turn: {out}");
    keys(&mut app, "333124");
    assert_eq!(
        all_scores(&app, (0, 0)),
        vec![
            (Some(4), Some(5), Some(2)),
            (Some(3), Some(3), Some(3)),
            (Some(1), Some(2), Some(4))
        ]
    );
    // The last participant's third digit moves on, and the first participant starts again.
    assert_eq!(cursor(&app), (0, 1, tpaudit::model::Scale::Frequency));
    assert_eq!(app.walk.as_ref().expect("walk").participant, 0);
}

#[test]
fn a_blind_round_robin_workshop_takes_three_keys_per_participant_plus_a_reveal_and_a_move() {
    let template = tpaudit::store::templates::builtin()
        .into_iter()
        .find(|t| t.id == "universal")
        .expect("the universal template");
    let mut a = template.instantiate("room", Lang::En, now());
    a.participants = ["Anna", "Boris", "Clara"]
        .iter()
        .enumerate()
        .map(|(i, n)| Participant {
            id: format!("p{}", i + 1),
            name: (*n).to_string(),
        })
        .collect();
    let touchpoints = a.touchpoint_count();
    let mut app = walk_app(a);
    let mut pressed = 0;
    let mut press = |app: &mut tpaudit::app::App, text: &str| {
        keys(app, text);
        pressed += text.chars().count();
    };
    press(&mut app, "ob");
    for i in 0..touchpoints {
        let v = |k: usize| char::from(b'1' + u8::try_from((i + k) % 5).expect("small"));
        let digits: String = (0..9).map(v).collect();
        press(&mut app, &digits);
        press(&mut app, "v");
        if i + 1 < touchpoints {
            press(&mut app, "j");
        }
    }
    let w = app.walk.as_ref().expect("walk");
    let p = w.total_progress();
    assert_eq!(p.scored, touchpoints, "every touchpoint scored");
    for (_, _, tp) in w.audit.touchpoints() {
        assert_eq!(
            tp.ratings.len(),
            3,
            "{}: every participant rated it",
            tp.name
        );
        assert!(
            tp.ratings
                .iter()
                .all(|r| r.frequency.is_some() && r.impact.is_some() && r.satisfaction.is_some())
        );
    }
    assert_eq!(pressed, 2 + touchpoints * (3 * 3 + 2) - 1);
}

#[test]
fn round_robin_starts_with_the_first_participant_not_the_last_added() {
    let mut app = walk_app(room_audit(Lang::En));
    // The last one added is the active participant, as after `+` in the walk.
    app.walk.as_mut().expect("walk").participant = 2;
    keys(&mut app, "o");
    assert_eq!(
        app.walk.as_ref().expect("walk").participant,
        0,
        "the first has the turn"
    );
    keys(&mut app, "222");
    assert_eq!(
        cursor(&app),
        (0, 0, tpaudit::model::Scale::Frequency),
        "the touchpoint stays"
    );
    assert_eq!(
        app.walk.as_ref().expect("walk").participant,
        1,
        "then the second"
    );
    keys(&mut app, "333444");
    assert_eq!(all_scores(&app, (0, 0)).len(), 3, "all three scored it");
    assert_eq!(
        cursor(&app),
        (0, 1, tpaudit::model::Scale::Frequency),
        "then it moves on"
    );
}

#[test]
fn a_stray_digit_never_changes_a_hidden_rating() {
    let mut app = walk_app(room_audit(Lang::En));
    keys(&mut app, "ob");
    keys(&mut app, "452333152");
    assert_eq!(
        cursor(&app),
        (0, 0, tpaudit::model::Scale::Frequency),
        "held for the reveal"
    );
    let before = all_scores(&app, (0, 0));
    keys(&mut app, "5");
    assert_eq!(
        all_scores(&app, (0, 0)),
        before,
        "the first rating is kept, unseen"
    );
    assert!(
        flash(&app).unwrap_or_default().contains("kept"),
        "{:?}",
        flash(&app)
    );
    // Revealed, a digit changes the rating as usual.
    keys(&mut app, "v5");
    assert_eq!(all_scores(&app, (0, 0))[0].0, Some(5));
}
