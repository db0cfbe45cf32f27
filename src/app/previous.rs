//! The audit the open one follows (a re-audit's previous audit), read once by an effect when
//! the audit opens, and its comparison with the open audit: made when the previous audit
//! arrives and again only when the open audit's ranking changes (scores, checklist, crosshair),
//! never per frame. The card reads last time's standing from it, the compare view its rows.

use std::collections::HashMap;
use std::sync::Arc;

use super::ranking::RankCache;
use crate::model::compare::{Comparison, Row, compare};
use crate::model::{Audit, TpRef};

/// The previous audit and how the open one compares with it.
#[derive(Debug, Clone)]
pub struct Previous {
    /// Its file name (what the open audit's `previous` says).
    pub name: String,
    pub audit: Arc<Audit>,
    comparison: Comparison,
    /// Row of the comparison by the open audit's touchpoint position.
    by_current: HashMap<TpRef, usize>,
    /// The open audit's ranking generation the comparison was made for; `None`: make it again.
    generation: Option<u64>,
}

impl Previous {
    pub fn new(name: String, audit: Audit, current: &Audit, ranking: &RankCache) -> Previous {
        let comparison = compare(&[&audit, current], ranking.mode());
        Previous {
            name,
            audit: Arc::new(audit),
            by_current: index(&comparison),
            comparison,
            generation: Some(ranking.generation()),
        }
    }

    /// Compares again when the open audit's ranking changed since the last comparison.
    pub fn refresh(&mut self, current: &Audit, ranking: &RankCache) {
        if self.generation == Some(ranking.generation()) {
            return;
        }
        self.comparison = compare(&[&self.audit, current], ranking.mode());
        self.by_current = index(&self.comparison);
        self.generation = Some(ranking.generation());
    }

    /// Compare again at the next refresh, whatever the generation (a new ranking cache).
    pub fn invalidate(&mut self) {
        self.generation = None;
    }

    pub fn comparison(&self) -> &Comparison {
        &self.comparison
    }

    /// The comparison's row of the open audit's touchpoint at `at`.
    pub fn row(&self, at: TpRef) -> Option<&Row> {
        self.by_current.get(&at).map(|&i| &self.comparison.rows[i])
    }
}

/// The compare view's selection and first row shown, over the comparison's rows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CompareNav {
    pub selected: usize,
    pub scroll: usize,
}

impl CompareNav {
    /// Moves the selection by `by` rows within `len`.
    pub fn step(&mut self, by: isize, len: usize) {
        let last = len.saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(by).min(last);
    }

    /// Keeps the selection within `len` rows and on the `rows` lines shown.
    pub fn follow(&mut self, rows: usize, len: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
        let rows = rows.max(1);
        if self.selected < self.scroll {
            self.scroll = self.selected;
        } else if self.selected >= self.scroll + rows {
            self.scroll = self.selected + 1 - rows;
        }
        self.scroll = self.scroll.min(len.saturating_sub(rows));
    }
}

/// Each comparison row by where its touchpoint is in the open (second) audit.
fn index(c: &Comparison) -> HashMap<TpRef, usize> {
    (c.rows.iter().enumerate())
        .filter_map(|(i, r)| r.at.get(1).copied().flatten().map(|at| (at, i)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::reaudit::reaudit;
    use crate::model::{CrosshairMode, Lang, Rating, Stage, Touchpoint};
    use jiff::Timestamp;

    fn scored() -> Audit {
        let mut a = Audit::new("q1", Lang::En, Timestamp::UNIX_EPOCH);
        let mut s = Stage::new("buy", "Buy");
        let mut tp = Touchpoint::new("till", "Till");
        tp.ratings = vec![Rating {
            frequency: Some(5),
            impact: Some(5),
            satisfaction: Some(1),
            ..Rating::new("p1")
        }];
        s.touchpoints = crate::model::shared([tp, Touchpoint::new("web", "Web")]);
        a.stages = vec![s];
        a
    }

    #[test]
    fn last_time_is_matched_and_compared_again_only_when_the_ranking_changes() {
        let before = scored();
        let mut now = reaudit(&before, "q1", "q2", Timestamp::UNIX_EPOCH);
        // A renamed id still matches by stage and name.
        now.stages[0].touchpoints[0].id = "till-2".into();
        let mut ranking = RankCache::new(&now, CrosshairMode::default());
        let mut p = Previous::new("q1".into(), before, &now, &ranking);
        let row = p.row((0, 0)).expect("matched by name");
        assert!(row.first().is_some() && row.last().is_none());
        now.stages[0].touchpoints[0].ratings = p.audit.stages[0].touchpoints[0].ratings.clone();
        p.refresh(&now, &ranking);
        assert!(
            p.row((0, 0)).expect("row").last().is_none(),
            "same generation"
        );
        ranking.refresh(&now);
        p.refresh(&now, &ranking);
        assert_eq!(p.row((0, 0)).expect("row").change(), Some(0.0));
    }
}
