//! The matrix's pure side: which mark is selected, moving between marks, and where marks land
//! in the plot (cached with the ranking and the plot area, so a redraw does not group every
//! ranked touchpoint again).

use std::sync::Arc;

use ratatui::layout::Rect;

use super::matrix_place::{Layout, layout};
use crate::model::{Crosshair, Frac, Lang, Quadrant, Ranked, Ranking, Scores, TpRef};

/// A direction on the matrix plane: right is higher satisfaction, up is higher impact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

/// Which mark is selected. The crosshair is the walk's (see `RankCache`), shared by every screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MatrixState {
    /// Index into `ranking.ranked`.
    pub selected: usize,
}

impl MatrixState {
    /// The selection clamped to the ranking, `None` when nothing is ranked.
    pub fn current(&self, ranking: &Ranking) -> Option<usize> {
        let last = ranking.ranked.len().checked_sub(1)?;
        Some(self.selected.min(last))
    }

    /// Selects the next mark in rank order (stops at the last).
    pub fn select_next(&mut self, ranking: &Ranking) {
        if let Some(i) = self.current(ranking) {
            self.selected = (i + 1).min(ranking.ranked.len() - 1);
        }
    }

    /// Selects the previous mark in rank order (stops at the first).
    pub fn select_prev(&mut self, ranking: &Ranking) {
        if let Some(i) = self.current(ranking) {
            self.selected = i.saturating_sub(1);
        }
    }

    /// Moves to the closest mark in a direction on the plane; false when there is none.
    pub fn select_nearest(&mut self, direction: Direction, ranking: &Ranking) -> bool {
        let found = self
            .current(ranking)
            .and_then(|from| nearest(ranking, from, direction));
        if let Some(i) = found {
            self.selected = i;
        }
        found.is_some()
    }

    /// The selected touchpoint's position in the audit.
    pub fn selected_touchpoint(&self, ranking: &Ranking) -> Option<TpRef> {
        self.current(ranking).map(|i| ranking.ranked[i].at)
    }

    /// Selects the mark of a touchpoint; false when it is not ranked.
    pub fn select_touchpoint(&mut self, at: TpRef, ranking: &Ranking) -> bool {
        match ranking.ranked.iter().position(|r| r.at == at) {
            Some(i) => {
                self.selected = i;
                true
            }
            None => false,
        }
    }
}

/// The closest mark strictly ahead in `direction`; sideways distance counts double, so the
/// move follows the key rather than jumping across the plane.
pub fn nearest(ranking: &Ranking, from: usize, direction: Direction) -> Option<usize> {
    let here = ranking.ranked.get(from)?.scores;
    ranking
        .ranked
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != from)
        .filter_map(|(i, r)| {
            let dx = r.scores.satisfaction - here.satisfaction;
            let dy = r.scores.impact - here.impact;
            let (ahead, aside) = match direction {
                Direction::Right => (dx, dy),
                Direction::Left => (-dx, dy),
                Direction::Up => (dy, dx),
                Direction::Down => (-dy, dx),
            };
            (ahead > Frac::ZERO).then_some((i, ahead + Frac::int(2) * aside.abs()))
        })
        .min_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)))
        .map(|(i, _)| i)
}

/// Where data lands: the cells inside the axes and the crosshair's column and row.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Grid {
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
    /// The grid inside the plot `area` (title row, axes and gutter taken), `None` when too small.
    /// The crosshair's column and row keep at least one column and row on each side, so every
    /// quadrant has cells of its own even when the data mean sits on an edge of the scale.
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
        grid.cross_x = (grid.col(crosshair.satisfaction)).clamp(cells.x + 1, cells.right() - 2);
        grid.cross_y = (grid.row(crosshair.impact)).clamp(cells.y + 1, cells.bottom() - 2);
        Some(grid)
    }

    pub fn col(&self, satisfaction: impl Into<f64>) -> u16 {
        self.cells.x + scaled(satisfaction.into(), self.cells.width)
    }

    pub fn row(&self, impact: impl Into<f64>) -> u16 {
        self.cells.bottom() - 1 - scaled(impact.into(), self.cells.height)
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

    /// A quadrant's own cells: between the crosshair's lines and the axes, never on a line.
    pub fn region(&self, q: Quadrant) -> Rect {
        let c = self.cells;
        let (x0, x1) = match q {
            Quadrant::FixFirst | Quadrant::LowPriority => (c.x, self.cross_x),
            Quadrant::KeepUp | Quadrant::Overkill => (self.cross_x + 1, c.right()),
        };
        let (y0, y1) = match q {
            Quadrant::FixFirst | Quadrant::KeepUp => (c.y, self.cross_y),
            Quadrant::LowPriority | Quadrant::Overkill => (self.cross_y + 1, c.bottom()),
        };
        Rect::new(x0, y0, x1 - x0, y1 - y0)
    }

    /// The cell of scores in the quadrant `q` the method puts them in: where the scores fall,
    /// moved into `q`'s own cells when rounding (or a value exactly on the crosshair, which
    /// counts as "not high") would put it on a line or across one.
    pub fn place(&self, scores: &Scores, q: Quadrant) -> (u16, u16) {
        let r = self.region(q);
        let x = self.col(scores.satisfaction).clamp(r.x, r.right() - 1);
        let y = self.row(scores.impact).clamp(r.y, r.bottom() - 1);
        (x, y)
    }

    /// The cell of a ranked touchpoint's mark, always inside its own quadrant.
    pub fn position(&self, r: &Ranked) -> (u16, u16) {
        self.place(&r.scores, r.quadrant)
    }

    /// The quadrant the method puts scores in, by this grid's crosshair.
    pub fn quadrant_of(&self, scores: &Scores) -> Quadrant {
        self.crosshair.quadrant(scores)
    }
}

/// Touchpoints sharing one cell, drawn as one mark.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub x: u16,
    pub y: u16,
    /// Indices into `ranking.ranked`, best rank first.
    pub members: Vec<usize>,
    /// Whether any member is critical.
    pub critical: bool,
}

/// The marks of a ranking in a grid, best-ranked mark first.
pub fn group_marks(ranking: &Ranking, grid: &Grid) -> Vec<Mark> {
    let mut placed: Vec<((u16, u16), usize)> = (ranking.ranked.iter().enumerate())
        .map(|(i, r)| (grid.position(r), i))
        .collect();
    placed.sort_unstable_by_key(|&((x, y), i)| (y, x, i));
    let mut marks: Vec<Mark> = Vec::new();
    for ((x, y), i) in placed {
        let critical = ranking.ranked[i].critical;
        match marks.last_mut() {
            Some(m) if (m.x, m.y) == (x, y) => {
                m.members.push(i);
                m.critical |= critical;
            }
            _ => marks.push(Mark {
                x,
                y,
                members: vec![i],
                critical,
            }),
        }
    }
    marks.sort_by_key(|m| m.members[0]);
    marks
}

/// The marks and their layout for one plot area, ranking and language; clones share them.
#[derive(Debug, Clone, Default)]
pub struct MarkCache {
    key: Option<(Rect, u64, Lang)>,
    layout: Option<Arc<Layout>>,
}

impl MarkCache {
    /// The layout, when it was made for this plot area, ranking generation and language.
    pub fn get(&self, plot: Rect, generation: u64, lang: Lang) -> Option<&Layout> {
        match self.key == Some((plot, generation, lang)) {
            true => self.layout.as_deref(),
            false => None,
        }
    }

    /// Lays the marks out again unless they already fit this plot area, ranking and language.
    pub fn refresh(&mut self, plot: Rect, generation: u64, ranking: &Ranking, lang: Lang) {
        if self.key == Some((plot, generation, lang)) {
            return;
        }
        let layout =
            Grid::new(plot, ranking.crosshair).map(|grid| Arc::new(lay_out(lang, ranking, &grid)));
        *self = MarkCache {
            key: Some((plot, generation, lang)),
            layout,
        };
    }
}

/// The layout of a ranking's marks in a grid: grouped by cell, then placed.
pub fn lay_out(lang: Lang, ranking: &Ranking, grid: &Grid) -> Layout {
    layout(lang, ranking, grid, &group_marks(ranking, grid))
}
