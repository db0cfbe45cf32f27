//! Touchpoints that cannot all be drawn readably within half a scale point of their scores
//! share one bubble: first those of one spot, then neighbouring spots whose scores are close
//! and have no other touchpoint's score between them. A shared bubble is drawn at the middle of
//! its touchpoints' scores, sized by their largest frequency, labelled with the best rank and
//! how many others it holds, and its tooltip names every one of them.

use std::collections::{BTreeMap, BTreeSet};

use super::layout::{Bubble, PUSH_APART_UP_TO, place_bubbles};
use super::shapes::{GAP, Placed};
use crate::io::report::svg::Mark;
use crate::model::{Crosshair, Frac, Lang};

/// The label of a bubble holding the touchpoints of these ranks: the rank alone, two ranks as
/// `5,7`, or the best rank and how many others (`13+14`).
pub fn label(ranks: &[usize]) -> String {
    let mut sorted = ranks.to_vec();
    sorted.sort_unstable();
    match sorted.as_slice() {
        [] => String::new(),
        [one] => one.to_string(),
        [a, b] => format!("{a},{b}"),
        [best, others @ ..] => format!("{best}+{}", others.len()),
    }
}

/// The most rounds of joining bubbles before they are drawn as they are.
const JOIN_ROUNDS: usize = 40;

/// Places the marks, joining touchpoints into shared bubbles while bubbles collide. Beyond
/// [`PUSH_APART_UP_TO`] marks no bubble is pushed apart, so none is joined either: each is
/// drawn at its scores (comparing every pair would cost far more than the rest of a report).
pub fn place_sharing(marks: &[Mark], c: Crosshair, lang: Lang) -> Vec<Placed> {
    let mut groups: Vec<Vec<usize>> = (0..marks.len()).map(|i| vec![i]).collect();
    for _ in 0..JOIN_ROUNDS {
        let at = place_groups(marks, &groups, c, lang);
        if marks.len() > PUSH_APART_UP_TO {
            return at;
        }
        match joined(marks, &groups, &at) {
            Some(fewer) => groups = fewer,
            None => return spread(marks, &groups, &at),
        }
    }
    let at = place_groups(marks, &groups, c, lang);
    spread(marks, &groups, &at)
}

/// The ranks of a bubble's touchpoints.
fn ranks(marks: &[Mark], group: &[usize]) -> Vec<usize> {
    group.iter().map(|&i| marks[i].rank).collect()
}

/// The best-ranked touchpoint of a bubble.
fn lead(marks: &[Mark], group: &[usize]) -> usize {
    *group
        .iter()
        .min_by_key(|&&i| (marks[i].rank, i))
        .expect("a bubble holds a touchpoint")
}

/// The scores a bubble's touchpoints span: (lowest, highest) satisfaction and impact.
type Spot = ((Frac, Frac), (Frac, Frac));

fn spot(marks: &[Mark], group: &[usize]) -> Spot {
    let span = |f: fn(&Mark) -> Frac| {
        let mut v = group.iter().map(|&i| f(&marks[i]));
        let first = v.next().expect("a bubble holds a touchpoint");
        v.fold((first, first), |(lo, hi), v| (lo.min(v), hi.max(v)))
    };
    (span(|m| m.scores.satisfaction), span(|m| m.scores.impact))
}

/// The widest spread of scores, in scale points on either axis, that one bubble holds: its
/// place is then within a quarter point of the middle, and so within half a point of each.
const WIDEST: Frac = Frac::new_const(1, 2);

/// Where each bubble is drawn, each standing for its best-ranked touchpoint, at the middle of
/// its touchpoints' scores, with the largest frequency among them.
fn place_groups(marks: &[Mark], groups: &[Vec<usize>], c: Crosshair, lang: Lang) -> Vec<Placed> {
    let bubbles: Vec<Bubble> = groups
        .iter()
        .map(|g| {
            let ((s0, s1), (i0, i1)) = spot(marks, g);
            let mut mark = marks[lead(marks, g)].clone();
            let two = Frac::int(2);
            mark.scores.satisfaction = (s0 + s1) / two;
            mark.scores.impact = (i0 + i1) / two;
            mark.scores.frequency = g
                .iter()
                .map(|&i| marks[i].scores.frequency)
                .max()
                .expect("a bubble holds a touchpoint");
            Bubble {
                mark,
                span: ((s1 - s0).to_f64(), (i1 - i0).to_f64()),
                label_chars: label(&ranks(marks, g)).chars().count(),
            }
        })
        .collect();
    place_bubbles(&bubbles, c, lang)
}

/// Whether two bubbles come closer than the gap kept between bubbles.
fn collide(a: &Placed, b: &Placed) -> bool {
    (a.x - b.x).hypot(a.y - b.y) < a.r + b.r + GAP / 2.0
}

/// The bubbles after joining, or None when nothing can be joined. A spot where two bubbles
/// collide becomes one bubble; when only bubbles of different spots collide, every spot among
/// them becomes one bubble; when those collide, neighbouring spots are joined where that keeps
/// every promise of the layout (see [`fits`]).
fn joined(marks: &[Mark], groups: &[Vec<usize>], at: &[Placed]) -> Option<Vec<Vec<usize>>> {
    let n = groups.len();
    let keys: Vec<[Frac; 4]> = (0..n)
        .map(|g| {
            let ((a, b), (c, d)) = spot(marks, &groups[g]);
            [a, b, c, d]
        })
        .collect();
    let mut crowded = Vec::new();
    let mut spots = BTreeSet::new();
    for i in 0..n {
        for j in i + 1..n {
            if !collide(&at[i], &at[j]) {
                continue;
            }
            if keys[i] == keys[j] {
                spots.insert(keys[i]);
            } else {
                crowded.push((i, j));
            }
        }
    }
    if spots.is_empty() {
        spots.extend(crowded.iter().flat_map(|&(i, j)| [keys[i], keys[j]]));
    }
    let mut parent: Vec<usize> = (0..n).collect();
    let mut any = join_whole_spots(&keys, &spots, &mut parent);
    if !any {
        any = join_neighbours(marks, groups, &crowded, &mut parent);
    }
    any.then(|| regroup(groups, &mut parent))
}

/// Joins every bubble of each of `spots` into one; true when any were apart.
fn join_whole_spots(keys: &[[Frac; 4]], spots: &BTreeSet<[Frac; 4]>, parent: &mut [usize]) -> bool {
    let mut first: BTreeMap<[Frac; 4], usize> = BTreeMap::new();
    let mut any = false;
    for (g, key) in keys.iter().enumerate().filter(|(_, k)| spots.contains(*k)) {
        let f = *first.entry(*key).or_insert(g);
        any |= union(parent, f, g);
    }
    any
}

/// Joins colliding bubbles of different spots where [`fits`] allows; true when any.
fn join_neighbours(
    marks: &[Mark],
    groups: &[Vec<usize>],
    crowded: &[(usize, usize)],
    parent: &mut [usize],
) -> bool {
    let mut sets: Vec<Vec<usize>> = groups.to_vec();
    let mut any = false;
    for &(i, j) in crowded {
        let (ri, rj) = (root(parent, i), root(parent, j));
        if ri == rj {
            continue;
        }
        let both: Vec<usize> = sets[ri].iter().chain(&sets[rj]).copied().collect();
        let others = (0..sets.len())
            .filter(|&g| g != ri && g != rj && !sets[g].is_empty())
            .map(|g| spot(marks, &sets[g]));
        if fits(marks, &both, others) {
            union(parent, ri, rj);
            sets[ri.max(rj)].clear();
            sets[ri.min(rj)] = both;
            any = true;
        }
    }
    any
}

/// Whether touchpoints can share one bubble: one quadrant, scores no further apart than
/// [`WIDEST`], and no other bubble's scores between theirs on either axis (so the bubble,
/// drawn at the middle of them, is never past a touchpoint of a different score).
fn fits(marks: &[Mark], group: &[usize], mut others: impl Iterator<Item = Spot>) -> bool {
    let ((s0, s1), (i0, i1)) = spot(marks, group);
    let one_quadrant = group
        .iter()
        .all(|&i| marks[i].quadrant == marks[group[0]].quadrant);
    let between = |(a, b): (Frac, Frac), (c, d): (Frac, Frac)| {
        // They overlap, and not only at one score shared by both.
        c < b && a < d && (a < b || c < d)
    };
    one_quadrant
        && s1 - s0 <= WIDEST
        && i1 - i0 <= WIDEST
        && others.all(|(s, i)| !between((s0, s1), s) && !between((i0, i1), i))
}

fn root(parent: &mut [usize], mut i: usize) -> usize {
    while parent[i] != i {
        parent[i] = parent[parent[i]];
        i = parent[i];
    }
    i
}

/// Joins the sets of `a` and `b`; true when they were apart.
fn union(parent: &mut [usize], a: usize, b: usize) -> bool {
    let (ra, rb) = (root(parent, a), root(parent, b));
    if ra != rb {
        parent[ra.max(rb)] = ra.min(rb);
    }
    ra != rb
}

/// The groups joined as `parent` says, in the order of their first bubble.
fn regroup(groups: &[Vec<usize>], parent: &mut [usize]) -> Vec<Vec<usize>> {
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
    for (g, members) in groups.iter().enumerate() {
        let r = root(parent, g);
        out[r].extend(members);
    }
    out.retain(|g| !g.is_empty());
    out
}

/// One place per mark: each touchpoint at its bubble's place.
fn spread(marks: &[Mark], groups: &[Vec<usize>], at: &[Placed]) -> Vec<Placed> {
    let mut out = vec![
        Placed {
            x: 0.0,
            y: 0.0,
            r: 0.0,
            lead: 0
        };
        marks.len()
    ];
    for (g, p) in groups.iter().zip(at) {
        // A bubble's `lead` counts among the bubbles; a touchpoint's, among the marks.
        let lead = lead(marks, g);
        for &i in g {
            out[i] = Placed { lead, ..*p };
        }
    }
    out
}
