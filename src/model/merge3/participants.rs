//! Participants and their ratings: participants match by id, a rating by its participant and
//! each scale on its own; a new participant id both sides gave to different people is made
//! unique on THEIRS' side, and a participant who still has ratings is never lost.

use std::collections::{HashMap, HashSet};

use super::cx::{Cx, scale_word};
use super::same_name;
use crate::model::audit::{Audit, Participant, Rating, Scale, Touchpoint};
use crate::model::ids::unique_id;

/// The merged list of participants, each one's name merged as a field.
pub(super) fn merge_participants(
    cx: &mut Cx,
    base: &Audit,
    o: &Audit,
    t: &Audit,
) -> Vec<Participant> {
    cx.list(
        &base.participants,
        &o.participants,
        &t.participants,
        |p| &p.id,
        |p| format!("participant '{}'", p.name),
        |cx, b, o, t| Participant {
            id: o.id.clone(),
            name: cx.pick(
                || format!("participant '{}': name", o.name),
                b.map(|b| &b.name),
                &o.name,
                &t.name,
            ),
        },
    )
}

/// The merged ratings of one touchpoint (`at` names it in conflicts): by participant, each
/// scale on its own; a missing rating is an empty one, and an empty result is dropped.
pub(super) fn merge_ratings(
    cx: &mut Cx,
    at: &str,
    b: Option<&Touchpoint>,
    o: &Touchpoint,
    t: &Touchpoint,
) -> Vec<Rating> {
    let mut raters: Vec<&str> = o.ratings.iter().map(|r| r.participant.as_str()).collect();
    for r in &t.ratings {
        if !raters.contains(&r.participant.as_str()) {
            raters.push(&r.participant);
        }
    }
    let mut ratings = Vec::new();
    for p in raters {
        let get = |tp: &Touchpoint| tp.rating(p).cloned().unwrap_or_else(|| Rating::new(p));
        let (rb, ro, rt) = (b.map(get), get(o), get(t));
        let mut r = Rating::new(p);
        for scale in Scale::ALL {
            let v = cx.pick(
                || format!("{at}: {} rated by '{p}'", scale_word(scale)),
                rb.as_ref().map(|r| r.get(scale)).as_ref(),
                &ro.get(scale),
                &rt.get(scale),
            );
            r.set(scale, v);
        }
        if !r.is_empty() {
            ratings.push(r);
        }
    }
    ratings
}

/// In `t` (THEIRS), a participant id new on both sides but for another person gets a fresh
/// id; their ratings follow it.
pub(super) fn settle_participant_ids(base: &Audit, ours: &Audit, t: &mut Audit) {
    let in_base = |id: &str| base.participants.iter().any(|p| p.id == id);
    let mut taken: HashSet<String> = base
        .participants
        .iter()
        .chain(&ours.participants)
        .chain(&t.participants)
        .map(|p| p.id.clone())
        .collect();
    let mut renamed: HashMap<String, String> = HashMap::new();
    for p in &mut t.participants {
        if in_base(&p.id) {
            continue;
        }
        let Some(op) = ours.participants.iter().find(|o| o.id == p.id) else {
            continue;
        };
        if same_name(&op.name, &p.name) {
            continue;
        }
        let fresh = unique_id("p", &p.name, |id| taken.contains(id));
        taken.insert(fresh.clone());
        renamed.insert(p.id.clone(), fresh.clone());
        p.id = fresh;
    }
    if !renamed.is_empty() {
        rename_raters(t, &renamed);
    }
}

/// Every rating of `audit` by a renamed participant, given to the new id.
fn rename_raters(audit: &mut Audit, renamed: &HashMap<String, String>) {
    for s in &mut audit.stages {
        for tp in &mut s.touchpoints {
            for r in &mut tp.ratings {
                if let Some(new) = renamed.get(&r.participant) {
                    r.participant = new.clone();
                }
            }
        }
    }
}

/// A participant who still has ratings in the merged audit but was dropped from its list (one
/// side deleted them, the other rated) is brought back from OURS or THEIRS.
pub(super) fn bring_back_raters(audit: &mut Audit, ours: &Audit, theirs: &Audit) {
    let mut known: HashSet<String> = audit.participants.iter().map(|p| p.id.clone()).collect();
    let raters: Vec<String> = audit
        .touchpoints()
        .flat_map(|(_, _, tp)| tp.ratings.iter().map(|r| r.participant.clone()))
        .collect();
    for id in raters {
        if known.contains(&id) {
            continue;
        }
        if let Some(p) = ours
            .participants
            .iter()
            .chain(&theirs.participants)
            .find(|p| p.id == id)
        {
            audit.participants.push(p.clone());
            known.insert(id);
        }
    }
}
