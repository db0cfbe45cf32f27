//! A file's stamp: what the caches beside the audits (`summaries`, `parse_cache`) check before
//! using what they keep of a file. A cached value is used only while its file's stamp (size,
//! modification and status-change times to the nanosecond, device and inode) is the one it was
//! made from; see `summaries` for why that is enough, and why a file changed just before it
//! was read is not cached at all ([`Stamp::is_racy`]).

use std::path::Path;
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};

/// Everything about a file that any change to it changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stamp {
    len: u64,
    modified: (i64, i64),
    changed: (i64, i64),
    dev: u64,
    ino: u64,
}

impl Stamp {
    pub fn of(path: &Path) -> Option<Stamp> {
        let meta = std::fs::metadata(path).ok()?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Some(Stamp {
                len: meta.len(),
                modified: (meta.mtime(), meta.mtime_nsec()),
                changed: (meta.ctime(), meta.ctime_nsec()),
                dev: meta.dev(),
                ino: meta.ino(),
            })
        }
        #[cfg(not(unix))]
        {
            let t = meta
                .modified()
                .ok()?
                .duration_since(SystemTime::UNIX_EPOCH)
                .ok()?;
            let at = (t.as_secs() as i64, i64::from(t.subsec_nanos()));
            Some(Stamp {
                len: meta.len(),
                modified: at,
                changed: at,
                dev: 0,
                ino: 0,
            })
        }
    }

    /// Whether the file changed so shortly before `now` that a second change in the same tick
    /// of a coarse clock could leave the stamp as it is.
    pub fn is_racy(&self, now: SystemTime) -> bool {
        let latest = self.modified.max(self.changed);
        let (Ok(secs), Ok(nanos)) = (u64::try_from(latest.0), u32::try_from(latest.1)) else {
            return true;
        };
        let at = SystemTime::UNIX_EPOCH + Duration::new(secs, nanos);
        let coarse = self.modified.1 == 0 && self.changed.1 == 0;
        let tick = if coarse {
            Duration::from_secs(2)
        } else {
            Duration::from_millis(100)
        };
        at + tick >= now
    }
}
