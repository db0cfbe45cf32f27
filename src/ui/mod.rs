//! Drawing: `view` draws the whole screen as a pure function of the app state and the theme.
//! A folder per screen under the same names as `app`'s rooms (`home`, `walk` with its table
//! and card, `analysis`, `compare`, `workshop`, `dialogs` with the action form and the help);
//! shared at the top: the hint line (`hints`), the open audit's status line (`status`), the
//! words of notices (`notice`), the dialog frame (`dialog_box`), the styles (`theme`) and
//! `widgets`, the analysis widgets (matrix, priority list) that draw into a buffer. Views read
//! `app` (state, key tables, layout) and never the runtime.

mod analysis;
mod compare;
mod dialog_box;
mod dialogs;
mod hints;
mod home;
pub mod notice;
mod status;
pub mod theme;
mod walk;
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

/// The audit's title as the status and title lines show it: a long one cut to the `room` the
/// line leaves it (8 columns at least), ending in "…" so the cut shows.
pub(crate) fn audit_title(audit: &crate::model::Audit, room: usize) -> String {
    crate::text::fit(audit.display_title(), room.max(8))
}

/// The name filter at the start of a status line at `area`: `/text  3 of 25`, with the cursor
/// in it while it is typed; `None` without a filter.
pub(crate) fn filter_span(
    app: &App,
    w: &crate::app::Walk,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) -> Option<ratatui::text::Span<'static>> {
    let typing = match &app.modal {
        Some(crate::app::Modal::Filter(editor)) => Some(editor),
        _ => None,
    };
    if w.filter.is_empty() && typing.is_none() {
        return None;
    }
    if let Some(editor) = typing {
        let col = u16::try_from(editor.cursor_position().1).unwrap_or(u16::MAX);
        let x = area.x.saturating_add(2).saturating_add(col);
        if x < area.right() {
            frame.set_cursor_position(ratatui::layout::Position::new(x, area.y));
        }
    }
    let text = crate::i18n::ui::filter_status(app.lang, &w.filter, w.filter_counts());
    Some(ratatui::text::Span::styled(
        format!(" {text} "),
        theme.status.filter,
    ))
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
