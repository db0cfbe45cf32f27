//! The action-plan form dialog.

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
use crate::ui::dialog_box::{boxed, clear, place_cursor};
use crate::ui::{Theme, notice};

pub(super) fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, form: &ActionForm) {
    let lang = app.lang;
    let rect = centered(area, 72, 12);
    clear(frame, rect, theme);
    let title = format!("{} · {}", t(lang, T::ActionTitle), form.name);
    let block = boxed(&title, theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let labels = TEXT_FIELDS.iter().chain([&T::ActionStatus]);
    let label_w = labels
        .clone()
        .map(|l| width(t(lang, *l)))
        .max()
        .unwrap_or(0);
    let value_x = inner.x + u16::try_from(label_w + 1).unwrap_or(0);
    let value_w = inner.right().saturating_sub(value_x);
    for (i, name) in labels.enumerate() {
        let y = inner.y + u16::try_from(i).unwrap_or(u16::MAX);
        if y >= inner.bottom() {
            break;
        }
        let row = Rect::new(inner.x, y, inner.width, 1);
        label(
            frame,
            theme,
            row,
            (t(lang, *name), label_w),
            i == form.focus,
        );
        let field = Rect::new(value_x, y, value_w, 1);
        match form.fields.get(i) {
            Some(editor) => text_field(frame, field, editor, i == form.focus),
            None => {
                let status = format!("‹ {} ›", action_status_name(lang, form.status));
                frame.render_widget(Paragraph::new(status), field);
            }
        }
    }
    footer(lang, theme, frame, inner, form);
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

/// The due-date error, or a reminder of how a plan is removed.
fn footer(lang: Lang, theme: &Theme, frame: &mut Frame, inner: Rect, form: &ActionForm) {
    let y = inner.y + u16::try_from(STATUS + 2).unwrap_or(u16::MAX);
    if y >= inner.bottom() {
        return;
    }
    let line = match &form.error {
        Some(e) => Line::styled(notice::text(lang, e), theme.dialog.error),
        None => Line::styled(t(lang, T::ActionEmptyClears), theme.dialog.label),
    };
    let rect = Rect::new(inner.x, y, inner.width, inner.bottom() - y);
    frame.render_widget(
        Paragraph::new(line).wrap(ratatui::widgets::Wrap { trim: true }),
        rect,
    );
}
