//! The home screen: the user's audits, then the bundled examples.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::{Theme, notice};
use crate::app::{App, HomeEntry};
use crate::i18n::ui::{T, t};
use crate::model::Progress;
use crate::text::{fit, pad, width as width_of};

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

/// The columns both tables share: name and client take what the progress and the date leave.
#[derive(Clone, Copy)]
struct Columns {
    name: usize,
    client: usize,
    bar: usize,
    /// Whether the date of the last change has room.
    date: bool,
}

impl Columns {
    /// The columns of a list `width` wide: the audits (`dated`, with the date of the last
    /// change) or the examples (no date, so their client takes that room too).
    fn of(app: &App, width: u16, dated: bool) -> Columns {
        let bars = app.home.entries.iter().map(|e| e.progress);
        let bars = bars.chain(app.examples.iter().map(|e| Some(e.progress)));
        let bar_w = bars
            .map(|p| width_of(&bar(p)))
            .chain([width_of(t(app.lang, T::ColProgress))])
            .max()
            .unwrap_or(0);
        // "  2026-12-03 10:26" after the progress, unless the name and the client would be
        // left too little room for it; a space after the name and the client.
        let with_date = usize::from(width).saturating_sub(bar_w + 2 + DATE + 2);
        let date = dated && with_date >= 40;
        let room = match date {
            true => with_date,
            false => usize::from(width).saturating_sub(bar_w + 2),
        };
        // The name takes what the longest one needs, up to 3/5 of the room; the client the rest.
        let names: Vec<usize> = match dated {
            true => app
                .home
                .entries
                .iter()
                .map(|e| width_of(&shown_name(e)))
                .collect(),
            false => app.examples.iter().map(|e| width_of(&e.name)).collect(),
        };
        let longest = names
            .into_iter()
            .chain([width_of(t(app.lang, T::ColName))])
            .max()
            .unwrap_or(0);
        let name = longest.min(room * 3 / 5).max(10);
        let client = room.saturating_sub(name).max(6);
        Columns {
            name,
            client,
            bar: bar_w,
            date,
        }
    }
}

/// The width of "2026-12-03 10:26".
const DATE: usize = 16;

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
    let cols = Columns::of(app, inner.width, true);
    // Rows left under the table show the selected audit whole: what the columns cut.
    let table_rows = app.home.entries.len() + 1;
    let [table, details] = if usize::from(inner.height) >= table_rows + DETAILS {
        Layout::vertical([Constraint::Min(1), Constraint::Length(DETAILS as u16)]).areas(inner)
    } else {
        [inner, Rect::default()]
    };
    let rows = usize::from(table.height.saturating_sub(1));
    let first = app
        .home
        .cursor
        .min(app.home.entries.len())
        .saturating_sub(rows.saturating_sub(1));
    let mut lines = vec![header(app, theme, cols)];
    for (i, e) in app.home.entries.iter().enumerate().skip(first).take(rows) {
        let style = if i == app.home.cursor {
            theme.selected
        } else {
            Style::new()
        };
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
            (None, None) if cols.date => Span::raw(format!(
                "{}  {}",
                pad(&bar(e.progress), cols.bar),
                when(app, e)
            )),
            (None, None) => Span::raw(bar(e.progress)),
        };
        lines.push(row(&shown_name(e), &e.client, detail, style, cols));
    }
    frame.render_widget(Paragraph::new(lines), table);
    if let Some(e) = app.home.entries.get(app.home.cursor)
        && details.height > 0
    {
        selected_details(app, e, theme, frame, details);
    }
}

/// The title, when it is more than the file name, with the name `open` takes.
fn shown_name(e: &HomeEntry) -> String {
    if e.title.trim().is_empty() || e.title.trim() == e.name {
        e.name.clone()
    } else {
        format!("{} ({})", e.title.trim(), e.name)
    }
}

fn when(app: &App, e: &HomeEntry) -> String {
    e.updated.map_or(String::new(), |u| {
        crate::store::zone::to_the_minute(u, &app.tz)
    })
}

/// A rule and three lines: the title, the client, and the file.
const DETAILS: usize = 4;

fn selected_details(app: &App, e: &HomeEntry, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let w = usize::from(area.width);
    let client = if e.client.trim().is_empty() {
        String::new()
    } else {
        format!("{}: {}", t(lang, T::ColClient), e.client.trim())
    };
    let lines = vec![
        Line::from(Span::styled("─".repeat(w), theme.border)),
        Line::from(Span::styled(fit(&shown_name(e), w), theme.title)),
        Line::from(Span::raw(fit(&client, w))),
        Line::from(Span::styled(
            fit(&e.path.display().to_string(), w),
            theme.dim,
        )),
    ];
    frame.render_widget(Paragraph::new(lines), area);
}

fn example_list(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let block = Block::bordered()
        .title(Span::styled(t(app.lang, T::Examples), theme.title))
        .border_style(theme.border);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let cols = Columns::of(app, inner.width, false);
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
                cols,
            )
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

fn header(app: &App, theme: &Theme, cols: Columns) -> Line<'static> {
    let lang = app.lang;
    let detail = match cols.date {
        true => Span::raw(format!(
            "{}  {}",
            pad(t(lang, T::ColProgress), cols.bar),
            t(lang, T::ColUpdated)
        )),
        false => Span::raw(t(lang, T::ColProgress).to_string()),
    };
    row(
        t(lang, T::ColName),
        t(lang, T::ColClient),
        detail,
        theme.header,
        cols,
    )
}

/// Name and client in their columns, cut with "…" where they do not fit, then the detail.
fn row(
    name: &str,
    client: &str,
    detail: Span<'static>,
    style: Style,
    cols: Columns,
) -> Line<'static> {
    Line::from(vec![
        Span::raw(format!("{} ", pad(&fit(name, cols.name), cols.name))),
        Span::raw(format!("{} ", pad(&fit(client, cols.client), cols.client))),
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
