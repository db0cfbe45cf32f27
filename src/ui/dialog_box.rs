//! The frame every dialog draws in, and the text cursor inside it.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::Theme;
use crate::app::editor::Editor;

/// A bordered box with a title.
pub(super) fn boxed<'a>(title: &'a str, theme: &Theme) -> Block<'a> {
    Block::bordered()
        .title(Span::styled(format!(" {title} "), theme.dialog.title))
        .border_style(theme.dialog.border)
}

/// Shows the terminal cursor at the editor's cursor, when it is inside `inner`.
pub(super) fn place_cursor(
    frame: &mut Frame,
    inner: Rect,
    editor: &Editor,
    (top, left): (u16, u16),
) {
    let (line, col) = editor.cursor_position();
    let y = u16::try_from(line).unwrap_or(u16::MAX).saturating_sub(top);
    let x = u16::try_from(col).unwrap_or(u16::MAX).saturating_sub(left);
    if y < inner.height && x < inner.width {
        frame.set_cursor_position(Position::new(inner.x + x, inner.y + y));
    }
}

/// The editor's text wrapped over the lines of `area`. Focused, it scrolls to keep the cursor's
/// line in view and shows the terminal cursor there; otherwise it shows its first lines, the
/// last ending in `…` when there is more.
pub(super) fn wrapped_editor(frame: &mut Frame, area: Rect, editor: &Editor, focused: bool) {
    let (width, height) = (usize::from(area.width), usize::from(area.height));
    // One column is kept for the cursor after a full line.
    let (lines, (row, col)) = editor.wrapped(width.saturating_sub(1));
    let top = match focused {
        true => row.saturating_sub(height.saturating_sub(1)),
        false => 0,
    };
    let more = !focused && lines.len() > height;
    let mut shown: Vec<Line> = (lines.iter().skip(top).take(height))
        .map(|l| Line::raw(l.to_string()))
        .collect();
    if let (true, Some(last)) = (more, shown.last_mut()) {
        *last = Line::raw(crate::text::fit(&format!("{last}…"), width));
    }
    frame.render_widget(Paragraph::new(shown), area);
    if focused && row >= top && row - top < height && width > 0 {
        let x = u16::try_from(col.min(width - 1)).unwrap_or(0);
        let y = u16::try_from(row - top).unwrap_or(0);
        frame.set_cursor_position(Position::new(area.x + x, area.y + y));
    }
}

/// How many lines the editor's text takes wrapped to `width` columns (as [`wrapped_editor`]
/// draws it).
pub(super) fn wrapped_height(editor: &Editor, width: u16) -> usize {
    editor.wrapped(usize::from(width).saturating_sub(1)).0.len()
}

/// Horizontal scroll keeping the cursor's column inside the area.
pub(super) fn scroll_for(editor: &Editor, inner: Rect) -> u16 {
    let (_, col) = editor.cursor_position();
    let col = u16::try_from(col).unwrap_or(u16::MAX);
    col.saturating_sub(inner.width.saturating_sub(1))
}

/// Empties the area under a dialog, keeping the theme's paper.
pub(super) fn clear(frame: &mut Frame, rect: Rect, theme: &Theme) {
    frame.render_widget(ratatui::widgets::Clear, rect);
    frame.buffer_mut().set_style(rect, theme.root);
}
