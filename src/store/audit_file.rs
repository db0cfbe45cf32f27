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
    parse(&text, path)
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
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(StoreError::Empty { path: path.into() });
    }
    if let Ok(peek) = ron_options().from_str::<VersionPeek>(text)
        && peek.version > SCHEMA_VERSION
    {
        return Err(StoreError::NewerVersion {
            path: path.into(),
            found: peek.version,
            supported: SCHEMA_VERSION,
        });
    }
    let mut audit: Audit = ron_options()
        .from_str(text)
        .map_err(|e| syntax_error(path, &e))?;
    migrate(&mut audit);
    let problems = validate(&audit);
    if !problems.is_empty() {
        return Err(StoreError::Invalid {
            path: path.into(),
            problems: problems.into_iter().map(|p| p.0).collect(),
        });
    }
    Ok(audit)
}

/// Brings an audit read from an older schema version up to the current one, in memory. The
/// file itself is kept as `NAME.ron.vN.bak` before it is first written over (see
/// [`version_backup_path`]).
///
/// Version 1 → 2: the save timestamp is dropped (serde skips the old `updated` field) and the
/// title, new in version 2, starts as the name.
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
    let config = ron::ser::PrettyConfig::new()
        .indentor("  ")
        .struct_names(false)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    let mut text = ron::ser::to_string_pretty(audit, config)?;
    text.push('\n');
    Ok(text)
}

/// The backup kept of the previous version: `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(|n| n.to_os_string())
        .unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// Saves atomically, keeping the previous file as `NAME.ron.bak`.
pub fn save(path: &Path, audit: &Audit) -> Result<()> {
    let text = to_ron(audit).map_err(|e| StoreError::Serialize {
        path: path.into(),
        message: e.to_string(),
    })?;
    save_text(path, &text)
}

/// Writes already serialized audit text the way [`save`] does: atomically, keeping a `.bak`.
pub fn save_text(path: &Path, text: &str) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| StoreError::io(dir, e))?;
    }
    match std::fs::read(path) {
        Ok(old) if old != text.as_bytes() => {
            let bak = backup_path(path);
            write_atomic(&bak, &old).map_err(|e| StoreError::io(bak, e))?;
        }
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(StoreError::io(path, e)),
    }
    write_atomic(path, text.as_bytes()).map_err(|e| StoreError::io(path, e))
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
