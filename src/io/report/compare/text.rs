//! The plain-text comparison: a summary, one aligned row per touchpoint, and what changed.

use std::fmt::Write;

use super::{View, capital};
use crate::i18n::common::{quadrant_short, scale_letter};
use crate::i18n::cycle::unscored_note;
use crate::io::report::text::align;
use crate::model::compare::{Point, Row};

/// Renders the text comparison.
pub fn render(v: &View) -> String {
    let mut out = String::new();
    title(&mut out, v);
    summary(&mut out, v);
    out.push('\n');
    out.push_str(&table(v));
    legend(&mut out, v);
    changes(&mut out, v);
    done(&mut out, v);
    super::evidence::text(&mut out, v);
    out
}

fn title(out: &mut String, v: &View) {
    let h = v.heading();
    let _ = write!(out, "{}: {}", h.kind, h.title);
    let client = v.last().client.trim();
    if !client.is_empty() {
        let _ = write!(out, " — {}: {client}", v.r.client.to_lowercase());
    }
    out.push('\n');
}

/// The summary lines, shared with the Markdown report's plain list.
pub(super) fn summary_parts(v: &View) -> Vec<String> {
    let (w, s) = (v.w, v.cmp.summary);
    // How far each audit got: a half-done re-audit has fewer critical touchpoints for no
    // better reason than that.
    let scored: Vec<String> = v
        .audits
        .iter()
        .zip(&v.cmp.rankings)
        .map(|(n, r)| {
            format!(
                "{} {} {}",
                r.ranked.len(),
                v.r.of,
                n.audit.touchpoint_count()
            )
        })
        .collect();
    let mut parts = vec![format!("{} {}", v.r.scored, scored.join(" → "))];
    if s.unscored > 0 {
        let last = v.audits.last().map_or("", |n| n.name);
        parts.push(unscored_note(v.lang, last, s.unscored, s.both));
    }
    parts.extend([
        format!(
            "{} {}, {} {}, {} {}, {} {}",
            capital(w.improved),
            s.improved,
            w.worsened,
            s.worsened,
            w.unchanged,
            s.unchanged,
            w.not_comparable,
            s.not_comparable
        ),
        format!(
            "{} {}, {} {}",
            capital(w.added),
            s.added,
            w.removed,
            s.removed
        ),
        format!(
            "{} {}, {} {}; {}: {}",
            capital(w.critical_then),
            s.critical_before,
            w.critical_now,
            s.critical_after,
            w.moved.to_lowercase(),
            s.moved
        ),
    ]);
    parts
}

fn summary(out: &mut String, v: &View) {
    for line in summary_parts(v) {
        let _ = writeln!(out, "{line}.");
    }
}

fn table(v: &View) -> String {
    let lang = v.lang;
    let mut head: Vec<String> = vec![v.r.rank.into()];
    if v.is_pair() {
        head.push(v.w.was.into());
    }
    head.extend([v.r.stage.into(), v.r.touchpoint.into()]);
    head.extend(
        v.scales()
            .iter()
            .map(|&s| scale_letter(lang, s).to_string()),
    );
    head.extend(v.audits.iter().map(|n| n.name.to_string()));
    if !v.is_pair() {
        head.push(v.w.trend.into());
    }
    head.extend([
        v.w.change.into(),
        v.r.quadrant.into(),
        "!".into(),
        v.w.status.into(),
    ]);
    let range = v.priority_range();
    let mut rows = vec![head];
    for row in &v.cmp.rows {
        let (stage, tp) = v.tp(row);
        let rank = |p: Option<&Point>| p.map(|p| p.rank.to_string()).unwrap_or_default();
        let mut cells = vec![rank(row.last())];
        if v.is_pair() {
            cells.push(rank(row.first()));
        }
        cells.extend([stage.name.clone(), tp.name.clone()]);
        cells.extend(v.figures(row, range));
        cells.push(v.quadrant_short(row));
        cells.push(critical_mark(row).into());
        cells.push(v.status(row));
        rows.push(cells);
    }
    let n = v.audits.len();
    let mut right = vec![true];
    if v.is_pair() {
        right.push(true);
    }
    right.extend([false, false]);
    right.extend(v.scales().iter().map(|_| true));
    right.extend(std::iter::repeat_n(true, n));
    if !v.is_pair() {
        right.push(false);
    }
    right.push(true);
    align(&rows, &right)
}

/// `!` critical now, `!+` became critical, `!-` no longer critical.
fn critical_mark(row: &Row) -> &'static str {
    match (
        row.critical_change(),
        row.last().is_some_and(|p| p.critical),
    ) {
        (Some(true), _) => "!+",
        (Some(false), _) => "!-",
        (None, true) => "!",
        (None, false) => "",
    }
}

fn legend(out: &mut String, v: &View) {
    let marks = match v.lang {
        crate::model::Lang::En => "! critical now, !+ became critical, !- no longer critical",
        crate::model::Lang::Ru => "! критична сейчас, !+ стала критичной, !- больше не критична",
    };
    let _ = writeln!(out, "\n{} {marks}.", v.w.change_note);
}

fn changes(out: &mut String, v: &View) {
    let quadrant = |q| quadrant_short(v.lang, q).to_string();
    for (heading, items) in v.change_lists(str::to_string, str::to_string, &quadrant) {
        list(out, &heading, &items);
    }
}

fn list(out: &mut String, heading: &str, items: &[String]) {
    if items.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{heading} ({}):", items.len());
    for item in items {
        let _ = writeln!(out, "  {item}");
    }
}

fn done(out: &mut String, v: &View) {
    let first = v.audits[0].name;
    let _ = writeln!(out, "\n{} {first}:", v.w.done_actions);
    if v.cmp.done.is_empty() {
        let _ = writeln!(out, "  {}", v.w.no_done_actions);
        return;
    }
    for d in &v.cmp.done {
        let row = &v.cmp.rows[d.row];
        let tp = v.tp(row).1;
        let action = tp.action.as_ref().map(|a| a.action.as_str()).unwrap_or("");
        let outcome = v.outcome(row);
        let _ = writeln!(out, "  {}: {action} — {outcome}", tp.name);
    }
}
