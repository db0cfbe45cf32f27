//! The Markdown report's detail: every touchpoint by stage, the leftovers and the method note.

use std::fmt::Write;

use super::escape::md as esc;
use super::facts::Facts;
use super::locale::{date, due, num};
use crate::i18n::common::{action_status_name, critical_word, quadrant_name, scale_letter};
use crate::model::score::{self, Status};
use crate::model::{Scale, Touchpoint};

fn touchpoint_item(out: &mut String, f: &Facts, at: (usize, usize), tp: &Touchpoint) {
    let (w, lang) = (f.w, f.lang);
    let mut head = format!("- **{}**", esc(&tp.name));
    match (score::status(tp), f.ranked(at)) {
        (Status::Scored(_), Some(r)) => {
            let _ = write!(
                head,
                " — {} · {} {} · {}{}",
                f.scores_line(tp),
                w.priority,
                num(lang, r.priority),
                w.rank,
                r.rank
            );
            let _ = write!(head, " · {}", quadrant_name(lang, r.quadrant));
            if r.critical {
                let _ = write!(head, " · **{}**", critical_word(lang));
            }
            if r.needs_discussion {
                let _ = write!(head, " · {}", w.discuss_mark);
            }
        }
        (Status::NotApplicable, _) => {
            let _ = write!(head, " — {}", w.not_applicable.to_lowercase());
        }
        _ => {
            let _ = write!(head, " — {}", w.unscored.to_lowercase());
            let part = f.scores_line(tp);
            if !part.is_empty() {
                let _ = write!(head, " ({part})");
            }
        }
    }
    let _ = writeln!(out, "{head}");
    ratings(out, f, tp);
    if !tp.notes.trim().is_empty() {
        let _ = writeln!(out, "  - {}: {}", w.notes, esc(tp.notes.trim()));
    }
    if let Some(a) = tp.action.as_ref().filter(|a| !a.is_empty()) {
        let mut line = format!("  - {}: {}", w.action, esc(&a.action));
        let due = due(f.lang, &a.due);
        for (label, value) in [(w.owner, &a.owner), (w.due, &due)] {
            if !value.is_empty() {
                let _ = write!(line, " · {label}: {}", esc(value));
            }
        }
        let k = f.kpi(a, esc);
        if !k.is_empty() {
            let _ = write!(line, " · {}: {k}", w.kpi);
        }
        let _ = writeln!(out, "{line} · {}", action_status_name(lang, a.status));
    }
}

/// Each participant's ratings, shown when more than one person scored the touchpoint.
fn ratings(out: &mut String, f: &Facts, tp: &Touchpoint) {
    if tp.ratings.len() < 2 {
        return;
    }
    let parts: Vec<String> = (f.audit.ratings_in_order(tp).into_iter())
        .map(|r| {
            let name = f
                .audit
                .participant_name(&r.participant)
                .unwrap_or(&r.participant);
            let v: Vec<String> = Scale::ALL
                .map(|s| r.get(s).map_or("–".to_string(), |v| v.to_string()))
                .to_vec();
            format!("{} {}", esc(name), v.join("/"))
        })
        .collect();
    let spreads: Vec<String> = Scale::ALL
        .into_iter()
        .filter_map(|s| score::spread(tp, s).map(|d| format!("{} {d}", scale_letter(f.lang, s))))
        .collect();
    let mut line = format!(
        "  - {}: {} ({}: {})",
        f.w.ratings,
        parts.join("; "),
        f.w.spread,
        spreads.join(", ")
    );
    if let Some(agreed) = f.agreed_line(tp) {
        let _ = write!(line, " · {agreed}");
    }
    let _ = writeln!(out, "{line}");
}

pub(super) fn by_stage(out: &mut String, f: &Facts) {
    let _ = writeln!(out, "## {}\n", f.w.by_stage);
    for (si, stage) in f.audit.stages.iter().enumerate() {
        let _ = writeln!(out, "### {}. {}\n", si + 1, esc(&stage.name));
        for (ti, tp) in stage.touchpoints.iter().enumerate() {
            touchpoint_item(out, f, (si, ti), tp);
        }
        out.push('\n');
    }
}

pub(super) fn leftovers(out: &mut String, f: &Facts) {
    let w = f.w;
    for (title, list) in [
        (w.unscored, &f.ranking.unscored),
        (w.not_applicable, &f.ranking.not_applicable),
    ] {
        let _ = writeln!(out, "## {title}\n");
        if list.is_empty() {
            let _ = writeln!(out, "{}\n", crate::text::capital(w.none));
            continue;
        }
        for &at in list {
            let tp = f.tp(at);
            let mut line = format!("- {}: {}", esc(&f.stage(at).name), esc(&tp.name));
            if let Some(names) = f.missing_names(tp) {
                let _ = write!(line, " ({}: {names})", w.missing);
            }
            let _ = writeln!(out, "{line}");
        }
        out.push('\n');
    }
    if let Some(list) = &f.not_surveyed {
        let e = crate::i18n::evidence::evidence_words(f.lang);
        let _ = writeln!(out, "## {}\n", e.not_surveyed);
        for &at in list {
            let _ = writeln!(out, "- {}: {}", esc(&f.stage(at).name), esc(&f.tp(at).name));
        }
        out.push('\n');
    }
}

pub(super) fn method(out: &mut String, f: &Facts) {
    let _ = writeln!(out, "## {}\n", f.w.method);
    let variants = crate::i18n::robust::words(f.lang).method_text;
    for p in f.w.method_text.iter().chain(&variants) {
        let _ = writeln!(out, "{p}\n");
    }
    let _ = writeln!(out, "---\n\n{}, {}", f.w.generated, date(f.lang, f.as_of));
}
