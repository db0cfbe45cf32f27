//! Where each bubble of the HTML matrix is drawn: as near its scores as readability allows.
//!
//! Each bubble starts where its scores put it and stays inside the quadrant the method puts it
//! in (a point on the crosshair is drawn on its side of the line, not on it); bubbles that
//! would overlap each other or a quadrant's title are pushed apart within their quadrants, so
//! no bubble hides another's number. When a quadrant is crowded, every bubble is drawn smaller
//! (never too small for its number). Two promises hold whatever the crowding: a bubble never
//! moves more than half a scale point from its scores, and never past a touchpoint with a
//! different score on that axis, so the picture never reverses what the numbers say.
//!
//! Touchpoints of one spot (or of close neighbouring spots) that cannot all be drawn readably
//! within those promises share one bubble, labelled with the best rank and how many others it
//! holds (see [`label`]).

use crate::io::report::svg::Mark;
use crate::model::{Crosshair, Lang};

mod bounds;
mod layout;
mod merge;
mod shapes;

pub use merge::label;
pub use shapes::Placed;

/// Where each mark is drawn (see the module's description): one entry per mark, in the marks'
/// order; the marks of a shared bubble get the same place.
pub fn place(marks: &[Mark], c: Crosshair, lang: Lang) -> Vec<Placed> {
    merge::place_sharing(marks, c, lang)
}

#[cfg(test)]
mod tests;
