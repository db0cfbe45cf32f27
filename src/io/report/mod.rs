//! Report writers. Every format ranks through `model::rank`, so all agree.

mod columns;
pub mod combine;
pub mod compare;
pub mod csv;
pub mod csv_evidence;
mod escape;
mod evidence_cells;
mod evidence_text;
mod facts;
mod heading;
mod html;
mod html_detail;
mod html_evidence;
mod html_parts;
mod json;
mod json_evidence;
mod locale;
pub mod many;
mod md;
mod md_detail;
mod mermaid;
mod options;
pub mod ratings;
mod since;
mod style;
mod sure;
pub(crate) mod svg;
pub mod text;
mod xlsx;

use crate::model::Audit;
pub use facts::score_text;
pub use options::{Format, Options};

/// Renders a report of `audit` in `format`.
pub fn render(audit: &Audit, format: Format, opts: &Options) -> String {
    render_since(audit, None, format, opts)
}

/// Renders a report of a re-audit: with the audit it follows (found and read by the caller),
/// the Markdown and HTML reports carry a "since the last audit" section.
pub fn render_since(
    audit: &Audit,
    previous: Option<&Audit>,
    format: Format,
    opts: &Options,
) -> String {
    let facts = || facts::Facts::new(audit, opts).with_previous(previous);
    match format {
        Format::Text => text::render(audit, opts),
        Format::Csv => csv::render(audit, opts),
        Format::Md => md::render(&facts()),
        Format::Json => json::render(&facts()),
        Format::Html => html::render(&facts()),
        Format::Ratings => ratings::render(audit, opts),
        // A workbook is not text; `render_file` writes it.
        Format::Xlsx => String::new(),
    }
}

/// Writes a report's file to `to`: the HTML and JSON reports as they are made, never held
/// whole; the others as [`render_file`] gives them.
pub fn write_file(
    audit: &Audit,
    previous: Option<&Audit>,
    format: Format,
    opts: &Options,
    to: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let facts = || facts::Facts::new(audit, opts).with_previous(previous);
    match format {
        Format::Html => html::write(&facts(), to),
        Format::Json => json::write(&facts(), to),
        _ => to.write_all(&render_file(audit, previous, format, opts)?),
    }
}

/// A report as the bytes of its file: the workbook for xlsx, the text for any other format.
pub fn render_file(
    audit: &Audit,
    previous: Option<&Audit>,
    format: Format,
    opts: &Options,
) -> std::io::Result<Vec<u8>> {
    match format {
        Format::Xlsx => xlsx::render(&facts::Facts::new(audit, opts)),
        _ => Ok(render_since(audit, previous, format, opts).into_bytes()),
    }
}
