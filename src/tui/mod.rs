//! The runtime: terminal set-up, the event loop on one channel (terminal, clock, signals,
//! saves, requests), carrying out effects through `store`, the saver thread and the crash
//! guard. The state and `update` live in `app`, the drawing in `ui`.

#[cfg(windows)]
mod console_ctrl;
pub mod crash;
pub mod disk;
mod effects;
pub mod event;
pub mod export;
pub mod headless;
pub mod runtime;
pub mod saver;
mod workshop;

use std::path::PathBuf;

use crossterm::event::EnableMouseCapture;
use crossterm::event::{DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste};
use crossterm::execute;

pub use headless::Workbench;
pub use runtime::Runtime;

use crate::app::{App, Effect, Msg};
use crate::model::Lang;
use crate::store::DataDir;
use crate::store::config::ThemeName;

/// What the TUI starts with.
#[derive(Debug, Clone)]
pub struct Options {
    pub data: DataDir,
    pub lang: Lang,
    /// An audit file to open straight away (`tpaudit open AUDIT`), else the home screen.
    pub open: Option<PathBuf>,
    /// Start a workshop on the opened audit (`tpaudit workshop AUDIT`).
    pub workshop: Option<crate::app::workshop::Settings>,
    /// The colours to start with (the theme key changes them while it runs).
    pub theme: ThemeName,
    /// Why the settings file could not be used, said on the first screen.
    pub config_error: Option<crate::app::Failure>,
}

/// The workbench was started where there is no terminal (a script, a pipe, a service).
#[derive(Debug, thiserror::Error)]
#[error(
    "the workbench needs a terminal, and none could be opened ({0}); run it in a terminal \
     window, or use the commands that need none: `tpaudit report`, `list`, `check`, \
     `compare`, `combine`, `merge`"
)]
pub struct NoTerminal(std::io::Error);

/// Runs the TUI until the user quits.
pub fn run(opts: Options) -> color_eyre::Result<()> {
    crate::store::atomic::mark_process_start();
    let mut rt = Runtime::threaded()?;
    if let Some(tx) = rt.sender() {
        event::spawn_signals(tx.clone())?;
        event::spawn_clock(tx.clone())?;
        event::spawn_terminal_reader(tx)?;
    }
    // The terminal first: without one, nothing is opened or locked.
    let mut terminal = ratatui::try_init().map_err(NoTerminal)?;
    restore_modes_on_panic();
    let mut app = start(&opts, &mut rt);
    execute!(std::io::stdout(), EnableBracketedPaste, EnableMouseCapture)?;
    let result = rt.run(&mut terminal, &mut app);
    let _ = execute!(
        std::io::stdout(),
        DisableBracketedPaste,
        DisableMouseCapture
    );
    ratatui::restore();
    // Quitting anyway after a failed save still leaves the work somewhere: say where.
    if let Some(note) = emergency_copy_if_unsaved(&app, &rt) {
        eprintln!("{note}");
    }
    // The saver thread shares the session: let the file go here, so its lock file is removed
    // before the process ends.
    rt.session.replace(None);
    match result {
        Ok(ending) => match ending.terminal_lost {
            Some(why) => Err(color_eyre::eyre::eyre!(why)),
            None => Ok(()),
        },
        Err(crash) => Err(color_eyre::eyre::eyre!(crash.report(app.lang))),
    }
}

/// Writes an emergency copy of an audit whose last changes never reached its file.
fn emergency_copy_if_unsaved(app: &App, rt: &Runtime) -> Option<String> {
    let w = app.walk.as_ref()?;
    if !w.dirty || w.read_only.is_some() {
        return None;
    }
    match disk::abandon(app, &rt.session)? {
        Msg::Abandoned(copy) => {
            let notice = crate::app::Notice::Abandoned(copy);
            Some(crate::ui::notice::text(app.lang, &notice))
        }
        _ => None,
    }
}

/// `ratatui::init` restores the screen on panic; mouse capture and paste mode need undoing too,
/// or the user's shell is left receiving mouse escape codes.
fn restore_modes_on_panic() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(
            std::io::stdout(),
            DisableBracketedPaste,
            DisableMouseCapture
        );
        previous(info);
    }));
}

/// The app before the first frame: the audit opened if asked, else the audits listed. Only
/// what the first screen shows is read: templates wait for the new-audit form, the list for
/// the home screen.
fn start(opts: &Options, rt: &mut Runtime) -> App {
    let mut app = App::new(
        opts.lang,
        opts.data.clone(),
        Vec::new(),
        jiff::Timestamp::now(),
    );
    app.tz = crate::store::zone::local_zone();
    // Reports go where the user started tpaudit, not into the hidden data folder.
    app.export_dir = std::env::current_dir().ok();
    app.theme = opts.theme;
    if let Ok((w, h)) = crossterm::terminal::size() {
        app.size = (w, h);
    }
    match &opts.open {
        Some(path) => {
            rt.run_effects(&mut app, vec![Effect::Open(path.clone())]);
            // An audit that could not be opened leaves the user on the home screen: list it.
            if app.walk.is_none() {
                rt.run_effects(&mut app, vec![Effect::List]);
            }
        }
        None => rt.run_effects(&mut app, vec![Effect::List]),
    }
    if let Some(failure) = &opts.config_error {
        app.alert = Some(crate::app::Notice::ConfigFailed(failure.clone()));
    }
    if let Some(settings) = opts.workshop {
        app.workshop_settings = settings;
        app.start_workshop(settings, false);
        rt.reconcile_workshop(&mut app);
    }
    app
}
