//! The evidence behind the walk's scores: the key that says what the active scale's score
//! rests on, and whether the audit has customers' answers to rank by.

use crate::app::state::Walk;
use crate::model::edit::Op;

impl Walk {
    /// Moves the active scale's evidence level of the selected touchpoint to the next one
    /// (assumed → measured → observed → customers → reported → assumed), as an undoable
    /// change; false when no touchpoint is selected. Setting a level confirms the touchpoint's
    /// levels: they are no longer last time's.
    pub fn cycle_evidence(&mut self) -> bool {
        let (Some(at), Some(tp)) = (self.at(), self.selected()) else {
            return false;
        };
        let mut levels = tp.evidence;
        levels.set(self.scale, levels.get(self.scale).next());
        levels.last_time = false;
        self.change(Op::Evidence { at, levels })
    }

    /// Some touchpoint has customers' answers: the analysis screens can rank by them.
    pub fn surveyed(&self) -> bool {
        (self.audit.touchpoints()).any(|(_, _, t)| crate::model::voice::customers(t).is_some())
    }
}
