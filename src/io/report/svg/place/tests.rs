use proptest::prelude::*;

use super::shapes::{HALF_POINT_X, HALF_POINT_Y};
use super::*;
use crate::io::report::svg::{px, py, region};
use crate::model::{CrosshairMode, Frac, Scores};

/// A score as a mean of one to three ratings, as the method makes it.
fn score() -> impl Strategy<Value = Frac> {
    prop::collection::vec(1u8..=5, 1..=3).prop_map(|v| Frac::mean_of(v).expect("ratings"))
}

fn scores() -> impl Strategy<Value = Vec<Scores>> {
    prop::collection::vec((score(), score(), score()), 1..=100).prop_map(|v| {
        v.into_iter()
            .map(|(frequency, impact, satisfaction)| Scores {
                frequency,
                impact,
                satisfaction,
            })
            .collect()
    })
}

fn marks(all: &[Scores], c: Crosshair) -> Vec<Mark<'static>> {
    all.iter()
        .enumerate()
        .map(|(i, s)| Mark {
            rank: i + 1,
            name: "t",
            scores: *s,
            priority: s.priority(),
            quadrant: c.quadrant(s),
        })
        .collect()
}

const EPS: f64 = 1e-6;

/// No bubble is drawn past one with a different score on either axis, nor more than half a
/// scale point from its scores, nor outside its quadrant.
fn check(marks: &[Mark], at: &[Placed], c: Crosshair) -> Result<(), TestCaseError> {
    for (i, (m, p)) in marks.iter().zip(at).enumerate() {
        let (s, im) = (m.scores.satisfaction, m.scores.impact);
        prop_assert!(
            (p.x - px(s)).abs() <= HALF_POINT_X + EPS,
            "#{i} moved {} px",
            p.x - px(s)
        );
        prop_assert!(
            (p.y - py(im)).abs() <= HALF_POINT_Y + EPS,
            "#{i} moved {} px",
            p.y - py(im)
        );
        let (x0, y0, x1, y1) = region(m.quadrant, c);
        prop_assert!(p.x >= x0 - EPS && p.x <= x1 + EPS && p.y >= y0 - EPS && p.y <= y1 + EPS);
        for (j, (n, q)) in marks.iter().zip(at).enumerate() {
            if s < n.scores.satisfaction {
                prop_assert!(
                    p.x <= q.x + EPS,
                    "#{i} (S {s}) drawn right of #{j} (S {})",
                    n.scores.satisfaction
                );
            }
            if im < n.scores.impact {
                prop_assert!(
                    p.y >= q.y - EPS,
                    "#{i} (I {im}) drawn above #{j} (I {})",
                    n.scores.impact
                );
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn bubbles_keep_the_order_of_their_scores_and_stay_within_half_a_point(
        all in scores(),
        mean in any::<bool>(),
    ) {
        let mode = if mean { CrosshairMode::DataMean } else { CrosshairMode::Midpoint };
        let c = Crosshair::for_mode(mode, &all);
        let marks = marks(&all, c);
        let at = place(&marks, c, Lang::En);
        check(&marks, &at, c)?;
    }
}

/// The case the issue reported: impact 3 against impact 2, both at satisfaction 1, among a
/// hundred bubbles: the impact 3 bubble is never drawn below the impact 2 one.
#[test]
fn a_crowded_corner_keeps_impact_order() {
    let mut all: Vec<Scores> = (0..100)
        .map(|k| Scores {
            frequency: Frac::from(k % 5 + 1),
            impact: Frac::from(k % 3 + 1),
            satisfaction: Frac::ONE + Frac::new(i128::from(k % 2), 3),
        })
        .collect();
    all[12] = Scores {
        frequency: Frac::int(1),
        impact: Frac::int(3),
        satisfaction: Frac::int(1),
    };
    let c = Crosshair::MIDPOINT;
    let marks = marks(&all, c);
    let at = place(&marks, c, Lang::En);
    for (m, p) in marks.iter().zip(&at) {
        if m.scores.impact == Frac::int(2) {
            assert!(
                at[12].y <= p.y + EPS,
                "impact 3 drawn at {} below impact 2 at {}",
                at[12].y,
                p.y
            );
        }
    }
}

#[test]
fn a_shared_bubble_is_labelled_with_its_best_rank_and_how_many_others() {
    assert_eq!(label(&[13]), "13");
    assert_eq!(label(&[7, 5]), "5,7");
    let fifteen: Vec<usize> = (13..28).rev().collect();
    assert_eq!(label(&fifteen), "13+14");
}

/// Fifteen touchpoints on one spot, as at a hundred touchpoints on the midpoint crosshair's
/// corner: they cannot all be readable within half a point, so they share bubbles, and every
/// touchpoint of a shared bubble is drawn at that bubble's place.
#[test]
fn touchpoints_on_one_crowded_spot_share_a_bubble() {
    let all: Vec<Scores> = (0..15)
        .map(|k| Scores {
            frequency: Frac::from(k % 5 + 1),
            impact: Frac::int(3),
            satisfaction: Frac::int(3),
        })
        .collect();
    let c = Crosshair::MIDPOINT;
    let marks = marks(&all, c);
    let at = place(&marks, c, Lang::En);
    let leads: std::collections::BTreeSet<usize> = at.iter().map(|p| p.lead).collect();
    assert!(leads.len() < 15, "some touchpoints share a bubble");
    for (i, p) in at.iter().enumerate() {
        let lead = at[p.lead];
        assert_eq!(
            (p.x, p.y, p.r),
            (lead.x, lead.y, lead.r),
            "#{i} at its bubble"
        );
        assert!(marks[p.lead].rank <= marks[i].rank, "the best rank leads");
    }
    check(&marks, &at, c).expect("order and half a point kept");
}
