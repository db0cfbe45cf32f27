//! The Markdown comparison: summary, a table of every touchpoint, moves, critical changes and
//! the actions done. Its sections also make the "since the last audit" part of a report.

use std::fmt::Write;

use super::View;
use crate::i18n::common::{quadrant_name, scale_letter};
use crate::i18n::cycle::verdict_one;
use crate::io::report::escape::md as esc;
use crate::io::report::many::md_header;
use crate::model::compare::Row;

/// Renders the Markdown comparison.
pub fn render(v: &View) -> String {
    let mut out = String::new();
    header(&mut out, v);
    let _ = writeln!(out, "## {}\n", v.r.summary);
    summary(&mut out, v);
    table(&mut out, v);
    changes(&mut out, v, "##");
    done(&mut out, v, "##");
    super::evidence::md(&mut out, v, "##");
    out
}

fn header(out: &mut String, v: &View) {
    let h = v.heading();
    md_header(out, &h, v.w.audits, v.audits, " → ");
}

/// The summary as a list: improved, worsened, unchanged; added, removed; critical then and now.
pub fn summary(out: &mut String, v: &View) {
    for line in super::text::summary_parts(v) {
        let _ = writeln!(out, "- {}", esc(&line));
    }
    out.push('\n');
}

fn table(out: &mut String, v: &View) {
    let (w, lang) = (v.w, v.lang);
    let _ = writeln!(out, "## {}\n", w.changes);
    let mut head: Vec<String> = vec![v.rank_heading().into()];
    if v.is_pair() {
        head.push(w.rank_before.into());
    }
    head.extend([v.r.stage.to_string(), v.r.touchpoint.to_string()]);
    head.extend(
        v.scales()
            .iter()
            .map(|&s| scale_letter(lang, s).to_string()),
    );
    head.extend(
        v.audits
            .iter()
            .map(|n| format!("{} {}", v.r.priority, esc(n.name))),
    );
    if !v.is_pair() {
        head.push(w.trend.into());
    }
    head.extend([w.change.into(), v.r.quadrant.into(), w.status.into()]);
    row_line(out, &head);
    row_line(out, &vec!["---".to_string(); head.len()]);
    let range = v.priority_range();
    for row in &v.cmp.rows {
        let (stage, tp) = v.tp(row);
        let rank = |p: Option<&crate::model::compare::Point>| {
            p.map(|p| p.rank.to_string()).unwrap_or_default()
        };
        let mut cells = vec![rank(row.last())];
        if v.is_pair() {
            cells.push(rank(row.first()));
        }
        cells.extend([esc(&stage.name), esc(&tp.name)]);
        cells.extend(v.figures(row, range));
        cells.push(quadrant_cell(v, row));
        cells.push(esc(&v.status(row)));
        row_line(out, &cells);
    }
    let _ = writeln!(out, "\n{}\n", v.w.change_note);
}

fn row_line(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

/// The quadrant now, `before → now` when it moved, and the critical mark.
fn quadrant_cell(v: &View, row: &Row) -> String {
    let mut s = v.quadrant_short(row);
    match row.critical_change() {
        Some(true) => s.push_str(&format!(" · **{}**", v.w.became_critical.to_lowercase())),
        Some(false) => s.push_str(&format!(" · {}", v.w.no_longer_critical.to_lowercase())),
        None if row.last().is_some_and(|p| p.critical) => {
            s.push_str(&format!(" · **{}**", v.r.critical.to_lowercase()));
        }
        None => {}
    }
    s
}

/// Moves between quadrants, critical gained and lost, touchpoints added and removed.
pub fn changes(out: &mut String, v: &View, level: &str) {
    let quadrant = |q| quadrant_name(v.lang, q).to_string();
    for (heading, items) in v.change_lists(esc, |s| format!("**{s}**"), &quadrant) {
        list(out, level, &heading, &items);
    }
}

fn list(out: &mut String, level: &str, heading: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "{level} {heading}\n");
    for item in items {
        let _ = writeln!(out, "- {item}");
    }
    out.push('\n');
}

/// The actions done since the first audit, and whether their touchpoint's priority went down.
pub fn done(out: &mut String, v: &View, level: &str) {
    let first = v.audits[0].name;
    let _ = writeln!(out, "{level} {} {}\n", v.w.done_actions, esc(first));
    if v.cmp.done.is_empty() {
        let _ = writeln!(out, "{}\n", v.w.no_done_actions);
        return;
    }
    let head = [
        v.r.touchpoint.to_string(),
        v.r.action.to_string(),
        v.r.owner.to_string(),
        format!("{} {}", v.r.priority, v.w.before),
        format!("{} {}", v.r.priority, v.w.after),
        v.w.change.to_string(),
        String::new(),
    ];
    row_line(out, &head);
    row_line(out, &vec!["---".to_string(); head.len()]);
    for d in &v.cmp.done {
        let row = &v.cmp.rows[d.row];
        let tp = v.tp(row).1;
        let a = tp.action.as_ref();
        let pri = |p: Option<&crate::model::compare::Point>| {
            p.map(|p| v.num(p.priority)).unwrap_or_default()
        };
        row_line(
            out,
            &[
                esc(&tp.name),
                esc(a.map_or("", |a| a.action.as_str())),
                esc(a.map_or("", |a| a.owner.as_str())),
                pri(row.first()),
                pri(row.last()),
                row.change().map(|c| v.signed(c)).unwrap_or_default(),
                d.verdict
                    .map(|x| verdict_one(v.lang, x).to_string())
                    .unwrap_or_else(|| v.w.not_comparable.to_string()),
            ],
        );
    }
    out.push('\n');
}
