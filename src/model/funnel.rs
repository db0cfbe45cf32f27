//! The stage funnel: a stage-level measurement named `customers` (how many customers reached
//! the stage in the period) on consecutive stages gives the conversion from each stage to the
//! next, and the stage with the lowest conversion is where most customers are lost.

use super::audit::{Audit, Stage};
use super::evidence::FUNNEL_METRIC;
use super::frac::Frac;

/// One stage in the funnel.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// The stage's index in the audit.
    pub stage: usize,
    /// How many customers reached the stage; `None` when the stage has no such measurement.
    pub customers: Option<u64>,
    /// next ÷ this; `None` for the last stage, a stage with 0 customers, or when either count
    /// is missing. Above 1 when a later stage counts more customers (repeat purchases).
    pub conversion_to_next: Option<Frac>,
}

/// The funnel over every stage of the audit, and the biggest loss.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Funnel {
    /// Empty when no stage has a `customers` measurement.
    pub steps: Vec<Step>,
    /// The stage with the lowest conversion to the next (a rate, not a count of customers);
    /// a conversion above 1 is never the biggest loss. The first such stage on a tie.
    pub biggest_loss: Option<usize>,
}

impl Funnel {
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }
}

/// How many customers reached a stage, from its `customers` measurement.
pub fn customers_at(stage: &Stage) -> Option<u64> {
    stage
        .measurements
        .iter()
        .find(|m| m.is(FUNNEL_METRIC))
        .filter(|m| m.value >= 0.0 && m.value.fract() == 0.0)
        .map(|m| m.value as u64)
}

/// The funnel of an audit's stages, in stage order.
pub fn funnel(audit: &Audit) -> Funnel {
    let counts: Vec<Option<u64>> = audit.stages.iter().map(customers_at).collect();
    if counts.iter().all(Option::is_none) {
        return Funnel::default();
    }
    let steps: Vec<Step> = counts
        .iter()
        .enumerate()
        .map(|(i, &this)| Step {
            stage: i,
            customers: this,
            conversion_to_next: match (this, counts.get(i + 1).copied().flatten()) {
                (Some(this), Some(next)) if this > 0 => {
                    Some(Frac::new(i128::from(next), i128::from(this)))
                }
                _ => None,
            },
        })
        .collect();
    let biggest_loss = steps
        .iter()
        .filter_map(|s| s.conversion_to_next.map(|c| (s.stage, c)))
        .filter(|&(_, c)| c <= Frac::ONE)
        .fold(None, |best: Option<(usize, Frac)>, (i, c)| match best {
            Some((_, b)) if b <= c => best,
            _ => Some((i, c)),
        })
        .map(|(i, _)| i);
    Funnel {
        steps,
        biggest_loss,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Measurement;
    use crate::model::testing::audit;

    fn with_counts(counts: &[Option<f64>]) -> Audit {
        let mut a = audit(counts.iter().map(|_| vec![]).collect());
        for (stage, c) in a.stages.iter_mut().zip(counts) {
            if let Some(v) = c {
                stage.measurements.push(Measurement::new("Customers", *v));
            }
        }
        a
    }

    fn conversions(f: &Funnel) -> Vec<Option<Frac>> {
        f.steps.iter().map(|s| s.conversion_to_next).collect()
    }

    #[test]
    fn conversion_is_next_over_this_and_the_lowest_rate_is_the_biggest_loss() {
        let f = funnel(&with_counts(&[
            Some(12400.0),
            Some(3100.0),
            Some(410.0),
            Some(290.0),
        ]));
        assert_eq!(
            conversions(&f),
            vec![
                Some(Frac::new(1, 4)),
                Some(Frac::new(41, 310)),
                Some(Frac::new(29, 41)),
                None
            ]
        );
        // 13% from consideration to purchase, though 9 300 customers are lost before it.
        assert_eq!(f.biggest_loss, Some(1));
    }

    #[test]
    fn a_rise_is_shown_but_never_the_loss_and_zero_has_no_conversion() {
        let f = funnel(&with_counts(&[
            Some(100.0),
            Some(0.0),
            Some(50.0),
            Some(80.0),
        ]));
        assert_eq!(
            conversions(&f),
            vec![Some(Frac::ZERO), None, Some(Frac::new(8, 5)), None]
        );
        assert_eq!(f.biggest_loss, Some(0));
        let f = funnel(&with_counts(&[Some(10.0), Some(30.0)]));
        assert_eq!(f.steps[0].conversion_to_next, Some(Frac::int(3)));
        assert_eq!(f.biggest_loss, None);
    }

    #[test]
    fn missing_counts_break_the_chain_and_no_counts_give_no_funnel() {
        let f = funnel(&with_counts(&[Some(100.0), None, Some(50.0), Some(25.0)]));
        assert_eq!(f.steps[1].customers, None);
        assert_eq!(
            conversions(&f),
            vec![None, None, Some(Frac::new(1, 2)), None]
        );
        assert_eq!(f.biggest_loss, Some(2));
        assert!(funnel(&with_counts(&[None, None])).is_empty());
    }

    #[test]
    fn ties_go_to_the_first_stage() {
        let f = funnel(&with_counts(&[Some(100.0), Some(50.0), Some(25.0)]));
        assert_eq!(f.biggest_loss, Some(0));
    }
}
