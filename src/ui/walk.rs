//! The walk screen: stages, the touchpoint table, the scoring card, status and key hints.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table};

use super::layout::{self, WalkAreas};
use super::theme::Theme;
use crate::i18n::common::{quadrant_short, scale_letter};
use crate::i18n::ui::{self, T, t};
use crate::model::score::{self, Crosshair, Status};
use crate::model::{Scale, Touchpoint, fmt_num};
use crate::tui::app::{App, Walk};
use crate::tui::keymap::{self, Binding};

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(w) = &app.walk else { return };
    let areas: WalkAreas = layout::walk(area);
    if let Some(r) = areas.stages {
        stages(app, w, theme, frame, r);
    }
    if let Some(r) = areas.stage_bar {
        stage_bar(app, w, theme, frame, r);
    }
    table(app, w, theme, frame, areas.table);
    super::card::draw(app, w, theme, frame, areas.card);
    status(app, w, theme, frame, areas.status);
    hints(app, theme, frame, areas.hints);
}

fn stages(app: &App, w: &Walk, theme: &Theme, frame: &mut Frame, area: Rect) {
    let block = Block::bordered()
        .title(Span::styled(t(app.lang, T::Stages), theme.title))
        .border_style(theme.border);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rows = usize::from(inner.height);
    let first = w.stage.saturating_sub(rows.saturating_sub(1));
    let lines: Vec<Line> = w
        .audit
        .stages
        .iter()
        .zip(&w.progress)
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, (s, p))| {
            let count = format!(" {}/{}", p.done(), p.total);
            let room = usize::from(inner.width).saturating_sub(count.len());
            let style = if i == w.stage {
                theme.selected
            } else {
                Style::new()
            };
            let done = if p.total > 0 && p.done() == p.total {
                theme.ok
            } else {
                theme.dim
            };
            Line::from(vec![
                Span::styled(format!("{:<room$}", truncate(&s.name, room)), style),
                Span::styled(count, done),
            ])
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

fn stage_bar(app: &App, w: &Walk, theme: &Theme, frame: &mut Frame, area: Rect) {
    let line = match (w.audit.stages.get(w.stage), w.progress.get(w.stage)) {
        (Some(s), Some(p)) => Line::from(vec![
            Span::styled(
                format!(
                    "{} {}/{}: ",
                    t(app.lang, T::Stages),
                    w.stage + 1,
                    w.audit.stages.len()
                ),
                theme.dim,
            ),
            Span::styled(s.name.as_str(), theme.title),
            Span::styled(format!("  {}/{}", p.done(), p.total), theme.dim),
        ]),
        _ => Line::raw(""),
    };
    frame.render_widget(Paragraph::new(line), area);
}

fn table(app: &App, w: &Walk, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let stage = w.audit.stages.get(w.stage);
    let title = stage.map_or("", |s| s.name.as_str());
    let block = Block::bordered()
        .title(Span::styled(title, theme.title))
        .border_style(theme.focus_border);
    let Some(stage) = stage.filter(|s| !s.touchpoints.is_empty()) else {
        let text = if w.audit.stages.is_empty() {
            T::NoStages
        } else {
            T::EmptyStage
        };
        frame.render_widget(Paragraph::new(t(lang, text)).block(block), area);
        return;
    };
    let rows = layout::table_rows(area);
    let wide = area.width >= 56;
    let body: Vec<Row> = stage
        .touchpoints
        .iter()
        .enumerate()
        .skip(w.scroll)
        .take(rows)
        .map(|(i, tp)| {
            let row = tp_row(app, tp, theme, wide);
            if i == w.tp {
                row.style(theme.selected)
            } else {
                row
            }
        })
        .collect();
    // The quadrant column only when the name keeps a readable width.
    let wide = area.width >= 56;
    let mut titles: Vec<&str> = vec![t(lang, T::ColTouchpoint)];
    titles.extend(Scale::ALL.map(|s| scale_letter(lang, s)));
    titles.push(t(lang, T::ColPriority));
    if wide {
        titles.push(t(lang, T::ColQuadrant));
    }
    titles.push("");
    let header = Row::new(titles).style(theme.header);
    let mut widths = vec![Constraint::Fill(1)];
    widths.extend([Constraint::Length(3); 3]);
    widths.push(Constraint::Length(5));
    if wide {
        widths.push(Constraint::Length(11));
    }
    widths.push(Constraint::Length(2));
    frame.render_widget(
        Table::new(body, widths)
            .header(header)
            .column_spacing(1)
            .block(block),
        area,
    );
}

/// One table row: name, effective F/I/S, priority, quadrant and marks.
fn tp_row<'a>(app: &App, tp: &'a Touchpoint, theme: &Theme, wide: bool) -> Row<'a> {
    let lang = app.lang;
    let marks = format!(
        "{}{}",
        if tp.notes.trim().is_empty() {
            ' '
        } else {
            '✎'
        },
        if score::needs_discussion(tp) {
            '⚑'
        } else {
            ' '
        }
    );
    let scales = Scale::ALL.map(|s| match score::effective(tp, s) {
        Some(v) if !tp.not_applicable => fmt_num(v),
        _ => "·".to_string(),
    });
    let (prio, quadrant) = match score::status(tp) {
        Status::Scored(s) => {
            let q = Crosshair::MIDPOINT.quadrant(&s);
            let mark = if s.critical() { "!" } else { "" };
            (
                Cell::from(format!("{}{mark}", fmt_num(s.priority()))),
                Cell::from(Span::styled(quadrant_short(lang, q), theme.quadrant(q))),
            )
        }
        Status::NotApplicable => (Cell::from(t(lang, T::NotApplicable)), Cell::from("")),
        Status::Unscored => (Cell::from(""), Cell::from("")),
    };
    let name = if tp.not_applicable {
        Cell::from(Span::styled(tp.name.as_str(), theme.dim))
    } else {
        Cell::from(tp.name.as_str())
    };
    let [f, i, s] = scales;
    let mut cells = vec![name, f.into(), i.into(), s.into(), prio];
    if wide {
        cells.push(quadrant);
    }
    cells.push(marks.into());
    Row::new(cells)
}

fn status(app: &App, w: &Walk, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let p = w.total_progress();
    let participant = w
        .audit
        .participants
        .get(w.participant)
        .map_or("", |p| p.name.as_str());
    let mut spans = vec![
        Span::styled(format!(" {} ", w.audit.name), theme.title),
        Span::raw(format!("{}  ", ui::progress(lang, p.done(), p.total))),
        Span::raw(format!("{}: {participant}  ", t(lang, T::Participant))),
    ];
    // A read-only window never saves: whose the audit is comes first, before it can be cut off.
    // A refusal names the holder too, so it takes the banner's place rather than adding to it.
    if let Some(text) = &w.read_only {
        let text = app.flash.as_ref().unwrap_or(text);
        spans.insert(1, Span::styled(format!("{text}  "), theme.error));
    }
    spans.push(match (&w.save_error, w.saved_at) {
        _ if w.read_only.is_some() => Span::raw(""),
        (Some(e), _) => Span::styled(ui::save_failed(lang, e), theme.error),
        (None, _) if w.dirty => Span::styled(t(lang, T::Unsaved), theme.dim),
        (None, Some(at)) => Span::styled(
            format!(
                "{} {}",
                t(lang, T::Saved),
                app.tz.to_datetime(at).strftime("%H:%M:%S")
            ),
            theme.ok,
        ),
        (None, None) => Span::raw(""),
    });
    if let Some(flash) = app.flash.as_ref().filter(|_| w.read_only.is_none()) {
        spans.push(Span::styled(format!("  {flash}"), theme.warning));
    }
    if let Some(alert) = &app.alert {
        spans.push(Span::styled(format!("  {alert}"), theme.error));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// The bottom line: the hinted keys of what has the keys now.
pub fn hints(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let table: &[Binding] = keymap::active(app);
    let spans: Vec<Span> = table
        .iter()
        .filter(|b| b.hint)
        .flat_map(|b| {
            [
                Span::styled(format!(" {} ", b.label), theme.key),
                Span::styled(format!("{} ", t(app.lang, b.text)), theme.dim),
            ]
        })
        .collect();
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Cuts a string to at most `width` display columns.
pub fn truncate(s: &str, width: usize) -> String {
    use unicode_segmentation::UnicodeSegmentation;
    use unicode_width::UnicodeWidthStr;
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let gw = g.width();
        if used + gw > width {
            break;
        }
        used += gw;
        out.push_str(g);
    }
    out
}
