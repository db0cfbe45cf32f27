//! What flows through the loop: commands from keys, messages into `update`, effects out of it.
//! Outcomes of disk work come back as messages carrying typed failures, never as text.

use std::path::PathBuf;

use crossterm::event::KeyEvent;

use super::analysis::matrix_nav::Direction;
use super::notice::{Failure, NoBrowser, Notice};
use crate::model::{Audit, CrosshairMode, Progress};
use crate::store::lock::Holder;

/// A user command, produced by a keymap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cmd {
    Score(u8),
    Clear,
    ScalePrev,
    ScaleNext,
    Down,
    Up,
    First,
    Last,
    PrevStage,
    NextStage,
    ToggleNa,
    EditNotes,
    Undo,
    Redo,
    Help,
    Quit,
    Back,
    NextParticipant,
    AddParticipant,
    RenameParticipant,
    EditTitle,
    RemoveParticipant,
    ToggleBlind,
    /// Blind scoring: show the hidden ratings, or hide them again. On the workshop screen:
    /// reveal the live touchpoint's votes, or open voting again.
    Reveal,
    ToggleRoundRobin,
    /// Digits record the agreed values of the selected touchpoint.
    Agree,
    /// The next touchpoint that needs discussion.
    NextDiscussion,
    /// The priority list: only the touchpoints that need discussion, or all.
    FilterDiscussion,
    /// The priority list ranks by the next variant of how sure the ranking is.
    CycleVariant,
    /// The matrix and the list take satisfaction from the team's ratings or the customers'.
    SatisfactionSource,
    /// The priority list: only the data gaps (what to measure first), or all.
    FilterGaps,
    AddTp,
    RenameTp,
    EditDescription,
    DeleteTp,
    MoveTpUp,
    MoveTpDown,
    AddStage,
    RenameStage,
    DeleteStage,
    MoveStageUp,
    MoveStageDown,
    Open,
    New,
    Duplicate,
    Delete,
    NextField,
    PrevField,
    ChoicePrev,
    ChoiceNext,
    Submit,
    Cancel,
    /// A new line in a multi-line text (notes, a description).
    NewLine,
    CloseHelp,
    // Safety dialogs: a file changed on disk, an emergency copy found on open.
    ReloadDisk,
    KeepMine,
    RestoreCopy,
    DiscardCopy,
    // Leaving an audit whose changes could not be saved.
    Stay,
    LeaveAnyway,
    // The analysis screens (matrix, priority list), action plans and exports.
    PrevParticipant,
    OpenMatrix,
    OpenPriority,
    /// Matrix: the nearest mark in a direction on the plane.
    Nearest(Direction),
    NextRank,
    PrevRank,
    ToggleCrosshair,
    /// Show the selected touchpoint in the checklist walk.
    JumpToWalk,
    EditAction,
    /// Save a form whichever field has the focus.
    SaveForm,
    Export,
    OpenReport,
    /// Scrolls the walk's scoring card by lines.
    CardScroll(i16),
    /// Scrolls the help overlay by lines.
    HelpScroll(i16),
    /// The action form's status choice, forwards or back.
    StatusNext,
    StatusPrev,
    // The workshop (`workshop.rs`).
    /// Start a workshop, or make the selected touchpoint live in the running one.
    Workshop,
    /// End the workshop: phones are told it ended.
    CloseWorkshop,
    /// Let in the person who asks to join from another phone under a name a phone holds.
    LetIn,
    /// Remove from the workshop the last one to join who never scored anything (a mistyped
    /// name, a phone that left): their phone is let go, their name leaves the audit.
    RemoveGhost,
    // The audit cycle.
    /// Show or hide last time's scores on the card.
    TogglePrevious,
    /// The compare view: this audit against the one it follows.
    OpenCompare,
    /// Take over the lock of a read-only audit whose holder is on another computer.
    TakeOver,
    /// Type the name filter of the walk and the priority list.
    Filter,
    /// The matrix or the list fills the screen (no side panel, no key hints), or not.
    FullScreen,
    /// The next colour theme: dark → light → mono.
    CycleTheme,
    // The evidence behind the scores.
    /// The active scale's evidence level of the selected touchpoint, to the next level.
    CycleEvidence,
    /// The selected touchpoint's measurements: the form that adds, edits and removes them.
    EditMeasurements,
    /// In the measurement form: remove the measurement chosen in it.
    RemoveMeasurement,
}

/// An audit in the data directory, as the home screen lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct HomeEntry {
    pub name: String,
    /// The audit's title, when it is not its name.
    pub title: String,
    pub path: PathBuf,
    /// The audit this file is a side copy of, written when that audit changed on disk.
    pub copy_of: Option<String>,
    pub client: String,
    pub progress: Option<Progress>,
    pub updated: Option<jiff::Timestamp>,
    /// Why the file could not be read, if it could not.
    pub error: Option<Failure>,
}

/// Everything `update` reacts to.
#[derive(Debug, Clone)]
pub enum Msg {
    Cmd(Cmd),
    /// A key typed into a text field.
    Edit(KeyEvent),
    Paste(String),
    Click {
        column: u16,
        row: u16,
    },
    /// The mouse wheel turned one notch over a place on screen.
    Wheel {
        column: u16,
        row: u16,
        down: bool,
    },
    Resize(u16, u16),
    /// The loop's clock beat (at least every 250 ms): drives autosave.
    Tick,
    /// A save finished; `upto` is the open audit's edit count it wrote.
    Saved {
        upto: u64,
        result: Result<(), Failure>,
    },
    Opened {
        path: PathBuf,
        audit: Box<Audit>,
    },
    Listed(Vec<HomeEntry>),
    /// The templates a new audit can start from (built-in, then the user's).
    Templates(Vec<crate::model::Template>),
    /// An operation on files failed.
    Failed(Failure),
    /// An operation on files succeeded with something to say.
    Info(Notice),
    /// SIGTERM or SIGHUP: save and leave.
    Terminate,
    // Outcomes of the audit file's session: lock, external changes, emergency copies.
    /// An audit was opened through its file session.
    OpenedFile(Box<Opening>),
    /// A save found the file changed on disk; the audit in memory went to `side_copy`.
    SaveConflict(PathBuf),
    /// The version on disk, read again after the user chose it.
    Reloaded(Box<Audit>),
    /// Reports were exported: the files written, or why not.
    Exported(Result<Vec<PathBuf>, Failure>),
    /// No browser showed the report at `path`: the opener could not start, or gave up.
    OpenFailed {
        path: PathBuf,
        why: NoBrowser,
    },
    /// The open audit was closed unsaved, as the user chose: where its emergency copy went,
    /// or why none could be written.
    Abandoned(Result<PathBuf, Vec<Failure>>),
    /// A phone's request to the workshop; `update` answers with [`Effect::Reply`].
    Workshop(super::workshop::Request),
    /// The workshop's server started, or could not.
    WorkshopServed(super::workshop::Server),
    /// A second phone asked to join as this participant (by id), whose name a phone holds.
    WorkshopClaim(String),
    /// The audit that the audit at `path` follows was read (its file name and the audit), or
    /// could not be.
    PreviousLoaded {
        path: PathBuf,
        result: Result<(String, Box<Audit>), Failure>,
        /// The audits before that one in the chain, oldest first, each with its file name.
        earlier: Vec<(String, Audit)>,
    },
}

/// An audit opened through its file session, with what the user must be told about it.
#[derive(Debug, Clone)]
pub struct Opening {
    pub path: PathBuf,
    pub audit: Audit,
    pub access: OpenedAs,
    /// An emergency copy newer than and different from the file: (its path, its audit).
    pub recovery: Option<(PathBuf, Audit)>,
}

/// Whether this window writes the audit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenedAs {
    /// The one writer; `took_over` names the dead process whose stale lock was taken.
    Writer { took_over: Option<Holder> },
    /// Another tpaudit holds the lock (who, when its lock file says).
    Reader(Option<Holder>),
}

/// Work for the loop: everything that touches the disk or ends the program.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Save the open audit to its file.
    Save,
    Quit,
    /// Re-read the audits of the data directory.
    List,
    /// Read the templates (built-in and the user's), for the new-audit form.
    LoadTemplates,
    Open(PathBuf),
    /// Open the audit again, taking over a lock that names another computer.
    TakeOver(PathBuf),
    /// Copy a bundled example into the data dir under a free name, then open it.
    OpenExample(String),
    Create {
        path: PathBuf,
        audit: Box<Audit>,
    },
    Duplicate {
        from: PathBuf,
        name: String,
    },
    /// Create `path`, the re-audit `name` of the audit at `from` (as `tpaudit new --from`
    /// does), with `client` in place of the previous audit's when given; then open it.
    Reaudit {
        from: PathBuf,
        path: PathBuf,
        name: String,
        client: Option<String>,
    },
    /// Rename `NAME.ron` to `NAME.ron.deleted`.
    Delete {
        path: PathBuf,
        name: String,
    },
    // The audit file's session: answers to the conflict and recovery dialogs.
    /// Write the audit over a file that changed on disk (the user keeps their version).
    Overwrite,
    /// Read the audit's file again (the user takes the version on disk).
    Reload,
    /// Remove the emergency copy of the open audit.
    DiscardRecovery,
    /// Close the open audit without saving, as the user chose: its emergency copy is written
    /// first, wherever a place can be found, then its lock is released.
    Abandon,
    /// Write the reports of the open audit (Markdown, HTML, CSV, xlsx) into a folder.
    Export {
        crosshair: CrosshairMode,
        dir: PathBuf,
    },
    /// Open a written report in the default browser.
    OpenReport(PathBuf),
    /// Read the audit that the open audit (at this path) follows, if its file is there.
    LoadPrevious(PathBuf),
    /// The answer to a workshop request, for the phone that asked.
    Reply(super::workshop::Reply),
    /// Let go of this participant's phone in the running workshop: its key stops working and
    /// the next phone to join under the name gets a new one.
    ReleasePhone(String),
    /// Remember the theme in the user's config file.
    SaveTheme(crate::store::config::ThemeName),
}
