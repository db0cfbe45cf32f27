//! The evidence before and after in a comparison: each touchpoint's customers' mean and each
//! measurement (of a touchpoint or a stage) in every compared audit, oldest first. Written only
//! when some compared audit has any: as lines in text and Markdown, a table in HTML, and a
//! sheet of measurements in the workbook.

use std::fmt::Write;

use super::View;
use crate::i18n::evidence::{EvidenceWords, evidence_words};
use crate::io::report::escape::{html as esc_html, md as esc};
use crate::io::report::evidence_text::customers_text;
use crate::model::evidence::same_metric;
use crate::model::voice::{self, Customers};
use crate::model::{Audit, Measurement, Stage};

/// One figure of a stage or a touchpoint across the compared audits.
pub struct Item<'a> {
    pub stage: &'a str,
    /// `None`: a figure of the stage itself.
    pub touchpoint: Option<&'a str>,
    pub kind: Kind<'a>,
}

/// What the figure is, with its value in each audit (`None` where that audit has none).
pub enum Kind<'a> {
    Customers(Vec<Option<Customers>>),
    Metric {
        metric: &'a str,
        values: Vec<Option<&'a Measurement>>,
    },
}

/// Every figure: the stages' measurements first, then per touchpoint in report order its
/// customers' mean and its measurements.
pub fn items<'a>(v: &View<'a>) -> Vec<Item<'a>> {
    let audits: Vec<&'a Audit> = v.audits.iter().map(|n| n.audit).collect();
    let mut out = Vec::new();
    for stage in &v.last().stages {
        let lists: Vec<Option<&'a [Measurement]>> = audits
            .iter()
            .map(|a| a.stages.iter().find(|s| s.id == stage.id))
            .map(|s: Option<&'a Stage>| s.map(|s| s.measurements.as_slice()))
            .collect();
        out.extend(metrics(&stage.name, None, &lists));
    }
    for row in &v.cmp.rows {
        let (stage, tp) = v.tp(row);
        let tps: Vec<_> = row
            .at
            .iter()
            .zip(&audits)
            .map(|(at, a)| at.map(|(s, t)| &*a.stages[s].touchpoints[t]))
            .collect();
        let means: Vec<Option<Customers>> =
            tps.iter().map(|t| t.and_then(voice::customers)).collect();
        if means.iter().any(Option::is_some) {
            out.push(Item {
                stage: &stage.name,
                touchpoint: Some(&tp.name),
                kind: Kind::Customers(means),
            });
        }
        let lists: Vec<Option<&'a [Measurement]>> = tps
            .iter()
            .map(|t| t.map(|t| t.measurements.as_slice()))
            .collect();
        out.extend(metrics(&stage.name, Some(&tp.name), &lists));
    }
    out
}

/// One item per metric found in any of the lists, its measurement in each.
fn metrics<'a>(
    stage: &'a str,
    touchpoint: Option<&'a str>,
    lists: &[Option<&'a [Measurement]>],
) -> Vec<Item<'a>> {
    let mut names: Vec<&'a str> = Vec::new();
    for m in lists.iter().flatten().flat_map(|l| l.iter()) {
        if !names.iter().any(|x| same_metric(x, &m.metric)) {
            names.push(&m.metric);
        }
    }
    names
        .into_iter()
        .map(|metric| Item {
            stage,
            touchpoint,
            kind: Kind::Metric {
                metric,
                values: lists
                    .iter()
                    .map(|l| (*l)?.iter().find(|m| m.is(metric)))
                    .collect(),
            },
        })
        .collect()
}

impl Item<'_> {
    /// "Stage / Touchpoint", or the stage alone.
    fn place(&self) -> String {
        match self.touchpoint {
            Some(tp) => format!("{} / {tp}", self.stage),
            None => self.stage.to_string(),
        }
    }

    /// What the figure is: "customers" or the metric's name.
    fn what<'w>(&'w self, w: &'w EvidenceWords) -> &'w str {
        match &self.kind {
            Kind::Customers(_) => w.customers,
            Kind::Metric { metric, .. } => metric,
        }
    }

    /// Each audit's value as words, with met or missed: `None` where it has none.
    fn values(&self, v: &View, w: &EvidenceWords) -> Vec<Option<(String, Option<bool>)>> {
        let raw: Vec<Option<(String, Option<bool>)>> = match &self.kind {
            Kind::Customers(means) => means
                .iter()
                .map(|c| c.as_ref().map(|c| (customers_text(v.lang, c), None)))
                .collect(),
            Kind::Metric { values, .. } => values
                .iter()
                .map(|m| m.map(|m| (value(v, m), m.met())))
                .collect(),
        };
        raw.into_iter()
            .map(|x| x.map(|(s, met)| (with_met(w, s, met), met)))
            .collect()
    }
}

/// One line per item: `Place: what: before → after`, `—` where an audit has nothing.
pub fn lines(v: &View) -> Vec<String> {
    let w = evidence_words(v.lang);
    items(v)
        .iter()
        .map(|item| {
            let chain: Vec<String> = item
                .values(v, w)
                .into_iter()
                .map(|x| x.map_or_else(|| "—".into(), |(s, _)| s))
                .collect();
            format!("{}: {}: {}", item.place(), item.what(w), chain.join(" → "))
        })
        .collect()
}

/// A measurement's value and unit, in the language's decimal mark.
fn value(v: &View, m: &Measurement) -> String {
    let mut s = format!("{}", m.value);
    if v.lang == crate::model::Lang::Ru {
        s = s.replace('.', ",");
    }
    if !m.unit.is_empty() {
        let _ = write!(s, " {}", m.unit);
    }
    s
}

fn with_met(w: &EvidenceWords, s: String, met: Option<bool>) -> String {
    match met {
        Some(true) => format!("{s} ({})", w.met),
        Some(false) => format!("{s} ({})", w.missed),
        None => s,
    }
}

/// The section in plain text.
pub fn text(out: &mut String, v: &View) {
    let lines = lines(v);
    if lines.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}:", evidence_words(v.lang).compare_heading);
    for l in lines {
        let _ = writeln!(out, "  {l}");
    }
}

/// The section in Markdown.
pub fn md(out: &mut String, v: &View, level: &str) {
    let lines = lines(v);
    if lines.is_empty() {
        return;
    }
    let _ = writeln!(out, "{level} {}\n", evidence_words(v.lang).compare_heading);
    for l in lines {
        let _ = writeln!(out, "- {}", esc(&l));
    }
    out.push('\n');
}

/// The section in HTML: a table of stage, touchpoint, figure and its value in each audit, a
/// missed target in red and a met one in green.
pub fn html(out: &mut String, v: &View) {
    let items = items(v);
    if items.is_empty() {
        return;
    }
    let w = evidence_words(v.lang);
    let _ = writeln!(
        out,
        "<section class=\"evidence\">\n<h2>{}</h2>",
        esc_html(w.compare_heading)
    );
    let mut head = format!(
        "<th>{}</th><th>{}</th><th>{}</th>",
        esc_html(v.r.stage),
        esc_html(v.r.touchpoint),
        esc_html(w.figure)
    );
    for n in v.audits {
        let _ = write!(head, "<th class=\"num\">{}</th>", esc_html(n.name));
    }
    let _ = writeln!(
        out,
        "<table class=\"compare evidence\">\n<thead><tr>{head}</tr></thead>\n<tbody>"
    );
    for item in &items {
        let mut cells = format!(
            "<td>{}</td><td>{}</td><td>{}</td>",
            esc_html(item.stage),
            esc_html(item.touchpoint.unwrap_or("")),
            esc_html(item.what(w))
        );
        for x in item.values(v, w) {
            let (text, class) = match x {
                None => ("—".to_string(), ""),
                Some((s, Some(true))) => (s, " better"),
                Some((s, Some(false))) => (s, " worse"),
                Some((s, None)) => (s, ""),
            };
            let _ = write!(cells, "<td class=\"num{class}\">{}</td>", esc_html(&text));
        }
        let _ = writeln!(out, "<tr>{cells}</tr>");
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}
