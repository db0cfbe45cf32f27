//! The JSON combination for other programs: the combined ranking at full precision, with each
//! touchpoint's figures in every audit.

use serde::Serialize;

use crate::model::Frac;

use super::View;
use crate::io::report::many::{AuditInfo, audit_infos, json_text};
use crate::model::combine::Entry;
use crate::model::{CrosshairMode, RankedItem};

#[derive(Serialize)]
struct Report<'a> {
    tpaudit_combine: u32,
    audits: Vec<AuditInfo<'a>>,
    crosshair: Crosshair,
    ranked: Vec<Ranked<'a>>,
    unscored: Vec<Listed<'a>>,
    not_applicable: Vec<Listed<'a>>,
}

#[derive(Serialize)]
struct Crosshair {
    mode: CrosshairMode,
    impact: Frac,
    satisfaction: Frac,
}

#[derive(Serialize)]
struct Listed<'a> {
    stage_id: &'a str,
    stage: &'a str,
    touchpoint_id: &'a str,
    touchpoint: &'a str,
}

#[derive(Serialize)]
struct Spread {
    frequency: Frac,
    impact: Frac,
    satisfaction: Frac,
    priority: Frac,
}

#[derive(Serialize)]
struct PerAudit<'a> {
    audit: &'a str,
    rank: Option<usize>,
    frequency: Option<Frac>,
    impact: Option<Frac>,
    satisfaction: Option<Frac>,
    priority: Option<Frac>,
    quadrant: Option<&'static str>,
}

#[derive(Serialize)]
struct Ranked<'a> {
    rank: usize,
    #[serde(flatten)]
    listed: Listed<'a>,
    frequency: Frac,
    impact: Frac,
    satisfaction: Frac,
    priority: Frac,
    /// The priority as a fraction in lowest terms (`560/27`, `60`).
    priority_exact: String,
    quadrant: &'static str,
    critical: bool,
    audits: usize,
    worst: &'a str,
    spread: Option<Spread>,
    by_audit: Vec<PerAudit<'a>>,
}

fn listed<'a>(v: &View<'a>, e: &Entry) -> Listed<'a> {
    let (stage, tp) = v.tp(e);
    Listed {
        stage_id: &stage.id,
        stage: &stage.name,
        touchpoint_id: &tp.id,
        touchpoint: &tp.name,
    }
}

fn ranked<'a>(v: &View<'a>, r: &RankedItem<usize>, e: &Entry) -> Ranked<'a> {
    Ranked {
        rank: r.rank,
        listed: listed(v, e),
        frequency: r.scores.frequency,
        impact: r.scores.impact,
        satisfaction: r.scores.satisfaction,
        priority: r.priority,
        priority_exact: r.priority.to_string(),
        quadrant: r.quadrant.key(),
        critical: r.critical,
        audits: e.audits(),
        worst: v.worst(e),
        spread: e.spread().map(|s| Spread {
            frequency: s.frequency,
            impact: s.impact,
            satisfaction: s.satisfaction,
            priority: s.priority,
        }),
        by_audit: v
            .audits
            .iter()
            .enumerate()
            .map(|(k, n)| {
                let p = e.row.point(k);
                PerAudit {
                    audit: n.name,
                    rank: p.map(|p| p.rank),
                    frequency: p.map(|p| p.scores.frequency),
                    impact: p.map(|p| p.scores.impact),
                    satisfaction: p.map(|p| p.scores.satisfaction),
                    priority: p.map(|p| p.priority),
                    quadrant: p.map(|p| p.quadrant.key()),
                }
            })
            .collect(),
    }
}

/// Renders the JSON combination (pretty-printed, with a trailing newline).
pub fn render(v: &View) -> String {
    let list = |ids: &[usize]| ids.iter().map(|&i| listed(v, &v.c.entries[i])).collect();
    let report = Report {
        // 2 added `priority_exact`.
        tpaudit_combine: 2,
        audits: audit_infos(v.audits),
        crosshair: Crosshair {
            mode: v.mode,
            impact: v.c.crosshair.impact,
            satisfaction: v.c.crosshair.satisfaction,
        },
        ranked: v.ranked().map(|(r, e)| ranked(v, r, e)).collect(),
        unscored: list(&v.c.unscored),
        not_applicable: list(&v.c.not_applicable),
    };
    json_text(&report)
}
