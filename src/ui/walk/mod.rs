//! The walk screen: stages, the touchpoint table, the scoring card, status and key hints.

mod card;
mod table;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::Theme;
use super::notice;
use crate::app::layout::{self, WalkAreas};
use crate::app::{App, Walk};
use crate::i18n::ui::{self, T, t};
use crate::model::funnel::Funnel;
use crate::text::{cut_at_word, fit, width, wrap};
use crate::ui::widgets::funnel::{bar_spans as funnel_bar, stage_lines as funnel_lines};

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(w) = &app.walk else { return };
    let areas: WalkAreas = layout::walk(area);
    // The stage list or, on a narrow screen, the stage header shows the funnel's figures.
    let funnel = crate::model::funnel::funnel(&w.audit);
    if let Some(r) = areas.stages {
        stages(app, w, &funnel, theme, frame, r);
    }
    if let Some(r) = areas.stage_bar {
        stage_bar(app, w, &funnel, theme, frame, r);
    }
    table::draw(app, w, theme, frame, areas.table);
    if w.filter.is_empty() || w.selection_shown() {
        card::draw(app, w, theme, frame, areas.card);
    } else {
        // A filter that keeps nothing: no touchpoint is selected on screen, so no card.
        frame.render_widget(Block::bordered().border_style(theme.border), areas.card);
    }
    status(app, w, theme, frame, areas.status);
    super::hints::draw(app, theme, frame, areas.hints);
}

/// The stage list; a long name wraps under itself rather than being cut.
fn stages(app: &App, w: &Walk, funnel: &Funnel, theme: &Theme, frame: &mut Frame, area: Rect) {
    let block = Block::bordered()
        .title(Span::styled(t(app.lang, T::Stages), theme.title))
        .border_style(theme.border);
    let inner = block.inner(area);
    let rows = usize::from(inner.height);
    let entry = |i: usize| {
        let mut lines = stage_lines(w, i, theme, usize::from(inner.width));
        let width = usize::from(inner.width);
        lines.extend(funnel_lines(app.lang, funnel, i, theme, width));
        lines
    };
    let first = w.first_listed_stage(funnel, usize::from(inner.width), rows);
    let mut lines = Vec::with_capacity(rows);
    let mut shown = first;
    for i in first..w.audit.stages.len() {
        if lines.len() >= rows {
            break;
        }
        lines.extend(entry(i));
        if lines.len() <= rows {
            shown = i + 1;
        }
    }
    let below = w.audit.stages.len().saturating_sub(shown);
    let block = block
        .title_top(Line::styled(super::more_sign(app.lang, true, first), theme.dim).right_aligned())
        .title_bottom(
            Line::styled(super::more_sign(app.lang, false, below), theme.dim).right_aligned(),
        );
    frame.render_widget(block, area);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// One stage's lines: the name wrapped beside its `done/total`, green once complete.
fn stage_lines(w: &Walk, i: usize, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let (Some(stage), Some(p)) = (w.audit.stages.get(i), w.progress.get(i)) else {
        return Vec::new();
    };
    let count = format!(" {}", p.fraction());
    let room = w.stage_name_room(i, width);
    let style = if i == w.stage {
        theme.selected
    } else if !w.filter.is_empty() && w.visible(i).is_empty() {
        // The name filter keeps nothing here: `[` `]` pass the stage by.
        theme.dim
    } else {
        Style::new()
    };
    let done = if p.total > 0 && p.done() == p.total {
        theme.walk.stage_done
    } else {
        theme.walk.stage_open
    };
    let mut parts = wrap(&stage.name, room);
    if parts.is_empty() {
        parts.push(String::new());
    }
    parts
        .into_iter()
        .enumerate()
        .map(|(n, part)| {
            let tail = if n == 0 { count.clone() } else { String::new() };
            Line::from(vec![
                Span::styled(format!("{part:<room$}"), style),
                Span::styled(tail, done),
            ])
        })
        .collect()
}

fn stage_bar(app: &App, w: &Walk, funnel: &Funnel, theme: &Theme, frame: &mut Frame, area: Rect) {
    let line = match (w.audit.stages.get(w.stage), w.progress.get(w.stage)) {
        (Some(s), Some(p)) => Line::from(vec![
            Span::styled(
                format!(
                    "{} {} {} {}: ",
                    t(app.lang, T::StageOf),
                    w.stage + 1,
                    t(app.lang, T::Of),
                    w.audit.stages.len()
                ),
                theme.dim,
            ),
            Span::styled(s.name.as_str(), theme.title),
            Span::styled(format!("  · {}", ui::progress(app.lang, *p)), theme.dim),
        ]),
        _ => Line::raw(""),
    };
    let room = usize::from(area.width).saturating_sub(line.width());
    let mut line = line;
    line.spans
        .extend(funnel_bar(app.lang, funnel, w.stage, theme, room));
    frame.render_widget(Paragraph::new(line), area);
}

/// Audit, progress and participant on the left (or a passing message), the save state right.
fn status(app: &App, w: &Walk, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    // A failing save is the one thing the user must read whole: it takes the line, after any
    // passing message (such as "press q again").
    if let (Some(e), None) = (&w.save_error, &w.read_only) {
        let mut spans = Vec::new();
        if let Some(flash) = &app.flash {
            let flash = notice::text(lang, flash);
            spans.push(Span::styled(format!(" {flash} "), theme.status.flash));
        }
        let why = notice::failure(lang, e);
        spans.push(Span::styled(
            format!(" {}", ui::save_failed(lang, &why)),
            theme.status.error,
        ));
        frame.render_widget(Paragraph::new(Line::from(spans)), area);
        return;
    }
    let saved = super::status::save_state(app, w, theme);
    let message = status_message(app, w, theme);
    // A message too long to sit beside the save state takes the whole line while it shows.
    let saved = match &message {
        Some((text, _)) if width(text) + saved.width() + 2 > usize::from(area.width) => {
            Span::raw("")
        }
        _ => saved,
    };
    let right = u16::try_from(saved.width() + 1)
        .unwrap_or(u16::MAX)
        .min(area.width);
    let [left_area, right_area] =
        Layout::horizontal([Constraint::Min(0), Constraint::Length(right)]).areas(area);
    // Right-aligned, so the column to spare keeps it apart from a long left side.
    let saved = Paragraph::new(saved).alignment(ratatui::layout::Alignment::Right);
    frame.render_widget(saved, right_area);
    let filter = super::filter_span(app, w, theme, frame, left_area);
    let room = usize::from(left_area.width).saturating_sub(filter.as_ref().map_or(0, Span::width));
    let mut left = match message {
        // Cut after a whole word when even the whole line is too short.
        Some((text, style)) => Line::styled(
            format!(" {}", cut_at_word(&text, room.saturating_sub(1))),
            style,
        ),
        None => status_left(app, w, theme, room),
    };
    if let Some(filter) = filter {
        left.spans.insert(0, filter);
    }
    frame.render_widget(Paragraph::new(left), left_area);
}

/// What the left of the status line says instead of the audit: whose the audit is when
/// read-only (a refusal names the holder too, so it takes the banner's place), else an error or
/// a passing message.
fn status_message(app: &App, w: &Walk, theme: &Theme) -> Option<(String, Style)> {
    let lang = app.lang;
    if let Some(read_only) = &w.read_only {
        let text = match &app.flash {
            Some(flash) => notice::text(lang, flash),
            None => notice::read_only(lang, read_only),
        };
        return Some((text, theme.status.error));
    }
    if let Some(alert) = &app.alert {
        return Some((notice::text(lang, alert), theme.status.error));
    }
    let flash = app.flash.as_ref()?;
    Some((notice::text(lang, flash), theme.status.flash))
}

/// The left of the status line without a message: the audit in `room` columns: the progress
/// stays whole, the participant's name is cut before it is dropped, and the title takes what
/// is left or goes.
fn status_left<'a>(app: &'a App, w: &'a Walk, theme: &Theme, room: usize) -> Line<'a> {
    let lang = app.lang;
    let p = w.total_progress();
    let participant = w
        .audit
        .participants
        .get(w.participant)
        .map_or("", |p| p.name.as_str());
    let progress = format!(" {}", ui::progress(lang, p));
    let label = format!("  {}: ", t(lang, T::Participant));
    let after_progress = room.saturating_sub(width(&progress));
    // The name needs a few letters to be told apart; below that, the label and name go.
    let name_room = after_progress.saturating_sub(width(&label));
    let who = if name_room >= 6 {
        format!(
            "{label}{}",
            fit(participant, name_room.min(width(participant).max(6)))
        )
    } else {
        String::new()
    };
    let title_room = after_progress.saturating_sub(width(&who)).saturating_sub(2);
    let mut spans = Vec::new();
    // A long title gives way to the progress and the participant; cut to a stub, it goes.
    if title_room >= width(w.audit.display_title()).min(8) {
        spans.push(Span::styled(
            format!(" {} ", super::audit_title(&w.audit, title_room)),
            theme.status.audit,
        ));
    }
    spans.push(Span::raw(progress));
    spans.push(Span::raw(who));
    Line::from(spans)
}
