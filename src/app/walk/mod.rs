//! The walk screen: moving along the stages and touchpoints (`moves`), scoring (`score`),
//! undo (`undo`), its key table (`keys`), the card beside the table (`card`, made of `row`s,
//! with the participants' `grid`) and checklist editing (`checklist`).

pub mod card;
mod card_evidence;
mod checklist;
mod evidence;
pub mod funnel;
pub mod grid;
pub(crate) mod keys;
pub(crate) mod moves;
pub mod row;
mod score;
mod undo;
mod update;

pub use score::Scoring;
