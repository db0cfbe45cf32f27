//! The priority list's pure side: which display row shows what, the selection and the scroll.

use crate::model::{Ranking, TpRef};

/// One display row of the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// Shown in place of ranked rows when nothing is scored.
    NothingRanked,
    Ranked(usize),
    Gap,
    UnscoredHeading,
    Unscored(usize),
    NotApplicableHeading,
    NotApplicable(usize),
}

/// The list's rows, computed by arithmetic so that scrolling costs nothing per touchpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rows {
    ranked: usize,
    unscored: usize,
    not_applicable: usize,
}

impl Rows {
    pub fn new(ranking: &Ranking) -> Self {
        Rows {
            ranked: ranking.ranked.len(),
            unscored: ranking.unscored.len(),
            not_applicable: ranking.not_applicable.len(),
        }
    }

    /// Selectable touchpoints: ranked, then unscored, then not applicable.
    pub fn items(&self) -> usize {
        self.ranked + self.unscored + self.not_applicable
    }

    fn ranked_rows(&self) -> usize {
        self.ranked.max(1)
    }

    /// A section's rows: a gap, a heading and its touchpoints; nothing when it is empty.
    fn section(n: usize) -> usize {
        if n == 0 { 0 } else { n + 2 }
    }

    /// Display rows in all.
    pub fn len(&self) -> usize {
        self.ranked_rows() + Self::section(self.unscored) + Self::section(self.not_applicable)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// What display row `row` shows.
    pub fn line(&self, row: usize) -> Option<Line> {
        if row < self.ranked_rows() {
            return Some(match self.ranked {
                0 => Line::NothingRanked,
                _ => Line::Ranked(row),
            });
        }
        let mut row = row - self.ranked_rows();
        let sections = [
            (self.unscored, Line::UnscoredHeading),
            (self.not_applicable, Line::NotApplicableHeading),
        ];
        for (n, heading) in sections {
            if n == 0 {
                continue;
            }
            match row {
                0 => return Some(Line::Gap),
                1 => return Some(heading),
                r if r < n + 2 => {
                    return Some(match heading {
                        Line::UnscoredHeading => Line::Unscored(r - 2),
                        _ => Line::NotApplicable(r - 2),
                    });
                }
                _ => row -= n + 2,
            }
        }
        None
    }

    /// The selectable item a display row shows, if it shows one.
    pub fn item_on(&self, row: usize) -> Option<usize> {
        match self.line(row)? {
            Line::Ranked(i) => Some(i),
            Line::Unscored(i) => Some(self.ranked + i),
            Line::NotApplicable(i) => Some(self.ranked + self.unscored + i),
            _ => None,
        }
    }

    /// The display row of a selectable item.
    pub fn row_of(&self, item: usize) -> usize {
        if item < self.ranked {
            return item;
        }
        let item = item - self.ranked;
        if item < self.unscored {
            return self.ranked_rows() + 2 + item;
        }
        self.ranked_rows() + Self::section(self.unscored) + 2 + (item - self.unscored)
    }
}

/// Selection and scroll offset of the priority list. Pure: the app forwards keys to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PriorityState {
    /// Index over ranked, then unscored, then not-applicable touchpoints.
    pub selected: usize,
    /// The first display row shown.
    pub offset: usize,
}

impl PriorityState {
    fn last(ranking: &Ranking) -> usize {
        Rows::new(ranking).items().saturating_sub(1)
    }

    pub fn select_next(&mut self, ranking: &Ranking) {
        self.selected = (self.selected + 1).min(Self::last(ranking));
    }

    pub fn select_prev(&mut self, ranking: &Ranking) {
        self.selected = self.selected.min(Self::last(ranking)).saturating_sub(1);
    }

    pub fn select_first(&mut self) {
        self.selected = 0;
    }

    pub fn select_last(&mut self, ranking: &Ranking) {
        self.selected = Self::last(ranking);
    }

    /// The selected touchpoint's position in the audit, for jumping to it in the checklist.
    pub fn selected_touchpoint(&self, ranking: &Ranking) -> Option<TpRef> {
        let i = self.selected.min(Self::last(ranking));
        let r = ranking.ranked.len();
        let u = ranking.unscored.len();
        if i < r {
            Some(ranking.ranked[i].at)
        } else if i < r + u {
            Some(ranking.unscored[i - r])
        } else {
            ranking.not_applicable.get(i - r - u).copied()
        }
    }

    /// The offset that shows the selection in `height` rows, moving as little as possible.
    pub fn offset_for(&self, height: usize, ranking: &Ranking) -> usize {
        let rows = Rows::new(ranking);
        let selected = self.selected.min(Self::last(ranking));
        let mut top = rows.row_of(selected);
        // The first touchpoint of a section brings its heading into view with it.
        if matches!(
            rows.line(top.saturating_sub(1)),
            Some(Line::UnscoredHeading | Line::NotApplicableHeading)
        ) {
            top -= 1;
        }
        let bottom = rows.row_of(selected);
        let mut offset = self.offset.min(rows.len().saturating_sub(height));
        if top < offset {
            offset = top;
        } else if height > 0 && bottom >= offset + height {
            offset = bottom + 1 - height;
        }
        offset
    }

    /// Scrolls `by` rows (the mouse wheel), as far as the last row; a selection scrolled out of
    /// view moves to the nearest row still shown.
    pub fn scroll_by(&mut self, by: isize, height: usize, ranking: &Ranking) {
        let rows = Rows::new(ranking);
        let max = rows.len().saturating_sub(height);
        let offset = self.offset.min(max).saturating_add_signed(by).min(max);
        self.offset = offset;
        if rows.items() == 0 || height == 0 {
            return;
        }
        let selected = self.selected.min(rows.items() - 1);
        let row = rows.row_of(selected);
        let shown = offset..offset + height;
        if shown.contains(&row) {
            return;
        }
        let mut candidates = shown.filter_map(|r| rows.item_on(r));
        let nearest = match row < offset {
            true => candidates.next(),
            false => candidates.next_back(),
        };
        if let Some(item) = nearest {
            self.selected = item;
        }
    }

    /// The item under row `row` of a list of `height` rows shown from the current offset.
    pub fn item_at(&self, row: usize, height: usize, ranking: &Ranking) -> Option<usize> {
        let offset = self.offset_for(height, ranking);
        (row < height)
            .then(|| Rows::new(ranking).item_on(offset + row))
            .flatten()
    }

    /// Scrolls so that the selection is visible in a list of `height` rows.
    pub fn scroll_into_view(&mut self, height: usize, ranking: &Ranking) {
        self.offset = self.offset_for(height, ranking);
    }
}
