//! The disagreement grid on screen (participants × scales, each scale's mean, spread, ⚑ and
//! agreed value), as `app::grid` lays it out: the walk's card draws it among its rows and the
//! workshop's projector after the reveal, both through here. The card's other rows share the
//! same styling by role.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::app::walk::card::{Role, Row};
use crate::model::Lang;
use crate::model::disagreement::Disagreement;
use crate::ui::Theme;

/// The grid's lines for `width` columns; `active` marks the participant whose turn it is.
pub fn lines(
    d: &Disagreement,
    lang: Lang,
    width: usize,
    active: Option<usize>,
    theme: &Theme,
) -> Vec<Line<'static>> {
    crate::app::walk::grid::rows(d, lang, width, active)
        .into_iter()
        .map(|row| line(row, theme))
        .collect()
}

/// The grid in fewer lines for a screen short of height: the participants in two blocks side
/// by side where the width allows (the projector with many people).
pub fn lines_side_by_side(
    d: &Disagreement,
    lang: Lang,
    width: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    crate::app::walk::grid::rows_side_by_side(d, lang, width, None)
        .into_iter()
        .map(|row| line(row, theme))
        .collect()
}

/// One row of the grid or the card, each piece styled by its role.
pub fn line(row: Row, theme: &Theme) -> Line<'static> {
    let spans: Vec<Span> = (row.pieces.into_iter())
        .map(|(text, role)| Span::styled(text, style(theme, role)))
        .collect();
    Line::from(spans)
}

fn style(theme: &Theme, role: Role) -> Style {
    match role {
        Role::Plain => Style::new(),
        Role::Heading => theme.card.heading,
        Role::Dim => theme.card.dim,
        Role::Warning => theme.card.warning,
        Role::ActiveScale => theme.card.active_scale,
        Role::Marked => theme.card.value_mark,
        Role::Guess => theme.card.guess,
        Role::Met => theme.card.met,
        Role::Missed => theme.card.missed,
    }
}
