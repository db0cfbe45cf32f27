//! Keeping the user's data safe in `update`: read-only windows, files changed on disk,
//! emergency copies. Pure: the disk work is returned as effects.

use std::path::PathBuf;

use crate::app::msg::{Cmd, Effect, OpenedAs, Opening};
use crate::app::notice::Notice;
use crate::app::notice::ReadOnly;
use crate::app::state::{App, Modal, Walk};
use crate::model::Audit;

/// Commands that change the audit: scores, notes, undo, the checklist, the participants, the
/// action plan, a kept version or a restored copy, a workshop.
macro_rules! audit_edits {
    () => {
        Cmd::Score(_)
            | Cmd::Clear
            | Cmd::ToggleNa
            | Cmd::EditNotes
            | Cmd::Undo
            | Cmd::Redo
            | Cmd::AddParticipant
            | Cmd::RenameParticipant
            | Cmd::EditTitle
            | Cmd::RemoveParticipant
            | Cmd::Agree
            | Cmd::AddTp
            | Cmd::RenameTp
            | Cmd::EditDescription
            | Cmd::DeleteTp
            | Cmd::MoveTpUp
            | Cmd::MoveTpDown
            | Cmd::AddStage
            | Cmd::RenameStage
            | Cmd::DeleteStage
            | Cmd::MoveStageUp
            | Cmd::MoveStageDown
            | Cmd::KeepMine
            | Cmd::RestoreCopy
            | Cmd::EditAction
            | Cmd::Workshop
            | Cmd::CycleEvidence
            | Cmd::EditMeasurements
    };
}

/// Walk commands that move, look or switch modes, leaving the audit as it is.
macro_rules! walk_views {
    () => {
        Cmd::TakeOver
            | Cmd::Filter
            | Cmd::FullScreen
            | Cmd::CycleTheme
            | Cmd::CloseWorkshop
            | Cmd::LetIn
            | Cmd::RemoveGhost
            | Cmd::TogglePrevious
            | Cmd::OpenCompare
            | Cmd::ScalePrev
            | Cmd::ScaleNext
            | Cmd::Down
            | Cmd::Up
            | Cmd::First
            | Cmd::Last
            | Cmd::PrevStage
            | Cmd::NextStage
            | Cmd::Help
            | Cmd::Quit
            | Cmd::Back
            | Cmd::NextParticipant
            | Cmd::PrevParticipant
            | Cmd::HelpScroll(_)
            | Cmd::CardScroll(_)
            | Cmd::ToggleBlind
            | Cmd::Reveal
            | Cmd::ToggleRoundRobin
            | Cmd::NextDiscussion
            | Cmd::FilterDiscussion
            | Cmd::CycleVariant
            | Cmd::SatisfactionSource
            | Cmd::FilterGaps
    };
}

/// Commands of the analysis screens and the action form that leave the audit as it is (the form
/// changes it only through its own saving, which is checked when it opens).
macro_rules! analysis_views {
    () => {
        Cmd::StatusNext
            | Cmd::StatusPrev
            | Cmd::OpenMatrix
            | Cmd::OpenPriority
            | Cmd::Nearest(_)
            | Cmd::NextRank
            | Cmd::PrevRank
            | Cmd::ToggleCrosshair
            | Cmd::JumpToWalk
            | Cmd::SaveForm
            | Cmd::RemoveMeasurement
            | Cmd::Export
            | Cmd::OpenReport
    };
}

/// Commands of the home screen and the dialogs, which answer a question rather than change
/// the audit.
macro_rules! home_and_dialog_keys {
    () => {
        Cmd::Open
            | Cmd::New
            | Cmd::Duplicate
            | Cmd::Delete
            | Cmd::NextField
            | Cmd::PrevField
            | Cmd::ChoicePrev
            | Cmd::ChoiceNext
            | Cmd::Submit
            | Cmd::Cancel
            | Cmd::NewLine
            | Cmd::CloseHelp
            | Cmd::ReloadDisk
            | Cmd::DiscardCopy
            | Cmd::Stay
            | Cmd::LeaveAnyway
    };
}

impl Cmd {
    /// Whether the command changes the audit (and so is refused in a read-only window).
    /// No catch-all arm: a new command must be sorted into one of the groups before it compiles.
    pub fn changes_audit(self) -> bool {
        match self {
            audit_edits!() => true,
            walk_views!() | analysis_views!() | home_and_dialog_keys!() => false,
        }
    }
}

impl App {
    /// In a read-only window, refuses a command that would change the audit, and says why.
    /// Asks before taking over a lock held on another computer; elsewhere the key does nothing.
    pub(in crate::app) fn confirm_take_over(&mut self) {
        let Some(w) = self.walk.as_ref() else { return };
        if let Some(holder) = w
            .read_only
            .as_ref()
            .and_then(|r| r.holder.clone())
            .filter(|h| h.is_elsewhere())
        {
            self.modal = Some(Modal::Confirm(crate::app::state::ConfirmFor::TakeOver {
                path: w.path.clone(),
                holder,
            }));
        }
    }

    pub(in crate::app) fn refuse_read_only(&mut self, cmd: Cmd) -> bool {
        let read_only = self.walk.as_ref().and_then(|w| w.read_only.clone());
        match read_only {
            Some(read_only) if cmd.changes_audit() => {
                self.flash = Some(Notice::ReadOnlyRefused(read_only));
                true
            }
            _ => false,
        }
    }

    /// An audit opened through its file: read-only or writer, a stale lock taken over, an
    /// emergency copy to offer.
    pub(in crate::app) fn opened_file(&mut self, opening: Opening) -> Vec<Effect> {
        let Opening {
            path,
            audit,
            access,
            recovery,
        } = opening;
        let mut walk = Walk::new(path, audit);
        let note = match access {
            OpenedAs::Reader(holder) => {
                walk.read_only = Some(ReadOnly { holder });
                None
            }
            OpenedAs::Writer { took_over } => took_over.map(Notice::TookOver),
        };
        let effects = self.opened(walk);
        self.flash = note;
        if let Some((path, audit)) = recovery {
            self.modal = Some(Modal::Recovery {
                path,
                audit: Box::new(audit),
            });
        }
        effects
    }

    /// A save found the file changed on disk: autosave stops until the user chooses.
    pub(in crate::app) fn save_conflict(&mut self, side_copy: PathBuf) -> Vec<Effect> {
        // The audit stays open until the user has chosen which version to keep.
        self.leaving = None;
        if let Some(w) = self.walk.as_mut() {
            w.conflict = Some(side_copy.clone());
        }
        self.modal = Some(Modal::Conflict { side_copy });
        Vec::new()
    }

    /// The version on disk replaces the one in memory (which is in the side copy).
    pub(in crate::app) fn reloaded(&mut self, audit: Audit) -> Vec<Effect> {
        if let Some(w) = self.walk.as_mut() {
            let (stage, tp) = (w.stage, w.tp);
            let mut fresh = Walk::with_crosshair(w.path.clone(), audit, w.ranking.mode());
            fresh.read_only = w.read_only.take();
            (fresh.stage, fresh.tp) = (stage, tp);
            fresh.clamp();
            w.keep_previous(&mut fresh);
            *w = fresh;
        }
        Vec::new()
    }

    /// Keys of the conflict and recovery dialogs; any other key leaves the dialog open.
    pub(in crate::app) fn safety_dialog(&mut self, modal: Modal, cmd: Cmd) -> Vec<Effect> {
        match (modal, cmd, self.walk.as_mut()) {
            (Modal::Conflict { side_copy }, Cmd::ReloadDisk, Some(w)) => {
                w.conflict = None;
                self.flash = Some(Notice::KeptIn(side_copy));
                vec![Effect::Reload]
            }
            (Modal::Conflict { .. }, Cmd::KeepMine, Some(w)) => {
                w.conflict = None;
                vec![Effect::Overwrite]
            }
            (Modal::Recovery { audit, .. }, Cmd::RestoreCopy, Some(w)) => {
                let mut restored = Walk::with_crosshair(w.path.clone(), *audit, w.ranking.mode());
                restored.dirty = true;
                // A save of the replaced audit still under way must not count as this one's.
                restored.edits = w.edits + 1;
                // The copy is removed only once the restored audit is safely in the file.
                restored.discard_recovery = true;
                w.keep_previous(&mut restored);
                *w = restored;
                vec![Effect::Save]
            }
            (Modal::Recovery { .. }, Cmd::DiscardCopy, _) => vec![Effect::DiscardRecovery],
            (modal, _, _) => {
                self.modal = Some(modal);
                Vec::new()
            }
        }
    }
}
