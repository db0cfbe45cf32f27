//! The three-way merge on small audits, and its laws on random edits.

use super::merge3;
use crate::model::testing::{audit, tp};
use crate::model::validate;
use crate::model::{Audit, Participant, Scale, Touchpoint};
use proptest::prelude::*;

fn base() -> Audit {
    audit(vec![
        vec![tp("a", Some([3, 3, 3])), tp("b", None)],
        vec![tp("c", Some([2, 4, 1]))],
    ])
}

fn tp_mut<'a>(a: &'a mut Audit, id: &str) -> &'a mut Touchpoint {
    let (s, t) = a.find_touchpoint(id).unwrap();
    &mut a.stages[s].touchpoints[t]
}

#[test]
fn different_touchpoints_combine() {
    let b = base();
    let mut o = b.clone();
    let mut t = b.clone();
    tp_mut(&mut o, "a").set_score("p1", Scale::Impact, Some(5));
    tp_mut(&mut t, "c").notes = "slow".into();
    tp_mut(&mut t, "a").set_score("p1", Scale::Frequency, Some(1));
    let m = merge3(&b, &o, &t);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let a = m.audit;
    assert_eq!(
        tp_mut(&mut a.clone(), "a").rating("p1").unwrap().impact,
        Some(5)
    );
    assert_eq!(
        tp_mut(&mut a.clone(), "a").rating("p1").unwrap().frequency,
        Some(1)
    );
    assert_eq!(tp_mut(&mut a.clone(), "c").notes, "slow");
}

#[test]
fn both_add_a_touchpoint_with_the_same_id_keeps_both() {
    let b = base();
    let mut o = b.clone();
    let mut t = b.clone();
    let mut x = Touchpoint::new("new-touchpoint", "Phone call");
    x.set_score("p1", Scale::Impact, Some(4));
    o.stages[0].touchpoints.push(x.into());
    let mut y = Touchpoint::new("new-touchpoint", "Letter");
    y.set_score("p1", Scale::Impact, Some(2));
    t.stages[0].touchpoints.push(y.into());
    let m = merge3(&b, &o, &t);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    let names: Vec<&str> = m.audit.stages[0]
        .touchpoints
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(names, ["A", "B", "Phone call", "Letter"]);
    assert!(validate(&m.audit).is_empty(), "{:?}", validate(&m.audit));
}

#[test]
fn both_add_a_participant_keeps_both_with_their_ratings() {
    let b = base();
    let mut o = b.clone();
    let mut t = b.clone();
    o.participants.push(Participant {
        id: "p2".into(),
        name: "Ann".into(),
    });
    tp_mut(&mut o, "a").set_score("p2", Scale::Impact, Some(5));
    t.participants.push(Participant {
        id: "p2".into(),
        name: "Bob".into(),
    });
    tp_mut(&mut t, "a").set_score("p2", Scale::Impact, Some(1));
    let m = merge3(&b, &o, &t);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(m.audit.participants.len(), 3);
    let bob = m
        .audit
        .participants
        .iter()
        .find(|p| p.name == "Bob")
        .unwrap();
    let a = &m.audit.stages[0].touchpoints[0];
    assert_eq!(a.rating("p2").unwrap().impact, Some(5));
    assert_eq!(a.rating(&bob.id).unwrap().impact, Some(1));
    assert!(validate(&m.audit).is_empty());
}

#[test]
fn the_same_field_changed_differently_is_a_conflict_keeping_ours() {
    let b = base();
    let mut o = b.clone();
    let mut t = b.clone();
    tp_mut(&mut o, "c").notes = "mine".into();
    tp_mut(&mut t, "c").notes = "yours".into();
    tp_mut(&mut o, "a").set_score("p1", Scale::Impact, Some(5));
    tp_mut(&mut t, "a").set_score("p1", Scale::Impact, Some(1));
    let m = merge3(&b, &o, &t);
    assert_eq!(m.conflicts.len(), 2, "{:?}", m.conflicts);
    assert!(m.conflicts[0].place.contains("touchpoint 'A'"));
    assert_eq!(
        (m.conflicts[0].ours.as_str(), m.conflicts[0].theirs.as_str()),
        ("5", "1")
    );
    assert_eq!(m.conflicts[1].ours, "\"mine\"");
    assert_eq!(m.audit, o);
}

#[test]
fn a_deletion_merges_with_changes_elsewhere() {
    let b = base();
    let mut o = b.clone();
    let mut t = b.clone();
    o.stages[0].touchpoints.remove(1);
    tp_mut(&mut t, "c").notes = "x".into();
    let m = merge3(&b, &o, &t);
    assert!(m.conflicts.is_empty());
    assert!(m.audit.find_touchpoint("b").is_none());
    assert_eq!(tp_mut(&mut m.audit.clone(), "c").notes, "x");
}

fn edit() -> impl Strategy<Value = (usize, usize, Option<u8>, u8)> {
    (0..3usize, 0..3usize, proptest::option::of(1..=5u8), 0..3u8)
}

fn apply(a: &mut Audit, edits: &[(usize, usize, Option<u8>, u8)]) {
    let ids = ["a", "b", "c"];
    for &(t, s, v, what) in edits {
        let tp = tp_mut(a, ids[t]);
        match what {
            0 => tp.set_score("p1", Scale::ALL[s], v),
            1 => tp.notes = format!("note {v:?}"),
            _ => tp.not_applicable = v.is_some(),
        }
    }
}

proptest! {
    #[test]
    fn merging_with_an_unchanged_side_gives_the_other(
        edits in proptest::collection::vec(edit(), 0..6)
    ) {
        let b = base();
        let mut x = b.clone();
        apply(&mut x, &edits);
        let m = merge3(&b, &x, &b);
        prop_assert!(m.conflicts.is_empty());
        prop_assert_eq!(&m.audit, &x);
        let m = merge3(&b, &b, &x);
        prop_assert!(m.conflicts.is_empty());
        prop_assert_eq!(&m.audit, &x);
        let m = merge3(&b, &x, &x);
        prop_assert!(m.conflicts.is_empty());
        prop_assert_eq!(&m.audit, &x);
    }

    #[test]
    fn edits_of_different_touchpoints_both_survive(
        eo in proptest::collection::vec(edit(), 0..6),
        et in proptest::collection::vec(edit(), 0..6),
    ) {
        // OURS edits touchpoint a only, THEIRS b and c.
        let eo: Vec<_> = eo.into_iter().map(|e| (0, e.1, e.2, e.3)).collect();
        let et: Vec<_> = et.into_iter().map(|e| (1 + e.0 % 2, e.1, e.2, e.3)).collect();
        let b = base();
        let (mut o, mut t) = (b.clone(), b.clone());
        apply(&mut o, &eo);
        apply(&mut t, &et);
        let m = merge3(&b, &o, &t);
        prop_assert!(m.conflicts.is_empty());
        let mut want = o.clone();
        want.stages[0].touchpoints[1] = t.stages[0].touchpoints[1].clone();
        want.stages[1] = t.stages[1].clone();
        prop_assert_eq!(&m.audit, &want);
        prop_assert!(validate(&m.audit).is_empty());
    }

    #[test]
    fn everything_both_sides_add_is_kept(
        ours_adds in proptest::collection::vec((0..2usize, 1..=5u8), 0..4),
        theirs_adds in proptest::collection::vec((0..2usize, 1..=5u8), 0..4),
        ours_people in 0..3usize,
        theirs_people in 0..3usize,
    ) {
        // Both sides give new things the ids the workbench would: the same ones.
        let add = |a: &mut Audit, side: &str, adds: &[(usize, u8)], people: usize| {
            for k in 0..people {
                a.participants.push(Participant {
                    id: format!("p{}", k + 2),
                    name: format!("{side} person {k}"),
                });
            }
            for (k, &(stage, score)) in adds.iter().enumerate() {
                let mut t = Touchpoint::new(format!("new-{k}"), format!("{side} {k}"));
                let rater = if people > 0 { "p2" } else { "p1" };
                t.set_score(rater, Scale::Impact, Some(score));
                a.stages[stage].touchpoints.push(t.into());
            }
        };
        let b = base();
        let (mut o, mut t) = (b.clone(), b.clone());
        add(&mut o, "ours", &ours_adds, ours_people);
        add(&mut t, "theirs", &theirs_adds, theirs_people);
        let m = merge3(&b, &o, &t);
        prop_assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        prop_assert!(validate(&m.audit).is_empty(), "{:?}", validate(&m.audit));
        prop_assert_eq!(
            m.audit.participants.len(),
            1 + ours_people + theirs_people
        );
        prop_assert_eq!(
            m.audit.touchpoint_count(),
            3 + ours_adds.len() + theirs_adds.len()
        );
        // Each added touchpoint keeps its score, by the person who gave it.
        for (side, adds, people, src) in [
            ("ours", &ours_adds, ours_people, &o),
            ("theirs", &theirs_adds, theirs_people, &t),
        ] {
            for (k, &(_, score)) in adds.iter().enumerate() {
                let name = format!("{side} {k}");
                let tp = m.audit.touchpoints().find(|(_, _, x)| x.name == name).unwrap().2;
                let r = &tp.ratings[0];
                prop_assert_eq!(r.impact, Some(score));
                let who = m.audit.participant_name(&r.participant).unwrap();
                let rater = if people > 0 { "p2" } else { "p1" };
                prop_assert_eq!(Some(who), src.participant_name(rater));
            }
        }
    }

    #[test]
    fn a_merge_is_always_valid_and_keeps_ours_where_it_conflicts(
        eo in proptest::collection::vec(edit(), 0..6),
        et in proptest::collection::vec(edit(), 0..6),
    ) {
        let b = base();
        let (mut o, mut t) = (b.clone(), b.clone());
        apply(&mut o, &eo);
        apply(&mut t, &et);
        let m = merge3(&b, &o, &t);
        prop_assert!(validate(&m.audit).is_empty());
        // Symmetric when nothing conflicts.
        let n = merge3(&b, &t, &o);
        prop_assert_eq!(m.conflicts.len(), n.conflicts.len());
        if m.conflicts.is_empty() {
            prop_assert_eq!(&m.audit, &n.audit);
        }
    }
}

#[test]
fn blind_wins_and_stays_hidden_where_either_side_hid_it() {
    let b = base();
    let (mut o, mut t) = (b.clone(), b.clone());
    t.sitting.blind = true;
    t.sitting.round_robin = true;
    t.sitting.revealed.insert("a".into());
    let m = merge3(&b, &o, &t);
    assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
    assert_eq!(
        m.audit.sitting, t.sitting,
        "the blind side's sitting is taken"
    );
    o.sitting.blind = true;
    o.sitting.revealed.insert("c".into());
    t.sitting.revealed.insert("c".into());
    let both = merge3(&b, &o, &t).audit.sitting;
    assert!(both.blind);
    assert!(!both.round_robin, "OURS' sitting when both are blind");
    let revealed: Vec<&str> = both.revealed.iter().map(String::as_str).collect();
    assert_eq!(
        revealed,
        ["c"],
        "revealed only where both sides revealed it"
    );
    let open = merge3(&b, &b, &b).audit.sitting;
    assert!(open.is_default(), "neither blind: nothing changes");
}
