use super::*;
use crate::model::Rating;
use crate::model::testing::{audit, tp};

/// An audit whose participant `p1` has the given name.
fn by(name: &str, stages: Vec<Vec<Touchpoint>>) -> Audit {
    let mut a = audit(stages);
    a.participants[0].name = name.into();
    a
}

fn score(a: &Audit, id: &str, participant: &str) -> Option<[Option<u8>; 3]> {
    let (s, t) = a.find_touchpoint(id)?;
    let r = a.stages[s].touchpoints[t].rating(participant)?;
    Some([r.frequency, r.impact, r.satisfaction])
}

fn pid(a: &Audit, name: &str) -> String {
    a.participants
        .iter()
        .find(|p| p.name == name)
        .map(|p| p.id.clone())
        .expect("participant")
}

#[test]
fn disjoint_participants_keep_every_rating_with_ids_that_do_not_clash() {
    let into = by("Anna", vec![vec![tp("a", Some([5, 5, 1])), tp("b", None)]]);
    let boris = by(
        "Boris",
        vec![vec![tp("a", Some([4, 4, 2])), tp("b", Some([3, 3, 3]))]],
    );
    let (out, merged) = merge(&into, &[&boris], Options::default()).expect("no conflict");
    assert_eq!(merged.participants, ["Boris"]);
    assert_eq!(merged.ratings, 6);
    let b = pid(&out, "Boris");
    assert_ne!(b, "p1");
    assert_eq!(score(&out, "a", "p1"), Some([Some(5), Some(5), Some(1)]));
    assert_eq!(score(&out, "a", &b), Some([Some(4), Some(4), Some(2)]));
    assert_eq!(score(&out, "b", &b), Some([Some(3), Some(3), Some(3)]));
    assert!(crate::model::validate(&out).is_empty());
}

#[test]
fn the_same_person_matches_by_name_in_any_case_and_merging_again_changes_nothing() {
    let into = by("Anna", vec![vec![tp("a", Some([5, 5, 1])), tp("b", None)]]);
    let mut anna = by(
        " ANNA ",
        vec![vec![tp("a", Some([5, 5, 1])), tp("b", Some([2, 2, 2]))]],
    );
    anna.participants[0].id = "x".into();
    for t in &mut anna.stages[0].touchpoints {
        for r in &mut t.ratings {
            r.participant = "x".into();
        }
    }
    let (once, merged) = merge(&into, &[&anna], Options::default()).expect("no conflict");
    assert!(merged.participants.is_empty());
    assert_eq!(once.participants.len(), 1);
    assert_eq!(score(&once, "b", "p1"), Some([Some(2), Some(2), Some(2)]));
    let (twice, again) = merge(&once, &[&anna], Options::default()).expect("no conflict");
    assert_eq!(twice, once);
    assert_eq!(again, Merged::default());
}

#[test]
fn a_different_rating_is_a_conflict_unless_a_side_is_preferred() {
    let into = by("Anna", vec![vec![tp("a", Some([5, 5, 1]))]]);
    let other = by("anna", vec![vec![tp("a", Some([5, 4, 3]))]]);
    let err = merge(&into, &[&other], Options::default()).expect_err("conflict");
    assert_eq!(
        err,
        vec![
            Conflict::Rating {
                from: 0,
                stage: "S0".into(),
                touchpoint: "A".into(),
                participant: "Anna".into(),
                scale: Scale::Impact,
                into: 5,
                theirs: 4,
            },
            Conflict::Rating {
                from: 0,
                stage: "S0".into(),
                touchpoint: "A".into(),
                participant: "Anna".into(),
                scale: Scale::Satisfaction,
                into: 1,
                theirs: 3,
            },
        ]
    );
    let keep = Options {
        prefer: Some(Prefer::Into),
        ..Options::default()
    };
    let (out, _) = merge(&into, &[&other], keep).expect("settled");
    assert_eq!(out, into);
    let take = Options {
        prefer: Some(Prefer::From),
        ..Options::default()
    };
    let (out, merged) = merge(&into, &[&other], take).expect("settled");
    assert_eq!(score(&out, "a", "p1"), Some([Some(5), Some(4), Some(3)]));
    assert_eq!(merged.replaced, 2);
}

#[test]
fn every_conflict_of_every_from_is_listed() {
    let into = by("Anna", vec![vec![tp("a", Some([5, 5, 1]))]]);
    let one = by(
        "Anna",
        vec![
            vec![tp("a", Some([1, 5, 1]))],
            vec![tp("x", Some([1, 1, 1]))],
        ],
    );
    let two = by(
        "Boris",
        vec![vec![tp("a", Some([2, 2, 2])), tp("y", Some([1, 1, 1]))]],
    );
    let three = by("Boris", vec![vec![tp("a", Some([3, 2, 2]))]]);
    let err = merge(&into, &[&one, &two, &three], Options::default()).expect_err("conflicts");
    let kinds: Vec<(usize, &str)> = err
        .iter()
        .map(|c| match c {
            Conflict::Rating { from, .. } => (*from, "rating"),
            Conflict::Missing { from, .. } => (*from, "missing"),
        })
        .collect();
    // FROM two adds Boris; FROM three then disagrees with him on frequency.
    assert_eq!(
        kinds,
        [(0, "rating"), (0, "missing"), (1, "missing"), (2, "rating")]
    );
}

#[test]
fn missing_touchpoints_are_added_to_the_stage_of_the_same_name_or_a_new_one() {
    let into = by("Anna", vec![vec![tp("a", None)]]);
    let mut theirs = by(
        "Boris",
        vec![
            vec![tp("a", None), tp("new", Some([4, 4, 4]))],
            vec![tp("far", Some([1, 1, 1]))],
        ],
    );
    theirs.stages[0].id = "other-id".into();
    theirs.stages[1].name = "Later".into();
    let err = merge(&into, &[&theirs], Options::default()).expect_err("missing");
    assert_eq!(err.len(), 2);
    let add = Options {
        add_missing: true,
        ..Options::default()
    };
    let (out, merged) = merge(&into, &[&theirs], add).expect("added");
    assert_eq!((merged.touchpoints, merged.stages), (2, 1));
    assert_eq!(out.stages.len(), 2);
    let ids: Vec<&str> = out.stages[0]
        .touchpoints
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    assert_eq!(ids, ["a", "new"]);
    assert_eq!(out.stages[1].name, "Later");
    assert_eq!(
        score(&out, "new", &pid(&out, "Boris")),
        Some([Some(4), Some(4), Some(4)])
    );
    assert!(crate::model::validate(&out).is_empty());
    let (again, _) = merge(&out, &[&theirs], add).expect("nothing new");
    assert_eq!(again, out);
}

#[test]
fn an_unrated_touchpoint_the_audit_lacks_is_passed_over() {
    let into = by("Anna", vec![vec![tp("a", None)]]);
    let theirs = by(
        "Boris",
        vec![vec![tp("a", Some([1, 2, 3])), tp("extra", None)]],
    );
    let (out, merged) = merge(&into, &[&theirs], Options::default()).expect("nothing missing");
    assert_eq!(merged.passed_over, 1);
    assert_eq!(out.touchpoint_count(), 1);
}

#[test]
fn participants_without_a_rating_are_not_brought_over() {
    let into = by("Anna", vec![vec![tp("a", None)]]);
    let mut theirs = by("Boris", vec![vec![tp("a", Some([1, 1, 1]))]]);
    theirs.participants.push(Participant {
        id: "p2".into(),
        name: "Nobody".into(),
    });
    theirs.stages[0].touchpoints[0]
        .ratings
        .push(Rating::new("p2"));
    let (out, merged) = merge(&into, &[&theirs], Options::default()).expect("merged");
    assert_eq!(merged.participants, ["Boris"]);
    assert_eq!(out.participants.len(), 2);
}
