//! The home screen: the user's audits, then the bundled examples.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::{Theme, notice};
use crate::app::App;
use crate::i18n::ui::{T, t};
use crate::model::Progress;
use crate::text::cut;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let ex_height = u16::try_from(app.examples.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let [audits, examples, status, hints] = Layout::vertical([
        Constraint::Min(3),
        Constraint::Length(ex_height),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    audit_list(app, theme, frame, audits);
    example_list(app, theme, frame, examples);
    // An alert (an audit left unsaved, say) outranks a passing message.
    let status_line = match (&app.alert, &app.flash) {
        (Some(alert), _) => Some((alert, theme.status.error)),
        (None, Some(flash)) => Some((flash, theme.status.flash)),
        (None, None) => None,
    };
    if let Some((n, style)) = status_line {
        let text = notice::text(app.lang, n);
        frame.render_widget(Paragraph::new(Span::styled(text, style)), status);
    }
    super::hints::draw(app, theme, frame, hints);
}

fn audit_list(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let block = Block::bordered()
        .title(Span::styled(
            format!(" tpaudit · {} ", t(lang, T::YourAudits)),
            theme.title,
        ))
        .border_style(theme.focus_border);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if app.home.entries.is_empty() {
        frame.render_widget(
            Paragraph::new(Span::styled(t(lang, T::NoAudits), theme.dim)),
            inner,
        );
        return;
    }
    let rows = usize::from(inner.height.saturating_sub(1));
    let first = app
        .home
        .cursor
        .min(app.home.entries.len())
        .saturating_sub(rows.saturating_sub(1));
    let mut lines = vec![header(app, theme, inner.width)];
    for (i, e) in app.home.entries.iter().enumerate().skip(first).take(rows) {
        let style = if i == app.home.cursor {
            theme.selected
        } else {
            Style::new()
        };
        let when = e.updated.map_or(String::new(), |u| {
            app.tz.to_datetime(u).strftime("%Y-%m-%d %H:%M").to_string()
        });
        let detail = match (&e.error, &e.copy_of) {
            (Some(_), _) => Span::styled(t(lang, T::Unreadable), theme.status.flash),
            // The mark comes first, so a narrow screen still shows it.
            (None, Some(of)) => Span::styled(
                format!(
                    "{}  {}",
                    crate::i18n::ui::copy_of(lang, of),
                    bar(e.progress)
                ),
                theme.status.flash,
            ),
            (None, None) => Span::raw(format!("{}  {when}", bar(e.progress))),
        };
        // The title, when it is more than the file name, with the name `open` takes.
        let name = if e.title.trim().is_empty() {
            e.name.clone()
        } else {
            format!("{} ({})", e.title.trim(), e.name)
        };
        lines.push(row(&name, &e.client, detail, style, inner.width));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}

fn example_list(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let block = Block::bordered()
        .title(Span::styled(t(app.lang, T::Examples), theme.title))
        .border_style(theme.border);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let offset = app.home.entries.len();
    let lines: Vec<Line> = app
        .examples
        .iter()
        .enumerate()
        .map(|(i, ex)| {
            let style = if offset + i == app.home.cursor {
                theme.selected
            } else {
                Style::new()
            };
            row(
                &ex.name,
                &ex.client,
                Span::raw(bar(Some(ex.progress))),
                style,
                inner.width,
            )
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

fn header(app: &App, theme: &Theme, width: u16) -> Line<'static> {
    let lang = app.lang;
    let detail = Span::raw(format!("{:<17}", t(lang, T::ColProgress)));
    let mut line = row(
        t(lang, T::ColName),
        t(lang, T::ColClient),
        detail,
        theme.header,
        width,
    );
    line.spans.push(Span::styled(
        format!("  {}", t(lang, T::ColUpdated)),
        theme.header,
    ));
    line
}

/// Name and client in columns sized to the width, then the detail.
fn row(name: &str, client: &str, detail: Span<'static>, style: Style, width: u16) -> Line<'static> {
    let name_w = usize::from(width / 3).max(10);
    let client_w = usize::from(width / 5).max(6);
    Line::from(vec![
        Span::raw(format!("{:<name_w$} ", cut(name, name_w))),
        Span::raw(format!("{:<client_w$} ", cut(client, client_w))),
        detail,
    ])
    .style(style)
}

/// "[#####-----] 12/40".
fn bar(p: Option<Progress>) -> String {
    let Some(p) = p else { return String::new() };
    let filled = (p.done() * 10).checked_div(p.total).unwrap_or(0);
    format!(
        "[{}{}] {}",
        "#".repeat(filled),
        "-".repeat(10 - filled),
        p.fraction()
    )
}
