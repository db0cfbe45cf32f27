//! "What we know and what we assume": the evidence behind the scores in words and tables, for
//! the text and Markdown reports. Written only for an audit that records some evidence, so a
//! report of an audit without any reads as it always has.

use std::fmt::Write;

use super::columns::align;
use super::escape::md as esc;
use super::locale::num;
use crate::i18n::evidence::{EvidenceWords, evidence_words, figure as decimal, level_name, signed};
use crate::model::funnel::funnel;
use crate::model::gaps::data_gaps;
use crate::model::voice;
use crate::model::{Audit, Lang, Measurement, Ranking, Scale, Touchpoint};

/// Whether the audit records any evidence: a level, a measurement, a survey or NPS answers.
pub fn any(audit: &Audit) -> bool {
    crate::model::evidence::recorded(audit)
}

/// A measurement in words: `First reply 14 min (target 2, lower is better: missed), CRM, 2026-11-30`.
pub fn measurement(lang: Lang, w: &EvidenceWords, m: &Measurement) -> String {
    let mut out = format!("{}: {}", m.metric, decimal(lang, m.value));
    if !m.unit.is_empty() {
        let _ = write!(out, " {}", m.unit);
    }
    if let Some(t) = m.target {
        let sign = match m.better {
            crate::model::Better::Higher => "≥",
            crate::model::Better::Lower => "≤",
        };
        let verdict = if m.met() == Some(true) {
            w.met
        } else {
            w.missed
        };
        let _ = write!(
            out,
            " ({} {sign} {}: {verdict})",
            w.target,
            decimal(lang, t)
        );
    }
    for extra in [&m.source, &m.date] {
        if !extra.is_empty() {
            let _ = write!(out, ", {extra}");
        }
    }
    if m.last_time {
        let _ = write!(out, " [{}]", w.last_time);
    }
    out
}

/// A conversion as a percentage with one decimal at most: `13.2%`.
fn percent(lang: Lang, c: crate::model::Frac) -> String {
    crate::i18n::evidence_views::percent(lang, c)
}

/// The funnel in one line: `Awareness 12400 → Consideration 3100 (25%) → …`, then the biggest loss.
pub fn funnel_lines(audit: &Audit, w: &EvidenceWords) -> Vec<String> {
    let f = funnel(audit);
    if f.is_empty() {
        return Vec::new();
    }
    let lang = audit.lang;
    let mut line = String::new();
    for (i, step) in f.steps.iter().enumerate() {
        if i > 0 {
            line.push_str(" → ");
        }
        let count = step.customers.map_or("—".to_string(), |c| c.to_string());
        let _ = write!(line, "{} {count}", audit.stages[step.stage].name);
        if let Some(c) = i.checked_sub(1).and_then(|p| f.steps[p].conversion_to_next) {
            let _ = write!(line, " ({})", percent(lang, c));
        }
    }
    let mut out = vec![line];
    if let Some(i) = f.biggest_loss {
        let rate = f.steps[i].conversion_to_next.map(|c| percent(lang, c));
        out.push(format!(
            "{}: {} → {}: {} ({})",
            w.biggest_loss,
            audit.stages[i].name,
            audit.stages.get(i + 1).map_or("", |s| s.name.as_str()),
            rate.unwrap_or_default(),
            w.rate_note
        ));
    }
    out
}

/// The customers' answers on a touchpoint in words: `2.3 (n = 214, 95%: 2.1–2.5)`.
pub use crate::i18n::evidence::customers_text;

/// One row per surveyed touchpoint: name, team, customers, difference, disagreement mark.
fn customer_rows(audit: &Audit) -> Vec<Vec<String>> {
    let lang = audit.lang;
    audit
        .touchpoints()
        .filter_map(|(_, _, tp)| {
            let c = voice::customers(tp)?;
            let team = crate::model::score::effective(tp, Scale::Satisfaction);
            let diff = voice::difference(tp).map(|d| signed(lang, d.to_f64()));
            Some(vec![
                tp.name.clone(),
                team.map_or("—".into(), |t| num(lang, t)),
                customers_text(lang, &c),
                diff.unwrap_or_default(),
                if voice::customers_disagree(tp) {
                    "≠"
                } else {
                    ""
                }
                .to_string(),
            ])
        })
        .collect()
}

fn levels(lang: Lang, tp: &Touchpoint) -> String {
    let mut s = Scale::ALL
        .map(|scale| level_name(lang, tp.evidence.get(scale)))
        .join(" / ");
    if tp.evidence.last_time {
        let _ = write!(s, " [{}]", evidence_words(lang).last_time);
    }
    s
}

/// Every measurement of the audit with its place (`Stage` or `Stage / Touchpoint`), stage by
/// stage: the stage's own figures, then its touchpoints'.
pub fn measured(audit: &Audit) -> Vec<(String, &Measurement)> {
    let mut out = Vec::new();
    for stage in &audit.stages {
        out.extend(stage.measurements.iter().map(|m| (stage.name.clone(), m)));
        for tp in stage.touchpoints.iter() {
            let place = format!("{} / {}", stage.name, tp.name);
            out.extend(tp.measurements.iter().map(|m| (place.clone(), m)));
        }
    }
    out
}

/// Each applicable touchpoint with its levels in words.
fn levels_of(audit: &Audit) -> Vec<(String, String)> {
    audit
        .touchpoints()
        .filter(|(_, _, t)| !t.not_applicable)
        .map(|(_, _, tp)| (tp.name.clone(), levels(audit.lang, tp)))
        .collect()
}

/// The data gaps as `Stage / Touchpoint`, in rank order.
pub fn gap_names(audit: &Audit, ranking: &Ranking) -> Vec<String> {
    data_gaps(audit, ranking)
        .into_iter()
        .map(|(si, ti)| {
            format!(
                "{} / {}",
                audit.stages[si].name, audit.stages[si].touchpoints[ti].name
            )
        })
        .collect()
}

/// The NPS in words, marked indicative under 30 answers.
fn nps_line(audit: &Audit, w: &EvidenceWords) -> Option<String> {
    let s = voice::nps(audit)?;
    let mut line = format!("{}: {} (n = {})", w.nps, num(audit.lang, s.score), s.n);
    if s.indicative() {
        let _ = write!(line, "; {}", w.indicative);
    }
    Some(line)
}

/// The section as plain text.
pub fn text(audit: &Audit, ranking: &Ranking) -> String {
    if !any(audit) {
        return String::new();
    }
    let (lang, w) = (audit.lang, evidence_words(audit.lang));
    let mut out = format!("\n{}\n{}\n", w.section, w.intro);
    let lines = funnel_lines(audit, w);
    if !lines.is_empty() {
        let _ = writeln!(out, "\n{}:", w.funnel_heading);
        lines.iter().for_each(|l| out.push_str(&format!("  {l}\n")));
    }
    if let Some(line) = nps_line(audit, w) {
        let _ = writeln!(out, "\n{line}");
    }
    let rows = customer_rows(audit);
    if !rows.is_empty() {
        let _ = writeln!(out, "\n{} (≠: {}):", w.customers_heading, w.disagree);
        let mut table = vec![vec![
            String::new(),
            w.team.into(),
            w.customers.into(),
            w.difference.into(),
            String::new(),
        ]];
        table.extend(rows);
        for line in align(&table, &[false, true, false, true, false]).lines() {
            let _ = writeln!(out, "  {line}");
        }
    }
    let _ = writeln!(out, "\n{}:", w.measurements_heading);
    for (place, m) in measured(audit) {
        let _ = writeln!(out, "  {place}: {}", measurement(lang, w, m));
    }
    let _ = writeln!(out, "\n{}:", w.levels_heading);
    for (name, levels) in levels_of(audit) {
        let _ = writeln!(out, "  {name}: {levels}");
    }
    let _ = writeln!(out, "\n{}: {}", w.gaps_heading, w.gaps_intro);
    let gaps = gap_names(audit, ranking);
    if gaps.is_empty() {
        let _ = writeln!(out, "  {}", w.no_gaps);
    }
    for g in gaps {
        let _ = writeln!(out, "  {g}");
    }
    out
}

/// The section in Markdown.
pub fn md(out: &mut String, audit: &Audit, ranking: &Ranking) {
    if !any(audit) {
        return;
    }
    let (lang, w) = (audit.lang, evidence_words(audit.lang));
    let _ = writeln!(out, "## {}\n\n{}\n", w.section, esc(w.intro));
    let lines = funnel_lines(audit, w);
    if !lines.is_empty() {
        let _ = writeln!(out, "### {}\n", w.funnel_heading);
        lines
            .iter()
            .for_each(|l| out.push_str(&format!("{}  \n", esc(l))));
        out.push('\n');
    }
    if let Some(line) = nps_line(audit, w) {
        let _ = writeln!(out, "**{}**\n", esc(&line));
    }
    let rows = customer_rows(audit);
    if !rows.is_empty() {
        let _ = writeln!(out, "### {}\n", w.customers_heading);
        let _ = writeln!(
            out,
            "| | {} | {} | {} | |",
            w.team, w.customers, w.difference
        );
        out.push_str("|---|---:|---|---:|---|\n");
        for r in rows {
            let cells: Vec<String> = r.iter().map(|c| esc(c)).collect();
            let _ = writeln!(out, "| {} |", cells.join(" | "));
        }
        let _ = writeln!(out, "\n≠ {}\n", esc(w.disagree));
    }
    let _ = writeln!(out, "### {}\n", w.measurements_heading);
    for (place, m) in measured(audit) {
        let _ = writeln!(out, "- {}: {}", esc(&place), esc(&measurement(lang, w, m)));
    }
    let _ = writeln!(out, "\n### {}\n", w.levels_heading);
    for (name, levels) in levels_of(audit) {
        let _ = writeln!(out, "- {}: {}", esc(&name), esc(&levels));
    }
    let _ = writeln!(out, "\n### {}\n\n{}\n", w.gaps_heading, esc(w.gaps_intro));
    let gaps = gap_names(audit, ranking);
    if gaps.is_empty() {
        let _ = writeln!(out, "{}", esc(w.no_gaps));
    }
    for (i, g) in gaps.iter().enumerate() {
        let _ = writeln!(out, "{}. {}", i + 1, esc(g));
    }
    out.push('\n');
}
