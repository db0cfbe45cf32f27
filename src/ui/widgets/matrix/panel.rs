//! The matrix side panel: the legend (rank → touchpoint) and the selected mark's details.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use ratatui::style::Style;

use super::{FREQUENCY_GLYPHS, MatrixView, crosshair_label, glyph};
use crate::i18n::common::{quadrant_name, scale_letter, scale_name};
use crate::i18n::num;
use crate::i18n::views::{critical_reason, words};
use crate::model::{Lang, Ranked, Scale, voice};
use crate::text::{first_line, fit, pad, wrap_lines};
use crate::ui::widgets::{lookup, put};

/// Draws the panel: a separator on its left edge, then header, legend list and details.
pub(super) fn render(view: &MatrixView, area: Rect, buf: &mut Buffer) {
    for y in area.top()..area.bottom() {
        put(buf, area, area.x, y, "│", view.theme.matrix.axis);
    }
    if area.width < 4 {
        return;
    }
    let body = Rect::new(area.x + 2, area.y, area.width - 3, area.height);
    let n = view.ranking.ranked.len();
    let legend = marks_legend(view.lang, body.width.into());
    let header = if body.height >= 8 {
        2 + legend.len() as u16
    } else {
        0
    };
    let list_min = n.min(3) as u16;
    let details = body.height.saturating_sub(header + list_min).min(9);
    let list = body.height - header - details;
    if header > 0 {
        draw_header(
            view,
            &legend,
            Rect::new(body.x, body.y, body.width, header),
            buf,
        );
    }
    draw_list(
        view,
        Rect::new(body.x, body.y + header, body.width, list),
        buf,
    );
    let details_area = Rect::new(body.x, body.y + header + list, body.width, details);
    draw_details(view, details_area, buf);
}

/// What the list's `!` and `⚑` mean and that the critical touchpoints come first: on one line
/// when it fits, else on two.
fn marks_legend(lang: Lang, width: usize) -> Vec<String> {
    let w = words(lang);
    let one = format!("{}  {}", w.legend_critical, w.legend_discussion);
    match crate::text::width(&one) <= width {
        true => vec![one],
        false => vec![w.legend_critical.into(), w.legend_discussion.into()],
    }
}

fn draw_header(view: &MatrixView, marks: &[String], area: Rect, buf: &mut Buffer) {
    let lang = view.lang;
    let cross = crosshair_label(lang, view.mode, &view.ranking.crosshair);
    put(
        buf,
        area,
        area.x,
        area.y,
        &fit(&cross, area.width.into()),
        view.theme.matrix.title,
    );
    let weights: Vec<String> = (FREQUENCY_GLYPHS.iter().enumerate())
        .map(|(i, g)| format!("{g}{}", i + 1))
        .collect();
    let legend = format!(
        "{}: {}",
        scale_name(lang, Scale::Frequency),
        weights.join(" ")
    );
    put(
        buf,
        area,
        area.x,
        area.y + 1,
        &fit(&legend, area.width.into()),
        view.theme.matrix.dim,
    );
    for (y, line) in (area.y + 2..area.bottom()).zip(marks) {
        put(
            buf,
            area,
            area.x,
            y,
            &fit(line, area.width.into()),
            view.theme.matrix.dim,
        );
    }
}

/// As many legend lines as fit, in rank order, in a window that keeps the selection visible.
fn draw_list(view: &MatrixView, area: Rect, buf: &mut Buffer) {
    let ranked = &view.ranking.ranked;
    let rows = usize::from(area.height);
    if rows == 0 || ranked.is_empty() {
        return;
    }
    let selected = view.state.current(view.ranking);
    let sel = selected.unwrap_or(0);
    // A list longer than the room keeps its last line to say how many more there are.
    let cut = ranked.len() > rows && rows >= 2;
    let rows = if cut { rows - 1 } else { rows };
    let start = sel
        .saturating_sub(rows / 2)
        .min(ranked.len().saturating_sub(rows));
    if cut {
        let below = ranked.len() - (start + rows);
        let (arrow, n) = if below > 0 {
            ("▼", below)
        } else {
            ("▲", start)
        };
        let text = format!("{arrow} {}", crate::i18n::ui::more(view.lang, n));
        let y = area.y + rows as u16;
        put(
            buf,
            area,
            area.x,
            y,
            &fit(&text, area.width.into()),
            view.theme.matrix.dim,
        );
    }
    let rank_w = ranked.len().to_string().len();
    for (line, (i, r)) in ranked.iter().enumerate().skip(start).take(rows).enumerate() {
        let y = area.y + line as u16;
        let name = lookup(view.audit, r.at).map_or("", |(_, t)| t.name.as_str());
        let flag = match (r.critical, r.needs_discussion) {
            (true, _) => "!",
            (false, true) => "⚑",
            _ => " ",
        };
        let prefix = format!("{:>rank_w$} ", r.rank);
        let is_selected = Some(i) == selected;
        let text_style = if is_selected {
            view.theme.selected
        } else {
            Style::new()
        };
        let glyph_style = if is_selected {
            view.theme.selected
        } else {
            view.theme.quadrant_accent(r.quadrant)
        };
        let mut x = put(buf, area, area.x, y, &prefix, text_style);
        x = put(buf, area, x, y, glyph(r.scores.frequency), glyph_style);
        x = put(
            buf,
            area,
            x,
            y,
            flag,
            text_style.patch(view.theme.matrix.critical),
        );
        let room = usize::from(area.right().saturating_sub(x + 1));
        put(
            buf,
            area,
            x,
            y,
            &format!(" {}", pad(name, room)),
            text_style,
        );
    }
}

/// The selected mark in full: name, stage, scores, quadrant, flags and the first line of notes.
fn draw_details(view: &MatrixView, area: Rect, buf: &mut Buffer) {
    let Some(r) = view
        .state
        .current(view.ranking)
        .map(|i| &view.ranking.ranked[i])
    else {
        return;
    };
    let Some((stage, tp)) = lookup(view.audit, r.at) else {
        return;
    };
    let w = usize::from(area.width);
    let styles = &view.theme.matrix;
    let mut lines: Vec<(String, Style)> = vec![
        ("─".repeat(w), styles.axis),
        (format!("#{} {}", r.rank, tp.name), styles.title),
        (stage.name.clone(), styles.dim),
    ];
    lines.extend(
        scores_lines(view, r, w)
            .into_iter()
            .map(|l| (l, Style::new())),
    );
    // What customers answered, beside the team's score or as the satisfaction shown.
    if let Some(c) = voice::customers(tp).filter(voice::Customers::enough) {
        let words = crate::i18n::evidence::evidence_words(view.lang);
        let text = format!(
            "{} {} (n = {})",
            words.customers,
            num(view.lang, c.mean),
            c.n
        );
        lines.push((text, styles.dim));
    }
    lines.push((
        quadrant_name(view.lang, r.quadrant).to_string(),
        view.theme.quadrant_accent(r.quadrant),
    ));
    if let Some(was) = view.was {
        let last = crate::i18n::ui::t(view.lang, crate::i18n::ui::T::LastTime);
        let priority = words(view.lang).priority;
        let text = format!(
            "{}{} {last}: #{} {priority} {}",
            super::plot::WAS_GLYPH,
            r.rank,
            was.rank,
            num(view.lang, was.priority)
        );
        lines.push((text, styles.dim));
    }
    for flag in flags(view, r) {
        lines.push((flag, styles.critical));
    }
    let room = usize::from(area.height).saturating_sub(lines.len());
    for line in wrap_lines(first_line(&tp.notes), w, room.min(3)) {
        lines.push((line, styles.dim));
    }
    for (y, (text, style)) in (area.top()..area.bottom()).zip(lines) {
        put(buf, area, area.x, y, &fit(&text, w), style);
    }
}

/// `F 4  I 5  S 2.7  priority 65.8` on one line of `width`, or the priority on a line of its
/// own where one line would cut its number.
fn scores_lines(view: &MatrixView, r: &Ranked, width: usize) -> Vec<String> {
    let lang = view.lang;
    let parts: Vec<String> = Scale::ALL
        .iter()
        .map(|&s| format!("{} {}", scale_letter(lang, s), num(lang, r.scores.get(s))))
        .collect();
    let scores = parts.join("  ");
    let priority = format!("{} {}", words(lang).priority, num(lang, r.priority));
    let one = format!("{scores}  {priority}");
    if crate::text::width(&one) <= width {
        vec![one]
    } else {
        vec![scores, priority]
    }
}

/// The selected touchpoint's flags, a line each: why it is critical, that it needs discussion.
fn flags(view: &MatrixView, r: &Ranked) -> Vec<String> {
    let mut flags = Vec::new();
    if r.critical {
        flags.push(critical_reason(view.lang, r));
    }
    if r.needs_discussion {
        flags.push(words(view.lang).needs_discussion.to_string());
    }
    flags
}
