//! The audit the open one follows (a re-audit's previous audit), read once by an effect when
//! the audit opens, and its comparison with the open audit: made when the previous audit
//! arrives and again only when the open audit's ranking changes (scores, checklist, crosshair),
//! never per frame. The card reads last time's standing from it, the compare view its rows.

use std::collections::HashMap;
use std::sync::Arc;

use crate::app::ranking::RankCache;
use crate::model::compare::{Comparison, Row, aligned_rows, compare, done_actions};
use crate::model::{Audit, CrosshairMode, Ranking, TpRef, rank};

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
    /// The open audit's change count the actions done were found for.
    edits: u64,
    /// The audits before the previous one in the chain, oldest first, and the trend over the
    /// whole chain when it holds three audits or more.
    earlier: Vec<(String, Arc<Audit>)>,
    trend: Option<Trend>,
}

/// Each touchpoint's priority in every audit of the chain, oldest first, the open audit last.
#[derive(Debug, Clone)]
pub struct Trend {
    /// The chain's file names, oldest first, the open audit's own name last.
    pub names: Vec<String>,
    /// The lowest and highest priority over the whole chain: one scale for every series.
    pub range: (f64, f64),
    rows: Vec<Row>,
    /// The rankings of the audits before the open one, with the crosshair they were made with.
    rankings: Vec<Ranking>,
    mode: CrosshairMode,
    by_current: HashMap<TpRef, usize>,
    by_previous: HashMap<TpRef, usize>,
}

impl Trend {
    /// The priority series of the touchpoint of a comparison row (the pair's), matched by where
    /// it is in the open audit or, when it was removed since, in the previous one.
    pub fn series(&self, row: &Row) -> Option<Vec<Option<f64>>> {
        let now = row.at.get(1).copied().flatten();
        let then = row.at.first().copied().flatten();
        let i = match now {
            Some(at) => self.by_current.get(&at),
            None => then.and_then(|at| self.by_previous.get(&at)),
        }?;
        Some(self.rows[*i].series())
    }
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
            edits: 0,
            earlier: Vec::new(),
            trend: None,
        }
    }

    /// The audits before the previous one in the chain, oldest first: with one or more, the
    /// compare view shows a trend over the whole chain.
    pub fn set_earlier(
        &mut self,
        earlier: Vec<(String, Audit)>,
        current: &Audit,
        ranking: &RankCache,
    ) {
        self.earlier = (earlier.into_iter())
            .map(|(name, a)| (name, Arc::new(a)))
            .collect();
        self.trend = None;
        self.follow_trend(current, ranking);
    }

    /// The trend over the chain, when it holds three audits or more.
    pub fn trend(&self) -> Option<&Trend> {
        self.trend.as_ref()
    }

    /// Lines the chain up again with the open audit's ranking; the earlier audits are ranked
    /// once per crosshair.
    fn follow_trend(&mut self, current: &Audit, ranking: &RankCache) {
        if self.earlier.is_empty() {
            return;
        }
        let mut audits: Vec<&Audit> = self.earlier.iter().map(|(_, a)| a.as_ref()).collect();
        audits.push(&self.audit);
        let mode = ranking.mode();
        let rankings = match self.trend.take() {
            Some(t) if t.mode == mode => t.rankings,
            _ => audits.iter().map(|a| rank(a, mode)).collect(),
        };
        audits.push(current);
        let mut all = rankings.clone();
        all.push(ranking.ranking().clone());
        let (rows, _) = aligned_rows(&audits, &all);
        let k = audits.len() - 1;
        let by = |k: usize| -> HashMap<TpRef, usize> {
            (rows.iter().enumerate())
                .filter_map(|(i, r)| r.at[k].map(|at| (at, i)))
                .collect()
        };
        let (by_current, by_previous) = (by(k), by(k - 1));
        let mut names: Vec<String> = self.earlier.iter().map(|(n, _)| n.clone()).collect();
        names.push(self.name.clone());
        names.push(current.name.clone());
        let range = crate::model::compare::priority_range(&rows);
        self.trend = Some(Trend {
            names,
            range,
            rows,
            rankings,
            mode,
            by_current,
            by_previous,
        });
    }

    /// Compares again when the open audit's ranking changed since the last comparison; when
    /// only something else changed (`edits` counts every change), finds the actions done
    /// since again.
    pub fn refresh(&mut self, current: &Audit, ranking: &RankCache, edits: u64) {
        if self.generation == Some(ranking.generation()) {
            if self.edits != edits {
                let audits = [self.audit.as_ref(), current];
                self.comparison.done = done_actions(&audits, &self.comparison.rows);
                self.edits = edits;
            }
            return;
        }
        self.edits = edits;
        self.comparison = compare(&[&self.audit, current], ranking.mode());
        self.by_current = index(&self.comparison);
        self.generation = Some(ranking.generation());
        self.follow_trend(current, ranking);
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
        p.refresh(&now, &ranking, 0);
        assert!(
            p.row((0, 0)).expect("row").last().is_none(),
            "same generation"
        );
        ranking.refresh(&now);
        p.refresh(&now, &ranking, 0);
        assert_eq!(p.row((0, 0)).expect("row").change(), Some(0.0));
    }

    #[test]
    fn a_chain_of_three_gives_each_touchpoint_its_series_removed_ones_too() {
        let mut q0 = scored();
        q0.name = "q0".into();
        q0.stages[0].touchpoints[0].ratings[0].satisfaction = Some(5);
        let q1 = reaudit(&q0, "q0", "q1", Timestamp::UNIX_EPOCH);
        let mut q2 = reaudit(&q1, "q1", "q2", Timestamp::UNIX_EPOCH);
        // Web is gone by q2; the till is scored there again, better than in q1.
        q2.stages[0].touchpoints.truncate(1);
        q2.stages[0].touchpoints[0].ratings = scored().stages[0].touchpoints[0].ratings.clone();
        q2.stages[0].touchpoints[0].ratings[0].satisfaction = Some(3);
        let mut q1 = q1;
        q1.stages[0].touchpoints[0].ratings = scored().stages[0].touchpoints[0].ratings.clone();
        let mut ranking = RankCache::new(&q2, CrosshairMode::default());
        let mut p = Previous::new("q1".into(), q1, &q2, &ranking);
        assert!(p.trend().is_none(), "two audits make no trend");
        p.set_earlier(vec![("q0".into(), q0)], &q2, &ranking);
        let t = p.trend().expect("a trend over three audits");
        assert_eq!(t.names, ["q0", "q1", "q2"]);
        let till = p.row((0, 0)).expect("till");
        // F5 I5: S5 → 25, S1 → 125, S3 → 75.
        assert_eq!(
            t.series(till),
            Some(vec![Some(25.0), Some(125.0), Some(75.0)])
        );
        assert_eq!(t.range, (25.0, 125.0));
        let web = (p.comparison().rows.iter())
            .find(|r| r.at[1].is_none())
            .expect("web, removed");
        assert_eq!(t.series(web), Some(vec![None, None, None]));
        // A new score in the open audit follows through the ranking only.
        q2.stages[0].touchpoints[0].ratings[0].satisfaction = Some(1);
        ranking.refresh(&q2);
        p.refresh(&q2, &ranking, 0);
        let t = p.trend().expect("trend");
        let till = p.row((0, 0)).expect("till");
        assert_eq!(t.series(till).expect("series")[2], Some(125.0));
    }

    #[test]
    fn the_compare_body_keeps_a_third_at_most_for_actions_done() {
        use crate::app::layout::compare;
        use ratatui::layout::Rect;
        let body = Rect::new(0, 1, 80, 21);
        let (table, done) = compare(body, 0);
        assert_eq!((table.height, done.height, done.y), (19, 2, 20));
        assert_eq!(compare(body, 40).1.height, 7);
        assert_eq!(compare(Rect::new(0, 1, 80, 11), 3).1.height, 0);
    }
}
