use super::*;
use crate::model::testing::{audit, tp};
use crate::model::{Action, Participant, Rating, Touchpoint};

fn done(mut t: Touchpoint) -> Touchpoint {
    t.action = Some(Action {
        action: "fix it".into(),
        status: ActionStatus::Done,
        ..Action::default()
    });
    t
}

/// The id a row shows, from the audit whose names it takes.
fn id(audits: &[&Audit], row: &Row) -> String {
    let (k, (s, t)) = row.shown_in();
    audits[k].stages[s].touchpoints[t].id.clone()
}

#[test]
fn rows_follow_the_after_ranking_then_its_unranked_then_the_removed() {
    let before = audit(vec![
        vec![tp("a", Some([5, 5, 1])), tp("gone1", Some([1, 1, 1]))],
        vec![tp("b", Some([2, 2, 2])), tp("gone2", None)],
    ]);
    let mut na = tp("na", None);
    na.not_applicable = true;
    let after = audit(vec![
        vec![tp("new", Some([3, 3, 3])), tp("a", Some([5, 5, 4])), na],
        vec![tp("b", None), tp("c", Some([5, 5, 5]))],
    ]);
    let audits = [&before, &after];
    let c = compare(&audits, CrosshairMode::Midpoint);
    let ids: Vec<String> = c.rows.iter().map(|r| id(&audits, r)).collect();
    // Ranked after: a (50), new (27), c (25); then unranked in checklist order; then removed.
    assert_eq!(ids, ["a", "new", "c", "na", "b", "gone1", "gone2"]);
    let presence: Vec<&str> = c.rows.iter().map(|r| r.presence().key()).collect();
    assert_eq!(
        presence,
        [
            "kept", "added", "added", "added", "kept", "removed", "removed"
        ]
    );
    assert_eq!(c.disjoint(), None);
}

#[test]
fn change_verdict_moves_and_critical() {
    let before = audit(vec![vec![
        tp("worse", Some([2, 2, 4])),
        tp("better", Some([5, 5, 1])),
        tp("same", Some([3, 4, 3])),
    ]]);
    let after = audit(vec![vec![
        tp("worse", Some([4, 4, 2])),
        tp("better", Some([5, 5, 4])),
        tp("same", Some([3, 4, 3])),
    ]]);
    let audits = [&before, &after];
    let c = compare(&audits, CrosshairMode::Midpoint);
    let row = |name: &str| c.rows.iter().find(|r| id(&audits, r) == name).expect("row");
    assert_eq!(row("worse").change(), Some(64.0 - 8.0));
    assert_eq!(row("worse").verdict(), Some(Verdict::Worsened));
    assert_eq!(
        row("worse").moved(),
        Some((Quadrant::Overkill, Quadrant::FixFirst))
    );
    assert_eq!(row("better").change(), Some(50.0 - 125.0));
    assert_eq!(row("better").verdict(), Some(Verdict::Improved));
    assert_eq!(row("better").critical_change(), Some(false));
    assert_eq!(
        row("better").moved(),
        Some((Quadrant::FixFirst, Quadrant::KeepUp))
    );
    assert_eq!(row("same").verdict(), Some(Verdict::Unchanged));
    assert_eq!(row("same").moved(), None);
    let s = c.summary;
    assert_eq!((s.improved, s.worsened, s.unchanged), (1, 1, 1));
    assert_eq!((s.critical_before, s.critical_after, s.moved), (1, 0, 2));
}

#[test]
fn the_change_is_between_the_priorities_as_shown() {
    // 10/3 × 5 × 1 = 16.666… shows as 16.7; 20 − 16.7 is 3.3, not 3.33….
    let mut before = audit(vec![vec![tp("a", None)]]);
    before.participants.push(Participant {
        id: "p2".into(),
        name: "Two".into(),
    });
    before.participants.push(Participant {
        id: "p3".into(),
        name: "Three".into(),
    });
    before.stages[0].touchpoints[0].ratings = [(3, "p1"), (3, "p2"), (4, "p3")]
        .into_iter()
        .map(|(f, p)| Rating {
            frequency: Some(f),
            impact: Some(5),
            satisfaction: Some(5),
            ..Rating::new(p)
        })
        .collect();
    let after = audit(vec![vec![tp("a", Some([4, 5, 5]))]]);
    let c = compare(&[&before, &after], CrosshairMode::Midpoint);
    let change = c.rows[0].change().expect("ranked in both");
    assert!((change - 3.3).abs() < 1e-9, "{change}");
}

#[test]
fn done_actions_are_those_done_since_the_first_audit() {
    let before = audit(vec![vec![
        tp("a", Some([5, 5, 1])),
        done(tp("b", Some([3, 3, 3]))),
        tp("c", Some([3, 3, 2])),
    ]]);
    let after = audit(vec![vec![
        done(tp("a", Some([5, 5, 3]))),
        done(tp("b", Some([3, 3, 3]))),
        done(tp("c", None)),
        done(tp("d", Some([2, 2, 2]))),
    ]]);
    let audits = [&before, &after];
    let c = compare(&audits, CrosshairMode::Midpoint);
    let got: Vec<(String, Option<Verdict>)> = c
        .done
        .iter()
        .map(|d| (id(&audits, &c.rows[d.row]), d.verdict))
        .collect();
    assert_eq!(
        got,
        vec![
            ("a".to_string(), Some(Verdict::Improved)),
            ("d".to_string(), None),
            ("c".to_string(), None),
        ]
    );
}

#[test]
fn audits_with_nothing_in_common_are_found() {
    let a = audit(vec![vec![tp("a", None)]]);
    let b = audit(vec![vec![tp("a", None)]]);
    let mut c = audit(vec![vec![tp("z", None)]]);
    c.stages[0].name = "Other".into();
    assert_eq!(
        compare(&[&a, &b, &c], CrosshairMode::Midpoint).disjoint(),
        Some(2)
    );
    assert_eq!(
        compare(&[&a, &c], CrosshairMode::Midpoint).disjoint(),
        Some(1)
    );
}

#[test]
fn a_series_runs_over_every_audit() {
    let a = audit(vec![vec![
        tp("x", Some([5, 5, 1])),
        tp("y", Some([1, 1, 1])),
    ]]);
    let b = audit(vec![vec![tp("x", Some([5, 5, 2]))]]);
    let c = audit(vec![vec![tp("x", Some([5, 5, 4])), tp("y", None)]]);
    let audits = [&a, &b, &c];
    let cmp = compare(&audits, CrosshairMode::Midpoint);
    let x = cmp.rows.iter().find(|r| id(&audits, r) == "x").expect("x");
    assert_eq!(x.series(), vec![Some(125.0), Some(100.0), Some(50.0)]);
    assert_eq!(x.change(), Some(-75.0));
    let y = cmp.rows.iter().find(|r| id(&audits, r) == "y").expect("y");
    assert_eq!(y.series(), vec![Some(5.0), None, None]);
    assert_eq!(y.presence(), Presence::Kept);
    assert_eq!(cmp.summary.not_comparable, 1);
}
