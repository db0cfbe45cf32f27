//! Self-contained widgets of the analysis screens: the priority matrix and the priority list.
//! Each comes with a small pure state type the app holds and drives with navigation methods.

pub mod matrix;
mod panel;
mod plot;
pub mod priority;
mod table;
pub mod text;
mod top3;

use crate::model::{Audit, Stage, Touchpoint, TpRef};

/// A direction on the matrix plane: right is higher satisfaction, up is higher impact.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

/// The stage and touchpoint at a position, if the ranking still matches the audit.
pub(crate) fn lookup(audit: &Audit, at: TpRef) -> Option<(&Stage, &Touchpoint)> {
    let stage = audit.stages.get(at.0)?;
    Some((stage, stage.touchpoints.get(at.1)?))
}
