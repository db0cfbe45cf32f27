//! What a report is asked for: its format and the options every writer shares.

use crate::model::CrosshairMode;

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
