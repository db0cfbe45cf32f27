//! The measurement form dialog: which measurement, then its metric, value, unit, target, which
//! way is better, source and date; under them the error, or what saving or Ctrl+D will do.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use super::action_form::{label, text_field};
use crate::app::App;
use crate::app::dialogs::measure::{Field, MeasureForm, Problem};
use crate::app::layout::centered;
use crate::i18n::evidence::{FormWords, form_words};
use crate::model::Better;
use crate::text::width;
use crate::ui::Theme;
use crate::ui::dialog_box::{boxed, clear};

pub(super) fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, form: &MeasureForm) {
    let words = form_words(app.lang);
    let rect = centered(area, 72, 13);
    clear(frame, rect, theme);
    let title = format!("{} · {}", words.title, form.name);
    let block = boxed(&title, theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let labels = Field::ALL.map(|f| label_of(words, f));
    let label_w = labels.iter().map(|l| width(l)).max().unwrap_or(0);
    let value_x = inner.x + u16::try_from(label_w + 1).unwrap_or(0);
    let value_w = inner.right().saturating_sub(value_x);
    for (i, field) in Field::ALL.into_iter().enumerate() {
        let y = inner.y + u16::try_from(i).unwrap_or(u16::MAX);
        if y >= inner.bottom() {
            break;
        }
        let focused = field == form.focus;
        let row = Rect::new(inner.x, y, inner.width, 1);
        label(frame, theme, row, (labels[i], label_w), focused);
        let cell = Rect::new(value_x, y, value_w, 1);
        match field.editor() {
            Some(e) => text_field(frame, cell, &form.fields[e], focused),
            None => {
                let choice = format!("‹ {} ›", choice_text(words, form, field));
                frame.render_widget(Paragraph::new(choice), cell);
            }
        }
    }
    footer(words, theme, frame, inner, form);
}

fn label_of(words: &FormWords, field: Field) -> &'static str {
    match field {
        Field::Choice => words.choice,
        Field::Metric => words.metric,
        Field::Value => words.value,
        Field::Unit => words.unit,
        Field::Target => words.target,
        Field::Better => words.better,
        Field::Source => words.source,
        Field::Date => words.date,
    }
}

/// What a choice field shows: the measurement being changed (`new`, or its metric and place),
/// or which way is better.
fn choice_text(words: &FormWords, form: &MeasureForm, field: Field) -> String {
    match field {
        Field::Better => match form.better {
            Better::Higher => words.higher.to_string(),
            Better::Lower => words.lower.to_string(),
        },
        _ => match form.chosen {
            None => words.new.to_string(),
            Some(i) => {
                let n = form.existing.len();
                format!("{} ({}/{n})", form.existing[i].metric, i + 1)
            }
        },
    }
}

/// The error naming its field; else what saving replaces, or how the chosen measurement is
/// removed (and brought back), or that a metric is never there twice.
fn footer(words: &FormWords, theme: &Theme, frame: &mut Frame, inner: Rect, form: &MeasureForm) {
    let y = inner.y + u16::try_from(Field::ALL.len() + 1).unwrap_or(u16::MAX);
    if y >= inner.bottom() {
        return;
    }
    let line = match (&form.error, form.replaces()) {
        (Some(e), _) => {
            let text = format!(
                "{}: {}",
                label_of(words, e.field),
                problem(words, e.problem)
            );
            Line::styled(text, theme.dialog.error)
        }
        (None, Some(other)) => {
            let text = format!("{} \"{other}\".", words.replaces);
            Line::styled(text, theme.card.warning)
        }
        (None, None) if form.chosen.is_some() => Line::styled(words.remove, theme.dialog.label),
        (None, None) => Line::styled(words.same_metric, theme.dialog.label),
    };
    let rect = Rect::new(inner.x, y, inner.width, inner.bottom() - y);
    frame.render_widget(Paragraph::new(line).wrap(Wrap { trim: true }), rect);
}

fn problem(words: &FormWords, p: Problem) -> &'static str {
    match p {
        Problem::NoMetric => words.no_metric,
        Problem::NotANumber => words.not_a_number,
        Problem::TooLarge => words.too_large,
        Problem::BadDate => words.bad_date,
    }
}
