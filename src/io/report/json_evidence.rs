//! The evidence behind the scores in the JSON report: each touchpoint's levels, measurements
//! and customers' answers; each stage's measurements; the funnel, the NPS and the data gaps.

use serde::Serialize;

use super::facts::Facts;
use crate::model::funnel::{Funnel, funnel};
use crate::model::gaps::data_gaps;
use crate::model::voice::{self, SatisfactionFrom};
use crate::model::{Frac, Measurement, Stage, Touchpoint, TpRef};

/// What a touchpoint's scores rest on; flattened into each touchpoint of the report.
#[derive(Serialize)]
pub(super) struct TouchpointEvidence<'a> {
    evidence: Levels,
    measurements: Vec<MeasurementOut<'a>>,
    customers: Option<CustomersOut>,
    customers_disagree: bool,
    satisfaction_from: &'static str,
}

#[derive(Serialize)]
struct Levels {
    frequency: &'static str,
    impact: &'static str,
    satisfaction: &'static str,
}

#[derive(Serialize)]
pub(super) struct MeasurementOut<'a> {
    metric: &'a str,
    value: f64,
    unit: &'a str,
    target: Option<f64>,
    better: &'static str,
    source: &'a str,
    date: &'a str,
    met: Option<bool>,
}

#[derive(Serialize)]
pub(super) struct CustomersOut {
    n: u64,
    mean: Frac,
    counts: [u32; 5],
    ci95: Option<[f64; 2]>,
}

/// A stage with its measurements.
#[derive(Serialize)]
pub(super) struct StageOut<'a> {
    id: &'a str,
    name: &'a str,
    measurements: Vec<MeasurementOut<'a>>,
}

#[derive(Serialize)]
pub(super) struct Step<'a> {
    stage: &'a str,
    customers: Option<u64>,
    conversion_to_next: Option<Frac>,
}

#[derive(Serialize)]
pub(super) struct NpsOut {
    n: u64,
    score: Frac,
}

/// The report-wide facts about evidence, flattened into the report.
#[derive(Serialize)]
pub(super) struct ReportEvidence<'a> {
    stages: Vec<StageOut<'a>>,
    funnel: Vec<Step<'a>>,
    biggest_loss: Option<&'a str>,
    nps: Option<NpsOut>,
    data_gaps: Vec<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    not_surveyed: Option<Vec<&'a str>>,
}

pub(super) fn measurements(list: &[Measurement]) -> Vec<MeasurementOut<'_>> {
    list.iter()
        .map(|m| MeasurementOut {
            metric: &m.metric,
            value: m.value,
            unit: &m.unit,
            target: m.target,
            better: m.better.key(),
            source: &m.source,
            date: &m.date,
            met: m.met(),
        })
        .collect()
}

/// The customers' answers to a touchpoint: n, the exact mean, the counts and the interval.
pub(super) fn customers(tp: &Touchpoint) -> Option<CustomersOut> {
    voice::customers(tp).map(|c| CustomersOut {
        n: c.n,
        mean: c.mean,
        counts: c.counts,
        ci95: c.ci95.map(|(lo, hi)| [lo, hi]),
    })
}

/// The evidence of the touchpoint at `at`.
pub(super) fn touchpoint<'a>(f: &Facts<'a>, at: TpRef) -> TouchpointEvidence<'a> {
    let tp: &'a Touchpoint = f.tp(at);
    let ranked_by_customers =
        f.satisfaction == SatisfactionFrom::Customers && f.ranked(at).is_some();
    TouchpointEvidence {
        evidence: Levels {
            frequency: tp.evidence.frequency.key(),
            impact: tp.evidence.impact.key(),
            satisfaction: tp.evidence.satisfaction.key(),
        },
        measurements: measurements(&tp.measurements),
        customers: customers(tp),
        customers_disagree: voice::customers_disagree(tp),
        satisfaction_from: if ranked_by_customers {
            SatisfactionFrom::Customers.key()
        } else {
            SatisfactionFrom::Ratings.key()
        },
    }
}

/// The report-wide evidence.
pub(super) fn report<'a>(f: &Facts<'a>) -> ReportEvidence<'a> {
    let a = f.audit;
    let Funnel {
        steps,
        biggest_loss,
    } = funnel(a);
    let id = |at: TpRef| f.tp(at).id.as_str();
    ReportEvidence {
        stages: a.stages.iter().map(stage).collect(),
        funnel: steps
            .iter()
            .map(|s| Step {
                stage: &a.stages[s.stage].name,
                customers: s.customers,
                conversion_to_next: s.conversion_to_next,
            })
            .collect(),
        biggest_loss: biggest_loss.map(|i| a.stages[i].name.as_str()),
        nps: voice::nps(a).map(|s| NpsOut {
            n: s.n,
            score: s.score,
        }),
        data_gaps: data_gaps(a, &f.ranking).into_iter().map(id).collect(),
        not_surveyed: f
            .not_surveyed
            .as_ref()
            .map(|list| list.iter().map(|&at| id(at)).collect()),
    }
}

fn stage(s: &Stage) -> StageOut<'_> {
    StageOut {
        id: &s.id,
        name: &s.name,
        measurements: measurements(&s.measurements),
    }
}
