//! One accepted data row of an imported CSV, the reason a row is refused, and the keys its
//! names and scales are matched by.

use crate::model::{Level, Scale};

/// One accepted data row.
#[derive(Debug, Clone)]
pub(super) struct Row {
    pub(super) stage: String,
    pub(super) touchpoint: String,
    pub(super) scores: [Option<u8>; 3],
    pub(super) levels: [Option<Level>; 3],
    pub(super) notes: String,
    pub(super) rater: Option<String>,
}

/// Case-insensitive, trimmed matching key.
pub(super) fn key(s: &str) -> String {
    s.trim().to_lowercase()
}

/// One reason a row was rejected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// 1-based; the header is row 1.
    pub row: usize,
    pub reason: String,
}

impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "row {}: {}", self.row, self.reason)
    }
}

/// A scale's column name.
pub(super) fn scale_key(scale: Scale) -> &'static str {
    match scale {
        Scale::Frequency => "frequency",
        Scale::Impact => "impact",
        Scale::Satisfaction => "satisfaction",
    }
}
