//! The JSON report for other programs: every figure a number, every name a string.

use serde::Serialize;

use crate::model::Frac;

use super::facts::{Facts, missing_scales};
use super::json_evidence::{self, ReportEvidence, TouchpointEvidence};
use crate::model::score::{self};
use crate::model::{
    Action, ActionStatus, Channel, Control, CrosshairMode, Ranked, Scale, Touchpoint, TpRef,
};

/// The version of the report's layout (`docs/report.schema.json`): 2 added the tool's version,
/// the audit's title and schema version, and each touchpoint's place, description, channel
/// and control; 3 the values the room agreed (`agreed`); 4 each priority as an exact fraction
/// (`priority_exact`) and how sure the ranking is (`robustness`, `stable_top`); 5 the evidence
/// behind the scores: each touchpoint's `evidence`, `measurements`, `customers`,
/// `customers_disagree` and `satisfaction_from`, the `stages` with their measurements, the
/// `funnel`, `biggest_loss`, `nps`, `data_gaps` and, ranking by the customers' answers,
/// `not_surveyed`.
pub const REPORT_VERSION: u32 = 5;

/// The report; its lists (`R`, `U`, `N`) are [`Each`], made as they are written.
#[derive(Serialize)]
struct Report<'a, R, U, N> {
    tpaudit_report: u32,
    tpaudit_version: &'static str,
    audit: AuditInfo<'a>,
    crosshair: Crosshair,
    summary: Summary,
    /// The method's top 3 that rank at most 5th in every variant, by touchpoint id.
    stable_top: Vec<&'a str>,
    ranked: R,
    unscored: U,
    not_applicable: N,
    #[serde(flatten)]
    evidence: ReportEvidence<'a>,
}

/// A list written as its items are made, so that the items of a large audit are never all
/// held at once: `F` makes a fresh iterator over them.
struct Each<F>(F);

impl<F, I> Serialize for Each<F>
where
    F: Fn() -> I,
    I: Iterator,
    I::Item: Serialize,
{
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq((self.0)())
    }
}

#[derive(Serialize)]
struct AuditInfo<'a> {
    name: &'a str,
    title: &'a str,
    schema_version: u32,
    client: &'a str,
    lang: &'static str,
    created: String,
    updated: String,
    template: Option<&'a str>,
    participants: Vec<Participant<'a>>,
}

#[derive(Serialize)]
struct Participant<'a> {
    id: &'a str,
    name: &'a str,
}

#[derive(Serialize)]
struct Crosshair {
    mode: CrosshairMode,
    impact: Frac,
    satisfaction: Frac,
}

#[derive(Serialize)]
struct Summary {
    total: usize,
    scored: usize,
    unscored: usize,
    not_applicable: usize,
    critical: usize,
    per_quadrant: PerQuadrant,
}

#[derive(Serialize)]
struct PerQuadrant {
    fix_first: usize,
    keep_up: usize,
    low_priority: usize,
    overkill: usize,
}

#[derive(Serialize)]
struct Spread {
    frequency: Option<u8>,
    impact: Option<u8>,
    satisfaction: Option<u8>,
}

/// Per scale, the value the room agreed, or null.
#[derive(Serialize)]
struct AgreedOut {
    frequency: Option<u8>,
    impact: Option<u8>,
    satisfaction: Option<u8>,
}

fn agreed(tp: &Touchpoint) -> AgreedOut {
    AgreedOut {
        frequency: tp.agreed(Scale::Frequency),
        impact: tp.agreed(Scale::Impact),
        satisfaction: tp.agreed(Scale::Satisfaction),
    }
}

#[derive(Serialize)]
struct RatingOut<'a> {
    participant: &'a str,
    participant_id: &'a str,
    frequency: Option<u8>,
    impact: Option<u8>,
    satisfaction: Option<u8>,
}

#[derive(Serialize)]
struct ActionOut<'a> {
    action: &'a str,
    owner: &'a str,
    due: &'a str,
    kpi: &'a str,
    kpi_current: &'a str,
    kpi_target: &'a str,
    status: &'static str,
}

#[derive(Serialize)]
struct Listed<'a> {
    stage_id: &'a str,
    stage: &'a str,
    /// The stage's place in the checklist, from 1.
    stage_position: usize,
    touchpoint_id: &'a str,
    touchpoint: &'a str,
    /// The touchpoint's place in its stage, from 1.
    position: usize,
    description: &'a str,
    channel: &'static str,
    control: &'static str,
    notes: &'a str,
    action: Option<ActionOut<'a>>,
    #[serde(flatten)]
    evidence: TouchpointEvidence<'a>,
}

#[derive(Serialize)]
struct Unscored<'a> {
    #[serde(flatten)]
    listed: Listed<'a>,
    missing: Vec<&'static str>,
    agreed: AgreedOut,
    ratings: Vec<RatingOut<'a>>,
}

#[derive(Serialize)]
struct RankedTp<'a> {
    rank: usize,
    #[serde(flatten)]
    listed: Listed<'a>,
    frequency: Frac,
    impact: Frac,
    satisfaction: Frac,
    priority: Frac,
    /// The priority as a fraction in lowest terms (`560/27`, `60`), for programs that check
    /// ties.
    priority_exact: String,
    quadrant: &'static str,
    critical: bool,
    needs_discussion: bool,
    spread: Spread,
    agreed: AgreedOut,
    ratings: Vec<RatingOut<'a>>,
    robustness: Sure,
}

/// How sure a ranked touchpoint's place is.
#[derive(Serialize)]
struct Sure {
    rank_min: usize,
    rank_max: usize,
    near_critical: bool,
    quadrant_other_crosshair: &'static str,
}

fn sure(f: &Facts, at: TpRef) -> Sure {
    let s = f.sure(at).expect("every ranked touchpoint has a sureness");
    Sure {
        rank_min: s.rank_min,
        rank_max: s.rank_max,
        near_critical: s.near_critical,
        quadrant_other_crosshair: s.quadrant_other_crosshair.key(),
    }
}

fn scale_key(s: Scale) -> &'static str {
    match s {
        Scale::Frequency => "frequency",
        Scale::Impact => "impact",
        Scale::Satisfaction => "satisfaction",
    }
}

fn status_key(s: ActionStatus) -> &'static str {
    match s {
        ActionStatus::Planned => "planned",
        ActionStatus::InProgress => "in_progress",
        ActionStatus::Done => "done",
    }
}

fn action(a: &Action) -> ActionOut<'_> {
    ActionOut {
        action: &a.action,
        owner: &a.owner,
        due: &a.due,
        kpi: &a.kpi,
        kpi_current: &a.kpi_current,
        kpi_target: &a.kpi_target,
        status: status_key(a.status),
    }
}

fn listed<'a>(f: &Facts<'a>, at: TpRef) -> Listed<'a> {
    let (stage, tp) = (f.stage(at), f.tp(at));
    Listed {
        stage_id: &stage.id,
        stage: &stage.name,
        stage_position: at.0 + 1,
        touchpoint_id: &tp.id,
        touchpoint: &tp.name,
        position: at.1 + 1,
        description: &tp.description,
        channel: match tp.channel {
            Channel::Online => "online",
            Channel::Offline => "offline",
        },
        control: match tp.control {
            Control::Direct => "direct",
            Control::Indirect => "indirect",
        },
        notes: &tp.notes,
        action: tp.action.as_ref().filter(|a| !a.is_empty()).map(action),
        evidence: json_evidence::touchpoint(f, at),
    }
}

fn ratings<'a>(f: &Facts<'a>, tp: &'a Touchpoint) -> Vec<RatingOut<'a>> {
    (f.audit.ratings_in_order(tp).into_iter())
        .map(|r| RatingOut {
            participant: f
                .audit
                .participant_name(&r.participant)
                .unwrap_or(&r.participant),
            participant_id: &r.participant,
            frequency: r.frequency,
            impact: r.impact,
            satisfaction: r.satisfaction,
        })
        .collect()
}

fn ranked<'a>(f: &Facts<'a>, r: &Ranked) -> RankedTp<'a> {
    let tp = f.tp(r.at);
    RankedTp {
        rank: r.rank,
        listed: listed(f, r.at),
        frequency: r.scores.frequency,
        impact: r.scores.impact,
        satisfaction: r.scores.satisfaction,
        priority: r.priority,
        priority_exact: r.priority.to_string(),
        quadrant: r.quadrant.key(),
        critical: r.critical,
        needs_discussion: r.needs_discussion,
        spread: Spread {
            frequency: score::spread(tp, Scale::Frequency),
            impact: score::spread(tp, Scale::Impact),
            satisfaction: score::spread(tp, Scale::Satisfaction),
        },
        agreed: agreed(tp),
        ratings: ratings(f, tp),
        robustness: sure(f, r.at),
    }
}

fn unscored<'a>(f: &Facts<'a>, at: TpRef) -> Unscored<'a> {
    let tp = f.tp(at);
    Unscored {
        listed: listed(f, at),
        missing: missing_scales(tp).into_iter().map(scale_key).collect(),
        agreed: agreed(tp),
        ratings: ratings(f, tp),
    }
}

fn audit_info<'a>(f: &Facts<'a>) -> AuditInfo<'a> {
    let a = f.audit;
    AuditInfo {
        name: &a.name,
        title: a.display_title(),
        schema_version: a.version,
        client: &a.client,
        lang: a.lang.code(),
        created: a.created.to_string(),
        updated: f.as_of.to_string(),
        template: a.template.as_deref(),
        participants: a
            .participants
            .iter()
            .map(|p| Participant {
                id: &p.id,
                name: &p.name,
            })
            .collect(),
    }
}

fn summary(f: &Facts) -> Summary {
    use crate::model::Quadrant::*;
    let r = &f.ranking;
    Summary {
        total: f.total(),
        scored: r.ranked.len(),
        unscored: r.unscored.len(),
        not_applicable: r.not_applicable.len(),
        critical: r.critical_count(),
        per_quadrant: PerQuadrant {
            fix_first: r.count(FixFirst),
            keep_up: r.count(KeepUp),
            low_priority: r.count(LowPriority),
            overkill: r.count(Overkill),
        },
    }
}

/// Renders the JSON report (pretty-printed, with a trailing newline).
pub fn render(f: &Facts) -> String {
    let mut bytes = Vec::new();
    write(f, &mut bytes).expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("JSON is UTF-8")
}

/// Writes the JSON report to `to` as it is serialised, never held whole.
pub fn write(f: &Facts, to: &mut dyn std::io::Write) -> std::io::Result<()> {
    let report = Report {
        tpaudit_report: REPORT_VERSION,
        tpaudit_version: env!("CARGO_PKG_VERSION"),
        audit: audit_info(f),
        crosshair: Crosshair {
            mode: f.mode,
            impact: f.ranking.crosshair.impact,
            satisfaction: f.ranking.crosshair.satisfaction,
        },
        summary: summary(f),
        stable_top: (f.robustness.stable_top.iter())
            .map(|&at| f.tp(at).id.as_str())
            .collect(),
        ranked: Each(|| f.ranking.ranked.iter().map(|r| ranked(f, r))),
        unscored: Each(|| f.ranking.unscored.iter().map(|&at| unscored(f, at))),
        not_applicable: Each(|| f.ranking.not_applicable.iter().map(|&at| listed(f, at))),
        evidence: json_evidence::report(f),
    };
    // Plain structs of strings and numbers always serialise; only a failing writer could err.
    serde_json::to_writer_pretty(&mut *to, &report).map_err(std::io::Error::from)?;
    to.write_all(b"\n")
}
