//! Merging participants' pre-work into one audit: their ratings, all or nothing.
//!
//! Participants match by name (trimmed, any case); one who is new to the audit gets an id that
//! clashes with no other, made from the name as the workbench makes it. Only participants who
//! rated something are brought over. Touchpoints match as `model::matching` says. Each FROM is
//! merged in turn into the result of the ones before it, so two FROMs can conflict too.
//!
//! A conflict is a participant whose rating of a scale differs between the audit and a FROM,
//! or a rated FROM touchpoint the audit lacks (an unrated one brings nothing, and is passed
//! over). Any conflict refuses the whole merge, unless the options say what to do: keep one
//! side's rating, or add the missing touchpoints, rated or not (to the stage of the same id or
//! name, made at the end of the checklist when there is none). Only
//! participants and ratings are merged; notes, action plans, agreed values and not-applicable
//! flags stay as the audit has them.

use std::collections::HashMap;

use super::audit::{Audit, Participant, Scale, Stage, Touchpoint};
use super::ids::unique_id;
use super::matching::{match_touchpoints, normalise};
use super::score::TpRef;

/// Whose rating stands when a participant rated a scale differently in the two audits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prefer {
    /// Keep the audit's own rating.
    Into,
    /// Take the rating being merged in.
    From,
}

/// What to do instead of refusing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    pub prefer: Option<Prefer>,
    pub add_missing: bool,
}

/// Why a merge is refused. `from` is the index of the FROM audit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    /// A participant rated a scale of a touchpoint differently.
    Rating {
        from: usize,
        stage: String,
        touchpoint: String,
        participant: String,
        scale: Scale,
        into: u8,
        theirs: u8,
    },
    /// A touchpoint of a FROM audit that the audit lacks.
    Missing {
        from: usize,
        stage: String,
        touchpoint: String,
    },
}

/// What a merge changed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Merged {
    /// Names of the participants added.
    pub participants: Vec<String>,
    /// Scale values given where the audit had none.
    pub ratings: usize,
    /// Scale values replaced (with `Prefer::From`).
    pub replaced: usize,
    pub touchpoints: usize,
    pub stages: usize,
    /// Unrated FROM touchpoints the audit lacks, passed over.
    pub passed_over: usize,
}

/// Merges the participants and ratings of `from` into a copy of `into`; the conflicts, every
/// one of them, when the options do not settle them.
pub fn merge(
    into: &Audit,
    from: &[&Audit],
    opts: Options,
) -> Result<(Audit, Merged), Vec<Conflict>> {
    let mut out = into.clone();
    let mut merged = Merged::default();
    let mut conflicts = Vec::new();
    for (k, theirs) in from.iter().enumerate() {
        let ids = participants(&mut out, theirs, &mut merged);
        let m = match_touchpoints(&out, theirs);
        for &(mine, at) in &m.kept {
            let tp = tp(theirs, at);
            for c in ratings(&mut out, mine, tp, &ids, opts.prefer, &mut merged) {
                let (stage, name) = names(theirs, at);
                conflicts.push(Conflict::Rating {
                    from: k,
                    stage,
                    touchpoint: name,
                    participant: c.0,
                    scale: c.1,
                    into: c.2,
                    theirs: c.3,
                });
            }
        }
        for &at in &m.added {
            let rated = tp(theirs, at)
                .ratings
                .iter()
                .any(|r| ids.contains_key(&r.participant) && !r.is_empty());
            if opts.add_missing {
                add_touchpoint(&mut out, theirs, at, &ids, &mut merged);
            } else if !rated {
                merged.passed_over += 1;
            } else {
                let (stage, touchpoint) = names(theirs, at);
                conflicts.push(Conflict::Missing {
                    from: k,
                    stage,
                    touchpoint,
                });
            }
        }
    }
    if conflicts.is_empty() {
        Ok((out, merged))
    } else {
        Err(conflicts)
    }
}

fn tp(audit: &Audit, (s, t): TpRef) -> &Touchpoint {
    &audit.stages[s].touchpoints[t]
}

fn names(audit: &Audit, (s, t): TpRef) -> (String, String) {
    let stage = &audit.stages[s];
    (stage.name.clone(), stage.touchpoints[t].name.clone())
}

/// Maps each rating participant of `theirs` to a participant of `out`, adding the new ones.
fn participants(out: &mut Audit, theirs: &Audit, merged: &mut Merged) -> HashMap<String, String> {
    let mut map = HashMap::new();
    for p in &theirs.participants {
        let rated = theirs
            .touchpoints()
            .any(|(_, _, t)| t.rating(&p.id).is_some_and(|r| !r.is_empty()));
        if !rated {
            continue;
        }
        let key = normalise(&p.name);
        let id = match out.participants.iter().find(|q| normalise(&q.name) == key) {
            Some(q) => q.id.clone(),
            None => {
                let taken = |id: &str| out.participants.iter().any(|q| q.id == id);
                let id = unique_id("p", &p.name, taken);
                out.participants.push(Participant {
                    id: id.clone(),
                    name: p.name.trim().to_string(),
                });
                merged.participants.push(p.name.trim().to_string());
                id
            }
        };
        map.insert(p.id.clone(), id);
    }
    map
}

/// A rating conflict: participant name, scale, the audit's value, theirs.
type Clash = (String, Scale, u8, u8);

/// Brings one touchpoint's ratings over; returns the clashes left unsettled.
fn ratings(
    out: &mut Audit,
    (s, t): TpRef,
    theirs: &Touchpoint,
    ids: &HashMap<String, String>,
    prefer: Option<Prefer>,
    merged: &mut Merged,
) -> Vec<Clash> {
    let mut clashes = Vec::new();
    for r in &theirs.ratings {
        let Some(pid) = ids.get(&r.participant) else {
            continue;
        };
        for scale in Scale::ALL {
            let Some(value) = r.get(scale) else { continue };
            let mine = out.stages[s].touchpoints[t]
                .rating(pid)
                .and_then(|m| m.get(scale));
            match (mine, prefer) {
                (None, _) => merged.ratings += 1,
                (Some(v), _) if v == value => continue,
                (Some(_), Some(Prefer::Into)) => continue,
                (Some(_), Some(Prefer::From)) => merged.replaced += 1,
                (Some(v), None) => {
                    let name = out.participant_name(pid).unwrap_or(pid).to_string();
                    clashes.push((name, scale, v, value));
                    continue;
                }
            }
            out.stages[s].touchpoints[t].set_score(pid, scale, Some(value));
        }
    }
    clashes
}

/// True when `id` names a stage or a touchpoint of the audit (they share one namespace).
fn id_taken(audit: &Audit, id: &str) -> bool {
    audit
        .stages
        .iter()
        .any(|s| s.id == id || s.touchpoints.iter().any(|t| t.id == id))
}

/// Adds a touchpoint of `theirs` the audit lacks, with its ratings, to the stage of the same
/// id or name, made at the end when there is none.
fn add_touchpoint(
    out: &mut Audit,
    theirs: &Audit,
    (s, t): TpRef,
    ids: &HashMap<String, String>,
    merged: &mut Merged,
) {
    let their_stage = &theirs.stages[s];
    let mut tp = their_stage.touchpoints[t].clone();
    tp.agreed = None;
    tp.ratings.retain(|r| ids.contains_key(&r.participant));
    for r in &mut tp.ratings {
        r.participant = ids[&r.participant].clone();
    }
    merged.ratings += tp
        .ratings
        .iter()
        .map(|r| Scale::ALL.iter().filter(|&&s| r.get(s).is_some()).count())
        .sum::<usize>();
    if id_taken(out, &tp.id) {
        tp.id = unique_id("tp", &tp.name, |id| id_taken(out, id));
    }
    let key = normalise(&their_stage.name);
    let found = out
        .stages
        .iter()
        .position(|st| st.id == their_stage.id)
        .or_else(|| out.stages.iter().position(|st| normalise(&st.name) == key));
    let index = match found {
        Some(i) => i,
        None => {
            let mut stage = Stage {
                touchpoints: Default::default(),
                ..their_stage.clone()
            };
            if id_taken(out, &stage.id) {
                stage.id = unique_id("stage", &stage.name, |id| id_taken(out, id));
            }
            out.stages.push(stage);
            merged.stages += 1;
            out.stages.len() - 1
        }
    };
    out.stages[index].touchpoints.push(tp);
    merged.touchpoints += 1;
}

#[cfg(test)]
mod tests;
