//! The checklist walk's moves: which touchpoints the table shows, moving down, up, to a stage,
//! scrolling, and keeping the cursor where the audit still has a touchpoint.

use crate::app::state::Walk;
use crate::model::Scale;
use crate::model::funnel::Funnel;

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

    /// The lines of a stage in a stage list `width` wide: its name wraps under itself, then
    /// its figures in the audit's `funnel`.
    fn stage_lines(&self, funnel: &Funnel, stage: usize, width: usize) -> usize {
        let name = self.audit.stages.get(stage).map_or("", |s| s.name.as_str());
        crate::text::wrap(name, self.stage_name_room(stage, width))
            .len()
            .max(1)
            + super::funnel::funnel_rows(funnel, stage)
    }

    /// The first stage a stage list of `width`×`rows` shows: the selected one, with as many
    /// above it as fit (`funnel`: the audit's, whose figures take lines under the stages).
    pub fn first_listed_stage(&self, funnel: &Funnel, width: usize, rows: usize) -> usize {
        let mut first = self.stage;
        let mut used = self.stage_lines(funnel, self.stage, width);
        while first > 0 {
            let above = self.stage_lines(funnel, first - 1, width);
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
        let funnel = crate::model::funnel::funnel(&self.audit);
        let mut top = 0;
        for stage in self.first_listed_stage(&funnel, width, rows)..self.audit.stages.len() {
            top += self.stage_lines(&funnel, stage, width);
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
