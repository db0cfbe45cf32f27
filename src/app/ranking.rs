//! The one ranking of the open audit that every screen reads (walk table, matrix, list, card),
//! with the crosshair the user chose. It is recomputed when a score, a not-applicable flag or
//! the checklist's structure changes, on undo and redo, and when the crosshair is switched:
//! never per frame, never per navigation key.

use crate::model::{Audit, CrosshairMode, Ranked, Ranking, TpRef, rank};

/// Where a touchpoint sits in the ranking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// Index into `ranked`.
    Ranked(usize),
    /// Index into `unscored`.
    Unscored(usize),
    /// Index into `not_applicable`.
    NotApplicable(usize),
}

/// The ranking, with lookups by touchpoint and counts the screens show.
#[derive(Debug, Clone)]
pub struct RankCache {
    mode: CrosshairMode,
    ranking: Ranking,
    /// Each touchpoint's slot, by stage and index in the stage.
    slots: Vec<Vec<Option<Slot>>>,
    critical: usize,
    /// Bumped on every recompute, so caches derived from the ranking know when they are stale.
    generation: u64,
}

impl RankCache {
    pub fn new(audit: &Audit, mode: CrosshairMode) -> Self {
        let mut cache = RankCache {
            mode,
            ranking: rank(audit, mode),
            slots: Vec::new(),
            critical: 0,
            generation: 0,
        };
        cache.index(audit);
        cache
    }

    /// Ranks the audit again after a change that can move a touchpoint.
    pub fn refresh(&mut self, audit: &Audit) {
        self.ranking = rank(audit, self.mode);
        self.generation += 1;
        self.index(audit);
    }

    /// Switches between the scale midpoint and the data mean, ranking again.
    pub fn toggle_crosshair(&mut self, audit: &Audit) {
        self.mode = match self.mode {
            CrosshairMode::Midpoint => CrosshairMode::DataMean,
            CrosshairMode::DataMean => CrosshairMode::Midpoint,
        };
        self.refresh(audit);
    }

    fn index(&mut self, audit: &Audit) {
        self.slots = audit
            .stages
            .iter()
            .map(|s| vec![None; s.touchpoints.len()])
            .collect();
        let r = &self.ranking;
        let ranked = r
            .ranked
            .iter()
            .enumerate()
            .map(|(i, x)| (x.at, Slot::Ranked(i)));
        let unscored = r.unscored.iter().enumerate();
        let unscored = unscored.map(|(i, at)| (*at, Slot::Unscored(i)));
        let na = r.not_applicable.iter().enumerate();
        let na = na.map(|(i, at)| (*at, Slot::NotApplicable(i)));
        for ((s, t), slot) in ranked.chain(unscored).chain(na) {
            if let Some(cell) = self.slots.get_mut(s).and_then(|st| st.get_mut(t)) {
                *cell = Some(slot);
            }
        }
        self.critical = r.ranked.iter().filter(|x| x.critical).count();
    }

    pub fn mode(&self) -> CrosshairMode {
        self.mode
    }

    pub fn ranking(&self) -> &Ranking {
        &self.ranking
    }

    pub fn generation(&self) -> u64 {
        self.generation
    }

    pub fn critical_count(&self) -> usize {
        self.critical
    }

    pub fn slot(&self, at: TpRef) -> Option<Slot> {
        *self.slots.get(at.0)?.get(at.1)?
    }

    /// A touchpoint's place in the ranking, when it is scored.
    pub fn ranked(&self, at: TpRef) -> Option<&Ranked> {
        match self.slot(at)? {
            Slot::Ranked(i) => self.ranking.ranked.get(i),
            _ => None,
        }
    }

    /// The list item of a touchpoint: ranked first, then unscored, then not applicable.
    pub fn list_item(&self, at: TpRef) -> Option<usize> {
        let r = self.ranking.ranked.len();
        let u = self.ranking.unscored.len();
        Some(match self.slot(at)? {
            Slot::Ranked(i) => i,
            Slot::Unscored(i) => r + i,
            Slot::NotApplicable(i) => r + u + i,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lang, Scale, Stage, Touchpoint};

    #[test]
    fn list_items_run_ranked_then_unscored_then_not_applicable() {
        let mut a = Audit::new("t", Lang::En, jiff::Timestamp::UNIX_EPOCH);
        let mut s = Stage::new("s", "S");
        s.touchpoints = crate::model::shared(["a", "b", "c"].map(|n| Touchpoint::new(n, n)));
        for scale in Scale::ALL {
            s.touchpoints[2].set_score("p1", scale, Some(3));
        }
        s.touchpoints[0].not_applicable = true;
        a.stages = vec![s];
        let cache = RankCache::new(&a, CrosshairMode::Midpoint);
        assert_eq!(cache.list_item((0, 2)), Some(0));
        assert_eq!(cache.list_item((0, 1)), Some(1));
        assert_eq!(cache.list_item((0, 0)), Some(2));
        assert_eq!(cache.list_item((1, 0)), None);
        assert_eq!(cache.ranked((0, 2)).map(|r| r.rank), Some(1));
    }
}
