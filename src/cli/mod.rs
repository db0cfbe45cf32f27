//! The command line: `tpaudit [COMMAND]`. One file per subcommand; data to stdout,
//! messages and errors to stderr.

pub mod check;
pub mod combine;
pub mod compare;
pub mod evidence;
pub mod import;
pub mod list;
pub mod merge;
pub mod merge_file;
pub mod new;
pub mod report;
pub mod shell;
pub mod survey;
pub mod templates;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::io::csv_import::ImportError;
use crate::io::report::Format;
use crate::model::{Audit, CrosshairMode, Lang};
use crate::store::{self, DataDir, StoreError};

/// A terminal workbench for customer-touchpoint audits.
#[derive(Debug, Parser)]
#[command(name = "tpaudit", version, about)]
pub struct Cli {
    /// Data directory (else TPAUDIT_DATA_DIR, else the platform data directory)
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Interface language, and the language of new audits (else the locale)
    #[arg(long, global = true, value_enum)]
    pub lang: Option<LangArg>,
    /// Colours of the workbench (else the one chosen last with Ctrl+T, else dark; NO_COLOR
    /// gives mono): light is high contrast, for projectors
    #[arg(long, value_enum, value_name = "THEME")]
    pub theme: Option<ThemeArg>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// A colour theme on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ThemeArg {
    /// Light text on a dark terminal
    Dark,
    /// Black on white, high contrast: for projectors
    Light,
    /// No colour
    Mono,
}

impl From<ThemeArg> for store::config::ThemeName {
    fn from(t: ThemeArg) -> Self {
        use store::config::ThemeName;
        match t {
            ThemeArg::Dark => ThemeName::Dark,
            ThemeArg::Light => ThemeName::Light,
            ThemeArg::Mono => ThemeName::Mono,
        }
    }
}

/// The theme the workbench starts with: the `--theme` flag, else mono under `NO_COLOR`, else
/// the one remembered in the settings, else dark. A settings file that cannot be read gives
/// its error too, for the first screen.
pub fn start_theme(
    flag: Option<ThemeArg>,
    no_color: bool,
    config: Result<store::config::Config, StoreError>,
) -> (store::config::ThemeName, Option<StoreError>) {
    use store::config::ThemeName;
    let (remembered, error) = match config {
        Ok(c) => (c.theme, None),
        Err(e) => (None, Some(e)),
    };
    let theme = match (flag, no_color) {
        (Some(t), _) => t.into(),
        (None, true) => ThemeName::Mono,
        (None, false) => remembered.unwrap_or_default(),
    };
    (theme, error)
}

/// A language on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Ru,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::En => Lang::En,
            LangArg::Ru => Lang::Ru,
        }
    }
}

/// Where the quadrant crosshair sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CrosshairArg {
    /// The scale midpoint, 3
    Midpoint,
    /// The mean of the scored touchpoints
    Mean,
}

impl From<CrosshairArg> for CrosshairMode {
    fn from(c: CrosshairArg) -> CrosshairMode {
        match c {
            CrosshairArg::Midpoint => CrosshairMode::Midpoint,
            CrosshairArg::Mean => CrosshairMode::DataMean,
        }
    }
}

/// How a report is written: its format, the CSV flavour, the crosshair and where it goes.
#[derive(Debug, clap::Args)]
pub struct Output {
    /// Report format
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// CSV for spreadsheet programs in a Russian locale: UTF-8 BOM, `;` delimiters and
    /// decimal commas
    #[arg(long)]
    pub excel: bool,
    /// Where the quadrant crosshair sits
    #[arg(long, value_enum, default_value = "midpoint")]
    pub crosshair: CrosshairArg,
    /// Write to FILE (atomically) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// `tpaudit workshop AUDIT [--bind ADDR] [--port N] [--self-paced]`.
#[derive(Debug, clap::Args)]
pub struct WorkshopArgs {
    /// Audit name, or path to a .ron file
    pub audit: String,
    /// Address to listen on (default: the laptop's local-network address; 127.0.0.1 keeps
    /// the workshop on this machine)
    #[arg(long, value_name = "ADDR")]
    pub bind: Option<std::net::IpAddr>,
    /// Port to listen on (default 8765; a taken port gives way to a free one, shown on screen)
    #[arg(long, value_name = "N")]
    pub port: Option<u16>,
    /// Each participant walks the whole checklist at their own pace (pre-work)
    #[arg(long)]
    pub self_paced: bool,
    /// Colours of the workbench (see `tpaudit --help`)
    #[arg(long, value_enum, value_name = "THEME")]
    pub theme: Option<ThemeArg>,
}

impl WorkshopArgs {
    pub fn settings(&self) -> crate::app::workshop::Settings {
        use crate::app::workshop::{Mode, Settings};
        Settings {
            bind: self.bind,
            port: self.port,
            mode: if self.self_paced {
                Mode::SelfPaced
            } else {
                Mode::Facilitated
            },
        }
    }
}

/// The subcommands; without one, the workbench opens on its home screen.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the workbench straight into an audit
    Open {
        /// Audit name, or path to a .ron file
        audit: String,
        /// Colours of the workbench (see `tpaudit --help`)
        #[arg(long, value_enum, value_name = "THEME")]
        theme: Option<ThemeArg>,
    },
    /// Create an audit from a checklist template, or re-audit one with --from
    New(new::Args),
    /// List the audits in the data directory
    List,
    /// List the checklist templates, built-in and your own
    Templates,
    /// Create an audit from a CSV file of stages, touchpoints and scores
    Import(import::Args),
    /// Print or export the ranked priority list
    Report(report::Args),
    /// Compare audits of one checklist: BEFORE AFTER, or a trend over more, oldest first
    Compare(compare::Args),
    /// One priority list over several audits of one checklist (the stores of a chain)
    Combine(combine::Args),
    /// Merge participants' ratings (say, pre-work) into an audit, all or nothing
    Merge(merge::Args),
    /// Add measurements from an analytics export (CSV) to an audit, all or nothing
    Evidence(evidence::Args),
    /// Read customers' answers from a survey export (Google Forms, Yandex Forms, CSV) into an
    /// audit, all or nothing; replaces the last survey
    Survey(survey::Args),
    /// Run a workshop: the workbench opens on the audit and phones score over the network
    Workshop(WorkshopArgs),
    /// git's merge driver for audits: three-way, by stage, touchpoint and participant id
    /// (`git config merge.tpaudit.driver "tpaudit merge-file %O %A %B %P"`)
    MergeFile(merge_file::Args),
    /// Validate an audit file without changing it
    Check {
        /// Audit name, or path to a .ron file
        audit: String,
    },
    /// Print shell completions: `tpaudit completions bash > /etc/bash_completion.d/tpaudit`
    Completions {
        /// The shell to complete in
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the man page: `tpaudit man > ~/.local/share/man/man1/tpaudit.1`
    Man,
}

/// What the CLI reports to the user when a command fails.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Store(#[from] StoreError),
    #[error("{path}: {source}")]
    Import { path: PathBuf, source: ImportError },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("unknown template '{id}'; available: {known} (run `tpaudit templates`)")]
    UnknownTemplate { id: String, known: String },
    #[error(
        "{path} is not in the audits folder {dir}; a re-audit names the audit it follows by its file name in the same folder, so copy it there first (or import it) and pass its name"
    )]
    NotBeside { path: PathBuf, dir: PathBuf },
    #[error(
        "a re-audit cannot take the place of the audit it follows ('{name}'); give the new audit another name, e.g. {name}-next"
    )]
    ReauditOverItself { name: String },
    #[error("{command} needs at least two audits: {usage}")]
    TooFew {
        command: &'static str,
        usage: &'static str,
    },
    #[error(
        "'{audit}' has no touchpoint in common with {others} (touchpoints match by id, or by stage and touchpoint name); are they audits of the same checklist?"
    )]
    NothingInCommon { audit: String, others: String },
    #[error(
        "{path} is open for writing in {holder}; close it there (or quit that tpaudit), then try again; nothing was written"
    )]
    Locked { path: PathBuf, holder: String },
    #[error(
        "{path} is locked by {holder}, another computer (a synced or shared folder); tpaudit cannot see whether it still runs there, so the lock is not taken over and nothing was written. Close the audit there and let the lock file sync, or open it in the workbench and take the lock over with T if you are sure it is closed"
    )]
    LockedElsewhere { path: PathBuf, holder: String },
    #[error("cannot merge '{name}' into itself; name the audits to bring in after it")]
    MergeIntoItself { name: String },
    #[error("merge refused, nothing written: {into} and what is merged in disagree:\n{list}")]
    MergeRefused { into: String, list: String },
    #[error(
        "{path} changed on disk while merging; it was left alone and the merged audit went to {side_copy}"
    )]
    ChangedWhileMerging { path: PathBuf, side_copy: PathBuf },
    #[error("{path}: {source}")]
    Read {
        path: PathBuf,
        source: crate::io::forms::ReadError,
    },
    #[error(
        "{path} changed on disk while reading the file into it; it was left alone and the audit with what was read went to {side_copy}"
    )]
    ChangedWhileImporting { path: PathBuf, side_copy: PathBuf },
    #[error("'{name}' is given twice; each audit counts once in a combined list")]
    Twice { name: String },
    #[error(
        "--format ratings is a report of one audit's ratings: use `tpaudit report AUDIT --format ratings` for each audit"
    )]
    RatingsOfMany,
    #[error(
        "--evidence adds the evidence columns to the CSV: use it with --format csv (the other formats carry the evidence already)"
    )]
    EvidenceNotCsv,
    #[error(
        "CONFLICT (tpaudit): {path}: {count} changed differently on both sides; ours kept in the file, theirs written to {theirs}:\n{list}"
    )]
    MergeConflicts {
        path: String,
        count: String,
        theirs: String,
        list: String,
    },
    #[error("a workbook is not for the terminal: write it with -o FILE.xlsx (or redirect it)")]
    BinaryToTerminal,
}

impl CliError {
    /// Audit `k` of `named` shares no touchpoint with those before it.
    pub fn nothing_in_common(named: &[crate::io::report::many::Named], k: usize) -> CliError {
        CliError::NothingInCommon {
            audit: named[k].name.to_string(),
            others: named[..k]
                .iter()
                .map(|n| n.name)
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

/// The settings every subcommand shares.
#[derive(Debug, Clone)]
pub struct Context {
    pub data: DataDir,
    /// The interface language: `--lang`, else the locale.
    pub lang: Lang,
}

/// Runs a headless subcommand (everything but the workbench itself).
pub fn run(ctx: &Context, command: Command) -> Result<(), CliError> {
    match command {
        // The binary starts the workbench; here `open` only checks that the audit exists.
        Command::Open { audit, .. } => existing_audit(&ctx.data, &audit).map(|_| ()),
        Command::Workshop(args) => existing_audit(&ctx.data, &args.audit).map(|_| ()),
        Command::New(args) => new::run(ctx, args),
        Command::List => list::run(ctx),
        Command::Templates => templates::run(ctx),
        Command::Import(args) => import::run(ctx, args),
        Command::Report(args) => report::run(ctx, args),
        Command::Check { audit } => check::run(ctx, &audit),
        Command::Compare(args) => compare::run(ctx, args),
        Command::Combine(args) => combine::run(ctx, args),
        Command::Merge(args) => merge::run(ctx, args),
        Command::Evidence(args) => evidence::run(ctx, args),
        Command::Survey(args) => survey::run(ctx, args),
        Command::MergeFile(args) => merge_file::run(args),
        Command::Completions { shell } => shell::run(Some(shell)),
        Command::Man => shell::run(None),
    }
}

/// The file behind a command-line AUDIT, which must exist.
pub fn existing_audit(data: &DataDir, arg: &str) -> Result<PathBuf, CliError> {
    let path = data.locate(arg);
    if path.is_file() {
        return Ok(path);
    }
    if path == data.audit_path(arg) {
        Err(StoreError::NotFound {
            name: arg.to_string(),
            dir: data.audits_dir(),
        }
        .into())
    } else {
        Err(CliError::Io {
            path,
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such audit file"),
        })
    }
}

/// The built-in templates and the user's, with broken user templates reported on stderr.
pub fn templates_reporting_errors() -> Vec<store::templates::Available> {
    let dir = store::config_dir().map(|c| store::templates::user_templates_dir(&c));
    let (list, errors) = store::templates::available(dir.as_deref());
    for e in errors {
        eprintln!("warning: skipped a broken template: {e}");
    }
    list
}

/// Finds a template by id (case-insensitive) among the available ones.
pub fn find_template(id: &str) -> Result<crate::model::Template, CliError> {
    let list = templates_reporting_errors();
    if let Some(found) = list
        .iter()
        .find(|a| a.template.id.eq_ignore_ascii_case(id.trim()))
    {
        return Ok(found.template.clone());
    }
    Err(CliError::UnknownTemplate {
        id: id.to_string(),
        known: list
            .iter()
            .map(|a| a.template.id.as_str())
            .collect::<Vec<_>>()
            .join(", "),
    })
}

/// An audit loaded from the command line.
#[derive(Debug)]
pub struct Loaded {
    /// What reports call it: its file name without `.ron`, or the argument as given when two
    /// arguments share a file name.
    pub name: String,
    pub path: PathBuf,
    pub audit: Audit,
}

/// Loads the audits named on the command line, in order.
pub fn load_named(data: &DataDir, args: &[String]) -> Result<Vec<Loaded>, CliError> {
    let mut loaded = args
        .iter()
        .map(|arg| {
            let path = existing_audit(data, arg)?;
            let audit = store::load(&path)?;
            Ok(Loaded {
                name: file_name(&path),
                path,
                audit,
            })
        })
        .collect::<Result<Vec<_>, CliError>>()?;
    // Counted once, so that naming thousands of audits stays linear.
    let mut count: HashMap<String, usize> = HashMap::new();
    for l in &loaded {
        *count.entry(l.name.clone()).or_default() += 1;
    }
    for (l, arg) in loaded.iter_mut().zip(args) {
        if count.get(&l.name).is_some_and(|&n| n > 1) {
            l.name = arg.clone();
        }
    }
    Ok(loaded)
}

/// The first of `paths` that names the same file as one before it, if any. Each path is
/// resolved once, so thousands of audits are checked in linear time.
pub fn first_repeated<'a>(paths: impl IntoIterator<Item = &'a Path>) -> Option<usize> {
    let mut seen = HashSet::new();
    paths.into_iter().position(|p| {
        let resolved = p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
        !seen.insert(resolved)
    })
}

/// Loads the two or more audits a command over several audits takes; fewer is an error that
/// shows how to call it.
pub fn load_several(
    data: &DataDir,
    args: &[String],
    command: &'static str,
    usage: &'static str,
) -> Result<Vec<Loaded>, CliError> {
    if args.len() < 2 {
        return Err(CliError::TooFew { command, usage });
    }
    load_named(data, args)
}

/// The loaded audits as reports name them.
pub fn named(loaded: &[Loaded]) -> Vec<crate::io::report::many::Named<'_>> {
    loaded
        .iter()
        .map(|l| crate::io::report::many::Named {
            name: &l.name,
            audit: &l.audit,
        })
        .collect()
}

/// True when two paths name the same file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// A file's name without its extension: what `open NAME` takes for a file in the audits folder.
pub fn file_name(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Writes a command's output to `-o FILE` (atomically, saying where) or to standard output.
pub fn write_output(out: Option<&Path>, text: &str) -> Result<(), CliError> {
    write_bytes(out, text.as_bytes())
}

/// Writes a report's file (a workbook, or text) to `-o FILE` or to standard output; a
/// workbook is not written to a terminal.
pub fn write_file(
    out: Option<&Path>,
    format: Format,
    bytes: std::io::Result<Vec<u8>>,
) -> Result<(), CliError> {
    use std::io::IsTerminal;
    let bytes = bytes.map_err(|source| CliError::Io {
        path: out.map_or_else(|| PathBuf::from("<stdout>"), Path::to_path_buf),
        source,
    })?;
    if format == Format::Xlsx && out.is_none() && std::io::stdout().is_terminal() {
        return Err(CliError::BinaryToTerminal);
    }
    write_bytes(out, &bytes)
}

/// Writes a report's file to `-o FILE` or to standard output as `fill` makes it; a workbook is
/// not written to a terminal.
pub fn write_report(
    out: Option<&Path>,
    format: Format,
    fill: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<(), CliError> {
    use std::io::IsTerminal;
    if format == Format::Xlsx && out.is_none() && std::io::stdout().is_terminal() {
        return Err(CliError::BinaryToTerminal);
    }
    write_with(out, fill)
}

fn write_bytes(out: Option<&Path>, bytes: &[u8]) -> Result<(), CliError> {
    write_with(out, |w| w.write_all(bytes))
}

/// Writes what `fill` writes to `-o FILE` (atomically, saying where) or to standard output.
fn write_with(
    out: Option<&Path>,
    fill: impl FnOnce(&mut dyn std::io::Write) -> std::io::Result<()>,
) -> Result<(), CliError> {
    use std::io::Write;
    match out {
        Some(out) => {
            store::atomic::write_atomic_with(out, |file| {
                let mut w = std::io::BufWriter::new(file);
                fill(&mut w)?;
                w.flush()
            })
            .map_err(|source| CliError::Io {
                path: out.to_path_buf(),
                source,
            })?;
            eprintln!("wrote {}", show(out));
        }
        None => {
            let mut stdout = std::io::BufWriter::new(std::io::stdout().lock());
            fill(&mut stdout)
                .and_then(|()| stdout.flush())
                .map_err(|source| CliError::Io {
                    path: PathBuf::from("<stdout>"),
                    source,
                })?;
        }
    }
    Ok(())
}

/// The lock of an existing audit a command is about to write over (`--force`), held until it
/// is dropped; refused while another tpaudit has the audit open, here or on another computer.
pub fn lock_existing(path: &Path) -> Result<Option<store::lock::Lock>, CliError> {
    if !path.is_file() {
        return Ok(None);
    }
    match store::lock::acquire(path)? {
        store::lock::Acquired::Locked(lock) => Ok(Some(lock)),
        store::lock::Acquired::HeldBy(holder) => Err(locked(path, holder.as_ref())),
    }
}

/// The refusal to write an audit another tpaudit holds; a holder on another computer is named
/// as such, with the way to take the lock over.
pub fn locked(path: &Path, holder: Option<&store::lock::Holder>) -> CliError {
    let who = |h: &store::lock::Holder| {
        crate::i18n::safety::holder(crate::i18n::safety::Who {
            pid: h.pid,
            host: &h.host,
            since: &h.since,
        })
    };
    match holder {
        Some(h) if h.is_elsewhere() => CliError::LockedElsewhere {
            path: path.to_path_buf(),
            holder: who(h),
        },
        _ => CliError::Locked {
            path: path.to_path_buf(),
            holder: holder.map_or_else(|| "another process".to_string(), who),
        },
    }
}

/// Shows a path as the user would type it.
pub fn show(path: &Path) -> String {
    path.display().to_string()
}
