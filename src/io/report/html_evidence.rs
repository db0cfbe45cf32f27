//! "What we know and what we assume" in the HTML report: the funnel as an inline SVG chart with
//! its biggest loss, the NPS, staff against customers (a chart per surveyed touchpoint: the
//! customers' distribution, their mean and 95% interval, the team's score), the measurements,
//! every touchpoint's evidence levels and the data gaps. Written only for an audit that records
//! some evidence.

use std::fmt::Write;

use super::escape::html as esc;
use super::evidence_text::{any, customers_text, funnel_lines, gap_names, measured, measurement};
use super::facts::Facts;
use super::locale::num;
use crate::i18n::evidence::{EvidenceWords, evidence_words, level_name, signed};
use crate::model::funnel::{Funnel, funnel};
use crate::model::voice::{self, Customers};
use crate::model::{Level, Scale, Touchpoint};

const RED: &str = "#c92a2a";
const GREY: &str = "#868e96";
const BLUE: &str = "#1c7ed6";

/// The whole section.
pub(super) fn section(out: &mut String, f: &Facts) {
    let a = f.audit;
    if !any(a) {
        return;
    }
    let w = evidence_words(f.lang);
    let _ = write!(
        out,
        "<section id=\"evidence\">\n<h2>{}</h2>\n<p>{}</p>\n",
        esc(w.section),
        esc(w.intro)
    );
    funnel_chart(out, f, w);
    if let Some(s) = voice::nps(a) {
        let mark = if s.indicative() {
            format!(" <em>({})</em>", esc(w.indicative))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<p class=\"nps\"><strong>{}: {}</strong> (n = {}){mark}</p>",
            w.nps,
            num(f.lang, s.score),
            s.n
        );
    }
    customers_charts(out, f, w);
    measurements(out, f, w);
    levels(out, f, w);
    gaps(out, f, w);
    out.push_str("</section>\n");
}

/// Horizontal bars, one per stage, as long as its count of customers; the biggest loss red.
fn funnel_chart(out: &mut String, f: &Facts, w: &EvidenceWords) {
    let a = f.audit;
    let fun = funnel(a);
    let max = fun
        .steps
        .iter()
        .filter_map(|s| s.customers)
        .max()
        .unwrap_or(0);
    if fun.is_empty() || max == 0 {
        return;
    }
    let (row, width, label) = (28u32, 640u32, 220u32);
    let height = row * fun.steps.len() as u32 + 8;
    let _ = write!(
        out,
        "<h3>{}</h3>\n<div class=\"funnel-wrap\"><svg class=\"funnel\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"funnel-title\"><title id=\"funnel-title\">{}</title>",
        esc(w.funnel_heading),
        esc(&funnel_lines(a, w).join(". "))
    );
    bars(out, f, &fun, (row, width, label, max));
    out.push_str("</svg></div>\n");
    if let Some(i) = fun.biggest_loss {
        let next = a.stages.get(i + 1).map_or("", |s| s.name.as_str());
        let _ = writeln!(
            out,
            "<p class=\"loss\"><strong>{}:</strong> {} → {} ({})</p>",
            esc(w.biggest_loss),
            esc(&a.stages[i].name),
            esc(next),
            esc(w.rate_note)
        );
    }
}

/// The funnel's bars: a stage's name, a bar as long as its customers, its count and its
/// conversion to the next stage.
fn bars(out: &mut String, f: &Facts, fun: &Funnel, (row, width, label, max): (u32, u32, u32, u64)) {
    let a = f.audit;
    for (i, step) in fun.steps.iter().enumerate() {
        let y = 4 + row * i as u32;
        let name = esc(&a.stages[step.stage].name);
        let _ = write!(
            out,
            "<text x=\"0\" y=\"{}\" font-size=\"12\">{name}</text>",
            y + 16
        );
        let Some(c) = step.customers else { continue };
        let bar = ((width - label - 90) as f64 * c as f64 / max as f64).max(1.0);
        let colour = if fun.biggest_loss == Some(step.stage) {
            RED
        } else {
            BLUE
        };
        let _ = write!(
            out,
            "<rect x=\"{label}\" y=\"{}\" width=\"{bar:.1}\" height=\"18\" fill=\"{colour}\"/><text x=\"{:.1}\" y=\"{}\" font-size=\"12\">{c}{}</text>",
            y + 3,
            label as f64 + bar + 6.0,
            y + 16,
            step.conversion_to_next
                .map(|r| format!(" → {}%", num(f.lang, r.to_f64() * 100.0)))
                .unwrap_or_default()
        );
    }
}

/// A table of surveyed touchpoints, each with its chart and figures in words.
fn customers_charts(out: &mut String, f: &Facts, w: &EvidenceWords) {
    let rows: Vec<(&Touchpoint, Customers)> = f
        .audit
        .touchpoints()
        .filter_map(|(_, _, tp)| voice::customers(tp).map(|c| (tp, c)))
        .collect();
    if rows.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<h3>{}</h3>\n<table class=\"customers\">\n<thead><tr><th></th><th>1 … 5</th><th>{}</th><th>{}</th><th>{}</th></tr></thead>\n<tbody>\n",
        esc(w.customers_heading),
        esc(w.customers),
        esc(w.team),
        esc(w.difference)
    );
    for (tp, c) in rows {
        let team = crate::model::score::effective(tp, Scale::Satisfaction);
        let disagree = voice::customers_disagree(tp);
        let diff = voice::difference(tp).map_or(String::new(), |d| signed(f.lang, d.to_f64()));
        let _ = writeln!(
            out,
            "<tr{}><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}{}</td></tr>",
            if disagree { " class=\"disagree\"" } else { "" },
            esc(&tp.name),
            chart(&c, team.map(|t| t.to_f64())),
            esc(&customers_text(f.lang, &c)),
            team.map_or("—".into(), |t| num(f.lang, t)),
            diff,
            if disagree {
                format!(" <strong title=\"{}\">≠</strong>", esc(w.disagree))
            } else {
                String::new()
            }
        );
    }
    let _ = writeln!(out, "</tbody>\n</table>\n<p>≠ {}</p>", esc(w.disagree));
}

/// One touchpoint's chart: five bars of answers, the customers' interval (a grey line) and
/// mean (a blue dot), and the team's score (a red tick), on the 1–5 scale.
fn chart(c: &Customers, team: Option<f64>) -> String {
    let (w, h) = (200.0, 40.0);
    let x = |v: f64| 10.0 + (v - 1.0) * 45.0;
    let top = c.counts.iter().copied().max().unwrap_or(1).max(1) as f64;
    let mut s = format!(
        "<svg class=\"answers\" viewBox=\"0 0 {w} {h}\" width=\"{w}\" height=\"{h}\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"><title>{:?}</title>",
        c.counts
    );
    for (i, &n) in c.counts.iter().enumerate() {
        let bh = 20.0 * n as f64 / top;
        let _ = write!(
            s,
            "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"14\" height=\"{bh:.1}\" fill=\"#dee2e6\"/>",
            x(i as f64 + 1.0) - 7.0,
            22.0 - bh
        );
    }
    if let Some((lo, hi)) = c.ci95 {
        let _ = write!(
            s,
            "<line x1=\"{:.1}\" x2=\"{:.1}\" y1=\"30\" y2=\"30\" stroke=\"{GREY}\" stroke-width=\"3\"/>",
            x(lo.clamp(1.0, 5.0)),
            x(hi.clamp(1.0, 5.0))
        );
    }
    let _ = write!(
        s,
        "<circle cx=\"{:.1}\" cy=\"30\" r=\"4\" fill=\"{BLUE}\"/>",
        x(c.mean.to_f64())
    );
    if let Some(t) = team {
        let _ = write!(
            s,
            "<line x1=\"{0:.1}\" x2=\"{0:.1}\" y1=\"24\" y2=\"37\" stroke=\"{RED}\" stroke-width=\"2\"/>",
            x(t)
        );
    }
    s.push_str("</svg>");
    s
}

fn measurements(out: &mut String, f: &Facts, w: &EvidenceWords) {
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<ul class=\"measurements\">",
        esc(w.measurements_heading)
    );
    for (place, m) in measured(f.audit) {
        let class = match m.met() {
            Some(true) => " class=\"met\"",
            Some(false) => " class=\"missed\" style=\"color:#c92a2a\"",
            None => "",
        };
        let _ = writeln!(
            out,
            "<li{class}>{}: {}</li>",
            esc(&place),
            esc(&measurement(f.lang, w, m))
        );
    }
    out.push_str("</ul>\n");
}

fn levels(out: &mut String, f: &Facts, w: &EvidenceWords) {
    let _ = write!(
        out,
        "<h3>{}</h3>\n<table class=\"levels\">\n<tbody>\n",
        esc(w.levels_heading)
    );
    for (_, _, tp) in f.audit.touchpoints().filter(|(_, _, t)| !t.not_applicable) {
        let cells: Vec<String> = Scale::ALL
            .iter()
            .map(|&s| {
                let l = tp.evidence.get(s);
                let style = if l == Level::Assumed {
                    " style=\"color:#868e96;font-style:italic\""
                } else {
                    ""
                };
                format!("<td{style}>{}</td>", esc(level_name(f.lang, l)))
            })
            .collect();
        let _ = writeln!(out, "<tr><td>{}</td>{}</tr>", esc(&tp.name), cells.concat());
    }
    out.push_str("</tbody>\n</table>\n");
}

fn gaps(out: &mut String, f: &Facts, w: &EvidenceWords) {
    let _ = writeln!(
        out,
        "<h3 id=\"data-gaps\">{}</h3>\n<p>{}</p>",
        esc(w.gaps_heading),
        esc(w.gaps_intro)
    );
    let list = gap_names(f.audit, &f.ranking);
    if list.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", esc(w.no_gaps));
        return;
    }
    out.push_str("<ol class=\"gaps\">\n");
    for g in list {
        let _ = writeln!(out, "<li>{}</li>", esc(&g));
    }
    out.push_str("</ol>\n");
}
