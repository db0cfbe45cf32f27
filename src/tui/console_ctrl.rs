//! Windows: the console's requests to end the program, fed into the loop's one channel.
//!
//! Windows calls the handler on a thread of its own. For Ctrl+C and Ctrl+Break the handler
//! answers at once and the loop ends the workbench with a save, as SIGTERM does on Unix. For a
//! closed console window, logoff and shutdown Windows ends the process as soon as the handler
//! returns, so the handler waits instead: the process ends when the loop has saved and `run`
//! has returned, or when Windows's own time limit (about five seconds) runs out.

use std::sync::OnceLock;
use std::time::Duration;

use windows_sys::Win32::System::Console::{
    CTRL_BREAK_EVENT, CTRL_C_EVENT, CTRL_CLOSE_EVENT, CTRL_LOGOFF_EVENT, CTRL_SHUTDOWN_EVENT,
    SetConsoleCtrlHandler,
};
use windows_sys::core::BOOL;

use super::event::{Event, EventSender};

static SENDER: OnceLock<EventSender> = OnceLock::new();

/// Longer than any limit Windows gives a closing console: the wait ends with the process.
const WAIT_FOR_THE_SAVE: Duration = Duration::from_secs(60);

/// Installs the handler; the events it receives go to `tx`.
pub fn install(tx: EventSender) -> std::io::Result<()> {
    if SENDER.set(tx).is_err() {
        return Ok(());
    }
    // SAFETY: `handler` is a plain function that lives as long as the program.
    if unsafe { SetConsoleCtrlHandler(Some(handler), 1) } == 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(())
}

unsafe extern "system" fn handler(ctrl: u32) -> BOOL {
    let ends_process = match ctrl {
        CTRL_C_EVENT | CTRL_BREAK_EVENT => false,
        CTRL_CLOSE_EVENT | CTRL_LOGOFF_EVENT | CTRL_SHUTDOWN_EVENT => true,
        _ => return 0,
    };
    let delivered = SENDER
        .get()
        .is_some_and(|tx| tx.send(Event::Signal(ctrl as i32)));
    // With the loop gone, Windows's default handling ends the process.
    if !delivered {
        return 0;
    }
    if ends_process {
        std::thread::sleep(WAIT_FOR_THE_SAVE);
    }
    1
}
