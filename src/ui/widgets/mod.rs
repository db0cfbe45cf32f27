//! The widgets shared by screens: the analysis widgets, drawn cell by cell into a buffer (the
//! priority matrix, `matrix`, with its `plot` and `panel`; the priority list, `priority`, with
//! its `table` and `top3`), and the disagreement grid (`grid`) of the walk's card and the
//! workshop's projector. Their pure state (selection, scrolling, where marks
//! land) lives in `app`; their styles in the theme.

pub mod funnel;
pub mod grid;
pub mod matrix;
pub mod priority;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::model::{Audit, Stage, Touchpoint, TpRef};
use crate::text::clean;

/// The stage and touchpoint at a position, if the ranking still matches the audit.
fn lookup(audit: &Audit, at: TpRef) -> Option<(&Stage, &Touchpoint)> {
    let stage = audit.stages.get(at.0)?;
    Some((stage, stage.touchpoints.get(at.1)?))
}

/// Writes `s` at (x, y), clipped to `clip`; returns the column after the text.
fn put(buf: &mut Buffer, clip: Rect, x: u16, y: u16, s: &str, style: Style) -> u16 {
    let clip = clip.intersection(buf.area);
    if y < clip.top() || y >= clip.bottom() || x < clip.left() || x >= clip.right() {
        return x;
    }
    let max = usize::from(clip.right() - x);
    buf.set_stringn(x, y, clean(s), max, style).0
}

/// Sets the style of the cell at (x, y) when it lies inside `clip`.
fn paint(buf: &mut Buffer, clip: Rect, x: u16, y: u16, symbol: Option<&str>, style: Style) {
    let clip = clip.intersection(buf.area);
    if x < clip.left() || x >= clip.right() || y < clip.top() || y >= clip.bottom() {
        return;
    }
    if let Some(cell) = buf.cell_mut((x, y)) {
        if let Some(symbol) = symbol {
            cell.set_symbol(symbol);
        }
        cell.set_style(style);
    }
}
