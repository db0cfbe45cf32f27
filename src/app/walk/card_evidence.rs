//! The card's evidence rows: the touchpoint's measurements (met in green, missed in red), the
//! customers' mean with its interval and answers, and how the team's score stands against it.

use crate::app::state::Walk;
use crate::app::walk::row::{Role, Row, flowed};
use crate::i18n::evidence::{
    CardWords, card_words, customers_text, evidence_words, figure, signed,
};
use crate::i18n::evidence_summary as summary;
use crate::model::voice::{self, Customers};
use crate::model::{Better, Lang, Measurement, Touchpoint};
use crate::text::wrap;

/// The evidence rows of the selected touchpoint: nothing when it has neither measurements nor
/// customers' answers.
pub(super) fn rows(w: &Walk, tp: &Touchpoint, lang: Lang, width: usize) -> Vec<Row> {
    let words = card_words(lang);
    let mut out = Vec::new();
    if !tp.measurements.is_empty() {
        out.push(Row::text(words.measurements, Role::Heading));
        for m in &tp.measurements {
            out.extend(indented(measurement(lang, m), width));
        }
    }
    if let Some(c) = voice::customers(tp) {
        let hidden = w.at().is_none_or(|at| w.hidden(at));
        out.extend(customers(tp, &c, lang, width, hidden));
    }
    out
}

/// The one-line summary near the card's top, so the evidence is in sight without scrolling:
/// `Evidence: customers 3.5 (n = 61) ≠ team · 1 of 2 targets missed`; nothing without
/// measurements or customers' answers. While blind the team's score stays hidden, and so does
/// how it stands against the customers'.
pub(super) fn summary(w: &Walk, tp: &Touchpoint, lang: Lang, width: usize) -> Vec<Row> {
    let mut said: Vec<(String, Role)> = Vec::new();
    if let Some(c) = voice::customers(tp) {
        said.push((summary::customers(lang, &c), Role::Plain));
        let hidden = w.at().is_none_or(|at| w.hidden(at));
        if c.enough() && !hidden && voice::difference(tp).is_some() {
            let disagree = voice::customers_disagree(tp);
            let role = if disagree { Role::Warning } else { Role::Dim };
            said.push((format!(" {}", summary::versus_team(lang, disagree)), role));
        }
    }
    if let Some(targets) = targets(tp, lang) {
        let lead = if said.is_empty() { "" } else { " · " };
        said.push((format!("{lead}{}", targets.0), targets.1));
    }
    if said.is_empty() {
        return Vec::new();
    }
    let mut pieces = vec![(format!("{} ", summary::label(lang)), Role::Heading)];
    pieces.append(&mut said);
    indented(pieces, width)
}

/// The measurements in a few words: how many targets are missed (red) or all met (green), or
/// how many there are when none has a target.
fn targets(tp: &Touchpoint, lang: Lang) -> Option<(String, Role)> {
    if tp.measurements.is_empty() {
        return None;
    }
    let verdicts: Vec<bool> = tp
        .measurements
        .iter()
        .filter_map(Measurement::met)
        .collect();
    let missed = verdicts.iter().filter(|met| !**met).count();
    Some(match (verdicts.len(), missed) {
        (0, _) => (
            summary::measurements(lang, tp.measurements.len()),
            Role::Dim,
        ),
        (of, 0) => (summary::targets(lang, 0, of), Role::Met),
        (of, m) => (summary::targets(lang, m, of), Role::Missed),
    })
}

/// A measurement as pieces: `• Chat reply: 14 min · missed (target ≤ 2) · CRM, 2026-11-30`.
fn measurement(lang: Lang, m: &Measurement) -> Vec<(String, Role)> {
    let ev = evidence_words(lang);
    let mut value = format!("• {}: {}", m.metric, figure(lang, m.value));
    if !m.unit.is_empty() {
        value = format!("{value} {}", m.unit);
    }
    let mut pieces = vec![(value, Role::Plain)];
    match (m.target, m.met()) {
        (Some(target), Some(met)) => {
            let sign = match m.better {
                Better::Higher => "≥",
                Better::Lower => "≤",
            };
            // The verdict beside the value, where the eye lands; the target after it.
            pieces.push(match met {
                true => (format!(" · {}", ev.met), Role::Met),
                false => (format!(" · {}", ev.missed), Role::Missed),
            });
            let goal = format!(" ({} {sign} {})", ev.target, figure(lang, target));
            pieces.push((goal, Role::Dim));
        }
        _ => pieces.push((format!(" · {}", card_words(lang).no_target), Role::Dim)),
    }
    let from: Vec<&str> = [m.source.as_str(), m.date.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
    if !from.is_empty() {
        pieces.push((format!(" · {}", from.join(", ")), Role::Dim));
    }
    if m.last_time {
        pieces.push((format!(" [{}]", ev.last_time), Role::Dim));
    }
    pieces
}

/// The customers' mean with n and the interval, the answers 1..5 as bars, and the team's
/// score against them; while blind the team's score, and so the comparison, stays hidden.
fn customers(tp: &Touchpoint, c: &Customers, lang: Lang, width: usize, hidden: bool) -> Vec<Row> {
    let words = card_words(lang);
    let head = vec![
        (format!("{}: ", words.customers), Role::Heading),
        (customers_text(lang, c), Role::Plain),
    ];
    let mut out = flowed(head, width);
    let counts: Vec<String> = c.counts.iter().map(u32::to_string).collect();
    let bars = vec![
        (format!("  1–5 {} ", bars(&c.counts)), Role::Plain),
        (counts.join(" · "), Role::Dim),
    ];
    out.extend(indented(bars, width));
    let (text, role) = match comparison(tp, c, words, lang, hidden) {
        Some(said) => said,
        None => return out,
    };
    out.extend(wrap(&text, width).into_iter().map(|l| Row::text(l, role)));
    out
}

/// How the team's satisfaction stands against the customers': too few answers to say, hidden
/// while blind, outside the interval (flagged) or within it, with the signed difference.
fn comparison(
    tp: &Touchpoint,
    c: &Customers,
    words: &CardWords,
    lang: Lang,
    hidden: bool,
) -> Option<(String, Role)> {
    if !c.enough() {
        return Some((words.too_few.to_string(), Role::Dim));
    }
    if hidden {
        return Some((words.blind.to_string(), Role::Dim));
    }
    let Some(d) = voice::difference(tp) else {
        return Some((words.no_team_score.to_string(), Role::Dim));
    };
    let d = format!("{} = {}", words.difference, signed(lang, d.to_f64()));
    Some(match voice::customers_disagree(tp) {
        true => (format!("≠ {d}: {}", words.disagree), Role::Warning),
        false => (format!("{d}: {}", words.agree), Role::Dim),
    })
}

/// Pieces flowed over rows of `width`, the rows after the first indented under the first
/// (without the ` · ` that joined their first piece to the one before).
fn indented(pieces: Vec<(String, Role)>, width: usize) -> Vec<Row> {
    let mut rows = flowed(pieces, width.saturating_sub(2));
    for row in rows.iter_mut().skip(1) {
        if let Some((text, _)) = row.pieces.first_mut() {
            let bare = text.trim_start_matches(" · ").trim_start_matches(' ');
            *text = format!("  {bare}");
        }
    }
    rows
}

/// Five bars for the counts of answers 1..5, each as tall as its count against the largest.
pub fn bars(counts: &[u32; 5]) -> String {
    const LEVELS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let max = counts.iter().copied().max().unwrap_or(0);
    counts
        .iter()
        .map(|&c| match c {
            0 => ' ',
            _ => {
                let step = (u64::from(c) * 8).div_ceil(u64::from(max.max(1)));
                LEVELS[usize::try_from(step.clamp(1, 8) - 1).unwrap_or(0)]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::bars;

    #[test]
    fn the_bars_are_scaled_to_the_largest_count_and_an_empty_value_has_none() {
        assert_eq!(bars(&[4, 7, 16, 21, 13]), "▂▃▇█▅");
        assert_eq!(bars(&[0, 1, 0, 0, 1]), " █  █");
        assert_eq!(bars(&[0, 0, 0, 0, 0]), "     ");
        assert_eq!(bars(&[1, 100, 0, 0, 0]), "▁█   ");
    }
}
