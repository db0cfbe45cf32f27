//! What the audit list shows of each audit (title, client, progress), kept between runs in
//! `<data dir>/cache/summaries.json`, so the home screen and `tpaudit list` read only the
//! audits that changed since they were last listed.
//!
//! A summary is used only while its file's stamp (size, modification and status-change times
//! to the nanosecond, device and inode) is the one it was made from. A save writes a new file
//! and renames it into place, so it always has a new inode; any other write changes the
//! status-change time, which no program can set back. A file changed just before it was
//! summarised is not kept, as a second change in the same tick of the file system's clock
//! would leave its stamp as it is: within 100 ms where the file system keeps nanoseconds (its
//! clock ticks every few milliseconds), within two seconds where it keeps whole seconds or
//! less. A cache that cannot be read or comes from another version of tpaudit is
//! ignored and written anew. A broken cache costs time, never a wrong figure.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};

use super::audit_file::load;
use super::datadir::DataDir;
use super::error::Result;
use super::stamp::Stamp;
use crate::model::{Audit, Progress, score};

/// What the list shows of one audit.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub title: String,
    pub client: String,
    pub progress: Progress,
}

impl Summary {
    pub fn of(audit: &Audit) -> Summary {
        Summary {
            title: audit.display_title().to_string(),
            client: audit.client.clone(),
            progress: score::progress(audit.touchpoints().map(|(_, _, t)| t)),
        }
    }
}

#[derive(Debug, Default, PartialEq, Serialize, Deserialize)]
struct CacheFile {
    /// The tpaudit that wrote it: another version may count progress differently.
    tool: String,
    /// By file name in the audits folder.
    entries: BTreeMap<String, (Stamp, Summary)>,
}

/// The summaries of one listing: read once, written once if anything changed.
pub struct Summaries {
    path: PathBuf,
    read: CacheFile,
    kept: CacheFile,
    now: SystemTime,
}

impl Summaries {
    pub fn open(data: &DataDir) -> Summaries {
        let path = cache_path(data);
        let read = std::fs::read(&path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<CacheFile>(&bytes).ok())
            .filter(|c| c.tool == env!("CARGO_PKG_VERSION"))
            .unwrap_or_default();
        Summaries {
            path,
            read,
            kept: CacheFile {
                tool: env!("CARGO_PKG_VERSION").to_string(),
                entries: BTreeMap::new(),
            },
            now: SystemTime::now(),
        }
    }

    /// The summary of the audit at `path`, from the cache when its file is unchanged.
    pub fn get(&mut self, path: &Path) -> Result<Summary> {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let stamp = Stamp::of(path);
        if let Some(stamp) = stamp
            && let Some((cached, summary)) = self.read.entries.get(&name)
            && *cached == stamp
        {
            let summary = summary.clone();
            self.kept.entries.insert(name, (stamp, summary.clone()));
            return Ok(summary);
        }
        let summary = Summary::of(&load(path)?);
        // The stamp read before the file: a change while reading gives a stamp that no longer
        // matches, so the next listing reads the file again.
        if let Some(stamp) = stamp.filter(|s| !s.is_racy(self.now)) {
            self.kept.entries.insert(name, (stamp, summary.clone()));
        }
        Ok(summary)
    }

    /// Writes the cache if it changed; a cache that cannot be written is only slower next time.
    pub fn finish(self) {
        if self.kept == self.read {
            return;
        }
        let Ok(bytes) = serde_json::to_vec(&self.kept) else {
            return;
        };
        if let Some(dir) = self.path.parent()
            && std::fs::create_dir_all(dir).is_ok()
        {
            super::ignore::keep_cache_out(dir);
        }
        let _ = super::atomic::write_cache(&self.path, &bytes);
    }
}

/// `<data dir>/cache/summaries.json`: beside the audits folder, never in it, so a synced or
/// versioned audits folder holds only audits.
pub fn cache_path(data: &DataDir) -> PathBuf {
    data.root().join("cache").join("summaries.json")
}
