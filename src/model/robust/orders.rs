//! The variant rankings of an open audit kept up to date one touchpoint at a time, like the
//! method's own ranking in the workbench: a change to one touchpoint moves it alone in each
//! variant (a binary search out, one in), giving exactly the order [`variant_order`] gives.

use super::{Variant, scores_without, variant_order};
use crate::model::audit::Audit;
use crate::model::score::{Scores, TpRef, Urgency};

/// Every variant but the method's, each in rank order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct VariantOrders {
    variants: Vec<Variant>,
    /// Where each stage's touchpoints start in the checklist.
    starts: Vec<usize>,
    /// Per variant: its ranked touchpoints in rank order, with their sort keys.
    orders: Vec<Vec<(Urgency, TpRef)>>,
    /// Per variant, per touchpoint in checklist order: its key, `None` when not ranked there.
    keys: Vec<Vec<Option<Urgency>>>,
}

fn key(audit: &Audit, v: &Variant, (s, t): TpRef) -> Option<Urgency> {
    let tp = audit.stages.get(s)?.touchpoints.get(t)?;
    scores_without(tp, v.without()).map(|x| v.urgency(&x))
}

impl VariantOrders {
    pub fn new(audit: &Audit) -> Self {
        let variants: Vec<Variant> = Variant::all(audit).into_iter().skip(1).collect();
        let starts = starts(audit);
        let total = audit.touchpoint_count();
        let mut keys = vec![vec![None; total]; variants.len()];
        let orders = (variants.iter().zip(&mut keys))
            .map(|(v, ks)| {
                let order: Vec<(Urgency, TpRef)> = variant_order(audit, v)
                    .into_iter()
                    .filter_map(|at| Some((key(audit, v, at)?, at)))
                    .collect();
                for &(k, (s, t)) in &order {
                    ks[starts[s] + t] = Some(k);
                }
                order
            })
            .collect();
        VariantOrders {
            variants,
            starts,
            orders,
            keys,
        }
    }

    /// Moves the touchpoint at `at` to where its ratings now rank it in every variant, after
    /// a change to that touchpoint alone. Any other change (the checklist, the participants)
    /// needs [`VariantOrders::new`].
    pub fn update(&mut self, audit: &Audit, at: TpRef) {
        let Some(flat) = self.starts.get(at.0).map(|s| s + at.1) else {
            return;
        };
        for ((v, order), keys) in self
            .variants
            .iter()
            .zip(&mut self.orders)
            .zip(&mut self.keys)
        {
            let Some(slot) = keys.get_mut(flat) else {
                continue;
            };
            if let Some(old) = slot.take()
                && let Ok(i) = order.binary_search(&(old, at))
            {
                order.remove(i);
            }
            if let Some(new) = key(audit, v, at) {
                let i = order.binary_search(&(new, at)).unwrap_or_else(|i| i);
                order.insert(i, (new, at));
                *slot = Some(new);
            }
        }
    }

    /// The variants, in the order of `robust::Variant::all` without the method.
    pub fn variants(&self) -> &[Variant] {
        &self.variants
    }

    /// The rank of a touchpoint in variant `k`, `None` where it drops out.
    pub fn rank(&self, k: usize, at: TpRef) -> Option<usize> {
        let flat = self.starts.get(at.0)? + at.1;
        let key = (*self.keys.get(k)?.get(flat)?)?;
        self.orders[k].binary_search(&(key, at)).ok().map(|i| i + 1)
    }

    /// Variant `k`'s touchpoints in rank order.
    pub fn order(&self, k: usize) -> impl Iterator<Item = TpRef> + '_ {
        self.orders.get(k).into_iter().flatten().map(|(_, at)| *at)
    }

    /// The scores a touchpoint is ranked by in variant `k`.
    pub fn scores(&self, audit: &Audit, k: usize, at: TpRef) -> Option<Scores> {
        let tp = audit.stages.get(at.0)?.touchpoints.get(at.1)?;
        scores_without(tp, self.variants.get(k)?.without())
    }
}

/// Where each stage's touchpoints start in the checklist.
pub(super) fn starts(audit: &Audit) -> Vec<usize> {
    (audit.stages.iter())
        .scan(0, |n, s| {
            let start = *n;
            *n += s.touchpoints.len();
            Some(start)
        })
        .collect()
}
