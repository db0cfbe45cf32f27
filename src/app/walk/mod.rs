//! The walk screen: moving along the stages and touchpoints, scoring, undo (`moves`), the
//! card beside the table (`card`, with the participants' `grid`) and checklist editing
//! (`checklist`).

pub mod card;
mod checklist;
pub mod grid;
pub(crate) mod keys;
pub(crate) mod moves;
pub mod row;

pub use moves::Scoring;
