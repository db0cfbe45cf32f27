//! The audit cycle in the workbench: the previous audit arriving, last time's scores on the
//! card and their key.

use std::path::PathBuf;

use crate::app::compare::previous::Previous;
use crate::app::layout;
use crate::app::msg::{Cmd, Effect};
use crate::app::notice::{Failure, Notice};
use crate::app::state::{App, Screen};
use crate::i18n::ui::T;
use crate::model::Audit;

impl App {
    /// The previous audit of the audit at `path` was read; kept if that audit is still open.
    /// One that cannot be read is a quiet note: the audit works without it.
    pub(in crate::app) fn previous_loaded(
        &mut self,
        path: PathBuf,
        result: Result<(String, Box<Audit>), Failure>,
        earlier: Vec<(String, Audit)>,
    ) -> Vec<Effect> {
        let Some(w) = self.walk.as_mut().filter(|w| w.path == path) else {
            return Vec::new();
        };
        match result {
            Ok((name, audit)) => {
                let mut p = Previous::new(name, *audit, &w.audit, &w.ranking);
                p.set_earlier(earlier, &w.audit, &w.ranking);
                w.previous = Some(p);
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
    pub(in crate::app) fn compare_follow(&mut self) {
        if let Some(w) = self.walk.as_mut()
            && let Some(p) = w.previous.as_mut()
        {
            p.refresh(&w.audit, &w.ranking, w.edits);
        }
    }

    /// Opens the compare view of the open audit against the one it follows.
    pub(in crate::app) fn open_compare(&mut self) {
        let Some(w) = self.walk.as_mut() else { return };
        let said = match (&w.previous, &w.audit.previous) {
            (Some(_), _) => {
                w.compare_nav = Default::default();
                self.screen = Screen::Compare;
                return;
            }
            (None, Some(_)) => T::PreviousNotFound,
            (None, None) => T::NoPrevious,
        };
        self.flash = Some(Notice::Phrase(said));
    }

    pub(in crate::app) fn compare_command(&mut self, cmd: Cmd) -> Vec<Effect> {
        let Some(w) = self.walk.as_mut() else {
            return Vec::new();
        };
        let Some(p) = w.previous.as_ref() else {
            self.screen = Screen::Walk;
            return Vec::new();
        };
        let len = p.comparison().rows.len();
        let nav = &mut w.compare_nav;
        match cmd {
            Cmd::Down => nav.step(1, len),
            Cmd::Up => nav.step(-1, len),
            Cmd::First => nav.selected = 0,
            Cmd::Last => nav.selected = len.saturating_sub(1),
            Cmd::JumpToWalk => {
                // A touchpoint removed since has no place in the open audit.
                let row = p.comparison().rows.get(nav.selected);
                let at = row.and_then(|r| r.at.get(1).copied().flatten());
                self.jump(at);
            }
            Cmd::OpenMatrix => self.show_matrix(),
            Cmd::OpenPriority => self.show_list(),
            _ => return self.analysis_common(cmd),
        }
        Vec::new()
    }

    /// Keeps the compare view's selection on screen.
    pub(in crate::app) fn follow_compare(&mut self) {
        if self.screen != Screen::Compare {
            return;
        }
        let body = layout::analysis(layout::screen(self.size), false)[1];
        if let Some(w) = self.walk.as_mut() {
            let c = w.previous.as_ref().map(|p| p.comparison());
            let (len, done) = c.map_or((0, 0), |c| (c.rows.len(), c.done.len()));
            let (table, _) = layout::compare(body, done);
            w.compare_nav.follow(layout::compare_rows(table), len);
        }
    }

    pub(in crate::app) fn toggle_previous(&mut self) {
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
