//! The help overlay: the plan of `app::help` (every key of the screen underneath, straight
//! from its keymap), styled and scrolled.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use crate::app::App;
use crate::app::dialogs::help::{HelpLine, Plan};
use crate::app::layout::centered;
use crate::i18n::ui::{T, t};
use crate::text::width;
use crate::ui::Theme;
use crate::ui::dialog_box::clear;

pub(super) fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let plan = Plan::new(app, area);
    let columns = plan.columns.len();
    let close = if plan.max_scroll() > 0 {
        T::HelpScroll
    } else {
        T::HelpClose
    };
    let title = format!(" {} ({}) ", t(app.lang, T::HelpTitle), t(app.lang, close));
    let mut w = (plan.col_w * columns + columns.saturating_sub(1) + 2).max(width(&title) + 2);
    // A sliver of the screen beside the overlay would show stray borders: take the full width.
    if w + 2 >= usize::from(area.width) {
        w = usize::from(area.width);
    }
    let height = plan.height().min(plan.room) + 2;
    let rect = centered(area, as_u16(w), as_u16(height));
    clear(frame, rect, theme);
    let scroll = usize::from(app.help_scroll).min(plan.max_scroll());
    let block = Block::bordered()
        .title(Span::styled(title, theme.dialog.title))
        .border_style(theme.dialog.border);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let label_w = plan.label_w;
    for (i, column) in plan.columns.iter().enumerate() {
        let x = inner.x + as_u16(i * (plan.col_w + 1));
        let part = Rect::new(x, inner.y, as_u16(plan.col_w), inner.height).intersection(inner);
        let visible: Vec<Line> = (column.iter().skip(scroll).take(plan.room))
            .map(|l| line(l, label_w, theme))
            .collect();
        frame.render_widget(Paragraph::new(visible), part);
    }
}

fn line(l: &HelpLine, label_w: usize, theme: &Theme) -> Line<'static> {
    let pad = label_w.saturating_sub(width(&l.label));
    Line::from(vec![
        Span::styled(
            format!(" {}{} ", l.label, " ".repeat(pad)),
            theme.dialog.key,
        ),
        Span::raw(l.text.clone()),
    ])
}

fn as_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}
