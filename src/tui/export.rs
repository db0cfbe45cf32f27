//! Exporting the open audit's reports next to its file: `NAME.md`, `NAME.html`, `NAME.csv`.

use std::path::{Path, PathBuf};

use super::app::App;
use super::msg::{Effect, Msg};
use crate::i18n::ui;
use crate::io::report::{self, Format, Options};
use crate::model::{Audit, CrosshairMode};
use crate::store::atomic::write_atomic;

/// The formats written by an export, in the order the status line names them.
pub const FORMATS: [Format; 3] = [Format::Md, Format::Html, Format::Csv];

/// Carries out [`Effect::Export`] for the open audit.
pub fn export(app: &App, crosshair: CrosshairMode) -> Msg {
    match &app.walk {
        Some(w) => Msg::Exported(write_reports(&w.path, &w.audit, crosshair, app.now)),
        None => Msg::Exported(Err("no audit is open".to_string())),
    }
}

/// Writes each report atomically beside `audit_path`; the first failure stops and is reported.
pub fn write_reports(
    audit_path: &Path,
    audit: &Audit,
    crosshair: CrosshairMode,
    as_of: jiff::Timestamp,
) -> Result<Vec<PathBuf>, String> {
    let opts = Options {
        excel: false,
        crosshair,
        as_of: Some(as_of),
    };
    FORMATS
        .iter()
        .map(|&format| {
            let path = audit_path.with_extension(format.extension());
            let text = report::render(audit, format, &opts);
            write_atomic(&path, text.as_bytes())
                .map(|()| path.clone())
                .map_err(|e| format!("{}: {e}", path.display()))
        })
        .collect()
}

impl App {
    pub(super) fn exported(&mut self, result: Result<Vec<PathBuf>, String>) -> Vec<Effect> {
        match result {
            Ok(paths) => {
                self.flash = Some(ui::exported(self.lang, &paths));
                self.alert = None;
            }
            Err(e) => {
                self.alert = Some(ui::export_failed(self.lang, &e));
                self.flash = None;
            }
        }
        Vec::new()
    }
}
