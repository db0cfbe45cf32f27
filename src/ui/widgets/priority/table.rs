//! The table of the priority list: header, visible rows only, and the marks legend.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::{Columns, PriorityView, Window, header, partial_scores, put_cells};
use crate::app::analysis::list_nav::{Line, Rows};
use crate::i18n::common::quadrant_short;
use crate::i18n::num;
use crate::i18n::views::words;
use crate::model::{Frac, Scale, TpRef, score};
use crate::text::fit;
use crate::ui::widgets::{lookup, put};

/// Draws the table; `legend_rows` (0 or 1) at the bottom explain the mark columns.
pub(super) fn render(view: &PriorityView, area: Rect, legend_rows: u16, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let rows = Rows::new(view.ranking);
    let cols = Columns::new(area.width.into(), rows.items(), view.lang);
    let h = header(view.lang);
    let cells: Vec<(String, Style)> = cols
        .row(
            [&h[0], &h[1], &h[2], &h[3], &h[4], &h[5], &h[6], &h[7]],
            "!⚑",
        )
        .into_iter()
        .map(|(text, _)| (text, view.theme.list.header))
        .collect();
    put_cells(buf, area, area.y, &cells);
    let window = Window::new(view, &rows, area, legend_rows, buf);
    let (offset, list_height) = (window.offset, window.height);
    for (y, row) in window.shown {
        if let Some(line) = rows.line(row) {
            draw_line(view, &cols, line, Rect::new(area.x, y, area.width, 1), buf);
        }
    }
    // Rows above and below what the table shows are counted on its last line, at the right.
    let below = rows.len().saturating_sub(offset + usize::from(list_height));
    let signs = format!(
        "{}{}",
        crate::ui::more_sign(view.lang, true, offset),
        crate::ui::more_sign(view.lang, false, below)
    );
    let signs_width = crate::text::width(&signs);
    let last = area.bottom() - 1;
    if legend_rows > 1 {
        let why = why_selected(view, &rows, area.width.into());
        let why = fit(&why, area.width.into());
        put(buf, area, area.x, last - 1, &why, view.theme.list.heading);
    }
    if legend_rows > 0 {
        let room = usize::from(area.width).saturating_sub(signs_width + 1);
        let legend = marks_legend(view, room);
        put(buf, area, area.x, last, &legend, view.theme.list.dim);
    }
    if signs_width > 0 && signs_width <= usize::from(area.width) {
        let x = area.right() - signs_width as u16;
        put(buf, area, x, last, &signs, view.theme.list.heading);
    }
}

/// The legend of the marks in `room` columns; `=3` is explained while the list shows an agreed
/// value: its pieces set three spaces apart, or two when that is what fits, and a legend still
/// too long is cut after a whole word.
fn marks_legend(view: &PriorityView, room: usize) -> String {
    let w = words(view.lang);
    let agreed = view.ranking.ranked.iter().any(|r| {
        lookup(view.audit, r.at).is_some_and(|(_, t)| t.agreed.is_some_and(|a| !a.is_empty()))
    });
    if !agreed {
        return fit(w.marks_legend, room);
    }
    let wide = format!("{}   {}", w.marks_legend, w.marks_agreed);
    if crate::text::width(&wide) <= room {
        return wide;
    }
    let narrow = format!(
        "{}  {}",
        w.marks_legend.replace("   ", "  "),
        w.marks_agreed
    );
    crate::text::cut_at_word(&narrow, room)
}

/// Why the selected row is where it is: its numbers in the formula, the critical rule and the
/// quadrant rule.
fn why_selected(view: &PriorityView, rows: &Rows, width: usize) -> String {
    if rows.items() == 0 {
        return String::new();
    }
    let item = view.state.selected.min(rows.items() - 1);
    match rows.line(rows.row_of(item)) {
        Some(Line::Ranked(i)) => {
            let why = crate::i18n::views::why_rank(
                view.lang,
                &view.ranking.ranked[i],
                view.ranking.crosshair,
            );
            match &view.sure {
                // Where the whole line does not fit, the rank range keeps its place and the
                // rules, which the row's own marks and quadrant already show, give way.
                Some(sure) if crate::text::width(&why) + 3 + crate::text::width(sure) > width => {
                    let formula = why.split(" · ").next().unwrap_or(&why);
                    format!("{formula} · {sure}")
                }
                Some(sure) => format!("{why} · {sure}"),
                None => why,
            }
        }
        Some(Line::Unscored(_)) => words(view.lang).why_unscored.to_string(),
        Some(Line::NotApplicable(_)) => words(view.lang).why_not_applicable.to_string(),
        _ => String::new(),
    }
}

fn draw_line(view: &PriorityView, cols: &Columns, line: Line, row: Rect, buf: &mut Buffer) {
    let (w, styles, ranking) = (words(view.lang), &view.theme.list, view.ranking);
    let heading = |text: &str, n: usize| format!("{text} ({n})");
    match line {
        Line::Gap => {}
        Line::NothingRanked => {
            let text = view.empty.unwrap_or(w.nothing_scored);
            put(buf, row, row.x, row.y, text, styles.dim);
        }
        Line::UnscoredHeading => {
            let text = heading(w.not_scored_yet, ranking.unscored.len());
            put(buf, row, row.x, row.y, &text, styles.heading);
        }
        Line::NotApplicableHeading => {
            let text = heading(w.not_applicable, ranking.not_applicable.len());
            put(buf, row, row.x, row.y, &text, styles.heading);
        }
        Line::Ranked(i) => draw_ranked(view, cols, i, row, buf),
        Line::Unscored(i) => {
            let [f, s_i, s] = partial_scores(view.lang, view.audit, ranking.unscored[i], view.from);
            let cells = [f.as_str(), s_i.as_str(), s.as_str(), "", ""];
            draw_other(view, cols, ranking.unscored[i], cells, row, buf);
        }
        Line::NotApplicable(i) => {
            let cells = ["", "", "", "", w.not_applicable_short];
            draw_other(view, cols, ranking.not_applicable[i], cells, row, buf);
        }
    }
}

fn draw_ranked(view: &PriorityView, cols: &Columns, i: usize, row: Rect, buf: &mut Buffer) {
    let r = &view.ranking.ranked[i];
    let (stage, name) = lookup(view.audit, r.at).map_or(("", ""), |(s, t)| (&s.name, &t.name));
    let tp = lookup(view.audit, r.at).map(|(_, t)| t);
    // A value the room agreed is marked `=3`, as the walk's grid and every report mark it.
    let scores = [r.scores.frequency, r.scores.impact, r.scores.satisfaction]
        .into_iter()
        .zip(Scale::ALL)
        // Only where the value shown is the agreed one: the customers' ranking shows their
        // mean as satisfaction, whatever the room agreed.
        .map(|(v, s)| match tp.and_then(|t| t.agreed(s)) {
            Some(agreed) if Frac::int(i64::from(agreed)) == v => format!("={agreed}"),
            _ => num(view.lang, v),
        })
        .collect::<Vec<_>>();
    let spread = lookup(view.audit, r.at).and_then(|(_, t)| score::discussion_spread(t));
    let marks = format!(
        "{}{}",
        if r.critical { "!" } else { " " },
        spread.map_or(String::new(), |d| format!("⚑{d}"))
    );
    let rank = r.rank.to_string();
    let prio = num(view.lang, r.priority);
    let quadrant = quadrant_short(view.lang, r.quadrant);
    let cells = [
        rank.as_str(),
        stage,
        name,
        &scores[0],
        &scores[1],
        &scores[2],
        &prio,
        quadrant,
    ];
    let styled: Vec<(String, Style)> = (cols.row(cells, &marks).into_iter())
        .map(|(text, col)| {
            let style = match col {
                0 | 6 if r.critical => view.theme.list.critical,
                7 => view.theme.quadrant(r.quadrant),
                8 => view.theme.list.critical,
                _ => Style::new(),
            };
            (text, style)
        })
        .collect();
    put_cells(buf, row, row.y, &styled);
}

/// An unscored or not-applicable row: no rank, no priority; `cells` are F, I, S, priority and
/// the quadrant column.
fn draw_other(
    view: &PriorityView,
    cols: &Columns,
    at: TpRef,
    cells: [&str; 5],
    row: Rect,
    buf: &mut Buffer,
) {
    let (stage, tp) = match lookup(view.audit, at) {
        Some((s, t)) => (s.name.as_str(), Some(t)),
        None => ("", None),
    };
    let name = tp.map_or("", |t| t.name.as_str());
    let spread = tp.and_then(score::discussion_spread);
    let marks = spread.map_or(String::new(), |d| format!(" ⚑{d}"));
    let [f, i, s, prio, quadrant] = cells;
    let styled: Vec<(String, Style)> = (cols
        .row(["–", stage, name, f, i, s, prio, quadrant], &marks))
    .into_iter()
    .map(|(text, col)| {
        let style = if col == 8 {
            view.theme.list.critical
        } else {
            view.theme.list.dim
        };
        (text, style)
    })
    .collect();
    put_cells(buf, row, row.y, &styled);
}
