//! Counts of the audit-file reads and writes the store makes, so a bench or a test can show
//! what one save costs. Two relaxed atomic adds per operation: free beside the I/O itself.

use std::sync::atomic::{AtomicU64, Ordering};

static READS: AtomicU64 = AtomicU64::new(0);
static WRITES: AtomicU64 = AtomicU64::new(0);

/// Reads and writes of whole files so far in this process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub reads: u64,
    pub writes: u64,
}

pub fn now() -> Counts {
    Counts {
        reads: READS.load(Ordering::Relaxed),
        writes: WRITES.load(Ordering::Relaxed),
    }
}

/// Counts since `before`.
pub fn since(before: Counts) -> Counts {
    let n = now();
    Counts {
        reads: n.reads - before.reads,
        writes: n.writes - before.writes,
    }
}

pub(super) fn read() {
    READS.fetch_add(1, Ordering::Relaxed);
}

pub(super) fn wrote() {
    WRITES.fetch_add(1, Ordering::Relaxed);
}
