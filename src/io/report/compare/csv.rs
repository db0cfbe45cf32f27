//! The compare CSVs: the contract of two audits, and the long one of a trend, as tables of
//! typed cells (CSV now; a spreadsheet writer can take the same tables).

use super::View;
use crate::io::table::{Cell, Table};
use crate::model::Scale;
use crate::model::compare::Point;

/// The compare CSV header of two audits, exactly as the contract states it.
pub const HEADER: [&str; 10] = [
    "stage",
    "touchpoint",
    "status",
    "rank_before",
    "rank_after",
    "priority_before",
    "priority_after",
    "priority_change",
    "quadrant_before",
    "quadrant_after",
];

/// The columns of one touchpoint in one audit, in that audit's own ranking: the end of every
/// long CSV row.
pub const FIGURES: [&str; 7] = [
    "rank",
    "frequency",
    "impact",
    "satisfaction",
    "priority",
    "quadrant",
    "critical",
];

/// The long CSV header of a trend over more than two audits: one row per touchpoint × audit.
pub fn long_header() -> Vec<&'static str> {
    ["stage", "touchpoint", "status", "audit"]
        .into_iter()
        .chain(FIGURES)
        .collect()
}

/// The [`FIGURES`] cells of a touchpoint's point in one audit; empty where it is absent or
/// not ranked.
pub fn figures(p: Option<&Point>) -> [Cell; 7] {
    let score = |s: Scale| Cell::num(p.map(|p| p.scores.get(s)));
    [
        p.map_or(Cell::Empty, |p| Cell::int(p.rank)),
        score(Scale::Frequency),
        score(Scale::Impact),
        score(Scale::Satisfaction),
        Cell::num(p.map(|p| p.priority)),
        p.map_or(Cell::Empty, |p| Cell::text(p.quadrant.key())),
        p.map_or(Cell::Empty, |p| Cell::Bool(p.critical)),
    ]
}

/// The compare CSV of two audits (the contract): one row per touchpoint in report order.
pub fn table(v: &View) -> Table {
    let mut t = Table::new(&HEADER);
    for row in &v.cmp.rows {
        let (stage, tp) = v.tp(row);
        let (a, b) = (row.first(), row.last());
        t.rows.push(vec![
            Cell::text(&stage.name),
            Cell::text(&tp.name),
            Cell::text(row.presence().key()),
            a.map_or(Cell::Empty, |p| Cell::int(p.rank)),
            b.map_or(Cell::Empty, |p| Cell::int(p.rank)),
            Cell::num(a.map(|p| p.priority)),
            Cell::num(b.map(|p| p.priority)),
            Cell::num(row.change()),
            a.map_or(Cell::Empty, |p| Cell::text(p.quadrant.key())),
            b.map_or(Cell::Empty, |p| Cell::text(p.quadrant.key())),
        ]);
    }
    t
}

/// The long CSV of a trend: per touchpoint in report order, one row per audit, oldest first.
pub fn long_table(v: &View) -> Table {
    let mut t = Table::new(&long_header());
    for row in &v.cmp.rows {
        let (stage, tp) = v.tp(row);
        for (k, named) in v.audits.iter().enumerate() {
            let mut cells = vec![
                Cell::text(&stage.name),
                Cell::text(&tp.name),
                Cell::text(row.presence().key()),
                Cell::text(named.name),
            ];
            cells.extend(figures(row.point(k)));
            t.rows.push(cells);
        }
    }
    t
}
