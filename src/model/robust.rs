//! How sure the ranking is: the same ratings ranked under variants of the method, and for each
//! ranked touchpoint its best and worst rank over them, whether one rating moved by one point
//! would flip its critical status, and its quadrant under the other crosshair. PRODUCT.md,
//! "How sure the ranking is".
//!
//! The variants: `method` (the ranking itself); `no_critical_rule` (without critical-first);
//! `impact_gap` (priority = impact × gap, frequency left out of the product, critical-first
//! kept; ties still go by impact, then frequency, then checklist order); `without:ID`, one per
//! participant when the audit has two or more, ranking the other participants' ratings (an
//! agreed value stays in every variant; a touchpoint left unscored drops out of that variant).

use std::cmp::Ordering;

use super::audit::{Audit, Scale, Touchpoint};
use super::frac::Frac;
use super::score::{
    self, CRITICAL_IMPACT, CRITICAL_SATISFACTION, Crosshair, CrosshairMode, Quadrant, Ranking,
    Scores, TpRef, Urgency,
};

/// The top of the method's list that [`Robustness::stable_top`] considers.
pub const TOP: usize = 3;
/// The worst rank a stable touchpoint may take in any variant.
pub const STABLE_WITHIN: usize = 5;

/// One way of ranking the same ratings.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Variant {
    Method,
    NoCriticalRule,
    ImpactGap,
    /// Without one participant's ratings (the participant's id).
    Without(String),
}

impl Variant {
    /// The contract name: `method`, `no_critical_rule`, `impact_gap`, `without:ID`.
    pub fn key(&self) -> String {
        match self {
            Variant::Method => "method".into(),
            Variant::NoCriticalRule => "no_critical_rule".into(),
            Variant::ImpactGap => "impact_gap".into(),
            Variant::Without(id) => format!("without:{id}"),
        }
    }

    /// The variants of an audit, `method` first; `without:ID` only with two or more
    /// participants.
    pub fn all(audit: &Audit) -> Vec<Variant> {
        let mut out = vec![Variant::Method, Variant::NoCriticalRule, Variant::ImpactGap];
        if audit.participants.len() >= 2 {
            out.extend(
                audit
                    .participants
                    .iter()
                    .map(|p| Variant::Without(p.id.clone())),
            );
        }
        out
    }

    fn critical_first(&self) -> bool {
        !matches!(self, Variant::NoCriticalRule)
    }

    /// The priority this variant ranks by.
    pub fn priority(&self, s: &Scores) -> Frac {
        match self {
            Variant::ImpactGap => s.impact * s.gap(),
            _ => s.priority(),
        }
    }

    /// The sort key of scores under this variant: smaller ranks first.
    pub fn urgency(&self, s: &Scores) -> Urgency {
        Urgency::of(s, self.priority(s), self.critical_first())
    }

    /// Orders two scored touchpoints under this variant, the more urgent first (without the
    /// checklist tie-break).
    pub fn compare(&self, a: &Scores, b: &Scores) -> Ordering {
        self.urgency(a).cmp(&self.urgency(b))
    }

    /// The participant whose ratings this variant leaves out.
    pub fn without(&self) -> Option<&str> {
        match self {
            Variant::Without(id) => Some(id),
            _ => None,
        }
    }
}

/// The effective score of a scale leaving out one participant's ratings (`skip`): the agreed
/// value when there is one, else the mean of the other ratings.
pub fn effective_without(tp: &Touchpoint, scale: Scale, skip: Option<&str>) -> Option<Frac> {
    match tp.agreed(scale) {
        Some(v) => Some(Frac::from(v)),
        None => Frac::mean_of(
            tp.ratings
                .iter()
                .filter(|r| Some(r.participant.as_str()) != skip)
                .filter_map(|r| r.get(scale)),
        ),
    }
}

/// A touchpoint's scores leaving out one participant; `None` when that leaves it unscored or
/// it is not applicable.
pub fn scores_without(tp: &Touchpoint, skip: Option<&str>) -> Option<Scores> {
    if tp.not_applicable {
        return None;
    }
    Some(Scores {
        frequency: effective_without(tp, Scale::Frequency, skip)?,
        impact: effective_without(tp, Scale::Impact, skip)?,
        satisfaction: effective_without(tp, Scale::Satisfaction, skip)?,
    })
}

/// The touchpoints a variant ranks, in its rank order.
pub fn variant_order(audit: &Audit, variant: &Variant) -> Vec<TpRef> {
    variant_order_by(audit, variant, &STAFF)
}

/// Where the scores a ranking ranks by come from: the team's ratings, or the team's frequency
/// and impact with the customers' mean as satisfaction.
pub struct ScoreSource {
    /// A touchpoint's scores leaving out one participant; `None` when it is not ranked.
    pub scores: fn(&Touchpoint, Option<&str>) -> Option<Scores>,
    /// Satisfaction comes from the team's ratings, so a one-point move of one of them counts
    /// towards near-critical.
    pub rated_satisfaction: bool,
}

/// The team's ratings: the method's own scores.
pub const STAFF: ScoreSource = ScoreSource {
    scores: scores_without,
    rated_satisfaction: true,
};

/// The touchpoints a variant ranks with scores from `source`, in its rank order.
pub fn variant_order_by(audit: &Audit, variant: &Variant, source: &ScoreSource) -> Vec<TpRef> {
    let mut items: Vec<(Urgency, TpRef)> = audit
        .touchpoints()
        .filter_map(|(s, t, tp)| {
            let x = (source.scores)(tp, variant.without())?;
            Some((variant.urgency(&x), (s, t)))
        })
        .collect();
    // Checklist order in, so the stable sort keeps it as the last tie-break.
    items.sort_by_key(|(k, _)| *k);
    items.into_iter().map(|(_, at)| at).collect()
}

/// How sure one ranked touchpoint's place is.
#[derive(Debug, Clone, PartialEq)]
pub struct Sureness {
    pub at: TpRef,
    /// Its rank in the method.
    pub rank: usize,
    /// Its rank in each variant (in [`Robustness::variants`] order), `None` where it drops out.
    pub ranks: Vec<Option<usize>>,
    pub rank_min: usize,
    pub rank_max: usize,
    pub near_critical: bool,
    pub quadrant_other_crosshair: Quadrant,
}

impl Sureness {
    /// The variant that moves it furthest from its method rank (dropping out counts as
    /// furthest), the first of them on a tie; `None` when no variant moves it.
    pub fn moved_most(&self) -> Option<(usize, Option<usize>)> {
        let distance = |r: Option<usize>| r.map_or(usize::MAX, |r| r.abs_diff(self.rank));
        self.ranks
            .iter()
            .enumerate()
            .filter(|(_, r)| distance(**r) > 0)
            .fold(
                None,
                |best: Option<(usize, Option<usize>)>, (i, &r)| match best {
                    Some((_, b)) if distance(b) >= distance(r) => best,
                    _ => Some((i, r)),
                },
            )
    }

    /// Whether it stays within [`STABLE_WITHIN`] in every variant.
    pub fn stays_up(&self) -> bool {
        self.ranks
            .iter()
            .all(|r| r.is_some_and(|r| r <= STABLE_WITHIN))
    }
}

/// The variants and each ranked touchpoint's sureness.
#[derive(Debug, Clone, PartialEq)]
pub struct Robustness {
    pub variants: Vec<Variant>,
    /// Each variant's ranked touchpoints in rank order.
    pub orders: Vec<Vec<TpRef>>,
    /// One per touchpoint the method ranks, in method order.
    pub ranked: Vec<Sureness>,
    /// The method's top [`TOP`] that rank at most [`STABLE_WITHIN`] in every variant, in
    /// method order.
    pub stable_top: Vec<TpRef>,
}

impl Robustness {
    /// The sureness of a ranked touchpoint.
    pub fn of(&self, at: TpRef) -> Option<&Sureness> {
        self.ranked.iter().find(|s| s.at == at)
    }

    /// A variant's rank of a touchpoint.
    pub fn rank_in(&self, variant: usize, at: TpRef) -> Option<usize> {
        self.orders
            .get(variant)?
            .iter()
            .position(|&x| x == at)
            .map(|i| i + 1)
    }
}

/// Whether moving one of the touchpoint's ratings by one point within 1–5 (one participant's
/// impact or satisfaction, or an agreed value of those) flips its critical status.
pub fn near_critical(tp: &Touchpoint, s: &Scores) -> bool {
    near_critical_on(tp, s, &[Scale::Impact, Scale::Satisfaction])
}

/// [`near_critical`] moving ratings of the given scales only.
fn near_critical_on(tp: &Touchpoint, s: &Scores, scales: &[Scale]) -> bool {
    let now = s.critical();
    scales.iter().copied().any(|scale| {
        nudged(tp, scale).into_iter().any(|v| {
            let mut moved = *s;
            match scale {
                Scale::Impact => moved.impact = v,
                _ => moved.satisfaction = v,
            }
            critical(&moved) != now
        })
    })
}

fn critical(s: &Scores) -> bool {
    s.impact >= CRITICAL_IMPACT && s.satisfaction <= CRITICAL_SATISFACTION
}

/// The effective values a scale can take when one of its ratings (or its agreed value) moves
/// by one point within 1–5.
fn nudged(tp: &Touchpoint, scale: Scale) -> Vec<Frac> {
    let step = |v: u8| [v.checked_sub(1), v.checked_add(1)];
    let in_range = |v: &u8| (1..=5).contains(v);
    if let Some(v) = tp.agreed(scale) {
        return step(v)
            .into_iter()
            .flatten()
            .filter(in_range)
            .map(Frac::from)
            .collect();
    }
    let given: Vec<u8> = tp.ratings.iter().filter_map(|r| r.get(scale)).collect();
    let (sum, n) = (
        given.iter().map(|&v| i128::from(v)).sum::<i128>(),
        given.len() as i128,
    );
    let mut out = Vec::new();
    if given.iter().any(|&v| v < 5) {
        out.push(Frac::new(sum + 1, n));
    }
    if given.iter().any(|&v| v > 1) {
        out.push(Frac::new(sum - 1, n));
    }
    out
}

/// The robustness of `ranking`, the method's ranking of `audit`.
pub fn robustness(audit: &Audit, ranking: &Ranking, mode: CrosshairMode) -> Robustness {
    robustness_by(audit, ranking, mode, &STAFF)
}

/// The robustness of `ranking`, ranked with scores from `source`.
pub fn robustness_by(
    audit: &Audit,
    ranking: &Ranking,
    mode: CrosshairMode,
    source: &ScoreSource,
) -> Robustness {
    let variants = Variant::all(audit);
    let orders: Vec<Vec<TpRef>> = variants
        .iter()
        .map(|v| match v {
            Variant::Method => ranking.ranked.iter().map(|r| r.at).collect(),
            _ => variant_order_by(audit, v, source),
        })
        .collect();
    let places = Places::new(audit, &orders);
    let nudged: &[Scale] = if source.rated_satisfaction {
        &[Scale::Impact, Scale::Satisfaction]
    } else {
        &[Scale::Impact]
    };
    let other = match mode {
        CrosshairMode::Midpoint => CrosshairMode::DataMean,
        CrosshairMode::DataMean => CrosshairMode::Midpoint,
    };
    let all: Vec<Scores> = ranking.ranked.iter().map(|r| r.scores).collect();
    let cross = Crosshair::for_mode(other, &all);
    let ranked: Vec<Sureness> = ranking
        .ranked
        .iter()
        .map(|r| {
            let ranks = places.ranks(r.at);
            let present = || ranks.iter().flatten().copied();
            let tp = &audit.stages[r.at.0].touchpoints[r.at.1];
            Sureness {
                at: r.at,
                rank: r.rank,
                rank_min: present().min().unwrap_or(r.rank),
                rank_max: present().max().unwrap_or(r.rank),
                near_critical: near_critical_on(tp, &r.scores, nudged),
                quadrant_other_crosshair: cross.quadrant(&r.scores),
                ranks,
            }
        })
        .collect();
    let stable_top = ranked
        .iter()
        .take(TOP)
        .filter(|s| s.stays_up())
        .map(|s| s.at)
        .collect();
    Robustness {
        variants,
        orders,
        ranked,
        stable_top,
    }
}

/// Each variant's rank of every touchpoint, by its place in the checklist (0: not ranked).
struct Places {
    /// Where each stage's touchpoints start in the checklist.
    starts: Vec<usize>,
    /// Per variant, per touchpoint in checklist order.
    ranks: Vec<Vec<u32>>,
}

impl Places {
    fn new(audit: &Audit, orders: &[Vec<TpRef>]) -> Places {
        let starts = orders::starts(audit);
        let total = audit.touchpoint_count();
        let ranks = orders
            .iter()
            .map(|o| {
                let mut ranks = vec![0u32; total];
                for (i, &(s, t)) in o.iter().enumerate() {
                    ranks[starts[s] + t] = u32::try_from(i + 1).unwrap_or(u32::MAX);
                }
                ranks
            })
            .collect();
        Places { starts, ranks }
    }

    fn ranks(&self, (s, t): TpRef) -> Vec<Option<usize>> {
        let at = self.starts[s] + t;
        (self.ranks.iter())
            .map(|r| (r[at] > 0).then(|| r[at] as usize))
            .collect()
    }
}

/// What a touchpoint's place rests on, from the variant that moves it most.
#[derive(Debug, Clone, PartialEq)]
pub enum Reliance {
    /// It is where it is by critical-first; by priority alone it would rank `rank`.
    CriticalRule { rank: usize },
    /// Frequency holds it up: by impact × gap it would rank `rank`.
    Frequency { rank: usize },
    /// One participant's ratings hold it up: without them it ranks `rank` (`None`: unscored).
    /// `rating` is that participant's rating furthest from the others' mean, when there is
    /// one: the scale and the value.
    Voice {
        participant: String,
        rank: Option<usize>,
        rating: Option<(Scale, u8)>,
    },
}

/// What the place of the touchpoint `s` (of `audit`) rests on, from the variant that moves it
/// most; `None` when no variant moves it.
pub fn reliance(audit: &Audit, rob: &Robustness, s: &Sureness) -> Option<Reliance> {
    let (i, rank) = s.moved_most()?;
    Some(match &rob.variants[i] {
        Variant::Method => return None,
        Variant::NoCriticalRule => Reliance::CriticalRule { rank: rank? },
        Variant::ImpactGap => Reliance::Frequency { rank: rank? },
        Variant::Without(id) => Reliance::Voice {
            participant: id.clone(),
            rank,
            rating: loudest(&audit.stages[s.at.0].touchpoints[s.at.1], id),
        },
    })
}

/// The rating of `participant` furthest from the mean of the others' on the same scale (and
/// at least a point away), satisfaction first, then impact, then frequency on a tie; with no
/// other rating on a scale, the participant's own rating there counts as furthest.
fn loudest(tp: &Touchpoint, participant: &str) -> Option<(Scale, u8)> {
    let mine = tp.rating(participant)?;
    let order = [Scale::Satisfaction, Scale::Impact, Scale::Frequency];
    let mut best: Option<(Frac, Scale, u8)> = None;
    for scale in order {
        if tp.agreed(scale).is_some() {
            continue;
        }
        let Some(v) = mine.get(scale) else { continue };
        let distance = match effective_without(tp, scale, Some(participant)) {
            Some(others) => (Frac::from(v) - others).abs(),
            None => Frac::int(5),
        };
        if distance >= Frac::ONE && best.is_none_or(|(d, _, _)| distance > d) {
            best = Some((distance, scale, v));
        }
    }
    best.map(|(_, scale, v)| (scale, v))
}

/// The variant rankings for the scores of `audit` ranked `score::rank`, with the crosshair
/// `mode`: one call for writers that only have the audit.
pub fn of_audit(audit: &Audit, mode: CrosshairMode) -> (Ranking, Robustness) {
    let ranking = score::rank(audit, mode);
    let rob = robustness(audit, &ranking, mode);
    (ranking, rob)
}

mod orders;
pub use orders::VariantOrders;

#[cfg(test)]
mod tests;
