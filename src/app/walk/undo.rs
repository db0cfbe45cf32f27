//! Changes to the walk's audit: each applied as an undoable step, undone and redone, with the
//! ranking and progress kept up to date for what the change touched.

use crate::app::state::{Step, Walk};
use crate::model::edit::{self, Op};
use crate::model::{TpRef, score};

impl Walk {
    /// Applies an op as a new undoable change; false when it did not apply.
    pub fn change(&mut self, op: Op) -> bool {
        let step_from = (self.stage, self.tp, self.scale);
        let (only, touched, reranks) = (only(&op), touched(&op), reranks(&op));
        let Ok(inverse) = edit::apply(&mut self.audit, op) else {
            return false;
        };
        self.undo.push(Step {
            op: inverse,
            stage: step_from.0,
            tp: step_from.1,
            scale: step_from.2,
        });
        self.redo.clear();
        self.after_change(only, touched, reranks);
        true
    }

    /// Records an edit already made in place (notes typed live) as one undoable change.
    pub fn record(&mut self, inverse: Op) {
        self.undo.push(Step {
            op: inverse,
            stage: self.stage,
            tp: self.tp,
            scale: self.scale,
        });
        self.redo.clear();
        self.mark_dirty();
    }

    /// Undoes (or, with `redo`, redoes) the last change; false when there is none.
    pub fn undo(&mut self, redo: bool) -> bool {
        let from = if redo { &mut self.redo } else { &mut self.undo };
        let Some(step) = from.pop() else {
            return false;
        };
        let (only, touched, reranks) = (only(&step.op), touched(&step.op), reranks(&step.op));
        let Ok(inverse) = edit::apply(&mut self.audit, step.op) else {
            return false;
        };
        let back = Step {
            op: inverse,
            stage: self.stage,
            tp: self.tp,
            scale: self.scale,
        };
        if redo {
            self.undo.push(back);
        } else {
            self.redo.push(back);
        }
        (self.stage, self.tp, self.scale) = (step.stage, step.tp, step.scale);
        self.after_change(only, touched, reranks);
        true
    }

    /// Brings the ranking and the progress counts up to date after an op: a change to one
    /// touchpoint moves only it (`only`); other changes count and rank again.
    fn after_change(&mut self, only: Option<TpRef>, touched: Option<Vec<usize>>, reranks: bool) {
        let moved = only.and_then(|at| Some((at, self.ranking.update(&self.audit, at)?)));
        if let Some(((stage, _), (from, to))) = moved {
            if let Some(p) = self.progress.get_mut(stage) {
                p.recount(&from, &to);
            }
            self.clamp();
            self.mark_dirty();
            return;
        }
        if reranks {
            self.ranking.refresh(&self.audit);
        }
        self.forget_removed_reveals();
        match touched {
            Some(stages) => {
                for s in stages {
                    if let (Some(p), Some(stage)) =
                        (self.progress.get_mut(s), self.audit.stages.get(s))
                    {
                        *p = score::progress(&stage.touchpoints);
                    }
                }
            }
            None => {
                self.progress = self
                    .audit
                    .stages
                    .iter()
                    .map(|s| score::progress(&s.touchpoints))
                    .collect();
            }
        }
        self.clamp();
        self.mark_dirty();
    }

    /// A touchpoint removed is no longer revealed: one added later under the same id (ids come
    /// from names) starts hidden, as every new touchpoint does while blind.
    fn forget_removed_reveals(&mut self) {
        let sitting = &mut self.audit.sitting;
        if sitting.revealed.is_empty() {
            return;
        }
        let ids: std::collections::HashSet<&str> =
            (self.audit.stages.iter().flat_map(|s| s.touchpoints.iter()))
                .map(|t| t.id.as_str())
                .collect();
        sitting.revealed.retain(|id| ids.contains(id.as_str()));
    }

    pub fn mark_dirty(&mut self) {
        self.dirty = true;
        self.edits += 1;
    }
}

/// The touchpoint an op changes when it changes one touchpoint's scores or status and nothing
/// else (its place in the ranking can then be found for it alone).
fn only(op: &Op) -> Option<TpRef> {
    match op {
        Op::Score { at, .. } | Op::NotApplicable { at, .. } | Op::Agreed { at, .. } => Some(*at),
        _ => None,
    }
}

/// The stages whose progress an op can change; `None` means the stage list itself changed.
fn touched(op: &Op) -> Option<Vec<usize>> {
    match op {
        Op::Score { at, .. }
        | Op::NotApplicable { at, .. }
        | Op::Agreed { at, .. }
        | Op::InsertTp { at, .. }
        | Op::RemoveTp { at } => Some(vec![at.0]),
        Op::MoveTp { from, to } => Some(vec![from.0, to.0]),
        Op::Text { .. }
        | Op::InsertParticipant { .. }
        | Op::Action { .. }
        | Op::Evidence { .. }
        | Op::Measurements { .. } => Some(Vec::new()),
        Op::InsertStage { .. }
        | Op::RemoveStage { .. }
        | Op::MoveStage { .. }
        | Op::RemoveParticipant { .. } => None,
    }
}

/// Whether an op can move a touchpoint in the ranking: scores, not-applicable flags, the
/// checklist's structure and the participants (whose ratings count) do; names, notes, plans
/// and the evidence behind the scores do not.
fn reranks(op: &Op) -> bool {
    match op {
        Op::Score { .. }
        | Op::NotApplicable { .. }
        | Op::Agreed { .. }
        | Op::InsertTp { .. }
        | Op::RemoveTp { .. }
        | Op::MoveTp { .. }
        | Op::InsertStage { .. }
        | Op::RemoveStage { .. }
        | Op::MoveStage { .. }
        | Op::InsertParticipant { .. }
        | Op::RemoveParticipant { .. } => true,
        Op::Text { .. } | Op::Action { .. } | Op::Evidence { .. } | Op::Measurements { .. } => {
            false
        }
    }
}
