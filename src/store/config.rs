//! The user's settings: `<config dir>/config.ron`, for now the workbench's colour theme.
//!
//! A missing file is the defaults. A file that cannot be read or parsed is reported with its
//! `file:line:col` and left exactly as it is: nothing is written over it until the user has
//! fixed or removed it. Writes are atomic, like every other write of tpaudit.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::audit_file::{ron_options, syntax_error};
use super::{Result, StoreError};

/// The file name of the settings inside the config directory.
pub const FILE: &str = "config.ron";

/// The workbench's colour themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeName {
    /// Light text on the terminal's own dark background.
    #[default]
    Dark,
    /// Black on white, high contrast: for projectors.
    Light,
    /// No colour at all.
    Mono,
}

impl ThemeName {
    pub const ALL: [ThemeName; 3] = [ThemeName::Dark, ThemeName::Light, ThemeName::Mono];

    /// The next theme of the cycle dark → light → mono → dark.
    pub fn next(self) -> ThemeName {
        match self {
            ThemeName::Dark => ThemeName::Light,
            ThemeName::Light => ThemeName::Mono,
            ThemeName::Mono => ThemeName::Dark,
        }
    }

    /// The name as the command line and the config file write it.
    pub fn as_str(self) -> &'static str {
        match self {
            ThemeName::Dark => "dark",
            ThemeName::Light => "light",
            ThemeName::Mono => "mono",
        }
    }
}

/// The settings of `config.ron`; every field may be left out.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Config {
    /// The theme chosen last in the workbench.
    pub theme: Option<ThemeName>,
}

/// Where the settings file of a config directory is.
pub fn path(config_dir: &Path) -> PathBuf {
    config_dir.join(FILE)
}

/// Reads the settings; a missing file gives the defaults.
pub fn load(config_dir: &Path) -> Result<Config> {
    let path = path(config_dir);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
        Err(e) => return Err(StoreError::io(path, e)),
    };
    if text.trim().is_empty() {
        return Ok(Config::default());
    }
    ron_options()
        .from_str(&text)
        .map_err(|e| syntax_error(&path, &e))
}

/// Remembers the theme: reads the settings again (so a file changed meanwhile keeps its
/// other settings), sets the theme, and writes them atomically. A file that cannot be read or
/// parsed is not touched: its error is returned.
pub fn save_theme(config_dir: &Path, theme: ThemeName) -> Result<()> {
    let mut config = load(config_dir)?;
    if config.theme == Some(theme) {
        return Ok(());
    }
    config.theme = Some(theme);
    let path = path(config_dir);
    std::fs::create_dir_all(config_dir).map_err(|e| StoreError::io(config_dir, e))?;
    // LF on every system, as the audits (ron's default is CRLF on Windows).
    let pretty = ron::ser::PrettyConfig::new().new_line("\n");
    let mut text =
        ron::ser::to_string_pretty(&config, pretty).map_err(|e| StoreError::Serialize {
            path: path.clone(),
            message: e.to_string(),
        })?;
    text.push('\n');
    super::atomic::write_atomic(&path, text.as_bytes()).map_err(|e| StoreError::io(path, e))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_file_is_the_defaults_and_a_saved_theme_reads_back() {
        let dir = tempfile::tempdir().expect("temp dir");
        let config = dir.path().join("nested");
        assert_eq!(load(&config).expect("defaults"), Config::default());
        save_theme(&config, ThemeName::Light).expect("saved");
        let text = std::fs::read_to_string(path(&config)).expect("written");
        assert!(text.contains("theme: Some(light)"), "{text}");
        assert_eq!(load(&config).expect("read").theme, Some(ThemeName::Light));
        // Hand-written, with the implicit `Some`, it reads the same.
        std::fs::write(path(&config), "(theme: mono)").expect("write");
        assert_eq!(load(&config).expect("read").theme, Some(ThemeName::Mono));
    }

    #[test]
    fn a_broken_file_is_reported_with_its_place_and_never_written_over() {
        let dir = tempfile::tempdir().expect("temp dir");
        let broken = "(theme: purple)\n";
        std::fs::write(path(dir.path()), broken).expect("write");
        let e = load(dir.path()).expect_err("broken");
        let text = e.to_string();
        assert!(text.contains("config.ron:1:"), "{text}");
        let e = save_theme(dir.path(), ThemeName::Dark).expect_err("refused");
        assert!(e.to_string().contains("config.ron:1:"), "{e}");
        let kept = std::fs::read_to_string(path(dir.path())).expect("still there");
        assert_eq!(kept, broken);
    }

    #[test]
    fn the_cycle_runs_dark_light_mono() {
        let mut t = ThemeName::Dark;
        let mut seen = Vec::new();
        for _ in 0..3 {
            t = t.next();
            seen.push(t);
        }
        assert_eq!(seen, [ThemeName::Light, ThemeName::Mono, ThemeName::Dark]);
    }
}
