//! The matrix plane: the cells inside the axes where a score lands (`Grid`), and the marks
//! that group the touchpoints sharing one cell (`Mark`). Placing (`matrix_place`) and moving
//! (`matrix_nav`) both stand on it.

use ratatui::layout::Rect;

use crate::model::{Crosshair, Quadrant, Ranked, Ranking, Scores};

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
