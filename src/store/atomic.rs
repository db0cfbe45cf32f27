//! Atomic, durable file writes: a uniquely named temp file beside the target, fsync, rename,
//! fsync the directory. Temp files are `.NAME.XXXXXX.tmp`; those a crash left behind are
//! removed when their audit is next opened by its writer.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::SystemTime;

use super::io_count;

/// A side file of an audit: its file name with `suffix` added (`NAME.ron` → `NAME.ron.bak`).
pub fn side_path(audit: &Path, suffix: &str) -> PathBuf {
    let mut name = audit
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(suffix);
    audit.with_file_name(name)
}

/// Writes `bytes` to `path` so that a crash leaves either the old or the new file, never a mix.
/// On failure the original is untouched and the temp file is removed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomic_with(path, |f| f.write_all(bytes))
}

/// Like [`write_atomic`], with the content produced by a writer callback (for fault injection).
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut File) -> io::Result<()>,
) -> io::Result<()> {
    io_count::wrote();
    let dir = parent_dir(path);
    let prefix = temp_prefix(path);
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut tmp = builder.tempfile_in(&dir)?;
    // A file replaced keeps its permissions; a new one gets the usual ones (umask applied),
    // not the private mode temp files are made with.
    if let Ok(meta) = fs::metadata(path) {
        tmp.as_file().set_permissions(meta.permissions())?;
    }
    fill(tmp.as_file_mut())?;
    tmp.as_file_mut().flush()?;
    tmp.as_file().sync_all()?;
    // `persist` renames and syncs nothing: the file was synced above, the directory is below.
    // On failure the temp file is dropped, which removes it.
    tmp.persist(path).map_err(|e| e.error)?;
    sync_dir(&dir)
}

/// Writes a cache file: whole or not at all (a temp file renamed over the old one), but
/// without waiting for the disk. A cache lost or cut short by a power failure is read as
/// unusable and made anew, so the fsyncs an audit's save needs would only delay the screen.
pub fn write_cache(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut tmp = tempfile::Builder::new()
        .prefix(&temp_prefix(path))
        .suffix(".tmp")
        .tempfile_in(parent_dir(path))?;
    tmp.as_file_mut().write_all(bytes)?;
    tmp.persist(path).map_err(|e| e.error).map(drop)
}

fn parent_dir(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// `.NAME.`: the start of every temp file written for `path`.
fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!(".{name}.")
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    Ok(())
}

static PROCESS_START: OnceLock<SystemTime> = OnceLock::new();

/// Notes when this process started, so that its own temp files are never taken for stale ones.
/// Called once at start-up; later calls keep the first time.
pub fn mark_process_start() -> SystemTime {
    *PROCESS_START.get_or_init(SystemTime::now)
}

/// Whether `file_name` is a temp file written for `path` (or for its `.bak`): `.NAME.X.tmp`
/// or `.NAME.bak.X.tmp`, `X` letters and digits (a random tail, or an older tpaudit's pid).
fn is_temp_of(path: &Path, file_name: &str) -> bool {
    let prefix = temp_prefix(path);
    let Some(middle) = file_name
        .strip_prefix(&prefix)
        .and_then(|rest| rest.strip_suffix(".tmp"))
    else {
        return false;
    };
    let middle = middle.strip_prefix("bak.").unwrap_or(middle);
    !middle.is_empty() && middle.chars().all(|c| c.is_ascii_alphanumeric())
}

/// Removes the temp files of `path` that a crash left behind: those matching its temp pattern
/// and older than this process. Only the audit's writer calls this, under its lock, so no
/// write of another tpaudit is under way. Returns how many were removed.
pub fn remove_stale_temps(path: &Path) -> usize {
    let start = mark_process_start();
    let Ok(entries) = fs::read_dir(parent_dir(path)) else {
        return 0;
    };
    let stale = |e: &fs::DirEntry| {
        let name = e.file_name();
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .is_ok_and(|t| t < start);
        old && is_temp_of(path, &name.to_string_lossy())
    };
    entries
        .filter_map(Result::ok)
        .filter(stale)
        .filter(|e| fs::remove_file(e.path()).is_ok())
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cache_file_is_replaced_whole_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().expect("tmp");
        let path = dir.path().join("summaries.json");
        write_cache(&path, b"old").expect("first");
        write_cache(&path, b"new, longer").expect("second");
        assert_eq!(fs::read(&path).expect("read"), b"new, longer");
        let names: Vec<_> = fs::read_dir(dir.path())
            .expect("list")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names, ["summaries.json"]);
        // A folder that is gone is an error the caller may pass over, not a panic.
        assert!(write_cache(&dir.path().join("gone/x.json"), b"x").is_err());
    }

    #[test]
    fn only_the_audits_own_temp_files_match() {
        let p = Path::new("/d/shop.ron");
        assert!(is_temp_of(p, ".shop.ron.a1B2c3.tmp"));
        assert!(is_temp_of(p, ".shop.ron.12345.tmp"));
        assert!(is_temp_of(p, ".shop.ron.bak.x9y8z7.tmp"));
        assert!(!is_temp_of(p, ".shop.ron.tmp"));
        assert!(!is_temp_of(p, ".shop.md.a1B2c3.tmp"));
        assert!(!is_temp_of(p, ".shop.ron.a1.b2.tmp"));
        assert!(!is_temp_of(p, "shop.ron"));
        assert!(!is_temp_of(p, ".shopx.ron.a1B2c3.tmp"));
    }
}
