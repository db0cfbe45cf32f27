//! The workbench's pure core, the Elm architecture's model and update. A room per screen
//! (`home`, `walk`, `analysis`, `compare`, `workshop`, `dialogs`) holds that screen's state,
//! handlers, key table and geometry; what every screen shares stays here at the top: `App`
//! and the open audit's `Walk` (`state`), what flows in and out (`msg`), `update`'s dispatch,
//! the text editor (`editor`), the ranking cache (`ranking`), notices (`notice`), layout
//! primitives (`layout`), and the key tables' machinery (`binding` for the bindings and the
//! runs the tables share, `keymap` for which table has the keys). No room imports a sibling's:
//! one screen reaches another only through `App`. No I/O and no drawing: effects are returned
//! for the runtime (`tui`) to carry out, and the views (`ui`) read the state. Nothing here
//! imports either of them.

pub mod analysis;
mod binding;
pub mod compare;
pub mod dialogs;
pub mod editor;
mod export;
pub mod home;
pub mod keymap;
pub mod layout;
pub mod msg;
pub mod notice;
pub mod ranking;
pub mod state;
pub mod update;
pub mod walk;
pub mod workshop;

pub use analysis::{list_nav, matrix_nav};
pub use dialogs::help;
pub use home::free_name;
pub use home::state::{Example, Home};
pub use msg::{Cmd, Effect, HomeEntry, Msg, OpenedAs, Opening};
pub use notice::{Failure, NoBrowser, Notice, ReadOnly};
pub use state::{App, ConfirmFor, FormField, Leave, Modal, NewForm, PromptFor, Screen, Step, Walk};
pub use update::update;
pub use walk::Scoring;
