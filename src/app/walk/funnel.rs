//! How many lines the funnel adds to a stage in the stage list, for drawing and for clicks
//! alike: a line of figures on every stage once any stage counts its customers, and one more
//! under the biggest loss saying it is a rate.

use crate::model::funnel::Funnel;

/// The funnel's lines under stage `stage`: none without a funnel.
pub fn funnel_rows(funnel: &Funnel, stage: usize) -> usize {
    if funnel.is_empty() {
        return 0;
    }
    1 + usize::from(funnel.biggest_loss == Some(stage))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::funnel::funnel;
    use crate::model::{Audit, Lang, Measurement, Stage};

    #[test]
    fn a_line_per_stage_and_one_more_under_the_biggest_loss() {
        let mut a = Audit::new("t", Lang::En, jiff::Timestamp::UNIX_EPOCH);
        a.stages = ["a", "b", "c"].map(|n| Stage::new(n, n)).to_vec();
        assert_eq!(funnel_rows(&funnel(&a), 0), 0, "no customers, no lines");
        for (stage, n) in a.stages.iter_mut().zip([100.0, 20.0, 10.0]) {
            stage.measurements.push(Measurement::new("customers", n));
        }
        let f = funnel(&a);
        assert_eq!(
            (0..3).map(|s| funnel_rows(&f, s)).collect::<Vec<_>>(),
            [2, 1, 1]
        );
    }
}
