//! The scoring card as a list of rows: what the touchpoint is, what to ask, and what each score
//! means. The rows are made here, from the state and the card's size, and the view only styles
//! and draws them, so a click maps to a row (and so to a score) by the very rows on screen.

use crate::i18n::common::{action_status_name, scale_meaning, scale_name, scale_question};
use crate::i18n::evidence::level_mark;
use crate::i18n::num;
use crate::i18n::ui::{T, t};
use crate::model::disagreement::Disagreement;
use crate::model::{Lang, Scale, Touchpoint};
use crate::text::wrap;

use crate::app::state::Walk;
use crate::app::walk::row::flowed;
pub use crate::app::walk::row::{Role, Row, RowKind};

/// The card's rows for an inner area of `width`×`height`, always in one order: the scales,
/// then the measurements and the customers' answers, the plan, description, guiding questions
/// and notes. When the full card would not fit,
/// the scales other than the active one shrink to one line (their value stays); when even that
/// leaves no room beside the disagreement grid, which shows every value, they give way to it
/// and the active scale goes without its question, so the grid and the active scale's values
/// fit on a small screen together. Whatever is still taller than the card is scrolled to ([`window`]),
/// never cut.
pub fn rows(w: &Walk, lang: Lang, (width, height): (usize, usize)) -> Vec<Row> {
    let Some(tp) = w.selected() else {
        return Vec::new();
    };
    let mut about = about(tp, lang, width);
    let mut evidence = super::card_evidence::rows(w, tp, lang, width);
    let full: usize = Scale::ALL
        .iter()
        .map(|s| scale_rows(w, tp, *s, lang, (false, true, width)).len())
        .sum();
    let grid = grid_rows(w, tp, lang, width);
    let mut turn = turn_rows(w, tp, lang, width);
    // The evidence in a line under whose turn it is, so it is in sight without scrolling.
    turn.extend(super::card_evidence::summary(w, tp, lang, width));
    let above = turn.len() + previous_rows(w, lang, width).len() + grid.len();
    let compact = about.len() + evidence.len() + above + full > height;
    // Compact scales: the active one whole, the others a line each.
    let scales: usize = Scale::ALL
        .iter()
        .map(|s| scale_rows(w, tp, *s, lang, (*s != w.scale, true, width)).len())
        .sum();
    let tight = compact && !grid.is_empty() && above + scales > height;
    let mut out = Vec::new();
    if tp.not_applicable {
        out.push(Row::text(t(lang, T::NotApplicableLong), Role::Warning));
    }
    out.extend(turn);
    // Last time's standing before the scales, so it is in sight while scoring (and `L` hides
    // it when the room should not see it).
    out.extend(previous_rows(w, lang, width));
    // Everyone's ratings side by side, where the room compares them.
    out.extend(grid);
    for scale in Scale::ALL {
        let short = compact && scale != w.scale;
        if !(tight && short) {
            out.extend(scale_rows(w, tp, scale, lang, (short, !tight, width)));
        }
    }
    out.extend(why_rows(w, lang, width));
    // What the scores rest on, beside them: the measurements and the customers' answers.
    out.append(&mut evidence);
    out.append(&mut about);
    out
}

/// The rows a card of `height` lines shows from row `scroll` on: a line saying how many rows
/// are above stands first when any are, one saying how many are below last.
pub fn window(rows: Vec<Row>, lang: Lang, height: usize, scroll: usize) -> Vec<Row> {
    if rows.len() <= height || height < 3 {
        return rows.into_iter().take(height).collect();
    }
    let len = rows.len();
    let first = scroll.min(max_scroll(len, height));
    let mut room = height - usize::from(first > 0);
    let below = len - first > room;
    room -= usize::from(below);
    let mut out = Vec::with_capacity(height);
    if first > 0 {
        out.push(more(lang, "▲", first));
    }
    out.extend(rows.into_iter().skip(first).take(room));
    if below {
        out.push(more(lang, "▼", len - first - room));
    }
    out
}

/// The furthest a card of `len` rows scrolls in `height` lines: its last row on the last line.
pub fn max_scroll(len: usize, height: usize) -> usize {
    if len <= height || height < 3 {
        0
    } else {
        len + 1 - height
    }
}

fn more(lang: Lang, arrow: &str, n: usize) -> Row {
    Row::text(
        format!("{arrow} {}", crate::i18n::ui::more(lang, n)),
        Role::Dim,
    )
}

/// In a workshop (two participants or more), whose turn it is and who has scored the
/// touchpoint (✓ all three scales, … some, · none), after the modes that are on.
fn turn_rows(w: &Walk, tp: &Touchpoint, lang: Lang, width: usize) -> Vec<Row> {
    if w.audit.participants.len() < 2 {
        return Vec::new();
    }
    let mut pieces = Vec::new();
    let modes: Vec<&str> = [(w.blind(), T::Blind), (w.round_robin(), T::RoundRobin)]
        .into_iter()
        .filter(|(on, _)| *on)
        .map(|(_, m)| t(lang, m))
        .collect();
    if !modes.is_empty() {
        pieces.push((format!("[{}] ", modes.join(", ")), Role::Warning));
    }
    pieces.push((format!("{}:", t(lang, T::Turn)), Role::Heading));
    for (i, p) in w.audit.participants.iter().enumerate() {
        let rating = tp.rating(&p.id);
        let n = Scale::ALL
            .iter()
            .filter(|s| rating.and_then(|r| r.get(**s)).is_some())
            .count();
        let mark = match n {
            3 => "✓",
            0 => "·",
            _ => "…",
        };
        let (arrow, role) = if i == w.participant {
            ("▶", Role::ActiveScale)
        } else {
            ("", Role::Plain)
        };
        pieces.push((format!("  {arrow}{} {mark}", p.name), role));
    }
    flowed(pieces, width)
}

/// In a workshop, the disagreement grid of the touchpoint once anyone has rated it: nothing
/// while blind and not revealed (the turn row says who has scored).
fn grid_rows(w: &Walk, tp: &Touchpoint, lang: Lang, width: usize) -> Vec<Row> {
    let hidden = w.at().is_none_or(|at| w.hidden(at));
    if w.audit.participants.len() < 2 || hidden {
        return Vec::new();
    }
    let people = (w.audit.participants.iter()).map(|p| (p.id.as_str(), p.name.as_str()));
    let d = Disagreement::of(tp, people);
    if !d.rated() {
        return Vec::new();
    }
    crate::app::walk::grid::rows(&d, lang, width, Some(w.participant))
}

/// Why a ranked touchpoint ranks where it does (the list's line, with its numbers); nothing
/// while blind.
fn why_rows(w: &Walk, lang: Lang, width: usize) -> Vec<Row> {
    let Some(at) = w.at().filter(|at| !w.hidden(*at)) else {
        return Vec::new();
    };
    let Some(r) = w.ranking.ranked(at) else {
        return Vec::new();
    };
    let why = crate::i18n::views::why_rank(lang, r, w.ranking.ranking().crosshair);
    let sure = w.sure_line(at, lang).unwrap_or_default();
    (wrap(&why, width).into_iter())
        .chain(wrap(&sure, width))
        .map(|l| Row::text(l, Role::Heading))
        .collect()
}

/// Last time's effective scores, priority, rank and quadrant of the touchpoint, matched in the
/// audit this one follows; nothing when there is none, when they are hidden by their key, or
/// while blind.
fn previous_rows(w: &Walk, lang: Lang, width: usize) -> Vec<Row> {
    use crate::i18n::common::{critical_word, quadrant_short, scale_letter};
    use crate::model::compare::Standing;
    let Some(at) = w.at().filter(|at| w.shows_previous(*at)) else {
        return Vec::new();
    };
    let Some(p) = w.previous.as_ref() else {
        return Vec::new();
    };
    let head = format!("{} ({}):", t(lang, T::LastTime), p.name);
    let mut pieces = vec![(head, Role::Heading)];
    match p
        .row(at)
        .and_then(|r| r.standing.first().copied().flatten())
    {
        Some(Standing::Ranked(point)) => {
            let s = &point.scores;
            let scores: Vec<String> = Scale::ALL
                .iter()
                .map(|sc| format!("{} {}", scale_letter(lang, *sc), num(lang, s.get(*sc))))
                .collect();
            pieces.push((format!(" {}", scores.join(" ")), Role::Plain));
            let priority = t(lang, T::PriorityWord);
            let text = format!(
                " · #{} {priority} {}",
                point.rank,
                num(lang, point.priority)
            );
            pieces.push((text, Role::Plain));
            let quadrant = quadrant_short(lang, point.quadrant);
            pieces.push((format!(" · {quadrant}"), Role::Dim));
            if point.critical {
                pieces.push((format!(" · {}", critical_word(lang)), Role::Warning));
            }
        }
        Some(Standing::Unscored) => {
            pieces.push((format!(" {}", t(lang, T::NotScoredThen)), Role::Dim));
        }
        Some(Standing::NotApplicable) => {
            pieces.push((format!(" {}", t(lang, T::HintNa)), Role::Dim));
        }
        None => pieces.push((format!(" {}", t(lang, T::NotThen)), Role::Dim)),
    }
    flowed(pieces, width)
}

/// The score a click on row `index` of the card gives, if that row is a value.
pub fn hit(rows: &[Row], index: usize) -> Option<(Scale, u8)> {
    match rows.get(index)?.kind {
        RowKind::ScaleValue(scale, v) => Some((scale, v)),
        _ => None,
    }
}

/// The plan, description, guiding questions and notes, wrapped to the width.
fn about(tp: &Touchpoint, lang: Lang, width: usize) -> Vec<Row> {
    // The plan first: once decided, it matters more than the description, and stays visible
    // when a short card is cut.
    let mut out = action_rows(tp, lang, width);
    out.extend(
        wrap(&tp.description, width)
            .into_iter()
            .map(|l| Row::text(l, Role::Plain)),
    );
    if !tp.questions.is_empty() {
        out.push(Row::text(t(lang, T::Questions), Role::Heading));
        for q in &tp.questions {
            let lines = wrap(&format!("• {q}"), width);
            out.extend(lines.into_iter().map(|l| Row::text(l, Role::Plain)));
        }
    }
    // The notes in full, as far as the card has room: they are what the room said.
    if !tp.notes.trim().is_empty() {
        out.push(Row::text(t(lang, T::Notes), Role::Heading));
        out.extend(
            wrap(&tp.notes, width)
                .into_iter()
                .map(|l| Row::text(l, Role::Dim)),
        );
    }
    out
}

/// A touchpoint's plan: status, what, who, when, wrapped at whole words; then the KPI.
fn action_rows(tp: &Touchpoint, lang: Lang, width: usize) -> Vec<Row> {
    let Some(a) = tp.action.as_ref().filter(|a| !a.is_empty()) else {
        return Vec::new();
    };
    let what: Vec<&str> = [&a.action, &a.owner, &a.due]
        .into_iter()
        .map(String::as_str)
        .filter(|s| !s.is_empty())
        .collect();
    // The status leads, so the state of the plan is read first.
    let status = action_status_name(lang, a.status);
    let label = format!("{} ({status}):", t(lang, T::ActionLabel));
    let text = format!("{label} {}", what.join(" · "));
    let mut out: Vec<Row> = wrap(&text, width)
        .into_iter()
        .enumerate()
        .map(|(i, line)| match line.strip_prefix(&label) {
            Some(rest) if i == 0 => Row {
                kind: RowKind::Text,
                pieces: vec![
                    (label.clone(), Role::Heading),
                    (rest.to_string(), Role::Plain),
                ],
            },
            _ => Row::text(line, Role::Plain),
        })
        .collect();
    if !a.kpi.is_empty() {
        let kpi = match (a.kpi_current.as_str(), a.kpi_target.as_str()) {
            ("", "") => a.kpi.clone(),
            (now, target) => format!("{}: {now} → {target}", a.kpi),
        };
        out.extend(
            wrap(&kpi, width)
                .into_iter()
                .map(|l| Row::text(l, Role::Dim)),
        );
    }
    out
}

/// A scale's rows: its name (with the value, when `short`), else its question (when `ask`) and
/// one row per value.
fn scale_rows(
    w: &Walk,
    tp: &Touchpoint,
    scale: Scale,
    lang: Lang,
    (short, ask, width): (bool, bool, usize),
) -> Vec<Row> {
    // Recording the agreed values, the marks show those instead of the participant's. A
    // touchpoint marked not applicable has no value: its ratings are kept, unselected, for
    // when the mark is taken off.
    let mine = if tp.not_applicable {
        None
    } else if w.agreeing {
        tp.agreed(scale)
    } else {
        w.participant_id()
            .and_then(|p| tp.rating(p))
            .and_then(|r| r.get(scale))
    };
    // Blind: a rating shows only that it was given, so the room cannot be anchored by it.
    let hidden = w.at().is_some_and(|at| w.hidden(at));
    let active = scale == w.scale;
    let role = if active {
        Role::ActiveScale
    } else {
        Role::Heading
    };
    let arrow = if active { "▶" } else { " " };
    let mut head = vec![(format!("{arrow} {}", scale_name(lang, scale)), role)];
    if w.agreeing {
        head.push((format!(" ({})", t(lang, T::AgreedLabel)), Role::Warning));
    }
    if short {
        let value = match mine {
            None => "·".to_string(),
            Some(_) if hidden => "✓".to_string(),
            Some(v) => format!("{v} {}", scale_meaning(lang, scale, v)),
        };
        head.push((format!(": {value}"), Role::Plain));
    }
    head.extend(level_piece(w, tp, scale, lang, width, &head));
    let mut out = vec![Row {
        kind: RowKind::ScaleHead(scale),
        pieces: head,
    }];
    if short {
        return out;
    }
    // The question on lines of its own, so that it is read whole.
    let question = if ask { scale_question(lang, scale) } else { "" };
    for l in wrap(question, width.saturating_sub(2)) {
        out.push(Row::text(format!("  {l}"), Role::Dim));
    }
    for v in 1..=5u8 {
        let marked = mine == Some(v) && !hidden;
        let dot = if marked { "●" } else { " " };
        let text = format!(" {dot} {v} {}", scale_meaning(lang, scale, v));
        out.push(Row {
            kind: RowKind::ScaleValue(scale, v),
            pieces: vec![(text, if marked { Role::Marked } else { Role::Plain })],
        });
    }
    out
}

/// What a scale's score rests on, after its name: ` (measured)`, or ` (assumed?)` styled as a
/// guess; a shorter word, or only the `?` of a guess, when the line has no room for the word.
/// Nothing while the audit records no evidence at all.
fn level_piece(
    w: &Walk,
    tp: &Touchpoint,
    scale: Scale,
    lang: Lang,
    width: usize,
    head: &[(String, Role)],
) -> Option<(String, Role)> {
    // Until the audit records some evidence every score is a guess: saying so on every line
    // would be noise, and the card reads as it always has.
    if !crate::model::evidence::recorded(&w.audit) {
        return None;
    }
    let level = tp.evidence.get(scale);
    let used: usize = head.iter().map(|(t, _)| crate::text::width(t)).sum();
    let role = if level.is_assumed() {
        Role::Guess
    } else {
        Role::Dim
    };
    let fits = |word: &String| used + crate::text::width(word) <= width;
    let word = [false, true]
        .map(|short| format!(" ({})", level_mark(lang, level, short)))
        .into_iter()
        .find(fits)
        .or_else(|| level.is_assumed().then(|| " ?".to_string()).filter(fits))?;
    Some((word, role))
}
