//! The open audit's file session (lock, external changes, emergency copies), used by effects
//! and by the saver thread.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use crate::app::{App, Failure, Msg, OpenedAs, Opening};
use crate::model::Audit;
use crate::store::parse_cache::ParseCache;
use crate::store::recovery;
use crate::store::session::{Access, AuditFile, Saved};

/// The file of the open audit, held by the runtime. Clones share it (the saver thread holds
/// one): there is one lock per audit, released when the session is replaced or the last clone
/// is dropped.
#[derive(Clone, Default)]
pub struct Session(Arc<Mutex<Option<AuditFile>>>);

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = self.with_file(|file| file.path().to_path_buf());
        f.debug_tuple("Session").field(&path).finish()
    }
}

impl Session {
    pub(super) fn with_file<R>(&self, f: impl FnOnce(&mut AuditFile) -> R) -> Option<R> {
        let mut guard = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        guard.as_mut().map(f)
    }

    /// Runs `f` on the session when it is the file at `path`.
    fn with<R>(&self, path: &Path, f: impl FnOnce(&mut AuditFile) -> R) -> Option<R> {
        self.with_file(|file| (file.path() == path).then(|| f(file)))
            .flatten()
    }

    /// Puts another file in the session (or none), dropping the old one and its lock.
    pub fn replace(&self, file: Option<AuditFile>) {
        // The old session is dropped here, releasing its lock.
        *self.0.lock().unwrap_or_else(PoisonError::into_inner) = file;
    }
}

/// Opens an audit: loads it (a bad file is reported, never locked or touched; an unchanged
/// one from the data folder's parse cache), takes its lock or opens read-only, and looks for
/// an emergency copy.
pub fn open(session: &Session, path: &Path, cache: &ParseCache) -> Msg {
    open_with(session, path, false, cache)
}

/// Opens an audit as [`open`] does, taking over a lock held on another computer.
pub fn open_taking_over(session: &Session, path: &Path, cache: &ParseCache) -> Msg {
    open_with(session, path, true, cache)
}

fn open_with(session: &Session, path: &Path, take_over: bool, cache: &ParseCache) -> Msg {
    // Our own lock on this audit would make us our own reader: let it go first.
    close(session, path);
    let (file, audit) = match AuditFile::open_cached(path, take_over, cache) {
        Ok(opened) => opened,
        Err(e) => return Msg::Failed(e.into()),
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
    session.replace(Some(file));
    Msg::OpenedFile(Box::new(Opening {
        path: path.to_path_buf(),
        audit,
        access,
        recovery,
    }))
}

/// Lets go of the audit at `path` if it is this window's open file, releasing its lock.
pub fn close(session: &Session, path: &Path) {
    if session.with(path, |_| ()).is_some() {
        session.replace(None);
    }
}

/// A snapshot of the open audit to write, taken when the save was asked for.
#[derive(Debug, Clone)]
pub struct SaveJob {
    pub path: PathBuf,
    pub audit: Audit,
    /// The walk's edit count the snapshot holds.
    pub upto: u64,
    /// Write over a file that changed on disk (the user chose to keep their version).
    pub overwrite: bool,
}

impl SaveJob {
    /// The job for the open audit, if one is open.
    pub fn of(app: &App, overwrite: bool) -> Option<SaveJob> {
        let w = app.walk.as_ref()?;
        Some(SaveJob {
            path: w.path.clone(),
            audit: w.audit.clone(),
            upto: w.edits,
            overwrite,
        })
    }
}

/// Writes a snapshot through the session: unless the file changed on disk (then a side copy
/// is written and the user asked), or, when overwriting, over whatever is there.
pub fn save(session: &Session, job: &SaveJob) -> Msg {
    let saved = session.with(&job.path, |file| match job.overwrite {
        true => file.overwrite(&job.audit).map(|()| Saved::Written),
        false => file.save(&job.audit),
    });
    let result = match saved {
        Some(Ok(Saved::Written)) => Ok(()),
        Some(Ok(Saved::Conflict { side_copy })) => return Msg::SaveConflict(side_copy),
        Some(Err(e)) => Err(e.into()),
        None => Err(Failure::NotOpen(job.path.clone())),
    };
    Msg::Saved {
        upto: job.upto,
        result,
    }
}

/// Reads the file on disk again, as the user chose.
pub fn reload(app: &App, session: &Session) -> Option<Msg> {
    let w = app.walk.as_ref()?;
    Some(match session.with(&w.path, AuditFile::reload) {
        Some(Ok(audit)) => Msg::Reloaded(Box::new(audit)),
        Some(Err(e)) => Msg::Failed(e.into()),
        None => Msg::Failed(Failure::NotOpen(w.path.clone())),
    })
}

/// Removes the open audit's emergency copy.
pub fn discard_recovery(app: &App) -> Option<Msg> {
    let w = app.walk.as_ref()?;
    recovery::discard(&w.path)
        .err()
        .map(|e| Msg::Failed(e.into()))
}

/// Closes the open audit without saving, as the user chose. Its emergency copy goes beside the
/// file, else (that folder unwritable, say) into the data folder, else into the system's
/// temporary folder; then the lock is released, since this window no longer edits the audit.
pub fn abandon(app: &App, session: &Session) -> Option<Msg> {
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
            Err(e) => errors.push(e.into()),
        }
    }
    session.replace(None);
    Some(Msg::Abandoned(written.ok_or(errors)))
}
