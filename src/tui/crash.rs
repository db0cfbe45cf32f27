//! The loop's panic guard: a bug in `update` or a view must not cost the user the audit.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;

use crate::app::App;
use crate::i18n::safety;
use crate::store::recovery;

/// What a panic in the loop left behind.
#[derive(Debug)]
pub struct Crash {
    /// The panic's message.
    pub message: String,
    /// The emergency copy written, or why it could not be; `None` when nothing was unsaved.
    pub copy: Option<Result<PathBuf, String>>,
}

impl Crash {
    /// What to tell the user once the terminal is back to normal.
    pub fn report(&self, lang: crate::model::Lang) -> String {
        let copy = self
            .copy
            .as_ref()
            .map(|c| c.as_ref().map(PathBuf::as_path).map_err(String::as_str));
        safety::crashed(lang, &self.message, copy)
    }
}

/// Runs one step of the loop; on a panic, writes the unsaved audit as an emergency copy.
pub fn guard<R>(app: &mut App, step: impl FnOnce(&mut App) -> R) -> Result<R, Crash> {
    match catch_unwind(AssertUnwindSafe(|| step(app))) {
        Ok(r) => Ok(r),
        Err(payload) => Err(Crash {
            message: panic_message(payload.as_ref()),
            copy: emergency_copy(app),
        }),
    }
}

/// The audit may be half-way through an edit, but it is the freshest the user has: keep it
/// beside the file, to be offered on the next open.
fn emergency_copy(app: &App) -> Option<Result<PathBuf, String>> {
    let w = app
        .walk
        .as_ref()
        .filter(|w| w.dirty && w.read_only.is_none())?;
    Some(recovery::write_recovery(&w.path, &w.audit).map_err(|e| e.to_string()))
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into())
}
