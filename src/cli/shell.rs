//! `tpaudit completions SHELL` and `tpaudit man`: shell completions and a man page, made from
//! the same clap definitions as the command line itself, so they never drift from it.

use std::io::Write;
use std::path::PathBuf;

use clap::CommandFactory;

use super::{Cli, CliError};

/// Writes the completion script for `shell` to `out`.
pub fn completions(shell: clap_complete::Shell, out: &mut dyn Write) {
    let mut cmd = Cli::command();
    clap_complete::generate(shell, &mut cmd, "tpaudit", out);
}

/// The man page `tpaudit(1)` in roff.
pub fn man() -> Result<Vec<u8>, CliError> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(|source| CliError::Io {
            path: PathBuf::from("<man page>"),
            source,
        })?;
    Ok(page)
}

/// Runs `completions` or `man`, writing to standard output.
pub fn run(completions_for: Option<clap_complete::Shell>) -> Result<(), CliError> {
    let mut bytes = Vec::new();
    match completions_for {
        Some(shell) => completions(shell, &mut bytes),
        None => bytes = man()?,
    }
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(&bytes)
        .and_then(|()| stdout.flush())
        .map_err(|source| CliError::Io {
            path: PathBuf::from("<stdout>"),
            source,
        })
}
