//! What identifies a file's contents: its length and a hash of its bytes. The session compares
//! it with the file on disk; the parse cache keys parsed audits by it.

use std::hash::{Hash, Hasher};

/// What identifies a file's contents: its length and a hash of its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Fingerprint {
    len: u64,
    hash: u64,
}

impl Fingerprint {
    /// The fingerprint of these bytes.
    pub fn of(bytes: &[u8]) -> Fingerprint {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut h);
        Fingerprint {
            len: bytes.len() as u64,
            hash: h.finish(),
        }
    }
}
