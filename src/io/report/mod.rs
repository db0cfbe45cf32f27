//! Report writers. Every format ranks through `model::rank`, so all agree.

pub mod csv;
pub mod text;

use crate::model::{Audit, CrosshairMode};

/// The report formats of `tpaudit report --format`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Md,
    Csv,
    Html,
    Json,
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
        }
    }
}

/// Options shared by the report writers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// CSV for spreadsheet programs in a Russian locale: UTF-8 BOM and `;` delimiters.
    pub excel: bool,
    pub crosshair: CrosshairMode,
}

/// Renders a report of `audit` in `format`.
pub fn render(audit: &Audit, format: Format, opts: &Options) -> String {
    let _ = (audit, opts);
    match format {
        Format::Text => text::render(audit, opts),
        Format::Csv => csv::render(audit, opts),
        Format::Md | Format::Html | Format::Json => String::new(),
    }
}
