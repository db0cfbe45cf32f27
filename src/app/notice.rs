//! What the workbench has to tell the user, as typed values. The words are made where a notice
//! is shown (`ui::notice`), in the interface's language, so the state never holds English text
//! and an error keeps what it knows (which file, which holder) until it is drawn.

use std::path::PathBuf;
use std::sync::Arc;

use crate::i18n::ui::T;
use crate::model::Progress;
use crate::store::StoreError;
use crate::store::lock::Holder;

/// Why a window may not change its audit: another tpaudit holds the lock (who, when known).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadOnly {
    pub holder: Option<Holder>,
}

/// A message for the status line or a dialog.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    /// A fixed phrase of the catalogue.
    Phrase(T),
    /// Scoring reached the end of the checklist.
    WalkEnd(Progress),
    /// A change was refused: another tpaudit writes this audit.
    ReadOnlyRefused(ReadOnly),
    /// A stale lock of a dead process was taken over on open.
    TookOver(Holder),
    /// The version on disk was taken; the user's stays in this side copy.
    KeptIn(PathBuf),
    /// An audit was duplicated under this name.
    Duplicated(String),
    /// An audit was deleted (its file renamed).
    Deleted(String),
    /// Reports written by an export.
    Exported(Vec<PathBuf>),
    ExportFailed(Failure),
    /// The HTML report is being opened in the browser.
    Opening(PathBuf),
    /// No browser showed the report at the path: why, so it can be opened by hand.
    OpenFailed(PathBuf, NoBrowser),
    /// The open audit was left unsaved: where its emergency copy went, or why none was written.
    Abandoned(Result<PathBuf, Vec<Failure>>),
    /// An operation on files failed.
    Failed(Failure),
    /// The audit the open one follows could not be read: a quiet note, not an error.
    PreviousUnreadable(String, Failure),
    /// The theme the workbench now draws with.
    Theme(crate::store::config::ThemeName),
    /// The settings file could not be read or written: the theme is not remembered.
    ConfigFailed(Failure),
}

/// Why an operation on files failed.
#[derive(Debug, Clone)]
pub enum Failure {
    Store(Arc<StoreError>),
    /// Deleting an audit another tpaudit has open.
    DeleteRefused {
        name: String,
        holder: Option<Holder>,
    },
    /// No bundled example has this name.
    NoSuchExample(String),
    /// The audit's file is not open for writing in this window.
    NotOpen(PathBuf),
}

impl From<StoreError> for Failure {
    fn from(e: StoreError) -> Self {
        Failure::Store(Arc::new(e))
    }
}

impl PartialEq for Failure {
    /// Store errors compare by their text: `io::Error` has no equality of its own.
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Failure::Store(a), Failure::Store(b)) => a.to_string() == b.to_string(),
            (
                Failure::DeleteRefused { name, holder },
                Failure::DeleteRefused { name: n, holder: h },
            ) => name == n && holder == h,
            (Failure::NoSuchExample(a), Failure::NoSuchExample(b)) => a == b,
            (Failure::NotOpen(a), Failure::NotOpen(b)) => a == b,
            _ => false,
        }
    }
}

impl Notice {
    /// Whether the status line draws this notice as an error.
    pub fn is_error(&self) -> bool {
        matches!(
            self,
            Notice::Failed(_)
                | Notice::ConfigFailed(_)
                | Notice::ExportFailed(_)
                | Notice::OpenFailed(..)
                | Notice::Abandoned(_)
                | Notice::ReadOnlyRefused(_)
        )
    }
}

/// Why no browser showed a report (`O`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoBrowser {
    /// The program could not be started (missing, not executable): which, and the system's
    /// reason.
    NotStarted { program: String, reason: String },
    /// The program started but soon ended in failure, as an opener does that finds no browser
    /// to hand the file to: which, and its exit code when it has one.
    GaveUp { program: String, code: Option<i32> },
}
