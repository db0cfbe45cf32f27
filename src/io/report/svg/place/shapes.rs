//! What a placed bubble is, and the distances the layout keeps.

use crate::io::report::svg::{BOTTOM, LEFT, RIGHT, TOP};

/// Where a mark is drawn: its centre and radius, in pixels, and the mark whose bubble it is
/// drawn in (itself, unless it shares a bubble with touchpoints on its spot).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Placed {
    pub x: f64,
    pub y: f64,
    pub r: f64,
    /// The index, among the marks, of the best-ranked touchpoint of this bubble.
    pub lead: usize,
}

/// The space between two bubbles, and between a bubble and a line or a title.
pub const GAP: f64 = 2.0;

/// How far a bubble may move from its scores: half a scale point on each axis, in pixels.
pub const HALF_POINT_X: f64 = (RIGHT - LEFT) / 5.0 / 2.0;
pub const HALF_POINT_Y: f64 = (BOTTOM - TOP) / 5.0 / 2.0;
