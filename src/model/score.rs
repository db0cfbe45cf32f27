//! The scoring method of PRODUCT.md: effective scores, spread, priority, critical,
//! ranking and quadrants. Every caller (CLI, reports, TUI) ranks through [`rank`].

use std::cmp::Ordering;

use serde::{Deserialize, Serialize};

use super::audit::{Audit, Scale, Touchpoint};
use super::frac::Frac;

/// Spread (max − min) at or above which a scale needs discussion.
pub const DISCUSSION_SPREAD: u8 = 2;
/// Impact at or above which a poorly satisfying touchpoint is critical (9/2).
pub const CRITICAL_IMPACT: Frac = Frac::new_const(9, 2);
/// Satisfaction at or below which a high-impact touchpoint is critical.
pub const CRITICAL_SATISFACTION: Frac = Frac::int(2);
/// The scale midpoint, the default crosshair.
pub const MIDPOINT: Frac = Frac::int(3);

/// The effective score of one scale: the value the room agreed on when there is one, else the
/// mean of the ratings given; `None` when there is neither.
pub fn effective(tp: &Touchpoint, scale: Scale) -> Option<Frac> {
    match tp.agreed(scale) {
        Some(v) => Some(Frac::from(v)),
        None => mean(tp, scale),
    }
}

/// Mean of the participants' ratings on one scale (an agreed value aside), `None` when unrated.
pub fn mean(tp: &Touchpoint, scale: Scale) -> Option<Frac> {
    mean_of(tp.ratings.iter().filter_map(|r| r.get(scale)))
}

/// max − min of the ratings given on one scale (0 with one rating), `None` when unrated.
pub fn spread(tp: &Touchpoint, scale: Scale) -> Option<u8> {
    spread_of(tp.ratings.iter().filter_map(|r| r.get(scale)))
}

/// The mean of some ratings, `None` for none.
pub fn mean_of(values: impl IntoIterator<Item = u8>) -> Option<Frac> {
    Frac::mean_of(values)
}

/// max − min of some ratings, `None` for none.
pub fn spread_of(values: impl IntoIterator<Item = u8>) -> Option<u8> {
    let (min, max) = values
        .into_iter()
        .fold(None, |acc: Option<(u8, u8)>, v| match acc {
            None => Some((v, v)),
            Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
        })?;
    Some(max - min)
}

/// True when a scale's ratings spread by 2 or more and the room has not yet agreed a value
/// for it.
pub fn needs_discussion(tp: &Touchpoint) -> bool {
    Scale::ALL
        .iter()
        .any(|&s| tp.agreed(s).is_none() && spread(tp, s).is_some_and(|d| d >= DISCUSSION_SPREAD))
}

/// The largest spread of a scale the room has not agreed on, when it calls for discussion.
pub fn discussion_spread(tp: &Touchpoint) -> Option<u8> {
    Scale::ALL
        .iter()
        .filter(|&&s| tp.agreed(s).is_none())
        .filter_map(|&s| spread(tp, s))
        .filter(|&d| d >= DISCUSSION_SPREAD)
        .max()
}

/// The effective scores of a fully scored touchpoint, exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Scores {
    pub frequency: Frac,
    pub impact: Frac,
    pub satisfaction: Frac,
}

impl Scores {
    /// Whole-number scores (a solo rating, or agreed values).
    pub fn ints(frequency: u8, impact: u8, satisfaction: u8) -> Scores {
        Scores {
            frequency: frequency.into(),
            impact: impact.into(),
            satisfaction: satisfaction.into(),
        }
    }

    pub fn get(&self, scale: Scale) -> Frac {
        match scale {
            Scale::Frequency => self.frequency,
            Scale::Impact => self.impact,
            Scale::Satisfaction => self.satisfaction,
        }
    }

    /// gap = 6 − satisfaction.
    pub fn gap(&self) -> Frac {
        Frac::int(6) - self.satisfaction
    }

    /// priority = frequency × impact × gap (1 … 125).
    pub fn priority(&self) -> Frac {
        self.frequency * self.impact * self.gap()
    }

    /// impact ≥ 4.5 and satisfaction ≤ 2.0.
    pub fn critical(&self) -> bool {
        self.impact >= CRITICAL_IMPACT && self.satisfaction <= CRITICAL_SATISFACTION
    }
}

/// Where a touchpoint stands in the method.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Status {
    NotApplicable,
    Unscored,
    Scored(Scores),
}

/// Classifies a touchpoint: not applicable, unscored (a scale has no rating), or scored.
pub fn status(tp: &Touchpoint) -> Status {
    if tp.not_applicable {
        return Status::NotApplicable;
    }
    match (
        effective(tp, Scale::Frequency),
        effective(tp, Scale::Impact),
        effective(tp, Scale::Satisfaction),
    ) {
        (Some(frequency), Some(impact), Some(satisfaction)) => Status::Scored(Scores {
            frequency,
            impact,
            satisfaction,
        }),
        _ => Status::Unscored,
    }
}

/// Importance–performance quadrant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quadrant {
    FixFirst,
    KeepUp,
    LowPriority,
    Overkill,
}

impl Quadrant {
    pub const ALL: [Quadrant; 4] = [
        Quadrant::FixFirst,
        Quadrant::KeepUp,
        Quadrant::LowPriority,
        Quadrant::Overkill,
    ];

    /// The contract name used in CSV and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Quadrant::FixFirst => "fix_first",
            Quadrant::KeepUp => "keep_up",
            Quadrant::LowPriority => "low_priority",
            Quadrant::Overkill => "overkill",
        }
    }
}

/// Which crosshair splits the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CrosshairMode {
    #[default]
    Midpoint,
    DataMean,
}

/// The crosshair position: impact (y) and satisfaction (x), exact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Crosshair {
    pub impact: Frac,
    pub satisfaction: Frac,
}

impl Crosshair {
    pub const MIDPOINT: Crosshair = Crosshair {
        impact: MIDPOINT,
        satisfaction: MIDPOINT,
    };

    /// A value is high when strictly above the crosshair.
    pub fn quadrant(&self, scores: &Scores) -> Quadrant {
        let impact_high = scores.impact > self.impact;
        let satisfaction_high = scores.satisfaction > self.satisfaction;
        match (impact_high, satisfaction_high) {
            (true, true) => Quadrant::KeepUp,
            (true, false) => Quadrant::FixFirst,
            (false, true) => Quadrant::Overkill,
            (false, false) => Quadrant::LowPriority,
        }
    }

    /// The crosshair for a mode; the data mean falls back to the midpoint with nothing scored.
    pub fn for_mode(mode: CrosshairMode, scored: &[Scores]) -> Crosshair {
        let mut sums = ScoreSums::default();
        scored.iter().for_each(|s| sums.add(s));
        Crosshair::of(mode, &sums)
    }

    /// The crosshair for a mode over the scored touchpoints summed in `sums`.
    pub fn of(mode: CrosshairMode, sums: &ScoreSums) -> Crosshair {
        match mode {
            CrosshairMode::DataMean if sums.count > 0 => Crosshair {
                impact: sums.mean(sums.impact),
                satisfaction: sums.mean(sums.satisfaction),
            },
            _ => Crosshair::MIDPOINT,
        }
    }
}

/// The exact sums of impact and satisfaction over scored touchpoints, so the data mean does
/// not depend on the order touchpoints were added and taken away in: a ranking kept up to date
/// one change at a time has the very crosshair of a ranking made afresh.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScoreSums {
    impact: Frac,
    satisfaction: Frac,
    count: usize,
}

impl Default for ScoreSums {
    fn default() -> Self {
        ScoreSums {
            impact: Frac::ZERO,
            satisfaction: Frac::ZERO,
            count: 0,
        }
    }
}

impl ScoreSums {
    pub fn add(&mut self, s: &Scores) {
        self.impact = self.impact + s.impact;
        self.satisfaction = self.satisfaction + s.satisfaction;
        self.count += 1;
    }

    pub fn remove(&mut self, s: &Scores) {
        self.impact = self.impact - s.impact;
        self.satisfaction = self.satisfaction - s.satisfaction;
        self.count -= 1;
    }

    fn mean(&self, sum: Frac) -> Frac {
        sum / Frac::int(self.count as i64)
    }
}

/// Position of a touchpoint in the audit: (stage index, touchpoint index).
pub type TpRef = (usize, usize);

/// One line of the priority list.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    pub rank: usize,
    pub at: TpRef,
    pub scores: Scores,
    pub priority: Frac,
    pub critical: bool,
    pub quadrant: Quadrant,
    pub needs_discussion: bool,
}

/// The result of ranking an audit.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranking {
    pub crosshair: Crosshair,
    pub ranked: Vec<Ranked>,
    pub unscored: Vec<TpRef>,
    pub not_applicable: Vec<TpRef>,
}

impl Ranking {
    pub fn find(&self, at: TpRef) -> Option<&Ranked> {
        self.ranked.iter().find(|r| r.at == at)
    }

    pub fn count(&self, quadrant: Quadrant) -> usize {
        self.ranked
            .iter()
            .filter(|r| r.quadrant == quadrant)
            .count()
    }

    pub fn critical_count(&self) -> usize {
        self.ranked.iter().filter(|r| r.critical).count()
    }
}

/// Ranks an audit: critical first; then priority, impact, frequency descending; then checklist order.
pub fn rank(audit: &Audit, mode: CrosshairMode) -> Ranking {
    let mut scored = Vec::new();
    let mut unscored = Vec::new();
    let mut not_applicable = Vec::new();
    for (si, ti, tp) in audit.touchpoints() {
        match status(tp) {
            Status::NotApplicable => not_applicable.push((si, ti)),
            Status::Unscored => unscored.push((si, ti)),
            Status::Scored(s) => scored.push((((si, ti), needs_discussion(tp)), s)),
        }
    }
    ranking_of(scored, (unscored, not_applicable), mode)
}

/// The ranking of scored touchpoints (each with whether it needs discussion), given in
/// checklist order, with the touchpoints left out of it: unscored and not applicable.
pub fn ranking_of(
    scored: Vec<((TpRef, bool), Scores)>,
    (unscored, not_applicable): (Vec<TpRef>, Vec<TpRef>),
    mode: CrosshairMode,
) -> Ranking {
    let (crosshair, items) = rank_items(scored, mode);
    let ranked = items
        .into_iter()
        .map(|item| Ranked {
            rank: item.rank,
            at: item.key.0,
            scores: item.scores,
            priority: item.priority,
            critical: item.critical,
            quadrant: item.quadrant,
            needs_discussion: item.key.1,
        })
        .collect();
    Ranking {
        crosshair,
        ranked,
        unscored,
        not_applicable,
    }
}

/// One place in a ranking of any kind of item: a touchpoint of an audit, or of a combination
/// of audits.
#[derive(Debug, Clone, PartialEq)]
pub struct RankedItem<K> {
    pub rank: usize,
    pub key: K,
    pub scores: Scores,
    pub priority: Frac,
    pub critical: bool,
    pub quadrant: Quadrant,
}

/// The ranking rules of the method over scored items given in checklist order: critical first;
/// then priority, impact, frequency descending; remaining ties keep the given order. Returns
/// the crosshair of `mode` over these items and the items in rank order. [`rank`] and
/// `model::combine` both rank through this one function.
pub fn rank_items<K>(
    items: Vec<(K, Scores)>,
    mode: CrosshairMode,
) -> (Crosshair, Vec<RankedItem<K>>) {
    let all: Vec<Scores> = items.iter().map(|(_, s)| *s).collect();
    let crosshair = Crosshair::for_mode(mode, &all);
    let mut items: Vec<(Urgency, (K, Scores))> = items
        .into_iter()
        .map(|(k, s)| (Urgency::of(&s, s.priority(), true), (k, s)))
        .collect();
    // The given order is the checklist order, so a stable sort keeps it as the last tie-break.
    items.sort_by_key(|(k, _)| *k);
    let ranked = items
        .into_iter()
        .enumerate()
        .map(|(i, (_, (key, scores)))| RankedItem {
            rank: i + 1,
            key,
            scores,
            priority: scores.priority(),
            critical: scores.critical(),
            quadrant: crosshair.quadrant(&scores),
        })
        .collect();
    (crosshair, ranked)
}

/// The sort key of a scored touchpoint under a ranking rule, computed once per touchpoint:
/// smaller is more urgent (critical first when the rule has it, then the rule's priority,
/// impact and frequency, each descending).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Urgency(std::cmp::Reverse<(bool, Frac, Frac, Frac)>);

impl Urgency {
    pub fn of(s: &Scores, priority: Frac, critical_first: bool) -> Urgency {
        let critical = critical_first && s.critical();
        Urgency(std::cmp::Reverse((
            critical,
            priority,
            s.impact,
            s.frequency,
        )))
    }
}

/// Orders two scored touchpoints, the more urgent first (without the checklist tie-break).
pub fn compare(a: &Scores, b: &Scores) -> Ordering {
    b.critical()
        .cmp(&a.critical())
        .then_with(|| b.priority().cmp(&a.priority()))
        .then_with(|| b.impact.cmp(&a.impact))
        .then_with(|| b.frequency.cmp(&a.frequency))
}

/// Scored, unscored and not-applicable counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Progress {
    pub scored: usize,
    pub not_applicable: usize,
    pub total: usize,
}

impl Progress {
    /// Touchpoints that are done: scored or marked not applicable.
    pub fn done(&self) -> usize {
        self.scored + self.not_applicable
    }

    /// "31/32": touchpoints scored of all of them, as `tpaudit list` and the workbench both
    /// write it; not-applicable ones are counted apart (`not_applicable`), never as scored.
    pub fn fraction(&self) -> String {
        format!("{}/{}", self.scored, self.total)
    }

    /// Counts one touchpoint whose status went from `from` to `to`.
    pub fn recount(&mut self, from: &Status, to: &Status) {
        match from {
            Status::Scored(_) => self.scored -= 1,
            Status::NotApplicable => self.not_applicable -= 1,
            Status::Unscored => {}
        }
        self.tally(to);
    }

    fn tally(&mut self, status: &Status) {
        match status {
            Status::Scored(_) => self.scored += 1,
            Status::NotApplicable => self.not_applicable += 1,
            Status::Unscored => {}
        }
    }
}

/// Progress over a set of touchpoints.
pub fn progress<'a, T: AsRef<Touchpoint> + 'a>(tps: impl IntoIterator<Item = &'a T>) -> Progress {
    tps.into_iter().fold(Progress::default(), |mut p, tp| {
        p.total += 1;
        p.tally(&status(tp.as_ref()));
        p
    })
}

/// Formats a score or priority with at most one decimal: `4`, `4.5`, `37.5`.
pub fn fmt_num(v: impl Into<f64>) -> String {
    let v: f64 = v.into();
    let rounded = (v * 10.0).round() / 10.0;
    if rounded.fract() == 0.0 {
        format!("{}", rounded as i64)
    } else {
        format!("{rounded:.1}")
    }
}
