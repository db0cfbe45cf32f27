//! `tpaudit completions SHELL` and `tpaudit man`: shell completions and a man page, made from
//! the same clap definitions as the command line itself, so they never drift from it.

use std::io::Write;
use std::path::PathBuf;

use clap::CommandFactory;

use super::{Cli, CliError};

/// The commands that take `--template ID`.
const TAKING_A_TEMPLATE: [&str; 2] = ["new", "import"];

/// Writes the completion script for `shell` to `out`. After `--template` the shell offers the
/// template ids (built-in and the user's at the time the script is made), not file names.
pub fn completions(shell: clap_complete::Shell, out: &mut dyn Write) {
    let mut cmd = with_template_ids(Cli::command(), &template_ids());
    clap_complete::generate(shell, &mut cmd, "tpaudit", out);
}

/// The ids of the available templates, built-in first.
fn template_ids() -> Vec<String> {
    let dir = crate::store::config_dir().map(|c| crate::store::templates::user_templates_dir(&c));
    let (list, _broken) = crate::store::templates::available(dir.as_deref());
    list.into_iter().map(|a| a.template.id).collect()
}

/// `cmd` with `ids` as the values `--template` completes to. Only the completion script sees
/// them: the command line itself still takes any id and names the known ones when it is wrong.
fn with_template_ids(cmd: clap::Command, ids: &[String]) -> clap::Command {
    let values: Vec<clap::builder::PossibleValue> = ids
        .iter()
        .map(|id| clap::builder::PossibleValue::new(id.clone()))
        .collect();
    TAKING_A_TEMPLATE.iter().fold(cmd, |cmd, name| {
        let values = values.clone();
        cmd.mut_subcommand(*name, |sub| {
            sub.mut_arg("template", |arg| {
                arg.value_parser(clap::builder::PossibleValuesParser::new(values))
            })
        })
    })
}

/// The man page `tpaudit(1)` in roff: the program's synopsis and options, then every command
/// with its own synopsis, description and options (one page; no page per command to refer to).
pub fn man() -> Result<Vec<u8>, CliError> {
    let io = |source| CliError::Io {
        path: PathBuf::from("<man page>"),
        source,
    };
    let mut cmd = Cli::command();
    cmd.build();
    let mut page = Vec::new();
    let top = clap_mangen::Man::new(cmd.clone());
    top.render_title(&mut page).map_err(io)?;
    top.render_name_section(&mut page).map_err(io)?;
    top.render_synopsis_section(&mut page).map_err(io)?;
    top.render_description_section(&mut page).map_err(io)?;
    top.render_options_section(&mut page).map_err(io)?;
    page.extend_from_slice(b".SH COMMANDS\n");
    let commands = cmd.get_subcommands();
    for sub in commands.filter(|s| !s.is_hide_set() && s.get_name() != "help") {
        page.extend_from_slice(&command_section(sub).map_err(io)?);
    }
    top.render_version_section(&mut page).map_err(io)?;
    Ok(page)
}

/// One command of the man page: a subsection headed by how it is called, its description and
/// its options.
fn command_section(sub: &clap::Command) -> std::io::Result<Vec<u8>> {
    let called = format!("tpaudit {}", sub.get_name());
    let man = clap_mangen::Man::new(sub.clone().bin_name(&called));
    let mut part = Vec::new();
    man.render_synopsis_section(&mut part)?;
    man.render_description_section(&mut part)?;
    if sub.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut part)?;
    }
    // Each section starts with the page's quote-mark definition; the page has it once.
    let preamble = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";
    let text = String::from_utf8_lossy(&part)
        .replace(preamble, "")
        .replace(".SH SYNOPSIS\n", &format!(".SS \"{called}\"\n"))
        .replace(".SH DESCRIPTION\n", ".PP\n")
        .replace(".SH OPTIONS\n", ".PP\nOptions:\n");
    Ok(text.into_bytes())
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
