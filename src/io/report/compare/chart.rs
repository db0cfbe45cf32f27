//! The charts of the HTML comparison: the matrix with an arrow from each touchpoint's old place
//! to its new one, and a small line chart of a series.

use std::fmt::Write;

use super::View;
use crate::io::report::escape::html as esc;
use crate::io::report::svg::{self, Mark, px, py};
use crate::model::compare::Verdict;
use crate::model::compare::{Point, Row};

fn mark<'a>(p: &Point, name: &'a str) -> Mark<'a> {
    Mark {
        rank: p.rank,
        name,
        scores: p.scores,
        priority: p.priority,
        quadrant: p.quadrant,
    }
}

/// The matrix section: bubbles where the touchpoints are now, arrows from where they were.
pub fn matrix(out: &mut String, v: &View) {
    let w = v.w;
    let _ = writeln!(
        out,
        "<section class=\"matrix-section\">\n<h2>{}</h2>\n<p class=\"note\">{} {} {}</p>\n<div class=\"matrix-wrap\">",
        v.r.matrix, v.r.matrix_note, v.r.bubble_note, w.arrow_note
    );
    let crosshair = v
        .cmp
        .rankings
        .last()
        .map_or(crate::model::Crosshair::MIDPOINT, |r| r.crosshair);
    svg::open(out, v.lang, crosshair);
    out.push_str(
        r##"<defs><marker id="arrowhead" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#343a40"/></marker></defs>"##,
    );
    out.push('\n');
    let now: Vec<(&Row, Mark)> = v
        .cmp
        .rows
        .iter()
        .filter_map(|r| r.last().map(|p| (r, mark(p, &v.tp(r).1.name))))
        .collect();
    ghosts(out, v);
    moves(out, v, &now, crosshair);
    out.push_str("</svg>\n");
    legend(out, v, &now);
    out.push_str("</div>\n</section>\n");
}

/// Dashed rings where touchpoints were that are not ranked now.
fn ghosts(out: &mut String, v: &View) {
    for row in v.cmp.rows.iter().filter(|r| r.last().is_none()) {
        if let Some(a) = row.first() {
            let _ = writeln!(
                out,
                r#"<circle class="ghost" cx="{:.1}" cy="{:.1}" r="{:.1}"><title>{}</title></circle>"#,
                px(a.scores.satisfaction),
                py(a.scores.impact),
                svg::radius(a.scores.frequency),
                esc(&v.tp(row).1.name)
            );
        }
    }
}

/// The bubbles where touchpoints are now, each whose scores moved it with an arrow from where
/// it was. Where each was goes under the bubbles, the arrows over them, so an arrow that passes
/// a bubble is still seen to pass it.
fn moves(out: &mut String, v: &View, now: &[(&Row, Mark)], c: crate::model::Crosshair) {
    let marks: Vec<Mark> = now.iter().map(|(_, m)| m.clone()).collect();
    let placed = svg::place(&marks, c, v.lang);
    let from: Vec<Option<(f64, f64)>> = now.iter().map(|(row, _)| moved_from(row)).collect();
    for &(x, y) in from.iter().flatten() {
        let _ = writeln!(
            out,
            r#"<circle class="origin" cx="{x:.1}" cy="{y:.1}" r="3.5"/>"#
        );
    }
    svg::bubbles(out, v.lang, &marks, &placed);
    let labels: Vec<Box4> = marks
        .iter()
        .zip(&placed)
        .map(|(m, p)| label_box(m, p))
        .collect();
    for (f, to) in from.iter().zip(&placed) {
        if let Some(f) = *f {
            let (control, end) = route(f, to, &labels);
            let ((x0, y0), (cx, cy), (ex, ey)) = (f, control, end);
            let _ = writeln!(
                out,
                r#"<path class="arrow" d="M{x0:.1},{y0:.1} Q{cx:.1},{cy:.1} {ex:.1},{ey:.1}" marker-end="url(#arrowhead)"/>"#
            );
        }
    }
}

/// Where a touchpoint was on the matrix, when its scores have since moved it there: its place
/// in the first audit whose satisfaction or impact differs from the last. A touchpoint whose
/// scores did not change gets no arrow, however the bubbles were pushed apart to stay readable.
fn moved_from(row: &Row) -> Option<(f64, f64)> {
    let (a, b) = (row.first()?, row.last()?);
    let same = a.scores.satisfaction == b.scores.satisfaction && a.scores.impact == b.scores.impact;
    (!same).then(|| (px(a.scores.satisfaction), py(a.scores.impact)))
}

/// A box on the matrix: (x0, y0, x1, y1).
type Box4 = (f64, f64, f64, f64);

/// The box a bubble's rank number takes (13px bold digits, baseline 5px under the centre).
fn label_box(m: &Mark, p: &svg::Placed) -> Box4 {
    let w = m.rank.to_string().len() as f64 * 8.0;
    (p.x - w / 2.0, p.y - 5.0, p.x + w / 2.0, p.y + 8.0)
}

/// How much an arrow bends, as a share of its length, tried in this order: slightly to the left
/// of the direction of travel (so arrows along one grid line stay apart from it), then more,
/// then the other way.
const BENDS: [f64; 7] = [0.15, -0.15, 0.3, -0.3, 0.5, -0.5, 0.0];

/// The control point and the end of an arrow from `f` to the edge of the bubble `to`, bent
/// so that its head covers no number, and its line as few as can be.
fn route(f: (f64, f64), to: &svg::Placed, labels: &[Box4]) -> ((f64, f64), (f64, f64)) {
    let shape = |bend: f64| bent(f, to, bend);
    let cost = |&(control, end): &((f64, f64), (f64, f64))| {
        let head = head_covers(control, end, labels);
        let line = (1..10)
            .map(|k| along(f, control, end, f64::from(k) / 10.0))
            .filter(|&p| labels.iter().any(|&b| inside(p, b, 1.0)))
            .count();
        head * 1_000 + line
    };
    BENDS
        .iter()
        .map(|&b| shape(b))
        .min_by_key(cost)
        .expect("there are bends to try")
}

/// The control point of an arrow bent by `bend` of its length, and its end just outside the
/// bubble `to`, pointing at its centre.
fn bent((x0, y0): (f64, f64), to: &svg::Placed, bend: f64) -> ((f64, f64), (f64, f64)) {
    let (dx, dy) = (to.x - x0, to.y - y0);
    let len = dx.hypot(dy).max(1e-9);
    let bend = bend * len;
    let (cx, cy) = (
        x0 + dx / 2.0 + dy / len * bend,
        y0 + dy / 2.0 - dx / len * bend,
    );
    let (tx, ty) = (to.x - cx, to.y - cy);
    let tl = tx.hypot(ty).max(1e-9);
    let end = (to.x - tx / tl * (to.r + 2.0), to.y - ty / tl * (to.r + 2.0));
    ((cx, cy), end)
}

/// The head's size: the arrowhead marker is about 13px long and 13px wide at 1.8px strokes.
const HEAD: f64 = 7.0;

/// How many numbers an arrowhead ending at `end`, coming from `control`, covers.
fn head_covers(control: (f64, f64), end: (f64, f64), labels: &[Box4]) -> usize {
    let (dx, dy) = (end.0 - control.0, end.1 - control.1);
    let d = dx.hypot(dy).max(1e-9);
    let centre = (end.0 - dx / d * HEAD, end.1 - dy / d * HEAD);
    labels.iter().filter(|&&b| inside(centre, b, HEAD)).count()
}

/// True when `p` is within `margin` of the box `b`.
fn inside((x, y): (f64, f64), (x0, y0, x1, y1): Box4, margin: f64) -> bool {
    x > x0 - margin && x < x1 + margin && y > y0 - margin && y < y1 + margin
}

/// The point at `t` (0…1) along the quadratic curve from `a` through control `c` to `b`.
fn along(a: (f64, f64), c: (f64, f64), b: (f64, f64), t: f64) -> (f64, f64) {
    let u = 1.0 - t;
    (
        u * u * a.0 + 2.0 * u * t * c.0 + t * t * b.0,
        u * u * a.1 + 2.0 * u * t * c.1 + t * t * b.1,
    )
}

fn legend(out: &mut String, v: &View, now: &[(&Row, Mark)]) {
    let _ = writeln!(
        out,
        "<table class=\"legend\">\n<thead><tr><th>{}</th><th>{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>",
        v.r.rank, v.r.touchpoint, v.w.change
    );
    for (row, m) in now {
        let _ = writeln!(
            out,
            "<tr><td><span class=\"dot q-{}\">{}</span></td><td>{}</td>{}</tr>",
            m.quadrant.key(),
            m.rank,
            esc(m.name),
            change_cell(v, row)
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

/// A small line chart of a series of priorities on the table's one scale.
pub fn spark(series: &[Option<f64>], (lo, hi): (f64, f64)) -> String {
    const W: f64 = 120.0;
    const H: f64 = 28.0;
    let n = series.len().max(2) - 1;
    let xy = |k: usize, p: f64| {
        let t = if hi - lo < 1e-9 {
            0.5
        } else {
            (p - lo) / (hi - lo)
        };
        (
            4.0 + (W - 8.0) * k as f64 / n as f64,
            H - 4.0 - (H - 8.0) * t,
        )
    };
    let mut out = format!(
        r#"<svg class="spark" viewBox="0 0 {W} {H}" width="{W}" height="{H}" xmlns="http://www.w3.org/2000/svg">"#
    );
    // Gaps (absent or unranked) break the line into runs.
    let mut run: Vec<String> = Vec::new();
    let flush = |run: &mut Vec<String>, out: &mut String| {
        if run.len() > 1 {
            let _ = write!(out, r#"<polyline points="{}"/>"#, run.join(" "));
        }
        run.clear();
    };
    for (k, p) in series.iter().enumerate() {
        match p {
            Some(p) => {
                let (x, y) = xy(k, *p);
                run.push(format!("{x:.1},{y:.1}"));
                let _ = write!(out, r#"<circle cx="{x:.1}" cy="{y:.1}" r="2.5"/>"#);
            }
            None => flush(&mut run, &mut out),
        }
    }
    flush(&mut run, &mut out);
    out.push_str("</svg>");
    out
}

/// The change as a table cell, green when the priority went down and red when it went up.
pub(super) fn change_cell(v: &View, row: &Row) -> String {
    let class = match row.verdict() {
        Some(Verdict::Improved) => "num better",
        Some(Verdict::Worsened) => "num worse",
        _ => "num",
    };
    let text = row.change().map(|c| v.signed(c)).unwrap_or_default();
    format!("<td class=\"{class}\">{text}</td>")
}
