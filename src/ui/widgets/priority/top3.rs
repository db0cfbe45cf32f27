//! The "top 3 for this month" panel of the priority list: the first three ranked touchpoints,
//! their quadrant and the action recorded for them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::PriorityView;
use crate::i18n::common::{critical_word, quadrant_name, quadrant_short};
use crate::i18n::views::words;
use crate::model::{Ranked, Touchpoint};
use crate::text::{cut_at_word, fit, wrap_lines};
use crate::ui::widgets::{lookup, put};

/// How many touchpoints the panel lists.
const TOP: usize = 3;

/// The recorded action of a touchpoint, if any.
fn action(tp: &Touchpoint) -> Option<&str> {
    let text = tp.action.as_ref()?.action.trim();
    (!text.is_empty()).then_some(text)
}

/// Draws the panel; `side` puts it beside the table (a tall column) rather than under it.
pub(super) fn render(view: &PriorityView, area: Rect, side: bool, buf: &mut Buffer) {
    let styles = &view.theme.list;
    let body = if side {
        for y in area.top()..area.bottom() {
            put(buf, area, area.x, y, "│", styles.dim);
        }
        Rect::new(
            area.x + 2,
            area.y,
            area.width.saturating_sub(2),
            area.height,
        )
    } else {
        put(
            buf,
            area,
            area.x,
            area.y,
            &"─".repeat(area.width.into()),
            styles.dim,
        );
        Rect::new(
            area.x,
            area.y + 1,
            area.width,
            area.height.saturating_sub(1),
        )
    };
    if body.is_empty() {
        return;
    }
    let w = words(view.lang);
    put(
        buf,
        body,
        body.x,
        body.y,
        &fit(w.top_three, body.width.into()),
        styles.heading,
    );
    let items = Rect::new(
        body.x,
        body.y + 1,
        body.width,
        body.height.saturating_sub(1),
    );
    if view.top.ranked.is_empty() {
        put(buf, items, items.x, items.y, w.nothing_scored, styles.dim);
        return;
    }
    let mut y = items.y;
    for r in view.top.ranked.iter().take(TOP) {
        let Some((_, tp)) = lookup(view.audit, r.at) else {
            continue;
        };
        y = if side {
            draw_block(view, r, tp, items, y, buf)
        } else {
            draw_line(view, r, tp, items, y, buf)
        };
    }
}

/// One line: `1. Name · quadrant → action`.
fn draw_line(
    view: &PriorityView,
    r: &Ranked,
    tp: &Touchpoint,
    area: Rect,
    y: u16,
    buf: &mut Buffer,
) -> u16 {
    let styles = &view.theme.list;
    let name_room = (usize::from(area.width) * 2 / 5).max(12);
    let head = fit(&format!("{}. {}", r.rank, tp.name), name_room);
    let mut x = put(
        buf,
        area,
        area.x,
        y,
        &head,
        styles
            .header
            .remove_modifier(ratatui::style::Modifier::UNDERLINED),
    );
    x = put(buf, area, x, y, " · ", styles.dim);
    x = put(
        buf,
        area,
        x,
        y,
        quadrant_short(view.lang, r.quadrant),
        view.theme.quadrant(r.quadrant),
    );
    let room = usize::from(area.right().saturating_sub(x + 3));
    match action(tp) {
        Some(text) => put(
            buf,
            area,
            x,
            y,
            &format!(" → {}", cut_at_word(text, room)),
            Default::default(),
        ),
        None => put(
            buf,
            area,
            x,
            y,
            &format!(" → {}", cut_at_word(words(view.lang).no_action, room)),
            styles.dim,
        ),
    };
    y + 1
}

/// A block: the name, the quadrant (and critical), then the action wrapped over a few lines.
fn draw_block(
    view: &PriorityView,
    r: &Ranked,
    tp: &Touchpoint,
    area: Rect,
    y: u16,
    buf: &mut Buffer,
) -> u16 {
    let styles = &view.theme.list;
    let w = usize::from(area.width);
    let bold = styles
        .header
        .remove_modifier(ratatui::style::Modifier::UNDERLINED);
    let mut y = y;
    for line in wrap_lines(&format!("{}. {}", r.rank, tp.name), w, 2) {
        put(buf, area, area.x, y, &line, bold);
        y += 1;
    }
    let mut x = put(
        buf,
        area,
        area.x,
        y,
        quadrant_name(view.lang, r.quadrant),
        view.theme.quadrant(r.quadrant),
    );
    if r.critical {
        x = put(buf, area, x, y, " · ", styles.dim);
        put(buf, area, x, y, critical_word(view.lang), styles.critical);
    }
    y += 1;
    match action(tp) {
        Some(text) => {
            for line in wrap_lines(&format!("→ {text}"), w, 3) {
                put(buf, area, area.x, y, &line, Default::default());
                y += 1;
            }
        }
        None => {
            put(
                buf,
                area,
                area.x,
                y,
                &fit(words(view.lang).no_action, w),
                styles.dim,
            );
            y += 1;
        }
    }
    y + 1
}
