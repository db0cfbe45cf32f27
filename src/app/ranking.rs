//! The one ranking of the open audit that every screen reads (walk table, matrix, list, card),
//! with the crosshair the user chose. A change to one touchpoint (a score, an agreed value, a
//! not-applicable flag) moves only that touchpoint: [`RankCache::update`] takes it out of its
//! place and puts it back where its new scores rank it, renumbering only the ranks between,
//! with the result a full ranking would give. The checklist's structure, the participants, undo
//! of those and the crosshair switch rank the audit again. Never per frame, never per
//! navigation key.

use std::cmp::Ordering;
use std::collections::BTreeSet;
use std::ops::Bound;

use crate::model::Frac;
use crate::model::robust::{self, Variant, VariantOrders};
use crate::model::score::{self, Crosshair, ScoreSums, Scores, Status};
use crate::model::voice::{self, CustomersRanking, SatisfactionFrom};
use crate::model::{Audit, CrosshairMode, Ranked, Ranking, TpRef, edit, rank};

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
    /// Each touchpoint's status as ranked, by stage and index in the stage: its place is found
    /// from it by a binary search, so moving one touchpoint renumbers no other's lookup.
    statuses: Vec<Vec<Status>>,
    /// Impact and satisfaction summed over the ranked touchpoints (the data mean).
    sums: ScoreSums,
    /// With the data-mean crosshair: the ranked touchpoints by impact and by satisfaction, so
    /// a crosshair that moves finds the touchpoints whose quadrant it changes.
    axes: Option<Axes>,
    critical: usize,
    /// The variant rankings of how sure the ranking is, kept up to date the same way.
    variants: VariantOrders,
    /// Bumped on every change, so caches derived from the ranking know when they are stale.
    generation: u64,
    /// The customers' ranking of the surveyed touchpoints, kept while the analysis screens
    /// take satisfaction from the customers' answers (`None`: from the team's ratings).
    customers: Option<CustomersRanking>,
}

impl RankCache {
    pub fn new(audit: &Audit, mode: CrosshairMode) -> Self {
        let mut cache = RankCache {
            mode,
            ranking: rank(audit, mode),
            statuses: Vec::new(),
            sums: ScoreSums::default(),
            axes: None,
            critical: 0,
            variants: VariantOrders::new(audit),
            generation: 0,
            customers: None,
        };
        cache.index(audit);
        cache
    }

    /// Ranks the audit again after a change that can move touchpoints.
    pub fn refresh(&mut self, audit: &Audit) {
        self.ranking = rank(audit, self.mode);
        self.variants = VariantOrders::new(audit);
        self.generation += 1;
        self.index(audit);
        self.rank_customers(audit);
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
        self.statuses = audit
            .stages
            .iter()
            .map(|s| vec![Status::Unscored; s.touchpoints.len()])
            .collect();
        let r = &self.ranking;
        let ranked = r.ranked.iter().map(|x| (x.at, Status::Scored(x.scores)));
        let na = r
            .not_applicable
            .iter()
            .map(|at| (*at, Status::NotApplicable));
        for ((s, t), status) in ranked.chain(na) {
            if let Some(cell) = self.statuses.get_mut(s).and_then(|st| st.get_mut(t)) {
                *cell = status;
            }
        }
        self.sums = ScoreSums::default();
        r.ranked.iter().for_each(|x| self.sums.add(&x.scores));
        self.axes = (self.mode == CrosshairMode::DataMean).then(|| {
            let mut axes = Axes::default();
            r.ranked.iter().for_each(|x| axes.insert(x.at, &x.scores));
            axes
        });
        self.critical = r.ranked.iter().filter(|x| x.critical).count();
    }

    /// Moves the touchpoint at `at` to where its scores now rank it, after a change to that
    /// touchpoint alone; the ranking is then the one [`rank`] gives. Returns its status before
    /// and after, or `None` (nothing changed) when `at` is not a touchpoint this ranking knows:
    /// the audit changed shape, and only [`RankCache::refresh`] will do.
    pub fn update(&mut self, audit: &Audit, at: TpRef) -> Option<(Status, Status)> {
        let tp = edit::tp(audit, at)?;
        if self.statuses.len() != audit.stages.len()
            || self.statuses.get(at.0)?.len() != audit.stages[at.0].touchpoints.len()
        {
            return None;
        }
        let old = self.statuses[at.0][at.1];
        let new = score::status(tp);
        let from = match old {
            Status::Scored(s) => Some(self.position(at, &s)?),
            _ => None,
        };
        if let Status::Scored(s) = old {
            self.sums.remove(&s);
            self.critical -= usize::from(s.critical());
            if let Some(axes) = self.axes.as_mut() {
                axes.remove(at, &s);
            }
        }
        if let Status::Scored(s) = new {
            self.sums.add(&s);
            self.critical += usize::from(s.critical());
            if let Some(axes) = self.axes.as_mut() {
                axes.insert(at, &s);
            }
        }
        let before = self.ranking.crosshair;
        let crosshair = Crosshair::of(self.mode, &self.sums);
        self.ranking.crosshair = crosshair;
        let placed = match new {
            Status::Scored(s) => Some(Ranked {
                rank: 0,
                at,
                scores: s,
                priority: s.priority(),
                critical: s.critical(),
                quadrant: crosshair.quadrant(&s),
                needs_discussion: score::needs_discussion(tp),
            }),
            _ => None,
        };
        self.place(at, from, placed);
        let r = &mut self.ranking;
        match old {
            Status::Unscored => remove_sorted(&mut r.unscored, at),
            Status::NotApplicable => remove_sorted(&mut r.not_applicable, at),
            Status::Scored(_) => {}
        }
        match new {
            Status::Unscored => insert_sorted(&mut r.unscored, at),
            Status::NotApplicable => insert_sorted(&mut r.not_applicable, at),
            Status::Scored(_) => {}
        }
        self.statuses[at.0][at.1] = new;
        if crosshair != before {
            self.requadrant(before, crosshair);
        }
        self.variants.update(audit, at);
        self.generation += 1;
        self.rank_customers(audit);
        Some((old, new))
    }

    /// Takes the ranked item at `from` out (if any) and puts `item` (if any) where it ranks,
    /// numbering again only the ranks that moved.
    fn place(&mut self, at: TpRef, from: Option<usize>, item: Option<Ranked>) {
        let ranked = &mut self.ranking.ranked;
        let changed = match (from, item) {
            (Some(p), Some(item)) => {
                // Where it goes among the others: those ranked before it, not counting itself.
                let pos = ranked.partition_point(|r| precedes(r, &item.scores, at));
                let q = if p < pos { pos - 1 } else { pos };
                ranked[p] = item;
                match q.cmp(&p) {
                    Ordering::Less => ranked[q..=p].rotate_right(1),
                    Ordering::Greater => ranked[p..=q].rotate_left(1),
                    Ordering::Equal => {}
                }
                p.min(q)..p.max(q) + 1
            }
            (Some(p), None) => {
                ranked.remove(p);
                p..ranked.len()
            }
            (None, Some(item)) => {
                let q = ranked.partition_point(|r| precedes(r, &item.scores, at));
                ranked.insert(q, item);
                q..ranked.len()
            }
            (None, None) => return,
        };
        for i in changed {
            ranked[i].rank = i + 1;
        }
    }

    /// Gives the touchpoints whose impact or satisfaction lies between the old and the new
    /// crosshair their quadrant for the new one; the others keep theirs.
    fn requadrant(&mut self, before: Crosshair, after: Crosshair) {
        let Some(axes) = self.axes.as_ref() else {
            return;
        };
        let mut moved: Vec<TpRef> = Axes::between(&axes.impact, before.impact, after.impact);
        moved.extend(Axes::between(
            &axes.satisfaction,
            before.satisfaction,
            after.satisfaction,
        ));
        for at in moved {
            let Some(Status::Scored(s)) = self.status(at) else {
                continue;
            };
            if let Some(i) = self.position(at, &s) {
                self.ranking.ranked[i].quadrant = after.quadrant(&s);
            }
        }
    }

    /// The index in `ranked` of the touchpoint at `at`, ranked with scores `s`.
    fn position(&self, at: TpRef, s: &Scores) -> Option<usize> {
        self.ranking
            .ranked
            .binary_search_by(|r| score::compare(&r.scores, s).then(r.at.cmp(&at)))
            .ok()
    }

    fn status(&self, at: TpRef) -> Option<Status> {
        self.statuses.get(at.0)?.get(at.1).copied()
    }

    /// Ranks the surveyed touchpoints again by the customers' answers, while that ranking is
    /// shown: a change to a touchpoint's frequency or impact can move it there too. Only the
    /// touchpoints with enough answers take part, so this stays small beside the team's.
    fn rank_customers(&mut self, audit: &Audit) {
        if self.customers.is_some() {
            self.customers = Some(voice::rank_by_customers(audit, self.mode));
        }
    }

    /// Where the analysis screens take satisfaction from.
    pub fn satisfaction_from(&self) -> SatisfactionFrom {
        match self.customers {
            Some(_) => SatisfactionFrom::Customers,
            None => SatisfactionFrom::Ratings,
        }
    }

    /// Switches the analysis screens between the team's ratings and the customers' answers;
    /// the caches derived from the shown ranking (the matrix marks) see a new generation.
    pub fn set_satisfaction_from(&mut self, audit: &Audit, from: SatisfactionFrom) {
        self.customers = match from {
            SatisfactionFrom::Ratings => None,
            SatisfactionFrom::Customers => Some(voice::rank_by_customers(audit, self.mode)),
        };
        self.generation += 1;
    }

    /// The customers' ranking, while the analysis screens show it.
    pub fn customers(&self) -> Option<&CustomersRanking> {
        self.customers.as_ref()
    }

    /// The ranking the matrix and the list show: the team's, or the customers' of the
    /// surveyed touchpoints alone. The walk, the card and the reports read [`Self::ranking`].
    pub fn shown(&self) -> &Ranking {
        match &self.customers {
            Some(c) => &c.ranking,
            None => &self.ranking,
        }
    }

    /// How many touchpoints of the shown ranking are critical.
    pub fn shown_critical(&self) -> usize {
        match &self.customers {
            Some(c) => c.ranking.ranked.iter().filter(|r| r.critical).count(),
            None => self.critical,
        }
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

    fn other_mode(&self) -> CrosshairMode {
        match self.mode {
            CrosshairMode::Midpoint => CrosshairMode::DataMean,
            CrosshairMode::DataMean => CrosshairMode::Midpoint,
        }
    }

    /// The variants the list can switch to, the method's ranking first.
    pub fn variants(&self) -> Vec<Variant> {
        std::iter::once(Variant::Method)
            .chain(self.variants.variants().iter().cloned())
            .collect()
    }

    /// How sure the place of a ranked touchpoint is: its rank in every variant, the range and
    /// the variant that moves it furthest; `None` when it is not ranked.
    pub fn sureness(&self, audit: &Audit, at: TpRef) -> Option<Sure> {
        let r = self.ranked(at)?;
        let ranks: Vec<Option<usize>> = std::iter::once(Some(r.rank))
            .chain((0..self.variants.variants().len()).map(|k| self.variants.rank(k, at)))
            .collect();
        let present = || ranks.iter().flatten().copied();
        let s = robust::Sureness {
            at,
            rank: r.rank,
            rank_min: present().min().unwrap_or(r.rank),
            rank_max: present().max().unwrap_or(r.rank),
            near_critical: robust::near_critical(edit::tp(audit, at)?, &r.scores),
            quadrant_other_crosshair: Crosshair::of(self.other_mode(), &self.sums)
                .quadrant(&r.scores),
            ranks,
        };
        let moved = s
            .moved_most()
            .map(|(k, rank)| (self.variants()[k].clone(), rank));
        Some(Sure { sure: s, moved })
    }

    /// The priority list under variant `k` of [`RankCache::variants`] (0: the method's own),
    /// each touchpoint with the scores and priority that variant ranks it by.
    pub fn variant_ranking(&self, audit: &Audit, k: usize) -> Ranking {
        let Some(v) = k
            .checked_sub(1)
            .and_then(|i| self.variants.variants().get(i))
        else {
            return self.ranking.clone();
        };
        let crosshair = self.ranking.crosshair;
        let ranked = (self.variants.order(k - 1).enumerate())
            .filter_map(|(i, at)| {
                let s = self.variants.scores(audit, k - 1, at)?;
                let tp = edit::tp(audit, at)?;
                Some(Ranked {
                    rank: i + 1,
                    at,
                    scores: s,
                    priority: v.priority(&s),
                    critical: s.critical(),
                    quadrant: crosshair.quadrant(&s),
                    needs_discussion: score::needs_discussion(tp),
                })
            })
            .collect();
        let ranked_at: std::collections::HashSet<TpRef> = self.variants.order(k - 1).collect();
        let unscored = (audit.touchpoints())
            .filter(|(s, t, tp)| !tp.not_applicable && !ranked_at.contains(&(*s, *t)))
            .map(|(s, t, _)| (s, t))
            .collect();
        Ranking {
            crosshair,
            ranked,
            unscored,
            not_applicable: self.ranking.not_applicable.clone(),
        }
    }

    pub fn slot(&self, at: TpRef) -> Option<Slot> {
        let r = &self.ranking;
        match self.status(at)? {
            Status::Scored(s) => self.position(at, &s).map(Slot::Ranked),
            Status::Unscored => r.unscored.binary_search(&at).ok().map(Slot::Unscored),
            Status::NotApplicable => r
                .not_applicable
                .binary_search(&at)
                .ok()
                .map(Slot::NotApplicable),
        }
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

/// How sure a ranked touchpoint's place is, as the workbench shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Sure {
    pub sure: robust::Sureness,
    /// The variant that moves it furthest and its rank there (`None`: it drops out).
    pub moved: Option<(Variant, Option<usize>)>,
}

/// Whether `r` ranks before a touchpoint at `at` scored `s`: more urgent, or as urgent and
/// earlier in the checklist.
fn precedes(r: &Ranked, s: &Scores, at: TpRef) -> bool {
    score::compare(&r.scores, s).then(r.at.cmp(&at)) == Ordering::Less
}

fn remove_sorted(list: &mut Vec<TpRef>, at: TpRef) {
    if let Ok(i) = list.binary_search(&at) {
        list.remove(i);
    }
}

fn insert_sorted(list: &mut Vec<TpRef>, at: TpRef) {
    if let Err(i) = list.binary_search(&at) {
        list.insert(i, at);
    }
}

/// The ranked touchpoints ordered by impact and by satisfaction.
#[derive(Debug, Clone, Default)]
struct Axes {
    impact: BTreeSet<(Frac, TpRef)>,
    satisfaction: BTreeSet<(Frac, TpRef)>,
}

impl Axes {
    fn insert(&mut self, at: TpRef, s: &Scores) {
        self.impact.insert((s.impact, at));
        self.satisfaction.insert((s.satisfaction, at));
    }

    fn remove(&mut self, at: TpRef, s: &Scores) {
        self.impact.remove(&(s.impact, at));
        self.satisfaction.remove(&(s.satisfaction, at));
    }

    /// The touchpoints whose value is strictly above one of `a` and `b` but not the other.
    fn between(axis: &BTreeSet<(Frac, TpRef)>, a: Frac, b: Frac) -> Vec<TpRef> {
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        if lo >= hi {
            return Vec::new();
        }
        let last = (usize::MAX, usize::MAX);
        axis.range((Bound::Excluded((lo, last)), Bound::Included((hi, last))))
            .map(|(_, at)| *at)
            .collect()
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
