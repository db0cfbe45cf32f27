//! The optional evidence columns of the CSV import: `frequency_evidence`, `impact_evidence`,
//! `satisfaction_evidence`. A level may stand on any row of its touchpoint; rows of one
//! touchpoint that name different levels for a scale refuse the file.

use std::collections::HashMap;

use super::row::{Row, RowProblem, key, scale_key};
use crate::model::{Level, Scale};

/// An evidence cell: empty, or one of the level names.
pub(super) fn level(text: &str) -> Result<Option<Level>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    Level::from_key(t).map(Some).ok_or_else(|| {
        let names: Vec<&str> = Level::ALL.iter().map(|l| l.key()).collect();
        format!("'{t}' is not one of {}", names.join(", "))
    })
}

/// Rows whose level for a scale differs from the one an earlier row of the same touchpoint gave.
pub(super) fn disagreements(rows: &[(usize, Row)]) -> Vec<RowProblem> {
    let mut first: HashMap<(String, String, Scale), (usize, Level)> = HashMap::new();
    let mut out = Vec::new();
    for (row, r) in rows {
        for scale in Scale::ALL {
            let Some(level) = r.levels[scale.index()] else {
                continue;
            };
            let place = (key(&r.stage), key(&r.touchpoint), scale);
            match first.get(&place) {
                Some(&(at, earlier)) if earlier != level => out.push(RowProblem {
                    row: *row,
                    reason: format!(
                        "{}_evidence of touchpoint '{}' in stage '{}' is {} here but {} in row {at}; give one level",
                        scale_key(scale),
                        r.touchpoint,
                        r.stage,
                        level.key(),
                        earlier.key()
                    ),
                }),
                Some(_) => {}
                None => {
                    first.insert(place, (*row, level));
                }
            }
        }
    }
    out
}
