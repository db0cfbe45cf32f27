//! The plot of the matrix: axes, quadrant tints and names, the crosshair and the marks.

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::{self as matrix, MatrixView, glyph};
use crate::app::matrix_nav::{Grid, Mark, group_marks};
use crate::i18n::common::{quadrant_name, quadrant_short, scale_name};
use crate::i18n::views::words;
use crate::model::{Quadrant, Scale};
use crate::text::{fit, width};
use crate::ui::widgets::{paint, put};

/// Labels listing more ranks than fit in this many columns are shortened to `◉3+2`.
const MAX_LABEL: usize = 9;

/// Cells already taken by marks and labels.
struct Occupied {
    cells: Rect,
    taken: Vec<bool>,
}

impl Occupied {
    fn index(&self, x: u16, y: u16) -> Option<usize> {
        let inside = x >= self.cells.x && x < self.cells.right();
        let inside = inside && y >= self.cells.y && y < self.cells.bottom();
        inside.then(|| {
            usize::from(y - self.cells.y) * usize::from(self.cells.width)
                + usize::from(x - self.cells.x)
        })
    }

    fn is_taken(&self, x: u16, y: u16) -> bool {
        self.index(x, y).is_some_and(|i| self.taken[i])
    }

    fn take(&mut self, x: u16, y: u16) {
        if let Some(i) = self.index(x, y) {
            self.taken[i] = true;
        }
    }

    /// True when columns `from..to` of row `y`, padded by one on each side, are free apart
    /// from `own` (the mark's own glyph cell).
    fn free(&self, from: u16, to: u16, y: u16, own: Option<u16>) -> bool {
        if from < self.cells.x || to > self.cells.right() {
            return false;
        }
        (from.saturating_sub(1)..=to).all(|x| Some(x) == own || !self.is_taken(x, y))
    }
}

/// Draws the plot into `area`: nothing when it is too small to read.
/// `crosshair_label`: whether the title row names the crosshair (the panel does when shown).
pub(super) fn render(view: &MatrixView, area: Rect, crosshair_label: bool, buf: &mut Buffer) {
    let Some(grid) = Grid::new(area, view.ranking.crosshair) else {
        return;
    };
    draw_background(view, &grid, buf);
    draw_axes(view, &grid, area, crosshair_label, buf);
    let marks: Cow<[Mark]> = match view.marks {
        Some(marks) => Cow::Borrowed(marks),
        None => Cow::Owned(group_marks(view.ranking, &grid)),
    };
    let mut occupied = Occupied {
        cells: grid.cells,
        taken: vec![false; usize::from(grid.cells.width) * usize::from(grid.cells.height)],
    };
    for m in marks.iter() {
        occupied.take(m.x, m.y);
    }
    for m in in_drawing_order(view, &grid, &marks) {
        draw_mark(view, &m, &mut occupied, buf);
    }
    draw_was(view, &grid, &mut occupied, buf);
    draw_names(view, &grid, &mut occupied, buf);
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

/// A mark as drawn: the touchpoint that leads its label (the selected one, when it is there).
struct Drawn<'a> {
    mark: &'a Mark,
    lead: usize,
    selected: bool,
}

/// The selected mark first, then the rest by best rank: the first drawn win crowded spots for
/// their labels. The selected mark is found by its cell, so this costs the number of marks,
/// which the plot's size bounds, not the number of touchpoints.
fn in_drawing_order<'a>(view: &MatrixView, grid: &Grid, marks: &'a [Mark]) -> Vec<Drawn<'a>> {
    let selected = view.state.current(view.ranking);
    let cell = selected.map(|i| grid.position(&view.ranking.ranked[i]));
    let chosen = cell.and_then(|c| marks.iter().position(|m| (m.x, m.y) == c));
    let mut order = Vec::with_capacity(marks.len());
    if let (Some(i), Some(lead)) = (chosen, selected) {
        order.push(Drawn {
            mark: &marks[i],
            lead,
            selected: true,
        });
    }
    let rest = marks.iter().enumerate().filter(|(i, _)| Some(*i) != chosen);
    order.extend(rest.map(|(_, mark)| Drawn {
        mark,
        lead: mark.members[0],
        selected: false,
    }));
    order
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

/// The label of a mark, glyph first: every rank (`◉3,14`) or, compact, a count (`◉3+1`).
/// Marks of more touchpoints than could fit a full label always get the compact one.
fn label_text(view: &MatrixView, m: &Drawn, compact: bool) -> String {
    let ranked = &view.ranking.ranked;
    let g = glyph(ranked[m.lead].scores.frequency);
    let first = ranked[m.lead].rank;
    let count = m.mark.members.len();
    // ⚑ after the ranks: a touchpoint here needs discussion.
    let flag = if m.mark.members.iter().any(|&i| ranked[i].needs_discussion) {
        "⚑"
    } else {
        ""
    };
    if (compact || count > MAX_LABEL / 2) && count > 1 {
        return format!("{g}{first}+{}{flag}", count - 1);
    }
    let others = m.mark.members.iter().filter(|&&i| i != m.lead);
    let ranks: Vec<String> = std::iter::once(first)
        .chain(others.map(|&i| ranked[i].rank))
        .map(|r| r.to_string())
        .collect();
    format!("{g}{}{flag}", ranks.join(","))
}

fn draw_mark(view: &MatrixView, d: &Drawn, occupied: &mut Occupied, buf: &mut Buffer) {
    let (m, theme) = (d.mark, view.theme);
    let lead = &view.ranking.ranked[d.lead];
    let mut style = (theme.quadrant_area(lead.quadrant).area).patch(theme.matrix.mark);
    if m.critical {
        style = style.patch(theme.matrix.critical_mark);
    }
    if d.selected {
        style = style.patch(theme.selected);
    }
    let full = label_text(view, d, false);
    let mut options = Vec::new();
    if width(&full) <= MAX_LABEL {
        options.push(full);
    }
    options.push(label_text(view, d, true));
    for text in options {
        let w = width(&text) as u16;
        let (glyph, digits) = text.split_at(text.char_indices().nth(1).map_or(text.len(), |c| c.0));
        if occupied.free(m.x, m.x + w, m.y, Some(m.x)) {
            put(buf, occupied.cells, m.x, m.y, &text, style);
            (m.x..m.x + w).for_each(|x| occupied.take(x, m.y));
            return;
        }
        let start = (m.x + 1).saturating_sub(w);
        if occupied.free(start, m.x + 1, m.y, Some(m.x)) {
            let text = format!("{digits}{glyph}");
            put(buf, occupied.cells, start, m.y, &text, style);
            (start..=m.x).for_each(|x| occupied.take(x, m.y));
            return;
        }
    }
    // No room for any label: the glyph alone still shows the mark.
    let g = glyph(lead.scores.frequency);
    put(buf, occupied.cells, m.x, m.y, g, style);
}

/// The selected touchpoint's old position (last time's scores), where no mark or label is.
fn draw_was(view: &MatrixView, grid: &Grid, occupied: &mut Occupied, buf: &mut Buffer) {
    let Some(was) = view.was else { return };
    let (x, y) = (
        grid.col(was.scores.satisfaction),
        grid.row(was.scores.impact),
    );
    if !occupied.is_taken(x, y) {
        let style = (view.theme.quadrant_area(grid.quadrant_at(x, y)).area)
            .patch(view.theme.matrix.mark)
            .patch(view.theme.matrix.dim);
        put(buf, occupied.cells, x, y, WAS_GLYPH, style);
        occupied.take(x, y);
    }
}

/// The mark of a touchpoint's position in the previous audit.
pub const WAS_GLYPH: &str = "○";

/// Quadrant names go in the row nearest the outer edge whose span is free of marks.
fn draw_names(view: &MatrixView, grid: &Grid, occupied: &mut Occupied, buf: &mut Buffer) {
    let c = grid.cells;
    for q in Quadrant::ALL {
        let left = matches!(q, Quadrant::FixFirst | Quadrant::LowPriority);
        let top = matches!(q, Quadrant::FixFirst | Quadrant::KeepUp);
        let (x0, x1) = if left {
            (c.x, grid.cross_x)
        } else {
            (grid.cross_x + 1, c.right())
        };
        let room = usize::from(x1.saturating_sub(x0).saturating_sub(1));
        let long = quadrant_name(view.lang, q);
        let name = if width(long) <= room {
            long.to_string()
        } else {
            fit(quadrant_short(view.lang, q), room)
        };
        let w = width(&name) as u16;
        if w == 0 {
            continue;
        }
        let x = if left { x0 } else { x1 - w };
        let rows: Vec<u16> = if top {
            (c.y..grid.cross_y).collect()
        } else {
            (grid.cross_y + 1..c.bottom()).rev().collect()
        };
        if let Some(&y) = rows.iter().find(|&&y| occupied.free(x, x + w, y, None)) {
            let style = (view.theme.quadrant_area(q).area).patch(view.theme.quadrant_accent(q));
            put(buf, c, x, y, &name, style);
            (x..x + w).for_each(|cx| occupied.take(cx, y));
        }
    }
}
