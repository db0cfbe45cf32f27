//! Reports of several audits taken as one (the stores of a chain): one ranked list with how many
//! audits scored each touchpoint, the audit where it is worst and the spread across them. Words,
//! numbers and dates follow the language of the first audit.

mod html;
mod json;
mod md;
mod render;
mod text;

use super::compare::{FIGURES, figures};
use super::csv::HEADER as LIST_HEADER;
use super::locale::num;
use super::many::{Heading, Named};
use crate::i18n::cycle::{self, Words};
use crate::i18n::report;
use crate::io::table::{Cell, Table};
use crate::model::combine::{Combined, Entry, combine};
use crate::model::{Audit, CrosshairMode, Lang, Quadrant, RankedItem, Stage, Touchpoint};
pub use render::{render, render_file};

/// The columns the combined CSV adds to the priority list's.
pub const EXTRA: [&str; 2] = ["audits", "worst"];

/// The long CSV header: one row per touchpoint × audit, for pivot tables.
pub fn long_header() -> Vec<&'static str> {
    ["stage", "touchpoint", "audit"]
        .into_iter()
        .chain(FIGURES)
        .collect()
}

/// Audits beyond this many are not given a column each in Markdown and HTML.
pub const MAX_COLUMNS: usize = 12;

/// A combination with what every writer needs to show it.
pub struct View<'a> {
    pub audits: &'a [Named<'a>],
    pub c: Combined,
    pub mode: CrosshairMode,
    pub lang: Lang,
    pub w: &'static Words,
    pub r: &'static report::Words,
}

impl<'a> View<'a> {
    /// Combines `audits` (at least one) in the language of the first.
    pub fn new(audits: &'a [Named<'a>], mode: CrosshairMode) -> View<'a> {
        let list: Vec<&Audit> = audits.iter().map(|n| n.audit).collect();
        let lang = list.first().map_or(Lang::En, |a| a.lang);
        View {
            audits,
            c: combine(&list, mode),
            mode,
            lang,
            w: cycle::words(lang),
            r: report::words(lang),
        }
    }

    /// The stage and touchpoint of an entry, named as in the first audit that has it.
    pub fn tp(&self, e: &Entry) -> (&'a Stage, &'a Touchpoint) {
        let (k, (s, t)) = e.row.first_in();
        let stage = &self.audits[k].audit.stages[s];
        (stage, &stage.touchpoints[t])
    }

    /// The ranked entries with their place, in rank order.
    pub fn ranked(&self) -> impl Iterator<Item = (&RankedItem<usize>, &Entry)> {
        self.c.ranked.iter().map(|r| (r, &self.c.entries[r.key]))
    }

    /// Every entry in report order with its rank: ranked, then unscored, then not applicable.
    pub fn in_order(&self) -> impl Iterator<Item = (Option<usize>, &Entry)> {
        let rest = self.c.unscored.iter().chain(&self.c.not_applicable);
        let ranked = self.c.ranked.iter().map(|r| (Some(r.rank), r.key));
        ranked
            .chain(rest.map(|&i| (None, i)))
            .map(|(rank, i)| (rank, &self.c.entries[i]))
    }

    /// The report's title over the audits' names, in the first audit's language.
    pub fn heading(&self) -> Heading<'a> {
        Heading {
            lang: self.lang,
            kind: self.w.combine_title,
            title: self.names(),
            client: &self.audits[0].audit.client,
        }
    }

    /// How many ranked touchpoints each quadrant holds, in the matrix's reading order.
    pub fn per_quadrant(&self) -> [(Quadrant, usize); 4] {
        [
            Quadrant::FixFirst,
            Quadrant::KeepUp,
            Quadrant::LowPriority,
            Quadrant::Overkill,
        ]
        .map(|q| (q, self.c.ranked.iter().filter(|r| r.quadrant == q).count()))
    }

    pub fn names(&self) -> String {
        let names: Vec<&str> = self.audits.iter().map(|n| n.name).collect();
        names.join(", ")
    }

    pub fn num(&self, v: f64) -> String {
        num(self.lang, v)
    }

    /// The name of the audit where the entry is worst.
    pub fn worst(&self, e: &Entry) -> &'a str {
        e.worst().map_or("", |k| self.audits[k].name)
    }

    /// "3/4": audits that scored it of those given.
    pub fn scored_of(&self, e: &Entry) -> String {
        format!("{}/{}", e.audits(), self.audits.len())
    }

    /// The lowest and highest priority across the audits, "24–72", or one number when equal.
    pub fn priority_range(&self, e: &Entry) -> String {
        let series: Vec<f64> = e.row.series().into_iter().flatten().collect();
        let lo = series.iter().copied().fold(f64::MAX, f64::min);
        let hi = series.iter().copied().fold(f64::MIN, f64::max);
        match series.len() {
            0 => String::new(),
            _ if (hi - lo).abs() < 0.05 => self.num(lo),
            _ => format!("{}–{}", self.num(lo), self.num(hi)),
        }
    }

    /// Whether Markdown and HTML give each audit a column.
    pub fn per_audit_columns(&self) -> bool {
        self.audits.len() <= MAX_COLUMNS
    }
}

/// The combined CSV: the priority-list header plus `audits,worst`, one row per ranked touchpoint.
pub fn table(v: &View) -> Table {
    let header: Vec<&'static str> = LIST_HEADER.iter().chain(&EXTRA).copied().collect();
    let mut t = Table::new(&header);
    for (r, e) in v.ranked() {
        let (stage, tp) = v.tp(e);
        t.rows.push(vec![
            Cell::int(r.rank),
            Cell::text(&stage.name),
            Cell::text(&tp.name),
            Cell::Num(r.scores.frequency),
            Cell::Num(r.scores.impact),
            Cell::Num(r.scores.satisfaction),
            Cell::Num(r.priority),
            Cell::text(r.quadrant.key()),
            Cell::Bool(r.critical),
            Cell::int(e.audits()),
            Cell::text(v.worst(e)),
        ]);
    }
    t
}

/// The long CSV: per touchpoint in report order, one row per audit in the order given, with
/// the touchpoint's rank, scores and quadrant in that audit's own ranking (empty where it is
/// absent or not ranked).
pub fn long_table(v: &View) -> Table {
    let mut t = Table::new(&long_header());
    for (_, e) in v.in_order() {
        let (stage, tp) = v.tp(e);
        for (k, named) in v.audits.iter().enumerate() {
            let mut cells = vec![
                Cell::text(&stage.name),
                Cell::text(&tp.name),
                Cell::text(named.name),
            ];
            cells.extend(figures(e.row.point(k)));
            t.rows.push(cells);
        }
    }
    t
}
