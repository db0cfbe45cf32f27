//! The self-contained HTML comparison: summary cards, the matrix with an arrow from each
//! touchpoint's old place to its new one, a table with a small trend chart per touchpoint, and
//! what changed. Its sections also make the "since the last audit" part of a report.

use std::fmt::Write;

use super::chart::{change_cell, matrix, spark};
use super::{View, capital};
use crate::i18n::common::{quadrant_name, scale_letter};
use crate::i18n::cycle::verdict_one;
use crate::io::report::escape::html as esc;
use crate::io::report::html_parts::card;
use crate::io::report::many::{html_close, html_header, html_open};
use crate::model::Quadrant;
use crate::model::compare::{Point, Row};

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
    super::evidence::html(&mut out, v);
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
