//! The importance–performance matrix: satisfaction on x, impact on y, one mark per scored
//! touchpoint, its glyph weighted by frequency, tinted by quadrant, labelled by rank.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Modifier, Style};
use ratatui::widgets::Widget;

use super::Direction;
use crate::i18n::common::scale_letter;
use crate::i18n::views::words;
use crate::model::{
    self, Audit, Crosshair, CrosshairMode, Lang, Quadrant, Ranking, Scale, TpRef, fmt_num,
};

/// Moves narrower than this count as no move at all on the plane.
const EPSILON: f64 = 1e-9;

/// Which mark is selected and where the crosshair sits. Pure: the app forwards keys to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct MatrixState {
    /// Index into `ranking.ranked`.
    pub selected: usize,
    pub mode: CrosshairMode,
}

impl MatrixState {
    /// Ranks the audit with this state's crosshair mode.
    pub fn ranking(&self, audit: &Audit) -> Ranking {
        model::rank(audit, self.mode)
    }

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

    /// Switches the crosshair between the scale midpoint and the data mean.
    /// Ranks do not depend on the crosshair, so the selection keeps its touchpoint.
    pub fn toggle_crosshair(&mut self) {
        self.mode = match self.mode {
            CrosshairMode::Midpoint => CrosshairMode::DataMean,
            CrosshairMode::DataMean => CrosshairMode::Midpoint,
        };
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

/// How one quadrant looks: its area style and, for terminals without colour, a fill pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuadrantLook {
    /// Style of the quadrant's empty cells (its background tint).
    pub area: Style,
    /// Style of the quadrant's name and of its glyphs in the legend.
    pub accent: Style,
    /// Fill character of empty cells.
    pub fill: char,
    /// The fill is drawn on every `fill_every`-th column (0: never).
    pub fill_every: u16,
}

/// Every colour and modifier of the matrix view.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MatrixStyles {
    /// Looks of fix first, keep up, low priority, overkill (in [`Quadrant::ALL`] order).
    pub quadrants: [QuadrantLook; 4],
    pub axis: Style,
    pub crosshair: Style,
    pub mark: Style,
    /// Patched onto the mark of a critical touchpoint.
    pub critical_mark: Style,
    pub selected: Style,
    pub title: Style,
    pub dim: Style,
    pub critical: Style,
}

impl MatrixStyles {
    /// Quadrants tinted by background colour.
    pub fn colored() -> Self {
        let look = |bg: u8, fg: Color| QuadrantLook {
            area: Style::new().bg(Color::Indexed(bg)),
            accent: Style::new().fg(fg).add_modifier(Modifier::BOLD),
            fill: ' ',
            fill_every: 0,
        };
        MatrixStyles {
            quadrants: [
                look(52, Color::LightRed),
                look(22, Color::LightGreen),
                look(236, Color::Gray),
                look(58, Color::Yellow),
            ],
            axis: Style::new().fg(Color::Gray),
            crosshair: Style::new().fg(Color::Gray),
            mark: Style::new().fg(Color::White).add_modifier(Modifier::BOLD),
            critical_mark: Style::new().add_modifier(Modifier::UNDERLINED),
            selected: Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD),
            title: Style::new().add_modifier(Modifier::BOLD),
            dim: Style::new().fg(Color::DarkGray),
            critical: Style::new()
                .fg(Color::LightRed)
                .add_modifier(Modifier::BOLD),
        }
    }

    /// No colour at all (`NO_COLOR`): quadrants differ by fill pattern, emphasis by modifiers.
    pub fn monochrome() -> Self {
        let look = |fill: char, fill_every: u16, accent: Modifier| QuadrantLook {
            area: Style::new(),
            accent: Style::new().add_modifier(accent),
            fill,
            fill_every,
        };
        MatrixStyles {
            quadrants: [
                look('░', 1, Modifier::BOLD),
                look(' ', 0, Modifier::BOLD),
                look('.', 4, Modifier::empty()),
                look(':', 4, Modifier::ITALIC),
            ],
            axis: Style::new(),
            crosshair: Style::new(),
            mark: Style::new().add_modifier(Modifier::BOLD),
            critical_mark: Style::new().add_modifier(Modifier::UNDERLINED),
            selected: Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            title: Style::new().add_modifier(Modifier::BOLD),
            dim: Style::new(),
            critical: Style::new().add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        }
    }

    /// The look of a quadrant.
    pub fn quadrant(&self, q: Quadrant) -> &QuadrantLook {
        &self.quadrants[match q {
            Quadrant::FixFirst => 0,
            Quadrant::KeepUp => 1,
            Quadrant::LowPriority => 2,
            Quadrant::Overkill => 3,
        }]
    }
}

/// Frequency shown by the weight of a mark, from 1 (rarely) to 5 (almost every customer).
pub const FREQUENCY_GLYPHS: [&str; 5] = ["·", "∘", "•", "●", "◉"];

/// The mark glyph for an effective frequency.
pub fn glyph(frequency: f64) -> &'static str {
    let class = frequency.round().clamp(1.0, 5.0) as usize;
    FREQUENCY_GLYPHS[class - 1]
}

/// The crosshair label: its kind and position, e.g. `┼ midpoint: S 3 · I 3`.
pub fn crosshair_label(lang: Lang, mode: CrosshairMode, at: &Crosshair) -> String {
    let w = words(lang);
    let kind = match mode {
        CrosshairMode::Midpoint => w.midpoint,
        CrosshairMode::DataMean => w.data_mean,
    };
    format!(
        "┼ {kind}: {} {} · {} {}",
        scale_letter(lang, Scale::Satisfaction),
        fmt_num(at.satisfaction),
        scale_letter(lang, Scale::Impact),
        fmt_num(at.impact)
    )
}

/// The matrix widget: the plot on the left, the legend and the selected mark's details on the
/// right when there is room.
pub struct MatrixView<'a> {
    pub audit: &'a Audit,
    pub ranking: &'a Ranking,
    pub state: &'a MatrixState,
    /// The UI language of labels (the audit's own text stays as written).
    pub lang: Lang,
    pub styles: MatrixStyles,
}

/// Narrower than this, the legend panel is left out and the plot takes the whole area.
const MIN_WIDTH_FOR_PANEL: u16 = 60;

impl MatrixView<'_> {
    /// The plot area and the panel area (empty when there is no room for a panel).
    fn split(area: Rect) -> (Rect, Rect) {
        if area.width < MIN_WIDTH_FOR_PANEL {
            return (area, Rect::new(area.right(), area.y, 0, area.height));
        }
        let panel = (area.width * 2 / 5).clamp(26, 56);
        let plot = Rect::new(area.x, area.y, area.width - panel, area.height);
        (plot, Rect::new(plot.right(), area.y, panel, area.height))
    }
}

impl Widget for MatrixView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let (plot_area, panel_area) = Self::split(area);
        super::plot::render(&self, plot_area, panel_area.is_empty(), buf);
        if !panel_area.is_empty() {
            super::panel::render(&self, panel_area, buf);
        }
    }
}
