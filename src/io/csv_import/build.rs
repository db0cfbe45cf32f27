//! Turning accepted rows into an audit: participants, stages, touchpoints, ratings and notes.

use std::collections::{HashMap, HashSet};

use super::{Row, key};
use crate::model::{Audit, Participant, Scale, Stage, Touchpoint, ids};

/// Fills `audit` from valid rows: matching stages and touchpoints are filled, others appended.
pub(super) fn build(mut audit: Audit, rows: Vec<(usize, Row)>, has_rater: bool) -> Audit {
    let default_rater = audit
        .participants
        .first()
        .map(|p| p.name.clone())
        .unwrap_or_else(|| "Participant 1".into());
    if has_rater || audit.participants.is_empty() {
        audit.participants = participants(&rows, &default_rater);
    }
    let mut taken: HashSet<String> = audit
        .stages
        .iter()
        .flat_map(|s| {
            std::iter::once(s.id.clone()).chain(s.touchpoints.iter().map(|t| t.id.clone()))
        })
        .collect();
    let mut notes: HashMap<(usize, usize), Vec<(String, String)>> = HashMap::new();
    for (_, row) in rows {
        let rater = match row.rater.as_deref() {
            Some(r) if !r.is_empty() => r.to_string(),
            _ => default_rater.clone(),
        };
        let pid = participant_id(&audit, &rater);
        let si = stage_index(&mut audit, &row.stage, &mut taken);
        let ti = touchpoint_index(&mut audit.stages[si], &row.touchpoint, &mut taken);
        let tp = &mut audit.stages[si].touchpoints[ti];
        for scale in Scale::ALL {
            if let Some(v) = row.scores[scale.index()] {
                tp.set_score(&pid, scale, Some(v));
            }
        }
        if !row.notes.is_empty() {
            notes.entry((si, ti)).or_default().push((rater, row.notes));
        }
    }
    for ((si, ti), list) in notes {
        audit.stages[si].touchpoints[ti].notes = join_notes(&list);
    }
    audit
}

/// Participants in the order their names first appear (case-insensitive, trimmed).
fn participants(rows: &[(usize, Row)], default_rater: &str) -> Vec<Participant> {
    let mut out: Vec<Participant> = Vec::new();
    for (_, row) in rows {
        let name = match row.rater.as_deref() {
            Some(r) if !r.is_empty() => r,
            _ => default_rater,
        };
        if out.iter().any(|p| key(&p.name) == key(name)) {
            continue;
        }
        let id = ids::unique_id("p", name, |id| out.iter().any(|p| p.id == id));
        out.push(Participant {
            id,
            name: name.to_string(),
        });
    }
    out
}

fn participant_id(audit: &Audit, name: &str) -> String {
    audit
        .participants
        .iter()
        .find(|p| key(&p.name) == key(name))
        .or(audit.participants.first())
        .map(|p| p.id.clone())
        .unwrap_or_default()
}

fn stage_index(audit: &mut Audit, name: &str, taken: &mut HashSet<String>) -> usize {
    if let Some(i) = audit.stages.iter().position(|s| key(&s.name) == key(name)) {
        return i;
    }
    let id = ids::unique_id("stage", name, |id| taken.contains(id));
    taken.insert(id.clone());
    audit.stages.push(Stage::new(id, name));
    audit.stages.len() - 1
}

fn touchpoint_index(stage: &mut Stage, name: &str, taken: &mut HashSet<String>) -> usize {
    if let Some(i) = stage
        .touchpoints
        .iter()
        .position(|t| key(&t.name) == key(name))
    {
        return i;
    }
    let id = ids::unique_id("tp", name, |id| taken.contains(id));
    taken.insert(id.clone());
    stage.touchpoints.push(Touchpoint::new(id, name));
    stage.touchpoints.len() - 1
}

/// One rater's note as it is; several, each on its own line after the rater's name.
fn join_notes(list: &[(String, String)]) -> String {
    match list {
        [(_, only)] => only.clone(),
        _ => list
            .iter()
            .map(|(rater, note)| format!("{rater}: {note}"))
            .collect::<Vec<_>>()
            .join("\n"),
    }
}
