//! Turning accepted rows into an audit: participants, stages, touchpoints, ratings and notes.
//! Every lookup goes through an index, so an import costs time in proportion to its rows.

use std::collections::HashMap;

use super::row::{Row, key};
use crate::model::ids::IdPool;
use crate::model::{Audit, Participant, Scale, Stage, Touchpoint};

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
    // Participant ids by name key; a name not among them rates as the first participant.
    let mut pids: HashMap<String, String> = HashMap::new();
    for p in audit.participants.iter().rev() {
        pids.insert(key(&p.name), p.id.clone());
    }
    let first_pid = audit
        .participants
        .first()
        .map(|p| p.id.clone())
        .unwrap_or_default();
    let mut ids = IdPool::with_taken(audit.stages.iter().flat_map(|s| {
        std::iter::once(s.id.clone()).chain(s.touchpoints.iter().map(|t| t.id.clone()))
    }));
    let mut places = Places::of(&audit);
    let mut notes: HashMap<(usize, usize), Vec<(String, String)>> = HashMap::new();
    for (_, row) in rows {
        let rater = match row.rater.as_deref() {
            Some(r) if !r.is_empty() => r.to_string(),
            _ => default_rater.clone(),
        };
        let pid = pids
            .get(&key(&rater))
            .map(String::as_str)
            .unwrap_or(&first_pid);
        let si = places.stage(&mut audit, &row.stage, &mut ids);
        let ti = places.touchpoint(&mut audit, si, &row.touchpoint, &mut ids);
        let tp = &mut audit.stages[si].touchpoints[ti];
        for scale in Scale::ALL {
            if let Some(v) = row.scores[scale.index()] {
                tp.set_score(pid, scale, Some(v));
            }
            if let Some(level) = row.levels[scale.index()] {
                tp.evidence.set(scale, level);
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

/// Where each stage and touchpoint is, by name key; the first of equal names wins, as a scan
/// from the top would find it.
/// Rows of one touchpoint usually come together (one per rater): the last place found is
/// tried first, by the name as written, before any key is made.
struct Places {
    stages: HashMap<String, usize>,
    touchpoints: HashMap<(usize, String), usize>,
    last_stage: Option<(String, usize)>,
    last_touchpoint: Option<(usize, String, usize)>,
}

impl Places {
    fn of(audit: &Audit) -> Places {
        let mut places = Places {
            stages: HashMap::new(),
            touchpoints: HashMap::new(),
            last_stage: None,
            last_touchpoint: None,
        };
        for (si, stage) in audit.stages.iter().enumerate() {
            places.stages.entry(key(&stage.name)).or_insert(si);
            for (ti, tp) in stage.touchpoints.iter().enumerate() {
                places.touchpoints.entry((si, key(&tp.name))).or_insert(ti);
            }
        }
        places
    }

    fn stage(&mut self, audit: &mut Audit, name: &str, ids: &mut IdPool) -> usize {
        if let Some((last, si)) = &self.last_stage
            && last == name
        {
            return *si;
        }
        let si = *self.stages.entry(key(name)).or_insert_with(|| {
            let id = ids.claim("stage", name);
            audit.stages.push(Stage::new(id, name));
            audit.stages.len() - 1
        });
        self.last_stage = Some((name.to_string(), si));
        si
    }

    fn touchpoint(&mut self, audit: &mut Audit, si: usize, name: &str, ids: &mut IdPool) -> usize {
        if let Some((s, last, ti)) = &self.last_touchpoint
            && (*s, last.as_str()) == (si, name)
        {
            return *ti;
        }
        let ti = *self.touchpoints.entry((si, key(name))).or_insert_with(|| {
            let id = ids.claim("tp", name);
            let stage = &mut audit.stages[si];
            stage.touchpoints.push(Touchpoint::new(id, name).into());
            stage.touchpoints.len() - 1
        });
        self.last_touchpoint = Some((si, name.to_string(), ti));
        ti
    }
}

/// Participants in the order their names first appear (case-insensitive, trimmed).
fn participants(rows: &[(usize, Row)], default_rater: &str) -> Vec<Participant> {
    let mut out: Vec<Participant> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut ids = IdPool::default();
    for (_, row) in rows {
        let name = match row.rater.as_deref() {
            Some(r) if !r.is_empty() => r,
            _ => default_rater,
        };
        if seen.insert(key(name)) {
            out.push(Participant {
                id: ids.claim("p", name),
                name: name.to_string(),
            });
        }
    }
    out
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
