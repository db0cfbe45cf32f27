//! The scoring card: what the touchpoint is, what to ask, and what each score means.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::theme::Theme;
use crate::i18n::common::{scale_meaning, scale_name, scale_question};
use crate::i18n::ui::{T, t};
use crate::model::score::{self, DISCUSSION_SPREAD};
use crate::model::{Lang, Scale, Touchpoint, fmt_num};
use crate::tui::app::{App, Walk};

/// A card line, and the score a click on it gives.
type Hit = Option<(Scale, u8)>;

pub fn draw(app: &App, w: &Walk, theme: &Theme, frame: &mut Frame, area: Rect) {
    let block = Block::bordered().border_style(theme.border);
    let inner = block.inner(area);
    let block = match w.selected() {
        Some(tp) => block.title(Span::styled(tp.name.as_str(), theme.title)),
        None => block,
    };
    frame.render_widget(block, area);
    let lines: Vec<Line> = lines(w, app.lang, theme, inner)
        .into_iter()
        .map(|(l, _)| l)
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The score under a click on the card, if the click is on a value line.
pub fn hit(w: &Walk, lang: Lang, card: Rect, column: u16, row: u16) -> Hit {
    let inner = Block::bordered().inner(card);
    if !inner.contains(ratatui::layout::Position::new(column, row)) {
        return None;
    }
    let index = usize::from(row - inner.y);
    lines(w, lang, &Theme::mono(), inner)
        .into_iter()
        .nth(index)
        .and_then(|(_, h)| h)
}

/// The card's lines for the inner area; scales are shortened when they would not fit.
fn lines(w: &Walk, lang: Lang, theme: &Theme, inner: Rect) -> Vec<(Line<'static>, Hit)> {
    let Some(tp) = w.selected() else {
        return Vec::new();
    };
    let width = usize::from(inner.width);
    let mut about = about(tp, lang, theme, width);
    let full: usize = Scale::ALL
        .iter()
        .map(|s| scale_lines(w, tp, *s, lang, theme, (false, width)).len())
        .sum();
    let compact = about.len() + full > usize::from(inner.height);
    let mut out = Vec::new();
    if tp.not_applicable {
        out.push((
            Line::styled(t(lang, T::NotApplicableLong), theme.warning),
            None,
        ));
    }
    if !compact {
        out.append(&mut about);
    }
    for scale in Scale::ALL {
        out.extend(scale_lines(
            w,
            tp,
            scale,
            lang,
            theme,
            (compact && scale != w.scale, width),
        ));
    }
    if compact {
        out.append(&mut about);
    }
    out
}

/// Description, guiding questions and a notes preview, wrapped to the width.
fn about(tp: &Touchpoint, lang: Lang, theme: &Theme, width: usize) -> Vec<(Line<'static>, Hit)> {
    // The plan first: once decided, it matters more than the description, and stays visible
    // when a short card is cut.
    let mut out: Vec<(Line<'static>, Hit)> = super::action_form::card_lines(tp, lang, theme, width)
        .into_iter()
        .map(|l| (l, None))
        .collect();
    for l in wrap(&tp.description, width) {
        out.push((Line::raw(l), None));
    }
    if !tp.questions.is_empty() {
        out.push((
            Line::styled(t(lang, T::Questions).to_string(), theme.header),
            None,
        ));
        for q in &tp.questions {
            for l in wrap(&format!("• {q}"), width) {
                out.push((Line::raw(l), None));
            }
        }
    }
    // The notes in full, as far as the card has room: they are what the room said.
    if !tp.notes.trim().is_empty() {
        out.push((
            Line::styled(t(lang, T::Notes).to_string(), theme.header),
            None,
        ));
        for l in wrap(&tp.notes, width) {
            out.push((Line::styled(l, theme.dim), None));
        }
    }
    out
}

fn scale_lines(
    w: &Walk,
    tp: &Touchpoint,
    scale: Scale,
    lang: Lang,
    theme: &Theme,
    (short, width): (bool, usize),
) -> Vec<(Line<'static>, Hit)> {
    let mine = w
        .participant_id()
        .and_then(|p| tp.rating(p))
        .and_then(|r| r.get(scale));
    let active = scale == w.scale;
    let head_style = if active {
        theme.active_scale
    } else {
        theme.header
    };
    let mut head = vec![Span::styled(
        format!(
            "{} {}",
            if active { "▶" } else { " " },
            scale_name(lang, scale)
        ),
        head_style,
    )];
    if short {
        let value = mine.map_or("·".to_string(), |v| {
            format!("{v} {}", scale_meaning(lang, scale, v))
        });
        head.push(Span::raw(format!(": {value}")));
        return vec![(Line::from(head), None)];
    }
    let mut out = vec![(Line::from(head), None)];
    // The question on lines of its own, so that it is read whole.
    for l in wrap(scale_question(lang, scale), width.saturating_sub(2)) {
        out.push((Line::styled(format!("  {l}"), theme.dim), None));
    }
    if w.audit.participants.len() > 1 {
        let spans = participants_spans(w, tp, scale, lang, theme);
        out.extend(flow(spans, width).into_iter().map(|l| (l, None)));
    }
    for v in 1..=5u8 {
        let marked = mine == Some(v);
        let style = if marked {
            theme.value_mark
        } else {
            Style::new()
        };
        let text = format!(
            " {} {v} {}",
            if marked { "●" } else { " " },
            scale_meaning(lang, scale, v)
        );
        out.push((Line::styled(text, style), Some((scale, v))));
    }
    out
}

/// Lays whole spans onto lines of at most `width` columns; a span wider than a line is cut.
fn flow(spans: Vec<Span<'static>>, width: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let mut line: Vec<Span> = Vec::new();
    let mut used = 0;
    for span in spans {
        let w = span.width();
        if used + w > width && !line.is_empty() {
            lines.push(Line::from(std::mem::take(&mut line)));
            used = 0;
        }
        let span = if w > width {
            Span::styled(super::walk::truncate(&span.content, width), span.style)
        } else {
            span
        };
        used += span.width();
        line.push(span);
    }
    if !line.is_empty() {
        lines.push(Line::from(line));
    }
    lines
}

/// Each participant's rating on a scale, with mean and spread.
fn participants_spans(
    w: &Walk,
    tp: &Touchpoint,
    scale: Scale,
    lang: Lang,
    theme: &Theme,
) -> Vec<Span<'static>> {
    let mut spans: Vec<Span> = w
        .audit
        .participants
        .iter()
        .map(|p| {
            let v = tp.rating(&p.id).and_then(|r| r.get(scale));
            Span::raw(format!(
                "  {} {}",
                p.name,
                v.map_or("·".to_string(), |v| v.to_string())
            ))
        })
        .collect();
    if let (Some(mean), Some(spread)) = (score::effective(tp, scale), score::spread(tp, scale)) {
        spans.push(Span::styled(
            format!(
                "  {} {} {} {spread}",
                t(lang, T::Mean),
                fmt_num(mean),
                t(lang, T::Spread)
            ),
            theme.dim,
        ));
        if spread >= DISCUSSION_SPREAD {
            spans.push(Span::styled(
                format!("  ⚑ {}", t(lang, T::NeedsDiscussion)),
                theme.warning,
            ));
        }
    }
    spans
}

/// Word-wraps by display width; over-long words are cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    for para in text.lines() {
        let mut line = String::new();
        for word in para.split_whitespace() {
            let word = super::walk::truncate(word, width);
            if !line.is_empty() && line.width() + 1 + word.width() > width {
                out.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&word);
        }
        if !line.is_empty() {
            out.push(line);
        }
    }
    out
}
