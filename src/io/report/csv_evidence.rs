//! `report --format csv --evidence`: the priority list with the evidence columns of the
//! workbook's ranked sheet after the contract's nine, which stay exactly as they are.

use super::Options;
use super::columns::EVIDENCE;
use super::csv::{CsvText, HEADER, row};
use super::evidence_cells::evidence_cells;
use crate::io::table::Cell;
use crate::model::Audit;
use crate::model::gaps::data_gaps;

/// The priority list, each row followed by its evidence: levels by their keys (`measured`,
/// `assumed`…), numbers as numbers, `true`/`false` for customers_disagree and data_gap.
pub fn render(audit: &Audit, opts: &Options) -> String {
    let ranking = crate::model::voice::rank_from(audit, opts.crosshair, opts.satisfaction);
    let gaps = data_gaps(audit, &ranking);
    let mut out = CsvText::new(opts.excel);
    out.row(HEADER.iter().chain(&EVIDENCE));
    for r in &ranking.ranked {
        let tp = &audit.stages[r.at.0].touchpoints[r.at.1];
        let evidence = evidence_cells(tp, gaps.contains(&r.at), |l| Cell::text(l.key()));
        let evidence = evidence.iter().map(|c| c.csv(opts.excel));
        out.row(row(audit, r, opts.excel).into_iter().chain(evidence));
    }
    out.finish()
}
