//! The compare screen: the previous audit read beside the open one (`previous`) and its
//! handlers (`update`).

pub(crate) mod keys;
pub mod previous;
mod update;
