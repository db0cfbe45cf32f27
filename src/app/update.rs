//! `update`: the one place state changes. No I/O: disk work is returned as effects.

use super::editor::Editor;
use super::layout;
use super::msg::{Cmd, Effect, Msg};
use super::notice::{Failure, Notice};
use super::state::{App, Leave, Modal, PromptFor, Screen, Walk};
use crate::i18n::ui::T;

/// Applies one message to the app and returns the effects the loop must carry out.
pub fn update(app: &mut App, msg: Msg) -> Vec<Effect> {
    let effects = match msg {
        Msg::Cmd(cmd) => app.command(cmd),
        Msg::Edit(key) => app.edit_key(key),
        Msg::Paste(text) => app.paste(&text),
        Msg::Click { column, row } => app.click(column, row),
        Msg::Wheel { column, row, down } => app.wheel(column, row, down),
        Msg::Resize(w, h) => app.resize(w, h),
        Msg::Tick => app.tick(),
        Msg::Saved { upto, result } => app.saved(upto, result),
        Msg::Opened { path, audit } => app.opened(Walk::new(path, *audit)),
        Msg::Listed(entries) => app.listed(entries),
        Msg::Templates(templates) => {
            app.templates = templates;
            Vec::new()
        }
        Msg::Failed(failure) => app.tell(Notice::Failed(failure)),
        Msg::Info(notice) => app.tell(notice),
        Msg::Terminate => {
            app.quit_armed = true;
            app.leave()
        }
        // The audit file's session (see `safety.rs`).
        Msg::OpenedFile(opening) => app.opened_file(*opening),
        Msg::SaveConflict(side_copy) => app.save_conflict(side_copy),
        Msg::Reloaded(audit) => app.reloaded(*audit),
        Msg::Exported(result) => app.exported(result),
        Msg::OpenFailed { path, why } => {
            // "Opening … in the browser" is no longer true.
            app.flash = None;
            app.alert = Some(Notice::OpenFailed(path, why));
            Vec::new()
        }
        Msg::Abandoned(copy) => app.abandoned(copy),
        Msg::Workshop(request) => app.workshop_request(request),
        Msg::WorkshopServed(server) => app.workshop_served(server),
        Msg::WorkshopClaim(participant) => app.workshop_claim(participant),
        Msg::PreviousLoaded {
            path,
            result,
            earlier,
        } => app.previous_loaded(path, result, earlier),
    };
    app.workshop_follow();
    app.compare_follow();
    app.follow_compare();
    app.follow();
    app.place_marks();
    effects
}

impl App {
    fn command(&mut self, cmd: Cmd) -> Vec<Effect> {
        if self.modal.is_some() {
            return self.modal_command(cmd);
        }
        if cmd != Cmd::Quit {
            self.quit_armed = false;
        }
        self.alert = None;
        // A flash is a passing message: the next key replaces it.
        self.flash = None;
        if cmd == Cmd::CycleTheme {
            self.theme = self.theme.next();
            self.flash = Some(Notice::Theme(self.theme));
            return vec![Effect::SaveTheme(self.theme)];
        }
        match self.screen {
            Screen::Walk => self.walk_command(cmd),
            Screen::Home => self.home_command(cmd),
            Screen::Matrix => self.matrix_command(cmd),
            Screen::Priority => self.list_command(cmd),
            Screen::Workshop => self.workshop_command(cmd),
            Screen::Compare => self.compare_command(cmd),
        }
    }

    /// Starts typing the name filter, from the one in force.
    pub(super) fn open_filter(&mut self) {
        if let Some(w) = self.walk.as_ref() {
            self.modal = Some(Modal::Filter(Editor::new(&w.filter, false)));
        }
    }

    /// Sets the name filter of the walk and the list; the selection moves onto what it keeps.
    pub(super) fn set_filter(&mut self, text: String) {
        let Some(w) = self.walk.as_mut() else { return };
        if w.filter == text {
            return;
        }
        w.filter = text;
        w.refilter();
        if self.screen == Screen::Priority {
            self.follow_list();
        }
    }

    pub(super) fn prompt(&mut self, purpose: PromptFor, text: &str) {
        // A description runs to paragraphs; every other prompt asks for a name.
        let multiline = purpose == PromptFor::Description;
        self.modal = Some(Modal::Prompt {
            purpose,
            editor: Editor::new(text, multiline),
            error: None,
        });
    }

    fn resize(&mut self, w: u16, h: u16) -> Vec<Effect> {
        self.size = (w, h);
        if self.screen == Screen::Priority {
            self.follow_list();
        }
        Vec::new()
    }

    /// Autosave: whatever changed since the last beat is written now, unless the file changed
    /// on disk and the user has not yet said which version to keep.
    fn tick(&mut self) -> Vec<Effect> {
        match &self.walk {
            Some(w) if w.dirty && w.conflict.is_none() && w.read_only.is_none() => {
                vec![Effect::Save]
            }
            _ => Vec::new(),
        }
    }

    /// A save finished. Changes made after the snapshot it wrote (`upto`) keep the audit
    /// dirty, so the next beat writes them; when quitting they are written at once.
    fn saved(&mut self, upto: u64, result: Result<(), Failure>) -> Vec<Effect> {
        let mut effects = Vec::new();
        if let Some(w) = self.walk.as_mut() {
            match &result {
                Ok(()) => {
                    w.dirty = w.edits > upto;
                    if w.dirty && self.quitting && self.leaving.is_none() {
                        effects.push(Effect::Save);
                    }
                    w.saved_at = Some(self.now);
                    w.save_error = None;
                    if std::mem::take(&mut w.discard_recovery) {
                        effects.push(Effect::DiscardRecovery);
                    }
                }
                Err(e) => w.save_error = Some(e.clone()),
            }
        }
        effects.extend(self.saved_while_leaving(&result));
        effects
    }

    /// Shows the opened audit, and asks for the audit it follows, if it names one.
    pub(super) fn opened(&mut self, walk: Walk) -> Vec<Effect> {
        let load = walk.audit.previous.is_some();
        let path = walk.path.clone();
        self.walk = Some(walk);
        self.screen = Screen::Walk;
        self.modal = None;
        self.flash = None;
        match load {
            true => vec![Effect::LoadPrevious(path)],
            false => Vec::new(),
        }
    }

    fn tell(&mut self, notice: Notice) -> Vec<Effect> {
        if let Some(Modal::NewAudit(form)) = &mut self.modal {
            form.error = Some(notice);
        } else {
            self.flash = Some(notice);
        }
        Vec::new()
    }

    /// Quits after saving; a failed save keeps the program open until `q` is pressed again.
    pub(super) fn quit(&mut self) -> Vec<Effect> {
        let unsaved = self.walk.as_ref().is_some_and(|w| w.save_error.is_some());
        if unsaved && !self.quit_armed {
            self.quit_armed = true;
            self.flash = Some(Notice::Phrase(T::QuitAnyway));
            return vec![Effect::Save];
        }
        self.leave()
    }

    fn leave(&mut self) -> Vec<Effect> {
        self.quitting = true;
        match &self.walk {
            Some(w) if w.dirty => vec![Effect::Save, Effect::Quit],
            _ => vec![Effect::Quit],
        }
    }

    pub(super) fn back_home(&mut self) -> Vec<Effect> {
        self.leave_walk(Leave::Home)
    }

    fn click(&mut self, column: u16, row: u16) -> Vec<Effect> {
        if self.modal.is_none() && self.screen == Screen::Priority {
            self.list_click(column, row);
            return Vec::new();
        }
        if self.modal.is_none() && self.screen == Screen::Matrix {
            self.matrix_click(column, row);
            return Vec::new();
        }
        if self.modal.is_some() || self.screen != Screen::Walk {
            return Vec::new();
        }
        let area = layout::screen(self.size);
        let lang = self.lang;
        let Some(w) = self.walk.as_mut() else {
            return Vec::new();
        };
        let areas = layout::walk(area);
        if let Some(stage) = areas.stages.and_then(|r| stage_hit(w, r, (column, row))) {
            w.go_stage(stage);
            w.finished = false;
        } else if let Some(tp) =
            layout::table_hit(areas.table, w.scroll, column, row).and_then(|r| w.tp_on_row(r))
        {
            w.go((w.stage, tp));
            w.finished = false;
        } else if w.read_only.is_none()
            && w.selection_shown()
            && let Some((scale, v)) = card_hit(w, lang, areas.card, (column, row))
        {
            if w.selected().is_some_and(|tp| tp.not_applicable) {
                self.flash = Some(Notice::Phrase(T::NaRefused));
                return Vec::new();
            }
            w.scale = scale;
            w.set_score(scale, Some(v));
        }
        Vec::new()
    }

    /// The mouse wheel: it scrolls the walk's table or card, the priority list, or the help,
    /// whichever is under the pointer.
    fn wheel(&mut self, column: u16, row: u16, down: bool) -> Vec<Effect> {
        let at = ratatui::layout::Position::new(column, row);
        let lines: i16 = if down { WHEEL_LINES } else { -WHEEL_LINES };
        match (&self.modal, self.screen) {
            // A wheel turned over help that fits leaves it open (a key would close it).
            (Some(Modal::Help), _) if super::dialogs::help::max_scroll(self) > 0 => {
                return self.modal_command(Cmd::HelpScroll(lines));
            }
            (Some(_), _) => {}
            (None, Screen::Walk) => {
                let areas = layout::walk(layout::screen(self.size));
                if areas.card.contains(at) {
                    self.scroll_card(lines);
                } else if areas.table.contains(at)
                    && let Some(w) = self.walk.as_mut()
                {
                    w.scroll_table(isize::from(lines), layout::table_rows(areas.table));
                }
            }
            (None, Screen::Priority) => {
                let full = self.full_screen;
                let body = layout::analysis(layout::screen(self.size), full)[1];
                if layout::list(body, full).0.contains(at) {
                    self.scroll_list(isize::from(lines), layout::list_rows(body, full));
                }
            }
            (None, _) => {}
        }
        Vec::new()
    }

    /// Keeps the selected row inside the table's visible rows.
    fn follow(&mut self) {
        let rows = layout::table_rows(layout::walk(layout::screen(self.size)).table);
        if let Some(w) = self.walk.as_mut() {
            w.follow(rows);
        }
    }
}

/// Rows one notch of the mouse wheel scrolls.
const WHEEL_LINES: i16 = 3;

/// The stage under a click on the stage list, if any.
fn stage_hit(w: &Walk, stages: ratatui::layout::Rect, (column, row): (u16, u16)) -> Option<usize> {
    let inner = stages.inner(ratatui::layout::Margin::new(1, 1));
    if !inner.contains(ratatui::layout::Position::new(column, row)) {
        return None;
    }
    let (width, rows) = (usize::from(inner.width), usize::from(inner.height));
    w.stage_on_row(width, rows, usize::from(row - inner.y))
}

/// The score under a click on the card, if the click is on a value row.
fn card_hit(
    w: &Walk,
    lang: crate::model::Lang,
    card: ratatui::layout::Rect,
    (column, row): (u16, u16),
) -> Option<(crate::model::Scale, u8)> {
    let inner = layout::card_inner(card);
    if !inner.contains(ratatui::layout::Position::new(column, row)) {
        return None;
    }
    let size = (usize::from(inner.width), usize::from(inner.height));
    let rows = super::walk::card::rows(w, lang, size);
    super::walk::card::hit(
        &super::walk::card::window(rows, lang, size.1, w.card_scroll),
        usize::from(row - inner.y),
    )
}
