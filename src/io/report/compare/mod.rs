//! Reports comparing audits of one checklist: before and after, or a trend over several.
//! Words, numbers and dates follow the language of the last audit.

mod chart;
mod csv;
mod evidence;
pub(super) mod html;
mod json;
pub(super) mod md;
mod render;
mod text;
mod xlsx;

use super::locale::num;
use super::many::Heading;
pub use super::many::Named;
use crate::i18n::common::quadrant_short;
use crate::i18n::cycle::{self, Words, presence_name, verdict_one};
use crate::i18n::report;
use crate::model::compare::{Comparison, Presence, Row, Standing, compare};
use crate::model::{Audit, CrosshairMode, Lang, Quadrant, Scale, Stage, Touchpoint};
pub use csv::{FIGURES, HEADER, figures, long_header, long_table, table};
pub use render::{render, render_file};

/// A comparison with what every writer needs to show it.
pub struct View<'a> {
    pub audits: &'a [Named<'a>],
    pub cmp: Comparison,
    pub mode: CrosshairMode,
    pub lang: Lang,
    pub w: &'static Words,
    pub r: &'static report::Words,
}

impl<'a> View<'a> {
    /// Compares `audits` (at least one, oldest first) in the language of the last.
    pub fn new(audits: &'a [Named<'a>], mode: CrosshairMode) -> View<'a> {
        let list: Vec<&Audit> = audits.iter().map(|n| n.audit).collect();
        let lang = list.last().map_or(Lang::En, |a| a.lang);
        View {
            audits,
            cmp: compare(&list, mode),
            mode,
            lang,
            w: cycle::words(lang),
            r: report::words(lang),
        }
    }

    /// Two audits: before and after.
    pub fn is_pair(&self) -> bool {
        self.audits.len() == 2
    }

    /// The scales whose values the table shows first → last: all three for a pair; none for a
    /// trend, which shows the priority in every audit instead.
    pub fn scales(&self) -> &'static [Scale] {
        if self.is_pair() { &Scale::ALL } else { &[] }
    }

    /// The heading of the rank column: "# after" beside "# before", else just "#".
    pub fn rank_heading(&self) -> &'static str {
        if self.is_pair() {
            self.w.rank_after
        } else {
            self.r.rank
        }
    }

    pub fn last(&self) -> &'a Audit {
        self.audits[self.audits.len() - 1].audit
    }

    /// The stage and touchpoint as shown: named as in the last audit that has it.
    pub fn tp(&self, row: &Row) -> (&'a Stage, &'a Touchpoint) {
        let (k, (s, t)) = row.shown_in();
        let stage = &self.audits[k].audit.stages[s];
        (stage, &stage.touchpoints[t])
    }

    /// The report's title and what it is of: "Audit comparison" (or trend), "q4 → q1".
    pub fn heading(&self) -> Heading<'a> {
        let kind = if self.is_pair() {
            self.w.compare_title
        } else {
            self.w.trend_title
        };
        Heading {
            lang: self.lang,
            kind,
            title: self.chain(),
            client: &self.last().client,
        }
    }

    /// "q4 → q1".
    pub fn chain(&self) -> String {
        let names: Vec<&str> = self.audits.iter().map(|n| n.name).collect();
        names.join(" → ")
    }

    pub fn num(&self, v: impl Into<f64>) -> String {
        num(self.lang, v)
    }

    /// A signed change: `+12`, `-37,3`, `0`.
    pub fn signed(&self, v: f64) -> String {
        signed(self.lang, v)
    }

    /// A scale's value first → last as `4 → 2`, one value when it stayed, blank when unranked.
    pub fn scale_move(&self, row: &Row, scale: Scale) -> String {
        let (a, b) = (row.first(), row.last());
        match (a, b) {
            (Some(a), Some(b))
                if self.num(a.scores.get(scale)) != self.num(b.scores.get(scale)) =>
            {
                format!(
                    "{}→{}",
                    self.num(a.scores.get(scale)),
                    self.num(b.scores.get(scale))
                )
            }
            (_, Some(b)) => self.num(b.scores.get(scale)),
            // Not ranked now: the old value; the status says why.
            (Some(a), None) => self.num(a.scores.get(scale)),
            (None, None) => String::new(),
        }
    }

    /// The quadrant now, or `before → now` when it moved (short names, for narrow columns).
    pub fn quadrant_short(&self, row: &Row) -> String {
        match (row.first(), row.last(), row.moved()) {
            (_, _, Some((a, b))) => format!(
                "{} → {}",
                quadrant_short(self.lang, a),
                quadrant_short(self.lang, b)
            ),
            (_, Some(b), None) => quadrant_short(self.lang, b.quadrant).to_string(),
            _ => String::new(),
        }
    }

    /// The lowest and highest priority in the table: the one scale of every trend line.
    pub fn priority_range(&self) -> (f64, f64) {
        crate::model::compare::priority_range(&self.cmp.rows)
    }

    /// The cells every table shares after the names: the scales first → last (of a pair), the
    /// priority in each audit, the sparkline (of a trend) and the change.
    pub fn figures(&self, row: &Row, range: (f64, f64)) -> Vec<String> {
        let mut cells: Vec<String> = self
            .scales()
            .iter()
            .map(|&s| self.scale_move(row, s))
            .collect();
        let series = row.series();
        cells.extend(
            series
                .iter()
                .map(|p| p.map(|p| self.num(p)).unwrap_or_default()),
        );
        if !self.is_pair() {
            cells.push(sparkline(&series, range));
        }
        cells.push(row.change().map(|c| self.signed(c)).unwrap_or_default());
        cells
    }

    /// The lists of what changed, each with its heading, in the order reports give them:
    /// quadrant moves, critical gained and lost, added, removed. `esc` escapes names for the
    /// format, `strong` marks a name, `quadrant` shows a quadrant.
    pub fn change_lists(
        &self,
        esc: fn(&str) -> String,
        strong: fn(&str) -> String,
        quadrant: &dyn Fn(Quadrant) -> String,
    ) -> Vec<(String, Vec<String>)> {
        let moved = self
            .moved()
            .filter_map(|row| {
                let (a, b) = row.moved()?;
                let name = strong(&esc(&self.tp(row).1.name));
                Some(format!("{name}: {} → {}", quadrant(a), quadrant(b)))
            })
            .collect();
        let names = |rows: Vec<&Row>| -> Vec<String> {
            rows.into_iter()
                .map(|r| {
                    let (s, t) = self.tp(r);
                    format!("{} / {}", esc(&s.name), esc(&t.name))
                })
                .collect()
        };
        let w = self.w;
        vec![
            (w.moved.to_string(), moved),
            (
                w.became_critical.to_string(),
                names(self.critical_changed(true).collect()),
            ),
            (
                w.no_longer_critical.to_string(),
                names(self.critical_changed(false).collect()),
            ),
            (
                capital(w.added),
                names(self.with(Presence::Added).collect()),
            ),
            (
                capital(w.removed),
                names(self.with(Presence::Removed).collect()),
            ),
        ]
    }

    /// Rows that moved between quadrants.
    pub fn moved(&self) -> impl Iterator<Item = &Row> {
        self.cmp.rows.iter().filter(|r| r.moved().is_some())
    }

    /// Rows that became (`true`) or stopped being (`false`) critical.
    pub fn critical_changed(&self, became: bool) -> impl Iterator<Item = &Row> {
        self.cmp
            .rows
            .iter()
            .filter(move |r| r.critical_change() == Some(became))
    }

    /// The row's status for people: new or removed, and why it is not ranked now.
    pub fn status(&self, row: &Row) -> String {
        let presence = presence_name(self.lang, row.presence());
        let k = self.audits.len() - 1;
        let standing = match row.standing.get(k).copied().flatten() {
            Some(Standing::Unscored) => self.r.unscored.to_lowercase(),
            Some(Standing::NotApplicable) => self.r.not_applicable.to_lowercase(),
            _ => String::new(),
        };
        match (presence.is_empty(), standing.is_empty()) {
            (_, true) => presence.to_string(),
            (true, false) => standing,
            (false, false) => format!("{presence}, {standing}"),
        }
    }

    /// "priority 81 → 40.5 (-40.5), improved": how a done action's touchpoint fared.
    pub fn outcome(&self, row: &Row) -> String {
        outcome(self.lang, row)
    }

    pub fn with(&self, presence: Presence) -> impl Iterator<Item = &Row> {
        self.cmp
            .rows
            .iter()
            .filter(move |r| r.presence() == presence)
    }
}

/// "priority 81 → 40.5 (-40.5), improved": how a done action's touchpoint fared between the
/// first and the last audit of its row; "not ranked in both" when that cannot be said.
pub fn outcome(lang: Lang, row: &Row) -> String {
    let w = cycle::words(lang);
    match (row.first(), row.last(), row.change(), row.verdict()) {
        (Some(a), Some(b), Some(c), Some(verdict)) => {
            format!(
                "{} {} → {} ({}), {}",
                w.helped.to_lowercase(),
                num(lang, a.priority),
                num(lang, b.priority),
                signed(lang, c),
                verdict_one(lang, verdict)
            )
        }
        _ => w.not_comparable.to_string(),
    }
}

/// A signed change: `+12`, `-37,3`, `0`.
pub fn signed(lang: Lang, v: f64) -> String {
    let s = num(lang, v);
    if s == "0" || s.starts_with('-') {
        s
    } else {
        format!("+{s}")
    }
}

pub use crate::text::capital;

/// A series as a sparkline of `▁▂▃▅▇` on the scale `lo`…`hi`; `·` where there is no value.
pub fn sparkline(series: &[Option<f64>], (lo, hi): (f64, f64)) -> String {
    const BARS: [char; 5] = ['▁', '▂', '▃', '▅', '▇'];
    series
        .iter()
        .map(|v| match v {
            None => '·',
            Some(_) if hi - lo < 1e-9 => BARS[2],
            Some(v) => {
                let t = ((v - lo) / (hi - lo)).clamp(0.0, 1.0);
                BARS[((t * 4.0).round() as usize).min(4)]
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sparklines_share_one_scale_and_mark_gaps() {
        assert_eq!(
            sparkline(
                &[Some(0.0), Some(25.0), Some(50.0), Some(75.0), Some(100.0)],
                (0.0, 100.0)
            ),
            "▁▂▃▅▇"
        );
        assert_eq!(
            sparkline(&[Some(40.0), None, Some(40.0)], (40.0, 40.0)),
            "▃·▃"
        );
        assert_eq!(sparkline(&[Some(10.0), Some(90.0)], (10.0, 90.0)), "▁▇");
    }
}
