//! The evidence columns' cells of one ranked touchpoint, in the order of
//! [`EVIDENCE`](super::columns::EVIDENCE): what the workbook's ranked sheet and
//! `report --format csv --evidence` both write.

use crate::io::table::Cell;
use crate::model::evidence::Level;
use crate::model::{Scale, Touchpoint, voice};

/// Each scale's level as `level` names it, the customers' n, mean and 95% interval (empty
/// without a survey, or the interval under 10 answers), whether they disagree with the team,
/// and whether the touchpoint is a data gap (`gap`).
pub fn evidence_cells(tp: &Touchpoint, gap: bool, level: impl Fn(Level) -> Cell) -> Vec<Cell> {
    let mut cells: Vec<Cell> = Scale::ALL
        .iter()
        .map(|&s| level(tp.evidence.get(s)))
        .collect();
    let c = voice::customers(tp);
    let ci = c.as_ref().and_then(|c| c.ci95);
    cells.extend([
        c.as_ref().map_or(Cell::Empty, |c| {
            Cell::Int(i64::try_from(c.n).unwrap_or(i64::MAX))
        }),
        Cell::num(c.as_ref().map(|c| c.mean.to_f64())),
        Cell::num(ci.map(|(lo, _)| lo)),
        Cell::num(ci.map(|(_, hi)| hi)),
        Cell::Bool(voice::customers_disagree(tp)),
        Cell::Bool(gap),
    ]);
    cells
}
