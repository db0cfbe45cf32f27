//! A line of the card beside the walk table: its kind and its pieces, each with a role the
//! theme styles. The card (`card`) and the participants' grid (`grid`) are made of them.

use crate::model::Scale;

/// How a piece of a row is drawn; the theme gives each role its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Plain,
    Heading,
    Dim,
    Warning,
    /// The name of the scale being scored.
    ActiveScale,
    /// The value the active participant gave.
    Marked,
    /// A score's evidence that is a guess (`assumed`).
    Guess,
    /// A measurement that reaches its target.
    Met,
    /// A measurement that misses its target.
    Missed,
}

/// What a row is; a value row is where a click sets a score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowKind {
    Text,
    ScaleHead(Scale),
    ScaleValue(Scale, u8),
}

/// One line of the card: its kind and its text pieces.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub kind: RowKind,
    pub pieces: Vec<(String, Role)>,
}

/// Text pieces flowed into as many text rows as `width` needs.
pub(in crate::app) fn flowed(pieces: Vec<(String, Role)>, width: usize) -> Vec<Row> {
    crate::text::flow(pieces, width)
        .into_iter()
        .map(|pieces| Row {
            kind: RowKind::Text,
            pieces,
        })
        .collect()
}

impl Row {
    pub(in crate::app) fn text(text: impl Into<String>, role: Role) -> Row {
        Row {
            kind: RowKind::Text,
            pieces: vec![(text.into(), role)],
        }
    }
}
