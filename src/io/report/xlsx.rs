//! The report as a workbook: the ranked list, the action plan and every participant's ratings,
//! one sheet each, named in the audit's language.

use super::columns::EVIDENCE;
use super::csv::HEADER;
use super::evidence_cells::evidence_cells;
use super::facts::Facts;
use crate::i18n::common::action_status_name;
use crate::i18n::evidence::level_name;
use crate::io::table::Cell;
use crate::io::xlsx::{Sheet, workbook};
use crate::model::Scale;
use crate::model::gaps::data_gaps;

/// The ranked list's columns: the priority list's (the CSV contract's header), the discussion
/// mark, per scale the value the room agreed (empty where none; the score beside it is then
/// that value), and then the evidence: what each scale rests on, the customers' answers with
/// their 95% interval, whether they disagree with the team, and whether the place is a data gap.
pub const RANKED: [&str; 22] = {
    let mut out = [""; 22];
    let mut i = 0;
    while i < HEADER.len() {
        out[i] = HEADER[i];
        i += 1;
    }
    out[HEADER.len()] = "discuss";
    out[HEADER.len() + 1] = "agreed_frequency";
    out[HEADER.len() + 2] = "agreed_impact";
    out[HEADER.len() + 3] = "agreed_satisfaction";
    let mut j = 0;
    while j < EVIDENCE.len() {
        out[HEADER.len() + 4 + j] = EVIDENCE[j];
        j += 1;
    }
    out
};

/// The action plan's columns.
pub const ACTIONS: [&str; 10] = [
    "rank",
    "stage",
    "touchpoint",
    "action",
    "owner",
    "due",
    "kpi",
    "kpi_current",
    "kpi_target",
    "action_status",
];

/// The ranked list: one row per ranked touchpoint, in rank order.
fn ranked<'f>(f: &'f Facts) -> impl Iterator<Item = Vec<Cell>> + 'f {
    let gaps = data_gaps(f.audit, &f.ranking);
    f.rows().map(move |row| {
        let (r, s) = (row.r, row.r.scores);
        let mut cells = vec![
            Cell::int(r.rank),
            Cell::text(&row.stage.name),
            Cell::text(&row.tp.name),
            Cell::Num(s.frequency.into()),
            Cell::Num(s.impact.into()),
            Cell::Num(s.satisfaction.into()),
            Cell::Num(r.priority.into()),
            Cell::text(r.quadrant.key()),
            Cell::Bool(r.critical),
            Cell::Bool(r.needs_discussion),
        ];
        cells.extend(Scale::ALL.map(|scale| {
            (row.tp.agreed(scale)).map_or(Cell::Empty, |v| Cell::int(usize::from(v)))
        }));
        let level = |l| Cell::text(level_name(f.lang, l));
        cells.extend(evidence_cells(row.tp, gaps.contains(&row.r.at), level));
        cells
    })
}

/// The action plan: ranked touchpoints' actions in rank order, then the others'.
fn actions<'f>(f: &'f Facts) -> impl Iterator<Item = Vec<Cell>> + 'f {
    f.actions().into_iter().map(|(rank, at, a)| {
        vec![
            rank.map_or(Cell::Empty, Cell::int),
            Cell::text(&f.stage(at).name),
            Cell::text(&f.tp(at).name),
            Cell::text(&a.action),
            Cell::text(&a.owner),
            Cell::text(&a.due),
            Cell::text(&a.kpi),
            Cell::text(&a.kpi_current),
            Cell::text(&a.kpi_target),
            Cell::text(action_status_name(f.lang, a.status)),
        ]
    })
}

/// The workbook's bytes. Each sheet's rows are made as they are written, never all held.
pub fn render(f: &Facts) -> std::io::Result<Vec<u8>> {
    workbook(
        f.lang,
        vec![
            Sheet {
                name: f.w.ranked,
                header: &RANKED,
                rows: Box::new(ranked(f)),
            },
            Sheet {
                name: f.w.action_plan,
                header: &ACTIONS,
                rows: Box::new(actions(f)),
            },
            Sheet {
                name: f.w.ratings,
                header: &super::ratings::HEADER,
                rows: Box::new(super::ratings::rows(f.audit)),
            },
        ],
    )
}
