//! Bubbles pushed apart within their bounds, clear of the quadrants' titles, and drawn
//! smaller when a quadrant is crowded.

use super::bounds::Bounds;
use super::shapes::{GAP, Placed};
use crate::io::report::svg::{Mark, px, py, radius, region, title_box};
use crate::model::{Crosshair, Lang, Quadrant};

/// The most bubbles [`place_bubbles`] pushes apart from each other.
pub const PUSH_APART_UP_TO: usize = 1_000;

/// The rounds of pushing apart before the bubbles are left where they are.
const ROUNDS: usize = 600;

const QUADRANTS: [Quadrant; 4] = [
    Quadrant::FixFirst,
    Quadrant::KeepUp,
    Quadrant::LowPriority,
    Quadrant::Overkill,
];

type Box4 = (f64, f64, f64, f64);

/// One bubble to place: the mark it stands for (the middle of its touchpoints' scores, their
/// largest frequency), how many scale points its touchpoints' scores span (satisfaction,
/// impact), and how many characters its label has.
pub struct Bubble<'a> {
    pub mark: Mark<'a>,
    pub span: (f64, f64),
    pub label_chars: usize,
}

/// Where each bubble is drawn.
///
/// Pushing apart compares every pair of bubbles, up to 600 times: beyond
/// [`PUSH_APART_UP_TO`] bubbles that would cost far more than the rest of a report (and so
/// many bubbles cannot all be readable on one matrix anyway), so they are drawn where their
/// scores put them, still inside their bounds and clear of the titles.
pub fn place_bubbles(bubbles: &[Bubble], c: Crosshair, lang: Lang) -> Vec<Placed> {
    let titles: Vec<Box4> = QUADRANTS.iter().map(|&q| title_box(lang, q)).collect();
    let marks: Vec<Mark> = bubbles.iter().map(|b| b.mark.clone()).collect();
    let chars: Vec<usize> = bubbles.iter().map(|b| b.label_chars).collect();
    let spans: Vec<(f64, f64)> = bubbles.iter().map(|b| b.span).collect();
    let mut at = at_their_scores(&marks, &chars, crowding_scale(&marks, c));
    let bounds = Bounds::of(&marks, &at, &spans, c);
    bounds.hold(&mut at);
    let pairs = if at.len() <= PUSH_APART_UP_TO {
        at.len()
    } else {
        0
    };
    for _ in 0..ROUNDS {
        let pushed = push_pairs_apart(&mut at[..pairs]);
        let cleared = clear_titles(&mut at, &titles);
        bounds.hold(&mut at);
        if !pushed && !cleared {
            break;
        }
    }
    at
}

/// How much smaller than their frequency says every bubble is drawn: small enough that the
/// bubbles of no quadrant cover more than 40% of it.
fn crowding_scale(marks: &[Mark], c: Crosshair) -> f64 {
    let mut scale: f64 = 1.0;
    for q in QUADRANTS {
        let (x0, y0, x1, y1) = region(q, c);
        let area = (x1 - x0).max(0.0) * (y1 - y0).max(0.0);
        let need: f64 = marks
            .iter()
            .filter(|m| m.quadrant == q)
            .map(|m| std::f64::consts::PI * (radius(m.scores.frequency) + GAP).powi(2))
            .sum();
        if need > 0.0 {
            scale = scale.min((0.4 * area / need).sqrt());
        }
    }
    scale
}

/// The smallest radius that holds a label of `chars` characters (13px bold).
fn min_radius(chars: usize) -> f64 {
    (chars.max(1) as f64 * 4.2).hypot(6.5) + 1.5
}

/// Every bubble where its scores put it, sized by its frequency times `scale`.
fn at_their_scores(marks: &[Mark], label_chars: &[usize], scale: f64) -> Vec<Placed> {
    marks
        .iter()
        .zip(label_chars)
        .enumerate()
        .map(|(lead, (m, &chars))| Placed {
            x: px(m.scores.satisfaction),
            y: py(m.scores.impact),
            r: (radius(m.scores.frequency) * scale).max(min_radius(chars)),
            lead,
        })
        .collect()
}

/// Pushes every overlapping pair apart along the line between them; true when any overlapped.
fn push_pairs_apart(at: &mut [Placed]) -> bool {
    let golden = std::f64::consts::PI * (3.0 - 5f64.sqrt());
    let mut overlapping = false;
    for i in 0..at.len() {
        for j in i + 1..at.len() {
            let (dx, dy) = (at[j].x - at[i].x, at[j].y - at[i].y);
            let d = dx.hypot(dy);
            let want = at[i].r + at[j].r + GAP;
            if d >= want {
                continue;
            }
            overlapping = true;
            // Bubbles on one spot part in a direction of their own.
            let (ux, uy) = if d < 1e-6 {
                let a = golden * j as f64;
                (a.cos(), a.sin())
            } else {
                (dx / d, dy / d)
            };
            let push = (want - d) / 2.0 + 0.05;
            at[i].x -= ux * push;
            at[i].y -= uy * push;
            at[j].x += ux * push;
            at[j].y += uy * push;
        }
    }
    overlapping
}

/// Moves every bubble that covers a quadrant's title out through the nearer of the title's
/// top and bottom edges; true when any did.
fn clear_titles(at: &mut [Placed], titles: &[Box4]) -> bool {
    let mut moved = false;
    for p in at {
        for &(x0, y0, x1, y1) in titles {
            // The nearest point of the title's box to the centre.
            let (nx, ny) = (p.x.clamp(x0, x1), p.y.clamp(y0, y1));
            if (p.x - nx).hypot(p.y - ny) >= p.r + GAP {
                continue;
            }
            moved = true;
            let below = y1 + p.r + GAP + 0.05;
            let above = y0 - p.r - GAP - 0.05;
            p.y = if (below - p.y).abs() < (p.y - above).abs() {
                below
            } else {
                above
            };
        }
    }
    moved
}
