//! Report writers. Every format ranks through `model::rank`, so all agree.

pub mod combine;
pub mod compare;
pub mod csv;
mod escape;
mod evidence_text;
mod facts;
mod html;
mod html_detail;
mod html_evidence;
mod json;
mod json_evidence;
mod locale;
pub mod many;
mod md;
mod md_detail;
mod mermaid;
pub mod ratings;
mod since;
mod style;
mod sure;
pub(crate) mod svg;
pub mod text;
mod xlsx;

use crate::model::{Audit, CrosshairMode};

/// The report formats of `tpaudit report --format`. A workbook is not text: `render_file`
/// writes it, `render` gives nothing for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Md,
    Csv,
    Html,
    Json,
    /// Every participant's ratings as CSV in the columns `import` reads (report only)
    Ratings,
    /// An Excel workbook, numbers as numbers (report: list, action plan, ratings)
    Xlsx,
}

impl Format {
    /// The file extension for exports.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Md => "md",
            Format::Csv => "csv",
            Format::Html => "html",
            Format::Json => "json",
            Format::Ratings => "csv",
            Format::Xlsx => "xlsx",
        }
    }
}

/// Options shared by the report writers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// CSV for spreadsheet programs in a Russian locale: UTF-8 BOM and `;` delimiters.
    pub excel: bool,
    pub crosshair: CrosshairMode,
    /// When the audit last changed (its file's modification time): the date reports show.
    /// Unknown, the audit's creation date is shown.
    pub as_of: Option<jiff::Timestamp>,
    /// Rank by the team's satisfaction ratings, or by the customers' answers alone.
    pub satisfaction: crate::model::voice::SatisfactionFrom,
}

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
