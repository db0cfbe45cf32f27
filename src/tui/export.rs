//! Exporting the open audit's reports next to its file: `NAME.md`, `NAME.html`, `NAME.csv`,
//! `NAME.xlsx`.

use std::path::{Path, PathBuf};

use crate::app::{App, Failure, Msg};
use crate::io::report::{self, Format, Options};
use crate::model::{Audit, CrosshairMode};
use crate::store::StoreError;
use crate::store::atomic::write_atomic;

/// The formats written by an export, in the order the status line names them.
pub const FORMATS: [Format; 4] = [Format::Md, Format::Html, Format::Csv, Format::Xlsx];

/// Carries out `Effect::Export` for the open audit.
pub fn export(app: &App, crosshair: CrosshairMode) -> Msg {
    match &app.walk {
        Some(w) => Msg::Exported(write_reports(&w.path, &w.audit, crosshair, app.now)),
        None => Msg::Exported(Ok(Vec::new())),
    }
}

/// Writes each report atomically beside `audit_path`; the first failure stops and is reported.
pub fn write_reports(
    audit_path: &Path,
    audit: &Audit,
    crosshair: CrosshairMode,
    as_of: jiff::Timestamp,
) -> Result<Vec<PathBuf>, Failure> {
    let opts = Options {
        excel: false,
        crosshair,
        as_of: Some(as_of),
    };
    FORMATS
        .iter()
        .map(|&format| {
            let path = audit_path.with_extension(format.extension());
            report::render_file(audit, None, format, &opts)
                .and_then(|bytes| write_atomic(&path, &bytes))
                .map(|()| path.clone())
                .map_err(|e| StoreError::io(&path, e).into())
        })
        .collect()
}
