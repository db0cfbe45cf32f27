use super::*;
use crate::model::testing::{self, tp};
use crate::model::{Quadrant, Touchpoint};

fn na(id: &str) -> Touchpoint {
    let mut t = tp(id, None);
    t.not_applicable = true;
    t
}

fn audit(tps: Vec<Touchpoint>) -> Audit {
    testing::audit(vec![tps])
}

/// The first id each ranked entry has, in rank order.
fn ranked_ids(audits: &[&Audit], c: &Combined) -> Vec<String> {
    c.ranked
        .iter()
        .map(|r| {
            let row = &c.entries[r.key].row;
            let (k, (s, t)) = row.shown_in();
            audits[k].stages[s].touchpoints[t].id.clone()
        })
        .collect()
}

#[test]
fn each_scale_is_the_mean_over_the_audits_that_scored_it() {
    let a = audit(vec![tp("x", Some([5, 5, 1])), tp("y", Some([2, 2, 2]))]);
    let b = audit(vec![tp("x", Some([4, 4, 2])), tp("y", None)]);
    let c = audit(vec![tp("x", Some([3, 5, 3])), na("y")]);
    let audits = [&a, &b, &c];
    let combined = combine(&audits, CrosshairMode::Midpoint);
    let x = &combined.entries[0];
    assert_eq!(
        x.scores,
        Some(Scores {
            frequency: Frac::int(4),
            impact: Frac::new(14, 3),
            satisfaction: Frac::int(2)
        })
    );
    assert_eq!(x.audits(), 3);
    // Priorities 125, 64 and 45: the first audit is the worst.
    assert_eq!(x.worst(), Some(0));
    let spread = x.spread().expect("scored");
    assert_eq!(
        (
            spread.frequency,
            spread.impact,
            spread.satisfaction,
            spread.priority
        ),
        (Frac::int(2), Frac::int(1), Frac::int(2), Frac::int(80))
    );
    let y = &combined.entries[1];
    assert_eq!(y.scores.map(|s| s.priority()), Some(Frac::int(16)));
    assert_eq!((y.audits(), y.worst()), (1, Some(0)));
    let first = &combined.ranked[0];
    // Impact 4.67 and satisfaction 2: critical, and fix first.
    assert!(first.critical && first.quadrant == Quadrant::FixFirst);
}

#[test]
fn the_worst_audit_on_a_tie_is_the_first_given() {
    let a = audit(vec![tp("x", Some([2, 2, 2]))]);
    let b = audit(vec![tp("x", Some([4, 4, 4]))]);
    let c = audit(vec![tp("x", Some([4, 4, 4]))]);
    let combined = combine(&[&a, &b, &c], CrosshairMode::Midpoint);
    // 16, 32, 32: b and c tie, b comes first.
    assert_eq!(combined.entries[0].worst(), Some(1));
}

#[test]
fn ties_keep_the_first_audits_order_then_later_touchpoints() {
    // Every touchpoint ends with the same scores, so only the order breaks the tie.
    let a = audit(vec![tp("b", Some([3, 3, 3])), tp("a", Some([3, 3, 3]))]);
    let b = audit(vec![
        tp("new", Some([3, 3, 3])),
        tp("a", Some([3, 3, 3])),
        tp("b", Some([3, 3, 3])),
    ]);
    let audits = [&a, &b];
    let combined = combine(&audits, CrosshairMode::Midpoint);
    assert_eq!(ranked_ids(&audits, &combined), ["b", "a", "new"]);
}

#[test]
fn unscored_everywhere_and_not_applicable_everywhere_are_apart() {
    let a = audit(vec![tp("u", None), na("n"), na("m")]);
    let b = audit(vec![tp("u", Some([1, 1, 1])), na("n"), tp("m", None)]);
    let c = audit(vec![tp("u", None), na("n"), tp("m", None)]);
    let combined = combine(&[&a, &b, &c], CrosshairMode::Midpoint);
    assert_eq!(combined.ranked.len(), 1);
    assert_eq!(combined.not_applicable, vec![1]);
    assert_eq!(combined.unscored, vec![2]);
}

#[test]
fn the_mean_crosshair_is_over_the_combined_scores() {
    let a = audit(vec![tp("x", Some([3, 5, 1])), tp("y", Some([3, 1, 5]))]);
    let b = audit(vec![tp("x", Some([3, 3, 1])), tp("y", Some([3, 1, 3]))]);
    let combined = combine(&[&a, &b], CrosshairMode::DataMean);
    // Means: x I 4 S 1, y I 1 S 4; crosshair I 2.5 S 2.5.
    assert_eq!(
        (combined.crosshair.impact, combined.crosshair.satisfaction),
        (Frac::new(5, 2), Frac::new(5, 2))
    );
}

#[test]
fn a_disjoint_audit_is_found() {
    let a = audit(vec![tp("x", None)]);
    let mut b = audit(vec![tp("z", None)]);
    b.stages[0].name = "Other".into();
    assert_eq!(
        combine(&[&a, &b], CrosshairMode::Midpoint).disjoint(),
        Some(1)
    );
    assert_eq!(combine(&[&a, &a], CrosshairMode::Midpoint).disjoint(), None);
}
