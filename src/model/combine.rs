//! One priority list over several audits of one checklist: the stores of a chain, say.
//!
//! A touchpoint's effective score on each scale is the mean of its effective scores in the
//! audits where it is fully scored; priority, critical, ranking and quadrants then follow the
//! method, through the same ranking function as a single audit. Touchpoints match across audits
//! as `model::matching` says; ties keep the first audit's checklist order, then the touchpoints
//! only later audits have, in the order they appear.

use super::audit::Audit;
use super::compare::{Row, Standing, aligned_rows};
use super::frac::Frac;
use super::score::{Crosshair, CrosshairMode, RankedItem, Ranking, Scores, rank, rank_items};

/// One touchpoint of the combination.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Where it is and how it stood in each audit.
    pub row: Row,
    /// The means of its effective scores over the audits that fully scored it.
    pub scores: Option<Scores>,
}

/// The highest minus the lowest value across the audits that scored a touchpoint.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Spread {
    pub frequency: Frac,
    pub impact: Frac,
    pub satisfaction: Frac,
    pub priority: Frac,
}

impl Entry {
    /// Each audit's effective scores, where it fully scored the touchpoint.
    fn scored(&self) -> impl Iterator<Item = (usize, Scores)> + '_ {
        (0..self.row.at.len()).filter_map(|k| self.row.point(k).map(|p| (k, p.scores)))
    }

    /// How many audits fully scored it.
    pub fn audits(&self) -> usize {
        self.scored().count()
    }

    /// The audit where its priority is highest; the first of them on a tie.
    pub fn worst(&self) -> Option<usize> {
        self.scored()
            .fold(None, |best: Option<(usize, Frac)>, (k, s)| match best {
                Some((_, p)) if p >= s.priority() => best,
                _ => Some((k, s.priority())),
            })
            .map(|(k, _)| k)
    }

    /// The spread of each scale and of the priority across the audits that scored it.
    pub fn spread(&self) -> Option<Spread> {
        let range = |f: &dyn Fn(&Scores) -> Frac| {
            let values = || self.scored().map(|(_, s)| f(&s));
            match (values().min(), values().max()) {
                (Some(lo), Some(hi)) => hi - lo,
                _ => Frac::ZERO,
            }
        };
        (self.audits() > 0).then(|| Spread {
            frequency: range(&|s| s.frequency),
            impact: range(&|s| s.impact),
            satisfaction: range(&|s| s.satisfaction),
            priority: range(&|s| s.priority()),
        })
    }

    /// True when every audit that has it marks it not applicable.
    fn not_applicable(&self) -> bool {
        self.row
            .standing
            .iter()
            .flatten()
            .all(|s| matches!(s, Standing::NotApplicable))
    }
}

/// Several audits taken as one.
#[derive(Debug, Clone, PartialEq)]
pub struct Combined {
    /// Each audit's own ranking.
    pub rankings: Vec<Ranking>,
    /// Every touchpoint of any audit: the first audit's checklist order, then new ones.
    pub entries: Vec<Entry>,
    pub crosshair: Crosshair,
    /// The ranked entries (`key` is an index into `entries`), in rank order.
    pub ranked: Vec<RankedItem<usize>>,
    /// Entries no audit fully scored, in entry order (those every audit marks not applicable
    /// apart).
    pub unscored: Vec<usize>,
    pub not_applicable: Vec<usize>,
    /// For each audit after the first, how many touchpoints matched one in an earlier audit.
    pub matched: Vec<usize>,
}

impl Combined {
    /// The first audit after the first with no touchpoint in common with those before it.
    pub fn disjoint(&self) -> Option<usize> {
        self.matched.iter().position(|&m| m == 0).map(|k| k + 1)
    }
}

/// The exact mean of each scale over a list of scores, `None` for none.
fn mean(scores: impl Iterator<Item = Scores> + Clone) -> Option<Scores> {
    Some(Scores {
        frequency: Frac::mean(scores.clone().map(|s| s.frequency))?,
        impact: Frac::mean(scores.clone().map(|s| s.impact))?,
        satisfaction: Frac::mean(scores.map(|s| s.satisfaction))?,
    })
}

/// Combines `audits` (at least one), each ranked on its own with the crosshair `mode`, and the
/// whole with the same mode over the combined scores.
pub fn combine(audits: &[&Audit], mode: CrosshairMode) -> Combined {
    let rankings: Vec<Ranking> = audits.iter().map(|a| rank(a, mode)).collect();
    let (rows, matched) = aligned_rows(audits, &rankings);
    let entries: Vec<Entry> = rows
        .into_iter()
        .map(|row| {
            let mut e = Entry { row, scores: None };
            e.scores = mean(e.scored().map(|(_, s)| s).collect::<Vec<_>>().into_iter());
            e
        })
        .collect();
    let scored = entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| e.scores.map(|s| (i, s)))
        .collect();
    let (crosshair, ranked) = rank_items(scored, mode);
    let (mut unscored, mut not_applicable) = (Vec::new(), Vec::new());
    for (i, e) in entries
        .iter()
        .enumerate()
        .filter(|(_, e)| e.scores.is_none())
    {
        if e.not_applicable() {
            not_applicable.push(i);
        } else {
            unscored.push(i);
        }
    }
    Combined {
        rankings,
        entries,
        crosshair,
        ranked,
        unscored,
        not_applicable,
        matched,
    }
}

#[cfg(test)]
mod tests;
