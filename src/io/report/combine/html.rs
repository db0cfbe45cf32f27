//! The self-contained HTML combined list: summary cards, the matrix of the combined scores,
//! the ranked table, the spread across audits and each audit's priority side by side.

use std::fmt::Write;

use super::View;
use crate::i18n::common::{critical_word, quadrant_name, scale_letter};
use crate::io::report::escape::html as esc;
use crate::io::report::html_parts::card;
use crate::io::report::many::{html_close, html_header, html_open};
use crate::io::report::svg::{self, Mark};
use crate::model::combine::Entry;
use crate::model::{RankedItem, Scale};

/// Renders the HTML combination.
pub fn render(v: &View) -> String {
    let h = v.heading();
    let mut out = String::new();
    html_open(&mut out, &h, "");
    html_header(&mut out, &h, v.audits, super::MAX_COLUMNS);
    summary(&mut out, v);
    matrix(&mut out, v);
    ranked(&mut out, v);
    by_audit(&mut out, v);
    let _ = writeln!(
        out,
        "<section class=\"method\">\n<h2>{}</h2>\n<p>{}</p>\n<p>{}</p>\n</section>",
        v.r.method, v.w.combine_note, v.w.spread_note
    );
    html_close(&mut out);
    out
}

fn summary(out: &mut String, v: &View) {
    let (w, c) = (v.r, &v.c);
    let _ = writeln!(
        out,
        "<section class=\"summary\">\n<h2>{}</h2>\n<div class=\"cards\">",
        w.summary
    );
    card(
        out,
        "scored",
        &format!(
            "{} <small>{} {}</small>",
            c.ranked.len(),
            w.of,
            c.entries.len()
        ),
        w.scored,
    );
    let critical = c.ranked.iter().filter(|r| r.critical).count();
    card(out, "critical", &critical.to_string(), w.critical_heading);
    for (q, n) in v.per_quadrant() {
        card(
            out,
            &format!("q-{}", q.key()),
            &n.to_string(),
            quadrant_name(v.lang, q),
        );
    }
    card(out, "", &v.audits.len().to_string(), v.w.audits);
    let _ = writeln!(
        out,
        "</div>\n<p class=\"note\">{}: {} · {}: {}</p>\n</section>",
        w.unscored,
        c.unscored.len(),
        w.not_applicable,
        c.not_applicable.len()
    );
}

fn matrix(out: &mut String, v: &View) {
    let _ = writeln!(
        out,
        "<section class=\"matrix-section\">\n<h2>{}</h2>\n<p class=\"note\">{} {}</p>\n<div class=\"matrix-wrap\">",
        v.r.matrix, v.r.matrix_note, v.r.bubble_note
    );
    let marks: Vec<Mark> = v
        .ranked()
        .map(|(r, e)| Mark {
            rank: r.rank,
            name: &v.tp(e).1.name,
            scores: r.scores,
            priority: r.priority,
            quadrant: r.quadrant,
        })
        .collect();
    svg::open(out, v.lang, v.c.crosshair);
    svg::bubbles(
        out,
        v.lang,
        &marks,
        &svg::place(&marks, v.c.crosshair, v.lang),
    );
    out.push_str("</svg>\n</div>\n</section>\n");
}

fn ranked(out: &mut String, v: &View) {
    let (w, lang) = (v.r, v.lang);
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", w.ranked);
    if v.c.ranked.is_empty() {
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
        "<table class=\"ranked\">\n<thead><tr><th class=\"num\">{}</th><th>{}</th><th>{}</th><th class=\"num\">{lf}</th><th class=\"num\">{li}</th><th class=\"num\">{ls}</th><th class=\"num\">{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th><th>{}</th><th class=\"num\">{}</th></tr></thead>\n<tbody>",
        w.rank,
        w.stage,
        w.touchpoint,
        w.priority,
        w.quadrant,
        w.critical,
        v.w.scored_in,
        v.w.worst,
        v.w.spread
    );
    for (r, e) in v.ranked() {
        ranked_row(out, v, r, e);
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

/// One row of the ranked table.
fn ranked_row(out: &mut String, v: &View, r: &RankedItem<usize>, e: &Entry) {
    let lang = v.lang;
    let (stage, tp) = v.tp(e);
    let s = r.scores;
    let (class, crit) = if r.critical {
        (
            " class=\"is-critical\"",
            format!(
                "<span class=\"flag critical\">{}</span>",
                critical_word(lang)
            ),
        )
    } else {
        ("", String::new())
    };
    let _ = writeln!(
        out,
        "<tr{class}><td class=\"num\">{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\"><strong>{}</strong></td><td><span class=\"badge q-{}\">{}</span></td><td>{crit}</td><td class=\"num\">{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
        r.rank,
        esc(&stage.name),
        esc(&tp.name),
        v.num(s.frequency),
        v.num(s.impact),
        v.num(s.satisfaction),
        v.num(r.priority),
        r.quadrant.key(),
        esc(quadrant_name(lang, r.quadrant)),
        v.scored_of(e),
        esc(v.worst(e)),
        v.priority_range(e)
    );
}

fn by_audit(out: &mut String, v: &View) {
    let _ = writeln!(out, "<section>\n<h2>{}</h2>", v.w.by_audit);
    if !v.per_audit_columns() {
        let _ = writeln!(
            out,
            "<p class=\"muted\">{}</p>\n</section>",
            v.w.too_many_columns
        );
        return;
    }
    let mut head = format!(
        "<th class=\"num\">{}</th><th>{}</th>",
        v.r.rank, v.r.touchpoint
    );
    for n in v.audits {
        let _ = write!(head, "<th class=\"num\">{}</th>", esc(n.name));
    }
    let letters = Scale::ALL.map(|s| scale_letter(v.lang, s)).join(" · ");
    let _ = write!(head, "<th class=\"num\">{} {letters}</th>", v.w.spread);
    let _ = writeln!(
        out,
        "<table class=\"by-audit\">\n<thead><tr>{head}</tr></thead>\n<tbody>"
    );
    for (rank, e) in v.in_order() {
        let worst = e.worst();
        let mut cells = String::new();
        for (k, p) in e.row.series().into_iter().enumerate() {
            let text = p.map(|p| v.num(p)).unwrap_or_default();
            // The worst audit's figure stands out, as the one to look at first.
            if worst == Some(k) {
                let _ = write!(cells, "<td class=\"num\"><strong>{text}</strong></td>");
            } else {
                let _ = write!(cells, "<td class=\"num\">{text}</td>");
            }
        }
        let spread = e
            .spread()
            .map(|d| {
                [d.frequency, d.impact, d.satisfaction]
                    .map(|x| v.num(x))
                    .join(" · ")
            })
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<tr><td class=\"num\">{}</td><td>{}</td>{cells}<td class=\"num\">{spread}</td></tr>",
            rank.map(|r| r.to_string()).unwrap_or_default(),
            esc(&v.tp(e).1.name)
        );
    }
    let _ = writeln!(
        out,
        "</tbody>\n</table>\n<p class=\"note\">{}</p>\n</section>",
        v.w.spread_note
    );
}
