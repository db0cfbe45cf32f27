//! What flows through the loop: commands from keys, messages into `update`, effects out of it.

use std::path::PathBuf;

use crossterm::event::KeyEvent;

use crate::model::{Audit, Progress};

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
    CloseHelp,
    /// Scrolls the help overlay by lines.
    HelpScroll(i16),
}

/// An audit in the data directory, as the home screen lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct HomeEntry {
    pub name: String,
    pub path: PathBuf,
    pub client: String,
    pub progress: Option<Progress>,
    pub updated: Option<jiff::Timestamp>,
    /// Why the file could not be read, if it could not.
    pub error: Option<String>,
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
    Resize(u16, u16),
    /// The loop's clock beat (at least every 250 ms): drives autosave.
    Tick,
    Saved(Result<(), String>),
    Opened {
        path: PathBuf,
        audit: Box<Audit>,
    },
    Listed(Vec<HomeEntry>),
    /// An operation on files failed; the text says why.
    Failed(String),
    Info(String),
    /// SIGTERM or SIGHUP: save and leave.
    Terminate,
}

/// Work for the loop: everything that touches the disk or ends the program.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Save the open audit to its file.
    Save,
    Quit,
    /// Re-read the audits of the data directory.
    List,
    Open(PathBuf),
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
    /// Rename `NAME.ron` to `NAME.ron.deleted`.
    Delete {
        path: PathBuf,
        name: String,
    },
}
