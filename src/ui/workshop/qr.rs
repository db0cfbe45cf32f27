//! The join URL as a QR code on the projector, with the quiet zone the standard asks for.

use qrcode::{Color as Module, EcLevel, QrCode};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};

/// The join URL as a QR code, drawn with half blocks (two modules a cell, for a small screen)
/// or whole blocks two columns wide (one module a cell, large), dark on light whatever the
/// theme, with a quiet zone around it.
pub(super) struct Qr {
    modules: Vec<bool>,
    side: usize,
    quiet: usize,
    large: bool,
}

/// Light modules around the code (ISO/IEC 18004 asks for four).
const QUIET: usize = 4;

impl Qr {
    /// The code, if it fits in `cols` × `rows` cells; large when that fits too.
    pub(super) fn fit(url: &str, cols: u16, rows: u16) -> Option<Qr> {
        let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::L).ok()?;
        let side = code.width();
        let modules = code
            .to_colors()
            .into_iter()
            .map(|c| c == Module::Dark)
            .collect();
        let (cols, rows) = (usize::from(cols), usize::from(rows));
        // The standard's quiet zone: four light modules on every side, so that a phone finds
        // the code on a dark screen too.
        let large = Qr {
            modules,
            side,
            quiet: QUIET,
            large: true,
        };
        let (w, h) = large.cells();
        if w <= cols && h <= rows {
            return Some(large);
        }
        let small = Qr {
            large: false,
            ..large
        };
        let (w, h) = small.cells();
        (w <= cols && h <= rows).then_some(small)
    }

    fn span(&self) -> usize {
        self.side + 2 * self.quiet
    }

    fn cells(&self) -> (usize, usize) {
        let n = self.span();
        if self.large {
            (2 * n, n)
        } else {
            (n, n.div_ceil(2))
        }
    }

    pub(super) fn size(&self) -> (u16, u16) {
        let (w, h) = self.cells();
        (
            u16::try_from(w).unwrap_or(u16::MAX),
            u16::try_from(h).unwrap_or(u16::MAX),
        )
    }

    fn dark(&self, x: usize, y: usize) -> bool {
        let (x, y) = (x.wrapping_sub(self.quiet), y.wrapping_sub(self.quiet));
        x < self.side && y < self.side && self.modules[y * self.side + x]
    }

    pub(super) fn draw(&self, buf: &mut Buffer, area: Rect) {
        let style = Style::new().fg(Color::Black).bg(Color::White);
        let (w, h) = self.cells();
        for row in 0..h.min(usize::from(area.height)) {
            for col in 0..w.min(usize::from(area.width)) {
                let symbol = if self.large {
                    if self.dark(col / 2, row) { "█" } else { " " }
                } else {
                    match (self.dark(col, 2 * row), self.dark(col, 2 * row + 1)) {
                        (true, true) => "█",
                        (true, false) => "▀",
                        (false, true) => "▄",
                        (false, false) => " ",
                    }
                };
                let (x, y) = (area.x + col as u16, area.y + row as u16);
                if let Some(cell) = buf.cell_mut((x, y)) {
                    cell.set_symbol(symbol).set_style(style);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_code_has_a_quiet_zone_of_four_light_modules() {
        let url = "http://192.168.1.23:8765/w/AbCdEfGhIjKlMnOpQrStUv/";
        let qr = Qr::fit(url, 80, 41).expect("fits");
        assert_eq!(qr.quiet, 4);
        for i in 0..qr.span() {
            for edge in 0..4 {
                let far = qr.span() - 1 - edge;
                for (x, y) in [(i, edge), (i, far), (edge, i), (far, i)] {
                    assert!(!qr.dark(x, y), "({x}, {y}) is light");
                }
            }
        }
        assert!(
            qr.dark(4, 4),
            "the finder pattern starts after the quiet zone"
        );
    }

    #[test]
    fn a_join_url_fits_small_and_large() {
        let url = "http://192.168.1.23:8765/w/AbCdEfGhIjKlMnOpQrStUv/";
        let small = Qr::fit(url, 40, 20).expect("fits at 80×24");
        assert!(!small.large);
        let (w, h) = small.size();
        assert!(w <= 40 && h <= 20, "{w}×{h}");
        let large = Qr::fit(url, 80, 41).expect("fits at 160×45");
        assert!(large.large);
        assert!(Qr::fit(url, 20, 10).is_none());
    }
}
