//! tpaudit: a terminal workbench for customer-touchpoint audits.
#![warn(clippy::unwrap_used)]

pub mod cli;
pub mod i18n;
pub mod io;
pub mod model;
pub mod store;
pub mod tui;
pub mod ui;
pub mod views;
