//! Windows: the lock on an audit's lock file, as readable as on Unix.
//!
//! A Windows lock is mandatory for the bytes it covers: while one process holds it, another
//! cannot read them. `File::try_lock` covers the whole file, so a second tpaudit could not read
//! who holds the audit (pid, computer, since when) and would have to say only "another
//! tpaudit". Here the lock covers one byte far past the end of any lock file instead: it
//! excludes a second writer just the same, Windows releases it when its process dies just the
//! same, and the holder's record stays readable.

use std::fs::{File, TryLockError};
use std::os::windows::io::AsRawHandle;

use windows_sys::Win32::Foundation::ERROR_LOCK_VIOLATION;
use windows_sys::Win32::Storage::FileSystem::{
    LOCKFILE_EXCLUSIVE_LOCK, LOCKFILE_FAIL_IMMEDIATELY, LockFileEx, UnlockFileEx,
};
use windows_sys::Win32::System::IO::{OVERLAPPED, OVERLAPPED_0, OVERLAPPED_0_0};

/// Where the locked byte is: past the end of any lock file (they hold three short lines).
const LOCKED_BYTE: u64 = 1 << 62;

fn at_the_locked_byte() -> OVERLAPPED {
    OVERLAPPED {
        Anonymous: OVERLAPPED_0 {
            Anonymous: OVERLAPPED_0_0 {
                Offset: LOCKED_BYTE as u32,
                OffsetHigh: (LOCKED_BYTE >> 32) as u32,
            },
        },
        ..OVERLAPPED::default()
    }
}

/// Takes the lock, or says another process has it.
pub fn try_lock(file: &File) -> Result<(), TryLockError> {
    let mut at = at_the_locked_byte();
    let flags = LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY;
    // SAFETY: the handle is open for the whole call, and the file is not opened for overlapped
    // I/O, so the call is finished with `at` when it returns.
    let locked = unsafe { LockFileEx(file.as_raw_handle(), flags, 0, 1, 0, &mut at) };
    if locked != 0 {
        return Ok(());
    }
    let error = std::io::Error::last_os_error();
    match error.raw_os_error() {
        Some(code) if code == ERROR_LOCK_VIOLATION as i32 => Err(TryLockError::WouldBlock),
        _ => Err(TryLockError::Error(error)),
    }
}

/// Lets the lock go (closing the file would too).
pub fn unlock(file: &File) {
    let mut at = at_the_locked_byte();
    // SAFETY: as in `try_lock`.
    let _ = unsafe { UnlockFileEx(file.as_raw_handle(), 0, 1, 0, &mut at) };
}
