//! The three-way merge of one audit's two versions against their common ancestor, as git's
//! merge driver does it (`tpaudit merge-file BASE OURS THEIRS`).
//!
//! Stages, touchpoints, participants and ratings match by id (a rating by its participant), and
//! every field is merged on its own: a field one side changed takes that side's value; one both
//! sides changed to the same value takes it; one both changed to different values is a
//! conflict, which keeps OURS' value. So changes to different touchpoints or fields combine,
//! and things both sides added are all kept. A new id that both sides gave to different things
//! (two people adding "New touchpoint" to the same stage, or a third participant `p3` each) is
//! made unique on THEIRS' side first, its ratings following it. A thing one side deleted and
//! the other changed is a conflict too, settled as OURS has it.
//!
//! The result is always a valid audit when the three are: ratings never lose their participant
//! and ids stay unique. Order: OURS' order, with THEIRS' additions after the item they follow
//! there. Moves within a list are not merged (OURS' order stands).

//!
//! The parts, by what they merge: `stages` (stages and touchpoints, their ids), `participants`
//! (participants and ratings), `plans` (action plans), `evidence` (evidence levels,
//! measurements, surveys and NPS); `cx` holds the rule every field and
//! every list follows.
//!
//! The sitting (blind scoring and round robin) is a mode, not data: it is taken whole from one
//! side, and blind wins, so a merge never shows ratings a room still holds hidden. When both
//! sides are blind, a touchpoint stays revealed only if both revealed it.

mod cx;
mod evidence;
mod participants;
mod plans;
mod stages;
#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests;

use super::audit::{Audit, Sitting};
use cx::Cx;

/// A field both sides changed to different values; OURS' value was kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// Where, in words: `stage 'Awareness', touchpoint 'Search ads': notes`.
    pub place: String,
    pub ours: String,
    pub theirs: String,
}

impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: ours {}, theirs {}",
            self.place, self.ours, self.theirs
        )
    }
}

/// The merged audit and the conflicts found on the way (empty for a clean merge).
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub audit: Audit,
    pub conflicts: Vec<Conflict>,
}

/// Merges OURS and THEIRS, both descended from BASE.
pub fn merge3(base: &Audit, ours: &Audit, theirs: &Audit) -> Merged {
    let theirs = settle_new_ids(base, ours, theirs);
    let mut cx = Cx::naming([ours, &theirs, base]);
    let b = Some(base);
    let o = ours;
    let t = &theirs;
    let mut audit = Audit {
        version: o.version.max(t.version),
        name: cx.pick(|| "name".into(), b.map(|b| &b.name), &o.name, &t.name),
        title: cx.pick(|| "title".into(), b.map(|b| &b.title), &o.title, &t.title),
        client: cx.pick(
            || "client".into(),
            b.map(|b| &b.client),
            &o.client,
            &t.client,
        ),
        created: cx.pick(
            || "created".into(),
            b.map(|b| &b.created),
            &o.created,
            &t.created,
        ),
        lang: cx.pick(|| "language".into(), b.map(|b| &b.lang), &o.lang, &t.lang),
        template: cx.pick(
            || "template".into(),
            b.map(|b| &b.template),
            &o.template,
            &t.template,
        ),
        previous: cx.pick(
            || "previous audit".into(),
            b.map(|b| &b.previous),
            &o.previous,
            &t.previous,
        ),
        participants: participants::merge_participants(&mut cx, base, o, t),
        nps: evidence::nps(&mut cx, &base.nps, &o.nps, &t.nps),
        stages: stages::merge_stages(&mut cx, base, o, t),
        sitting: sitting(&o.sitting, &t.sitting),
    };
    repair(&mut audit, ours, &theirs);
    Merged {
        audit,
        conflicts: cx.conflicts,
    }
}

/// The merged sitting: the blind side's (OURS' when both or neither are), revealing only what
/// every blind side revealed.
fn sitting(ours: &Sitting, theirs: &Sitting) -> Sitting {
    match (ours.blind, theirs.blind) {
        (false, true) => theirs.clone(),
        (true, true) => Sitting {
            revealed: ours
                .revealed
                .intersection(&theirs.revealed)
                .cloned()
                .collect(),
            ..ours.clone()
        },
        _ => ours.clone(),
    }
}

/// THEIRS with every id that both sides added, for different things, made unique.
fn settle_new_ids(base: &Audit, ours: &Audit, theirs: &Audit) -> Audit {
    let mut t = theirs.clone();
    participants::settle_participant_ids(base, ours, &mut t);
    stages::settle_stage_ids(base, ours, &mut t);
    t
}

/// Keeps the merged audit valid: a participant who still has ratings is brought back, and an
/// id used twice (a touchpoint one side moved and the other changed) is made unique.
fn repair(audit: &mut Audit, ours: &Audit, theirs: &Audit) {
    participants::bring_back_raters(audit, ours, theirs);
    stages::unique_ids(audit);
}

fn norm(s: &str) -> String {
    s.trim().to_lowercase()
}

fn same_name(a: &str, b: &str) -> bool {
    norm(a) == norm(b)
}
