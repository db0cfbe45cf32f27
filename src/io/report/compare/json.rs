//! The JSON comparison for other programs: every figure at full precision, each touchpoint's
//! series over the audits.

use serde::Serialize;

use crate::model::Frac;

use super::View;
use crate::io::report::json_evidence::{CustomersOut, MeasurementOut, customers, measurements};
use crate::io::report::many::{AuditInfo, audit_infos, json_text};
use crate::model::CrosshairMode;
use crate::model::compare::{Row, Standing, Verdict};

#[derive(Serialize)]
struct Report<'a> {
    tpaudit_compare: u32,
    audits: Vec<AuditInfo<'a>>,
    crosshair: CrosshairMode,
    summary: Summary,
    /// Each stage of the last audit with its own measurements in the first and the last.
    stages: Vec<StageFigures<'a>>,
    touchpoints: Vec<Touchpoint<'a>>,
    done_actions: Vec<Done<'a>>,
}

#[derive(Serialize)]
struct Summary {
    kept: usize,
    added: usize,
    removed: usize,
    improved: usize,
    worsened: usize,
    unchanged: usize,
    not_ranked_in_both: usize,
    moved_between_quadrants: usize,
    critical_before: usize,
    critical_after: usize,
}

#[derive(Serialize)]
struct Touchpoint<'a> {
    stage_id: &'a str,
    stage: &'a str,
    touchpoint_id: &'a str,
    touchpoint: &'a str,
    status: &'static str,
    priority_change: Option<f64>,
    verdict: Option<&'static str>,
    quadrant_move: Option<[&'static str; 2]>,
    critical_change: Option<&'static str>,
    series: Vec<Point<'a>>,
    /// The evidence in the first and the last audit, in the report JSON's shapes: `[]` and
    /// `null` where that audit lacks the touchpoint or has none.
    measurements_before: Vec<MeasurementOut<'a>>,
    measurements_after: Vec<MeasurementOut<'a>>,
    customers_before: Option<CustomersOut>,
    customers_after: Option<CustomersOut>,
}

#[derive(Serialize)]
struct StageFigures<'a> {
    id: &'a str,
    name: &'a str,
    measurements_before: Vec<MeasurementOut<'a>>,
    measurements_after: Vec<MeasurementOut<'a>>,
}

#[derive(Serialize)]
struct Point<'a> {
    audit: &'a str,
    /// `ranked`, `unscored`, `not_applicable` or `absent`.
    standing: &'static str,
    rank: Option<usize>,
    frequency: Option<Frac>,
    impact: Option<Frac>,
    satisfaction: Option<Frac>,
    priority: Option<Frac>,
    quadrant: Option<&'static str>,
    critical: Option<bool>,
}

#[derive(Serialize)]
struct Done<'a> {
    stage: &'a str,
    touchpoint: &'a str,
    action: &'a str,
    owner: &'a str,
    priority_change: Option<f64>,
    verdict: Option<&'static str>,
}

fn verdict_key(v: Verdict) -> &'static str {
    match v {
        Verdict::Improved => "improved",
        Verdict::Worsened => "worsened",
        Verdict::Unchanged => "unchanged",
    }
}

fn point<'a>(audit: &'a str, s: Option<Standing>) -> Point<'a> {
    let mut p = Point {
        audit,
        standing: "absent",
        rank: None,
        frequency: None,
        impact: None,
        satisfaction: None,
        priority: None,
        quadrant: None,
        critical: None,
    };
    match s {
        None => {}
        Some(Standing::Unscored) => p.standing = "unscored",
        Some(Standing::NotApplicable) => p.standing = "not_applicable",
        Some(Standing::Ranked(r)) => {
            p.standing = "ranked";
            p.rank = Some(r.rank);
            p.frequency = Some(r.scores.frequency);
            p.impact = Some(r.scores.impact);
            p.satisfaction = Some(r.scores.satisfaction);
            p.priority = Some(r.priority);
            p.quadrant = Some(r.quadrant.key());
            p.critical = Some(r.critical);
        }
    }
    p
}

/// The touchpoint of `row` in audit `k`, if that audit has it.
fn in_audit<'a>(v: &View<'a>, row: &Row, k: usize) -> Option<&'a crate::model::Touchpoint> {
    let (s, t) = row.at.get(k).copied().flatten()?;
    Some(&*v.audits[k].audit.stages[s].touchpoints[t])
}

fn stages<'a>(v: &View<'a>) -> Vec<StageFigures<'a>> {
    let (first, last) = (v.audits[0].audit, v.last());
    let of = |a: &'a crate::model::Audit, id: &str| {
        a.stages
            .iter()
            .find(|s| s.id == id)
            .map(|s| measurements(&s.measurements))
            .unwrap_or_default()
    };
    last.stages
        .iter()
        .map(|s| StageFigures {
            id: &s.id,
            name: &s.name,
            measurements_before: of(first, &s.id),
            measurements_after: of(last, &s.id),
        })
        .collect()
}

fn touchpoint<'a>(v: &View<'a>, row: &Row) -> Touchpoint<'a> {
    let (stage, tp) = v.tp(row);
    let (before, after) = (in_audit(v, row, 0), in_audit(v, row, v.audits.len() - 1));
    let figures = |t: Option<&'a crate::model::Touchpoint>| {
        t.map(|t| measurements(&t.measurements)).unwrap_or_default()
    };
    Touchpoint {
        stage_id: &stage.id,
        stage: &stage.name,
        touchpoint_id: &tp.id,
        touchpoint: &tp.name,
        status: row.presence().key(),
        priority_change: row.change(),
        verdict: row.verdict().map(verdict_key),
        quadrant_move: row.moved().map(|(a, b)| [a.key(), b.key()]),
        critical_change: row
            .critical_change()
            .map(|became| if became { "gained" } else { "lost" }),
        series: v
            .audits
            .iter()
            .zip(&row.standing)
            .map(|(n, s)| point(n.name, *s))
            .collect(),
        measurements_before: figures(before),
        measurements_after: figures(after),
        customers_before: before.and_then(customers),
        customers_after: after.and_then(customers),
    }
}

/// Renders the JSON comparison (pretty-printed, with a trailing newline).
pub fn render(v: &View) -> String {
    let s = v.cmp.summary;
    let report = Report {
        tpaudit_compare: 1,
        audits: audit_infos(v.audits),
        crosshair: v.mode,
        summary: Summary {
            kept: s.kept,
            added: s.added,
            removed: s.removed,
            improved: s.improved,
            worsened: s.worsened,
            unchanged: s.unchanged,
            not_ranked_in_both: s.not_comparable,
            moved_between_quadrants: s.moved,
            critical_before: s.critical_before,
            critical_after: s.critical_after,
        },
        stages: stages(v),
        touchpoints: v.cmp.rows.iter().map(|r| touchpoint(v, r)).collect(),
        done_actions: v
            .cmp
            .done
            .iter()
            .map(|d| {
                let row = &v.cmp.rows[d.row];
                let (stage, tp) = v.tp(row);
                let a = tp.action.as_ref();
                Done {
                    stage: &stage.name,
                    touchpoint: &tp.name,
                    action: a.map_or("", |a| a.action.as_str()),
                    owner: a.map_or("", |a| a.owner.as_str()),
                    priority_change: row.change(),
                    verdict: d.verdict.map(verdict_key),
                }
            })
            .collect(),
    };
    json_text(&report)
}
