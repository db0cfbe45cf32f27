//! The audits in the data directory, for `list` and the home screen.

use std::path::PathBuf;

use jiff::Timestamp;

use super::datadir::DataDir;
use super::error::{Result, StoreError};
use super::session::side_copy_of;
use super::summaries::{Summaries, Summary};
use crate::model::Progress;

/// One audit file found in the data directory.
#[derive(Debug)]
pub struct Entry {
    /// The file name without `.ron`: what `open NAME` takes.
    pub name: String,
    pub path: PathBuf,
    /// The audit this file is a side copy of (written when the file changed on disk).
    pub copy_of: Option<String>,
    /// What the list shows of the audit, or why it could not be read.
    pub summary: Result<Summary>,
    /// When the file last changed, from the file system (the file holds no save time).
    pub modified: Option<Timestamp>,
}

impl Entry {
    pub fn progress(&self) -> Option<Progress> {
        self.summary.as_ref().ok().map(|s| s.progress)
    }

    pub fn updated(&self) -> Option<Timestamp> {
        self.modified
    }
}

/// All `*.ron` audits, most recently changed first, then the side copies; a missing folder is an
/// empty list. Emergency copies, backups, locks and deleted audits end otherwise, so never show.
/// Only audits changed since the last listing are read (see `summaries`).
pub fn list(data: &DataDir) -> Result<Vec<Entry>> {
    let dir = data.audits_dir();
    let read = match std::fs::read_dir(&dir) {
        Ok(r) => r,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io(dir, e)),
    };
    let mut summaries = Summaries::open(data);
    let mut entries: Vec<Entry> = read
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ron") && p.is_file())
        .filter_map(|path| {
            let name = path.file_stem()?.to_string_lossy().into_owned();
            (!name.starts_with('.')).then(|| Entry {
                summary: summaries.get(&path),
                modified: modified(&path),
                copy_of: side_copy_of(&name).map(str::to_string),
                name,
                path,
            })
        })
        .collect();
    summaries.finish();
    // A side copy is as recent as its audit: listed after every audit, it is not mistaken for it.
    entries.sort_by(|a, b| {
        (a.copy_of.is_some())
            .cmp(&b.copy_of.is_some())
            .then_with(|| b.updated().cmp(&a.updated()))
            .then_with(|| a.name.cmp(&b.name))
    });
    Ok(entries)
}

/// A file's modification time, if the file system keeps one.
pub fn modified(path: &std::path::Path) -> Option<Timestamp> {
    let time = std::fs::metadata(path).and_then(|m| m.modified()).ok()?;
    Timestamp::try_from(time).ok()
}
