//! Editing the checklist and the participants from the walk: every change is undoable.

use crate::app::state::Walk;
use crate::model::edit::{Field, Op};
use crate::model::{Participant, Stage, Touchpoint, ids};

impl Walk {
    fn tp_id_taken(&self, id: &str) -> bool {
        self.audit
            .stages
            .iter()
            .any(|s| s.id == id || s.touchpoints.iter().any(|t| t.id == id))
    }

    /// Adds a touchpoint after the selected one and selects it.
    pub fn add_tp(&mut self, name: &str) {
        if self.audit.stages.is_empty() {
            return;
        }
        let id = ids::unique_id("tp", name, |id| self.tp_id_taken(id));
        let index = if self.stage_len() == 0 {
            0
        } else {
            self.tp + 1
        };
        let tp = Box::new(Touchpoint::new(id, name));
        if self.change(Op::InsertTp {
            at: (self.stage, index),
            tp,
        }) {
            self.go((self.stage, index));
        }
    }

    /// Adds a stage after the current one and goes there.
    pub fn add_stage(&mut self, name: &str) {
        let id = ids::unique_id("stage", name, |id| self.tp_id_taken(id));
        let index = (self.stage + 1).min(self.audit.stages.len());
        let stage = Box::new(Stage::new(id, name));
        if self.change(Op::InsertStage { index, stage }) {
            self.go((index, 0));
        }
    }

    /// Adds a participant and makes them the active one.
    pub fn add_participant(&mut self, name: &str) {
        let taken = |id: &str| self.audit.participants.iter().any(|p| p.id == id);
        let id = ids::unique_id("p", name, taken);
        let index = self.audit.participants.len();
        let participant = Participant {
            id,
            name: name.to_string(),
        };
        if self.change(Op::InsertParticipant {
            index,
            participant,
            ratings: Vec::new(),
        }) {
            self.participant = index;
        }
    }

    /// Makes the next (or, going back, the previous) participant the active one, wrapping.
    pub fn next_participant(&mut self, forward: bool) {
        let n = self.audit.participants.len().max(1);
        let step = if forward { 1 } else { n - 1 };
        self.participant = (self.participant + step) % n;
    }

    /// Sets a text field (names, description) as one change.
    pub fn set_text(&mut self, field: Field, value: &str) {
        if crate::model::edit::text(&self.audit, &field) != Some(value) {
            self.change(Op::Text {
                field,
                value: value.to_string(),
            });
        }
    }

    pub fn delete_tp(&mut self) {
        if let Some(at) = self.at() {
            self.change(Op::RemoveTp { at });
        }
    }

    pub fn delete_stage(&mut self) {
        if self.stage < self.audit.stages.len() {
            self.change(Op::RemoveStage { index: self.stage });
        }
    }

    /// Moves the selected touchpoint one place, into the neighbouring stage at an edge.
    pub fn move_tp(&mut self, down: bool) {
        let Some(from) = self.at() else { return };
        let stages = self.audit.stages.len();
        let to = match (down, from) {
            (false, (s, t)) if t > 0 => (s, t - 1),
            (false, (s, _)) if s > 0 => (s - 1, self.audit.stages[s - 1].touchpoints.len()),
            (true, (s, t)) if t + 1 < self.stage_len() => (s, t + 1),
            (true, (s, _)) if s + 1 < stages => (s + 1, 0),
            _ => return,
        };
        if self.change(Op::MoveTp { from, to }) {
            (self.stage, self.tp) = to;
        }
    }

    pub fn move_stage(&mut self, down: bool) {
        let from = self.stage;
        let to = match down {
            true if from + 1 < self.audit.stages.len() => from + 1,
            false if from > 0 => from - 1,
            _ => return,
        };
        if self.change(Op::MoveStage { from, to }) {
            self.stage = to;
        }
    }
}
