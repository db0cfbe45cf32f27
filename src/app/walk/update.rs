//! The walk screen's handlers: its keys split by what they do (moving, scoring, the room's
//! session, the checklist, leaving for another screen), and the prompts and confirmations
//! they open.

use crate::app::editor::Editor;
use crate::app::layout;
use crate::app::msg::{Cmd, Effect};
use crate::app::notice::Notice;
use crate::app::state::{App, ConfirmFor, Modal, PromptFor};
use crate::app::walk::score::Scoring;
use crate::i18n::ui::T;
use crate::model::edit::Field;

impl App {
    /// A key on the walk screen: refused while read-only when it would change the audit, and
    /// while a name filter hides the selection when it acts on the selection.
    pub(in crate::app) fn walk_command(&mut self, cmd: Cmd) -> Vec<Effect> {
        if self.refuse_read_only(cmd) {
            return Vec::new();
        }
        let Some(w) = self.walk.as_mut() else {
            return Vec::new();
        };
        if !matches!(cmd, Cmd::Score(_) | Cmd::Help) {
            w.finished = false;
        }
        // A name filter that keeps nothing leaves the selection off screen: nothing acts on it.
        if !w.selection_shown() && !w.filter.is_empty() && acts_on_selection(cmd) {
            self.flash = Some(Notice::Phrase(T::NoMatch));
            return Vec::new();
        }
        if self.walk_move(cmd)
            || self.walk_scoring(cmd)
            || self.walk_session(cmd)
            || self.walk_checklist(cmd)
        {
            return Vec::new();
        }
        self.walk_elsewhere(cmd)
    }

    /// Moving the cursor: scales, touchpoints, stages, participants, the card's scroll.
    fn walk_move(&mut self, cmd: Cmd) -> bool {
        let Some(w) = self.walk.as_mut() else {
            return false;
        };
        match cmd {
            Cmd::ScalePrev => w.scale_step(false),
            Cmd::ScaleNext => w.scale_step(true),
            Cmd::CardScroll(by) => self.scroll_card(by),
            Cmd::Down => drop(w.down()),
            Cmd::Up => w.up(),
            Cmd::First => w.first(),
            Cmd::Last => w.last(),
            Cmd::PrevStage => w.jump_stage(false),
            Cmd::NextStage => w.jump_stage(true),
            Cmd::NextParticipant => w.next_participant(true),
            Cmd::PrevParticipant => w.next_participant(false),
            _ => return false,
        }
        true
    }

    /// Scoring: a score, clearing it, agreed values, not-applicable, undo and redo.
    fn walk_scoring(&mut self, cmd: Cmd) -> bool {
        let Some(w) = self.walk.as_mut() else {
            return false;
        };
        match cmd {
            Cmd::Score(v) => self.score_key(v),
            Cmd::Clear if w.agreeing => drop(w.agree(None)),
            Cmd::Clear => drop(w.set_score(w.scale, None)),
            Cmd::Agree => {
                w.agreeing = !w.agreeing && w.selected().is_some();
                if w.agreeing {
                    w.scale = crate::model::Scale::Frequency;
                    self.flash = Some(Notice::Phrase(T::AgreeingOn));
                }
            }
            Cmd::NextDiscussion => {
                if !w.next_discussion() {
                    self.flash = Some(Notice::Phrase(T::NoDiscussion));
                }
            }
            Cmd::ToggleNa => {
                let done = w.toggle_na();
                self.said(done);
            }
            Cmd::CycleEvidence => drop(w.cycle_evidence()),
            Cmd::Undo => self.undo(false),
            Cmd::Redo => self.undo(true),
            _ => return false,
        }
        true
    }

    /// How a room scores together: blind scoring and its reveal, round robin.
    fn walk_session(&mut self, cmd: Cmd) -> bool {
        let Some(w) = self.walk.as_mut() else {
            return false;
        };
        match cmd {
            Cmd::ToggleBlind => {
                w.toggle_blind();
                let on = if w.blind() { T::BlindOn } else { T::BlindOff };
                self.flash = Some(Notice::Phrase(on));
            }
            Cmd::Reveal if w.blind() => w.toggle_reveal(),
            Cmd::Reveal => self.flash = Some(Notice::Phrase(T::RevealNotBlind)),
            Cmd::ToggleRoundRobin => {
                w.toggle_round_robin();
                let on = if w.round_robin() {
                    T::RoundRobinOn
                } else {
                    T::RoundRobinOff
                };
                self.flash = Some(Notice::Phrase(on));
            }
            _ => return false,
        }
        true
    }

    /// Editing the checklist in place: deleting and moving touchpoints and stages, notes.
    fn walk_checklist(&mut self, cmd: Cmd) -> bool {
        let Some(w) = self.walk.as_mut() else {
            return false;
        };
        match cmd {
            Cmd::DeleteTp => self.confirm_delete_tp(),
            Cmd::RemoveParticipant => self.confirm_remove_participant(),
            Cmd::DeleteStage => self.confirm_delete_stage(),
            Cmd::MoveTpUp => w.move_tp(false),
            Cmd::MoveTpDown => w.move_tp(true),
            Cmd::MoveStageUp => w.move_stage(false),
            Cmd::MoveStageDown => w.move_stage(true),
            Cmd::EditNotes => self.open_notes(),
            _ => return false,
        }
        true
    }

    /// Keys that lead off the walk: the analysis screens, the workshop, dialogs, home, quitting;
    /// anything else opens the prompt it needs.
    fn walk_elsewhere(&mut self, cmd: Cmd) -> Vec<Effect> {
        let Some(w) = self.walk.as_mut() else {
            return Vec::new();
        };
        match cmd {
            // The matrix and the list show every touchpoint's scores: not while blind.
            Cmd::OpenMatrix | Cmd::OpenPriority | Cmd::OpenCompare if w.blind() => {
                self.flash = Some(Notice::Phrase(T::BlindNoAnalysis));
            }
            Cmd::OpenMatrix
            | Cmd::OpenPriority
            | Cmd::EditAction
            | Cmd::Export
            | Cmd::OpenReport => {
                return self.walk_analysis_command(cmd);
            }
            Cmd::TakeOver => self.confirm_take_over(),
            Cmd::EditMeasurements => self.open_measure_form(),
            Cmd::Help => self.modal = Some(Modal::Help),
            Cmd::Filter => self.open_filter(),
            // Esc ends recording agreed values, then clears a name filter, before it leaves
            // the audit.
            Cmd::Back if w.agreeing => {
                w.agreeing = false;
                w.scale = crate::model::Scale::Frequency;
                self.flash = Some(Notice::Phrase(T::AgreeingOff));
            }
            Cmd::Back if !w.filter.is_empty() => self.set_filter(String::new()),
            Cmd::Back => return self.back_home(),
            Cmd::Quit => return self.quit(),
            Cmd::Workshop => return self.workshop_key(),
            Cmd::TogglePrevious => self.toggle_previous(),
            Cmd::OpenCompare => self.open_compare(),
            other => self.open_walk_prompt(other),
        }
        Vec::new()
    }

    /// Scores, and says so when the walk reaches its end or a digit is held there.
    pub(in crate::app) fn score_key(&mut self, value: u8) {
        let Some(w) = self.walk.as_mut() else { return };
        let done = w.score(value);
        self.said(done);
    }

    /// Says what a score or not-applicable key did, when it did not simply move on.
    pub(in crate::app) fn said(&mut self, done: Scoring) {
        let Some(w) = self.walk.as_ref() else { return };
        let message = match done {
            Scoring::Moved | Scoring::Ignored | Scoring::Passed => return,
            Scoring::AllScored => Notice::Phrase(T::AllScored),
            Scoring::HiddenKept => Notice::Phrase(T::HiddenKept),
            Scoring::Agreed => Notice::Phrase(T::AgreedDone),
            Scoring::Finished => Notice::WalkEnd(w.total_progress()),
            Scoring::Held => Notice::Phrase(T::WalkEndHeld),
            Scoring::Refused => Notice::Phrase(T::NaRefused),
        };
        self.flash = Some(message);
    }

    /// Scrolls the card by `by` rows, as far as its last row.
    pub(in crate::app) fn scroll_card(&mut self, by: i16) {
        let inner = layout::card_inner(layout::walk(layout::screen(self.size)).card);
        let (width, height) = (usize::from(inner.width), usize::from(inner.height));
        let lang = self.lang;
        let Some(w) = self.walk.as_mut() else { return };
        let len = crate::app::walk::card::rows(w, lang, (width, height)).len();
        let max = crate::app::walk::card::max_scroll(len, height);
        let step = usize::from(by.unsigned_abs());
        w.card_scroll = match by < 0 {
            true => w.card_scroll.min(max).saturating_sub(step),
            false => (w.card_scroll + step).min(max),
        };
    }

    pub(in crate::app) fn undo(&mut self, redo: bool) {
        if let Some(w) = self.walk.as_mut()
            && !w.undo(redo)
        {
            self.flash = Some(Notice::Phrase(T::Nothing));
        }
    }

    pub(in crate::app) fn confirm_delete_tp(&mut self) {
        if let Some(tp) = self.walk.as_ref().and_then(|w| w.selected()) {
            let name = tp.name.clone();
            self.modal = Some(Modal::Confirm(ConfirmFor::DeleteTp { name }));
        }
    }

    /// Asks before removing the active participant; the only one stays.
    pub(in crate::app) fn confirm_remove_participant(&mut self) {
        let Some(w) = self.walk.as_ref() else { return };
        let Some(p) = w.audit.participants.get(w.participant) else {
            return;
        };
        if w.audit.participants.len() < 2 {
            self.flash = Some(Notice::Phrase(T::LastParticipant));
            return;
        }
        let rated = w
            .audit
            .touchpoints()
            .filter(|(_, _, t)| t.rating(&p.id).is_some_and(|r| !r.is_empty()))
            .count();
        self.modal = Some(Modal::Confirm(ConfirmFor::RemoveParticipant {
            name: p.name.clone(),
            rated,
        }));
    }

    pub(in crate::app) fn confirm_delete_stage(&mut self) {
        let Some(w) = self.walk.as_ref() else { return };
        if let Some(stage) = w.audit.stages.get(w.stage) {
            self.modal = Some(Modal::Confirm(ConfirmFor::DeleteStage {
                name: stage.name.clone(),
                touchpoints: stage.touchpoints.len(),
            }));
        }
    }

    pub(in crate::app) fn open_notes(&mut self) {
        if let Some(tp) = self.walk.as_ref().and_then(|w| w.selected()) {
            self.modal = Some(Modal::Notes {
                original: tp.notes.clone(),
                editor: Editor::new(&tp.notes, true),
            });
        }
    }

    /// Opens the prompt a checklist or participant command needs, prefilled when renaming.
    pub(in crate::app) fn open_walk_prompt(&mut self, cmd: Cmd) {
        let Some(w) = self.walk.as_ref() else { return };
        let (purpose, field) = match cmd {
            Cmd::AddTp if !w.audit.stages.is_empty() => (PromptFor::AddTp, None),
            Cmd::AddStage => (PromptFor::AddStage, None),
            Cmd::AddParticipant => (PromptFor::AddParticipant, None),
            Cmd::RenameTp => (PromptFor::RenameTp, w.at().map(Field::TpName)),
            Cmd::EditDescription => (PromptFor::Description, w.at().map(Field::TpDescription)),
            Cmd::RenameStage => (PromptFor::RenameStage, Some(Field::StageName(w.stage))),
            Cmd::RenameParticipant => (
                PromptFor::RenameParticipant,
                Some(Field::ParticipantName(w.participant)),
            ),
            Cmd::EditTitle => (PromptFor::Title, Some(Field::Title)),
            _ => return,
        };
        let renaming = !matches!(
            purpose,
            PromptFor::AddTp | PromptFor::AddStage | PromptFor::AddParticipant
        );
        let current = field
            .as_ref()
            .and_then(|f| crate::model::edit::text(&w.audit, f))
            .map(str::to_string);
        if renaming && current.is_none() {
            return;
        }
        self.prompt(purpose, current.as_deref().unwrap_or(""));
    }
}

/// Commands that change or open the selected touchpoint.
fn acts_on_selection(cmd: Cmd) -> bool {
    matches!(
        cmd,
        Cmd::Score(_)
            | Cmd::Clear
            | Cmd::ToggleNa
            | Cmd::EditNotes
            | Cmd::Agree
            | Cmd::Reveal
            | Cmd::RenameTp
            | Cmd::EditDescription
            | Cmd::DeleteTp
            | Cmd::MoveTpUp
            | Cmd::MoveTpDown
            | Cmd::EditAction
            | Cmd::CycleEvidence
            | Cmd::EditMeasurements
    )
}
