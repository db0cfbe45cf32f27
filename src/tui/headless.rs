//! The workbench without a terminal: the state and a runtime that saves inline, driven by
//! messages. Tests and benches use it to run keys and effects exactly as the loop does.

use std::ops::{Deref, DerefMut};

use super::runtime::Runtime;
use crate::app::{App, Effect, Msg};

/// An app and its runtime. It derefs to the app, so tests read and change the state directly.
#[derive(Debug)]
pub struct Workbench {
    pub app: App,
    pub rt: Runtime,
}

impl Workbench {
    pub fn new(app: App) -> Workbench {
        Workbench {
            app,
            rt: Runtime::inline(),
        }
    }

    /// Runs a message through `update` and carries out its effects, as the loop does.
    pub fn dispatch(&mut self, msg: Msg) {
        self.rt.dispatch(&mut self.app, msg);
    }

    /// Carries out effects, feeding their outcomes back in.
    pub fn run(&mut self, effects: Vec<Effect>) {
        self.rt.run_effects(&mut self.app, effects);
    }

    /// Performs one effect and returns its outcome without feeding it back.
    pub fn perform(&mut self, effect: &Effect) -> Option<Msg> {
        self.rt.perform(&self.app, effect)
    }
}

impl Deref for Workbench {
    type Target = App;

    fn deref(&self) -> &App {
        &self.app
    }
}

impl DerefMut for Workbench {
    fn deref_mut(&mut self) -> &mut App {
        &mut self.app
    }
}
