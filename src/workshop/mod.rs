//! The workshop's HTTP server: phones join, read the live touchpoint and vote over the room's
//! network. It runs on a tokio runtime of its own, created only when a workshop starts, and it
//! never touches the audit or the disk: each request (its token and body checked here) goes
//! into the workbench's one event channel as [`Event::Workshop`](crate::tui::event::Event),
//! `app::update` answers it from the state, and the answer comes back through a oneshot.
//!
//! The contract (paths, JSON, status codes) is in `../shared/design/PRODUCT.md`, "The
//! workshop": `api.rs` keeps it; `page.rs` is the phone page; `server.rs` binds and runs.

pub mod api;
pub mod keys;
pub mod page;
pub mod server;

pub use server::{Resume, Room, Server, lan_address, start, token};
