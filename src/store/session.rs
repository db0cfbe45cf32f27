//! An open audit: its file, its lock, and what was on disk when it was read, so that a save
//! never clobbers a change made by another program.
//!
//! A save reads the file once (to see whether another program changed it) and writes it once.
//! `NAME.ron.bak` is the file as it was when the audit was opened, written at the first save of
//! the sitting that changes it: a backup from before this session, not one keystroke ago.

use std::path::{Path, PathBuf};

use super::atomic::{remove_stale_temps, write_atomic};
use super::audit_file::{
    ensure_parent, load_declared, load_with_bytes, read_if_any, serialize, version_backup_path,
    write_backup,
};
use super::error::{Result, StoreError};
pub use super::fingerprint::Fingerprint;
use super::lock::{Acquired, Holder, Lock, acquire};
use super::parse_cache::{ParseCache, Parsed};
use super::stamp::Stamp;
use crate::model::Audit;

/// The fingerprint of the file at `path`, or `None` if there is no file.
pub fn fingerprint(path: &Path) -> Result<Option<Fingerprint>> {
    Ok(read_if_any(path)?.as_deref().map(Fingerprint::of))
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
    /// The `.bak` of this sitting is written.
    backed_up: bool,
    /// The older schema version the file was written in, until it is first kept as
    /// `NAME.ron.vN.bak` and written over in the current version.
    migrating_from: Option<u32>,
}

impl AuditFile {
    /// Loads the audit and takes its lock; if another process holds it, opens read-only.
    /// The writer also removes temp files a crash left beside the audit.
    pub fn open(path: &Path) -> Result<(AuditFile, Audit)> {
        Self::open_with(path, false, None)
    }

    /// Like [`AuditFile::open`], taking over a lock that names another computer (the user
    /// chose to, warned of the risk).
    pub fn open_taking_over(path: &Path) -> Result<(AuditFile, Audit)> {
        Self::open_with(path, true, None)
    }

    /// Like [`AuditFile::open`] (taking over the lock when `take_over`), reading the audit
    /// from the parse cache when its file is unchanged since it was cached, and caching it
    /// otherwise.
    pub fn open_cached(
        path: &Path,
        take_over: bool,
        cache: &ParseCache,
    ) -> Result<(AuditFile, Audit)> {
        Self::open_with(path, take_over, Some(cache))
    }

    fn open_with(
        path: &Path,
        elsewhere_too: bool,
        cache: Option<&ParseCache>,
    ) -> Result<(AuditFile, Audit)> {
        let Parsed {
            audit,
            fingerprint,
            declared,
        } = parse_through(path, cache)?;
        let migrating_from = Some(declared).filter(|v| *v < crate::model::SCHEMA_VERSION);
        let acquired = if elsewhere_too {
            super::lock::take_over(path)?
        } else {
            acquire(path)?
        };
        let access = match acquired {
            Acquired::Locked(lock) => {
                remove_stale_temps(path);
                Access::ReadWrite(lock)
            }
            Acquired::HeldBy(holder) => Access::ReadOnly(holder),
        };
        let file = AuditFile {
            path: path.to_path_buf(),
            access,
            known: Some(fingerprint),
            backed_up: false,
            migrating_from,
        };
        Ok((file, audit))
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

    /// True when `on_disk` is no longer what was read or last written. A file that has gone
    /// (its folder deleted, say) holds nobody's edits, so writing it again clobbers nothing.
    fn changed(&self, on_disk: Option<&[u8]>) -> bool {
        match (on_disk.map(Fingerprint::of), self.known) {
            (Some(a), Some(b)) => a != b,
            (Some(_), None) => true,
            (None, _) => false,
        }
    }

    /// True when the file on disk is no longer what was read or last written.
    pub fn changed_on_disk(&self) -> Result<bool> {
        Ok(self.changed(read_if_any(&self.path)?.as_deref()))
    }

    /// Saves the audit, unless read-only (an error) or the file changed on disk (a side copy).
    pub fn save(&mut self, audit: &Audit) -> Result<Saved> {
        self.writable()?;
        let text = serialize(&self.path, audit)?;
        let on_disk = read_if_any(&self.path)?;
        if self.changed(on_disk.as_deref()) {
            let side_copy = side_copy_path(&self.path, jiff::Timestamp::now());
            write_atomic(&side_copy, text.as_bytes()).map_err(|e| StoreError::io(&side_copy, e))?;
            return Ok(Saved::Conflict { side_copy });
        }
        if let Some(old) = &on_disk {
            self.keep_old_version(old)?;
        }
        if !self.backed_up
            && let Some(old) = &on_disk
        {
            // Until the text differs from the file as opened, that file is still on disk.
            self.backed_up = write_backup(&self.path, old, &text)?;
        }
        self.write(&text)?;
        Ok(Saved::Written)
    }

    /// Saves over whatever is on disk (after the user chose to keep the audit in memory); the
    /// other program's version is kept as the `.bak`.
    pub fn overwrite(&mut self, audit: &Audit) -> Result<()> {
        self.writable()?;
        let text = serialize(&self.path, audit)?;
        if let Some(old) = read_if_any(&self.path)? {
            self.keep_old_version(&old)?;
            self.backed_up |= write_backup(&self.path, &old, &text)?;
        }
        self.write(&text)
    }

    fn write(&mut self, text: &str) -> Result<()> {
        ensure_parent(&self.path)?;
        write_atomic(&self.path, text.as_bytes()).map_err(|e| StoreError::io(&self.path, e))?;
        // What is on disk now is exactly the text written: no need to read it back.
        self.known = Some(Fingerprint::of(text.as_bytes()));
        Ok(())
    }

    /// Before a file of an older schema version is first written over, keeps it whole as
    /// `NAME.ron.vN.bak` (an older tpaudit can still open that copy); `old` is its bytes.
    fn keep_old_version(&mut self, old: &[u8]) -> Result<()> {
        let Some(version) = self.migrating_from else {
            return Ok(());
        };
        let backup = version_backup_path(&self.path, version);
        if !backup.exists() {
            write_atomic(&backup, old).map_err(|e| StoreError::io(&backup, e))?;
        }
        self.migrating_from = None;
        Ok(())
    }

    /// Reads the file again (after the user chose the version on disk).
    pub fn reload(&mut self) -> Result<Audit> {
        let (audit, bytes) = load_with_bytes(&self.path)?;
        self.known = Some(Fingerprint::of(&bytes));
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
                holder: holder.clone(),
            }),
        }
    }
}

/// The audit at `path` from `cache` when its file is unchanged since it was cached; else read
/// and parsed, and cached. The stamp is taken before the file is read, so a change while it is
/// read leaves an entry that no longer matches.
fn parse_through(path: &Path, cache: Option<&ParseCache>) -> Result<Parsed> {
    let stamp = cache.and_then(|_| Stamp::of(path));
    if let (Some(cache), Some(stamp)) = (cache, stamp)
        && let Some(parsed) = cache.get(path, stamp)
    {
        return Ok(parsed);
    }
    let (audit, bytes, declared) = load_declared(path)?;
    let parsed = Parsed {
        audit,
        fingerprint: Fingerprint::of(&bytes),
        declared,
    };
    if let (Some(cache), Some(stamp)) = (cache, stamp) {
        cache.keep(path, stamp, parsed.clone());
    }
    Ok(parsed)
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
