//! The checklist walk: moving, scoring, not-applicable, undo and redo.

use crate::app::state::{Step, Walk};
use crate::model::edit::{self, Op};
use crate::model::{Scale, TpRef, score};

/// What a score key did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scoring {
    /// Scored and moved on to the next scale or touchpoint.
    Moved,
    /// Scored the last scale of the last touchpoint; the cursor stays.
    Finished,
    /// Nothing changed: the walk had already finished.
    Held,
    /// Nothing to score here (an empty stage).
    Ignored,
    /// The touchpoint is not applicable: nothing stored.
    Refused,
    /// Round robin: the touchpoint passed to the next participant.
    Passed,
    /// Blind round robin: every participant has scored the touchpoint, which stays for the
    /// reveal.
    AllScored,
    /// The agreed values of the touchpoint are recorded.
    Agreed,
}

impl Walk {
    /// Whether the table shows the touchpoint at `at`: its name passes the name filter.
    pub fn shown(&self, at: (usize, usize)) -> bool {
        self.filter.is_empty()
            || crate::model::edit::tp(&self.audit, at).is_some_and(|t| self.name_matches(&t.name))
    }

    /// The touchpoints of a stage the table shows, by index: all, or those the filter keeps.
    pub fn visible(&self, stage: usize) -> Vec<usize> {
        let len = self
            .audit
            .stages
            .get(stage)
            .map_or(0, |s| s.touchpoints.len());
        (0..len).filter(|&i| self.shown((stage, i))).collect()
    }

    /// The selected touchpoint's row among those the table shows, and how many it shows.
    pub fn table_position(&self) -> (usize, usize) {
        if self.filter.is_empty() {
            return (self.tp, self.stage_len());
        }
        let visible = self.visible(self.stage);
        let row = visible.iter().position(|&i| i == self.tp).unwrap_or(0);
        (row, visible.len())
    }

    /// The touchpoint shown on a row of the table.
    pub fn tp_on_row(&self, row: usize) -> Option<usize> {
        if self.filter.is_empty() {
            return (row < self.stage_len()).then_some(row);
        }
        self.visible(self.stage).get(row).copied()
    }

    /// Touchpoints the name filter keeps, and touchpoints in all.
    pub fn filter_counts(&self) -> (usize, usize) {
        let all = self.audit.touchpoints().count();
        let kept = self
            .audit
            .touchpoints()
            .filter(|(_, _, t)| self.name_matches(&t.name))
            .count();
        (kept, all)
    }

    /// After the name filter changed: the selection moves to the first touchpoint it keeps,
    /// from the selected one on (else from the start), and the list starts at its top.
    pub fn refilter(&mut self) {
        self.scroll = 0;
        self.priority = Default::default();
        self.finished = false;
        if self.at().is_some_and(|at| self.shown(at)) {
            return;
        }
        let here = (self.stage, self.tp);
        let kept: Vec<(usize, usize)> = self
            .audit
            .touchpoints()
            .filter(|(_, _, t)| self.name_matches(&t.name))
            .map(|(s, i, _)| (s, i))
            .collect();
        if let Some(&at) = kept.iter().find(|&&at| at >= here).or(kept.first()) {
            self.go(at);
        }
    }

    /// Whether a key that acts on the selected touchpoint has one: with a filter that keeps
    /// nothing, the selection is not on screen and nothing may change it.
    pub fn selection_shown(&self) -> bool {
        self.at().is_some_and(|at| self.shown(at))
    }

    /// Moves to the next touchpoint the table shows, crossing into later stages; false at the
    /// very end.
    pub fn down(&mut self) -> bool {
        let stages = &self.audit.stages;
        let in_stage = stages.get(self.stage).map_or(0, |s| s.touchpoints.len());
        if let Some(tp) = (self.tp + 1..in_stage).find(|&i| self.shown((self.stage, i))) {
            self.go((self.stage, tp));
            return true;
        }
        let next = (self.stage + 1..stages.len()).find_map(|s| {
            (0..stages[s].touchpoints.len())
                .find(|&i| self.shown((s, i)))
                .map(|i| (s, i))
        });
        match next {
            Some(at) => {
                self.go(at);
                true
            }
            None => false,
        }
    }

    /// Moves to the previous touchpoint the table shows, crossing into earlier stages.
    pub fn up(&mut self) {
        if let Some(tp) = (0..self.tp).rev().find(|&i| self.shown((self.stage, i))) {
            self.go((self.stage, tp));
            return;
        }
        let stages = &self.audit.stages;
        let previous = (0..self.stage).rev().find_map(|s| {
            (0..stages[s].touchpoints.len())
                .rev()
                .find(|&i| self.shown((s, i)))
                .map(|i| (s, i))
        });
        if let Some(at) = previous {
            self.go(at);
        }
    }

    pub fn first(&mut self) {
        if let Some(&tp) = self.visible(self.stage).first() {
            self.go((self.stage, tp));
        }
    }

    pub fn last(&mut self) {
        if let Some(&tp) = self.visible(self.stage).last() {
            self.go((self.stage, tp));
        }
    }

    /// Puts the cursor on a touchpoint. Arriving on another touchpoint makes frequency the
    /// active scale, so a digit never lands on a scale the user did not see, and shows the top
    /// of its card.
    pub fn go(&mut self, (stage, tp): (usize, usize)) {
        if (stage, tp) != (self.stage, self.tp) {
            self.scale = Scale::Frequency;
            self.card_scroll = 0;
            self.agreeing = false;
        }
        (self.stage, self.tp) = (stage, tp);
    }

    pub fn stage_len(&self) -> usize {
        self.audit
            .stages
            .get(self.stage)
            .map_or(0, |s| s.touchpoints.len())
    }

    /// How many columns of a stage list `width` wide a stage's name may take: the rest is for
    /// its ` done/total` count.
    pub fn stage_name_room(&self, stage: usize, width: usize) -> usize {
        let count = self
            .progress
            .get(stage)
            .map_or(0, |p| p.fraction().len() + 1);
        width.saturating_sub(count).max(1)
    }

    /// The lines of a stage in a stage list `width` wide: its name wraps under itself.
    pub fn stage_lines(&self, stage: usize, width: usize) -> usize {
        let name = self.audit.stages.get(stage).map_or("", |s| s.name.as_str());
        crate::text::wrap(name, self.stage_name_room(stage, width))
            .len()
            .max(1)
    }

    /// The first stage a stage list of `width`×`rows` shows: the selected one, with as many
    /// above it as fit.
    pub fn first_listed_stage(&self, width: usize, rows: usize) -> usize {
        let mut first = self.stage;
        let mut used = self.stage_lines(self.stage, width);
        while first > 0 {
            let above = self.stage_lines(first - 1, width);
            if used + above > rows {
                break;
            }
            used += above;
            first -= 1;
        }
        first
    }

    /// The stage on row `row` of a stage list of `width`×`rows`.
    pub fn stage_on_row(&self, width: usize, rows: usize, row: usize) -> Option<usize> {
        if row >= rows {
            return None;
        }
        let mut top = 0;
        for stage in self.first_listed_stage(width, rows)..self.audit.stages.len() {
            top += self.stage_lines(stage, width);
            if row < top {
                return Some(stage);
            }
        }
        None
    }

    /// Goes to a stage, on its first touchpoint the table shows.
    pub fn go_stage(&mut self, stage: usize) {
        if stage == self.stage || stage >= self.audit.stages.len() {
            return;
        }
        self.tp = self.visible(stage).first().copied().unwrap_or(0);
        self.stage = stage;
        self.scale = Scale::Frequency;
        self.card_scroll = 0;
        self.agreeing = false;
        self.scroll = 0;
    }

    /// Scrolls the table `by` rows (the mouse wheel) in a table of `rows` rows; a selection
    /// scrolled out of view moves to the nearest row still shown.
    pub fn scroll_table(&mut self, by: isize, rows: usize) {
        let (row, len) = self.table_position();
        let rows = rows.max(1);
        let max = len.saturating_sub(rows);
        self.scroll = self.scroll.min(max).saturating_add_signed(by).min(max);
        let nearest = row.clamp(
            self.scroll,
            (self.scroll + rows - 1).min(len.saturating_sub(1)),
        );
        if nearest != row
            && let Some(tp) = self.tp_on_row(nearest)
        {
            self.go((self.stage, tp));
        }
    }

    /// Goes to another stage by offset, landing on its first touchpoint.
    pub fn jump_stage(&mut self, forward: bool) {
        if !self.filter.is_empty() {
            return self.jump_filtered_stage(forward);
        }
        let n = self.audit.stages.len();
        self.stage = match forward {
            true if self.stage + 1 < n => self.stage + 1,
            false => self.stage.saturating_sub(1),
            true => self.stage,
        };
        self.tp = 0;
        self.scale = Scale::Frequency;
        self.card_scroll = 0;
        self.agreeing = false;
    }

    /// With a name filter: the nearest stage in that direction where it keeps a touchpoint,
    /// on its first kept touchpoint.
    fn jump_filtered_stage(&mut self, forward: bool) {
        let n = self.audit.stages.len();
        let first_kept = |s: usize| self.visible(s).first().map(|&i| (s, i));
        let at = match forward {
            true => (self.stage + 1..n).find_map(first_kept),
            false => (0..self.stage).rev().find_map(first_kept),
        };
        if let Some(at) = at {
            self.go(at);
        }
    }

    pub fn scale_step(&mut self, forward: bool) {
        let next = if forward {
            self.scale.next()
        } else {
            self.scale.prev()
        };
        self.scale = next.unwrap_or(self.scale);
    }

    /// Sets the active scale for the active participant, then advances scale or touchpoint.
    /// After the last touchpoint's last scale the cursor stays put and the walk is finished.
    pub fn score(&mut self, value: u8) -> Scoring {
        if self.finished {
            return Scoring::Held;
        }
        if self.selected().is_some_and(|tp| tp.not_applicable) {
            return Scoring::Refused;
        }
        if self.agreeing {
            return self.agree(Some(value));
        }
        let was_complete = self
            .selected()
            .is_some_and(|tp| self.first_missing(tp).is_none());
        if !self.set_score(self.scale, Some(value)) {
            return Scoring::Ignored;
        }
        // Scoring again walks the scales in order; otherwise a touchpoint is left only once
        // this participant has scored all of it, a scale skipped earlier becoming active first.
        let next = if was_complete {
            self.scale.next()
        } else {
            self.selected().and_then(|tp| self.first_missing(tp))
        };
        if next.is_none()
            && let Some(passed) = self.pass_turn()
        {
            return passed;
        }
        match next {
            Some(next) => self.scale = next,
            None if self.move_on() => self.scale = Scale::Frequency,
            None => {
                self.finished = true;
                return Scoring::Finished;
            }
        }
        Scoring::Moved
    }

    /// Records the agreed value of the active scale and goes to the next scale; after
    /// satisfaction the touchpoint's agreement is done and digits rate again.
    pub fn agree(&mut self, value: Option<u8>) -> Scoring {
        let Some(at) = self.at() else {
            return Scoring::Ignored;
        };
        let scale = self.scale;
        if !self.change(Op::Agreed { at, scale, value }) || value.is_none() {
            return Scoring::Ignored;
        }
        match scale.next() {
            Some(next) => {
                self.scale = next;
                Scoring::Moved
            }
            None => {
                self.agreeing = false;
                self.scale = Scale::Frequency;
                Scoring::Agreed
            }
        }
    }

    /// Goes to the next touchpoint that needs discussion, after the selected one and round
    /// to the start; false when there is none.
    pub fn next_discussion(&mut self) -> bool {
        let all: Vec<(usize, usize)> = self
            .audit
            .touchpoints()
            .filter(|(_, _, t)| {
                !t.not_applicable && score::needs_discussion(t) && self.name_matches(&t.name)
            })
            .map(|(s, i, _)| (s, i))
            .collect();
        let here = (self.stage, self.tp);
        match all.iter().find(|&&at| at > here).or(all.first()) {
            Some(&at) => {
                self.go(at);
                true
            }
            None => false,
        }
    }

    /// Round robin, once the active participant has scored the whole touchpoint: the next
    /// participant takes the turn on it; after the last one the first takes the next touchpoint
    /// (`None`: move on as usual), or, when blind, the touchpoint stays for the reveal.
    fn pass_turn(&mut self) -> Option<Scoring> {
        let n = self.audit.participants.len();
        if !self.round_robin || n < 2 {
            return None;
        }
        self.participant = (self.participant + 1) % n;
        self.scale = self
            .selected()
            .and_then(|tp| {
                let rating = self.participant_id().and_then(|p| tp.rating(p));
                Scale::ALL
                    .into_iter()
                    .find(|s| rating.and_then(|r| r.get(*s)).is_none())
            })
            .unwrap_or(Scale::Frequency);
        match (self.participant, self.blind) {
            (0, true) => Some(Scoring::AllScored),
            (0, false) => None,
            _ => Some(Scoring::Passed),
        }
    }

    /// Blind scoring on or off; off forgets what was revealed.
    pub fn toggle_blind(&mut self) {
        self.blind = !self.blind;
        self.revealed.clear();
    }

    /// Reveals (or hides again) the selected touchpoint's ratings while blind.
    pub fn toggle_reveal(&mut self) {
        let Some(id) = self.selected().map(|t| t.id.clone()) else {
            return;
        };
        if !self.revealed.remove(&id) {
            self.revealed.insert(id);
        }
    }

    /// The first scale after the active one (wrapping round) the active participant has not
    /// scored on `tp`.
    pub fn first_missing(&self, tp: &crate::model::Touchpoint) -> Option<Scale> {
        let rating = self.participant_id().and_then(|p| tp.rating(p));
        let start = self.scale.index() + 1;
        (0..3)
            .map(|i| Scale::ALL[(start + i) % 3])
            .find(|s| rating.and_then(|r| r.get(*s)).is_none())
    }

    /// Sets one scale without moving; false when there is nothing to score.
    pub fn set_score(&mut self, scale: Scale, value: Option<u8>) -> bool {
        let (Some(at), Some(participant)) = (self.at(), self.participant_id()) else {
            return false;
        };
        let op = Op::Score {
            at,
            participant: participant.to_string(),
            scale,
            value,
        };
        self.change(op)
    }

    /// Marks the touchpoint not applicable and moves on, as a third digit does (or, at the
    /// last touchpoint, finishes); marking it applicable again stays.
    pub fn toggle_na(&mut self) -> Scoring {
        let Some(tp) = self.selected() else {
            return Scoring::Ignored;
        };
        let value = !tp.not_applicable;
        let op = Op::NotApplicable {
            at: (self.stage, self.tp),
            value,
        };
        if !self.change(op) || !value {
            return Scoring::Ignored;
        }
        if self.move_on() {
            Scoring::Moved
        } else {
            self.finished = true;
            Scoring::Finished
        }
    }

    /// After a touchpoint is done, on to the next one there is something to score: those marked
    /// not applicable take no digits, so they are passed over. False (and the selection kept)
    /// when none is left.
    fn move_on(&mut self) -> bool {
        let from = (self.stage, self.tp, self.scale, self.card_scroll);
        while self.down() {
            if !self.selected().is_some_and(|tp| tp.not_applicable) {
                return true;
            }
        }
        (self.stage, self.tp, self.scale, self.card_scroll) = from;
        false
    }

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

    pub fn mark_dirty(&mut self) {
        self.dirty = true;
        self.edits += 1;
    }

    /// Keeps the cursor on an existing stage, touchpoint and participant.
    pub fn clamp(&mut self) {
        self.stage = self.stage.min(self.audit.stages.len().saturating_sub(1));
        self.tp = self.tp.min(self.stage_len().saturating_sub(1));
        self.participant = self
            .participant
            .min(self.audit.participants.len().saturating_sub(1));
    }

    /// Scrolls the table so the selection is inside `rows` visible rows.
    pub fn follow(&mut self, rows: usize) {
        let rows = rows.max(1);
        let (row, len) = self.table_position();
        if row < self.scroll {
            self.scroll = row;
        } else if row >= self.scroll + rows {
            self.scroll = row + 1 - rows;
        }
        // No empty rows at the bottom while rows above are hidden.
        self.scroll = self.scroll.min(len.saturating_sub(rows));
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
        Op::Text { .. } | Op::InsertParticipant { .. } | Op::Action { .. } => Some(Vec::new()),
        Op::InsertStage { .. }
        | Op::RemoveStage { .. }
        | Op::MoveStage { .. }
        | Op::RemoveParticipant { .. } => None,
    }
}

/// Whether an op can move a touchpoint in the ranking: scores, not-applicable flags, the
/// checklist's structure and the participants (whose ratings count) do; names, notes and
/// plans do not.
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
        Op::Text { .. } | Op::Action { .. } => false,
    }
}
