//! Semantic checks of a loaded audit: what serde cannot see.

use std::collections::HashSet;

use super::audit::{Audit, SCHEMA_VERSION, Scale};
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
    let mut ids = HashSet::new();
    for (si, stage) in audit.stages.iter().enumerate() {
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
        for tp in &stage.touchpoints {
            let label = format!("touchpoint '{}' ({stage_label})", tp.name);
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
    }
    out.extend(evidence_problems(audit));
    out
}

/// Problems with the evidence behind the scores: measurements and survey counts.
fn evidence_problems(audit: &Audit) -> Vec<Problem> {
    let mut out = Vec::new();
    if audit.nps.is_some_and(|s| s.n() > MAX_ANSWERS) {
        out.push(format!(
            "more than {MAX_ANSWERS} NPS answers; is the file damaged?"
        ));
    }
    for (si, stage) in audit.stages.iter().enumerate() {
        let stage_label = format!("stage {} '{}'", si + 1, stage.name);
        out.extend(measurement_problems(
            &stage_label,
            &stage.measurements,
            true,
        ));
        for tp in &stage.touchpoints {
            let label = format!("touchpoint '{}' ({stage_label})", tp.name);
            out.extend(measurement_problems(&label, &tp.measurements, false));
            if tp.survey.is_some_and(|s| s.n() > MAX_ANSWERS) {
                out.push(format!(
                    "{label}: more than {MAX_ANSWERS} survey answers; is the file damaged?"
                ));
            }
        }
    }
    out.into_iter().map(Problem).collect()
}
