//! A combined view written out in the format asked for.

use super::{View, html, json, long_table, md, table, text};
use crate::io::report::Format;

/// Renders a combination in `format`; `long` makes the CSV one row per touchpoint × audit.
pub fn render(v: &View, format: Format, excel: bool, long: bool) -> String {
    match format {
        Format::Text => text::render(v),
        // `ratings` is a report of one audit; the command refuses it before rendering.
        Format::Csv | Format::Ratings if long => long_table(v).to_csv(excel),
        Format::Csv | Format::Ratings => table(v).to_csv(excel),
        Format::Md => md::render(v),
        Format::Html => html::render(v),
        Format::Json => json::render(v),
        // A workbook is not text; `render_file` writes it.
        Format::Xlsx => String::new(),
    }
}

/// A combination as the bytes of its file: a workbook of the list (one sheet) for xlsx, the
/// text for any other format.
pub fn render_file(v: &View, format: Format, excel: bool, long: bool) -> std::io::Result<Vec<u8>> {
    if format != Format::Xlsx {
        return Ok(render(v, format, excel, long).into_bytes());
    }
    let t = if long { long_table(v) } else { table(v) };
    crate::io::xlsx::workbook(
        v.lang,
        vec![crate::io::xlsx::Sheet::of_table(v.heading().kind, &t)],
    )
}
