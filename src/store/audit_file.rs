//! Reading and writing audit files (pretty-printed RON).

use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::atomic::write_atomic;
use super::error::{Result, StoreError};
use crate::model::{Audit, SCHEMA_VERSION, validate};

/// Files larger than this are refused before parsing.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Reads, parses and validates an audit file.
pub fn load(path: &Path) -> Result<Audit> {
    load_with_bytes(path).map(|(audit, _)| audit)
}

/// Like [`load`], also returning the bytes read, so that what was read can be fingerprinted
/// without reading the file a second time.
pub fn load_with_bytes(path: &Path) -> Result<(Audit, Vec<u8>)> {
    load_declared(path).map(|(audit, bytes, _)| (audit, bytes))
}

/// Like [`load_with_bytes`], also returning the schema version the file declares (the audit
/// itself is brought up to the current one).
pub fn load_declared(path: &Path) -> Result<(Audit, Vec<u8>, u32)> {
    let meta = std::fs::metadata(path).map_err(|e| StoreError::io(path, e))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(StoreError::Invalid {
            path: path.into(),
            problems: vec![format!(
                "file is {} bytes, more than the {MAX_FILE_BYTES} an audit may have",
                meta.len()
            )],
        });
    }
    super::io_count::read();
    let bytes = std::fs::read(path).map_err(|e| StoreError::io(path, e))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        let (line, col) = position_of(&e.as_bytes()[..e.utf8_error().valid_up_to()]);
        StoreError::Syntax {
            path: path.into(),
            line,
            col,
            message: "file is not valid UTF-8 text".into(),
        }
    })?;
    let (audit, declared) = parse_declared(&text, path)?;
    Ok((audit, text.into_bytes(), declared))
}

/// 1-based line and column just after `prefix`.
fn position_of(prefix: &[u8]) -> (usize, usize) {
    let text = String::from_utf8_lossy(prefix);
    let line = text.matches('\n').count() + 1;
    let col = text.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

#[derive(Deserialize)]
struct VersionPeek {
    version: u32,
}

/// Parses and validates audit text; `path` only names the file in errors.
pub fn parse(text: &str, path: &Path) -> Result<Audit> {
    parse_declared(text, path).map(|(audit, _)| audit)
}

/// Like [`parse`], also returning the schema version the text declares. The text is read
/// once: only a text that does not parse is read again, for the version alone, so that a file
/// from a newer tpaudit is reported as such rather than as a syntax error.
pub fn parse_declared(text: &str, path: &Path) -> Result<(Audit, u32)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(StoreError::Empty { path: path.into() });
    }
    let newer = |found: u32| StoreError::NewerVersion {
        path: path.into(),
        found,
        supported: SCHEMA_VERSION,
    };
    let mut audit: Audit = match ron_options().from_str(text) {
        Ok(audit) => audit,
        Err(e) => {
            return Err(match declared_version(text) {
                Some(found) if found > SCHEMA_VERSION => newer(found),
                _ => syntax_error(path, &e),
            });
        }
    };
    let declared = audit.version;
    if declared > SCHEMA_VERSION {
        return Err(newer(declared));
    }
    migrate(&mut audit);
    let problems = validate(&audit);
    if !problems.is_empty() {
        return Err(StoreError::Invalid {
            path: path.into(),
            problems: problems.into_iter().map(|p| p.0).collect(),
        });
    }
    Ok((audit, declared))
}

/// Brings an audit read from an older schema version up to the current one, in memory. The
/// file itself is kept as `NAME.ron.vN.bak` before it is first written over (see
/// [`version_backup_path`]).
///
/// Version 1 → 2: the save timestamp is dropped (serde skips the old `updated` field) and the
/// title, new in version 2, starts as the name. Version 2 → 3: nothing to do; the evidence
/// fields start empty (every level `assumed`) and are written only once the user sets them.
pub fn migrate(audit: &mut Audit) {
    if audit.version < 2 && audit.title.trim().is_empty() {
        audit.title = audit.name.clone();
    }
    audit.version = audit.version.max(SCHEMA_VERSION);
}

/// The schema version a file's text declares, if it can be read.
pub fn declared_version(text: &str) -> Option<u32> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    ron_options()
        .from_str::<VersionPeek>(text)
        .ok()
        .map(|p| p.version)
}

/// Where a file of an older schema version is kept before it is migrated: `NAME.ron.vN.bak`.
pub fn version_backup_path(path: &Path, version: u32) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(format!(".v{version}.bak"));
    path.with_file_name(name)
}

/// RON options for reading: `frequency: 4` is accepted for `Some(4)` with or without the header.
pub fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// A RON parse error as a `file:line:col: message` error.
pub fn syntax_error(path: &Path, e: &ron::error::SpannedError) -> StoreError {
    StoreError::Syntax {
        path: path.into(),
        line: e.span.start.line.max(1),
        col: e.span.start.col.max(1),
        message: e.code.to_string(),
    }
}

/// The RON text of an audit, as saved.
pub fn to_ron(audit: &Audit) -> Result<String, ron::Error> {
    pretty(audit)
}

/// Anything tpaudit writes as RON (audits, and the bundled templates): two-space indents, no
/// struct names, `implicit_some`, a final newline; lines end in LF on every system (ron's
/// default is CRLF on Windows), so a file is the same bytes wherever it was saved.
pub fn pretty<T: serde::Serialize>(value: &T) -> Result<String, ron::Error> {
    let config = ron::ser::PrettyConfig::new()
        .new_line("\n")
        .indentor("  ")
        .struct_names(false)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let mut text = ron::ser::to_string_pretty(value, config)?;
    text.push('\n');
    Ok(text)
}

/// The backup kept of the previous version: `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    super::atomic::side_path(path, ".bak")
}

/// The text of an audit as saved, with a serialization error naming `path`.
pub fn serialize(path: &Path, audit: &Audit) -> Result<String> {
    to_ron(audit).map_err(|e| StoreError::Serialize {
        path: path.into(),
        message: e.to_string(),
    })
}

/// Saves atomically, keeping the previous file as `NAME.ron.bak` (the command line's save:
/// the workbench keeps its `.bak` once per sitting, see `session`).
pub fn save(path: &Path, audit: &Audit) -> Result<()> {
    save_text(path, &serialize(path, audit)?)
}

/// The file's bytes, or `None` when there is no file.
pub fn read_if_any(path: &Path) -> Result<Option<Vec<u8>>> {
    super::io_count::read();
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(StoreError::io(path, e)),
    }
}

/// Creates the folder a file goes in, if it is missing.
pub fn ensure_parent(path: &Path) -> Result<()> {
    match path.parent().filter(|d| !d.as_os_str().is_empty()) {
        Some(dir) => std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e)),
        None => Ok(()),
    }
}

/// Writes already serialized audit text the way [`save`] does: atomically, keeping a `.bak`.
pub fn save_text(path: &Path, text: &str) -> Result<()> {
    ensure_parent(path)?;
    super::ignore::keep_side_files_out(super::ignore::folder_of(path));
    if let Some(old) = read_if_any(path)? {
        write_backup(path, &old, text)?;
    }
    write_atomic(path, text.as_bytes()).map_err(|e| StoreError::io(path, e))
}

/// Keeps `old` as `NAME.ron.bak`, unless it is what is about to be written anyway.
pub fn write_backup(path: &Path, old: &[u8], new: &str) -> Result<bool> {
    if old == new.as_bytes() {
        return Ok(false);
    }
    let bak = backup_path(path);
    write_atomic(&bak, old).map_err(|e| StoreError::io(bak, e))?;
    Ok(true)
}

/// Saves a new audit, refusing to replace an existing file unless `force`.
pub fn create(path: &Path, audit: &Audit, force: bool) -> Result<()> {
    if !force && path.exists() {
        return Err(StoreError::Exists {
            name: audit.name.clone(),
            path: path.into(),
        });
    }
    save(path, audit)
}
