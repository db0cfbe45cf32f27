//! The customers' voice: what the survey answers about a touchpoint say (the mean as an exact
//! fraction, the sample standard deviation, the 95% interval), whether the team's score
//! stands outside it, the NPS, and the ranking by the customers' own satisfaction.

use super::audit::{Audit, Scale, Touchpoint};
use super::evidence::Nps;
use super::frac::Frac;
use super::robust::{ScoreSource, effective_without};
use super::score::{
    CrosshairMode, Ranking, Scores, TpRef, effective, needs_discussion, ranking_of,
};
use super::student::t95;

/// The fewest answers that give an interval, a disagreement flag, or a place in the
/// customers' ranking: fewer are too noisy to stand against the team's score.
pub const MIN_ANSWERS: u64 = 10;

/// Under this many answers an NPS is marked indicative.
pub const NPS_INDICATIVE_UNDER: u64 = 30;

/// What customers said about one touchpoint.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Customers {
    pub n: u64,
    /// How many answered 1, 2, 3, 4, 5.
    pub counts: [u32; 5],
    /// The mean answer, exact.
    pub mean: Frac,
    /// The sample standard deviation (n − 1); `None` for a single answer.
    pub sd: Option<f64>,
    /// The 95% interval of the mean, `m ± t·s/√n`; `None` under [`MIN_ANSWERS`].
    pub ci95: Option<(f64, f64)>,
}

impl Customers {
    /// Enough answers to be weighed against the team's score and ranked.
    pub fn enough(&self) -> bool {
        self.n >= MIN_ANSWERS
    }
}

/// The customers' answers about a touchpoint; `None` without a survey or with no answers.
pub fn customers(tp: &Touchpoint) -> Option<Customers> {
    let counts = tp.survey?.counts;
    let n: u64 = counts.iter().map(|&c| u64::from(c)).sum();
    if n == 0 {
        return None;
    }
    let sum: i128 = (1i128..).zip(counts).map(|(v, c)| v * i128::from(c)).sum();
    let mean = Frac::new(sum, i128::from(n));
    // Σ c·(v − m)², exact, then divided by n − 1.
    let squares = (1i64..).zip(counts).fold(Frac::ZERO, |acc, (v, c)| {
        let d = Frac::int(v) - mean;
        acc + d * d * Frac::int(i64::from(c))
    });
    let sd = (n > 1).then(|| (squares / Frac::int(n as i64 - 1)).to_f64().sqrt());
    let ci95 = match sd {
        Some(s) if n >= MIN_ANSWERS => {
            let half = t95(n - 1) * s / (n as f64).sqrt();
            let m = mean.to_f64();
            Some((m - half, m + half))
        }
        _ => None,
    };
    Some(Customers {
        n,
        counts,
        mean,
        sd,
        ci95,
    })
}

/// Customers' mean minus the team's effective satisfaction (positive: customers are happier
/// than the team thinks), when there are enough answers and a team score.
pub fn difference(tp: &Touchpoint) -> Option<Frac> {
    let c = customers(tp).filter(Customers::enough)?;
    Some(c.mean - effective(tp, Scale::Satisfaction)?)
}

/// The team's effective satisfaction lies outside the customers' 95% interval.
pub fn customers_disagree(tp: &Touchpoint) -> bool {
    let Some((low, high)) = customers(tp).and_then(|c| c.ci95) else {
        return false;
    };
    effective(tp, Scale::Satisfaction).is_some_and(|s| {
        let s = s.to_f64();
        s < low || s > high
    })
}

/// The net promoter score: % of 9–10 minus % of 0–6, exact, with the number of answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NpsScore {
    pub n: u64,
    pub score: Frac,
}

impl NpsScore {
    /// Too few answers for the score to mean much.
    pub fn indicative(&self) -> bool {
        self.n < NPS_INDICATIVE_UNDER
    }
}

/// The NPS of the audit's survey; `None` without answers.
pub fn nps(audit: &Audit) -> Option<NpsScore> {
    nps_of(audit.nps.as_ref()?)
}

pub fn nps_of(nps: &Nps) -> Option<NpsScore> {
    let n = nps.n();
    if n == 0 {
        return None;
    }
    let sum = |range: std::ops::RangeInclusive<usize>| -> i128 {
        nps.counts[range].iter().map(|&c| i128::from(c)).sum()
    };
    let (promoters, detractors) = (sum(9..=10), sum(0..=6));
    Some(NpsScore {
        n,
        score: Frac::new(100 * (promoters - detractors), i128::from(n)),
    })
}

/// Where a ranking takes satisfaction from. The two are never mixed in one ranking: staff
/// ratings and customers' answers are not on the same footing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SatisfactionFrom {
    /// The team's ratings: the method's ranking of every scored touchpoint.
    #[default]
    Ratings,
    /// The customers' mean, for the touchpoints with enough answers only.
    Customers,
}

impl SatisfactionFrom {
    /// The contract name: `ratings`, `customers`.
    pub fn key(self) -> &'static str {
        match self {
            SatisfactionFrom::Ratings => "ratings",
            SatisfactionFrom::Customers => "customers",
        }
    }
}

/// The ranking with satisfaction from `from`; with the customers', the touchpoints without
/// enough answers are in neither `ranked` nor `unscored` (see [`rank_by_customers`]).
pub fn rank_from(audit: &Audit, mode: CrosshairMode, from: SatisfactionFrom) -> Ranking {
    match from {
        SatisfactionFrom::Ratings => super::score::rank(audit, mode),
        SatisfactionFrom::Customers => rank_by_customers(audit, mode).ranking,
    }
}

/// A touchpoint's scores for the customers' ranking, leaving out one participant's ratings
/// (of frequency and impact); `None` when it is not ranked there.
pub fn customers_scores(tp: &Touchpoint, skip: Option<&str>) -> Option<Scores> {
    if tp.not_applicable {
        return None;
    }
    let c = customers(tp).filter(Customers::enough)?;
    Some(Scores {
        frequency: effective_without(tp, Scale::Frequency, skip)?,
        impact: effective_without(tp, Scale::Impact, skip)?,
        satisfaction: c.mean,
    })
}

/// The customers' ranking as a source of scores for its robustness.
pub const CUSTOMERS: ScoreSource = ScoreSource {
    scores: customers_scores,
    rated_satisfaction: false,
};

/// The ranking by the customers' satisfaction: only touchpoints with enough answers, each
/// with the customers' mean as its satisfaction (frequency and impact stay the team's).
#[derive(Debug, Clone, PartialEq)]
pub struct CustomersRanking {
    /// `unscored`: surveyed, but frequency or impact not scored by the team.
    pub ranking: Ranking,
    /// Applicable touchpoints with fewer than [`MIN_ANSWERS`] answers.
    pub not_surveyed: Vec<TpRef>,
}

/// Ranks the surveyed touchpoints by the method with the customers' means as satisfaction.
/// Staff-rated touchpoints are never mixed in.
pub fn rank_by_customers(audit: &Audit, mode: CrosshairMode) -> CustomersRanking {
    let (mut scored, mut unscored, mut not_applicable, mut not_surveyed) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for (si, ti, tp) in audit.touchpoints() {
        if tp.not_applicable {
            not_applicable.push((si, ti));
            continue;
        }
        let Some(c) = customers(tp).filter(Customers::enough) else {
            not_surveyed.push((si, ti));
            continue;
        };
        match (
            effective(tp, Scale::Frequency),
            effective(tp, Scale::Impact),
        ) {
            (Some(frequency), Some(impact)) => {
                let scores = Scores {
                    frequency,
                    impact,
                    satisfaction: c.mean,
                };
                scored.push((((si, ti), needs_discussion(tp)), scores));
            }
            _ => unscored.push((si, ti)),
        }
    }
    CustomersRanking {
        ranking: ranking_of(scored, (unscored, not_applicable), mode),
        not_surveyed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Survey;
    use crate::model::testing::{audit, tp};

    fn surveyed(counts: [u32; 5]) -> Touchpoint {
        let mut t = tp("t", Some([3, 3, 3]));
        t.survey = Some(Survey { counts });
        t
    }

    #[test]
    fn mean_sd_and_interval_by_hand() {
        // Ten answers: 1,2,2,3,3,3,4,4,5,3 → sum 30, mean 3; squares 4+1+1+0+0+0+1+1+4+0 = 12,
        // s² = 12/9, s = 1.1547; t(9) = 2.262157 (a table), half-width = t·s/√10 = 0.826023.
        let c = customers(&surveyed([1, 2, 4, 2, 1])).expect("answers");
        assert_eq!((c.n, c.mean), (10, Frac::int(3)));
        assert!((c.sd.expect("sd") - (12.0f64 / 9.0).sqrt()).abs() < 1e-12);
        let (low, high) = c.ci95.expect("ten answers give an interval");
        assert!(
            (high - 3.826_023).abs() < 1e-6 && (low - 2.173_977).abs() < 1e-6,
            "{low} {high}"
        );
    }

    #[test]
    fn the_mean_is_an_exact_fraction_and_small_samples_have_no_interval() {
        let c = customers(&surveyed([0, 1, 0, 1, 1])).expect("answers");
        assert_eq!(c.mean, Frac::new(11, 3));
        assert_eq!(c.ci95, None);
        assert!(
            !customers_disagree(&surveyed([9, 0, 0, 0, 0])),
            "nine answers say nothing"
        );
        assert_eq!(customers(&surveyed([0; 5])), None);
        let one = customers(&surveyed([0, 0, 1, 0, 0])).expect("one answer");
        assert_eq!((one.sd, one.ci95), (None, None));
    }

    #[test]
    fn disagreement_is_the_team_score_outside_the_interval() {
        // The team says 3. Customers: mean 3 ± 0.83 agree; all twos disagree (s = 0, a point
        // interval), and the difference is signed customers − staff.
        assert!(!customers_disagree(&surveyed([1, 2, 4, 2, 1])));
        let low = surveyed([0, 20, 0, 0, 0]);
        assert!(customers_disagree(&low));
        assert_eq!(difference(&low), Some(Frac::int(-1)));
        let spread = surveyed([5, 0, 0, 0, 5]);
        assert!(!customers_disagree(&spread), "mean 3, wide interval");
    }

    #[test]
    fn nps_is_promoters_minus_detractors_in_percent() {
        let mut counts = [0u32; 11];
        counts[10] = 5;
        counts[9] = 2;
        counts[8] = 4;
        counts[3] = 1;
        counts[6] = 2;
        let s = nps_of(&Nps { counts }).expect("answers");
        assert_eq!(s.n, 14);
        assert_eq!(s.score, Frac::new(100 * (7 - 3), 14));
        assert!(s.indicative());
        assert_eq!(nps_of(&Nps::default()), None);
        counts[7] = 16;
        assert!(!nps_of(&Nps { counts }).expect("answers").indicative());
    }

    #[test]
    fn the_customers_ranking_holds_only_touchpoints_with_ten_answers() {
        let mut a = audit(vec![vec![
            tp("few", Some([5, 5, 1])),
            tp("many", Some([2, 2, 5])),
            tp("unrated", None),
            tp("na", Some([5, 5, 5])),
        ]]);
        let tps = &mut a.stages[0].touchpoints;
        tps[0].survey = Some(Survey {
            counts: [9, 0, 0, 0, 0],
        });
        tps[1].survey = Some(Survey {
            counts: [10, 0, 0, 0, 0],
        });
        tps[2].survey = Some(Survey {
            counts: [0, 0, 10, 0, 0],
        });
        tps[3].not_applicable = true;
        let r = rank_by_customers(&a, CrosshairMode::Midpoint);
        assert_eq!(r.ranking.ranked.len(), 1);
        assert_eq!(r.ranking.ranked[0].at, (0, 1));
        assert_eq!(r.ranking.ranked[0].scores.satisfaction, Frac::int(1));
        assert_eq!(r.ranking.unscored, vec![(0, 2)]);
        assert_eq!(r.not_surveyed, vec![(0, 0)]);
        assert_eq!(r.ranking.not_applicable, vec![(0, 3)]);
    }
}
