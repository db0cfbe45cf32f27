//! Properties of the methods over several audits, on random audits with repeated names:
//! an audit compared with itself is unchanged, combined alone is its own priority list, and a
//! merge is idempotent and keeps every rating of disjoint participants.

use proptest::prelude::*;
use tpaudit::model::combine::combine;
use tpaudit::model::compare::{Presence, compare};
use tpaudit::model::merge::{Options, Prefer, merge};
use tpaudit::model::{
    Action, ActionStatus, Agreed, Audit, CrosshairMode, Lang, Participant, Rating, Stage,
    Touchpoint, rank,
};

fn score() -> impl Strategy<Value = Option<u8>> {
    prop_oneof![1 => Just(None), 4 => (1u8..=5).prop_map(Some)]
}

/// A touchpoint whose ratings come from `people` participants `p1`, `p2`, …
fn touchpoint(id: usize, people: usize) -> impl Strategy<Value = Touchpoint> {
    (
        prop::sample::select(vec!["Chat", "chat ", "Site", "Call", "Касса"]),
        prop::collection::vec((score(), score(), score()), people),
        prop::bool::weighted(0.1),
        prop::option::weighted(0.2, (1u8..=5, 0u8..3)),
    )
        .prop_map(move |(name, scores, na, extra)| {
            let mut t = Touchpoint::new(format!("tp-{id}"), name);
            t.not_applicable = na;
            t.ratings = scores
                .into_iter()
                .enumerate()
                .map(|(p, (f, i, s))| Rating {
                    participant: format!("p{}", p + 1),
                    frequency: f,
                    impact: i,
                    satisfaction: s,
                })
                .filter(|r| !r.is_empty())
                .collect();
            if let Some((agreed, status)) = extra {
                t.agreed = Some(Agreed {
                    satisfaction: Some(agreed),
                    ..Agreed::default()
                });
                t.action = Some(Action {
                    action: "fix".into(),
                    status: [
                        ActionStatus::Planned,
                        ActionStatus::InProgress,
                        ActionStatus::Done,
                    ][usize::from(status)],
                    ..Action::default()
                });
            }
            t
        })
}

/// A random audit of up to three stages; stage and touchpoint names repeat on purpose.
fn audit(people: &'static [&'static str]) -> impl Strategy<Value = Audit> {
    prop::collection::vec(
        (prop::sample::select(vec!["Buy", "buy", "Use"]), 0usize..6),
        1..4,
    )
    .prop_flat_map(move |stages| {
        let mut next = 0;
        let stages: Vec<_> = stages
            .into_iter()
            .enumerate()
            .map(|(si, (name, n))| {
                let tps: Vec<_> = (0..n)
                    .map(|_| {
                        next += 1;
                        touchpoint(next, people.len())
                    })
                    .collect();
                (Just((si, name)), tps)
            })
            .collect();
        stages.prop_map(move |stages| {
            let mut a = Audit::new("prop", Lang::En, jiff::Timestamp::UNIX_EPOCH);
            a.participants = people
                .iter()
                .enumerate()
                .map(|(i, n)| Participant {
                    id: format!("p{}", i + 1),
                    name: n.to_string(),
                })
                .collect();
            a.stages = stages
                .into_iter()
                .map(|((si, name), touchpoints)| Stage {
                    touchpoints: tpaudit::model::shared(touchpoints),
                    ..Stage::new(format!("stage-{si}"), name)
                })
                .collect();
            a
        })
    })
}

/// `a`'s checklist with `b`'s participants and ratings (touchpoints matched by position).
fn rescored(a: &Audit, b: &Audit) -> Audit {
    let mut out = a.clone();
    out.participants = b.participants.clone();
    let theirs: Vec<&Touchpoint> = b.touchpoints().map(|(_, _, t)| t).collect();
    for (k, t) in out
        .stages
        .iter_mut()
        .flat_map(|s| s.touchpoints.iter_mut())
        .enumerate()
    {
        t.ratings = theirs.get(k).map(|t| t.ratings.clone()).unwrap_or_default();
    }
    out
}

fn modes() -> impl Strategy<Value = CrosshairMode> {
    prop::sample::select(vec![CrosshairMode::Midpoint, CrosshairMode::DataMean])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn an_audit_compared_with_itself_keeps_everything_unchanged(a in audit(&["Anna", "Boris"]), mode in modes()) {
        let c = compare(&[&a, &a], mode);
        prop_assert_eq!(c.rows.len(), a.touchpoint_count());
        for row in &c.rows {
            prop_assert_eq!(row.presence(), Presence::Kept);
            prop_assert_eq!(row.at[0], row.at[1]);
            match row.last() {
                Some(_) => prop_assert_eq!(row.change(), Some(0.0)),
                None => prop_assert_eq!(row.change(), None),
            }
            prop_assert_eq!(row.moved(), None);
        }
        let s = c.summary;
        prop_assert_eq!((s.improved, s.worsened, s.added, s.removed), (0, 0, 0, 0));
        prop_assert_eq!(s.critical_before, s.critical_after);
        prop_assert!(c.done.is_empty());
    }

    #[test]
    fn one_audit_combined_is_its_own_priority_list(a in audit(&["Anna", "Boris"]), mode in modes()) {
        let ranking = rank(&a, mode);
        let c = combine(&[&a], mode);
        prop_assert_eq!(c.crosshair, ranking.crosshair);
        prop_assert_eq!(c.ranked.len(), ranking.ranked.len());
        for (mine, theirs) in c.ranked.iter().zip(&ranking.ranked) {
            prop_assert_eq!(c.entries[mine.key].row.at[0], Some(theirs.at));
            prop_assert_eq!(mine.rank, theirs.rank);
            prop_assert_eq!(mine.scores, theirs.scores);
            prop_assert_eq!(mine.priority, theirs.priority);
            prop_assert_eq!(mine.critical, theirs.critical);
            prop_assert_eq!(mine.quadrant, theirs.quadrant);
            prop_assert_eq!(c.entries[mine.key].audits(), 1);
        }
    }

    #[test]
    fn merging_again_changes_nothing(
        a in audit(&["Anna", "Boris"]),
        b in audit(&["boris", "Vera"]),
        prefer in prop::sample::select(vec![Prefer::Into, Prefer::From]),
    ) {
        let opts = Options { prefer: Some(prefer), add_missing: true };
        let (once, _) = merge(&a, &[&b], opts).expect("every conflict is settled");
        let (twice, _) = merge(&once, &[&b], opts).expect("every conflict is settled");
        prop_assert_eq!(&twice, &once);
        prop_assert!(tpaudit::model::validate(&once).is_empty());
        // Without options a merge either refuses or, merged again, changes nothing.
        if let Ok((plain, _)) = merge(&a, &[&b], Options::default()) {
            let (again, _) = merge(&plain, &[&b], Options::default()).expect("no new conflict");
            prop_assert_eq!(again, plain);
        }
    }

    #[test]
    fn merging_disjoint_participants_keeps_every_rating(
        a in audit(&["Anna", "Boris"]),
        other in audit(&["Vera", "Gleb"]),
    ) {
        let b = rescored(&a, &other);
        let (out, _) = merge(&a, &[&b], Options::default()).expect("nobody is in both");
        // Only those who rated something are brought over.
        prop_assert!((2..=4).contains(&out.participants.len()));
        let id_of = |name: &str| out.participants.iter().find(|p| p.name == name).map(|p| p.id.clone());
        for ((_, _, merged), ((_, _, mine), (_, _, theirs))) in out
            .touchpoints()
            .zip(a.touchpoints().zip(b.touchpoints()))
        {
            for r in &mine.ratings {
                prop_assert_eq!(merged.rating(&r.participant), Some(r));
            }
            for r in &theirs.ratings {
                let name = b.participant_name(&r.participant).expect("a participant");
                let id = id_of(name).expect("brought over");
                let got = merged.rating(&id).expect("the rating");
                prop_assert_eq!((got.frequency, got.impact, got.satisfaction), (r.frequency, r.impact, r.satisfaction));
            }
        }
    }
}
