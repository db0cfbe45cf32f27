//! The terminal workbench: app loop, messages, pure update, keymaps, effects.

use std::path::PathBuf;

use crate::model::Lang;
use crate::store::DataDir;

/// What the TUI starts with.
#[derive(Debug, Clone)]
pub struct Options {
    pub data: DataDir,
    pub lang: Lang,
    /// An audit file to open straight away (`tpaudit open AUDIT`), else the home screen.
    pub open: Option<PathBuf>,
}

/// Runs the TUI until the user quits.
pub fn run(opts: Options) -> color_eyre::Result<()> {
    let _ = opts;
    Err(color_eyre::eyre::eyre!(
        "the terminal interface is not available in this build"
    ))
}
