//! The self-contained HTML report: inline CSS and SVG, nothing loaded from the network.

use std::fmt::Write;
use std::io;

use super::escape::{html as esc, html_lines};
use super::facts::{Facts, Row};
use super::html_parts::{Sink, badge, card};
use super::locale::{date, due, num};
use super::{html_detail, style, svg};
use crate::i18n::common::{action_status_name, critical_word, quadrant_name, scale_letter};
use crate::i18n::robust::{self as sure, NEAR_MARK};
use crate::model::{CrosshairMode, Scale};

/// Renders the HTML report.
pub fn render(f: &Facts) -> String {
    let mut bytes = Vec::new();
    write(f, &mut bytes).expect("writing to memory cannot fail");
    String::from_utf8(bytes).expect("the report is UTF-8")
}

/// Writes the HTML report to `to`, part by part.
pub fn write(f: &Facts, to: &mut dyn io::Write) -> io::Result<()> {
    let mut sink = Sink {
        text: String::new(),
        to,
    };
    let out = &mut sink.text;
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{}{}</style>\n</head>\n<body>\n<main>\n",
        f.lang.code(),
        esc(&super::heading::titled(f.w.title, f.audit.display_title())),
        style::css(),
        style::page_margins(f.audit.display_title())
    );
    header(out, f);
    summary(out, f);
    super::since::html(out, f);
    matrix(&mut sink, f)?;
    if f.satisfaction == crate::model::voice::SatisfactionFrom::Customers {
        let e = crate::i18n::evidence::evidence_words(f.lang);
        let _ = writeln!(
            sink.text,
            "<p class=\"by-customers\"><strong>{}</strong></p>",
            esc(e.by_customers)
        );
    }
    ranked_table(&mut sink.text, f);
    sink.spill()?;
    action_plan(&mut sink.text, f);
    super::html_evidence::section(&mut sink.text, f);
    sink.spill()?;
    html_detail::by_stage(&mut sink, f)?;
    let out = &mut sink.text;
    html_detail::leftovers(out, f);
    html_detail::method(out, f);
    out.push_str("</main>\n</body>\n</html>\n");
    sink.spill()
}

fn header(out: &mut String, f: &Facts) {
    let (a, w) = (f.audit, f.w);
    let _ = write!(
        out,
        "<header>\n<p class=\"kicker\">{}</p>\n<h1>{}</h1>\n<dl class=\"meta\">\n",
        esc(w.title),
        esc(a.display_title())
    );
    let mut items = Vec::new();
    if !a.client.is_empty() {
        items.push((w.client, esc(&a.client)));
    }
    items.push((w.date, date(f.lang, f.as_of)));
    items.push((w.participants, esc(&f.participants())));
    for (k, v) in items {
        let _ = writeln!(out, "<div><dt>{k}</dt><dd>{v}</dd></div>");
    }
    out.push_str("</dl>\n</header>\n");
}

fn summary(out: &mut String, f: &Facts) {
    let (w, lang) = (f.w, f.lang);
    let _ = writeln!(
        out,
        "<section class=\"summary\">\n<h2>{}</h2>\n<div class=\"cards\">",
        w.summary
    );
    let scored = format!(
        "{} <small>{} {}</small>",
        f.ranking.ranked.len(),
        w.of,
        f.total()
    );
    card(out, "scored", &scored, w.scored);
    card(
        out,
        "critical",
        &f.ranking.critical_count().to_string(),
        w.critical_heading,
    );
    for (q, n) in f.quadrants() {
        card(
            out,
            &format!("q-{}", q.key()),
            &n.to_string(),
            quadrant_name(lang, q),
        );
    }
    out.push_str("</div>\n");
    let critical = f.critical_names(esc);
    let _ = writeln!(
        out,
        "<p class=\"lead\"><strong>{}:</strong> {critical}</p>",
        w.critical_heading
    );
    let top: Vec<String> = f
        .rows()
        .take(3)
        .map(|row| {
            format!(
                "{}. {} ({})",
                row.r.rank,
                esc(&row.tp.name),
                num(lang, row.r.priority)
            )
        })
        .collect();
    let top = if top.is_empty() {
        w.none.to_string()
    } else {
        top.join("; ")
    };
    let _ = writeln!(
        out,
        "<p class=\"lead\"><strong>{}:</strong> {top}</p>",
        w.top3
    );
    let _ = writeln!(
        out,
        "<p class=\"note\">{}: {} · {}: {} · {}: {}</p>\n</section>",
        w.unscored,
        f.ranking.unscored.len(),
        w.not_applicable,
        f.ranking.not_applicable.len(),
        w.crosshair,
        crosshair_text(f)
    );
}

pub(super) fn crosshair_text(f: &Facts) -> String {
    let c = f.ranking.crosshair;
    let mode = match f.mode {
        CrosshairMode::Midpoint => f.w.crosshair_midpoint,
        CrosshairMode::DataMean => f.w.crosshair_mean,
    };
    format!(
        "{mode} ({} {}, {} {})",
        scale_letter(f.lang, Scale::Impact),
        num(f.lang, c.impact),
        scale_letter(f.lang, Scale::Satisfaction),
        num(f.lang, c.satisfaction)
    )
}

fn dot(row: &Row) -> String {
    format!(
        "<span class=\"dot q-{}\">{}</span>",
        row.r.quadrant.key(),
        row.r.rank
    )
}

/// The matrix and its legend; the text before it is handed on first, then the chart as it is.
fn matrix(sink: &mut Sink, f: &Facts) -> io::Result<()> {
    let w = f.w;
    let _ = writeln!(
        sink.text,
        "<section class=\"matrix-section\">\n<h2>{}</h2>\n<p class=\"note\">{} {}</p>\n<div class=\"matrix-wrap\">",
        w.matrix, w.matrix_note, w.bubble_note
    );
    sink.spill()?;
    sink.to.write_all(svg::matrix(f).as_bytes())?;
    let out = &mut sink.text;
    let _ = writeln!(
        out,
        "<table class=\"legend\">\n<thead><tr><th>{}</th><th>{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>",
        w.rank,
        w.touchpoint,
        scale_letter(f.lang, Scale::Frequency)
    );
    for row in f.rows() {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
            dot(&row),
            esc(&row.tp.name),
            num(f.lang, row.r.scores.frequency)
        );
    }
    out.push_str("</tbody>\n</table>\n</div>\n</section>\n");
    sink.spill()
}

fn ranked_table(out: &mut String, f: &Facts) {
    let (w, lang) = (f.w, f.lang);
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", w.ranked);
    if f.ranking.ranked.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"muted\">{}</p>\n</section>",
            w.nothing_scored
        );
        return;
    }
    let [lf, li, ls] = Scale::ALL.map(|s| scale_letter(lang, s));
    let _ = writeln!(
        out,
        "<table class=\"ranked\">\n<thead><tr><th class=\"num\">{}</th><th>{}</th><th>{}</th><th class=\"num\">{lf}</th><th class=\"num\">{li}</th><th class=\"num\">{ls}</th><th class=\"num\">{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        w.rank, w.stage, w.touchpoint, w.priority, w.quadrant, w.critical, w.discuss
    );
    for (row, s) in f.rows().zip(&f.robustness.ranked) {
        let r = row.r;
        let class = if r.critical {
            " class=\"is-critical\""
        } else {
            ""
        };
        let mut crit = if r.critical {
            format!(
                "<span class=\"flag critical\">{}</span>",
                critical_word(lang)
            )
        } else {
            String::new()
        };
        if s.near_critical {
            let near = sure::words(lang).near;
            let _ = write!(
                crit,
                " <span class=\"flag near\" title=\"{near}\">{NEAR_MARK}</span>"
            );
        }
        let disc = if r.needs_discussion {
            format!("<span class=\"flag discuss\">{}</span>", w.discuss_mark)
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<tr{class}><td class=\"num\">{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\"><strong>{}</strong></td><td>{}</td><td>{crit}</td><td>{disc}</td></tr>",
            sure::rank_range(r.rank, s.rank_min, s.rank_max),
            esc(&row.stage.name),
            esc(&row.tp.name),
            f.score_cell(row.tp, Scale::Frequency),
            f.score_cell(row.tp, Scale::Impact),
            f.score_cell(row.tp, Scale::Satisfaction),
            num(lang, r.priority),
            badge(f, r.quadrant)
        );
    }
    out.push_str("</tbody>\n</table>\n");
    if super::facts::any_agreed(f.audit) {
        let _ = writeln!(
            out,
            "<p class=\"muted agreed-legend\">{}</p>",
            esc(w.agreed_legend)
        );
    }
    let s = sure::words(lang);
    let _ = writeln!(
        out,
        "<p class=\"muted\">{} · {NEAR_MARK} {}</p>\n</section>",
        esc(s.range_legend),
        esc(s.near_legend_by(f.satisfaction == crate::model::voice::SatisfactionFrom::Customers))
    );
    html_detail::how_sure(out, f);
}

fn action_plan(out: &mut String, f: &Facts) {
    let w = f.w;
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", w.action_plan);
    let actions = f.actions();
    if actions.is_empty() {
        let _ = writeln!(out, "<p class=\"muted\">{}</p>\n</section>", w.no_actions);
        return;
    }
    let _ = writeln!(
        out,
        "<table class=\"actions\">\n<thead><tr><th class=\"num\">{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>",
        w.rank, w.touchpoint, w.action, w.owner, w.due, w.kpi, w.status
    );
    for (rank, at, a) in actions {
        let _ = writeln!(
            out,
            "<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            rank.map(|r| r.to_string()).unwrap_or_default(),
            esc(&f.tp(at).name),
            html_lines(&a.action),
            esc(&a.owner),
            esc(&due(f.lang, &a.due)),
            f.kpi(a, esc),
            action_status_name(f.lang, a.status)
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}
