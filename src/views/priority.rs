//! The priority list: the ranking as a table, then the unscored and not-applicable
//! touchpoints, with a "top 3 for this month" panel.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::Widget;

use super::lookup;
use super::text::{pad, pad_left, put, width};
use crate::i18n::common::{quadrant_short, scale_letter};
use crate::i18n::views::words;
use crate::model::{Audit, Lang, Quadrant, Ranking, Scale, TpRef, fmt_num, score};

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

    /// Scrolls so that the selection is visible in a list of `height` rows.
    pub fn scroll_into_view(&mut self, height: usize, ranking: &Ranking) {
        self.offset = self.offset_for(height, ranking);
    }
}

/// Every colour and modifier of the priority list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PriorityStyles {
    pub header: Style,
    pub selected: Style,
    pub heading: Style,
    pub dim: Style,
    pub critical: Style,
    /// Quadrant column styles, in [`Quadrant::ALL`] order.
    pub quadrants: [Style; 4],
}

impl PriorityStyles {
    pub fn colored() -> Self {
        PriorityStyles {
            header: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            selected: Style::new()
                .bg(Color::Indexed(238))
                .add_modifier(Modifier::BOLD),
            heading: Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            dim: Style::new().fg(Color::DarkGray),
            critical: Style::new()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
            quadrants: [
                Style::new().fg(Color::LightRed),
                Style::new().fg(Color::LightGreen),
                Style::new().fg(Color::Gray),
                Style::new().fg(Color::Yellow),
            ],
        }
    }

    /// No colour (`NO_COLOR`): emphasis by modifiers only.
    pub fn monochrome() -> Self {
        PriorityStyles {
            header: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            selected: Style::new().add_modifier(Modifier::REVERSED),
            heading: Style::new().add_modifier(Modifier::BOLD),
            dim: Style::new(),
            critical: Style::new().add_modifier(Modifier::BOLD),
            quadrants: [
                Style::new().add_modifier(Modifier::BOLD),
                Style::new(),
                Style::new(),
                Style::new().add_modifier(Modifier::ITALIC),
            ],
        }
    }

    pub fn quadrant(&self, q: Quadrant) -> Style {
        self.quadrants[Quadrant::ALL.iter().position(|&a| a == q).unwrap_or(0)]
    }
}

/// The priority list widget.
pub struct PriorityView<'a> {
    pub audit: &'a Audit,
    pub ranking: &'a Ranking,
    pub state: &'a PriorityState,
    /// The UI language of labels (the audit's own text stays as written).
    pub lang: Lang,
    pub styles: PriorityStyles,
}

/// Wider than this, the top three sit beside the table instead of under it.
const SIDE_PANEL_WIDTH: u16 = 120;

impl PriorityView<'_> {
    /// The table (header, rows and legend line) and the top-three panel areas.
    pub fn layout(area: Rect) -> (Rect, Rect) {
        if area.width >= SIDE_PANEL_WIDTH {
            let side = (area.width / 3).clamp(36, 56);
            let table = Rect::new(area.x, area.y, area.width - side, area.height);
            return (table, Rect::new(table.right(), area.y, side, area.height));
        }
        let panel = if area.height >= 14 { 5 } else { 0 };
        let table = Rect::new(area.x, area.y, area.width, area.height - panel);
        (table, Rect::new(area.x, table.bottom(), area.width, panel))
    }

    /// How many list rows the table shows in `area`, for [`PriorityState::scroll_into_view`].
    pub fn list_rows(area: Rect) -> usize {
        let (table, _) = Self::layout(area);
        usize::from(table.height.saturating_sub(1 + Self::legend_rows(table)))
    }

    fn legend_rows(table: Rect) -> u16 {
        u16::from(table.height >= 8)
    }
}

impl Widget for PriorityView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let (table, panel) = Self::layout(area);
        super::table::render(&self, table, Self::legend_rows(table), buf);
        if !panel.is_empty() {
            super::top3::render(&self, panel, panel.width < area.width, buf);
        }
    }
}

/// Column widths of the table; a zero width drops the column.
#[derive(Debug, Clone, Copy)]
pub(super) struct Columns {
    pub rank: usize,
    pub stage: usize,
    pub name: usize,
    pub score: usize,
    pub priority: usize,
    pub quadrant: usize,
}

impl Columns {
    pub fn new(total: usize, items: usize, lang: Lang) -> Self {
        let w = words(lang);
        let rank = items.to_string().len().max(2);
        let priority = width(w.priority_short).max(5);
        let quadrant = Quadrant::ALL
            .iter()
            .map(|&q| width(quadrant_short(lang, q)))
            .chain([width(w.quadrant)])
            .max()
            .unwrap_or(0);
        // rank, three scores, priority, quadrant, the two marks, each after a space
        let fixed = rank + 3 * 4 + (priority + 1) + (quadrant + 1) + 3;
        let flex = total.saturating_sub(fixed + 3);
        let stage = if flex >= 30 {
            (flex * 2 / 5).min(26)
        } else {
            0
        };
        Columns {
            rank,
            stage,
            name: flex - stage,
            score: 3,
            priority,
            quadrant,
        }
    }

    /// The cells of one row: rank, stage, name, F, I, S, priority, quadrant, marks.
    pub fn row(&self, cells: [&str; 8], marks: &str) -> Vec<(String, usize)> {
        let [rank, stage, name, f, i, s, prio, quadrant] = cells;
        let mut out = vec![(pad_left(rank, self.rank) + " ", 0)];
        if self.stage > 0 {
            out.push((pad(stage, self.stage) + " ", 1));
        }
        out.push((pad(name, self.name) + " ", 2));
        for (k, v) in [f, i, s].into_iter().enumerate() {
            out.push((pad_left(v, self.score) + " ", 3 + k));
        }
        out.push((pad_left(prio, self.priority) + " ", 6));
        out.push((pad(quadrant, self.quadrant) + " ", 7));
        out.push((pad(marks, 2), 8));
        out
    }
}

/// Effective scores of a touchpoint, `–` where a scale has no rating yet.
pub(super) fn partial_scores(audit: &Audit, at: TpRef) -> [String; 3] {
    Scale::ALL.map(|s| {
        lookup(audit, at)
            .and_then(|(_, t)| score::effective(t, s))
            .map_or_else(|| "–".to_string(), fmt_num)
    })
}

/// The header cells in the UI language.
pub(super) fn header(lang: Lang) -> [String; 8] {
    let w = words(lang);
    [
        "#".into(),
        w.stage.into(),
        w.touchpoint.into(),
        scale_letter(lang, Scale::Frequency).into(),
        scale_letter(lang, Scale::Impact).into(),
        scale_letter(lang, Scale::Satisfaction).into(),
        w.priority_short.into(),
        w.quadrant.into(),
    ]
}

pub(super) fn put_cells(buf: &mut Buffer, area: Rect, y: u16, cells: &[(String, Style)]) {
    let mut x = area.x;
    for (text, style) in cells {
        x = put(buf, area, x, y, text, *style);
    }
}
