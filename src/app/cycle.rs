//! The audit cycle in the workbench: the previous audit arriving, last time's scores on the
//! card and their key.

use std::path::PathBuf;

use super::msg::Effect;
use super::notice::{Failure, Notice};
use super::previous::Previous;
use super::state::App;
use crate::i18n::ui::T;
use crate::model::Audit;

impl App {
    /// The previous audit of the audit at `path` was read; kept if that audit is still open.
    /// One that cannot be read is a quiet note: the audit works without it.
    pub(super) fn previous_loaded(
        &mut self,
        path: PathBuf,
        result: Result<(String, Box<Audit>), Failure>,
    ) -> Vec<Effect> {
        let Some(w) = self.walk.as_mut().filter(|w| w.path == path) else {
            return Vec::new();
        };
        match result {
            Ok((name, audit)) => {
                w.previous = Some(Previous::new(name, *audit, &w.audit, &w.ranking))
            }
            Err(failure) => {
                let name = w.audit.previous.clone().unwrap_or_default();
                if self.flash.is_none() {
                    self.flash = Some(Notice::PreviousUnreadable(name, failure));
                }
            }
        }
        Vec::new()
    }

    /// Compares the open audit with its previous one again once its ranking changed.
    pub(super) fn compare_follow(&mut self) {
        if let Some(w) = self.walk.as_mut()
            && let Some(p) = w.previous.as_mut()
        {
            p.refresh(&w.audit, &w.ranking);
        }
    }

    pub(super) fn toggle_previous(&mut self) {
        let Some(w) = self.walk.as_mut() else { return };
        if w.previous.is_none() {
            self.flash = Some(Notice::Phrase(T::NoPrevious));
            return;
        }
        w.show_previous = !w.show_previous;
        let said = match w.show_previous {
            true => T::PreviousShown,
            false => T::PreviousHidden,
        };
        self.flash = Some(Notice::Phrase(said));
    }
}
