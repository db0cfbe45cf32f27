//! tpaudit: a terminal workbench for customer-touchpoint audits.
//!
//! `model` is the method (no I/O), `store` the files, `io` the formats, `cli` the commands.
//! The workbench is `app` (pure state and update), `ui` (drawing) and `tui` (the runtime that
//! owns the terminal, the event channel and the disk work). See `docs/ARCHITECTURE.md`.
#![warn(clippy::unwrap_used)]

pub mod app;
pub mod cli;
pub mod i18n;
pub mod io;
pub mod model;
pub mod store;
pub mod text;
pub mod tui;
pub mod ui;
pub mod workshop;
