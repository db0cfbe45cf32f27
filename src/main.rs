//! The `tpaudit` binary: parse the command line, then run a command or the workbench.

use std::process::ExitCode;

use clap::Parser;
use tpaudit::cli::{self, Cli, Command, Context};
use tpaudit::{i18n, store, tui, ui};

fn main() -> color_eyre::Result<ExitCode> {
    let args = Cli::parse();
    // Completions and the man page need no data directory.
    match args.command {
        Some(Command::Completions { shell }) => return Ok(done(cli::shell::run(Some(shell)))),
        Some(Command::Man) => return Ok(done(cli::shell::run(None))),
        // git's merge driver works on git's temporary files, not in the data directory.
        Some(Command::MergeFile(args)) => return Ok(done(cli::merge_file::run(args))),
        _ => {}
    }
    let data = match store::DataDir::resolve(args.data_dir.as_deref()) {
        Ok(d) => d,
        Err(e) => return Ok(fail(&e)),
    };
    let ctx = Context {
        data,
        lang: i18n::detect(args.lang.map(Into::into)),
    };
    let mut workshop = None;
    let mut theme = args.theme;
    let open = match args.command {
        None => None,
        Some(Command::Open { audit, theme: t }) => match cli::existing_audit(&ctx.data, &audit) {
            Ok(path) => {
                theme = t.or(theme);
                Some(path)
            }
            Err(e) => return Ok(fail(&e)),
        },
        Some(Command::Workshop(ws)) => match cli::existing_audit(&ctx.data, &ws.audit) {
            Ok(path) => {
                workshop = Some(ws.settings());
                theme = ws.theme.or(theme);
                Some(path)
            }
            Err(e) => return Ok(fail(&e)),
        },
        Some(command) => {
            return Ok(match cli::run(&ctx, command) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(&e),
            });
        }
    };
    let config = match store::config_dir() {
        Some(dir) => store::config::load(&dir),
        None => Ok(Default::default()),
    };
    let (theme, config_error) = cli::start_theme(theme, ui::theme::no_color(), config);
    let ran = tui::run(tui::Options {
        data: ctx.data,
        lang: ctx.lang,
        open,
        workshop,
        theme,
        config_error: config_error.map(Into::into),
    });
    match ran {
        // Started without a terminal is the user's to fix: said plainly, no crash report.
        Err(e) if e.is::<tui::NoTerminal>() => Ok(fail(&e)),
        ran => ran.map(|()| ExitCode::SUCCESS),
    }
}

fn done(result: Result<(), cli::CliError>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}

/// Reports an error the user can act on; exit status 1. No prefix, so `file:line:col`
/// errors start the line where editors and terminals can jump to them.
fn fail(e: &dyn std::fmt::Display) -> ExitCode {
    eprintln!("{e}");
    ExitCode::FAILURE
}
