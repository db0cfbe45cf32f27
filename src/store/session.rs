//! An open audit: its file, its lock, and what was on disk when it was read, so that a save
//! never clobbers a change made by another program.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};

use super::atomic::write_atomic;
use super::audit_file::{declared_version, load, save_text, to_ron, version_backup_path};
use super::error::{Result, StoreError};
use super::lock::{Acquired, Holder, Lock, acquire};
use crate::model::Audit;

/// What identifies a file's contents: its length and a hash of its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    len: u64,
    hash: u64,
}

impl Fingerprint {
    /// The fingerprint of these bytes.
    pub fn of(bytes: &[u8]) -> Fingerprint {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut h);
        Fingerprint {
            len: bytes.len() as u64,
            hash: h.finish(),
        }
    }
}

/// The fingerprint of the file at `path`, or `None` if there is no file.
pub fn fingerprint(path: &Path) -> Result<Option<Fingerprint>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(Fingerprint::of(&bytes))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(StoreError::io(path, e)),
    }
}

/// Whether this process may write the audit.
#[derive(Debug)]
pub enum Access {
    ReadWrite(Lock),
    /// Another tpaudit has the audit open; this one only reads.
    ReadOnly(Option<Holder>),
}

/// What a save did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Saved {
    Written,
    /// The file changed on disk since it was read: it was left alone and the audit in memory
    /// went to this side copy instead.
    Conflict {
        side_copy: PathBuf,
    },
}

/// An audit file opened for editing.
#[derive(Debug)]
pub struct AuditFile {
    path: PathBuf,
    access: Access,
    known: Option<Fingerprint>,
    /// The older schema version the file was written in, until it is first kept as
    /// `NAME.ron.vN.bak` and written over in the current version.
    migrating_from: Option<u32>,
}

impl AuditFile {
    /// Loads the audit and takes its lock; if another process holds it, opens read-only.
    pub fn open(path: &Path) -> Result<(AuditFile, Audit)> {
        let audit = load(path)?;
        let text = std::fs::read(path).map_err(|e| StoreError::io(path, e))?;
        let known = Some(Fingerprint::of(&text));
        let migrating_from = std::str::from_utf8(&text)
            .ok()
            .and_then(declared_version)
            .filter(|v| *v < crate::model::SCHEMA_VERSION);
        let access = match acquire(path)? {
            Acquired::Locked(lock) => Access::ReadWrite(lock),
            Acquired::HeldBy(holder) => Access::ReadOnly(holder),
        };
        Ok((
            AuditFile {
                path: path.to_path_buf(),
                access,
                known,
                migrating_from,
            },
            audit,
        ))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn access(&self) -> &Access {
        &self.access
    }

    pub fn is_read_only(&self) -> bool {
        matches!(self.access, Access::ReadOnly(_))
    }

    /// True when the file on disk is no longer what was read or last written. A file that has
    /// gone (its folder deleted, say) holds nobody's edits, so writing it again clobbers nothing.
    pub fn changed_on_disk(&self) -> Result<bool> {
        let now = fingerprint(&self.path)?;
        Ok(match (now, self.known) {
            (Some(a), Some(b)) => a != b,
            (Some(_), None) => true,
            (None, _) => false,
        })
    }

    /// Saves the audit, unless read-only (an error) or the file changed on disk (a side copy).
    pub fn save(&mut self, audit: &Audit) -> Result<Saved> {
        self.writable()?;
        if self.changed_on_disk()? {
            let side_copy = side_copy_path(&self.path, jiff::Timestamp::now());
            let text = to_ron(audit).map_err(|e| StoreError::Serialize {
                path: side_copy.clone(),
                message: e.to_string(),
            })?;
            write_atomic(&side_copy, text.as_bytes()).map_err(|e| StoreError::io(&side_copy, e))?;
            return Ok(Saved::Conflict { side_copy });
        }
        self.overwrite(audit)?;
        Ok(Saved::Written)
    }

    /// Saves over whatever is on disk (after the user chose to keep the audit in memory).
    pub fn overwrite(&mut self, audit: &Audit) -> Result<()> {
        self.writable()?;
        let text = to_ron(audit).map_err(|e| StoreError::Serialize {
            path: self.path.clone(),
            message: e.to_string(),
        })?;
        self.keep_old_version()?;
        save_text(&self.path, &text)?;
        // What is on disk now is exactly the text written: no need to read it back.
        self.known = Some(Fingerprint::of(text.as_bytes()));
        Ok(())
    }

    /// Before a file of an older schema version is first written over, keeps it whole as
    /// `NAME.ron.vN.bak` (an older tpaudit can still open that copy).
    fn keep_old_version(&mut self) -> Result<()> {
        let Some(version) = self.migrating_from else {
            return Ok(());
        };
        let backup = version_backup_path(&self.path, version);
        if !backup.exists() {
            match std::fs::read(&self.path) {
                Ok(old) => write_atomic(&backup, &old).map_err(|e| StoreError::io(&backup, e))?,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(StoreError::io(&self.path, e)),
            }
        }
        self.migrating_from = None;
        Ok(())
    }

    /// Reads the file again (after the user chose the version on disk).
    pub fn reload(&mut self) -> Result<Audit> {
        let audit = load(&self.path)?;
        self.known = fingerprint(&self.path)?;
        Ok(audit)
    }

    /// Checks that this process is the writer, taking the lock again if its file was removed
    /// (the data folder deleted and made anew), so that two writers never coexist.
    fn writable(&mut self) -> Result<()> {
        if let Access::ReadWrite(lock) = &self.access
            && !lock.is_current()
        {
            if let Some(dir) = self.path.parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
            }
            self.access = match acquire(&self.path)? {
                Acquired::Locked(lock) => Access::ReadWrite(lock),
                Acquired::HeldBy(holder) => Access::ReadOnly(holder),
            };
        }
        match &self.access {
            Access::ReadWrite(_) => Ok(()),
            Access::ReadOnly(holder) => Err(StoreError::ReadOnly {
                path: self.path.clone(),
                holder: holder
                    .as_ref()
                    .map_or_else(|| "another process".to_string(), Holder::to_string),
            }),
        }
    }
}

/// `NAME.conflict-YYYYMMDD-HHMMSS.ron` beside the audit.
pub fn side_copy_path(path: &Path, now: jiff::Timestamp) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stamp = now.strftime("%Y%m%d-%H%M%S");
    path.with_file_name(format!("{stem}.conflict-{stamp}.ron"))
}

/// The audit a side copy was made of, when `stem` (a file name without `.ron`) is one:
/// `NAME.conflict-YYYYMMDD-HHMMSS` gives `NAME`.
pub fn side_copy_of(stem: &str) -> Option<&str> {
    let (name, stamp) = stem.rsplit_once(".conflict-")?;
    let (date, time) = stamp.split_once('-')?;
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    (!name.is_empty() && digits(date, 8) && digits(time, 6)).then_some(name)
}
