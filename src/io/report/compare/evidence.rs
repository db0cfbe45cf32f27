//! The evidence before and after in a comparison: each touchpoint's customers' mean and each
//! measurement (of a touchpoint or a stage) in every compared audit, oldest first. Written only
//! when some compared audit has any.

use std::fmt::Write;

use super::View;
use crate::i18n::evidence::{EvidenceWords, evidence_words};
use crate::io::report::escape::md as esc;
use crate::io::report::evidence_text::customers_text;
use crate::model::evidence::same_metric;
use crate::model::voice;
use crate::model::{Audit, Measurement, Stage};

/// One line per touchpoint or stage figure: `Place: what: before → after`.
pub fn lines(v: &View) -> Vec<String> {
    let w = evidence_words(v.lang);
    let audits: Vec<&Audit> = v.audits.iter().map(|n| n.audit).collect();
    let mut out = Vec::new();
    for stage in &v.last().stages {
        let per: Vec<Option<&Stage>> = audits
            .iter()
            .map(|a| a.stages.iter().find(|s| s.id == stage.id))
            .collect();
        let lists: Vec<Option<&[Measurement]>> = per
            .iter()
            .map(|s| s.map(|s| s.measurements.as_slice()))
            .collect();
        out.extend(figures(v, w, &stage.name, &lists));
    }
    for row in &v.cmp.rows {
        let (stage, tp) = v.tp(row);
        let place = format!("{} / {}", stage.name, tp.name);
        let tps: Vec<_> = row
            .at
            .iter()
            .zip(&audits)
            .map(|(at, a)| at.map(|(s, t)| &*a.stages[s].touchpoints[t]))
            .collect();
        let means: Vec<Option<String>> = tps
            .iter()
            .map(|t| {
                t.and_then(voice::customers)
                    .map(|c| customers_text(v.lang, &c))
            })
            .collect();
        if means.iter().any(Option::is_some) {
            out.push(format!("{place}: {}: {}", w.customers, chain(&means)));
        }
        let lists: Vec<Option<&[Measurement]>> = tps
            .iter()
            .map(|t| t.map(|t| t.measurements.as_slice()))
            .collect();
        out.extend(figures(v, w, &place, &lists));
    }
    out
}

/// `a → b → c`, `—` where an audit has nothing.
fn chain(values: &[Option<String>]) -> String {
    values
        .iter()
        .map(|x| x.clone().unwrap_or_else(|| "—".into()))
        .collect::<Vec<_>>()
        .join(" → ")
}

/// One line per metric found in any of the lists, its value in each.
fn figures(
    v: &View,
    w: &EvidenceWords,
    place: &str,
    lists: &[Option<&[Measurement]>],
) -> Vec<String> {
    let mut metrics: Vec<&str> = Vec::new();
    for m in lists.iter().flatten().flat_map(|l| l.iter()) {
        if !metrics.iter().any(|x| same_metric(x, &m.metric)) {
            metrics.push(&m.metric);
        }
    }
    metrics
        .into_iter()
        .map(|metric| {
            let values: Vec<Option<String>> = lists
                .iter()
                .map(|l| {
                    let m = (*l)?.iter().find(|m| m.is(metric))?;
                    Some(value(v, w, m))
                })
                .collect();
            format!("{place}: {metric}: {}", chain(&values))
        })
        .collect()
}

fn value(v: &View, w: &EvidenceWords, m: &Measurement) -> String {
    let mut s = format!("{}", m.value);
    if v.lang == crate::model::Lang::Ru {
        s = s.replace('.', ",");
    }
    if !m.unit.is_empty() {
        let _ = write!(s, " {}", m.unit);
    }
    match m.met() {
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
