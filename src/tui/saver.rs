//! Saving off the loop: the runtime hands a snapshot of the audit to the saver, which writes it
//! through the file session (lock held, external change checked first) and reports back as a
//! message. The loop never waits for the disk on a key; it waits only where it must, before
//! leaving an audit or the program.
//!
//! [`Saver::Inline`] writes at once and returns the outcome: tests and benches use it to run
//! the workbench without threads.

use std::sync::mpsc::{self, Sender};
use std::thread;

use super::disk::{self, SaveJob, Session};
use super::event::{Event, EventSender};
use crate::app::Msg;

/// Where saves are carried out.
#[derive(Debug)]
pub enum Saver {
    /// On the calling thread, the outcome returned straight away.
    Inline,
    /// On the saver thread, the outcome sent into the loop's channel.
    Thread(Sender<SaveJob>),
}

impl Saver {
    /// Starts the saver thread; its outcomes arrive as [`Event::Saved`].
    pub fn spawn(session: Session, events: EventSender) -> std::io::Result<Saver> {
        let (tx, rx) = mpsc::channel::<SaveJob>();
        thread::Builder::new().name("saver".into()).spawn(move || {
            yield_to_the_loop();
            while let Ok(job) = rx.recv() {
                let outcome = disk::save(&session, &job);
                // Let go of the snapshot first: a change made after the outcome arrives then
                // finds the audit's parts its own and need not copy them.
                drop(job);
                if !events.send(Event::Saved(outcome)) {
                    return;
                }
            }
        })?;
        Ok(Saver::Thread(tx))
    }

    /// Saves a snapshot: the outcome now when inline, `None` when it will come as an event.
    pub fn save(&self, session: &Session, job: SaveJob) -> Option<Msg> {
        match self {
            Saver::Inline => Some(disk::save(session, &job)),
            Saver::Thread(tx) => match tx.send(job) {
                Ok(()) => None,
                // The thread is gone (it only ends with the loop): write here rather than lose it.
                Err(mpsc::SendError(job)) => Some(disk::save(session, &job)),
            },
        }
    }
}

/// Makes the calling thread (the saver) give way to the loop. On Linux it becomes a batch
/// thread: one that never takes the processor from another the moment it wakes. A snapshot
/// handed over by the beat then waits for the frame under way (or the next free moment)
/// instead of cutting into it, on a machine whose cores are all busy. It keeps its full share
/// of the processor, so a save still lands within the beat's second. Elsewhere, and where the
/// system refuses, the thread runs as any other.
fn yield_to_the_loop() {
    #[cfg(target_os = "linux")]
    {
        let param = libc::sched_param { sched_priority: 0 };
        // SAFETY: sched_setscheduler reads `param` only during the call; pid 0 is this thread.
        // A refusal (returned as -1) leaves the thread as it was, which is safe too.
        let _ = unsafe { libc::sched_setscheduler(0, libc::SCHED_BATCH, &param) };
    }
}
