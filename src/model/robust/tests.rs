use super::*;
use crate::model::testing::audit;
use crate::model::{Agreed, Participant, Rating};

fn rated(id: &str, ratings: &[(&str, [u8; 3])]) -> Touchpoint {
    let mut t = Touchpoint::new(id, id.to_uppercase());
    t.ratings = ratings
        .iter()
        .map(|(p, [f, i, s])| Rating {
            frequency: Some(*f),
            impact: Some(*i),
            satisfaction: Some(*s),
            ..Rating::new(*p)
        })
        .collect();
    t
}

fn two_people(stages: Vec<Vec<Touchpoint>>) -> Audit {
    let mut a = audit(stages);
    a.participants = ["Anna", "Boris"]
        .iter()
        .enumerate()
        .map(|(i, n)| Participant {
            id: format!("p{}", i + 1),
            name: n.to_string(),
        })
        .collect();
    a
}

fn keys(rob: &Robustness) -> Vec<String> {
    rob.variants.iter().map(Variant::key).collect()
}

#[test]
fn a_solo_audit_has_three_variants_and_a_room_one_more_per_participant() {
    let solo = audit(vec![vec![rated("a", &[("p1", [3, 3, 3])])]]);
    let (_, rob) = of_audit(&solo, CrosshairMode::Midpoint);
    assert_eq!(keys(&rob), ["method", "no_critical_rule", "impact_gap"]);
    let room = two_people(vec![vec![rated("a", &[("p1", [3, 3, 3])])]]);
    let (_, rob) = of_audit(&room, CrosshairMode::Midpoint);
    assert_eq!(
        keys(&rob),
        [
            "method",
            "no_critical_rule",
            "impact_gap",
            "without:p1",
            "without:p2"
        ]
    );
}

#[test]
fn the_critical_rule_and_frequency_each_move_a_touchpoint() {
    // crit: F 1, I 5, S 2: critical, priority 20. big: F 5, I 4, S 2: 80. rare: F 1, I 5, S 1
    // critical too, priority 25, impact × gap 25.
    let a = audit(vec![vec![
        rated("big", &[("p1", [5, 4, 2])]),
        rated("crit", &[("p1", [1, 5, 2])]),
        rated("mid", &[("p1", [4, 3, 3])]),
    ]]);
    let (ranking, rob) = of_audit(&a, CrosshairMode::Midpoint);
    let order: Vec<TpRef> = ranking.ranked.iter().map(|r| r.at).collect();
    assert_eq!(order, [(0, 1), (0, 0), (0, 2)]);
    assert_eq!(rob.orders[1], [(0, 0), (0, 2), (0, 1)], "no critical rule");
    // impact × gap: crit 20 (critical first), big 16, mid 9.
    assert_eq!(rob.orders[2], [(0, 1), (0, 0), (0, 2)]);
    let crit = rob.of((0, 1)).expect("ranked");
    assert_eq!((crit.rank_min, crit.rank_max), (1, 3));
    assert_eq!(crit.ranks, [Some(1), Some(3), Some(1)]);
    assert_eq!(crit.moved_most(), Some((1, Some(3))));
    assert_eq!(
        reliance(&a, &rob, crit),
        Some(Reliance::CriticalRule { rank: 3 })
    );
    assert_eq!(
        rob.stable_top,
        [(0, 1), (0, 0), (0, 2)],
        "three touchpoints"
    );
}

#[test]
fn impact_times_gap_lifts_a_rare_decisive_moment() {
    let mut tps: Vec<Touchpoint> = (0..6)
        .map(|k| rated(&format!("c{k}"), &[("p1", [5, 3, 3])]))
        .collect();
    tps.push(rated("returns", &[("p1", [1, 4, 1])]));
    let a = audit(vec![tps]);
    let (_, rob) = of_audit(&a, CrosshairMode::Midpoint);
    let r = rob.of((0, 6)).expect("ranked");
    // Method: 45 × 6 above 20. Impact × gap: 20 above 9 × 6.
    assert_eq!((r.rank, r.ranks[2]), (7, Some(1)));
    assert_eq!(reliance(&a, &rob, r), Some(Reliance::Frequency { rank: 1 }));
    // The top three move down one place under impact × gap, no further.
    assert_eq!(rob.stable_top, [(0, 0), (0, 1), (0, 2)]);
    assert_eq!(rob.of((0, 0)).expect("ranked").rank_max, 2);
}

#[test]
fn without_a_participant_a_touchpoint_only_they_rated_drops_out() {
    let a = two_people(vec![vec![
        rated("both", &[("p1", [3, 3, 3]), ("p2", [3, 3, 3])]),
        rated("anna", &[("p1", [5, 5, 1])]),
    ]]);
    let (_, rob) = of_audit(&a, CrosshairMode::Midpoint);
    assert_eq!(rob.orders[3], [(0, 0)], "without Anna");
    let anna = rob.of((0, 1)).expect("ranked");
    assert_eq!(anna.ranks, [Some(1), Some(1), Some(1), None, Some(1)]);
    assert_eq!((anna.rank_min, anna.rank_max), (1, 1));
    assert!(!anna.stays_up());
    assert_eq!(rob.stable_top, [(0, 0)]);
    assert_eq!(
        reliance(&a, &rob, anna),
        Some(Reliance::Voice {
            participant: "p1".into(),
            rank: None,
            rating: Some((Scale::Satisfaction, 1)),
        })
    );
}

#[test]
fn an_agreed_value_holds_in_every_variant() {
    let mut t = rated("t", &[("p1", [3, 5, 1]), ("p2", [3, 5, 5])]);
    t.agreed = Some(Agreed {
        satisfaction: Some(2),
        ..Agreed::default()
    });
    let s = scores_without(&t, Some("p2")).expect("scored");
    assert_eq!(s.satisfaction, Frac::int(2));
    assert_eq!(scores_without(&t, Some("p1")), Some(s));
    // Only the agreed value moves satisfaction: 2 → 3 ends critical.
    assert!(near_critical(&t, &s));
}

#[test]
fn near_critical_when_one_point_on_one_rating_flips_it() {
    // I 5, 4 → 4.5 critical; 4, 4 → 4 is not.
    let edge = rated("e", &[("p1", [3, 5, 2]), ("p2", [3, 4, 2])]);
    let s = score::status(&edge);
    let score::Status::Scored(s) = s else {
        panic!("scored")
    };
    assert!(s.critical() && near_critical(&edge, &s));
    // I 5, 5 and S 1, 1: one point anywhere leaves it critical.
    let deep = rated("d", &[("p1", [3, 5, 1]), ("p2", [3, 5, 1])]);
    let score::Status::Scored(s) = score::status(&deep) else {
        panic!("scored")
    };
    assert!(s.critical() && !near_critical(&deep, &s));
    // Not critical by one point: S 3 → 2 with I 5.
    let near = rated("n", &[("p1", [3, 5, 3])]);
    let score::Status::Scored(s) = score::status(&near) else {
        panic!("scored")
    };
    assert!(!s.critical() && near_critical(&near, &s));
    // Thirds: S 3, 2, 2 = 7/3; one point down makes 2: critical.
    let thirds = rated(
        "t",
        &[("p1", [3, 5, 3]), ("p2", [3, 5, 2]), ("p3", [3, 5, 2])],
    );
    let score::Status::Scored(s) = score::status(&thirds) else {
        panic!("scored")
    };
    assert!(!s.critical() && near_critical(&thirds, &s));
}

#[test]
fn the_other_crosshair_gives_the_other_quadrant() {
    // Impacts 5, 4, 4 → mean 13/3; satisfaction 4, 4, 4 → mean 4.
    let a = audit(vec![vec![
        rated("a", &[("p1", [3, 5, 4])]),
        rated("b", &[("p1", [3, 4, 4])]),
        rated("c", &[("p1", [3, 4, 4])]),
    ]]);
    let (ranking, rob) = of_audit(&a, CrosshairMode::Midpoint);
    assert_eq!(ranking.ranked[1].quadrant, Quadrant::KeepUp);
    let b = rob.of((0, 1)).expect("ranked");
    assert_eq!(b.quadrant_other_crosshair, Quadrant::LowPriority);
    let (_, back) = of_audit(&a, CrosshairMode::DataMean);
    assert_eq!(
        back.of((0, 1)).expect("ranked").quadrant_other_crosshair,
        Quadrant::KeepUp
    );
}
