//! Which touchpoint of one audit is which touchpoint of another: the matching behind re-audits,
//! compare, combine and merge.
//!
//! Two touchpoints match when their ids are equal; otherwise when their stage names and their
//! own names are equal once trimmed and compared without regard to case. Ids are tried first for
//! every touchpoint, names only for those left over, so a touchpoint moved to another stage keeps
//! its match through its id, and a renamed one with a new id is removed and added.
//!
//! Ambiguity is settled by order: when several touchpoints share a key (the same id, or the same
//! stage and name), the first unmatched one on one side, in checklist order, pairs with the first
//! unmatched one on the other. Nothing depends on hashing order, so the same files always match
//! the same way.

use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use super::audit::Audit;
use super::score::TpRef;

/// What a touchpoint is known by when matching: its id and its normalised stage and name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key<'a> {
    pub id: &'a str,
    /// Stage name and touchpoint name, trimmed and lower-cased (the stage's shared by all its
    /// touchpoints).
    pub names: (Rc<str>, String),
}

/// A name as matching compares it: trimmed, in lower case.
pub fn normalise(name: &str) -> String {
    let name = name.trim();
    if name.is_ascii() {
        name.to_ascii_lowercase()
    } else {
        name.to_lowercase()
    }
}

/// The keys of an audit's touchpoints in checklist order, with their positions.
pub fn keys(audit: &Audit) -> Vec<(TpRef, Key<'_>)> {
    let mut out = Vec::with_capacity(audit.touchpoint_count());
    for (si, stage) in audit.stages.iter().enumerate() {
        let stage_name: Rc<str> = normalise(&stage.name).into();
        for (ti, tp) in stage.touchpoints.iter().enumerate() {
            out.push((
                (si, ti),
                Key {
                    id: &tp.id,
                    names: (Rc::clone(&stage_name), normalise(&tp.name)),
                },
            ));
        }
    }
    out
}

/// For each key of `after`, the index of the key of `before` it matches, if any. Each key of
/// `before` is matched at most once. Linear in the number of keys.
pub fn match_keys(before: &[&Key], after: &[&Key]) -> Vec<Option<usize>> {
    let mut by_id: HashMap<&str, VecDeque<usize>> = HashMap::new();
    let mut by_name: HashMap<(&str, &str), VecDeque<usize>> = HashMap::new();
    for (i, k) in before.iter().enumerate() {
        by_id.entry(k.id).or_default().push_back(i);
        by_name
            .entry((&*k.names.0, k.names.1.as_str()))
            .or_default()
            .push_back(i);
    }
    let mut taken = vec![false; before.len()];
    let mut out = vec![None; after.len()];
    // Ids first, for every touchpoint, so that a name never takes a touchpoint an id claims.
    for (j, k) in after.iter().enumerate() {
        if let Some(i) = next_free(by_id.get_mut(k.id), &taken) {
            taken[i] = true;
            out[j] = Some(i);
        }
    }
    for (j, k) in after.iter().enumerate() {
        if out[j].is_some() {
            continue;
        }
        let names = (&*k.names.0, k.names.1.as_str());
        if let Some(i) = next_free(by_name.get_mut(&names), &taken) {
            taken[i] = true;
            out[j] = Some(i);
        }
    }
    out
}

/// Pops indices off the queue until one is not yet taken.
fn next_free(queue: Option<&mut VecDeque<usize>>, taken: &[bool]) -> Option<usize> {
    let queue = queue?;
    while let Some(i) = queue.pop_front() {
        if !taken[i] {
            return Some(i);
        }
    }
    None
}

/// How the touchpoints of two audits correspond.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Matching {
    /// Matched pairs (before, after), in the after audit's checklist order.
    pub kept: Vec<(TpRef, TpRef)>,
    /// Touchpoints only in the after audit, in its checklist order.
    pub added: Vec<TpRef>,
    /// Touchpoints only in the before audit, in its checklist order.
    pub removed: Vec<TpRef>,
}

/// Matches the touchpoints of `after` with those of `before`.
pub fn match_touchpoints(before: &Audit, after: &Audit) -> Matching {
    let b = keys(before);
    let a = keys(after);
    let pairs = match_keys(
        &b.iter().map(|(_, k)| k).collect::<Vec<_>>(),
        &a.iter().map(|(_, k)| k).collect::<Vec<_>>(),
    );
    let mut matched = vec![false; b.len()];
    let mut out = Matching::default();
    for ((at, _), m) in a.iter().zip(pairs) {
        match m {
            Some(i) => {
                matched[i] = true;
                out.kept.push((b[i].0, *at));
            }
            None => out.added.push(*at),
        }
    }
    out.removed = b
        .iter()
        .zip(matched)
        .filter(|(_, m)| !m)
        .map(|((at, _), _)| *at)
        .collect();
    out
}

/// The touchpoints of several audits lined up: one row per touchpoint that appears in any of
/// them, with its position in each audit.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Alignment {
    /// `rows[r][k]`: where touchpoint `r` is in audit `k`, if it is there.
    pub rows: Vec<Vec<Option<TpRef>>>,
    /// For each audit after the first, how many of its touchpoints matched one seen before.
    pub matched: Vec<usize>,
}

/// Lines up the touchpoints of `audits`, taken in order. The rows follow the first audit's
/// checklist order, then each later audit's new touchpoints in its checklist order. Each audit
/// is matched against the touchpoints seen so far, each known by its key in the latest audit
/// that had it, so a chain of re-audits follows renames made along the way. For two audits the
/// rows are exactly those of [`match_touchpoints`].
pub fn align<'a>(audits: &[&'a Audit]) -> Alignment {
    let n = audits.len();
    let mut rows: Vec<Vec<Option<TpRef>>> = Vec::new();
    let mut known: Vec<Key<'a>> = Vec::new();
    let mut matched = Vec::new();
    for (k, audit) in audits.iter().enumerate() {
        let ks = keys(audit);
        let found = match_keys(
            &known.iter().collect::<Vec<_>>(),
            &ks.iter().map(|(_, key)| key).collect::<Vec<_>>(),
        );
        if k > 0 {
            matched.push(found.iter().flatten().count());
        }
        for ((at, key), m) in ks.into_iter().zip(found) {
            let row = match m {
                Some(r) => r,
                None => {
                    rows.push(vec![None; n]);
                    known.push(key.clone());
                    rows.len() - 1
                }
            };
            rows[row][k] = Some(at);
            known[row] = key;
        }
    }
    Alignment { rows, matched }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Lang, Stage, Touchpoint};

    /// A stage as (id, name, touchpoints as (id, name)).
    type StageSpec<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

    fn audit(stages: &[StageSpec]) -> Audit {
        let mut a = Audit::new("t", Lang::En, jiff::Timestamp::UNIX_EPOCH);
        a.stages = stages
            .iter()
            .map(|(id, name, tps)| Stage {
                touchpoints: tps
                    .iter()
                    .map(|(id, name)| Touchpoint::new(*id, *name))
                    .map(Into::into)
                    .collect(),
                ..Stage::new(*id, *name)
            })
            .collect();
        a
    }

    #[test]
    fn ids_match_whatever_the_names() {
        let before = audit(&[("s", "Buy", &[("a", "Checkout"), ("b", "Delivery")])]);
        let after = audit(&[("s", "Purchase", &[("b", "Courier"), ("a", "Pay")])]);
        let m = match_touchpoints(&before, &after);
        assert_eq!(m.kept, vec![((0, 1), (0, 0)), ((0, 0), (0, 1))]);
        assert!(m.added.is_empty() && m.removed.is_empty());
    }

    #[test]
    fn names_match_when_ids_differ_trimmed_and_in_any_case() {
        let before = audit(&[("s1", "Покупка", &[("x1", "Касса")])]);
        let after = audit(&[("s2", "  ПОКУПКА ", &[("y9", " касса")])]);
        let m = match_touchpoints(&before, &after);
        assert_eq!(m.kept, vec![((0, 0), (0, 0))]);
    }

    #[test]
    fn a_renamed_touchpoint_with_a_new_id_is_removed_and_added() {
        let before = audit(&[("s", "Buy", &[("chat", "Chat")])]);
        let after = audit(&[("s", "Buy", &[("live-chat", "Live chat")])]);
        let m = match_touchpoints(&before, &after);
        assert!(m.kept.is_empty());
        assert_eq!(m.added, vec![(0, 0)]);
        assert_eq!(m.removed, vec![(0, 0)]);
    }

    #[test]
    fn added_and_removed_are_listed_in_their_audits_checklist_order() {
        let before = audit(&[
            ("s", "Buy", &[("a", "A"), ("gone1", "G1")]),
            ("t", "Use", &[("gone2", "G2"), ("b", "B")]),
        ]);
        let after = audit(&[
            ("s", "Buy", &[("new1", "N1"), ("a", "A")]),
            ("t", "Use", &[("b", "B"), ("new2", "N2")]),
        ]);
        let m = match_touchpoints(&before, &after);
        assert_eq!(m.kept, vec![((0, 0), (0, 1)), ((1, 1), (1, 0))]);
        assert_eq!(m.added, vec![(0, 0), (1, 1)]);
        assert_eq!(m.removed, vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn a_touchpoint_moved_to_another_stage_keeps_its_match_by_id() {
        let before = audit(&[("s", "Buy", &[("chat", "Chat")]), ("t", "Use", &[])]);
        let after = audit(&[("s", "Buy", &[]), ("t", "Use", &[("chat", "Chat")])]);
        let m = match_touchpoints(&before, &after);
        assert_eq!(m.kept, vec![((0, 0), (1, 0))]);
    }

    #[test]
    fn a_moved_touchpoint_with_a_new_id_does_not_match_by_name() {
        let before = audit(&[("s", "Buy", &[("c1", "Chat")]), ("t", "Use", &[])]);
        let after = audit(&[("s", "Buy", &[]), ("t", "Use", &[("c2", "Chat")])]);
        let m = match_touchpoints(&before, &after);
        assert!(m.kept.is_empty());
        assert_eq!((m.added.len(), m.removed.len()), (1, 1));
    }

    #[test]
    fn an_id_claim_beats_a_name_claim() {
        // After's "x" is the before "a" by id; after's "y" has the same names as "a" but "a" is
        // taken, so "y" is new.
        let before = audit(&[("s", "Buy", &[("a", "Chat")])]);
        let after = audit(&[("s", "Buy", &[("y", "Chat"), ("a", "Chat (old)")])]);
        let m = match_touchpoints(&before, &after);
        assert_eq!(m.kept, vec![((0, 0), (0, 1))]);
        assert_eq!(m.added, vec![(0, 0)]);
    }

    #[test]
    fn ambiguous_names_pair_in_checklist_order() {
        // Two stages of the same name each hold a "Call": first pairs with first, second with
        // second, on both sides; a third "Call" after is new.
        let before = audit(&[
            ("s1", "Support", &[("c1", "Call")]),
            ("s2", "Support", &[("c2", "Call")]),
        ]);
        let after = audit(&[
            ("t1", "support", &[("d1", "call"), ("d2", "CALL")]),
            ("t2", "Support", &[("d3", "Call")]),
        ]);
        let m = match_touchpoints(&before, &after);
        assert_eq!(m.kept, vec![((0, 0), (0, 0)), ((1, 0), (0, 1))]);
        assert_eq!(m.added, vec![(1, 0)]);
        assert!(m.removed.is_empty());
        // And again: the same result every time.
        assert_eq!(match_touchpoints(&before, &after), m);
    }

    #[test]
    fn alignment_follows_the_first_audit_then_the_new_ones() {
        let a = audit(&[("s", "Buy", &[("a", "A"), ("b", "B")])]);
        let b = audit(&[("s", "Buy", &[("c", "C"), ("a", "A")])]);
        let c = audit(&[("s", "Buy", &[("b", "B"), ("c2", "c"), ("d", "D")])]);
        let al = align(&[&a, &b, &c]);
        assert_eq!(
            al.rows,
            vec![
                vec![Some((0, 0)), Some((0, 1)), None],
                vec![Some((0, 1)), None, Some((0, 0))],
                vec![None, Some((0, 0)), Some((0, 1))],
                vec![None, None, Some((0, 2))],
            ]
        );
        assert_eq!(al.matched, vec![1, 2]);
    }

    #[test]
    fn alignment_follows_a_rename_along_a_chain() {
        // The id stays while the name changes, then a CSV import gives a new id with the new name.
        let a = audit(&[("s", "Buy", &[("chat", "Chat")])]);
        let b = audit(&[("s", "Buy", &[("chat", "Live chat")])]);
        let c = audit(&[("s", "Buy", &[("live-chat", "Live chat")])]);
        let al = align(&[&a, &b, &c]);
        assert_eq!(al.rows, vec![vec![Some((0, 0)); 3]]);
    }

    #[test]
    fn alignment_of_two_is_the_matching() {
        let before = audit(&[
            ("s", "Buy", &[("a", "A"), ("gone", "G")]),
            ("t", "Use", &[("b", "B")]),
        ]);
        let after = audit(&[("t", "Use", &[("b", "B"), ("n", "N"), ("a", "A")])]);
        let m = match_touchpoints(&before, &after);
        let al = align(&[&before, &after]);
        for (b, a) in &m.kept {
            assert!(al.rows.contains(&vec![Some(*b), Some(*a)]));
        }
        for a in &m.added {
            assert!(al.rows.contains(&vec![None, Some(*a)]));
        }
        for b in &m.removed {
            assert!(al.rows.contains(&vec![Some(*b), None]));
        }
        assert_eq!(
            al.rows.len(),
            m.kept.len() + m.added.len() + m.removed.len()
        );
    }
}
