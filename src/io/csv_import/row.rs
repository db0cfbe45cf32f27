//! One accepted data row of an imported CSV, and the key its names are matched by.

/// One accepted data row.
#[derive(Debug, Clone)]
pub(super) struct Row {
    pub(super) stage: String,
    pub(super) touchpoint: String,
    pub(super) scores: [Option<u8>; 3],
    pub(super) notes: String,
    pub(super) rater: Option<String>,
}

/// Case-insensitive, trimmed matching key.
pub(super) fn key(s: &str) -> String {
    s.trim().to_lowercase()
}
