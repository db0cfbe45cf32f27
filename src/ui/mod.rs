//! Drawing: `view` draws the whole screen as a pure function of the app state and the theme.
//! One file per screen (`home`, `walk` with `walk_table` and `card`, `analysis`), the dialogs,
//! the shared lines (`hints`), the words of notices (`notice`) and the styles (`theme`);
//! `widgets` holds the analysis widgets (matrix, priority list) that draw into a buffer.
//! Views read `app` (state, key tables, layout) and never the runtime.

mod action_form;
mod analysis;
mod card;
mod compare;
mod dialog_box;
mod dialogs;
mod help;
mod hints;
mod home;
pub mod notice;
pub mod theme;
mod walk;
mod walk_table;
pub mod widgets;
mod workshop;

use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::app::layout;
use crate::app::{App, Screen};
use crate::i18n::ui::{T, t};
pub use theme::Theme;

/// Draws the whole screen for the current state.
pub fn view(app: &App, theme: &Theme, frame: &mut Frame) {
    let area = frame.area();
    frame.buffer_mut().set_style(area, theme.root);
    if layout::too_small(area) {
        too_small(app, theme, frame, area);
        return;
    }
    match app.screen {
        Screen::Home => home::draw(app, theme, frame, area),
        Screen::Walk => walk::draw(app, theme, frame, area),
        Screen::Matrix | Screen::Priority => analysis::draw(app, theme, frame, area),
        Screen::Workshop => workshop::draw(app, theme, frame, area),
        Screen::Compare => compare::draw(app, theme, frame, area),
    }
    dialogs::draw(app, theme, frame, area);
}

/// The audit's title as the status and title lines show it: a long one cut to 40 columns, or
/// to the `room` the line leaves it, ending in "…" so the cut shows.
pub(crate) fn audit_title(audit: &crate::model::Audit, room: usize) -> String {
    crate::text::fit(audit.display_title(), room.clamp(8, 40))
}

/// "▲ 3 more" or "▼ 3 more": rows of a table above or below what it shows; empty for none.
pub(crate) fn more_sign(lang: crate::model::Lang, up: bool, n: usize) -> String {
    if n == 0 {
        return String::new();
    }
    let arrow = if up { "▲" } else { "▼" };
    format!(" {arrow} {} ", crate::i18n::ui::more(lang, n))
}

fn too_small(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let text = vec![
        Line::styled(t(app.lang, T::TooSmall), theme.status.flash),
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
