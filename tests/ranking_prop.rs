//! The walk keeps its ranking up to date one change at a time: after every score, agreed
//! value, not-applicable flag, undo, redo, checklist change and crosshair switch, in either
//! crosshair mode, the ranking, its lookups, the critical count and the progress counts are
//! exactly those of the audit ranked and counted afresh.

use std::path::PathBuf;

use proptest::prelude::*;
use tpaudit::app::Walk;
use tpaudit::app::ranking::RankCache;
use tpaudit::model::edit::Op;
use tpaudit::model::robust;
use tpaudit::model::{
    Agreed, Audit, CrosshairMode, Lang, Participant, Scale, Stage, Touchpoint, rank, score,
};

/// A score, often missing; few values, so ties in the ranking are common.
fn value() -> impl Strategy<Value = Option<u8>> {
    prop_oneof![1 => Just(None), 3 => (1u8..=5).prop_map(Some)]
}

fn touchpoint(id: usize, people: usize) -> impl Strategy<Value = Touchpoint> {
    (
        prop::collection::vec((value(), value(), value()), people),
        prop::bool::weighted(0.1),
        prop::option::weighted(0.2, (value(), value(), value())),
    )
        .prop_map(move |(scores, na, agreed)| {
            let mut t = Touchpoint::new(format!("tp-{id}"), format!("Touchpoint {id}"));
            t.not_applicable = na;
            for (p, (f, i, s)) in scores.into_iter().enumerate() {
                for (scale, v) in Scale::ALL.into_iter().zip([f, i, s]) {
                    t.set_score(&format!("p{}", p + 1), scale, v);
                }
            }
            t.agreed = agreed.map(|(frequency, impact, satisfaction)| Agreed {
                frequency,
                impact,
                satisfaction,
            });
            t
        })
}

/// An audit of up to three stages of up to seven touchpoints, rated by one to three people.
fn audit() -> impl Strategy<Value = Audit> {
    (1usize..=3)
        .prop_flat_map(|people| {
            let stage = prop::collection::vec(0usize..1, 0..=7);
            (Just(people), prop::collection::vec(stage, 1..=3))
        })
        .prop_flat_map(|(people, shape)| {
            let mut n = 0;
            let stages: Vec<_> = shape
                .iter()
                .map(|tps| {
                    let tps: Vec<_> = tps
                        .iter()
                        .map(|_| {
                            n += 1;
                            touchpoint(n, people)
                        })
                        .collect();
                    tps
                })
                .collect();
            (Just(people), stages)
        })
        .prop_map(|(people, stages)| {
            let mut a = Audit::new("prop", Lang::En, jiff::Timestamp::UNIX_EPOCH);
            a.participants = (1..=people)
                .map(|p| Participant {
                    id: format!("p{p}"),
                    name: format!("P{p}"),
                })
                .collect();
            a.stages = stages
                .into_iter()
                .enumerate()
                .map(|(i, tps)| Stage {
                    touchpoints: tps.into_iter().map(Into::into).collect(),
                    ..Stage::new(format!("s{i}"), format!("Stage {i}"))
                })
                .collect();
            a
        })
}

/// One step of a sitting; positions are taken modulo the audit's shape when applied.
#[derive(Debug, Clone)]
enum Step {
    Score(usize, usize, Scale, Option<u8>),
    Agreed(usize, Scale, Option<u8>),
    NotApplicable(usize, bool),
    Undo,
    Redo,
    Crosshair,
    Remove(usize),
    Move(usize, usize),
}

fn scale() -> impl Strategy<Value = Scale> {
    prop::sample::select(Scale::ALL.to_vec())
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        8 => (any::<usize>(), any::<usize>(), scale(), value())
            .prop_map(|(t, p, s, v)| Step::Score(t, p, s, v)),
        3 => (any::<usize>(), scale(), value()).prop_map(|(t, s, v)| Step::Agreed(t, s, v)),
        2 => (any::<usize>(), any::<bool>()).prop_map(|(t, v)| Step::NotApplicable(t, v)),
        2 => Just(Step::Undo),
        1 => Just(Step::Redo),
        1 => Just(Step::Crosshair),
        1 => any::<usize>().prop_map(Step::Remove),
        1 => (any::<usize>(), any::<usize>()).prop_map(|(a, b)| Step::Move(a, b)),
    ]
}

/// The touchpoint numbered `n` modulo the audit's touchpoints, if it has any.
fn nth(audit: &Audit, n: usize) -> Option<(usize, usize)> {
    let all: Vec<_> = audit.touchpoints().map(|(s, t, _)| (s, t)).collect();
    (!all.is_empty()).then(|| all[n % all.len()])
}

fn apply(w: &mut Walk, step: &Step) {
    let people = w.audit.participants.len();
    let op = match *step {
        Step::Score(t, p, scale, value) => nth(&w.audit, t).map(|at| Op::Score {
            at,
            participant: format!("p{}", p % people + 1),
            scale,
            value,
        }),
        Step::Agreed(t, scale, value) => nth(&w.audit, t).map(|at| Op::Agreed { at, scale, value }),
        Step::NotApplicable(t, value) => nth(&w.audit, t).map(|at| Op::NotApplicable { at, value }),
        Step::Remove(t) => nth(&w.audit, t).map(|at| Op::RemoveTp { at }),
        Step::Move(a, b) => nth(&w.audit, a)
            .zip(nth(&w.audit, b))
            .map(|(from, to)| Op::MoveTp { from, to }),
        Step::Undo => {
            w.undo(false);
            None
        }
        Step::Redo => {
            w.undo(true);
            None
        }
        Step::Crosshair => {
            w.ranking.toggle_crosshair(&w.audit);
            None
        }
    };
    if let Some(op) = op {
        w.change(op);
    }
}

/// The walk's ranking and counts against those made afresh from its audit.
fn check(w: &Walk) -> Result<(), TestCaseError> {
    let mode = w.ranking.mode();
    let fresh = RankCache::new(&w.audit, mode);
    prop_assert_eq!(w.ranking.ranking(), &rank(&w.audit, mode));
    prop_assert_eq!(w.ranking.ranking(), fresh.ranking());
    prop_assert_eq!(w.ranking.critical_count(), fresh.critical_count());
    for (s, t, _) in w.audit.touchpoints() {
        prop_assert_eq!(w.ranking.slot((s, t)), fresh.slot((s, t)));
        prop_assert_eq!(w.ranking.list_item((s, t)), fresh.list_item((s, t)));
        prop_assert_eq!(w.ranking.ranked((s, t)), fresh.ranked((s, t)));
    }
    let progress: Vec<_> = w
        .audit
        .stages
        .iter()
        .map(|s| score::progress(&s.touchpoints))
        .collect();
    prop_assert_eq!(&w.progress, &progress);
    // The variant rankings kept one change at a time are those made afresh.
    for (k, v) in w.ranking.variants().iter().enumerate() {
        let kept: Vec<_> = (w.ranking.variant_ranking(&w.audit, k).ranked.iter())
            .map(|r| r.at)
            .collect();
        prop_assert_eq!(kept, robust::variant_order(&w.audit, v));
    }
    let rob = robust::robustness(&w.audit, w.ranking.ranking(), mode);
    for s in &rob.ranked {
        let kept = w.ranking.sureness(&w.audit, s.at).expect("ranked");
        prop_assert_eq!(&kept.sure, s);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn ranking_kept_up_to_date_is_the_full_ranking(
        audit in audit(),
        data_mean in any::<bool>(),
        steps in prop::collection::vec(step(), 1..40),
    ) {
        let mode = if data_mean { CrosshairMode::DataMean } else { CrosshairMode::Midpoint };
        let mut w = Walk::with_crosshair(PathBuf::from("prop.ron"), audit, mode);
        check(&w)?;
        for step in &steps {
            apply(&mut w, step);
            check(&w)?;
        }
    }
}

/// Scoring moves a touchpoint past others in the data-mean crosshair: the crosshair moves,
/// and the touchpoints it passes change quadrant though their scores did not.
#[test]
fn a_score_moves_the_data_mean_and_the_quadrants_of_others() {
    let mut a = Audit::new("mean", Lang::En, jiff::Timestamp::UNIX_EPOCH);
    a.participants = vec![Participant {
        id: "p1".into(),
        name: "P1".into(),
    }];
    let tp = |n: usize, impact: u8| {
        let mut t = Touchpoint::new(format!("tp-{n}"), format!("T{n}"));
        t.set_score("p1", Scale::Frequency, Some(3));
        t.set_score("p1", Scale::Impact, Some(impact));
        t.set_score("p1", Scale::Satisfaction, Some(3));
        t
    };
    let mut s = Stage::new("s", "S");
    s.touchpoints = tpaudit::model::shared([tp(0, 2), tp(1, 3), tp(2, 4)]);
    a.stages = vec![s];
    let mut w = Walk::with_crosshair(PathBuf::from("m.ron"), a, CrosshairMode::DataMean);
    let quadrant = |w: &Walk, t: usize| w.ranking.ranked((0, t)).map(|r| r.quadrant);
    // Mean impact 3: the touchpoint of impact 3 is not high.
    assert_eq!(
        w.ranking.ranking().crosshair.impact,
        tpaudit::model::Frac::int(3)
    );
    let low = quadrant(&w, 1);
    w.change(Op::Score {
        at: (0, 0),
        participant: "p1".into(),
        scale: Scale::Impact,
        value: Some(1),
    });
    // Mean impact 8/3: impact 3 is now high, though that touchpoint was not touched.
    assert!(w.ranking.ranking().crosshair.impact < tpaudit::model::Frac::int(3));
    assert_ne!(quadrant(&w, 1), low);
    assert_eq!(
        w.ranking.ranking(),
        &rank(&w.audit, CrosshairMode::DataMean)
    );
}
