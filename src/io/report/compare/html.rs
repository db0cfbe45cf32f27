//! The self-contained HTML comparison: summary cards, the matrix with an arrow from each
//! touchpoint's old place to its new one, a table with a small trend chart per touchpoint, and
//! what changed. Its sections also make the "since the last audit" part of a report.

use std::fmt::Write;

use super::{View, capital};
use crate::i18n::common::{quadrant_name, scale_letter};
use crate::i18n::cycle::verdict_one;
use crate::io::report::escape::html as esc;
use crate::io::report::html::card;
use crate::io::report::many::{html_close, html_header, html_open};
use crate::io::report::svg::{self, Mark, px, py};
use crate::model::Quadrant;
use crate::model::compare::{Point, Row, Verdict};

/// Styles the comparison adds to the report's stylesheet.
pub const CSS: &str = r#"
svg.matrix .arrow { stroke: #1f2933; stroke-width: 1.8; fill: none; opacity: .85; }
svg.matrix .origin { fill: #ffffff; stroke: #1f2933; stroke-width: 1.5; }
svg.matrix .ghost { fill: none; stroke: #7b8794; stroke-width: 1.5; stroke-dasharray: 3 3; }
td.better { color: #237a34; font-weight: 600; }
td.worse { color: #b02525; font-weight: 600; }
svg.spark { vertical-align: middle; }
svg.spark polyline { fill: none; stroke: #343a40; stroke-width: 1.5; }
svg.spark circle { fill: #343a40; }
.card.better { border-top-color: #2f9e44; }
.card.worse { border-top-color: #e03131; }
ul.changes { margin: 4px 0 12px; padding-left: 20px; }
table.compare { font-size: 13px; }
table.compare th, table.compare td { padding: 5px 6px; }
"#;

/// Renders the HTML comparison.
pub fn render(v: &View) -> String {
    let h = v.heading();
    let mut out = String::new();
    html_open(&mut out, &h, CSS);
    html_header(&mut out, &h, v.audits, usize::MAX);
    let _ = writeln!(out, "<section class=\"summary\">\n<h2>{}</h2>", v.r.summary);
    summary(&mut out, v);
    out.push_str("</section>\n");
    matrix(&mut out, v);
    table(&mut out, v);
    changes(&mut out, v, "h2");
    done(&mut out, v, "h2");
    html_close(&mut out);
    out
}

/// Summary cards: improved, worsened, unchanged, critical then → now, moves, added, removed.
pub fn summary(out: &mut String, v: &View) {
    let (w, s) = (v.w, v.cmp.summary);
    out.push_str("<div class=\"cards\">\n");
    card(out, "better", &s.improved.to_string(), &capital(w.improved));
    card(out, "worse", &s.worsened.to_string(), &capital(w.worsened));
    card(out, "", &s.unchanged.to_string(), &capital(w.unchanged));
    card(
        out,
        "critical",
        &format!("{} → {}", s.critical_before, s.critical_after),
        &format!("{} → {}", capital(w.critical_then), w.critical_now),
    );
    card(out, "", &s.moved.to_string(), w.moved);
    card(
        out,
        "",
        &format!("{} / {}", s.added, s.removed),
        &format!("{} / {}", capital(w.added), w.removed),
    );
    out.push_str("</div>\n");
    let mut note = super::text::summary_parts(v)[0].clone();
    if s.not_comparable > 0 {
        let _ = write!(
            note,
            " · {}: {}",
            capital(w.not_comparable),
            s.not_comparable
        );
    }
    let _ = writeln!(out, "<p class=\"note\">{}</p>", esc(&note));
}

fn mark<'a>(p: &Point, name: &'a str) -> Mark<'a> {
    Mark {
        rank: p.rank,
        name,
        scores: p.scores,
        priority: p.priority,
        quadrant: p.quadrant,
    }
}

fn matrix(out: &mut String, v: &View) {
    let w = v.w;
    let _ = writeln!(
        out,
        "<section class=\"matrix-section\">\n<h2>{}</h2>\n<p class=\"note\">{} {} {}</p>\n<div class=\"matrix-wrap\">",
        v.r.matrix, v.r.matrix_note, v.r.bubble_note, w.arrow_note
    );
    let crosshair = v.cmp.rankings.last().map(|r| r.crosshair);
    svg::open(
        out,
        v.lang,
        crosshair.unwrap_or(crate::model::Crosshair::MIDPOINT),
    );
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
    let marks: Vec<Mark> = now.iter().map(|(_, m)| m.clone()).collect();
    let at = svg::place(&marks);
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
    // Where each touchpoint was goes under the bubbles, the arrows over them, so an arrow that
    // passes a bubble is still seen to pass it.
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
    svg::bubbles(out, v.lang, &marks, &at);
    for ((row, m), &to) in now.iter().zip(&at) {
        if let Some(f) = from(row).filter(|&f| moved(f, to)) {
            arrow(out, f, to, svg::radius(m.scores.frequency));
        }
    }
    out.push_str("</svg>\n");
    legend(out, v, &now);
    out.push_str("</div>\n</section>\n");
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

/// The change as a table cell, green when the priority went down and red when it went up.
fn change_cell(v: &View, row: &Row) -> String {
    let class = match row.verdict() {
        Some(Verdict::Improved) => "num better",
        Some(Verdict::Worsened) => "num worse",
        _ => "num",
    };
    let text = row.change().map(|c| v.signed(c)).unwrap_or_default();
    format!("<td class=\"{class}\">{text}</td>")
}

fn badge(v: &View, q: Quadrant) -> String {
    format!(
        "<span class=\"badge q-{}\">{}</span>",
        q.key(),
        esc(quadrant_name(v.lang, q))
    )
}

fn quadrant_cell(v: &View, row: &Row) -> String {
    match (row.first(), row.last()) {
        (Some(a), Some(b)) if a.quadrant != b.quadrant => {
            format!("{} → {}", badge(v, a.quadrant), badge(v, b.quadrant))
        }
        (_, Some(b)) => badge(v, b.quadrant),
        (Some(a), None) => format!("{} → ", badge(v, a.quadrant)),
        (None, None) => String::new(),
    }
}

/// A small line chart of a series of priorities on the table's one scale.
fn spark(series: &[Option<f64>], (lo, hi): (f64, f64)) -> String {
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

fn table(out: &mut String, v: &View) {
    let (w, lang) = (v.w, v.lang);
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", w.changes);
    let mut head = format!("<th class=\"num\">{}</th>", v.rank_heading());
    if v.is_pair() {
        let _ = write!(head, "<th class=\"num\">{}</th>", w.rank_before);
    }
    let _ = write!(head, "<th>{}</th><th>{}</th>", v.r.stage, v.r.touchpoint);
    for &s in v.scales() {
        let _ = write!(head, "<th class=\"num\">{}</th>", scale_letter(lang, s));
    }
    for n in v.audits {
        let _ = write!(
            head,
            "<th class=\"num\">{}<br>{}</th>",
            v.r.priority,
            esc(n.name)
        );
    }
    if !v.is_pair() {
        let _ = write!(head, "<th>{}</th>", w.trend);
    }
    let _ = write!(
        head,
        "<th class=\"num\">{}</th><th>{}</th><th>{}</th>",
        w.change, v.r.quadrant, w.status
    );
    let _ = writeln!(
        out,
        "<table class=\"ranked compare\">\n<thead><tr>{head}</tr></thead>\n<tbody>"
    );
    let range = v.priority_range();
    for row in &v.cmp.rows {
        table_row(out, v, row, range);
    }
    let _ = writeln!(
        out,
        "</tbody>\n</table>\n<p class=\"note\">{}{}</p>\n</section>",
        w.change_note,
        if v.is_pair() {
            String::new()
        } else {
            format!(" {}", w.trend_note)
        }
    );
}

fn table_row(out: &mut String, v: &View, row: &Row, range: (f64, f64)) {
    let (stage, tp) = v.tp(row);
    let class = if row.last().is_some_and(|p| p.critical) {
        " class=\"is-critical\""
    } else {
        ""
    };
    let rank = |p: Option<&Point>| p.map(|p| p.rank.to_string()).unwrap_or_default();
    let mut cells = format!("<td class=\"num\">{}</td>", rank(row.last()));
    if v.is_pair() {
        let _ = write!(cells, "<td class=\"num\">{}</td>", rank(row.first()));
    }
    let _ = write!(
        cells,
        "<td>{}</td><td>{}</td>",
        esc(&stage.name),
        esc(&tp.name)
    );
    for &s in v.scales() {
        let _ = write!(cells, "<td class=\"num\">{}</td>", v.scale_move(row, s));
    }
    let series = row.series();
    for p in &series {
        let _ = write!(
            cells,
            "<td class=\"num\">{}</td>",
            p.map(|p| v.num(p)).unwrap_or_default()
        );
    }
    if !v.is_pair() {
        let _ = write!(cells, "<td>{}</td>", spark(&series, range));
    }
    let mut status = esc(&v.status(row));
    match row.critical_change() {
        Some(true) => {
            status = join(
                &status,
                &format!(
                    "<span class=\"flag critical\">{}</span>",
                    esc(&v.w.became_critical.to_lowercase())
                ),
            )
        }
        Some(false) => status = join(&status, &esc(&v.w.no_longer_critical.to_lowercase())),
        None => {}
    }
    let _ = writeln!(
        out,
        "<tr{class}>{cells}{}<td>{}</td><td>{status}</td></tr>",
        change_cell(v, row),
        quadrant_cell(v, row)
    );
}

fn join(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else {
        format!("{a} · {b}")
    }
}

/// Moves between quadrants, critical gained and lost, touchpoints added and removed.
pub fn changes(out: &mut String, v: &View, tag: &str) {
    let quadrant = |q| badge(v, q);
    for (heading, items) in v.change_lists(esc, |s| format!("<strong>{s}</strong>"), &quadrant) {
        list(out, tag, &heading, &items);
    }
}

fn list(out: &mut String, tag: &str, heading: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(
        out,
        "<{tag}>{}</{tag}>\n<ul class=\"changes\">",
        esc(heading)
    );
    for item in items {
        let _ = writeln!(out, "<li>{item}</li>");
    }
    out.push_str("</ul>\n");
}

/// The actions done since the first audit, and whether their touchpoint's priority went down.
pub fn done(out: &mut String, v: &View, tag: &str) {
    let _ = writeln!(
        out,
        "<{tag}>{} {}</{tag}>",
        esc(v.w.done_actions),
        esc(v.audits[0].name)
    );
    if v.cmp.done.is_empty() {
        let _ = writeln!(out, "<p class=\"muted\">{}</p>", v.w.no_done_actions);
        return;
    }
    let _ = writeln!(
        out,
        "<table class=\"actions\">\n<thead><tr><th>{}</th><th>{}</th><th>{}</th><th class=\"num\">{} {}</th><th class=\"num\">{} {}</th><th class=\"num\">{}</th><th></th></tr></thead>\n<tbody>",
        v.r.touchpoint,
        v.r.action,
        v.r.owner,
        v.r.priority,
        v.w.before,
        v.r.priority,
        v.w.after,
        v.w.change
    );
    for d in &v.cmp.done {
        let row = &v.cmp.rows[d.row];
        let tp = v.tp(row).1;
        let a = tp.action.as_ref();
        let pri = |p: Option<&Point>| p.map(|p| v.num(p.priority)).unwrap_or_default();
        let verdict = d
            .verdict
            .map(|x| verdict_one(v.lang, x).to_string())
            .unwrap_or_else(|| v.w.not_comparable.to_string());
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>{}<td>{}</td></tr>",
            esc(&tp.name),
            esc(a.map_or("", |a| a.action.as_str())),
            esc(a.map_or("", |a| a.owner.as_str())),
            pri(row.first()),
            pri(row.last()),
            change_cell(v, row),
            esc(&verdict)
        );
    }
    out.push_str("</tbody>\n</table>\n");
}
