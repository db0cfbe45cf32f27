//! Keeps tpaudit's side files out of version control: the first time tpaudit writes in a
//! folder of audits inside a git working tree it puts a `.gitignore` there naming its backups,
//! locks, emergency and conflict copies, deleted audits and unfinished writes, and the cache
//! folder ignores everything in it. Only the `.ron` audits show in `git status`. A folder
//! outside git gets no extra file.

use std::io::Write;
use std::path::Path;

/// The `.gitignore` of a folder of audits. It names itself too, so that it never shows in
/// `git status` as a new file (`git add -f` shares it).
pub const AUDITS_GITIGNORE: &str = "\
# Written by tpaudit: its side files, never for version control. Only the .ron audits are.
# Backups of the previous version
*.bak
# Lock files of an audit open for editing
*.lock
# Emergency copies kept when a save failed
*.recovery
# Copies of an audit changed elsewhere while it was open
*.conflict-*.ron
# The incoming version kept by git's merge driver on a conflict
*.theirs
# Audits deleted from the home screen
*.deleted
# Writes under way
.*.tmp
.gitignore
";

/// The `.gitignore` of the cache folder: everything in it can be made anew.
pub const CACHE_GITIGNORE: &str = "# Written by tpaudit: a cache, never for version control.\n*\n";

/// Writes the audits `.gitignore` in `dir` when `dir` is in a git working tree and has no
/// `.gitignore` yet (the user's own is never replaced). A folder that cannot take it only
/// loses the convenience: the write that follows reports its own error.
pub fn keep_side_files_out(dir: &Path) {
    write_once(dir, AUDITS_GITIGNORE);
}

/// Writes the cache's `.gitignore` in `dir` when it is in a git working tree and has none.
pub fn keep_cache_out(dir: &Path) {
    write_once(dir, CACHE_GITIGNORE);
}

fn write_once(dir: &Path, text: &str) {
    let path = dir.join(".gitignore");
    if path.exists() || !in_git_work_tree(dir) {
        return;
    }
    // `create_new`: of two processes starting at once, one writes it and the other leaves it.
    let created = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path);
    if let Ok(mut file) = created
        && file.write_all(text.as_bytes()).is_err()
    {
        let _ = std::fs::remove_file(&path);
    }
}

/// True when `dir` or a folder above it holds `.git` (a folder, or a file in a linked
/// worktree or submodule).
pub fn in_git_work_tree(dir: &Path) -> bool {
    let Ok(dir) = dir.canonicalize() else {
        return false;
    };
    dir.ancestors().any(|d| d.join(".git").exists())
}

/// The folder a file is written in (`.` for a bare file name).
pub fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_once_in_git_and_never_over_the_users_own() {
        let dir = tempfile::tempdir().expect("temp dir");
        keep_side_files_out(dir.path());
        let path = dir.path().join(".gitignore");
        assert!(!path.exists(), "outside git, no extra file");
        std::fs::create_dir(dir.path().join(".git")).expect("mkdir");
        keep_side_files_out(dir.path());
        assert_eq!(
            std::fs::read_to_string(&path).expect("read"),
            AUDITS_GITIGNORE
        );
        std::fs::write(&path, "mine\n").expect("write");
        keep_side_files_out(dir.path());
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "mine\n");
    }

    #[test]
    fn every_side_file_is_named() {
        for pattern in [
            "*.bak",
            "*.lock",
            "*.recovery",
            "*.conflict-*.ron",
            "*.theirs",
            "*.deleted",
            ".*.tmp",
        ] {
            assert!(AUDITS_GITIGNORE.lines().any(|l| l == pattern), "{pattern}");
        }
    }
}
