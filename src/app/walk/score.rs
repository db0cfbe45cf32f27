//! Scoring in the walk: a score key, agreed values, not-applicable, round robin and the blind
//! reveal.

use crate::app::state::Walk;
use crate::model::edit::Op;
use crate::model::{Scale, score};

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
    /// Blind: the active participant's hidden rating is complete; a digit would change it
    /// unseen, so nothing changed until the touchpoint is revealed.
    HiddenKept,
}

impl Walk {
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
        if was_complete && self.at().is_some_and(|at| self.hidden(at)) {
            return Scoring::HiddenKept;
        }
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
        if !self.round_robin() || n < 2 {
            return None;
        }
        self.participant = (self.participant + 1) % n;
        self.scale = self.turn_scale();
        match (self.participant, self.blind()) {
            (0, true) => Some(Scoring::AllScored),
            (0, false) => None,
            _ => Some(Scoring::Passed),
        }
    }

    /// The first scale the active participant has not scored on the selected touchpoint.
    fn turn_scale(&self) -> Scale {
        self.selected()
            .and_then(|tp| {
                let rating = self.participant_id().and_then(|p| tp.rating(p));
                Scale::ALL
                    .into_iter()
                    .find(|s| rating.and_then(|r| r.get(*s)).is_none())
            })
            .unwrap_or(Scale::Frequency)
    }

    /// Round robin on or off. A round starts with the first participant, whoever was added
    /// or chosen last, so that every participant has a turn before the touchpoint moves on.
    /// The mode is kept in the audit (saved, not undone: it is how the room works, not data).
    pub fn toggle_round_robin(&mut self) {
        self.audit.sitting.round_robin = !self.audit.sitting.round_robin;
        self.mark_dirty();
        if self.round_robin() {
            self.participant = 0;
            self.scale = self.turn_scale();
        }
    }

    /// Blind scoring on or off; off forgets what was revealed. Kept in the audit like round
    /// robin, so a reopen comes back blind.
    pub fn toggle_blind(&mut self) {
        self.set_blind(!self.blind());
    }

    /// Blind scoring on or off (off forgets what was revealed), saved with the audit.
    pub fn set_blind(&mut self, on: bool) {
        if self.blind() == on {
            return;
        }
        self.audit.sitting.blind = on;
        if !on {
            self.audit.sitting.revealed.clear();
        }
        self.mark_dirty();
    }

    /// Reveals (or hides again) the selected touchpoint's ratings while blind.
    pub fn toggle_reveal(&mut self) {
        let Some(id) = self.selected().map(|t| t.id.clone()) else {
            return;
        };
        let on = !self.audit.sitting.revealed.contains(&id);
        self.set_revealed(id, on);
    }

    /// Reveals the touchpoint `id`, or hides it again, saved with the audit.
    pub fn set_revealed(&mut self, id: String, on: bool) {
        let revealed = &mut self.audit.sitting.revealed;
        let changed = if on {
            revealed.insert(id)
        } else {
            revealed.remove(&id)
        };
        if changed {
            self.mark_dirty();
        }
    }

    /// On a walk opened in round robin, the turn the room left: the first touchpoint some
    /// participant has not fully scored, with the first such participant's turn on it.
    pub(in crate::app) fn resume_turn(&mut self) {
        if !self.round_robin() || self.audit.participants.len() < 2 {
            return;
        }
        let mut open = self
            .audit
            .touchpoints()
            .filter(|(_, _, t)| !t.not_applicable);
        let turn = open.find_map(|(s, i, t)| {
            let who = self.audit.participants.iter().position(|p| {
                let rating = t.rating(&p.id);
                Scale::ALL
                    .iter()
                    .any(|s| rating.and_then(|r| r.get(*s)).is_none())
            })?;
            Some((s, i, who))
        });
        if let Some((stage, tp, participant)) = turn {
            (self.stage, self.tp, self.participant) = (stage, tp, participant);
            self.scale = self.turn_scale();
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
}
