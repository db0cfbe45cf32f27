//! The status line of the screens on an open audit (analysis, compare, workshop): the list's
//! filter, the save state, then the alert or the last flash.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Theme, notice};
use crate::app::{App, Screen, Walk};
use crate::i18n::ui::{self, T, t};

/// Save state, then the last export's outcome: written files, or the error in the error style.
pub(super) fn draw(app: &App, w: &Walk, theme: &Theme, frame: &mut Frame, area: Rect) {
    // The projector speaks the room's language, the audit's, whatever the laptop's.
    let lang = if app.screen == Screen::Workshop {
        w.audit.lang
    } else {
        app.lang
    };
    let mut spans = Vec::new();
    if app.screen == Screen::Priority
        && let Some(filter) = super::filter_span(app, w, theme, frame, area)
    {
        spans.push(filter);
    }
    spans.push(match (&w.save_error, w.saved_at) {
        (Some(e), _) => {
            let why = notice::failure(lang, e);
            Span::styled(
                format!(" {}", ui::save_failed(lang, &why)),
                theme.status.error,
            )
        }
        (None, _) if w.dirty => {
            Span::styled(format!(" {}", t(lang, T::Unsaved)), theme.status.unsaved)
        }
        (None, Some(at)) => Span::styled(
            format!(
                " ✓ {} {}",
                t(lang, T::Saved),
                app.tz.to_datetime(at).strftime("%H:%M:%S")
            ),
            theme.status.saved,
        ),
        (None, None) => Span::raw(""),
    });
    if let Some(alert) = &app.alert {
        spans.push(Span::raw(" "));
        let alert = notice::text(lang, alert);
        spans.push(Span::styled(format!(" {alert} "), theme.status.error));
    } else if let Some(flash) = &app.flash {
        let flash = notice::text(lang, flash);
        spans.push(Span::styled(format!("  {flash}"), theme.status.flash));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
