//! The frame every dialog draws in, and the text cursor inside it.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::Span;
use ratatui::widgets::Block;

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
