//! The plot of the matrix: axes, quadrant tints and names, the crosshair and the marks.

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::{self as matrix, MatrixView, glyph};
use crate::app::analysis::matrix_nav::{Grid, lay_out};
use crate::app::analysis::matrix_place::{self as place, Layout, Occupied, Placed, label_text};
use crate::i18n::common::scale_name;
use crate::i18n::views::words;
use crate::model::Scale;
use crate::model::compare::Point;
use crate::text::{fit, width};
use crate::ui::widgets::{paint, put};

/// Draws the plot into `area`: nothing when it is too small to read.
/// `crosshair_label`: whether the title row names the crosshair (the panel does when shown).
pub(super) fn render(view: &MatrixView, area: Rect, crosshair_label: bool, buf: &mut Buffer) {
    let Some(grid) = Grid::new(area, view.ranking.crosshair) else {
        return;
    };
    draw_background(view, &grid, buf);
    draw_axes(view, &grid, area, crosshair_label, buf);
    let layout: Cow<Layout> = match view.layout {
        Some(layout) => Cow::Borrowed(layout),
        None => Cow::Owned(lay_out(view.lang, view.ranking, &grid)),
    };
    for t in &layout.titles {
        let q = t.quadrant;
        let style = (view.theme.quadrant_area(q).area).patch(view.theme.quadrant_accent(q));
        put(buf, grid.cells, t.x, t.y, &t.text, style);
    }
    for p in &layout.marks {
        draw_mark(view, p, buf);
    }
    // Old positions go where nothing is: on a copy of the layout's cells.
    let mut occupied = layout.occupied.clone();
    draw_before(view, &grid, &mut occupied, buf);
    if view.ranking.ranked.is_empty() {
        let text = fit(
            words(view.lang).nothing_scored,
            usize::from(grid.cells.width),
        );
        let x = grid.cells.x + (grid.cells.width - width(&text) as u16) / 2;
        let y = grid.cells.y + grid.cells.height / 2;
        put(buf, grid.cells, x, y, &text, view.theme.matrix.title);
    }
}

fn draw_background(view: &MatrixView, grid: &Grid, buf: &mut Buffer) {
    let c = grid.cells;
    for y in c.top()..c.bottom() {
        for x in c.left()..c.right() {
            let look = view.theme.quadrant_area(grid.quadrant_at(x, y));
            let every = look.fill_every;
            let stagger = if y.is_multiple_of(2) { 0 } else { every / 2 };
            let filled = every > 0 && (x - c.x + stagger).is_multiple_of(every);
            let mut fill = [0u8; 4];
            let symbol = match (x == grid.cross_x, y == grid.cross_y) {
                (true, true) => "┼",
                (true, false) => "│",
                (false, true) => "─",
                _ if filled => look.fill.encode_utf8(&mut fill),
                _ => " ",
            };
            let style = if x == grid.cross_x || y == grid.cross_y {
                look.area.patch(view.theme.matrix.crosshair)
            } else {
                look.area
            };
            paint(buf, c, x, y, Some(symbol), style);
        }
    }
}

fn draw_axes(view: &MatrixView, grid: &Grid, area: Rect, label: bool, buf: &mut Buffer) {
    let (c, axis) = (grid.cells, view.theme.matrix.axis);
    let ticks: Vec<(u16, u16, String)> = (1..=5)
        .map(|v| {
            (
                grid.col(f64::from(v)),
                grid.row(f64::from(v)),
                v.to_string(),
            )
        })
        .collect();
    for y in c.top()..c.bottom() {
        let tick = ticks.iter().find(|t| t.1 == y);
        let line = if tick.is_some() { "┤" } else { "│" };
        put(buf, area, area.x + 1, y, line, axis);
        if let Some((_, _, label)) = tick {
            put(buf, area, area.x, y, label, axis);
        }
    }
    put(buf, area, area.x + 1, c.bottom(), "└", axis);
    for x in c.left()..c.right() {
        let tick = ticks.iter().find(|t| t.0 == x);
        let symbol = match tick {
            Some((_, _, label)) => label.as_str(),
            None if x == grid.cross_x => "┴",
            None => "─",
        };
        put(buf, area, x, c.bottom(), symbol, axis);
    }
    let lang = view.lang;
    let y_title = format!("↑ {}", scale_name(lang, Scale::Impact));
    let after = put(buf, area, area.x, area.y, &y_title, view.theme.matrix.title);
    let cross = matrix::crosshair_label(lang, view.mode, &view.ranking.crosshair);
    let room = c.right().saturating_sub(after + 2);
    if label && usize::from(room) >= width(&cross) {
        let x = c.right() - width(&cross) as u16;
        put(buf, area, x, area.y, &cross, view.theme.matrix.dim);
    }
    let x_title = format!("{} →", scale_name(lang, Scale::Satisfaction));
    let x_title = fit(&x_title, usize::from(c.width));
    let x = c.x + (c.width - width(&x_title) as u16) / 2;
    put(
        buf,
        area,
        x,
        c.bottom() + 1,
        &x_title,
        view.theme.matrix.title,
    );
}

/// A laid-out mark: tinted by its quadrant, its label led by the selected touchpoint when
/// it is one of the mark's and that label takes no more room than the one laid out.
fn draw_mark(view: &MatrixView, p: &Placed, buf: &mut Buffer) {
    let (ranking, theme) = (view.ranking, view.theme);
    let selected = view
        .state
        .current(ranking)
        .filter(|i| p.members.contains(i));
    let first = &ranking.ranked[p.members[0]];
    let mut style = (theme.quadrant_area(first.quadrant).area).patch(theme.matrix.mark);
    if p.critical {
        style = style.patch(theme.matrix.critical_mark);
    }
    if selected.is_some() {
        style = style.patch(theme.selected);
    }
    let Some(label) = p.label else {
        put(
            buf,
            buf.area,
            p.x,
            p.y,
            glyph(first.scores.frequency),
            style,
        );
        return;
    };
    let mut lead = p.members[0];
    let mut text = label_text(ranking, &p.members, lead, label.compact);
    if let Some(chosen) = selected {
        let led = label_text(ranking, &p.members, chosen, label.compact);
        if width(&led) <= width(&text) {
            (lead, text) = (chosen, led);
        }
    }
    let g = glyph(ranking.ranked[lead].scores.frequency);
    let (x, text) = match label.left {
        false => (p.x, format!("{g}{text}")),
        true => (p.x - width(&text) as u16, format!("{text}{g}")),
    };
    put(buf, buf.area, x, p.y, &text, style);
}

/// Where each touchpoint stood in the audit this one follows (`○` and its rank now), in its
/// quadrant by this crosshair, where no title, mark or label is; the selected one first.
fn draw_before(view: &MatrixView, grid: &Grid, occupied: &mut Occupied, buf: &mut Buffer) {
    let selected = view.state.current(view.ranking);
    let mut order: Vec<&(usize, Point)> = view.before.iter().collect();
    order.sort_by_key(|(i, _)| (Some(*i) != selected, *i));
    for &&(i, was) in &order {
        let Some(now) = view.ranking.ranked.get(i) else {
            continue;
        };
        let q = grid.quadrant_of(&was.scores);
        let (x, y) = grid.place(&was.scores, q);
        if (x, y) == grid.position(now) {
            continue;
        }
        let mut style = (view.theme.quadrant_area(q).area).patch(view.theme.matrix.mark);
        style = match Some(i) == selected {
            true => style.patch(view.theme.selected),
            false => style.patch(view.theme.matrix.dim),
        };
        let rank = now.rank.to_string();
        let widths = [width(&rank) as u16 + 1, 1];
        if let Some(s) = place::spot(occupied, None, grid.region(q), (x, y), &widths) {
            let shown = match (s.option, s.left) {
                (0, false) => format!("{WAS_GLYPH}{rank}"),
                (0, true) => format!("{rank}{WAS_GLYPH}"),
                _ => WAS_GLYPH.to_string(),
            };
            put(buf, buf.area, s.from, s.y, &shown, style);
            occupied.take(s.from, s.from + widths[s.option], s.y);
        }
    }
}

/// The mark of a touchpoint's position in the previous audit.
pub const WAS_GLYPH: &str = "○";
