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
    // Checked on every system, so an audit made on Linux or a Mac opens on Windows too.
    if name.ends_with('.') {
        return bad(NameProblem::TrailingDot);
    }
    if is_reserved_on_windows(name) {
        return bad(NameProblem::ReservedOnWindows);
    }
    Ok(())
}

/// Windows's device names: `CON`, `PRN`, `AUX`, `NUL`, `COM0`–`COM9`, `LPT0`–`LPT9`, in any
/// case, alone or before an extension (`nul.txt`, `com1.audit`), also with spaces before the
/// dot (`CON .x`), which Windows ignores there. The superscript digits `¹²³` count too.
fn is_reserved_on_windows(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name).trim_end_matches(' ');
    let upper = stem.to_uppercase();
    if matches!(upper.as_str(), "CON" | "PRN" | "AUX" | "NUL") {
        return true;
    }
    let port = upper
        .strip_prefix("COM")
        .or_else(|| upper.strip_prefix("LPT"));
    port.is_some_and(|n| {
        let mut digits = n.chars();
        digits.next().is_some_and(|d| "0123456789¹²³".contains(d)) && digits.next().is_none()
    })
}
