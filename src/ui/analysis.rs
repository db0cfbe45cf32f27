//! The matrix and priority-list screens: a title line, the widget, status and key hints.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::theme::{self, Theme};
use crate::i18n::ui::{self, T, t};
use crate::model::Ranking;
use crate::tui::app::{App, Screen, Walk};
use crate::views::matrix::{MatrixStyles, MatrixView};
use crate::views::priority::{PriorityStyles, PriorityView};

/// The title, body, status and hint rows of an analysis screen.
fn areas(area: Rect) -> [Rect; 4] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area)
}

/// Where the widget goes; `update` uses it to keep the list's selection visible.
pub fn body(area: Rect) -> Rect {
    areas(area)[1]
}

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(w) = &app.walk else { return };
    let [title_area, body, status_area, hints] = areas(area);
    let ranking = w.ranking();
    let mono = theme::no_color();
    let title = match app.screen {
        Screen::Matrix => {
            let styles = match mono {
                true => MatrixStyles::monochrome(),
                false => MatrixStyles::colored(),
            };
            let view = MatrixView {
                audit: &w.audit,
                ranking: &ranking,
                state: &w.matrix,
                lang: app.lang,
                styles,
            };
            frame.render_widget(view, body);
            T::MatrixTitle
        }
        _ => {
            let styles = match mono {
                true => PriorityStyles::monochrome(),
                false => PriorityStyles::colored(),
            };
            let view = PriorityView {
                audit: &w.audit,
                ranking: &ranking,
                state: &w.priority,
                lang: app.lang,
                styles,
            };
            frame.render_widget(view, body);
            T::PriorityTitle
        }
    };
    title_line(app, w, &ranking, title, theme, frame, title_area);
    status(app, w, theme, frame, status_area);
    super::walk::hints(app, theme, frame, hints);
}

/// "Priority matrix  audit-name  12 ranked · 2 critical".
fn title_line(
    app: &App,
    w: &Walk,
    ranking: &Ranking,
    title: T,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
) {
    let lang = app.lang;
    let counts = format!(
        "{} {} · {} {}",
        ranking.ranked.len(),
        t(lang, T::Ranked),
        ranking.critical_count(),
        t(lang, T::Critical)
    );
    let line = Line::from(vec![
        Span::styled(format!(" {} ", t(lang, title)), theme.title),
        Span::raw(format!(" {}  ", w.audit.name)),
        Span::styled(counts, theme.dim),
    ]);
    frame.render_widget(Paragraph::new(line), area);
}

/// Save state, then the last export's outcome: written files, or the error in the error style.
fn status(app: &App, w: &Walk, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let mut spans = vec![match (&w.save_error, w.saved_at) {
        (Some(e), _) => Span::styled(format!(" {}", ui::save_failed(lang, e)), theme.error),
        (None, _) if w.dirty => Span::styled(format!(" {}", t(lang, T::Unsaved)), theme.dim),
        (None, Some(at)) => Span::styled(
            format!(
                " {} {}",
                t(lang, T::Saved),
                app.tz.to_datetime(at).strftime("%H:%M:%S")
            ),
            theme.ok,
        ),
        (None, None) => Span::raw(""),
    }];
    if let Some(alert) = &app.alert {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(format!(" {alert} "), theme.error));
    } else if let Some(flash) = &app.flash {
        spans.push(Span::styled(format!("  {flash}"), theme.warning));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}
