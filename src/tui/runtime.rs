//! The runtime beside the pure state: the open audit's file session, the saver, the event
//! channel, and the loop that blocks on it. Each event becomes a message for `update`; its
//! effects are carried out here and their outcomes fed back in.

use std::collections::VecDeque;
use std::sync::mpsc::Receiver;

use crossterm::event::Event as TermEvent;

use super::crash::{self, Crash};
use super::disk::Session;
use super::effects::needs_settled_session;
use super::event::{self, Event, EventSender, Request};
use super::saver::Saver;
use crate::app::{App, Effect, Msg, keymap, update};
use crate::ui::Theme;

/// The runtime's state: what the app state must not hold (files, threads, channels).
#[derive(Debug)]
pub struct Runtime {
    /// The open audit's file and lock.
    pub session: Session,
    pub(super) saver: Saver,
    /// A save handed to the saver thread and not yet reported.
    pub(super) in_flight: bool,
    /// A save asked for while one was under way (`true`: overwrite); sent when it reports.
    pub(super) pending: Option<bool>,
    events: Option<(EventSender, Receiver<Event>)>,
    /// Events that arrived while waiting for a save; handled next.
    deferred: VecDeque<Event>,
    /// Sets the app's clock before each message; `None` leaves it to the caller (tests).
    clock: Option<fn() -> jiff::Timestamp>,
    /// The workshop's server while a workshop runs (`workshop.rs`).
    pub(super) workshop: Option<super::workshop::Running>,
    /// Phones' votes waiting for the save that holds them (`workshop.rs`).
    pub(super) held: Vec<super::workshop::HeldVote>,
    /// Where the user's settings are written (the theme); `None` remembers nothing.
    pub config_dir: Option<std::path::PathBuf>,
}

/// How the loop ended.
#[derive(Debug, Default)]
pub struct Ending {
    /// Why the terminal could no longer be used, when it was lost.
    pub terminal_lost: Option<String>,
}

impl Runtime {
    /// A runtime that saves on the calling thread and has no channel: for tests and benches.
    pub fn inline() -> Runtime {
        Runtime {
            session: Session::default(),
            saver: Saver::Inline,
            in_flight: false,
            pending: None,
            events: None,
            deferred: VecDeque::new(),
            clock: None,
            workshop: None,
            held: Vec::new(),
            config_dir: None,
        }
    }

    /// A runtime with its channel and saver thread, ready for [`Runtime::run`].
    pub fn threaded() -> std::io::Result<Runtime> {
        let (tx, rx) = event::channel();
        let session = Session::default();
        let saver = Saver::spawn(session.clone(), tx.clone())?;
        Ok(Runtime {
            session,
            saver,
            in_flight: false,
            pending: None,
            events: Some((tx, rx)),
            deferred: VecDeque::new(),
            clock: Some(jiff::Timestamp::now),
            workshop: None,
            held: Vec::new(),
            config_dir: crate::store::config_dir(),
        })
    }

    /// A handle for sending events into the loop (a workshop server's requests, say).
    pub fn sender(&self) -> Option<EventSender> {
        self.events.as_ref().map(|(tx, _)| tx.clone())
    }

    /// Whether a save is under way or waiting.
    pub fn saving(&self) -> bool {
        self.in_flight || self.pending.is_some()
    }

    /// Runs a message through `update`, then its effects; true when it changed anything.
    pub fn dispatch(&mut self, app: &mut App, msg: Msg) -> bool {
        self.tick_clock(app);
        let quiet = matches!(msg, Msg::Tick);
        let effects = update(app, msg);
        let acted = !effects.is_empty();
        self.run_effects(app, effects);
        self.reconcile_workshop(app);
        !quiet || acted
    }

    /// Carries out effects in order, feeding their outcomes back through `update`.
    pub fn run_effects(&mut self, app: &mut App, effects: Vec<Effect>) {
        let mut queue: VecDeque<Effect> = effects.into();
        while let Some(effect) = queue.pop_front() {
            if effect == Effect::Quit {
                app.quitting = true;
                continue;
            }
            if needs_settled_session(&effect) {
                self.settle(app);
            }
            if let Some(msg) = self.perform(app, &effect) {
                self.votes_saved(&msg);
                let failed_save = matches!(&msg, Msg::Saved { result: Err(_), .. });
                self.tick_clock(app);
                queue.extend(update(app, msg));
                if failed_save {
                    queue.retain(|e| *e != Effect::Quit);
                    keep_open_after_failed_save(app);
                }
            }
        }
    }

    pub(super) fn tick_clock(&self, app: &mut App) {
        if let Some(now) = self.clock {
            app.now = now();
        }
    }

    /// A save's outcome from the saver thread; a save asked for meanwhile goes next.
    pub fn saved(&mut self, app: &mut App, msg: Msg) {
        self.in_flight = false;
        self.votes_saved(&msg);
        let failed = matches!(&msg, Msg::Saved { result: Err(_), .. });
        self.dispatch(app, msg);
        if failed {
            keep_open_after_failed_save(app);
        }
        if let Some(overwrite) = self.pending.take() {
            let effect = if overwrite {
                Effect::Overwrite
            } else {
                Effect::Save
            };
            self.run_effects(app, vec![effect]);
        }
    }

    /// Waits until no save is under way, handling their outcomes; other events wait their turn.
    pub fn settle(&mut self, app: &mut App) {
        while self.in_flight {
            let Some((_, rx)) = &self.events else { return };
            match rx.recv() {
                Ok(Event::Saved(msg)) => self.saved(app, msg),
                Ok(other) => self.deferred.push_back(other),
                Err(_) => return,
            }
        }
    }

    pub(super) fn next_event(&mut self) -> Option<Event> {
        if let Some(e) = self.deferred.pop_front() {
            return Some(e);
        }
        self.events.as_ref()?.1.recv().ok()
    }

    /// The loop: draw when something changed, then block for the next event. It ends once the
    /// app is quitting and no save is under way; a panic ends it with an emergency copy.
    pub fn run(
        &mut self,
        terminal: &mut ratatui::DefaultTerminal,
        app: &mut App,
    ) -> Result<Ending, Crash> {
        let mut ending = Ending::default();
        let mut redraw = true;
        loop {
            if redraw && ending.terminal_lost.is_none() {
                // The theme key may have changed the theme since the last frame.
                let theme = Theme::named(app.theme);
                let drawn = crash::guard(app, |app| {
                    terminal.draw(|f| crate::ui::view(app, &theme, f)).err()
                })?;
                if let Some(e) = drawn {
                    ending.terminal_lost = Some(e.to_string());
                    crash::guard(app, |app| self.dispatch(app, Msg::Terminate))?;
                }
                redraw = false;
            }
            if app.quitting && !self.saving() {
                return Ok(ending);
            }
            let Some(event) = self.next_event() else {
                return Ok(ending);
            };
            redraw |= crash::guard(app, |app| self.handle(app, event, &mut ending))?;
        }
    }

    /// One event; true when the screen may have changed.
    pub(super) fn handle(&mut self, app: &mut App, event: Event, ending: &mut Ending) -> bool {
        match event {
            // Once leaving, keys no longer change the audit being saved for the last time.
            Event::Terminal(_) if app.quitting => false,
            Event::Terminal(ev) => match to_msg(app, ev) {
                Some(msg) => self.dispatch(app, msg),
                None => false,
            },
            Event::TerminalLost(why) => {
                ending.terminal_lost = Some(why);
                self.dispatch(app, Msg::Terminate)
            }
            Event::Beat => self.dispatch(app, Msg::Tick),
            Event::Signal(_) => self.dispatch(app, Msg::Terminate),
            Event::Saved(msg) => {
                self.saved(app, msg);
                true
            }
            Event::Request(Request::Apply(msg)) => self.dispatch(app, msg),
            Event::Workshop(request, reply) => self.workshop_request(app, request, reply),
            Event::WorkshopKeys(keys, done) => {
                let _ = done.send(self.keep_keys(keys));
                false
            }
        }
    }
}

/// Never leave with the audit unsaved unless the user asked a second time (or a signal or a
/// lost terminal asked: they arm the quit themselves).
fn keep_open_after_failed_save(app: &mut App) {
    if !app.quit_armed {
        app.quitting = false;
    }
}

/// Turns a terminal event into a message; key releases and repeats of Windows are dropped here,
/// Windows's AltGr characters read as typed, and Ctrl+C ends the workbench with a save.
fn to_msg(app: &App, ev: TermEvent) -> Option<Msg> {
    if let Some(key) = ev.as_key_press_event() {
        if super::event::is_interrupt(&key) {
            return Some(Msg::Terminate);
        }
        return keymap::dispatch(app, super::event::typed_with_altgr(key));
    }
    match ev {
        TermEvent::Paste(text) => Some(Msg::Paste(text)),
        TermEvent::Resize(w, h) => Some(Msg::Resize(w, h)),
        TermEvent::Mouse(m) => keymap::mouse(m),
        _ => None,
    }
}
