//! A comparison written out in the format asked for.

use super::{View, html, json, long_table, md, table, text};
use crate::io::report::Format;

/// Renders a comparison in `format`; `excel` for CSV as in `report`. Two audits give the
/// contract CSV, more the long one.
pub fn render(v: &View, format: Format, excel: bool) -> String {
    match format {
        Format::Text => text::render(v),
        // `ratings` is a report of one audit; the command refuses it before rendering.
        Format::Csv | Format::Ratings if v.is_pair() => table(v).to_csv(excel),
        Format::Csv | Format::Ratings => long_table(v).to_csv(excel),
        Format::Md => md::render(v),
        Format::Html => html::render(v),
        Format::Json => json::render(v),
        // A workbook is not text; `render_file` writes it.
        Format::Xlsx => String::new(),
    }
}

/// A comparison as the bytes of its file: a workbook for xlsx (the CSV's table with the
/// customers' answers after its columns, and the measurements), the text for any other format.
pub fn render_file(v: &View, format: Format, excel: bool) -> std::io::Result<Vec<u8>> {
    if format != Format::Xlsx {
        return Ok(render(v, format, excel).into_bytes());
    }
    super::xlsx::render(v)
}
