//! The importance–performance matrix: satisfaction on x, impact on y, one mark per scored
//! touchpoint, its glyph weighted by frequency, tinted by quadrant, labelled by rank.

mod panel;
mod plot;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use crate::app::analysis::matrix_nav::MatrixState;
use crate::app::analysis::matrix_place::Layout;
use crate::app::layout;
use crate::i18n::common::scale_letter;
use crate::i18n::views::words;
use crate::model::{Audit, Crosshair, CrosshairMode, Lang, Ranking, Scale, fmt_num};
use crate::ui::Theme;

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
    /// The crosshair the ranking was made with, for its label.
    pub mode: CrosshairMode,
    /// Where the titles and marks go, when laid out for this plot area, ranking and language;
    /// otherwise the plot lays them out itself (slower, for a one-off size).
    pub layout: Option<&'a Layout>,
    /// The UI language of labels (the audit's own text stays as written).
    pub lang: Lang,
    pub theme: &'a Theme,
    /// Where the selected touchpoint stood in the audit this one follows, when the card would
    /// show it: an old-position mark (○) and a line of the details.
    pub was: Option<crate::model::compare::Point>,
    /// Where touchpoints stood in the audit this one follows, by index into
    /// `ranking.ranked`: each drawn as an old-position mark (`○` and its rank now).
    pub before: &'a [(usize, crate::model::compare::Point)],
    /// The full-screen view: the plot takes the whole area, without the panel.
    pub full: bool,
}

impl Widget for MatrixView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let (plot_area, panel_area) = layout::matrix(area, self.full);
        plot::render(&self, plot_area, panel_area.is_empty(), buf);
        if !panel_area.is_empty() {
            panel::render(&self, panel_area, buf);
        }
    }
}
