//! Exporting the open audit's reports into a folder: `NAME.md`, `NAME.html`, `NAME.csv`,
//! `NAME.xlsx`; and opening the HTML one in the browser.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use super::event::{EventSender, Request};
use crate::app::{App, Failure, Msg, NoBrowser};
use crate::io::report::{self, Format, Options};
use crate::model::{Audit, CrosshairMode};
use crate::store::StoreError;
use crate::store::atomic::write_atomic;

/// The formats written by an export, in the order the status line names them.
pub const FORMATS: [Format; 4] = [Format::Md, Format::Html, Format::Csv, Format::Xlsx];

/// Carries out `Effect::Export` for the open audit: its reports into `dir` (`~/` is the home
/// folder), named after the audit's file.
pub fn export(app: &App, crosshair: CrosshairMode, dir: &Path) -> Msg {
    match &app.walk {
        Some(w) => {
            let name = w.path.file_name().unwrap_or(OsStr::new("audit"));
            let home = std::env::var_os("HOME").map(PathBuf::from);
            let at = expand_home(dir, home.as_deref()).join(name);
            Msg::Exported(write_reports(&at, &w.audit, crosshair, app.now))
        }
        None => Msg::Exported(Ok(Vec::new())),
    }
}

/// `~` and `~/…` in a typed folder are the home folder, as in a shell.
pub fn expand_home(dir: &Path, home: Option<&Path>) -> PathBuf {
    match (dir.strip_prefix("~"), home) {
        (Ok(rest), Some(home)) => home.join(rest),
        _ => dir.to_path_buf(),
    }
}

/// Writes each report atomically beside `audit_path` (which names them, and need not exist);
/// the first failure stops and is reported.
pub fn write_reports(
    audit_path: &Path,
    audit: &Audit,
    crosshair: CrosshairMode,
    as_of: jiff::Timestamp,
) -> Result<Vec<PathBuf>, Failure> {
    let opts = Options {
        excel: false,
        crosshair,
        as_of: Some(as_of),
        satisfaction: Default::default(),
    };
    FORMATS
        .iter()
        .map(|&format| {
            let path = audit_path.with_extension(format.extension());
            report::render_file(audit, None, format, &opts)
                .and_then(|bytes| write_atomic(&path, &bytes))
                .map(|()| path.clone())
                .map_err(|e| StoreError::io(&path, e).into())
        })
        .collect()
}

/// Opens `path` with `browser` (the `BROWSER` variable: a command, `%s` standing for the file
/// if given) or else the system's opener, detached from the workbench and silent on its
/// terminal. The error names the program and why it could not start.
pub fn open_in_browser(path: &Path, browser: Option<&OsStr>) -> Result<(), String> {
    let (mut child, _) = start_browser(path, browser).map_err(|(program, reason)| {
        format!("{program}: {reason}; open {} yourself", path.display())
    })?;
    // Reaped when it ends, so no zombie stays behind while the workbench runs.
    std::thread::spawn(move || child.wait());
    Ok(())
}

/// How soon an opener that ends in failure counts as having found no browser: later, a
/// browser ran and was closed.
const GIVES_UP_WITHIN: Duration = Duration::from_secs(10);

/// `O`: opens `path` as [`open_in_browser`] does, and says when no browser showed it: a
/// program that cannot start at once (the message returned), one that soon ends in failure
/// (an opener that found no browser) later through `tx`, the loop's channel.
pub fn open_report(path: &Path, browser: Option<&OsStr>, tx: Option<EventSender>) -> Option<Msg> {
    let path = path.to_path_buf();
    let (mut child, program) = match start_browser(&path, browser) {
        Ok(started) => started,
        Err((program, reason)) => {
            let why = NoBrowser::NotStarted { program, reason };
            return Some(Msg::OpenFailed { path, why });
        }
    };
    std::thread::spawn(move || {
        let started = Instant::now();
        let Ok(status) = child.wait() else { return };
        if status.success() || started.elapsed() >= GIVES_UP_WITHIN {
            return;
        }
        if let Some(tx) = tx {
            let why = NoBrowser::GaveUp {
                program,
                code: status.code(),
            };
            tx.request(Request::Apply(Msg::OpenFailed { path, why }));
        }
    });
    None
}

/// Starts the browser on `path`, detached and silent: the child and the program's name, or
/// the program's name and why it could not start.
fn start_browser(
    path: &Path,
    browser: Option<&OsStr>,
) -> Result<(std::process::Child, String), (String, String)> {
    let mut command = match browser
        .and_then(OsStr::to_str)
        .filter(|b| !b.trim().is_empty())
    {
        Some(b) => {
            let mut words: Vec<std::ffi::OsString> = (b.split_whitespace())
                .map(|w| match w {
                    "%s" => path.as_os_str().to_owned(),
                    w => w.into(),
                })
                .collect();
            if !b.split_whitespace().any(|w| w == "%s") {
                words.push(path.as_os_str().to_owned());
            }
            let mut c = Command::new(&words[0]);
            c.args(&words[1..]);
            c
        }
        None => system_opener(path),
    };
    let program = command.get_program().to_string_lossy().into_owned();
    match command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
    {
        Ok(child) => Ok((child, program)),
        Err(e) => Err((program, e.to_string())),
    }
}

fn system_opener(path: &Path) -> Command {
    if cfg!(target_os = "macos") {
        let mut c = Command::new("open");
        c.arg(path);
        c
    } else if cfg!(windows) {
        let mut c = Command::new("cmd");
        c.args(["/C", "start", ""]).arg(path);
        c
    } else {
        let mut c = Command::new("xdg-open");
        c.arg(path);
        c
    }
}
