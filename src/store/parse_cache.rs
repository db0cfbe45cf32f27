//! Opened audits as parsed, kept in `<data dir>/cache/parsed/` so that opening an audit that
//! has not changed since it was last opened skips reading its RON text.
//!
//! An entry holds the audit as parsed and checked, the fingerprint of the file's bytes and the
//! schema version the file declared, with the stamp of the file it was made from (see
//! [`Stamp`]), its path and the version of tpaudit that wrote it. It is used only while all
//! three still match: a file changed in any way, a cache from another tpaudit, or an entry that
//! cannot be read (cut short, garbled) is passed over and the file parsed as if there were no
//! cache, and the entry written anew. A broken cache costs time, never a wrong audit.
//!
//! Entries are MessagePack with field names, so an entry describes itself and fields the model
//! leaves out when empty read back as they were written.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::datadir::DataDir;
use super::fingerprint::Fingerprint;
use super::stamp::Stamp;
use crate::model::Audit;

/// An audit as its file was parsed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Parsed {
    pub audit: Audit,
    /// Of the file's bytes.
    pub fingerprint: Fingerprint,
    /// The schema version the file declared (the audit is brought up to the current one).
    pub declared: u32,
}

#[derive(Serialize, Deserialize)]
struct Entry {
    tool: String,
    path: String,
    stamp: Stamp,
    parsed: Parsed,
}

/// The parse cache of one data folder.
#[derive(Debug, Clone)]
pub struct ParseCache {
    dir: PathBuf,
}

impl ParseCache {
    pub fn new(data: &DataDir) -> ParseCache {
        ParseCache {
            dir: data.root().join("cache").join("parsed"),
        }
    }

    /// The folder of the entries.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The entry of the audit at `path`: named after the file, with a hash of its whole path,
    /// so that audits of one name in different folders keep entries of their own.
    pub fn entry_path(&self, path: &Path) -> PathBuf {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        key(path).hash(&mut h);
        let name = path
            .file_stem()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.dir.join(format!("{name}-{:016x}.msgpack", h.finish()))
    }

    /// The audit at `path` as parsed before, if its file is unchanged since; `stamp` is the
    /// file's stamp now.
    pub fn get(&self, path: &Path, stamp: Stamp) -> Option<Parsed> {
        let bytes = std::fs::read(self.entry_path(path)).ok()?;
        let entry = decode(&bytes)?;
        (entry.tool == env!("CARGO_PKG_VERSION") && entry.path == key(path) && entry.stamp == stamp)
            .then_some(entry.parsed)
    }

    /// Keeps what was parsed from the file at `path`, whose stamp before it was read was
    /// `stamp`; a file changed just before is not kept (see [`Stamp::is_racy`]). A cache that
    /// cannot be written is only slower next time.
    pub fn keep(&self, path: &Path, stamp: Stamp, parsed: Parsed) {
        if stamp.is_racy(SystemTime::now()) {
            return;
        }
        let entry = Entry {
            tool: env!("CARGO_PKG_VERSION").to_string(),
            path: key(path),
            stamp,
            parsed,
        };
        let Some(bytes) = encode(&entry) else { return };
        if std::fs::create_dir_all(&self.dir).is_ok() {
            let _ = super::atomic::write_cache(&self.entry_path(path), &bytes);
        }
    }
}

/// The path an entry is of, as text: absolute, so that one file has one entry.
fn key(path: &Path) -> String {
    std::path::absolute(path)
        .unwrap_or_else(|_| path.to_path_buf())
        .to_string_lossy()
        .into_owned()
}

fn encode(entry: &Entry) -> Option<Vec<u8>> {
    rmp_serde::to_vec_named(entry).ok()
}

fn decode(bytes: &[u8]) -> Option<Entry> {
    rmp_serde::from_slice(bytes).ok()
}

/// An audit through the cache's encoding and back, as an entry holds it: for tests.
pub fn through_entry(parsed: Parsed) -> Option<Parsed> {
    let entry = Entry {
        tool: String::new(),
        path: String::new(),
        stamp: Stamp::of(Path::new("/"))?,
        parsed,
    };
    decode(&encode(&entry)?).map(|e| e.parsed)
}
