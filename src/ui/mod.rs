//! Drawing: one view per screen, pure functions of the app state.

pub mod action_form;
pub mod analysis;
pub mod card;
pub mod dialogs;
pub mod help;
pub mod home;
pub mod layout;
pub mod table;
pub mod theme;
pub mod walk;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::i18n::ui::{T, t};
use crate::tui::app::{App, Screen};
use theme::Theme;

/// Draws the whole screen for the current state.
pub fn view(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let theme = Theme::from_env();
    if layout::too_small(area) {
        too_small(app, &theme, frame, area);
        return;
    }
    match app.screen {
        Screen::Home => home::draw(app, &theme, frame, area),
        Screen::Walk => walk::draw(app, &theme, frame, area),
        Screen::Matrix | Screen::Priority => analysis::draw(app, &theme, frame, area),
    }
    dialogs::draw(app, &theme, frame, area);
}

fn too_small(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let text = vec![
        Line::styled(t(app.lang, T::TooSmall), theme.warning),
        Line::raw(t(app.lang, T::TooSmallNeed)),
    ];
    let top = area.height.saturating_sub(2) / 2;
    let rect = Rect {
        y: area.y + top,
        height: area.height - top,
        ..area
    };
    frame.render_widget(
        Paragraph::new(text)
            .alignment(Alignment::Center)
            .wrap(Wrap { trim: true }),
        rect,
    );
}
