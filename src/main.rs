//! Minimal entry point: `tpaudit [--data-dir DIR] [--lang en|ru] [open AUDIT]`.

use std::path::PathBuf;

use clap::{Parser, Subcommand};
use tpaudit::model::Lang;
use tpaudit::store::DataDir;

#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Where audits are kept.
    #[arg(long, global = true)]
    data_dir: Option<PathBuf>,
    /// Interface language: en or ru.
    #[arg(long, global = true)]
    lang: Option<String>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Open an audit by name or path.
    Open { audit: String },
}

fn main() -> color_eyre::Result<()> {
    color_eyre::install()?;
    let cli = Cli::parse();
    let data = DataDir::resolve(cli.data_dir.as_deref())?;
    let lang = tpaudit::i18n::detect(cli.lang.as_deref().and_then(Lang::from_code));
    let open = cli
        .command
        .map(|Command::Open { audit }| data.locate(&audit));
    tpaudit::tui::run(tpaudit::tui::Options { data, lang, open })
}
