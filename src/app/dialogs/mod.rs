//! The dialogs over every screen: prompts, confirmations and the new-audit form (`modal`),
//! the action form (`action`), the measurement form (`measure`), leaving an audit (`leave`), the safety dialogs (`safety`), the
//! help (`help`) and their key tables (`keys`).

pub mod action;
mod action_update;
pub mod help;
pub(crate) mod keys;
mod leave;
pub mod measure;
mod measure_update;
mod modal;
mod safety;
