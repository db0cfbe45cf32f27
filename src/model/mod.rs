//! The domain: audits, scoring, ranking and templates. No I/O, no terminal.

pub mod audit;
pub mod combine;
pub mod compare;
pub mod disagreement;
pub mod edit;
pub mod evidence;
pub mod frac;
pub mod funnel;
pub mod gaps;
pub mod ids;
pub mod matching;
pub mod merge;
pub mod merge3;
pub mod names;
pub mod reaudit;
pub mod robust;
pub mod score;
pub mod shared;
pub mod student;
pub mod template;
#[cfg(test)]
mod testing;
pub mod validate;
pub mod voice;

pub use audit::*;
pub use evidence::{Better, Level, Levels, Measurement, Nps, Survey};
pub use frac::Frac;
pub use score::{
    Crosshair, CrosshairMode, Progress, Quadrant, Ranked, RankedItem, Ranking, Scores, Status,
    TpRef, fmt_num, rank, rank_items,
};
pub use shared::{Shared, SharedList, shared};
pub use template::{Template, Text};
pub use validate::{Problem, validate};
