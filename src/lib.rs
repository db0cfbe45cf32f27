//! tpaudit: a terminal workbench for customer-touchpoint audits.
#![warn(clippy::unwrap_used)]

pub mod model;
