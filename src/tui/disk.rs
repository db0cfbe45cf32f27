//! The open audit's file session (lock, external changes, emergency copies), used by effects.

use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use super::app::App;
use super::msg::{Msg, OpenedAs, Opening};
use crate::store::recovery;
use crate::store::session::{Access, AuditFile, Saved};

/// The file of the open audit. Clones share it: there is one lock per audit, whatever copies
/// of the app state exist, and it is released when the last one is dropped.
#[derive(Clone, Default)]
pub struct Session(Arc<Mutex<Option<AuditFile>>>);

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = self.with_file(|file| file.path().to_path_buf());
        f.debug_tuple("Session").field(&path).finish()
    }
}

impl Session {
    fn with_file<R>(&self, f: impl FnOnce(&mut AuditFile) -> R) -> Option<R> {
        let mut guard = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        guard.as_mut().map(f)
    }

    /// Runs `f` on the session when it is the file at `path`.
    fn with<R>(&self, path: &Path, f: impl FnOnce(&mut AuditFile) -> R) -> Option<R> {
        self.with_file(|file| (file.path() == path).then(|| f(file)))
            .flatten()
    }

    fn replace(&self, file: Option<AuditFile>) {
        // The old session is dropped here, releasing its lock.
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = file;
    }
}

/// Opens an audit: loads it (a bad file is reported, never locked or touched), takes its lock
/// or opens read-only, and looks for an emergency copy.
pub fn open(app: &App, path: &Path) -> Msg {
    // Our own lock on this audit would make us our own reader: let it go first.
    close(app, path);
    let (file, audit) = match AuditFile::open(path) {
        Ok(opened) => opened,
        Err(e) => return Msg::Failed(e.to_string()),
    };
    let access = match file.access() {
        Access::ReadWrite(lock) => OpenedAs::Writer {
            took_over: lock.took_over.clone(),
        },
        Access::ReadOnly(holder) => OpenedAs::Reader(holder.clone()),
    };
    // An emergency copy belongs to whoever writes the audit; a reader leaves it alone.
    let recovery = match access {
        OpenedAs::Writer { .. } => recovery::pending(path),
        OpenedAs::Reader(_) => None,
    };
    app.session.replace(Some(file));
    Msg::OpenedFile(Box::new(Opening {
        path: path.to_path_buf(),
        audit,
        access,
        recovery,
    }))
}

/// Lets go of the audit at `path` if it is this window's open file, releasing its lock.
pub fn close(app: &App, path: &Path) {
    if app.session.with(path, |_| ()).is_some() {
        app.session.replace(None);
    }
}

/// Saves the open audit unless the file changed on disk (then a side copy is written).
pub fn save(app: &App) -> Msg {
    let Some(w) = &app.walk else {
        return Msg::Saved(Ok(()));
    };
    match app.session.with(&w.path, |file| file.save(&w.audit)) {
        Some(Ok(Saved::Written)) => Msg::Saved(Ok(())),
        Some(Ok(Saved::Conflict { side_copy })) => Msg::SaveConflict(side_copy),
        Some(Err(e)) => Msg::Saved(Err(e.to_string())),
        None => Msg::Saved(Err(not_open(&w.path))),
    }
}

/// Writes the audit in memory over the file on disk, as the user chose.
pub fn overwrite(app: &App) -> Msg {
    let Some(w) = &app.walk else {
        return Msg::Saved(Ok(()));
    };
    match app.session.with(&w.path, |file| file.overwrite(&w.audit)) {
        Some(result) => Msg::Saved(result.map_err(|e| e.to_string())),
        None => Msg::Saved(Err(not_open(&w.path))),
    }
}

/// Reads the file on disk again, as the user chose.
pub fn reload(app: &App) -> Msg {
    let Some(w) = &app.walk else {
        return Msg::Info(String::new());
    };
    match app.session.with(&w.path, AuditFile::reload) {
        Some(Ok(audit)) => Msg::Reloaded(Box::new(audit)),
        Some(Err(e)) => Msg::Failed(e.to_string()),
        None => Msg::Failed(not_open(&w.path)),
    }
}

/// Removes the open audit's emergency copy.
pub fn discard_recovery(app: &App) -> Option<Msg> {
    let w = app.walk.as_ref()?;
    recovery::discard(&w.path)
        .err()
        .map(|e| Msg::Failed(e.to_string()))
}

/// Closes the open audit without saving, as the user chose. Its emergency copy goes beside the
/// file, else (that folder unwritable, say) into the data folder, else into the system's
/// temporary folder; then the lock is released, since this window no longer edits the audit.
pub fn abandon(app: &App) -> Option<Msg> {
    let w = app.walk.as_ref()?;
    let name = w.path.file_name().unwrap_or_default();
    let mut in_temp = std::ffi::OsString::from("tpaudit-");
    in_temp.push(name);
    let places = [
        w.path.clone(),
        app.data.root().join(name),
        std::env::temp_dir().join(in_temp),
    ];
    let mut errors = Vec::new();
    let mut written = None;
    for place in &places {
        match recovery::write_recovery(place, &w.audit) {
            Ok(copy) => {
                written = Some(copy);
                break;
            }
            Err(e) => errors.push(e.to_string()),
        }
    }
    app.session.replace(None);
    Some(Msg::Abandoned(written.ok_or_else(|| errors.join("; "))))
}

fn not_open(path: &Path) -> String {
    format!("{}: not open for writing in this window", path.display())
}
