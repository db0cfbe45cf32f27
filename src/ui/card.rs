//! The scoring card: draws the rows `app::card` makes, styling each piece by its role.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::Theme;
use crate::app::card::{self, Role};
use crate::app::{App, Walk, layout};

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
        .map(|row| {
            let spans: Vec<Span> = (row.pieces.into_iter())
                .map(|(text, role)| Span::styled(text, style(theme, role)))
                .collect();
            Line::from(spans)
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}

fn style(theme: &Theme, role: Role) -> Style {
    match role {
        Role::Plain => Style::new(),
        Role::Heading => theme.card.heading,
        Role::Dim => theme.card.dim,
        Role::Warning => theme.card.warning,
        Role::ActiveScale => theme.card.active_scale,
        Role::Marked => theme.card.value_mark,
    }
}
