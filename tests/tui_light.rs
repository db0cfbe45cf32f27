//! The light theme for projectors: every cell of the walk, the list, the matrix and the help
//! keeps a contrast of at least 4.5:1 between its text and its background (no grey hints, no
//! dark tints on white), and styled snapshots of each screen at 80×24 and 160×45, English and
//! Russian.

mod tui_common;

use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use tpaudit::model::Lang;
use tpaudit::ui::Theme;
use tui_common::*;

/// The sRGB of a colour as xterm draws it (its default palette for the 16 named colours).
fn rgb(c: Color) -> Option<(u8, u8, u8)> {
    const BASIC: [(u8, u8, u8); 16] = [
        (0, 0, 0),
        (205, 0, 0),
        (0, 205, 0),
        (205, 205, 0),
        (0, 0, 238),
        (205, 0, 205),
        (0, 205, 205),
        (229, 229, 229),
        (127, 127, 127),
        (255, 0, 0),
        (0, 255, 0),
        (255, 255, 0),
        (92, 92, 255),
        (255, 0, 255),
        (0, 255, 255),
        (255, 255, 255),
    ];
    let level = |v: u8| if v == 0 { 0 } else { 55 + 40 * v };
    Some(match c {
        Color::Black => BASIC[0],
        Color::Red => BASIC[1],
        Color::Green => BASIC[2],
        Color::Yellow => BASIC[3],
        Color::Blue => BASIC[4],
        Color::Magenta => BASIC[5],
        Color::Cyan => BASIC[6],
        Color::Gray => BASIC[7],
        Color::DarkGray => BASIC[8],
        Color::LightRed => BASIC[9],
        Color::LightGreen => BASIC[10],
        Color::LightYellow => BASIC[11],
        Color::LightBlue => BASIC[12],
        Color::LightMagenta => BASIC[13],
        Color::LightCyan => BASIC[14],
        Color::White => BASIC[15],
        Color::Rgb(r, g, b) => (r, g, b),
        Color::Indexed(n) if n < 16 => BASIC[usize::from(n)],
        Color::Indexed(n) if n < 232 => {
            let n = n - 16;
            (level(n / 36), level(n / 6 % 6), level(n % 6))
        }
        Color::Indexed(n) => {
            let v = 8 + 10 * (n - 232);
            (v, v, v)
        }
        Color::Reset => return None,
    })
}

/// WCAG relative luminance.
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let lin = |v: u8| {
        let v = f64::from(v) / 255.0;
        if v <= 0.03928 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

fn contrast(a: Color, b: Color) -> Option<f64> {
    let (la, lb) = (luminance(rgb(a)?), luminance(rgb(b)?));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    Some((hi + 0.05) / (lo + 0.05))
}

/// Every cell with text has a set foreground and background at 4.5:1 or more.
fn assert_readable(buf: &Buffer, what: &str) {
    let width = usize::from(buf.area.width);
    for (i, cell) in buf.content().iter().enumerate() {
        let (x, y) = (i % width, i / width);
        assert!(
            cell.bg != Color::Reset,
            "{what}: the terminal's own background shows at {x},{y}"
        );
        if cell.symbol().trim().is_empty() {
            continue;
        }
        let ratio = contrast(cell.fg, cell.bg)
            .unwrap_or_else(|| panic!("{what}: no text colour at {x},{y} ({:?})", cell.symbol()));
        assert!(
            ratio >= 4.5,
            "{what}: {:?} at {x},{y} is {:?} on {:?}, contrast {ratio:.2}",
            cell.symbol(),
            cell.fg,
            cell.bg
        );
    }
}

/// The screens of an example audit in the light theme: walk, list, matrix, help.
fn screens(lang: Lang, size: (u16, u16)) -> Vec<(&'static str, Buffer)> {
    let light = Theme::light();
    let mut app = walk_app(example(lang));
    let mut out = vec![("walk", styled(&mut app, &light, size))];
    key(&mut app, KeyCode::Enter);
    out.push(("notes", styled(&mut app, &light, size)));
    key(&mut app, KeyCode::Esc);
    keys(&mut app, "/zz");
    out.push(("filter", styled(&mut app, &light, size)));
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('p'));
    out.push(("list", styled(&mut app, &light, size)));
    key(&mut app, KeyCode::Char('m'));
    out.push(("matrix", styled(&mut app, &light, size)));
    key(&mut app, KeyCode::Char('?'));
    out.push(("help", styled(&mut app, &light, size)));
    out
}

#[test]
fn every_cell_of_the_light_theme_reads_on_a_projector() {
    for lang in [Lang::En, Lang::Ru] {
        for size in [(80, 24), (160, 45), (100, 30)] {
            for (name, buf) in screens(lang, size) {
                assert_readable(&buf, &format!("{name} {lang:?} {size:?}"));
            }
        }
    }
}

#[test]
fn the_selected_row_of_the_list_is_one_unbroken_band() {
    for lang in [Lang::En, Lang::Ru] {
        let list = &screens(lang, (80, 24))[3];
        assert_eq!(list.0, "list");
        // Row 2: rank 1, selected, critical (its mark and priority in red).
        let band = Theme::light().selected.bg.expect("a selection colour");
        for x in 0..80 {
            let cell = &list.1[(x, 2)];
            assert_eq!(cell.bg, band, "{lang:?}: {x} {:?}", cell.symbol());
        }
    }
}

#[test]
fn the_home_screen_and_a_dialog_read_too() {
    let light = Theme::light();
    let mut app = app(Lang::Ru);
    app.examples = tpaudit::app::state::bundled_examples();
    let home = styled(&mut app, &light, (80, 24));
    assert_readable(&home, "home");
    key(&mut app, KeyCode::Char('n'));
    assert_readable(&styled(&mut app, &light, (80, 24)), "new audit form");
}

#[test]
fn the_contrast_check_catches_grey_on_white() {
    // The dark theme's grey hints on the light theme's paper would not pass.
    let ratio = contrast(Color::DarkGray, Color::White).expect("colours");
    assert!(ratio < 4.5, "{ratio}");
    let tinted = contrast(Color::Black, Color::Indexed(236)).expect("colours");
    assert!(tinted < 4.5, "black on a dark tint: {tinted}");
}

#[test]
fn styled_snapshots_of_the_light_theme() {
    for lang in [Lang::En, Lang::Ru] {
        let l = match lang {
            Lang::En => "en",
            Lang::Ru => "ru",
        };
        for (w, h) in [(80, 24), (160, 45)] {
            for (name, buf) in screens(lang, (w, h)) {
                if !["walk", "list", "matrix"].contains(&name) {
                    continue;
                }
                insta::assert_debug_snapshot!(format!("light_{name}_{l}_{w}x{h}"), buf);
            }
        }
    }
}

#[test]
fn ctrl_t_cycles_dark_light_mono_and_asks_to_remember_it() {
    use tpaudit::app::Effect;
    use tpaudit::store::config::ThemeName;
    let mut app = walk_app(example(Lang::Ru));
    let mut seen = Vec::new();
    for _ in 0..3 {
        // In the Russian layout Ctrl+е is Ctrl+t.
        let effects = key_with(&mut app, KeyCode::Char('е'), KeyModifiers::CONTROL);
        assert_eq!(effects, vec![Effect::SaveTheme(app.theme)]);
        seen.push(app.theme);
    }
    assert_eq!(seen, [ThemeName::Light, ThemeName::Mono, ThemeName::Dark]);
    key(&mut app, KeyCode::Char('m'));
    key_with(&mut app, KeyCode::Char('t'), KeyModifiers::CONTROL);
    assert_eq!(app.theme, ThemeName::Light);
    assert_eq!(
        flash(&app).as_deref(),
        Some("Цвета: светлые, контрастные (для проектора)")
    );
}
