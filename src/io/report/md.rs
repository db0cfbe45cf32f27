//! The Markdown report: summary, Mermaid matrix, priority list, details and method.

use std::fmt::Write;

use super::escape::md as esc;
use super::facts::Facts;
use super::locale::{date, due, num};
use super::md_detail;
use crate::i18n::common::{action_status_name, quadrant_name, scale_letter};
use crate::i18n::robust::{self as sure, NEAR_MARK};
use crate::model::{CrosshairMode, Scale};

/// Renders the Markdown report.
pub fn render(f: &Facts) -> String {
    let mut out = String::new();
    header(&mut out, f);
    summary(&mut out, f);
    super::since::md(&mut out, f);
    matrix(&mut out, f);
    if f.satisfaction == crate::model::voice::SatisfactionFrom::Customers {
        let e = crate::i18n::evidence::evidence_words(f.lang);
        let _ = writeln!(out, "_{}_\n", esc(e.by_customers));
    }
    ranked_table(&mut out, f);
    action_plan(&mut out, f);
    super::evidence_text::md(&mut out, f.audit, &f.ranking);
    md_detail::by_stage(&mut out, f);
    md_detail::leftovers(&mut out, f);
    md_detail::method(&mut out, f);
    out
}

fn header(out: &mut String, f: &Facts) {
    let (a, w) = (f.audit, f.w);
    let _ = writeln!(
        out,
        "# {}\n",
        esc(&super::heading::titled(w.title, a.display_title()))
    );
    if !a.client.is_empty() {
        let _ = writeln!(out, "**{}:** {}  ", w.client, esc(&a.client));
    }
    let _ = writeln!(out, "**{}:** {}  ", w.date, date(f.lang, f.as_of));
    let _ = writeln!(out, "**{}:** {}\n", w.participants, esc(&f.participants()));
}

fn summary(out: &mut String, f: &Facts) {
    let w = f.w;
    let _ = writeln!(out, "## {}\n", w.summary);
    let _ = writeln!(
        out,
        "- {}: {} {} {} · {}: {} · {}: {}",
        w.scored,
        f.ranking.ranked.len(),
        w.of,
        f.total(),
        w.unscored,
        f.ranking.unscored.len(),
        w.not_applicable,
        f.ranking.not_applicable.len()
    );
    let quadrants: Vec<String> = f
        .quadrants()
        .iter()
        .map(|&(q, n)| format!("{}: {n}", quadrant_name(f.lang, q)))
        .collect();
    let _ = writeln!(out, "- {}", quadrants.join(" · "));
    let critical = f.critical_names(esc);
    let _ = writeln!(
        out,
        "- {} ({}): {critical}",
        w.critical_heading,
        f.ranking.critical_count()
    );
    let top: Vec<String> = f
        .rows()
        .take(3)
        .map(|row| {
            format!(
                "{}. {} ({})",
                row.r.rank,
                esc(&row.tp.name),
                num(f.lang, row.r.priority)
            )
        })
        .collect();
    let top = if top.is_empty() {
        w.none.to_string()
    } else {
        top.join("; ")
    };
    let _ = writeln!(out, "- {}: {top}\n", w.top3);
}

fn matrix(out: &mut String, f: &Facts) {
    let (w, lang) = (f.w, f.lang);
    let _ = writeln!(out, "## {}\n", w.matrix);
    let c = f.ranking.crosshair;
    let mode = match f.mode {
        CrosshairMode::Midpoint => w.crosshair_midpoint,
        CrosshairMode::DataMean => w.crosshair_mean,
    };
    let _ = write!(
        out,
        "{} {}: {mode} ({} {}, {} {}).",
        w.matrix_note,
        w.crosshair,
        scale_letter(lang, Scale::Impact),
        num(lang, c.impact),
        scale_letter(lang, Scale::Satisfaction),
        num(lang, c.satisfaction)
    );
    if f.mode == CrosshairMode::DataMean {
        let _ = write!(out, " {}", w.stretched_note);
    }
    out.push_str("\n\n");
    super::mermaid::chart(out, f);
}

/// A table row from cells that are already escaped.
fn table_row(out: &mut String, cells: &[String]) {
    let _ = writeln!(out, "| {} |", cells.join(" | "));
}

fn table_head(out: &mut String, heads: &[&str]) {
    let cells: Vec<String> = heads.iter().map(|h| h.to_string()).collect();
    table_row(out, &cells);
    let rule: Vec<String> = heads.iter().map(|_| "---".to_string()).collect();
    table_row(out, &rule);
}

fn ranked_table(out: &mut String, f: &Facts) {
    let (w, lang) = (f.w, f.lang);
    let _ = writeln!(out, "## {}\n", w.ranked);
    if f.ranking.ranked.is_empty() {
        let _ = writeln!(out, "{}\n", w.nothing_scored);
        return;
    }
    let letters = Scale::ALL.map(|s| scale_letter(lang, s));
    table_head(
        out,
        &[
            w.rank,
            w.stage,
            w.touchpoint,
            letters[0],
            letters[1],
            letters[2],
            w.priority,
            w.quadrant,
            w.critical,
            NEAR_MARK,
            w.discuss,
        ],
    );
    for (row, s) in f.rows().zip(&f.robustness.ranked) {
        table_row(
            out,
            &[
                sure::rank_range(row.r.rank, s.rank_min, s.rank_max),
                esc(&row.stage.name),
                esc(&row.tp.name),
                f.score_cell(row.tp, Scale::Frequency),
                f.score_cell(row.tp, Scale::Impact),
                f.score_cell(row.tp, Scale::Satisfaction),
                num(lang, row.r.priority),
                quadrant_name(lang, row.r.quadrant).to_string(),
                if row.r.critical { w.yes } else { "" }.to_string(),
                if s.near_critical { NEAR_MARK } else { "" }.to_string(),
                if row.r.needs_discussion { w.yes } else { "" }.to_string(),
            ],
        );
    }
    out.push('\n');
    if super::facts::any_agreed(f.audit) {
        let _ = writeln!(out, "{}\n", w.agreed_legend);
    }
    how_sure(out, f);
}

/// The rank range and ≈ explained, then the stable top and what the rest rests on.
fn how_sure(out: &mut String, f: &Facts) {
    let s = sure::words(f.lang);
    let by_customers = f.satisfaction == crate::model::voice::SatisfactionFrom::Customers;
    let _ = writeln!(
        out,
        "{}  \n{NEAR_MARK} {}\n",
        s.range_legend,
        s.near_legend_by(by_customers)
    );
    let _ = writeln!(out, "### {}\n", s.heading);
    for line in super::sure::sentences(f, esc) {
        let _ = writeln!(out, "{line}\n");
    }
}

fn action_plan(out: &mut String, f: &Facts) {
    let w = f.w;
    let _ = writeln!(out, "## {}\n", w.action_plan);
    let actions = f.actions();
    if actions.is_empty() {
        let _ = writeln!(out, "{}\n", w.no_actions);
        return;
    }
    table_head(
        out,
        &[
            w.rank,
            w.touchpoint,
            w.action,
            w.owner,
            w.due,
            w.kpi,
            w.status,
        ],
    );
    for (rank, at, a) in actions {
        table_row(
            out,
            &[
                rank.map(|r| r.to_string()).unwrap_or_default(),
                esc(&f.tp(at).name),
                esc(&a.action),
                esc(&a.owner),
                esc(&due(f.lang, &a.due)),
                f.kpi(a, esc),
                action_status_name(f.lang, a.status).to_string(),
            ],
        );
    }
    out.push('\n');
}
