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

/// The bubbles where touchpoints are now, each with an arrow from where it was. Where each
/// was goes under the bubbles, the arrows over them, so an arrow that passes a bubble is still
/// seen to pass it.
fn moves(out: &mut String, v: &View, now: &[(&Row, Mark)], c: crate::model::Crosshair) {
    let marks: Vec<Mark> = now.iter().map(|(_, m)| m.clone()).collect();
    let placed = svg::place(&marks, c, v.lang);
    let at: Vec<(f64, f64)> = placed.iter().map(|p| (p.x, p.y)).collect();
    let from = |row: &Row| {
        row.first()
            .map(|a| (px(a.scores.satisfaction), py(a.scores.impact)))
    };
    for ((row, _), &to) in now.iter().zip(&at) {
        if let Some((x, y)) = from(row).filter(|&f| moved(f, to)) {
            let _ = writeln!(
                out,
                r#"<circle class="origin" cx="{x:.1}" cy="{y:.1}" r="3.5"/>"#
            );
        }
    }
    svg::bubbles(out, v.lang, &marks, &placed);
    for (((row, _), &to), p) in now.iter().zip(&at).zip(&placed) {
        if let Some(f) = from(row).filter(|&f| moved(f, to)) {
            arrow(out, f, to, p.r);
        }
    }
}

/// True when a bubble is drawn far enough from where the touchpoint was to need an arrow.
fn moved((x0, y0): (f64, f64), (x1, y1): (f64, f64)) -> bool {
    (x1 - x0).hypot(y1 - y0) > 30.0
}

/// A slightly bent arrow from the old place to the edge of the new bubble, bent so that arrows
/// along one grid line stay apart from it.
fn arrow(out: &mut String, (x0, y0): (f64, f64), (x1, y1): (f64, f64), r: f64) {
    let (dx, dy) = (x1 - x0, y1 - y0);
    let len = dx.hypot(dy);
    // The control point sits off the middle, to the left of the direction of travel.
    let bend = 0.15 * len;
    let (cx, cy) = (
        x0 + dx / 2.0 + dy / len * bend,
        y0 + dy / 2.0 - dx / len * bend,
    );
    let (tx, ty) = (x1 - cx, y1 - cy);
    let tl = tx.hypot(ty).max(1e-9);
    let (ex, ey) = (x1 - tx / tl * (r + 2.0), y1 - ty / tl * (r + 2.0));
    let _ = writeln!(
        out,
        r#"<path class="arrow" d="M{x0:.1},{y0:.1} Q{cx:.1},{cy:.1} {ex:.1},{ey:.1}" marker-end="url(#arrowhead)"/>"#
    );
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
