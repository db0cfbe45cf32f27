//! Every rule of the scoring method in PRODUCT.md, one test each.

use jiff::Timestamp;
use tpaudit::model::score::{self, Status};
use tpaudit::model::{
    Agreed, Audit, CrosshairMode, Frac, Lang, Participant, Quadrant, Rating, Scale, Stage,
    Touchpoint, fmt_num, rank,
};

fn t0() -> Timestamp {
    "2026-01-01T00:00:00Z".parse().expect("valid timestamp")
}

fn rating(p: &str, f: Option<u8>, i: Option<u8>, s: Option<u8>) -> Rating {
    Rating {
        participant: p.into(),
        frequency: f,
        impact: i,
        satisfaction: s,
    }
}

fn tp(id: &str, ratings: Vec<Rating>) -> Touchpoint {
    Touchpoint {
        ratings,
        ..Touchpoint::new(id, id)
    }
}

fn scored(id: &str, f: u8, i: u8, s: u8) -> Touchpoint {
    tp(id, vec![rating("p1", Some(f), Some(i), Some(s))])
}

/// An audit with three participants and the given stages of touchpoints.
fn audit(stages: Vec<Vec<Touchpoint>>) -> Audit {
    let mut a = Audit::new("t", Lang::En, t0());
    a.participants = ["p1", "p2", "p3"]
        .iter()
        .map(|id| Participant {
            id: id.to_string(),
            name: id.to_uppercase(),
        })
        .collect();
    a.stages = stages
        .into_iter()
        .enumerate()
        .map(|(i, tps)| Stage {
            touchpoints: tpaudit::model::shared(tps),
            ..Stage::new(format!("s{i}"), format!("S{i}"))
        })
        .collect();
    a
}

fn ranked_ids(a: &Audit) -> Vec<String> {
    rank(a, CrosshairMode::Midpoint)
        .ranked
        .iter()
        .map(|r| a.stages[r.at.0].touchpoints[r.at.1].id.clone())
        .collect()
}

#[test]
fn effective_score_is_mean_of_given_ratings() {
    let t = tp(
        "a",
        vec![
            rating("p1", Some(4), Some(5), Some(2)),
            rating("p2", Some(5), None, Some(3)),
            rating("p3", Some(5), Some(4), None),
        ],
    );
    assert_eq!(
        score::effective(&t, Scale::Frequency),
        Some(Frac::new(14, 3))
    );
    assert_eq!(score::effective(&t, Scale::Impact), Some(Frac::new(9, 2)));
    assert_eq!(
        score::effective(&t, Scale::Satisfaction),
        Some(Frac::new(5, 2))
    );
    assert_eq!(score::effective(&tp("b", vec![]), Scale::Impact), None);
}

#[test]
fn spread_is_max_minus_min_and_two_needs_discussion() {
    let one = tp("a", vec![rating("p1", Some(3), Some(3), Some(3))]);
    assert_eq!(score::spread(&one, Scale::Frequency), Some(0));
    assert!(!score::needs_discussion(&one));
    let near = tp(
        "b",
        vec![
            rating("p1", Some(3), Some(3), Some(3)),
            rating("p2", Some(4), Some(2), Some(3)),
        ],
    );
    assert_eq!(score::spread(&near, Scale::Impact), Some(1));
    assert!(!score::needs_discussion(&near), "spread 1 is agreement");
    let far = tp(
        "c",
        vec![
            rating("p1", Some(3), Some(3), Some(1)),
            rating("p2", Some(3), Some(3), Some(3)),
        ],
    );
    assert_eq!(score::spread(&far, Scale::Satisfaction), Some(2));
    assert!(score::needs_discussion(&far), "spread 2 needs discussion");
    assert_eq!(score::spread(&tp("d", vec![]), Scale::Frequency), None);
}

#[test]
fn an_agreed_value_replaces_the_mean_and_settles_the_discussion() {
    let mut t = tp(
        "a",
        vec![
            rating("p1", Some(2), Some(5), Some(1)),
            rating("p2", Some(4), Some(4), Some(4)),
        ],
    );
    assert!(
        score::needs_discussion(&t),
        "frequency and satisfaction spread by 2 or more"
    );
    t.agreed = Some(Agreed {
        satisfaction: Some(2),
        ..Agreed::default()
    });
    assert_eq!(
        score::effective(&t, Scale::Satisfaction),
        Some(Frac::int(2))
    );
    assert_eq!(
        score::mean(&t, Scale::Satisfaction),
        Some(Frac::new(5, 2)),
        "ratings are kept"
    );
    assert_eq!(
        score::effective(&t, Scale::Frequency),
        Some(Frac::int(3)),
        "no agreement: the mean"
    );
    assert_eq!(score::spread(&t, Scale::Satisfaction), Some(3));
    assert!(
        score::needs_discussion(&t),
        "frequency still spreads by 2 and has no agreed value"
    );
    t.agreed = Some(Agreed {
        frequency: Some(3),
        satisfaction: Some(2),
        ..Agreed::default()
    });
    assert!(
        !score::needs_discussion(&t),
        "every far-apart scale is agreed"
    );
    // The agreed values flow into priority and criticality like any effective score.
    let Status::Scored(s) = score::status(&t) else {
        panic!("scored")
    };
    assert_eq!(s.priority(), Frac::int(3) * Frac::new(9, 2) * Frac::int(4));
    assert!(s.critical(), "impact 4.5 and an agreed satisfaction of 2");
    // An agreed value alone scores a scale nobody rated.
    let mut lone = tp("b", vec![rating("p1", Some(3), None, Some(3))]);
    assert_eq!(score::status(&lone), Status::Unscored);
    lone.agreed = Some(Agreed {
        impact: Some(5),
        ..Agreed::default()
    });
    assert!(matches!(score::status(&lone), Status::Scored(_)));
}

#[test]
fn priority_is_frequency_times_impact_times_gap() {
    let Status::Scored(s) = score::status(&scored("a", 4, 5, 2)) else {
        panic!("scored")
    };
    assert_eq!(s.gap(), Frac::int(4));
    assert_eq!(s.priority(), Frac::int(80));
    let Status::Scored(min) = score::status(&scored("b", 1, 1, 5)) else {
        panic!("scored")
    };
    assert_eq!(min.priority(), Frac::int(1));
    let Status::Scored(max) = score::status(&scored("c", 5, 5, 1)) else {
        panic!("scored")
    };
    assert_eq!(max.priority(), Frac::int(125));
}

#[test]
fn priority_uses_effective_means() {
    // F = (4+5)/2 = 4.5, I = 3, S = (2+3)/2 = 2.5 → gap 3.5 → 4.5 × 3 × 3.5 = 47.25
    let t = tp(
        "a",
        vec![
            rating("p1", Some(4), Some(3), Some(2)),
            rating("p2", Some(5), Some(3), Some(3)),
        ],
    );
    let Status::Scored(s) = score::status(&t) else {
        panic!("scored")
    };
    assert_eq!(s.priority(), Frac::new(189, 4));
    assert_eq!(fmt_num(s.priority()), "47.3");
}

#[test]
fn critical_needs_impact_at_least_4_5_and_satisfaction_at_most_2() {
    let crit = |ratings: Vec<Rating>| match score::status(&tp("x", ratings)) {
        Status::Scored(s) => s.critical(),
        other => panic!("expected scored, got {other:?}"),
    };
    assert!(crit(vec![rating("p1", Some(1), Some(5), Some(2))]));
    assert!(
        !crit(vec![rating("p1", Some(1), Some(4), Some(2))]),
        "impact 4 is not critical"
    );
    assert!(
        !crit(vec![rating("p1", Some(1), Some(5), Some(3))]),
        "satisfaction 3 is not critical"
    );
    // impact (4+5)/2 = 4.5 is the boundary: critical
    assert!(crit(vec![
        rating("p1", Some(1), Some(4), Some(2)),
        rating("p2", Some(1), Some(5), Some(2))
    ]));
    // satisfaction (2+3)/2 = 2.5 is above 2.0: not critical
    assert!(!crit(vec![
        rating("p1", Some(1), Some(5), Some(2)),
        rating("p2", Some(1), Some(5), Some(3))
    ]));
}

#[test]
fn unscored_and_not_applicable_are_never_ranked() {
    let mut na = scored("na", 5, 5, 1);
    na.not_applicable = true;
    let partial = tp("partial", vec![rating("p1", Some(5), Some(5), None)]);
    let split = tp(
        "split",
        vec![
            rating("p1", Some(5), None, None),
            rating("p2", None, Some(5), Some(1)),
        ],
    );
    let a = audit(vec![vec![
        na,
        partial,
        tp("empty", vec![]),
        split,
        scored("ok", 1, 1, 5),
    ]]);
    let r = rank(&a, CrosshairMode::Midpoint);
    // "split" is scored: each scale has a rating from someone.
    assert_eq!(ranked_ids(&a), vec!["split", "ok"]);
    assert_eq!(r.unscored, vec![(0, 1), (0, 2)]);
    assert_eq!(r.not_applicable, vec![(0, 0)]);
    assert_eq!(score::progress(a.stages[0].touchpoints.iter()).scored, 2);
    assert_eq!(
        score::progress(a.stages[0].touchpoints.iter()).not_applicable,
        1
    );
}

#[test]
fn critical_comes_before_higher_priority() {
    // "crit": 1 × 5 × 4 = 20, critical. "big": 5 × 4 × 5 = 100, not critical.
    let a = audit(vec![vec![scored("big", 5, 4, 1), scored("crit", 1, 5, 2)]]);
    assert_eq!(ranked_ids(&a), vec!["crit", "big"]);
}

#[test]
fn priority_descending_among_non_critical() {
    let a = audit(vec![vec![
        scored("low", 1, 2, 4),
        scored("high", 4, 4, 3),
        scored("mid", 3, 3, 3),
    ]]);
    assert_eq!(ranked_ids(&a), vec!["high", "mid", "low"]);
}

#[test]
fn ties_broken_by_impact_then_frequency_then_checklist_order() {
    // All three have priority 24; they differ in impact and frequency.
    let a = audit(vec![
        vec![
            scored("f4i3", 4, 3, 4), // 4×3×2 = 24
            scored("f3i4", 3, 4, 4), // 3×4×2 = 24, higher impact
            scored("f2i4", 2, 4, 3), // 2×4×3 = 24, same impact as f3i4, lower frequency
        ],
        vec![scored("later", 3, 4, 4)], // same as f3i4 in everything: checklist order decides
    ]);
    assert_eq!(ranked_ids(&a), vec!["f3i4", "later", "f2i4", "f4i3"]);
}

#[test]
fn checklist_order_is_stage_order_then_position() {
    let a = audit(vec![
        vec![scored("a", 2, 2, 4)],
        vec![scored("b", 2, 2, 4), scored("c", 2, 2, 4)],
    ]);
    assert_eq!(ranked_ids(&a), vec!["a", "b", "c"]);
}

#[test]
fn ranks_are_consecutive_from_one() {
    let a = audit(vec![vec![
        scored("a", 2, 2, 4),
        scored("b", 2, 2, 4),
        scored("c", 5, 5, 1),
    ]]);
    let ranks: Vec<usize> = rank(&a, CrosshairMode::Midpoint)
        .ranked
        .iter()
        .map(|r| r.rank)
        .collect();
    assert_eq!(ranks, vec![1, 2, 3]);
}

#[test]
fn quadrants_at_midpoint_use_strictly_above() {
    let a = audit(vec![vec![
        scored("keep", 3, 4, 4),
        scored("fix", 3, 4, 3),  // satisfaction 3 is not high
        scored("over", 3, 3, 5), // impact 3 is not high
        scored("low", 3, 3, 3),
    ]]);
    let r = rank(&a, CrosshairMode::Midpoint);
    let q = |id: &str| {
        let at = a.find_touchpoint(id).expect("exists");
        r.find(at).expect("ranked").quadrant
    };
    assert_eq!(q("keep"), Quadrant::KeepUp);
    assert_eq!(q("fix"), Quadrant::FixFirst);
    assert_eq!(q("over"), Quadrant::Overkill);
    assert_eq!(q("low"), Quadrant::LowPriority);
    assert_eq!(r.crosshair.impact, Frac::int(3));
    assert_eq!(r.crosshair.satisfaction, Frac::int(3));
}

#[test]
fn data_mean_crosshair_uses_means_of_scored_touchpoints() {
    let mut na = scored("na", 5, 1, 1);
    na.not_applicable = true;
    // impacts 5, 4, 3 → mean 4; satisfactions 5, 2, 2 → mean 3
    let a = audit(vec![vec![
        scored("a", 3, 5, 5),
        scored("b", 3, 4, 2),
        scored("c", 3, 3, 2),
        na,
    ]]);
    let r = rank(&a, CrosshairMode::DataMean);
    assert_eq!(r.crosshair.impact, Frac::int(4));
    assert_eq!(r.crosshair.satisfaction, Frac::int(3));
    let q = |id: &str| {
        r.find(a.find_touchpoint(id).expect("exists"))
            .expect("ranked")
            .quadrant
    };
    assert_eq!(q("a"), Quadrant::KeepUp);
    assert_eq!(
        q("b"),
        Quadrant::LowPriority,
        "impact 4 is not above the mean 4"
    );
    assert_eq!(q("c"), Quadrant::LowPriority);
    // At the midpoint the same "b" is fix_first.
    let m = rank(&a, CrosshairMode::Midpoint);
    assert_eq!(
        m.find(a.find_touchpoint("b").expect("exists"))
            .expect("ranked")
            .quadrant,
        Quadrant::FixFirst
    );
}

#[test]
fn data_mean_with_nothing_scored_is_the_midpoint() {
    let a = audit(vec![vec![tp("a", vec![])]]);
    assert_eq!(
        rank(&a, CrosshairMode::DataMean).crosshair.impact,
        Frac::int(3)
    );
}

#[test]
fn needs_discussion_is_carried_into_the_ranking() {
    let t = tp(
        "a",
        vec![
            rating("p1", Some(1), Some(5), Some(2)),
            rating("p2", Some(3), Some(5), Some(2)),
        ],
    );
    let a = audit(vec![vec![t, scored("b", 1, 1, 1)]]);
    let r = rank(&a, CrosshairMode::Midpoint);
    assert!(r.ranked[0].needs_discussion);
    assert!(!r.ranked[1].needs_discussion);
}

#[test]
fn numbers_have_at_most_one_decimal() {
    assert_eq!(fmt_num(4.0), "4");
    assert_eq!(fmt_num(4.5), "4.5");
    assert_eq!(fmt_num(37.5), "37.5");
    assert_eq!(fmt_num(14.0 / 3.0), "4.7");
    assert_eq!(fmt_num(125.0), "125");
    assert_eq!(fmt_num(2.96), "3");
}

#[test]
fn set_score_adds_and_clears_ratings() {
    let mut t = Touchpoint::new("a", "A");
    t.set_score("p2", Scale::Impact, Some(4));
    assert_eq!(t.rating("p2").and_then(|r| r.impact), Some(4));
    t.set_score("p2", Scale::Impact, None);
    assert!(t.ratings.is_empty(), "an empty rating is dropped");
    t.set_score("p1", Scale::Frequency, None);
    assert!(t.ratings.is_empty());
}
