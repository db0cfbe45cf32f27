//! The outcome of exporting the open audit's reports (the writing is the runtime's).

use std::path::PathBuf;

use super::msg::Effect;
use super::notice::{Failure, Notice};
use super::state::App;

impl App {
    pub(super) fn exported(&mut self, result: Result<Vec<PathBuf>, Failure>) -> Vec<Effect> {
        match result {
            Ok(paths) => {
                self.last_report = paths
                    .iter()
                    .find(|p| p.extension().is_some_and(|e| e == "html"))
                    .cloned();
                self.flash = Some(Notice::Exported(paths));
                self.alert = None;
            }
            Err(e) => {
                self.alert = Some(Notice::ExportFailed(e));
                self.flash = None;
            }
        }
        Vec::new()
    }
}
