//! Data gaps: the touchpoints at the top of the ranking whose place rests on a guess, in rank
//! order. What to go and measure before spending money on them.

use super::audit::{Audit, Scale, Touchpoint};
use super::evidence::Level;
use super::score::{Ranking, TpRef};
use super::voice::{Customers, customers};

/// How far down the ranking data gaps are looked for.
pub const TOP: usize = 10;

/// The ranked touchpoints among the first [`TOP`] whose impact is `assumed`, or whose
/// satisfaction is `assumed` with neither enough customers' answers nor a measurement.
pub fn data_gaps(audit: &Audit, ranking: &Ranking) -> Vec<TpRef> {
    ranking
        .ranked
        .iter()
        .take(TOP)
        .map(|r| r.at)
        .filter(|&(si, ti)| why(&audit.stages[si].touchpoints[ti]).any())
        .collect()
}

/// What of a touchpoint's place rests on a guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Guess {
    /// Its impact's evidence is `assumed`.
    pub impact: bool,
    /// Its satisfaction's evidence is `assumed`, with neither enough customers' answers nor a
    /// measurement on the touchpoint.
    pub satisfaction: bool,
}

impl Guess {
    pub fn any(self) -> bool {
        self.impact || self.satisfaction
    }
}

/// Why a touchpoint is a data gap, were it in the top of the ranking.
pub fn why(tp: &Touchpoint) -> Guess {
    let guessed = |scale| tp.evidence.get(scale) == Level::Assumed;
    let backed =
        customers(tp).is_some_and(|c: Customers| c.enough()) || !tp.measurements.is_empty();
    Guess {
        impact: guessed(Scale::Impact),
        satisfaction: guessed(Scale::Satisfaction) && !backed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::testing::{audit, tp};
    use crate::model::{CrosshairMode, Measurement, Survey, rank};

    #[test]
    fn a_guess_on_impact_or_an_unbacked_guess_on_satisfaction_is_a_gap() {
        let mut a = audit(vec![
            (0..13)
                .map(|i| {
                    tp(
                        &format!("t{i}"),
                        Some(if i < 12 { [5, 5, 1] } else { [1, 1, 5] }),
                    )
                })
                .collect(),
        ]);
        for tp in a.stages[0].touchpoints.iter_mut() {
            tp.evidence.impact = Level::Measured;
            tp.evidence.satisfaction = Level::Reported;
        }
        let tps = &mut a.stages[0].touchpoints;
        tps[0].evidence.impact = Level::Assumed; // a gap
        tps[1].evidence.satisfaction = Level::Assumed; // a gap: nothing backs it
        tps[2].evidence.satisfaction = Level::Assumed;
        tps[2].measurements.push(Measurement::new("returns", 3.0)); // backed
        tps[3].evidence.satisfaction = Level::Assumed;
        tps[3].survey = Some(Survey {
            counts: [2, 2, 2, 2, 2],
        }); // backed by 10 answers
        tps[4].evidence.satisfaction = Level::Assumed;
        tps[4].survey = Some(Survey {
            counts: [2, 2, 2, 2, 1],
        }); // 9 answers: a gap
        tps[12].evidence.impact = Level::Assumed; // ranked below the top 10
        let r = rank(&a, CrosshairMode::Midpoint);
        let gaps = data_gaps(&a, &r);
        let ids: Vec<&str> = gaps
            .iter()
            .map(|&(s, t)| a.stages[s].touchpoints[t].id.as_str())
            .collect();
        // Equal scores keep the checklist order: t0 … t9 are the top ten, t12 is last.
        assert_eq!(ids, ["t0", "t1", "t4"]);
        assert_eq!(r.ranked[12].at, (0, 12));
    }
}
