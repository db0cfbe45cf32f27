//! The help overlay: every key of the screen underneath, straight from its keymap.
//! Descriptions wrap rather than being cut; when even that does not fit, it scrolls.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::card::wrap;
use super::layout::{self, centered};
use super::theme::Theme;
use crate::i18n::ui::{T, t};
use crate::tui::app::App;
use crate::tui::keymap::{self, Binding};

/// Narrower descriptions than this read badly; use one column instead.
const MIN_DESCRIPTION: usize = 22;

/// How the keys are laid out for a screen size.
struct Plan {
    /// Each column's lines.
    columns: Vec<Vec<Line<'static>>>,
    col_w: usize,
    /// Lines that fit under each other inside the box.
    room: usize,
}

impl Plan {
    fn new(app: &App, theme: &Theme, area: Rect) -> Self {
        let table = keymap::active(app);
        let label_w = table.iter().map(|b| b.label.width()).max().unwrap_or(0);
        let desc_w = table
            .iter()
            .map(|b| t(app.lang, b.text).width())
            .max()
            .unwrap_or(0);
        let inner_w = usize::from(area.width.saturating_sub(2));
        let room = usize::from(area.height.saturating_sub(2)).max(1);
        let full = label_w + 2 + desc_w;
        let entry = |b: &Binding, w: usize| entry(app, theme, b, label_w, w);
        // Two columns when their descriptions keep a readable width and the keys then fit.
        let two_w = (inner_w.saturating_sub(1) / 2).min(full);
        if two_w >= label_w + 2 + MIN_DESCRIPTION {
            let entries: Vec<_> = table
                .iter()
                .map(|b| entry(b, two_w - label_w - 2))
                .collect();
            let columns = split(entries);
            if columns.iter().all(|c| c.len() <= room) {
                return Plan {
                    columns,
                    col_w: two_w,
                    room,
                };
            }
        }
        let col_w = inner_w.min(full);
        let lines = table
            .iter()
            .flat_map(|b| entry(b, col_w.saturating_sub(label_w + 2)))
            .collect();
        Plan {
            columns: vec![lines],
            col_w,
            room,
        }
    }

    fn height(&self) -> usize {
        self.columns.iter().map(Vec::len).max().unwrap_or(0)
    }

    fn max_scroll(&self) -> usize {
        self.height().saturating_sub(self.room)
    }
}

/// One key's lines: its label, then its description wrapped beside it.
fn entry(app: &App, theme: &Theme, b: &Binding, label_w: usize, w: usize) -> Vec<Line<'static>> {
    let mut parts = wrap(t(app.lang, b.text), w.max(1));
    if parts.is_empty() {
        parts.push(String::new());
    }
    parts
        .into_iter()
        .enumerate()
        .map(|(i, text)| {
            let label = if i == 0 { b.label } else { "" };
            Line::from(vec![
                Span::styled(format!(" {label:<label_w$} "), theme.key),
                Span::raw(text),
            ])
        })
        .collect()
}

/// Two columns of whole entries, the first at least as long as the second.
fn split(entries: Vec<Vec<Line<'static>>>) -> Vec<Vec<Line<'static>>> {
    let total: usize = entries.iter().map(Vec::len).sum();
    let mut first = Vec::new();
    let mut second = Vec::new();
    for e in entries {
        if first.len() < total.div_ceil(2) && second.is_empty() {
            first.extend(e);
        } else {
            second.extend(e);
        }
    }
    vec![first, second]
}

/// The furthest the overlay can scroll at a terminal size.
pub fn max_scroll(app: &App, size: (u16, u16)) -> u16 {
    let plan = Plan::new(app, &Theme::mono(), layout::screen(size));
    u16::try_from(plan.max_scroll()).unwrap_or(u16::MAX)
}

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let plan = Plan::new(app, theme, area);
    let columns = plan.columns.len();
    let close = if plan.max_scroll() > 0 {
        T::HelpScroll
    } else {
        T::HelpClose
    };
    let title = format!(" {} ({}) ", t(app.lang, T::HelpTitle), t(app.lang, close));
    let mut width = (plan.col_w * columns + columns.saturating_sub(1) + 2).max(title.width() + 2);
    // A sliver of the screen beside the overlay would show stray borders: take the full width.
    if width + 2 >= usize::from(area.width) {
        width = usize::from(area.width);
    }
    let height = plan.height().min(plan.room) + 2;
    let rect = centered(area, as_u16(width), as_u16(height));
    frame.render_widget(Clear, rect);
    let scroll = usize::from(app.help_scroll).min(plan.max_scroll());
    let block = Block::bordered()
        .title(Span::styled(title, theme.title))
        .border_style(theme.focus_border);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    for (i, column) in plan.columns.into_iter().enumerate() {
        let x = inner.x + as_u16(i * (plan.col_w + 1));
        let part = Rect::new(x, inner.y, as_u16(plan.col_w), inner.height).intersection(inner);
        let visible: Vec<Line> = column.into_iter().skip(scroll).take(plan.room).collect();
        frame.render_widget(Paragraph::new(visible), part);
    }
}

fn as_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}
