//! Comparing audits of one checklist over time: before and after, or a series of several.
//!
//! Lower priority is better (priority measures how much a touchpoint falls short), so a
//! touchpoint whose priority went down *improved*. The change is taken between the priorities as
//! reports show them (one decimal), so a report's numbers always add up; a change that rounds
//! to 0 is no change.

use std::collections::HashMap;

use super::audit::{ActionStatus, Audit};
use super::frac::Frac;
use super::matching::align;
use super::score::{CrosshairMode, Quadrant, Ranking, Scores, TpRef, rank};

/// A touchpoint's place in one audit's ranking.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub rank: usize,
    pub scores: Scores,
    pub priority: Frac,
    pub quadrant: Quadrant,
    pub critical: bool,
}

/// Where a touchpoint stood in one audit it is in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Standing {
    Ranked(Point),
    Unscored,
    NotApplicable,
}

/// Whether a touchpoint is in both the first and the last audit, or only one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Presence {
    Kept,
    Added,
    Removed,
}

impl Presence {
    /// The contract word of the compare CSV: `kept`, `added`, `removed`.
    pub fn key(self) -> &'static str {
        match self {
            Presence::Kept => "kept",
            Presence::Added => "added",
            Presence::Removed => "removed",
        }
    }
}

/// Which way a touchpoint's priority went between the first and the last audit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Verdict {
    Improved,
    Worsened,
    Unchanged,
}

/// One touchpoint across the compared audits.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Where it is in each audit (`None` where the audit lacks it).
    pub at: Vec<Option<TpRef>>,
    /// How it stood in each audit (`None` where the audit lacks it).
    pub standing: Vec<Option<Standing>>,
}

/// A priority as reports show it: one decimal.
fn shown(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

impl Row {
    /// Its ranked point in audit `k`, if it is there and ranked.
    pub fn point(&self, k: usize) -> Option<&Point> {
        match self.standing.get(k)? {
            Some(Standing::Ranked(p)) => Some(p),
            _ => None,
        }
    }

    /// Its ranked point in the first audit.
    pub fn first(&self) -> Option<&Point> {
        self.point(0)
    }

    /// Its ranked point in the last audit.
    pub fn last(&self) -> Option<&Point> {
        self.point(self.at.len().checked_sub(1)?)
    }

    pub fn presence(&self) -> Presence {
        match (
            self.at.first().copied().flatten(),
            self.at.last().copied().flatten(),
        ) {
            (Some(_), Some(_)) => Presence::Kept,
            (None, _) => Presence::Added,
            (Some(_), None) => Presence::Removed,
        }
    }

    /// The audit whose names show this touchpoint: the last one that has it.
    pub fn shown_in(&self) -> (usize, TpRef) {
        self.at
            .iter()
            .enumerate()
            .rev()
            .find_map(|(k, at)| at.map(|at| (k, at)))
            .expect("every row is in at least one audit")
    }

    /// The first audit that has this touchpoint, and where it is there.
    pub fn first_in(&self) -> (usize, TpRef) {
        self.at
            .iter()
            .enumerate()
            .find_map(|(k, at)| at.map(|at| (k, at)))
            .expect("every row is in at least one audit")
    }

    /// Last priority − first priority, both as shown; `None` unless ranked in both.
    pub fn change(&self) -> Option<f64> {
        let (a, b) = (self.first()?, self.last()?);
        Some(shown(b.priority.to_f64()) - shown(a.priority.to_f64()))
    }

    pub fn verdict(&self) -> Option<Verdict> {
        self.change().map(|c| {
            if c.abs() < 0.05 {
                Verdict::Unchanged
            } else if c < 0.0 {
                Verdict::Improved
            } else {
                Verdict::Worsened
            }
        })
    }

    /// (first, last) quadrant when it changed.
    pub fn moved(&self) -> Option<(Quadrant, Quadrant)> {
        let (a, b) = (self.first()?, self.last()?);
        (a.quadrant != b.quadrant).then_some((a.quadrant, b.quadrant))
    }

    /// `Some(true)` when it became critical, `Some(false)` when it stopped being critical.
    pub fn critical_change(&self) -> Option<bool> {
        let (a, b) = (self.first()?, self.last()?);
        (a.critical != b.critical).then_some(b.critical)
    }

    /// Its priorities in audit order, `None` where absent or not ranked.
    pub fn series(&self) -> Vec<Option<f64>> {
        (0..self.at.len())
            .map(|k| self.point(k).map(|p| p.priority.to_f64()))
            .collect()
    }
}

/// The lowest and highest priority over rows, `(0, 0)` when none is ranked: the one scale of
/// every trend line.
pub fn priority_range(rows: &[Row]) -> (f64, f64) {
    let all = rows.iter().flat_map(|r| r.series()).flatten();
    all.fold(None, |acc: Option<(f64, f64)>, v| match acc {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })
    .unwrap_or((0.0, 0.0))
}

/// An action plan marked done between the first and the last audit.
#[derive(Debug, Clone, PartialEq)]
pub struct DoneAction {
    /// Index into [`Comparison::rows`].
    pub row: usize,
    /// Whether its touchpoint's priority went down; `None` unless ranked in both audits.
    pub verdict: Option<Verdict>,
}

/// The counts a summary gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub kept: usize,
    pub added: usize,
    pub removed: usize,
    pub improved: usize,
    pub worsened: usize,
    pub unchanged: usize,
    /// Touchpoints kept but not ranked in the first or the last audit.
    pub not_comparable: usize,
    pub moved: usize,
    /// Critical in the first and in the last audit, counted over the touchpoints ranked in
    /// both (`both`), so that a half-done re-audit does not read as progress.
    pub critical_before: usize,
    pub critical_after: usize,
    /// Touchpoints ranked in the first audit and in the last.
    pub both: usize,
    /// Touchpoints of the last audit not scored yet.
    pub unscored: usize,
}

/// The comparison of two or more audits of one checklist, oldest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    /// Each audit's own ranking.
    pub rankings: Vec<Ranking>,
    /// The last audit's ranking in rank order, then its unranked touchpoints in checklist
    /// order, then the touchpoints it lacks in the order the earlier audits list them.
    pub rows: Vec<Row>,
    /// Actions done in the last audit but not in the first, in row order.
    pub done: Vec<DoneAction>,
    pub summary: Summary,
    /// For each audit after the first, how many touchpoints matched one in an earlier audit.
    pub matched: Vec<usize>,
}

impl Comparison {
    /// The first audit after the first that has no touchpoint in common with those before it.
    pub fn disjoint(&self) -> Option<usize> {
        self.matched.iter().position(|&m| m == 0).map(|k| k + 1)
    }
}

/// Each touchpoint's standing in an audit, by position, for lookups in constant time.
fn standings(audit: &Audit, ranking: &Ranking) -> Vec<Vec<Option<Standing>>> {
    let mut out: Vec<Vec<Option<Standing>>> = audit
        .stages
        .iter()
        .map(|s| vec![None; s.touchpoints.len()])
        .collect();
    for r in &ranking.ranked {
        out[r.at.0][r.at.1] = Some(Standing::Ranked(Point {
            rank: r.rank,
            scores: r.scores,
            priority: r.priority,
            quadrant: r.quadrant,
            critical: r.critical,
        }));
    }
    for &(s, t) in &ranking.unscored {
        out[s][t] = Some(Standing::Unscored);
    }
    for &(s, t) in &ranking.not_applicable {
        out[s][t] = Some(Standing::NotApplicable);
    }
    out
}

/// The touchpoints of `audits` lined up (see [`align`]), each with how it stood in every audit
/// by that audit's ranking (`rankings[k]` ranks `audits[k]`); and, for each audit after the
/// first, how many of its touchpoints matched one before it.
pub fn aligned_rows(audits: &[&Audit], rankings: &[Ranking]) -> (Vec<Row>, Vec<usize>) {
    let stand: Vec<_> = audits
        .iter()
        .zip(rankings)
        .map(|(a, r)| standings(a, r))
        .collect();
    let alignment = align(audits);
    let rows = alignment
        .rows
        .into_iter()
        .map(|at| Row {
            standing: at
                .iter()
                .enumerate()
                .map(|(k, p)| p.and_then(|(s, t)| stand[k][s][t]))
                .collect(),
            at,
        })
        .collect();
    (rows, alignment.matched)
}

/// Compares `audits` (at least one; oldest first), each ranked with the crosshair `mode`.
pub fn compare(audits: &[&Audit], mode: CrosshairMode) -> Comparison {
    let rankings: Vec<Ranking> = audits.iter().map(|a| rank(a, mode)).collect();
    let (rows, matched) = aligned_rows(audits, &rankings);
    let rows = in_report_order(rows, rankings.last());
    let done = done_actions(audits, &rows);
    let summary = summarise(&rows);
    Comparison {
        rankings,
        rows,
        done,
        summary,
        matched,
    }
}

/// Orders rows as the contract says: the last ranking, its unranked, then the rest.
fn in_report_order(rows: Vec<Row>, last: Option<&Ranking>) -> Vec<Row> {
    let Some(last) = last else { return rows };
    let k = rows.first().map_or(0, |r| r.at.len().saturating_sub(1));
    let by_at: HashMap<TpRef, usize> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.at[k].map(|at| (at, i)))
        .collect();
    let mut unranked: Vec<TpRef> = last
        .unscored
        .iter()
        .chain(&last.not_applicable)
        .copied()
        .collect();
    unranked.sort_unstable();
    let mut order: Vec<usize> = last
        .ranked
        .iter()
        .map(|r| r.at)
        .chain(unranked)
        .filter_map(|at| by_at.get(&at).copied())
        .collect();
    order.extend((0..rows.len()).filter(|&i| rows[i].at[k].is_none()));
    let mut slots: Vec<Option<Row>> = rows.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

/// The actions done in the last of `audits` but not in the first, for rows lined up over
/// those audits (`compare` makes them so).
pub fn done_actions(audits: &[&Audit], rows: &[Row]) -> Vec<DoneAction> {
    let (Some(first), Some(last)) = (audits.first(), audits.last()) else {
        return Vec::new();
    };
    let k = audits.len() - 1;
    let done = |audit: &Audit, at: Option<TpRef>| {
        at.and_then(|(s, t)| audit.stages[s].touchpoints[t].action.as_ref())
            .is_some_and(|a| a.status == ActionStatus::Done && !a.is_empty())
    };
    rows.iter()
        .enumerate()
        .filter(|(_, r)| done(last, r.at[k]) && !done(first, r.at[0]))
        .map(|(row, r)| DoneAction {
            row,
            verdict: r.verdict(),
        })
        .collect()
}

fn summarise(rows: &[Row]) -> Summary {
    let mut s = Summary::default();
    for r in rows {
        if let (Some(before), Some(after)) = (r.first(), r.last()) {
            s.both += 1;
            s.critical_before += usize::from(before.critical);
            s.critical_after += usize::from(after.critical);
        }
        if matches!(r.standing.last(), Some(Some(Standing::Unscored))) {
            s.unscored += 1;
        }
        match r.presence() {
            Presence::Kept => s.kept += 1,
            Presence::Added => s.added += 1,
            Presence::Removed => s.removed += 1,
        }
        match r.verdict() {
            Some(Verdict::Improved) => s.improved += 1,
            Some(Verdict::Worsened) => s.worsened += 1,
            Some(Verdict::Unchanged) => s.unchanged += 1,
            None if r.presence() == Presence::Kept => s.not_comparable += 1,
            None => {}
        }
        if r.moved().is_some() {
            s.moved += 1;
        }
    }
    s
}

#[cfg(test)]
mod tests;
