//! Emergency copies: written when tpaudit crashes, offered on the next open.

use std::path::{Path, PathBuf};

use super::atomic::write_atomic;
use super::audit_file::{load, to_ron};
use super::error::{Result, StoreError};
use crate::model::Audit;

/// The emergency copy of an audit: `NAME.ron.recovery`.
pub fn recovery_path(audit: &Path) -> PathBuf {
    super::atomic::side_path(audit, ".recovery")
}

/// Writes the in-memory audit as the emergency copy.
pub fn write_recovery(audit_path: &Path, audit: &Audit) -> Result<PathBuf> {
    let path = recovery_path(audit_path);
    super::ignore::keep_side_files_out(super::ignore::folder_of(&path));
    let text = to_ron(audit).map_err(|e| StoreError::Serialize {
        path: path.clone(),
        message: e.to_string(),
    })?;
    write_atomic(&path, text.as_bytes()).map_err(|e| StoreError::io(&path, e))?;
    Ok(path)
}

/// An emergency copy worth offering: it parses, is newer than the file, and differs from it.
pub fn pending(audit_path: &Path) -> Option<(PathBuf, Audit)> {
    let path = recovery_path(audit_path);
    let copy = load(&path).ok()?;
    let modified = |p: &Path| std::fs::metadata(p).and_then(|m| m.modified()).ok();
    let newer = match (modified(&path), modified(audit_path)) {
        (Some(r), Some(f)) => r >= f,
        (Some(_), None) => true,
        _ => false,
    };
    let differs = load(audit_path).map_or(true, |on_disk| on_disk != copy);
    (newer && differs).then_some((path, copy))
}

/// Removes the emergency copy once the user has decided.
pub fn discard(audit_path: &Path) -> Result<()> {
    let path = recovery_path(audit_path);
    match std::fs::remove_file(&path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(StoreError::io(path, e)),
        _ => Ok(()),
    }
}
