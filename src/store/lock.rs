//! One writer per audit: an advisory lock on the sidecar `NAME.ron.lock`, holding who has it.
//!
//! The OS releases the lock when its holder dies, so a lock file left by a dead process is
//! simply locked again ("taken over"); its old contents say whose it was.
//!
//! Not so a lock file that names another computer: in a folder synced between machines (or on
//! a network share whose locks do not reach this machine) the OS lock says nothing about a
//! process over there, so such a lock is never taken over silently. The audit opens read-only,
//! naming the holder, until the user takes it over explicitly ([`take_over`]).

use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use super::error::{Result, StoreError};
pub use super::holder::{Holder, this_host};

/// A held lock; dropping it releases the lock and removes the lock file.
#[derive(Debug)]
pub struct Lock {
    file: File,
    path: PathBuf,
    /// The previous holder, when a stale lock of a dead process was taken over.
    pub took_over: Option<Holder>,
}

/// The outcome of trying to lock an audit.
#[derive(Debug)]
pub enum Acquired {
    Locked(Lock),
    /// Another live process has it: open read-only.
    HeldBy(Option<Holder>),
}

/// The lock file of an audit: `NAME.ron.lock`.
pub fn lock_path(audit: &Path) -> PathBuf {
    super::atomic::side_path(audit, ".lock")
}

/// Tries to become the one writer of the audit at `audit`. A lock file left by a process of
/// this computer that is gone is taken over; one naming another computer is not.
pub fn acquire(audit: &Path) -> Result<Acquired> {
    acquire_with(audit, false)
}

/// Like [`acquire`], but also takes over a lock file naming another computer: the user's
/// explicit choice, once told who holds it. A live holder on this computer still wins.
pub fn take_over(audit: &Path) -> Result<Acquired> {
    acquire_with(audit, true)
}

fn acquire_with(audit: &Path, elsewhere_too: bool) -> Result<Acquired> {
    let path = lock_path(audit);
    // A holder that exits removes the lock file; a lock taken on that removed file is no lock,
    // so check that the locked file is still the one at the path, and try again if not.
    for _ in 0..5 {
        match acquire_once(&path, elsewhere_too)? {
            Acquired::Locked(lock) if !same_file(&lock.file, &path) => continue,
            other => return Ok(other),
        }
    }
    Err(StoreError::io(
        &path,
        std::io::Error::other("the lock file keeps being replaced by another process"),
    ))
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}

#[cfg(not(windows))]
fn try_lock(file: &File) -> std::result::Result<(), TryLockError> {
    file.try_lock()
}

#[cfg(not(windows))]
fn unlock(file: &File) {
    let _ = file.unlock();
}

#[cfg(windows)]
use super::lock_windows::{try_lock, unlock};

fn acquire_once(path: &Path, elsewhere_too: bool) -> Result<Acquired> {
    super::ignore::keep_side_files_out(super::ignore::folder_of(path));
    let path = path.to_path_buf();
    let io = |e| StoreError::io(&path, e);
    let mut file = OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&path)
        .map_err(io)?;
    match try_lock(&file) {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            let mut text = String::new();
            let _ = file.read_to_string(&mut text);
            return Ok(Acquired::HeldBy(Holder::parse(&text)));
        }
        Err(TryLockError::Error(e)) => return Err(io(e)),
    }
    let mut old = String::new();
    let _ = file.read_to_string(&mut old);
    let took_over = Holder::parse(&old);
    if let Some(holder) = took_over
        .as_ref()
        .filter(|h| h.is_elsewhere() && !elsewhere_too)
    {
        unlock(&file);
        return Ok(Acquired::HeldBy(Some(holder.clone())));
    }
    file.set_len(0).map_err(io)?;
    file.seek(SeekFrom::Start(0)).map_err(io)?;
    // Not synced: another process on this machine reads it from the page cache, a synced folder
    // copies it once it is closed, and after a power failure an empty or lost lock file is
    // read as the stale lock it is.
    file.write_all(Holder::current().render().as_bytes())
        .map_err(io)?;
    Ok(Acquired::Locked(Lock {
        file,
        path,
        took_over,
    }))
}

impl Lock {
    /// False when the lock file was removed or replaced since it was locked.
    pub fn is_current(&self) -> bool {
        same_file(&self.file, &self.path)
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Remove first, while still holding the lock, so no one else's fresh lock file is deleted.
        if same_file(&self.file, &self.path) {
            let _ = std::fs::remove_file(&self.path);
        }
        unlock(&self.file);
    }
}
