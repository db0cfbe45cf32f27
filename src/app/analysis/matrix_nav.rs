//! The matrix's pure side: which mark is selected, moving between marks, and where marks land
//! in the plot (cached with the ranking and the plot area, so a redraw does not group every
//! ranked touchpoint again).

use std::sync::Arc;

use ratatui::layout::Rect;

use crate::app::analysis::matrix_place::{Layout, layout};
pub use crate::app::analysis::plane::{Grid, Mark, group_marks};
use crate::model::{Lang, Ranking, TpRef};

/// Moves narrower than this count as no move at all on the plane.
const EPSILON: f64 = 1e-9;

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
            (ahead > EPSILON).then_some((i, ahead + 2.0 * aside.abs()))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)))
        .map(|(i, _)| i)
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
