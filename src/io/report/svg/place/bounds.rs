//! What each bubble's place must keep to: its quadrant, half a scale point around its scores,
//! and the order of the scores on both axes.

use super::shapes::{GAP, HALF_POINT_X, HALF_POINT_Y, Placed};
use crate::io::report::svg::{Mark, px, py, region};
use crate::model::Crosshair;

/// What each bubble's place must keep to, on both axes.
pub struct Bounds {
    x: Axis,
    y: Axis,
}

/// One axis, measured so that a higher score is further along: the bubbles in the order of
/// their scores, and each bubble's range.
struct Axis {
    /// Runs of bubbles with one score, lowest score first.
    runs: Vec<Vec<usize>>,
    /// The range of each bubble: its quadrant and half a point around its score, narrowed so
    /// that a bubble of a higher score can always be drawn at or beyond one of a lower score.
    range: Vec<(f64, f64)>,
}

impl Bounds {
    /// The bounds of bubbles drawn at `at`, each standing for touchpoints whose scores span
    /// `spans` (satisfaction, impact) scale points around its stand-in's scores: such a
    /// bubble moves less, so that it stays within half a point of every one of them.
    pub fn of(marks: &[Mark], at: &[Placed], spans: &[(f64, f64)], c: Crosshair) -> Bounds {
        let fit = |lo: f64, hi: f64| {
            if lo <= hi {
                (lo, hi)
            } else {
                ((lo + hi) / 2.0, (lo + hi) / 2.0)
            }
        };
        let x = marks.iter().zip(at).zip(spans).map(|((m, p), span)| {
            let (x0, _, x1, _) = region(m.quadrant, c);
            let home = px(m.scores.satisfaction);
            let half = HALF_POINT_X * (1.0 - span.0);
            (
                m.scores.satisfaction.to_f64(),
                home,
                half,
                fit(x0 + p.r + GAP, x1 - p.r - GAP),
            )
        });
        // Upwards is further along the impact axis: measured as −y.
        let y = marks.iter().zip(at).zip(spans).map(|((m, p), span)| {
            let (_, y0, _, y1) = region(m.quadrant, c);
            let home = -py(m.scores.impact);
            let (lo, hi) = fit(y0 + p.r + GAP, y1 - p.r - GAP);
            (
                m.scores.impact.to_f64(),
                home,
                HALF_POINT_Y * (1.0 - span.1),
                (-hi, -lo),
            )
        });
        Bounds {
            x: Axis::new(x.collect()),
            y: Axis::new(y.collect()),
        }
    }

    /// Brings every bubble back within its ranges and into the order of its scores.
    pub fn hold(&self, at: &mut [Placed]) {
        let mut xs: Vec<f64> = at.iter().map(|p| p.x).collect();
        self.x.hold(&mut xs);
        let mut ys: Vec<f64> = at.iter().map(|p| -p.y).collect();
        self.y.hold(&mut ys);
        for ((p, x), y) in at.iter_mut().zip(xs).zip(ys) {
            p.x = x;
            p.y = -y;
        }
    }
}

impl Axis {
    /// From each bubble's (score, place of its score, half a point, quadrant range).
    fn new(items: Vec<(f64, f64, f64, (f64, f64))>) -> Axis {
        let mut order: Vec<usize> = (0..items.len()).collect();
        order.sort_by(|&a, &b| items[a].0.total_cmp(&items[b].0));
        let mut runs: Vec<Vec<usize>> = Vec::new();
        for i in order {
            match runs.last_mut() {
                Some(run) if items[run[0]].0 == items[i].0 => run.push(i),
                _ => runs.push(vec![i]),
            }
        }
        // The quadrant is kept first; half a point is kept where the quadrant allows.
        let mut range: Vec<(f64, f64)> = items
            .iter()
            .map(|&(_, home, half, (lo, hi))| {
                let (a, b) = ((home - half).max(lo), (home + half).min(hi));
                if a <= b { (a, b) } else { (lo, hi) }
            })
            .collect();
        narrow_to_order(&runs, &mut range);
        Axis { runs, range }
    }

    /// Clamps each place to its range, then raises any place behind one of a lower score.
    fn hold(&self, at: &mut [f64]) {
        for (v, &(lo, hi)) in at.iter_mut().zip(&self.range) {
            *v = v.clamp(lo, hi);
        }
        let mut behind = f64::NEG_INFINITY;
        for run in &self.runs {
            let mut furthest = behind;
            for &i in run {
                at[i] = at[i].max(behind.min(self.range[i].1));
                furthest = furthest.max(at[i]);
            }
            behind = furthest;
        }
    }
}

/// Narrows the ranges so that the order of the scores can always be kept: no bubble's range
/// starts before that of a lower score, nor ends after that of a higher one.
fn narrow_to_order(runs: &[Vec<usize>], range: &mut [(f64, f64)]) {
    let mut start = f64::NEG_INFINITY;
    for run in runs {
        let run_start = run.iter().map(|&i| range[i].0).fold(start, f64::max);
        for &i in run {
            range[i].0 = start.max(range[i].0);
        }
        start = run_start;
    }
    let mut end = f64::INFINITY;
    for run in runs.iter().rev() {
        let run_end = run.iter().map(|&i| range[i].1).fold(end, f64::min);
        for &i in run {
            range[i].1 = end.min(range[i].1);
        }
        end = run_end;
    }
    for r in range.iter_mut() {
        if r.0 > r.1 {
            r.0 = r.1;
        }
    }
}
