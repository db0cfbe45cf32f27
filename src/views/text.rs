//! Text fitted by display width. Cuts never split a grapheme, so Cyrillic and emoji align.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Display width in terminal columns.
pub fn width(s: &str) -> usize {
    s.width()
}

/// Control characters (a stray newline in a name) would break a one-line cell.
fn clean(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// `s` cut to at most `max` columns, ending in `…` when cut.
pub fn fit(s: &str, max: usize) -> String {
    let s = clean(s);
    if s.width() <= max {
        return s;
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let w = g.width();
        if used + w + 1 > max {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// `s` fitted and padded to exactly `w` columns, left-aligned.
pub fn pad(s: &str, w: usize) -> String {
    let mut out = fit(s, w);
    let fill = w.saturating_sub(out.width());
    out.extend(std::iter::repeat_n(' ', fill));
    out
}

/// `s` fitted and padded to exactly `w` columns, right-aligned.
pub fn pad_left(s: &str, w: usize) -> String {
    let body = fit(s, w);
    let fill = w.saturating_sub(body.width());
    let mut out: String = std::iter::repeat_n(' ', fill).collect();
    out.push_str(&body);
    out
}

/// `s` wrapped at word boundaries into at most `lines` lines of at most `max` columns;
/// the last line ends in `…` when text remains.
pub fn wrap(s: &str, max: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if max == 0 || lines == 0 {
        return out;
    }
    let s = clean(s);
    let mut current = String::new();
    let mut cut = false;
    for word in s.split_whitespace() {
        let joined = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if joined.width() <= max {
            current = joined;
            continue;
        }
        if !current.is_empty() {
            out.push(fit(&std::mem::take(&mut current), max));
        }
        if out.len() == lines {
            cut = true;
            break;
        }
        current = word.to_string();
    }
    if !current.is_empty() {
        out.push(current);
    }
    if let Some(last) = out.last_mut() {
        *last = if cut {
            fit(&format!("{last} …"), max)
        } else {
            fit(last, max)
        };
    }
    out
}

/// The first non-blank line of a text, trimmed.
pub fn first_line(s: &str) -> &str {
    s.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
}

/// Writes `s` at (x, y), clipped to `clip`; returns the column after the text.
pub fn put(buf: &mut Buffer, clip: Rect, x: u16, y: u16, s: &str, style: Style) -> u16 {
    let clip = clip.intersection(buf.area);
    if y < clip.top() || y >= clip.bottom() || x < clip.left() || x >= clip.right() {
        return x;
    }
    let max = usize::from(clip.right() - x);
    buf.set_stringn(x, y, clean(s), max, style).0
}

/// Sets the style of the cell at (x, y) when it lies inside `clip`.
pub fn paint(buf: &mut Buffer, clip: Rect, x: u16, y: u16, symbol: Option<&str>, style: Style) {
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
