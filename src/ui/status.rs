//! The status line of the screens on an open audit (analysis, compare, workshop): the list's
//! filter, the save state, then the alert or the last flash.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{Theme, notice};
use crate::app::{App, Screen, Walk};
use crate::i18n::ui::{self, T, t};
use crate::text::{cut_at_word, width};

/// Save state, then the last export's outcome: written files, or the error in the error style.
pub(super) fn draw(app: &App, w: &Walk, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lang = lang_of(app, w);
    let mut spans = Vec::new();
    if app.screen == Screen::Priority
        && let Some(filter) = super::filter_span(app, w, theme, frame, area)
    {
        spans.push(filter);
    }
    spans.push(match &w.save_error {
        Some(e) => {
            let why = notice::failure(lang, e);
            Span::styled(
                format!(" {}", ui::save_failed(lang, &why)),
                theme.status.error,
            )
        }
        None => match save_state(app, w, theme) {
            s if s.content.is_empty() => s,
            s => Span::styled(format!(" {}", s.content), s.style),
        },
    });
    push_message(app, w, theme, &mut spans, usize::from(area.width));
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The language of the status line: the projector speaks the room's language, the audit's,
/// whatever the laptop's; every other screen the laptop's.
fn lang_of(app: &App, w: &Walk) -> crate::model::Lang {
    if app.screen == Screen::Workshop {
        w.audit.lang
    } else {
        app.lang
    }
}

/// The save state of the status lines: "not saved yet", or when the last save was; nothing
/// in a read-only window (it never saves) or after a failed save (which is said apart).
pub(super) fn save_state<'a>(app: &App, w: &Walk, theme: &Theme) -> Span<'a> {
    let lang = lang_of(app, w);
    match (&w.save_error, w.saved_at) {
        // A read-only window never saves, so it has no save state to show.
        _ if w.read_only.is_some() => Span::raw(""),
        (Some(_), _) => Span::raw(""),
        (None, _) if w.dirty => Span::styled(t(lang, T::Unsaved), theme.status.unsaved),
        (None, Some(at)) => Span::styled(
            format!(
                "✓ {} {}",
                t(lang, T::Saved),
                app.tz.to_datetime(at).strftime("%H:%M:%S")
            ),
            theme.status.saved,
        ),
        (None, None) => Span::raw(""),
    }
}

/// The alert or the last flash after the save state, in a line of `line` columns. A message
/// too long to follow the save state takes its place while it shows (a failed save stays), and
/// is cut after a whole word when even that is too short.
fn push_message(app: &App, w: &Walk, theme: &Theme, spans: &mut Vec<Span<'static>>, line: usize) {
    let lang = lang_of(app, w);
    // An alert is drawn as an error, set off by a space on each side; a flash follows.
    let message = match (&app.alert, &app.flash) {
        (Some(alert), _) => Some((notice::text(lang, alert), theme.status.error, " ")),
        (None, Some(flash)) => Some((notice::text(lang, flash), theme.status.flash, "")),
        (None, None) => None,
    };
    if let Some((text, style, end)) = message {
        let used = |spans: &[Span]| spans.iter().map(Span::width).sum::<usize>();
        let wide = |spans: &[Span]| used(spans) + 2 + width(&text) + end.len() > line;
        if wide(spans) && w.save_error.is_none() {
            spans.pop();
        }
        let room = line.saturating_sub(used(spans) + 2 + end.len());
        let text = cut_at_word(&text, room);
        match end {
            "" => spans.push(Span::styled(format!("  {text}"), style)),
            _ => spans.extend([Span::raw(" "), Span::styled(format!(" {text} "), style)]),
        }
    }
}
