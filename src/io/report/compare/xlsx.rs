//! The comparison as a workbook: the CSV's table (the contract's columns, or the trend's long
//! ones) with the customers' answers after them, and a sheet of every measurement in every
//! audit. The CSV keeps exactly its contract's columns; the workbook is where the evidence goes.

use super::evidence::{Kind, items};
use super::{View, long_table, table};
use crate::i18n::evidence::evidence_words;
use crate::io::table::{Cell, Table};
use crate::io::xlsx::{Sheet, workbook};
use crate::model::voice::{self, Customers};

/// After the contract's columns of two audits: the customers' answers before and after.
pub const CUSTOMERS_PAIR: [&str; 4] = [
    "customers_n_before",
    "customers_mean_before",
    "customers_n_after",
    "customers_mean_after",
];

/// After the long columns of a trend: the customers' answers in that row's audit.
pub const CUSTOMERS: [&str; 2] = ["customers_n", "customers_mean"];

/// The measurements sheet: one row per figure and audit that has it. `touchpoint` is empty
/// for a stage's own figure.
pub const MEASUREMENTS: [&str; 9] = [
    "stage",
    "touchpoint",
    "metric",
    "audit",
    "value",
    "unit",
    "target",
    "better",
    "met",
];

/// The number of answers and their mean, as numbers; empty where there was no survey.
fn customers_cells(c: Option<Customers>) -> [Cell; 2] {
    [
        c.map_or(Cell::Empty, |c| {
            Cell::Int(i64::try_from(c.n).unwrap_or(i64::MAX))
        }),
        Cell::num(c.map(|c| c.mean.to_f64())),
    ]
}

/// The customers' answers of the touchpoint a row shows, in audit `k`.
fn customers_in(v: &View, row: &crate::model::compare::Row, k: usize) -> Option<Customers> {
    let (s, t) = row.at.get(k).copied().flatten()?;
    voice::customers(&v.audits[k].audit.stages[s].touchpoints[t])
}

/// The first sheet: the CSV's table with the customers' answers after its columns.
pub fn main_table(v: &View) -> Table {
    if v.is_pair() {
        let mut t = table(v);
        t.header.extend(CUSTOMERS_PAIR);
        for (cells, row) in t.rows.iter_mut().zip(&v.cmp.rows) {
            cells.extend(customers_cells(customers_in(v, row, 0)));
            cells.extend(customers_cells(customers_in(v, row, 1)));
        }
        return t;
    }
    let mut t = long_table(v);
    t.header.extend(CUSTOMERS);
    let per_row = v.audits.len();
    for (i, cells) in t.rows.iter_mut().enumerate() {
        let row = &v.cmp.rows[i / per_row];
        cells.extend(customers_cells(customers_in(v, row, i % per_row)));
    }
    t
}

/// Every measurement of a stage or a touchpoint in every audit that has it, oldest first;
/// `None` when no compared audit has any.
pub fn measurements(v: &View) -> Option<Table> {
    let mut t = Table::new(&MEASUREMENTS);
    for item in items(v) {
        let Kind::Metric { metric, values } = item.kind else {
            continue;
        };
        for (named, m) in v.audits.iter().zip(values) {
            let Some(m) = m else { continue };
            t.rows.push(vec![
                Cell::text(item.stage),
                Cell::text(item.touchpoint.unwrap_or("")),
                Cell::text(metric),
                Cell::text(named.name),
                Cell::Num(m.value),
                Cell::text(&m.unit),
                Cell::num(m.target),
                Cell::text(m.better.key()),
                m.met().map_or(Cell::Empty, Cell::Bool),
            ]);
        }
    }
    (!t.rows.is_empty()).then_some(t)
}

/// The workbook's bytes.
pub fn render(v: &View) -> std::io::Result<Vec<u8>> {
    let main = main_table(v);
    let figures = measurements(v);
    let mut sheets = vec![Sheet::of_table(v.heading().kind, &main)];
    if let Some(t) = &figures {
        sheets.push(Sheet::of_table(
            evidence_words(v.lang).measurements_heading,
            t,
        ));
    }
    workbook(v.lang, sheets)
}
