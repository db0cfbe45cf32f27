//! Ranking by the customers' satisfaction is the method's ranking of the surveyed touchpoints
//! alone (at least 10 answers), each with the customers' mean as its satisfaction. The
//! reference is built independently: an audit of only those touchpoints, the team's
//! satisfaction removed and every respondent added as a participant who rates satisfaction
//! alone, so the ordinary ranking sees the customers' mean as the satisfaction.

mod common;

use proptest::prelude::*;
use tpaudit::model::voice::rank_by_customers;
use tpaudit::model::{
    Agreed, Audit, CrosshairMode, Lang, Participant, Scale, Survey, Touchpoint, rank,
};

fn value() -> impl Strategy<Value = Option<u8>> {
    prop_oneof![1 => Just(None), 4 => (1u8..=5).prop_map(Some)]
}

/// Counts of answers 1..5: often none, often a few, often enough.
fn survey() -> impl Strategy<Value = Option<Survey>> {
    prop_oneof![
        1 => Just(None),
        1 => prop::array::uniform5(0u32..3).prop_map(|counts| Some(Survey { counts })),
        3 => prop::array::uniform5(0u32..9).prop_map(|counts| Some(Survey { counts })),
    ]
}

fn touchpoint(id: usize) -> impl Strategy<Value = Touchpoint> {
    (
        prop::collection::vec((value(), value(), value()), 2),
        prop::bool::weighted(0.1),
        prop::option::weighted(0.2, (value(), value(), value())),
        survey(),
    )
        .prop_map(move |(scores, na, agreed, survey)| {
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
            t.survey = survey;
            t
        })
}

fn audit() -> impl Strategy<Value = Audit> {
    prop::collection::vec(0usize..=6, 1..=3)
        .prop_flat_map(|shape| {
            let mut n = 0;
            shape
                .into_iter()
                .map(|k| {
                    (0..k)
                        .map(|_| {
                            n += 1;
                            touchpoint(n)
                        })
                        .collect::<Vec<_>>()
                })
                .collect::<Vec<_>>()
        })
        .prop_map(|stages| {
            let stages = (stages.into_iter().enumerate())
                .map(|(i, tps)| common::stage(&format!("s{i}"), &format!("S{i}"), tps))
                .collect();
            common::audit("prop", Lang::En, &["P1", "P2"], stages)
        })
}

/// The surveyed touchpoints alone, their satisfaction being the respondents' ratings.
fn respondents_audit(a: &Audit) -> Audit {
    let mut r = a.clone();
    let mut respondents = 0usize;
    for stage in &mut r.stages {
        let kept: Vec<Touchpoint> = stage
            .touchpoints
            .iter()
            .filter(|t| !t.not_applicable && t.survey.is_some_and(|s| s.n() >= 10))
            .map(|t| {
                let mut t = (**t).clone();
                for p in ["p1", "p2"] {
                    t.set_score(p, Scale::Satisfaction, None);
                }
                if let Some(agreed) = &mut t.agreed {
                    agreed.satisfaction = None;
                }
                let counts = t.survey.take().map(|s| s.counts).unwrap_or_default();
                for (v, c) in (1u8..).zip(counts) {
                    for _ in 0..c {
                        respondents += 1;
                        t.set_score(&format!("r{respondents}"), Scale::Satisfaction, Some(v));
                    }
                }
                t
            })
            .collect();
        stage.touchpoints = kept.into_iter().map(Into::into).collect();
    }
    r.participants
        .extend((1..=respondents).map(|i| Participant {
            id: format!("r{i}"),
            name: format!("R{i}"),
        }));
    r
}

fn id_of(a: &Audit, (s, t): (usize, usize)) -> String {
    a.stages[s].touchpoints[t].id.clone()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn ranking_by_customers_is_the_method_over_the_surveyed_touchpoints_alone(
        a in audit(),
        data_mean in any::<bool>(),
    ) {
        let mode = if data_mean { CrosshairMode::DataMean } else { CrosshairMode::Midpoint };
        let got = rank_by_customers(&a, mode);
        let reference_audit = respondents_audit(&a);
        let reference = rank(&reference_audit, mode);
        prop_assert_eq!(got.ranking.crosshair, reference.crosshair);
        let line = |x: &tpaudit::model::Ranked, audit: &Audit| {
            (x.rank, id_of(audit, x.at), x.scores, x.priority, x.critical, x.quadrant)
        };
        let ours: Vec<_> = got.ranking.ranked.iter().map(|x| line(x, &a)).collect();
        let theirs: Vec<_> = reference.ranked.iter().map(|x| line(x, &reference_audit)).collect();
        prop_assert_eq!(ours, theirs);
        let unscored: Vec<String> = got.ranking.unscored.iter().map(|&at| id_of(&a, at)).collect();
        let ref_unscored: Vec<String> =
            reference.unscored.iter().map(|&at| id_of(&reference_audit, at)).collect();
        prop_assert_eq!(unscored, ref_unscored);
        // Every applicable touchpoint is in exactly one of: ranked, unscored, not surveyed.
        let applicable = a.touchpoints().filter(|(_, _, t)| !t.not_applicable).count();
        prop_assert_eq!(
            got.ranking.ranked.len() + got.ranking.unscored.len() + got.not_surveyed.len(),
            applicable
        );
        for &(s, t) in &got.not_surveyed {
            let tp = &a.stages[s].touchpoints[t];
            prop_assert!(tp.survey.is_none_or(|s| s.n() < 10));
        }
    }
}
