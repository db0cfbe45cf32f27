//! The terminal workbench: app loop, messages, pure update, keymaps, effects.

pub mod action;
mod analysis;
pub mod app;
mod checklist;
pub mod crash;
pub mod disk;
pub mod editor;
pub mod effects;
mod export;
mod home;
pub mod keymap;
mod keymap_analysis;
mod leave;
mod modal;
pub mod msg;
mod safety;
pub mod update;
mod walk;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use crossterm::event::{self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste};
use crossterm::event::{EnableMouseCapture, Event, MouseButton, MouseEventKind};
use crossterm::execute;

pub use app::App;
pub use msg::{Cmd, Effect, Msg};
pub use update::update;

use crate::model::Lang;
use crate::store::DataDir;

/// How long the loop waits for input before it checks signals and autosave.
const POLL: Duration = Duration::from_millis(200);

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
    // An install error only means a hook is already set (e.g. by the binary's edge).
    let _ = color_eyre::install();
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut app = start(&opts);
    let mut terminal = ratatui::init();
    restore_modes_on_panic();
    execute!(std::io::stdout(), EnableBracketedPaste, EnableMouseCapture)?;
    let result = event_loop(&mut terminal, &mut app, &stop);
    // The terminal can fail under the loop (closed window, hung-up line): save before leaving.
    if matches!(result, Ok(Err(_))) {
        dispatch(&mut app, Msg::Terminate);
    }
    let _ = execute!(
        std::io::stdout(),
        DisableBracketedPaste,
        DisableMouseCapture
    );
    ratatui::restore();
    // Quitting anyway after a failed save still leaves the work somewhere: say where.
    if let Some(note) = emergency_copy_if_unsaved(&app) {
        eprintln!("{note}");
    }
    match result {
        Ok(r) => r,
        Err(crash) => Err(color_eyre::eyre::eyre!(crash.report(app.lang))),
    }
}

/// Writes an emergency copy of an audit whose last changes never reached its file.
fn emergency_copy_if_unsaved(app: &App) -> Option<String> {
    let w = app.walk.as_ref()?;
    if !w.dirty || w.read_only.is_some() {
        return None;
    }
    match disk::abandon(app)? {
        Msg::Abandoned(copy) => Some(crate::i18n::safety::abandoned(
            app.lang,
            copy.as_ref().map(PathBuf::as_path).map_err(String::as_str),
        )),
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

/// The app before the first frame: templates loaded, audits listed, the audit opened if asked.
fn start(opts: &Options) -> App {
    let user_templates =
        crate::store::config_dir().map(|c| crate::store::templates::user_templates_dir(&c));
    let (available, _) = crate::store::templates::available(user_templates.as_deref());
    let templates = available.into_iter().map(|a| a.template).collect();
    let mut app = App::new(
        opts.lang,
        opts.data.clone(),
        templates,
        jiff::Timestamp::now(),
    );
    app.tz = jiff::tz::TimeZone::system();
    if let Ok((w, h)) = crossterm::terminal::size() {
        app.size = (w, h);
    }
    let mut first = vec![Effect::List];
    if let Some(path) = &opts.open {
        first.push(Effect::Open(path.clone()));
    }
    run_effects(&mut app, first);
    app
}

/// Runs the loop; a panic in a step ends it with the audit kept as an emergency copy.
fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    stop: &AtomicBool,
) -> Result<color_eyre::Result<()>, crash::Crash> {
    let mut last_tick = Instant::now();
    while !app.quitting {
        let stepped = crash::guard(app, |app| step(terminal, app, stop, &mut last_tick))?;
        if let Err(e) = stepped {
            return Ok(Err(e));
        }
    }
    Ok(Ok(()))
}

/// One turn of the loop: draw, then at most one input and one clock beat.
fn step(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    stop: &AtomicBool,
    last_tick: &mut Instant,
) -> color_eyre::Result<()> {
    terminal.draw(|f| crate::ui::view(app, f))?;
    if stop.load(Ordering::Relaxed) {
        dispatch(app, Msg::Terminate);
        app.quitting = true;
        return Ok(());
    }
    if event::poll(POLL)?
        && let Some(msg) = to_msg(app, event::read()?)
    {
        dispatch(app, msg);
    }
    if last_tick.elapsed() >= POLL {
        *last_tick = Instant::now();
        dispatch(app, Msg::Tick);
    }
    Ok(())
}

/// Turns a terminal event into a message; key releases and repeats of Windows are dropped here.
fn to_msg(app: &App, ev: Event) -> Option<Msg> {
    if let Some(key) = ev.as_key_press_event() {
        return keymap::dispatch(app, key);
    }
    match ev {
        Event::Paste(text) => Some(Msg::Paste(text)),
        Event::Resize(w, h) => Some(Msg::Resize(w, h)),
        Event::Mouse(m) if m.kind == MouseEventKind::Down(MouseButton::Left) => Some(Msg::Click {
            column: m.column,
            row: m.row,
        }),
        _ => None,
    }
}

/// Runs a message through `update`, then its effects, feeding their outcomes back in.
pub fn dispatch(app: &mut App, msg: Msg) {
    app.now = jiff::Timestamp::now();
    let effects = update(app, msg);
    run_effects(app, effects);
}

fn run_effects(app: &mut App, effects: Vec<Effect>) {
    let mut queue: std::collections::VecDeque<Effect> = effects.into();
    while let Some(effect) = queue.pop_front() {
        if effect == Effect::Quit {
            app.quitting = true;
            continue;
        }
        if let Some(msg) = effects::perform(app, &effect) {
            app.now = jiff::Timestamp::now();
            let failed_save = matches!(&msg, Msg::Saved(Err(_)));
            queue.extend(update(app, msg));
            // Never leave with the audit unsaved unless the user asked a second time.
            if failed_save && !app.quit_armed {
                queue.retain(|e| *e != Effect::Quit);
                app.quitting = false;
            }
        }
    }
}
