//! Storage errors, phrased so the user can act on them.

use std::path::PathBuf;

/// Anything that can go wrong reading or writing tpaudit's files.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A syntax or type error in a RON file, with its position (1-based).
    #[error("{path}:{line}:{col}: {message}")]
    Syntax {
        path: PathBuf,
        line: usize,
        col: usize,
        message: String,
    },
    /// The file parsed but breaks a rule of the method (scores out of range, duplicate ids…).
    #[error("{path}: {}", problems.join("\n  "))]
    Invalid {
        path: PathBuf,
        problems: Vec<String>,
    },
    #[error("{path}: file is empty")]
    Empty { path: PathBuf },
    #[error(
        "{path}: written by a newer tpaudit (schema version {found}, this one reads up to {supported}); upgrade tpaudit to open it"
    )]
    NewerVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error("audit '{name}' already exists at {path}; pass --force to replace it")]
    Exists { name: String, path: PathBuf },
    #[error("no audit named '{name}' in {dir} (run `tpaudit list` to see the audits)")]
    NotFound { name: String, dir: PathBuf },
    #[error("'{name}' is not a valid audit name: {why}")]
    BadName {
        name: String,
        why: crate::model::ids::NameProblem,
    },
    #[error("no data directory: set --data-dir or TPAUDIT_DATA_DIR")]
    NoDataDir,
    #[error("{path} is open in {}; this window is read-only", holder_text(.holder.as_ref()))]
    ReadOnly {
        path: PathBuf,
        holder: Option<super::holder::Holder>,
    },
    #[error("could not write {path}: {message}")]
    Serialize { path: PathBuf, message: String },
}

fn holder_text(holder: Option<&super::holder::Holder>) -> String {
    holder.map_or_else(|| "another process".to_string(), ToString::to_string)
}

impl StoreError {
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        StoreError::Io {
            path: path.into(),
            source,
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;
