//! The state of the workbench: which screen, the open audit, dialogs. Plain data that clones
//! freely: the open file and its lock belong to the runtime (`tui`), not to the state.

use std::path::PathBuf;

use jiff::Timestamp;
use jiff::tz::TimeZone;

use super::analysis::list_nav::PriorityState;
use super::analysis::matrix_nav::{MarkCache, MatrixState};
use super::dialogs::action::ActionForm;
use super::editor::Editor;
pub use super::home::state::bundled_examples;
use super::home::state::{Example, Home};
use super::msg::Effect;
use super::notice::{Failure, Notice, ReadOnly};
use super::ranking::RankCache;
use crate::model::edit::Op;
use crate::model::{Audit, CrosshairMode, Lang, Progress, Scale, Template, score};
use crate::store::DataDir;
use crate::store::lock::Holder;

/// Which screen is showing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Home,
    Walk,
    // The analysis screens of the open audit.
    /// The importance–performance matrix.
    Matrix,
    /// The ranked priority list.
    Priority,
    /// The projector's view of a running workshop (`workshop.rs`).
    Workshop,
    /// The open audit compared with the one it follows (`cycle.rs`).
    Compare,
}

/// What a one-line prompt is asking for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PromptFor {
    AddTp,
    RenameTp,
    Description,
    AddStage,
    RenameStage,
    AddParticipant,
    RenameParticipant,
    Title,
    /// The folder `E` writes the reports to.
    ExportTo,
    Duplicate {
        from: PathBuf,
    },
}

/// What a yes/no dialog would do, with what the question names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfirmFor {
    DeleteTp {
        name: String,
    },
    DeleteStage {
        name: String,
        touchpoints: usize,
    },
    DeleteAudit {
        path: PathBuf,
        name: String,
    },
    /// Removing a participant with the touchpoints they rated.
    RemoveParticipant {
        name: String,
        rated: usize,
    },
    TakeOver {
        path: PathBuf,
        holder: Holder,
    },
}

/// The fields of the new-audit form, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormField {
    Name,
    Client,
    Template,
    Lang,
}

/// The new-audit form.
#[derive(Debug, Clone, PartialEq)]
pub struct NewForm {
    pub name: Editor,
    pub client: Editor,
    /// The start: an index into the templates, or past them into `audits` (a re-audit).
    pub template: usize,
    /// The audits a new audit can follow ("start from a previous audit"), by file name.
    pub audits: Vec<String>,
    pub lang: Lang,
    pub field: FormField,
    pub error: Option<Notice>,
}

/// A dialog over the screen; it takes the keys while open.
#[derive(Debug, Clone, PartialEq)]
pub enum Modal {
    Help,
    Prompt {
        purpose: PromptFor,
        editor: Editor,
        error: Option<Notice>,
    },
    Confirm(ConfirmFor),
    /// Notes are written into the audit as they are typed; `original` is what undo restores.
    Notes {
        original: String,
        editor: Editor,
    },
    NewAudit(NewForm),
    // Safety dialogs: they wait for the user's decision and take every key until then.
    /// The file changed on disk; the audit in memory went to `side_copy`.
    Conflict {
        side_copy: PathBuf,
    },
    /// An emergency copy from a crash was found on open.
    Recovery {
        path: PathBuf,
        audit: Box<Audit>,
    },
    /// The action plan of a touchpoint.
    Action(Box<ActionForm>),
    /// The measurements of a touchpoint: add, change, remove one.
    Measure(Box<crate::app::dialogs::measure::MeasureForm>),
    /// Typing the name filter of the walk and the priority list; the walk's filter follows the
    /// text as it is typed.
    Filter(Editor),
    /// Leaving the open audit, whose save failed with `error`: stay, or leave as `then` says.
    Unsaved {
        error: Failure,
        then: Leave,
    },
}

/// Where the user goes when the open audit is left (it is saved first).
#[derive(Debug, Clone, PartialEq)]
pub enum Leave {
    /// The home screen.
    Home,
    /// Another audit replaces the open one: these effects open it.
    Replace(Vec<Effect>),
}

/// One step of history: the op that reverses a change, and where the cursor was.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub op: Op,
    pub stage: usize,
    pub tp: usize,
    pub scale: Scale,
}

/// An open audit being walked through.
#[derive(Debug, Clone)]
pub struct Walk {
    pub path: PathBuf,
    pub audit: Audit,
    pub stage: usize,
    /// Index in the stage; meaningless when the stage is empty.
    pub tp: usize,
    pub scale: Scale,
    /// Index into `audit.participants`.
    pub participant: usize,
    pub undo: Vec<Step>,
    pub redo: Vec<Step>,
    /// Changes not yet on disk.
    pub dirty: bool,
    /// Counts changes; a save reports the count it wrote, so a change made while the save ran
    /// keeps the audit dirty.
    pub edits: u64,
    pub saved_at: Option<Timestamp>,
    pub save_error: Option<Failure>,
    /// Progress per stage, kept up to date so drawing never walks the whole audit.
    pub progress: Vec<Progress>,
    /// First table row shown.
    pub scroll: usize,
    /// First row of the scoring card shown.
    pub card_scroll: usize,
    // Safety state of the audit's file.
    /// Set when this window may not change the audit (another tpaudit has it open).
    pub read_only: Option<ReadOnly>,
    /// Where the audit went when the file changed on disk; autosave waits while set.
    pub conflict: Option<PathBuf>,
    /// Remove the emergency copy once the restored audit is saved.
    pub discard_recovery: bool,
    /// The ranking every screen reads, with the crosshair the user chose; brought up to date
    /// only when scores, the checklist or the crosshair change (a score moves one touchpoint).
    pub ranking: RankCache,
    // The analysis screens' selections, kept while the audit is open.
    pub matrix: MatrixState,
    /// Where the matrix marks land, kept for the plot area and ranking it was made for.
    pub marks: MarkCache,
    pub priority: PriorityState,
    /// Scoring ran past the last touchpoint: digits are held until the user moves, so a stray
    /// key cannot overwrite the last touchpoint's scores.
    pub finished: bool,
    /// Digits record what the room agreed on for the selected touchpoint (`Agreed`), not the
    /// active participant's ratings; moving ends it.
    pub agreeing: bool,
    /// The priority list shows only touchpoints that need discussion.
    pub discuss_only: bool,
    /// The priority list shows only the data gaps (`model::gaps`): what to measure first.
    pub gaps_only: bool,
    /// The variant the priority list ranks by, an index into `RankCache::variants` (0: the
    /// method's own ranking).
    pub variant: usize,
    /// The walk and the priority list show only touchpoints whose name contains this text
    /// (any case); empty shows all.
    pub filter: String,
    // The audit cycle (`previous.rs`).
    /// The audit this one follows, once read (a re-audit's previous audit).
    pub previous: Option<super::compare::previous::Previous>,
    /// The card shows last time's scores (a key hides them, so the room is not anchored).
    pub show_previous: bool,
    /// The compare view's selection.
    pub compare_nav: super::compare::previous::CompareNav,
}

impl Walk {
    /// A walk over `audit`, landing on the first touchpoint that is neither scored nor N/A.
    pub fn new(path: PathBuf, audit: Audit) -> Self {
        Walk::with_crosshair(path, audit, CrosshairMode::default())
    }

    /// A walk whose ranking uses `mode` (a reloaded audit keeps the crosshair the user chose).
    pub fn with_crosshair(path: PathBuf, audit: Audit, mode: CrosshairMode) -> Self {
        let progress = audit
            .stages
            .iter()
            .map(|s| score::progress(&s.touchpoints))
            .collect();
        let (stage, tp) = audit
            .touchpoints()
            .find(|(_, _, t)| matches!(score::status(t), score::Status::Unscored))
            .map_or((0, 0), |(s, t, _)| (s, t));
        let ranking = RankCache::new(&audit, mode);
        let mut walk = Walk {
            path,
            audit,
            stage,
            tp,
            scale: Scale::Frequency,
            participant: 0,
            undo: Vec::new(),
            redo: Vec::new(),
            dirty: false,
            edits: 0,
            saved_at: None,
            save_error: None,
            progress,
            scroll: 0,
            card_scroll: 0,
            read_only: None,
            conflict: None,
            discard_recovery: false,
            ranking,
            matrix: MatrixState::default(),
            marks: MarkCache::default(),
            priority: PriorityState::default(),
            finished: false,
            agreeing: false,
            discuss_only: false,
            gaps_only: false,
            variant: 0,
            filter: String::new(),
            previous: None,
            show_previous: true,
            compare_nav: Default::default(),
        };
        walk.resume_turn();
        walk
    }

    /// Progress of the whole audit, summed from the per-stage cache.
    pub fn total_progress(&self) -> Progress {
        self.progress
            .iter()
            .fold(Progress::default(), |acc, p| Progress {
                scored: acc.scored + p.scored,
                not_applicable: acc.not_applicable + p.not_applicable,
                total: acc.total + p.total,
            })
    }

    /// The selected touchpoint's position, when the stage has one.
    pub fn at(&self) -> Option<(usize, usize)> {
        let stage = self.audit.stages.get(self.stage)?;
        (self.tp < stage.touchpoints.len()).then_some((self.stage, self.tp))
    }

    pub fn selected(&self) -> Option<&crate::model::Touchpoint> {
        self.at()
            .and_then(|at| crate::model::edit::tp(&self.audit, at))
    }

    /// The ranking by the variant `v` chose (the method's when none), unfiltered: the list's
    /// top-three panel, which the name and discussion filters leave as it is.
    pub fn ranked_by_variant(&self) -> std::borrow::Cow<'_, crate::model::Ranking> {
        // The variants re-rank the team's ratings; the customers' ranking has none.
        if let Some(c) = self.ranking.customers() {
            return std::borrow::Cow::Borrowed(&c.ranking);
        }
        match self.list_variant() {
            0 => std::borrow::Cow::Borrowed(self.ranking.ranking()),
            v => std::borrow::Cow::Owned(self.ranking.variant_ranking(&self.audit, v)),
        }
    }

    /// The ranking the priority list shows: the method's, or the variant `v` chose (a
    /// touchpoint a variant leaves unscored is listed as unscored); all of it, or only the
    /// touchpoints that need discussion (with that filter on) and whose name matches the name
    /// filter (ranks kept).
    pub fn list_ranking(&self) -> std::borrow::Cow<'_, crate::model::Ranking> {
        let all = self.ranked_by_variant();
        if !self.list_filtered() {
            return all;
        }
        let gaps = self
            .gaps_only
            .then(|| crate::model::gaps::data_gaps(&self.audit, &all));
        let keep = |at: &(usize, usize)| {
            crate::model::edit::tp(&self.audit, *at).is_some_and(|t| {
                (!self.discuss_only || score::needs_discussion(t))
                    && self.name_matches(&t.name)
                    && gaps.as_ref().is_none_or(|g| g.contains(at))
            })
        };
        std::borrow::Cow::Owned(crate::model::Ranking {
            crosshair: all.crosshair,
            ranked: all.ranked.iter().filter(|r| keep(&r.at)).cloned().collect(),
            unscored: all.unscored.iter().copied().filter(keep).collect(),
            not_applicable: match self.discuss_only || self.gaps_only {
                true => Vec::new(),
                false => all.not_applicable.iter().copied().filter(keep).collect(),
            },
        })
    }

    /// How sure the place of a ranked touchpoint is, in a line: "rank 2 (1–9); 9 without
    /// Anna's ratings"; `None` when it is not ranked.
    pub fn sure_line(&self, at: crate::model::TpRef, lang: crate::model::Lang) -> Option<String> {
        let s = self.ranking.sureness(&self.audit, at)?;
        let who = (s.moved.as_ref())
            .map(|(v, _)| self.left_out(v))
            .unwrap_or_default();
        let sure = &s.sure;
        Some(crate::i18n::robust::sure_line(
            lang,
            (sure.rank, sure.rank_min, sure.rank_max),
            s.moved.as_ref().map(|(v, r)| (v, *r)),
            &who,
            sure.near_critical,
        ))
    }

    /// The variant the priority list ranks by, in a few words; `None` for the method's own.
    pub fn variant_name(&self, lang: crate::model::Lang) -> Option<String> {
        let variant = self.list_variant();
        if self.ranking.customers().is_some() {
            return None;
        }
        let v = self
            .ranking
            .variants()
            .into_iter()
            .nth(variant)
            .filter(|_| variant > 0)?;
        Some(crate::i18n::robust::variant_name(
            lang,
            &v,
            &self.left_out(&v),
        ))
    }

    /// The name of the participant a variant leaves out, empty for the other variants.
    fn left_out(&self, v: &crate::model::robust::Variant) -> String {
        v.without()
            .map(|id| self.audit.participant_name(id).unwrap_or(id).to_string())
            .unwrap_or_default()
    }

    /// The variant the priority list ranks by (0: the method), within the variants the audit
    /// has now (removing a participant removes a variant).
    pub fn list_variant(&self) -> usize {
        self.variant % self.ranking.variants().len()
    }

    /// Whether the priority list is a ranking of its own: filtered, or ranked by a variant.
    pub fn list_own(&self) -> bool {
        self.list_filtered() || self.list_variant() > 0
    }

    /// Whether the priority list shows less than the whole ranking.
    pub fn list_filtered(&self) -> bool {
        self.discuss_only || self.gaps_only || !self.filter.is_empty()
    }

    /// Whether a touchpoint's name passes the name filter: it contains the filter's text,
    /// letters compared without regard to case (Cyrillic too).
    pub fn name_matches(&self, name: &str) -> bool {
        self.filter.is_empty() || name.to_lowercase().contains(&self.filter.to_lowercase())
    }

    /// Whether ratings and means of the touchpoint at `at` are hidden (blind, not revealed).
    pub fn hidden(&self, at: (usize, usize)) -> bool {
        self.blind()
            && crate::model::edit::tp(&self.audit, at)
                .is_some_and(|t| !self.audit.sitting.revealed.contains(&t.id))
    }

    /// Blind scoring (kept in the audit's sitting): the card and table hide ratings and means
    /// until a touchpoint is revealed.
    pub fn blind(&self) -> bool {
        self.audit.sitting.blind
    }

    /// Round robin (kept in the audit's sitting): a participant's last digit on a touchpoint
    /// passes it to the next participant.
    pub fn round_robin(&self) -> bool {
        self.audit.sitting.round_robin
    }

    /// Whether the card shows last time's scores of the touchpoint at `at`: there is a previous
    /// audit, they are not hidden by their key, and blind scoring does not hide the touchpoint.
    pub fn shows_previous(&self, at: (usize, usize)) -> bool {
        self.previous.is_some() && self.show_previous && !self.hidden(at)
    }

    /// Carries the sitting's view of the previous audit into `fresh`, a walk over the same
    /// file made again (reloaded or restored); it compares again with the new audit.
    pub fn keep_previous(&mut self, fresh: &mut Walk) {
        fresh.previous = self.previous.take();
        fresh.show_previous = self.show_previous;
        if let Some(p) = fresh.previous.as_mut() {
            p.invalidate();
        }
    }

    /// The active participant's id.
    pub fn participant_id(&self) -> Option<&str> {
        self.audit
            .participants
            .get(self.participant)
            .map(|p| p.id.as_str())
    }
}

/// The whole state of the workbench.
#[derive(Debug, Clone)]
pub struct App {
    pub lang: Lang,
    pub data: DataDir,
    pub screen: Screen,
    pub home: Home,
    pub walk: Option<Walk>,
    pub modal: Option<Modal>,
    pub templates: Vec<Template>,
    pub examples: Vec<Example>,
    /// Terminal size (columns, rows).
    pub size: (u16, u16),
    /// The current time, set by the loop before each message so `update` stays pure.
    pub now: Timestamp,
    /// Time zone for times shown on screen.
    pub tz: TimeZone,
    /// A passing message for the status line.
    pub flash: Option<Notice>,
    /// An error for the status line, drawn as one; cleared by the next command.
    pub alert: Option<Notice>,
    /// First line of the help overlay shown, when it is taller than the screen.
    pub help_scroll: u16,
    /// Set after a failed save on quit: the next `q` leaves anyway.
    pub quit_armed: bool,
    /// The open audit is being left once the save under way succeeds.
    pub leaving: Option<Leave>,
    pub quitting: bool,
    /// The workshop running on the open audit, if any (`workshop.rs`).
    pub workshop: Option<super::workshop::Workshop>,
    /// How `W` starts a workshop (the command line may set the address, port and mode).
    pub workshop_settings: super::workshop::Settings,
    /// Where `E` offers to write the reports: the folder tpaudit was started from, then the
    /// last one written to; `None`, beside the audit's file.
    pub export_dir: Option<std::path::PathBuf>,
    /// The HTML report the last export wrote, which `O` opens in the browser.
    pub last_report: Option<std::path::PathBuf>,
    /// The matrix and the list fill the screen, without side panels and key hints, for a room.
    pub full_screen: bool,
    /// The colour theme the views draw with; a key cycles it and the choice is remembered.
    pub theme: crate::store::config::ThemeName,
}

impl App {
    /// A workbench on the home screen.
    /// `templates` may be empty: the new-audit form asks for them when it first opens. The
    /// bundled examples are read when the home screen is first listed.
    pub fn new(lang: Lang, data: DataDir, templates: Vec<Template>, now: Timestamp) -> Self {
        App {
            lang,
            data,
            screen: Screen::Home,
            home: Home::default(),
            walk: None,
            modal: None,
            templates,
            examples: Vec::new(),
            size: (80, 24),
            now,
            tz: TimeZone::UTC,
            flash: None,
            alert: None,
            help_scroll: 0,
            quit_armed: false,
            leaving: None,
            quitting: false,
            workshop: None,
            workshop_settings: super::workshop::Settings::default(),
            export_dir: None,
            last_report: None,
            full_screen: false,
            theme: Default::default(),
        }
    }
}
