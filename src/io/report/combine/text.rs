//! The plain-text combined list: one aligned row per ranked touchpoint, with how many audits
//! scored it, where it is worst and the range of its priority across them.

use std::fmt::Write;

use super::View;
use crate::i18n::common::{quadrant_short, scale_letter};
use crate::io::report::text::align;
use crate::model::Scale;

/// Renders the text combination.
pub fn render(v: &View) -> String {
    let h = v.heading();
    let mut out = format!("{}: {}", h.kind, h.title);
    let client = v.audits[0].audit.client.trim();
    if !client.is_empty() {
        let _ = write!(out, " — {}: {client}", v.r.client.to_lowercase());
    }
    out.push_str("\n\n");
    if v.c.ranked.is_empty() {
        let _ = writeln!(out, "{}", v.r.nothing_scored);
    } else {
        out.push_str(&table(v));
        let _ = writeln!(out, "\n{}", legend(v));
    }
    left_out(&mut out, v, v.r.unscored, &v.c.unscored);
    left_out(&mut out, v, v.r.not_applicable, &v.c.not_applicable);
    out
}

fn table(v: &View) -> String {
    let lang = v.lang;
    let mut head = vec![
        v.r.rank.to_string(),
        v.r.stage.into(),
        v.r.touchpoint.into(),
    ];
    head.extend(Scale::ALL.map(|s| scale_letter(lang, s).to_string()));
    head.extend([
        v.r.priority.to_string(),
        v.r.quadrant.into(),
        "!".into(),
        v.w.scored_in.into(),
        v.w.worst.into(),
        v.w.spread.into(),
    ]);
    let mut rows = vec![head];
    for (r, e) in v.ranked() {
        let (stage, tp) = v.tp(e);
        let s = r.scores;
        rows.push(vec![
            r.rank.to_string(),
            stage.name.clone(),
            tp.name.clone(),
            v.num(s.frequency),
            v.num(s.impact),
            v.num(s.satisfaction),
            v.num(r.priority),
            quadrant_short(lang, r.quadrant).to_string(),
            if r.critical { "!" } else { "" }.to_string(),
            v.scored_of(e),
            v.worst(e).to_string(),
            v.priority_range(e),
        ]);
    }
    let right = [
        true, false, false, true, true, true, true, false, false, true, false, true,
    ];
    align(&rows, &right)
}

fn legend(v: &View) -> String {
    match v.lang {
        crate::model::Lang::En => format!(
            "{} {}: how many audits fully scored it, of all given; {}: the audit where its \
             priority is highest; {}: its lowest and highest priority across them. ! critical.",
            v.w.combine_note, v.w.scored_in, v.w.worst, v.w.spread
        ),
        crate::model::Lang::Ru => format!(
            "{} {}: сколько аудитов оценили точку полностью, из всех; {}: аудит, где её \
             приоритет выше всего; {}: её наименьший и наибольший приоритет по ним. ! критично.",
            v.w.combine_note, v.w.scored_in, v.w.worst, v.w.spread
        ),
    }
}

fn left_out(out: &mut String, v: &View, heading: &str, list: &[usize]) {
    if list.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{heading} ({}):", list.len());
    for &i in list {
        let (stage, tp) = v.tp(&v.c.entries[i]);
        let _ = writeln!(out, "  {} / {}", stage.name, tp.name);
    }
}
