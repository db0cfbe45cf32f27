//! The Markdown combined list: summary, the ranked table, the spread across audits and each
//! audit's priority side by side.

use std::fmt::Write;

use super::View;
use crate::i18n::common::{quadrant_name, scale_letter};
use crate::io::report::escape::md as esc;
use crate::io::report::many::md_header;
use crate::model::Scale;

/// Renders the Markdown combination.
pub fn render(v: &View) -> String {
    let mut out = String::new();
    header(&mut out, v);
    summary(&mut out, v);
    ranked(&mut out, v);
    spread(&mut out, v);
    by_audit(&mut out, v);
    let _ = writeln!(out, "## {}\n\n{}", v.r.method, v.w.combine_note);
    out
}

fn header(out: &mut String, v: &View) {
    md_header(out, &v.heading(), v.w.audits, v.audits, ", ");
}

fn summary(out: &mut String, v: &View) {
    let (w, c) = (v.r, &v.c);
    let _ = writeln!(out, "## {}\n", w.summary);
    let _ = writeln!(
        out,
        "- {}: {} {} {} · {}: {} · {}: {}",
        w.scored,
        c.ranked.len(),
        w.of,
        c.entries.len(),
        w.unscored,
        c.unscored.len(),
        w.not_applicable,
        c.not_applicable.len()
    );
    let quadrants: Vec<String> = v
        .per_quadrant()
        .iter()
        .map(|&(q, n)| format!("{}: {n}", quadrant_name(v.lang, q)))
        .collect();
    let _ = writeln!(out, "- {}", quadrants.join(" · "));
    let critical: Vec<String> = v
        .ranked()
        .filter(|(r, _)| r.critical)
        .map(|(_, e)| esc(&v.tp(e).1.name))
        .collect();
    let names = if critical.is_empty() {
        w.none.to_string()
    } else {
        critical.join(", ")
    };
    let _ = writeln!(
        out,
        "- {} ({}): {names}\n",
        w.critical_heading,
        critical.len()
    );
}

fn row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

fn head(out: &mut String, cells: &[String]) {
    row(out, cells);
    row(out, &vec!["---".to_string(); cells.len()]);
}

fn ranked(out: &mut String, v: &View) {
    let (w, lang) = (v.r, v.lang);
    let _ = writeln!(out, "## {}\n", w.ranked);
    if v.c.ranked.is_empty() {
        let _ = writeln!(out, "{}\n", w.nothing_scored);
        return;
    }
    let mut cells = vec![w.rank.to_string(), w.stage.into(), w.touchpoint.into()];
    cells.extend(Scale::ALL.map(|s| scale_letter(lang, s).to_string()));
    cells.extend([
        w.priority.to_string(),
        w.quadrant.into(),
        w.critical.into(),
        v.w.scored_in.into(),
        v.w.worst.into(),
    ]);
    head(out, &cells);
    for (r, e) in v.ranked() {
        let (stage, tp) = v.tp(e);
        let s = r.scores;
        row(
            out,
            &[
                r.rank.to_string(),
                esc(&stage.name),
                esc(&tp.name),
                v.num(s.frequency),
                v.num(s.impact),
                v.num(s.satisfaction),
                v.num(r.priority),
                quadrant_name(lang, r.quadrant).to_string(),
                if r.critical { w.yes } else { "" }.to_string(),
                v.scored_of(e),
                esc(v.worst(e)),
            ],
        );
    }
    out.push('\n');
}

fn spread(out: &mut String, v: &View) {
    if v.c.ranked.is_empty() {
        return;
    }
    let _ = writeln!(out, "## {}\n\n{}\n", v.w.spread, v.w.spread_note);
    let mut cells = vec![v.r.rank.to_string(), v.r.touchpoint.into()];
    cells.extend(Scale::ALL.map(|s| scale_letter(v.lang, s).to_string()));
    cells.push(v.r.priority.to_string());
    head(out, &cells);
    for (r, e) in v.ranked() {
        let Some(s) = e.spread() else { continue };
        row(
            out,
            &[
                r.rank.to_string(),
                esc(&v.tp(e).1.name),
                v.num(s.frequency),
                v.num(s.impact),
                v.num(s.satisfaction),
                v.priority_range(e),
            ],
        );
    }
    out.push('\n');
}

fn by_audit(out: &mut String, v: &View) {
    let _ = writeln!(out, "## {}\n", v.w.by_audit);
    if !v.per_audit_columns() {
        let _ = writeln!(out, "{}\n", v.w.too_many_columns);
        return;
    }
    let mut cells = vec![v.r.rank.to_string(), v.r.touchpoint.into()];
    cells.extend(v.audits.iter().map(|n| esc(n.name)));
    head(out, &cells);
    for (rank, e) in v.in_order() {
        let rank = rank.map(|r| r.to_string()).unwrap_or_default();
        let mut cells = vec![rank, esc(&v.tp(e).1.name)];
        cells.extend(
            e.row
                .series()
                .into_iter()
                .map(|p| p.map(|p| v.num(p)).unwrap_or_default()),
        );
        row(out, &cells);
    }
    out.push('\n');
}
