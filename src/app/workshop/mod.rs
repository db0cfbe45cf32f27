//! The workshop screen: the session phones join, its settings and its answers to the server's
//! requests (`update`), and its key table (`keys`).

pub(crate) mod keys;
pub mod state;
mod update;

pub use state::{
    DEFAULT_PORT, Mode, Phase, Progress, Reply, Request, Server, Settings, Workshop, progress,
    voted,
};
