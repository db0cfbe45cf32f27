//! Leaving the open audit (for home, or for another audit): it is saved first, and when the
//! save fails nothing replaces it until the user has said so. Pure: disk work is an effect.

use std::path::PathBuf;

use crate::app::msg::{Cmd, Effect};
use crate::app::notice::{Failure, Notice};
use crate::app::state::{App, Leave, Modal, Screen};

impl App {
    /// Leaves the open audit for `then`, saving it first when it has changes not on disk.
    pub(in crate::app) fn leave_walk(&mut self, then: Leave) -> Vec<Effect> {
        let unsaved = self
            .walk
            .as_ref()
            .is_some_and(|w| w.dirty && w.read_only.is_none());
        if !unsaved {
            return self.go(then);
        }
        // The save's outcome decides: `saved_while_leaving` carries on or asks.
        self.leaving = Some(then);
        vec![Effect::Save]
    }

    fn go(&mut self, then: Leave) -> Vec<Effect> {
        match then {
            Leave::Home => {
                self.screen = Screen::Home;
                vec![Effect::List]
            }
            Leave::Replace(effects) => effects,
        }
    }

    /// A save's outcome while leaving: carry on once the audit is on disk, else ask. Changes
    /// made while the save ran are saved first.
    pub(in crate::app) fn saved_while_leaving(
        &mut self,
        result: &Result<(), Failure>,
    ) -> Vec<Effect> {
        let Some(then) = self.leaving.take() else {
            return Vec::new();
        };
        match result {
            Ok(()) if self.walk.as_ref().is_some_and(|w| w.dirty) => {
                self.leaving = Some(then);
                vec![Effect::Save]
            }
            Ok(()) => self.go(then),
            Err(error) => {
                self.modal = Some(Modal::Unsaved {
                    error: error.clone(),
                    then,
                });
                Vec::new()
            }
        }
    }

    /// Keys of the unsaved-changes dialog: staying is the default, leaving writes a copy first.
    pub(in crate::app) fn unsaved_dialog(
        &mut self,
        error: Failure,
        then: Leave,
        cmd: Cmd,
    ) -> Vec<Effect> {
        match cmd {
            Cmd::Stay => Vec::new(),
            Cmd::LeaveAnyway => {
                // The copy is written while the audit is still the open one.
                let mut effects = vec![Effect::Abandon];
                effects.extend(self.go(then));
                effects
            }
            _ => {
                self.modal = Some(Modal::Unsaved { error, then });
                Vec::new()
            }
        }
    }

    /// The audit was closed unsaved: say where its emergency copy is, or that there is none.
    pub(in crate::app) fn abandoned(&mut self, copy: Result<PathBuf, Vec<Failure>>) -> Vec<Effect> {
        self.walk = None;
        // An alert, not a flash: opening the next audit clears flashes, and this must be read.
        self.alert = Some(Notice::Abandoned(copy));
        Vec::new()
    }
}
