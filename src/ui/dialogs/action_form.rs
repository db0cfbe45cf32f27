//! The action-plan form dialog. Each text field wraps over several lines: the focused one up to
//! [`FOCUSED_LINES`] (scrolled to keep the cursor in view), the others up to [`OTHER_LINES`].

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::app::App;
use crate::app::dialogs::action::{ActionForm, STATUS, TEXT_FIELDS};
use crate::app::editor::Editor;
use crate::app::layout::centered;
use crate::i18n::common::action_status_name;
use crate::i18n::ui::{T, t};
use crate::model::Lang;
use crate::text::width;
use crate::ui::dialog_box::{boxed, clear, place_cursor, wrapped_editor, wrapped_height};
use crate::ui::{Theme, notice};

/// The form's width, borders included.
const WIDTH: u16 = 72;
/// Lines the focused field wraps over at most.
const FOCUSED_LINES: usize = 6;
/// Lines any other field wraps over at most.
const OTHER_LINES: usize = 2;
/// Rows besides the fields and the status: the borders, a blank and two of footer.
const OTHER_ROWS: usize = 5;

pub(super) fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, form: &ActionForm) {
    let lang = app.lang;
    let labels = TEXT_FIELDS.iter().chain([&T::ActionStatus]);
    let label_w = labels
        .clone()
        .map(|l| width(t(lang, *l)))
        .max()
        .unwrap_or(0);
    let value_w = WIDTH
        .min(area.width)
        .saturating_sub(2 + u16::try_from(label_w + 1).unwrap_or(0));
    let heights = field_heights(form, value_w, usize::from(area.height));
    let rows = heights.iter().sum::<usize>() + OTHER_ROWS;
    let rect = centered(area, WIDTH, u16::try_from(rows).unwrap_or(u16::MAX));
    clear(frame, rect, theme);
    let title = format!("{} · {}", t(lang, T::ActionTitle), form.name);
    let block = boxed(&title, theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let mut y = inner.y;
    for (i, label) in labels.enumerate() {
        let h = u16::try_from(heights.get(i).copied().unwrap_or(1)).unwrap_or(1);
        let h = h.min(inner.bottom().saturating_sub(y));
        if h == 0 {
            break;
        }
        let row = Rect::new(inner.x, y, inner.width, h);
        draw_field(frame, theme, (lang, form), (i, *label, label_w), row);
        y += h;
    }
    let below = Rect::new(
        inner.x,
        y + 1,
        inner.width,
        inner.bottom().saturating_sub(y + 1),
    );
    footer(lang, theme, frame, below, form);
}

/// Field `i` of the form, its label `label` padded to `label_w` columns, over `row`.
fn draw_field(
    frame: &mut Frame,
    theme: &Theme,
    (lang, form): (Lang, &ActionForm),
    (i, label, label_w): (usize, T, usize),
    row: Rect,
) {
    let first = Rect { height: 1, ..row };
    self::label(
        frame,
        theme,
        first,
        (t(lang, label), label_w),
        i == form.focus,
    );
    let indent = u16::try_from(label_w + 1).unwrap_or(0).min(row.width);
    let field = Rect::new(row.x + indent, row.y, row.width - indent, row.height);
    match form.fields.get(i) {
        Some(editor) => wrapped_editor(frame, field, editor, i == form.focus),
        None => {
            let status = format!("‹ {} ›", action_status_name(lang, form.status));
            frame.render_widget(Paragraph::new(status), field);
        }
    }
}

/// The rows each text field takes (the status after them takes one): as many as its text
/// wraps over, within its limit; the other fields give up their extra rows first, then the
/// focused one, when the screen is short of `room` rows.
fn field_heights(form: &ActionForm, value_w: u16, room: usize) -> Vec<usize> {
    let lines = |i: usize, cap: usize| wrapped_height(&form.fields[i], value_w).clamp(1, cap);
    let mut heights: Vec<usize> = (0..form.fields.len())
        .map(|i| {
            lines(
                i,
                if i == form.focus {
                    FOCUSED_LINES
                } else {
                    OTHER_LINES
                },
            )
        })
        .chain([1])
        .collect();
    let total = |h: &[usize]| h.iter().sum::<usize>() + OTHER_ROWS;
    for i in (0..form.fields.len()).filter(|&i| i != form.focus) {
        if total(&heights) <= room {
            break;
        }
        heights[i] = 1;
    }
    if form.focus < STATUS {
        let others = heights_without(&heights, form.focus);
        let h = &mut heights[form.focus];
        *h = (*h).min(room.saturating_sub(others + OTHER_ROWS)).max(1);
    }
    heights
}

/// The rows of every field but `skip`.
fn heights_without(heights: &[usize], skip: usize) -> usize {
    heights
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != skip)
        .map(|(_, h)| h)
        .sum()
}

/// The due-date error, or a reminder of how a plan is removed, from the top of `area` down.
fn footer(lang: Lang, theme: &Theme, frame: &mut Frame, area: Rect, form: &ActionForm) {
    if area.height == 0 {
        return;
    }
    let line = match &form.error {
        Some(e) => Line::styled(notice::text(lang, e), theme.dialog.error),
        None => Line::styled(t(lang, T::ActionEmptyClears), theme.dialog.label),
    };
    frame.render_widget(
        Paragraph::new(line).wrap(ratatui::widgets::Wrap { trim: true }),
        area,
    );
}

/// A form's label on its row, padded to the labels' width; the focused one highlighted.
pub(super) fn label(
    frame: &mut Frame,
    theme: &Theme,
    row: Rect,
    (text, width): (&str, usize),
    focused: bool,
) {
    let style = if focused {
        theme.selected
    } else {
        theme.dialog.label
    };
    let text = format!("{text:<width$} ");
    frame.render_widget(Paragraph::new(Span::styled(text, style)), row);
}

/// A form's one-line text field, scrolled to keep the cursor in sight when it has the focus.
pub(super) fn text_field(frame: &mut Frame, field: Rect, editor: &Editor, focused: bool) {
    let (_, col) = editor.cursor_position();
    let col = u16::try_from(col).unwrap_or(u16::MAX);
    let scroll = match focused {
        true => col.saturating_sub(field.width.saturating_sub(1)),
        false => 0,
    };
    let text = editor.text().to_string();
    frame.render_widget(Paragraph::new(text).scroll((0, scroll)), field);
    if focused {
        place_cursor(frame, field, editor, (0, scroll));
    }
}
