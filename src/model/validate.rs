//! Semantic checks of a loaded audit: what serde cannot see.

use std::collections::HashSet;

use super::audit::{Audit, SCHEMA_VERSION, Scale, Stage, Touchpoint};
use super::evidence::measurement_problems;

/// More answers than any survey has: a count beyond it is a damaged file.
pub const MAX_ANSWERS: u64 = 100_000_000;

/// One semantic problem, phrased so the user knows where to look.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Problem(pub String);

/// All semantic problems of an audit; empty when it is valid.
pub fn validate(audit: &Audit) -> Vec<Problem> {
    let mut out = Vec::new();
    check_header(audit, &mut out);
    let pids = check_participants(audit, &mut out);
    let mut ids = HashSet::new();
    for (si, stage) in audit.stages.iter().enumerate() {
        let stage_label = check_stage(si, stage, &mut ids, &mut out);
        for tp in &stage.touchpoints {
            let label = format!("touchpoint '{}' ({stage_label})", tp.name);
            check_touchpoint(tp, &stage_label, &label, &mut ids, &mut out);
            check_ratings(tp, &label, &pids, &mut out);
            check_evidence(tp, &label, &mut out);
        }
    }
    out
}

/// The file's schema version, the audit's name, that it has participants, and NPS counts a
/// real survey can have.
fn check_header(audit: &Audit, out: &mut Vec<Problem>) {
    let mut push = |s: String| out.push(Problem(s));
    if audit.version > SCHEMA_VERSION {
        push(format!(
            "schema version {} is newer than this tpaudit understands ({SCHEMA_VERSION}); upgrade tpaudit",
            audit.version
        ));
    }
    if audit.name.trim().is_empty() {
        push("the audit has an empty name".into());
    }
    if audit.participants.is_empty() {
        push("the audit has no participants; add one, e.g. (id: \"p1\", name: \"Me\")".into());
    }
    if audit.nps.is_some_and(|s| s.n() > MAX_ANSWERS) {
        push(format!(
            "more than {MAX_ANSWERS} NPS answers; is the file damaged?"
        ));
    }
}

/// Each participant's id and name; returns the participants' ids (those not empty).
fn check_participants<'a>(audit: &'a Audit, out: &mut Vec<Problem>) -> HashSet<&'a str> {
    let mut push = |s: String| out.push(Problem(s));
    let mut pids = HashSet::new();
    for p in &audit.participants {
        if p.id.trim().is_empty() {
            push(format!("participant '{}' has an empty id", p.name));
        } else if !pids.insert(p.id.as_str()) {
            push(format!("participant id '{}' is used twice", p.id));
        }
        if p.name.trim().is_empty() {
            push(format!("participant '{}' has an empty name", p.id));
        }
    }
    pids
}

/// The stage's name, its id (unique among stages and touchpoints) and its measurements;
/// returns how problems name the stage.
fn check_stage<'a>(
    si: usize,
    stage: &'a Stage,
    ids: &mut HashSet<&'a str>,
    out: &mut Vec<Problem>,
) -> String {
    let mut push = |s: String| out.push(Problem(s));
    let stage_label = format!("stage {} '{}'", si + 1, stage.name);
    if stage.name.trim().is_empty() {
        push(format!(
            "stage {} (id '{}') has an empty name",
            si + 1,
            stage.id
        ));
    }
    if stage.id.trim().is_empty() {
        push(format!("{stage_label} has an empty id"));
    } else if !ids.insert(stage.id.as_str()) {
        push(format!("{stage_label}: id '{}' is used twice", stage.id));
    }
    out.extend(
        measurement_problems(&stage_label, &stage.measurements, true)
            .into_iter()
            .map(Problem),
    );
    stage_label
}

/// The touchpoint's name, its id (unique among stages and touchpoints) and its agreed values.
fn check_touchpoint<'a>(
    tp: &'a Touchpoint,
    stage_label: &str,
    label: &str,
    ids: &mut HashSet<&'a str>,
    out: &mut Vec<Problem>,
) {
    let mut push = |s: String| out.push(Problem(s));
    if tp.name.trim().is_empty() {
        push(format!(
            "touchpoint with id '{}' ({stage_label}) has an empty name",
            tp.id
        ));
    }
    if tp.id.trim().is_empty() {
        push(format!("{label} has an empty id"));
    } else if !ids.insert(tp.id.as_str()) {
        push(format!("{label}: id '{}' is used twice", tp.id));
    }
    for scale in Scale::ALL {
        if let Some(v) = tp.agreed(scale).filter(|v| !(1..=5).contains(v)) {
            push(format!(
                "{label}: agreed {} score {v} is out of range 1–5",
                format!("{scale:?}").to_lowercase()
            ));
        }
    }
}

/// The touchpoint's ratings: each by a known participant, one per participant, scores 1–5.
fn check_ratings(tp: &Touchpoint, label: &str, pids: &HashSet<&str>, out: &mut Vec<Problem>) {
    let mut push = |s: String| out.push(Problem(s));
    let mut raters = HashSet::new();
    for r in &tp.ratings {
        if !pids.contains(r.participant.as_str()) {
            push(format!(
                "{label}: rating by unknown participant '{}'",
                r.participant
            ));
        }
        if !raters.insert(r.participant.as_str()) {
            push(format!(
                "{label}: participant '{}' rated it twice",
                r.participant
            ));
        }
        for scale in Scale::ALL {
            if let Some(v) = r.get(scale).filter(|v| !(1..=5).contains(v)) {
                push(format!(
                    "{label}: {} score {v} is out of range 1–5",
                    format!("{scale:?}").to_lowercase()
                ));
            }
        }
    }
}

/// The touchpoint's evidence: its measurements, and survey counts a real survey can have.
fn check_evidence(tp: &Touchpoint, label: &str, out: &mut Vec<Problem>) {
    out.extend(
        measurement_problems(label, &tp.measurements, false)
            .into_iter()
            .map(Problem),
    );
    if tp.survey.is_some_and(|s| s.n() > MAX_ANSWERS) {
        out.push(Problem(format!(
            "{label}: more than {MAX_ANSWERS} survey answers; is the file damaged?"
        )));
    }
}
