//! The one channel the loop blocks on, and the sources that feed it: the terminal (a reader
//! thread), the clock (the autosave beat), signals (SIGTERM and SIGHUP; on Windows the
//! console's Ctrl+C, close and logoff), the saver thread's outcomes, and requests from other
//! parts of the program (a workshop server, say), each sent through an [`EventSender`].

use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;
use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::app::Msg;

/// How often the clock beats: autosave writes whatever changed since the last beat.
pub const BEAT: Duration = Duration::from_millis(200);

/// Everything the loop reacts to.
#[derive(Debug)]
pub enum Event {
    /// A key, paste, mouse or resize event from the terminal.
    Terminal(crossterm::event::Event),
    /// The terminal can no longer be read (closed window, hung-up line).
    TerminalLost(String),
    /// The clock's beat.
    Beat,
    /// SIGTERM or SIGHUP; on Windows the console's control event (Ctrl+C, close, logoff).
    Signal(i32),
    /// A save on the saver thread finished; the message reports how.
    Saved(Msg),
    /// A request from another part of the program, carried out as if the user had asked.
    Request(Request),
    /// A phone's request to the workshop server, and where its answer goes.
    Workshop(
        crate::app::workshop::Request,
        tokio::sync::oneshot::Sender<crate::app::workshop::Reply>,
    ),
    /// The phones' keys changed (a phone joined): keep them beside the audit, then answer
    /// whether that worked; the phone is told its key only once it is kept.
    WorkshopKeys(
        crate::workshop::keys::Keys,
        tokio::sync::oneshot::Sender<bool>,
    ),
}

/// What another part of the program (a workshop server, a background task) may ask the loop.
#[derive(Debug)]
pub enum Request {
    /// Apply a message to the workbench, as `update` would from a key.
    Apply(Msg),
}

/// A handle for sending into the loop's channel; clones go to other threads.
#[derive(Debug, Clone)]
pub struct EventSender(Sender<Event>);

impl EventSender {
    /// Sends an event; false once the loop has ended.
    pub fn send(&self, event: Event) -> bool {
        self.0.send(event).is_ok()
    }

    /// Asks the loop to carry out a request.
    pub fn request(&self, request: Request) -> bool {
        self.send(Event::Request(request))
    }
}

/// A new channel: the sending handle and the loop's end.
pub fn channel() -> (EventSender, Receiver<Event>) {
    let (tx, rx) = mpsc::channel();
    (EventSender(tx), rx)
}

/// Reads the terminal on a thread of its own. crossterm reads `/dev/tty` (its `use-dev-tty`
/// feature), so a closed terminal gives an error or end of file rather than blocking for ever:
/// the thread then reports the loss once and ends, so nothing spins.
pub fn spawn_terminal_reader(tx: EventSender) -> std::io::Result<()> {
    thread::Builder::new()
        .name("terminal".into())
        .spawn(move || {
            loop {
                match crossterm::event::read() {
                    Ok(ev) => {
                        if !tx.send(Event::Terminal(ev)) {
                            return;
                        }
                    }
                    Err(e) => {
                        tx.send(Event::TerminalLost(e.to_string()));
                        return;
                    }
                }
            }
        })
        .map(drop)
}

/// The key a character typed with AltGr stands for. Windows reports `@`, `[`, `{`, `€` and the
/// like, typed with AltGr on many European keyboards, as that character with Ctrl and Alt held
/// (Windows treats Ctrl+Alt as AltGr); no command is bound to Ctrl+Alt, so such a key is the
/// character itself, for commands and text alike.
pub fn typed_with_altgr(mut key: KeyEvent) -> KeyEvent {
    let altgr = KeyModifiers::CONTROL | KeyModifiers::ALT;
    if matches!(key.code, KeyCode::Char(_)) && key.modifiers.contains(altgr) {
        key.modifiers -= altgr;
    }
    key
}

/// Ctrl+C, which a terminal in raw mode delivers as a key rather than as an interrupt (SIGINT,
/// or the Windows console's Ctrl+C event): it ends the workbench with a save, as SIGTERM does.
pub fn is_interrupt(key: &KeyEvent) -> bool {
    key.code == KeyCode::Char('c') && key.modifiers == KeyModifiers::CONTROL
}

/// Beats the clock until the loop ends.
pub fn spawn_clock(tx: EventSender) -> std::io::Result<()> {
    thread::Builder::new()
        .name("clock".into())
        .spawn(move || {
            while tx.send(Event::Beat) {
                thread::sleep(BEAT);
            }
        })
        .map(drop)
}

/// Forwards SIGTERM and SIGHUP into the channel.
#[cfg(unix)]
pub fn spawn_signals(tx: EventSender) -> std::io::Result<()> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])?;
    thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            for signal in signals.forever() {
                if !tx.send(Event::Signal(signal)) {
                    return;
                }
            }
        })
        .map(drop)
}

/// Forwards the console's requests to end into the channel: Ctrl+C and Ctrl+Break (when the
/// console is not in raw mode, which reads them as keys), a closed console window, logoff and
/// shutdown.
#[cfg(windows)]
pub fn spawn_signals(tx: EventSender) -> std::io::Result<()> {
    super::console_ctrl::install(tx)
}
