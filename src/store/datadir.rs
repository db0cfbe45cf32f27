//! Where tpaudit keeps its files: the data directory and the config directory.

use std::path::{Path, PathBuf};

use super::error::{Result, StoreError};
use crate::model::ids::NameProblem;

/// Environment variable naming the data directory.
pub const DATA_DIR_ENV: &str = "TPAUDIT_DATA_DIR";

/// The data directory: `audits/` holds `NAME.ron` files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DataDir {
    root: PathBuf,
}

impl DataDir {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        DataDir { root: root.into() }
    }

    /// `--data-dir`, else `TPAUDIT_DATA_DIR`, else the platform data directory.
    pub fn resolve(flag: Option<&Path>) -> Result<Self> {
        if let Some(dir) = flag {
            return Ok(DataDir::new(dir));
        }
        if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
            return Ok(DataDir::new(dir));
        }
        project_dirs()
            .map(|d| DataDir::new(d.data_dir()))
            .ok_or(StoreError::NoDataDir)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    pub fn audits_dir(&self) -> PathBuf {
        self.root.join("audits")
    }

    /// The path of a named audit: `<root>/audits/NAME.ron`.
    pub fn audit_path(&self, name: &str) -> PathBuf {
        self.audits_dir().join(format!("{name}.ron"))
    }

    /// Resolves a command-line AUDIT: a path to a `.ron` file, or a name in the audits folder.
    pub fn locate(&self, arg: &str) -> PathBuf {
        let as_path = Path::new(arg);
        let looks_like_path =
            arg.ends_with(".ron") || arg.contains(std::path::MAIN_SEPARATOR) || arg.contains('/');
        if looks_like_path {
            as_path.to_path_buf()
        } else {
            self.audit_path(arg)
        }
    }

    /// Creates the audits folder if it is missing.
    pub fn ensure(&self) -> Result<()> {
        let dir = self.audits_dir();
        std::fs::create_dir_all(&dir).map_err(|e| StoreError::io(dir, e))
    }
}

/// The user's config directory, where their own templates live (`templates/*.ron`).
pub fn config_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("TPAUDIT_CONFIG_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    project_dirs().map(|d| d.config_dir().to_path_buf())
}

fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "tpaudit")
}

/// Checks that an audit name makes a safe file name.
pub fn check_name(name: &str) -> Result<()> {
    let bad = |why: NameProblem| {
        Err(StoreError::BadName {
            name: name.into(),
            why,
        })
    };
    if name.trim().is_empty() {
        return bad(NameProblem::Empty);
    }
    if name != name.trim() {
        return bad(NameProblem::SpaceAtEdge);
    }
    if name.starts_with('.') {
        return bad(NameProblem::LeadingDot);
    }
    if name.chars().any(|c| {
        matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control()
    }) {
        return bad(NameProblem::ForbiddenCharacter);
    }
    if name.chars().count() > 100 {
        return bad(NameProblem::TooLong);
    }
    Ok(())
}
