//! The scoring card: draws the rows `app::card` makes, styling each piece by its role (as the
//! disagreement grid among them is styled, `widgets::grid`).

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::app::walk::card;
use crate::app::{App, Walk, layout};
use crate::ui::Theme;

pub(super) fn draw(app: &App, w: &Walk, theme: &Theme, frame: &mut Frame, area: Rect) {
    let block = Block::bordered().border_style(theme.border);
    let inner = layout::card_inner(area);
    let block = match w.selected() {
        Some(tp) => block.title(Span::styled(tp.name.as_str(), theme.title)),
        None => block,
    };
    frame.render_widget(block, area);
    let size = (usize::from(inner.width), usize::from(inner.height));
    let rows = card::rows(w, app.lang, size);
    let lines: Vec<Line> = card::window(rows, app.lang, size.1, w.card_scroll)
        .into_iter()
        .map(|row| crate::ui::widgets::grid::line(row, theme))
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
