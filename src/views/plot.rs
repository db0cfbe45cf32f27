//! The plot of the matrix: axes, quadrant tints and names, the crosshair and the marks.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::matrix::{self, MatrixView, glyph};
use super::text::{fit, paint, put, width};
use crate::i18n::common::{quadrant_name, quadrant_short, scale_name};
use crate::i18n::views::words;
use crate::model::{Crosshair, Quadrant, Ranked, Scale};

/// Labels listing more ranks than fit in this many columns are shortened to `◉3+2`.
const MAX_LABEL: usize = 9;

/// Where data lands: the cells inside the axes and the crosshair's column and row.
pub(super) struct Grid {
    pub cells: Rect,
    pub cross_x: u16,
    pub cross_y: u16,
    crosshair: Crosshair,
}

/// Position of a score 1–5 along an axis of `len` cells.
fn scaled(v: f64, len: u16) -> u16 {
    let t = (v.clamp(1.0, 5.0) - 1.0) / 4.0;
    (t * f64::from(len.saturating_sub(1))).round() as u16
}

impl Grid {
    /// The grid inside `area` (title row, axes and gutter taken), `None` when too small.
    pub fn new(area: Rect, crosshair: Crosshair) -> Option<Grid> {
        if area.width < 10 || area.height < 7 {
            return None;
        }
        let cells = Rect::new(area.x + 2, area.y + 1, area.width - 3, area.height - 3);
        let mut grid = Grid {
            cells,
            cross_x: 0,
            cross_y: 0,
            crosshair,
        };
        grid.cross_x = grid.col(crosshair.satisfaction);
        grid.cross_y = grid.row(crosshair.impact);
        Some(grid)
    }

    pub fn col(&self, satisfaction: f64) -> u16 {
        self.cells.x + scaled(satisfaction, self.cells.width)
    }

    pub fn row(&self, impact: f64) -> u16 {
        self.cells.bottom() - 1 - scaled(impact, self.cells.height)
    }

    /// The quadrant a cell is tinted as: the crosshair's own column and row count as "not high".
    pub fn quadrant_at(&self, x: u16, y: u16) -> Quadrant {
        match (y < self.cross_y, x > self.cross_x) {
            (true, true) => Quadrant::KeepUp,
            (true, false) => Quadrant::FixFirst,
            (false, true) => Quadrant::Overkill,
            (false, false) => Quadrant::LowPriority,
        }
    }

    /// The cell of a mark, nudged off the crosshair when rounding would put a "high" value on
    /// it, so that the picture always agrees with the quadrant.
    pub fn position(&self, r: &Ranked) -> (u16, u16) {
        let mut x = self.col(r.scores.satisfaction);
        let mut y = self.row(r.scores.impact);
        if r.scores.satisfaction > self.crosshair.satisfaction && x <= self.cross_x {
            x = (self.cross_x + 1).min(self.cells.right() - 1);
        }
        if r.scores.impact > self.crosshair.impact && y >= self.cross_y {
            y = self.cross_y.saturating_sub(1).max(self.cells.y);
        }
        (x, y)
    }
}

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

/// Touchpoints sharing one cell, drawn as one mark.
struct Mark {
    x: u16,
    y: u16,
    /// Indices into `ranking.ranked`: the selected one first, then by rank.
    members: Vec<usize>,
}

fn group_marks(view: &MatrixView, grid: &Grid, selected: Option<usize>) -> Vec<Mark> {
    let mut placed: Vec<((u16, u16), usize)> = (view.ranking.ranked.iter().enumerate())
        .map(|(i, r)| (grid.position(r), i))
        .collect();
    placed.sort_unstable_by_key(|&((x, y), i)| (y, x, i));
    let mut marks: Vec<Mark> = Vec::new();
    for ((x, y), i) in placed {
        match marks.last_mut() {
            Some(m) if (m.x, m.y) == (x, y) => m.members.push(i),
            _ => marks.push(Mark {
                x,
                y,
                members: vec![i],
            }),
        }
    }
    for m in &mut marks {
        if let Some(pos) = m.members.iter().position(|&i| Some(i) == selected) {
            let sel = m.members.remove(pos);
            m.members.insert(0, sel);
        }
    }
    // The selected mark and the best ranks are labelled first, so they win crowded spots.
    marks.sort_by_key(|m| {
        (
            !m.members.contains(&selected.unwrap_or(usize::MAX)),
            m.members[0],
        )
    });
    marks
}

/// Draws the plot into `area`: nothing when it is too small to read.
/// `crosshair_label`: whether the title row names the crosshair (the panel does when shown).
pub(super) fn render(view: &MatrixView, area: Rect, crosshair_label: bool, buf: &mut Buffer) {
    let Some(grid) = Grid::new(area, view.ranking.crosshair) else {
        return;
    };
    draw_background(view, &grid, buf);
    draw_axes(view, &grid, area, crosshair_label, buf);
    let selected = view.state.current(view.ranking);
    let marks = group_marks(view, &grid, selected);
    let mut occupied = Occupied {
        cells: grid.cells,
        taken: vec![false; usize::from(grid.cells.width) * usize::from(grid.cells.height)],
    };
    for m in &marks {
        occupied.take(m.x, m.y);
    }
    for m in &marks {
        draw_mark(view, m, selected, &mut occupied, buf);
    }
    draw_names(view, &grid, &mut occupied, buf);
    if view.ranking.ranked.is_empty() {
        let text = fit(
            words(view.lang).nothing_scored,
            usize::from(grid.cells.width),
        );
        let x = grid.cells.x + (grid.cells.width - width(&text) as u16) / 2;
        let y = grid.cells.y + grid.cells.height / 2;
        put(buf, grid.cells, x, y, &text, view.styles.title);
    }
}

fn draw_background(view: &MatrixView, grid: &Grid, buf: &mut Buffer) {
    let c = grid.cells;
    for y in c.top()..c.bottom() {
        for x in c.left()..c.right() {
            let look = view.styles.quadrant(grid.quadrant_at(x, y));
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
                look.area.patch(view.styles.crosshair)
            } else {
                look.area
            };
            paint(buf, c, x, y, Some(symbol), style);
        }
    }
}

fn draw_axes(view: &MatrixView, grid: &Grid, area: Rect, label: bool, buf: &mut Buffer) {
    let (c, axis) = (grid.cells, view.styles.axis);
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
    let after = put(buf, area, area.x, area.y, &y_title, view.styles.title);
    let cross = matrix::crosshair_label(lang, view.state.mode, &view.ranking.crosshair);
    let room = c.right().saturating_sub(after + 2);
    if label && usize::from(room) >= width(&cross) {
        let x = c.right() - width(&cross) as u16;
        put(buf, area, x, area.y, &cross, view.styles.dim);
    }
    let x_title = format!("{} →", scale_name(lang, Scale::Satisfaction));
    let x_title = fit(&x_title, usize::from(c.width));
    let x = c.x + (c.width - width(&x_title) as u16) / 2;
    put(buf, area, x, c.bottom() + 1, &x_title, view.styles.title);
}

/// The label of a mark, glyph first: every rank (`◉3,14`) or, compact, a count (`◉3+1`).
fn label_text(view: &MatrixView, m: &Mark, compact: bool) -> String {
    let ranked = &view.ranking.ranked;
    let g = glyph(ranked[m.members[0]].scores.frequency);
    let first = ranked[m.members[0]].rank;
    if compact && m.members.len() > 1 {
        return format!("{g}{first}+{}", m.members.len() - 1);
    }
    let ranks: Vec<String> = m
        .members
        .iter()
        .map(|&i| ranked[i].rank.to_string())
        .collect();
    format!("{g}{}", ranks.join(","))
}

fn draw_mark(
    view: &MatrixView,
    m: &Mark,
    selected: Option<usize>,
    occupied: &mut Occupied,
    buf: &mut Buffer,
) {
    let lead = &view.ranking.ranked[m.members[0]];
    let look = view.styles.quadrant(lead.quadrant);
    let mut style = look.area.patch(view.styles.mark);
    if m.members.iter().any(|&i| view.ranking.ranked[i].critical) {
        style = style.patch(view.styles.critical_mark);
    }
    if m.members.contains(&selected.unwrap_or(usize::MAX)) {
        style = style.patch(view.styles.selected);
    }
    let full = label_text(view, m, false);
    let mut options = Vec::new();
    if width(&full) <= MAX_LABEL {
        options.push(full);
    }
    options.push(label_text(view, m, true));
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
            put(
                buf,
                occupied.cells,
                start,
                m.y,
                &format!("{digits}{glyph}"),
                style,
            );
            (start..=m.x).for_each(|x| occupied.take(x, m.y));
            return;
        }
    }
    // No room for any label: the glyph alone still shows the mark.
    put(
        buf,
        occupied.cells,
        m.x,
        m.y,
        glyph(lead.scores.frequency),
        style,
    );
}

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
            let style = view
                .styles
                .quadrant(q)
                .area
                .patch(view.styles.quadrant(q).accent);
            put(buf, c, x, y, &name, style);
            (x..x + w).for_each(|cx| occupied.take(cx, y));
        }
    }
}
