//! Shared helpers of the view tests: example audits and buffers as text.
#![allow(dead_code)]

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use tpaudit::model::{Audit, Lang};
use tpaudit::store::templates::examples;

/// The bundled example written in `lang`.
pub fn example(lang: Lang) -> Audit {
    examples()
        .into_iter()
        .map(|(_, a)| a)
        .find(|a| a.lang == lang)
        .expect("an example in each language")
}

/// Renders a widget into a fresh buffer of the given size.
pub fn render(widget: impl Widget, width: u16, height: u16) -> Buffer {
    let mut buf = Buffer::empty(Rect::new(0, 0, width, height));
    widget.render(buf.area, &mut buf);
    buf
}

/// The buffer's symbols, one line per row, trailing spaces kept so columns stay visible.
pub fn text(buf: &Buffer) -> String {
    let a = buf.area;
    let mut out = String::new();
    for y in a.top()..a.bottom() {
        for x in a.left()..a.right() {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// Where `needle` starts in the rendered rows: (column, row), counted in cells.
pub fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    find_in(buf, buf.area, needle)
}

/// Where `needle` starts inside `a`.
pub fn find_in(buf: &Buffer, a: Rect, needle: &str) -> Option<(u16, u16)> {
    let first = needle.chars().count();
    for y in a.top()..a.bottom() {
        for x in a.left()..a.right() {
            let matches = needle.chars().enumerate().all(|(i, c)| {
                let cx = x + i as u16;
                cx < a.right() && buf[(cx, y)].symbol() == c.to_string()
            });
            if first > 0 && matches {
                return Some((x, y));
            }
        }
    }
    None
}
