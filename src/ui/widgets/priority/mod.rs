//! The priority list: the ranking as a table, then the unscored and not-applicable
//! touchpoints, with a "top 3 for this month" panel.

pub mod gaps;
mod table;
mod top3;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

use super::{lookup, put};
use crate::app::analysis::list_nav::PriorityState;
use crate::app::layout;
use crate::i18n::common::{quadrant_short, scale_letter};
use crate::i18n::views::words;
use crate::io::report::score_text;
use crate::model::voice::{self, SatisfactionFrom};
use crate::model::{Audit, Lang, Quadrant, Ranking, Scale, TpRef};
use crate::text::{pad, pad_left, width};
use crate::ui::Theme;

/// The priority list widget.
pub struct PriorityView<'a> {
    pub audit: &'a Audit,
    pub ranking: &'a Ranking,
    /// The ranking by the list's variant, whatever the table is filtered by: the top-three
    /// panel is what to fix this month, which a name or discussion filter does not change.
    pub top: &'a Ranking,
    pub state: &'a PriorityState,
    /// The UI language of labels (the audit's own text stays as written).
    pub lang: Lang,
    pub theme: &'a Theme,
    /// Said in place of the rows when a filter keeps nothing.
    pub empty: Option<&'a str>,
    /// How sure the selected touchpoint's place is ("rank 2 (1–9); 9 without Anna's
    /// ratings"), added to the line that says why it ranks where it does.
    pub sure: Option<String>,
    /// The full-screen view: the table takes the whole area, without the top-three panel.
    pub full: bool,
    /// Where the ranking takes satisfaction from: the customers' ranking shows their mean on
    /// every row, the rows not scored yet too, and never the team's.
    pub from: SatisfactionFrom,
}

impl Widget for PriorityView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let (table, panel) = layout::list(area, self.full);
        table::render(&self, table, layout::list_legend_rows(table), buf);
        if !panel.is_empty() {
            top3::render(&self, panel, panel.width < area.width, buf);
        }
    }
}

/// Column widths of the table; a zero width drops the column.
#[derive(Debug, Clone, Copy)]
pub(super) struct Columns {
    pub rank: usize,
    pub stage: usize,
    pub name: usize,
    pub score: usize,
    pub priority: usize,
    pub quadrant: usize,
}

impl Columns {
    pub fn new(total: usize, items: usize, lang: Lang) -> Self {
        let w = words(lang);
        let rank = items.to_string().len().max(2);
        let priority = width(w.priority_short).max(5);
        let quadrant = Quadrant::ALL
            .iter()
            .map(|&q| width(quadrant_short(lang, q)))
            .chain([width(w.quadrant)])
            .max()
            .unwrap_or(0);
        // rank, three scores, priority, quadrant, the two marks, each after a space
        let fixed = rank + 3 * 4 + (priority + 1) + (quadrant + 1) + 4;
        let flex = total.saturating_sub(fixed + 3);
        let stage = if flex >= 30 {
            (flex * 2 / 5).min(26)
        } else {
            0
        };
        Columns {
            rank,
            stage,
            name: flex - stage,
            score: 3,
            priority,
            quadrant,
        }
    }

    /// The cells of one row: rank, stage, name, F, I, S, priority, quadrant, marks.
    pub fn row(&self, cells: [&str; 8], marks: &str) -> Vec<(String, usize)> {
        let [rank, stage, name, f, i, s, prio, quadrant] = cells;
        let mut out = vec![(pad_left(rank, self.rank) + " ", 0)];
        if self.stage > 0 {
            out.push((pad(stage, self.stage) + " ", 1));
        }
        out.push((pad(name, self.name) + " ", 2));
        for (k, v) in [f, i, s].into_iter().enumerate() {
            out.push((pad_left(v, self.score) + " ", 3 + k));
        }
        out.push((pad_left(prio, self.priority) + " ", 6));
        out.push((pad(quadrant, self.quadrant) + " ", 7));
        out.push((pad(marks, 3), 8));
        out
    }
}

/// Effective scores of a touchpoint, `–` where a scale has no rating yet.
/// With satisfaction `from` the customers, their mean stands for satisfaction (blank without
/// enough answers), never the team's.
pub(super) fn partial_scores(
    lang: Lang,
    audit: &Audit,
    at: TpRef,
    from: SatisfactionFrom,
) -> [String; 3] {
    let tp = lookup(audit, at).map(|(_, t)| t);
    Scale::ALL.map(|s| match (s, from) {
        (Scale::Satisfaction, SatisfactionFrom::Customers) => tp
            .and_then(voice::customers)
            .filter(voice::Customers::enough)
            .map_or_else(String::new, |c| crate::i18n::num(lang, c.mean)),
        _ => tp
            .and_then(|t| score_text(lang, t, s))
            .unwrap_or_else(|| "–".to_string()),
    })
}

/// The header cells in the UI language.
pub(super) fn header(lang: Lang) -> [String; 8] {
    let w = words(lang);
    [
        "#".into(),
        w.stage.into(),
        w.touchpoint.into(),
        scale_letter(lang, Scale::Frequency).into(),
        scale_letter(lang, Scale::Impact).into(),
        scale_letter(lang, Scale::Satisfaction).into(),
        w.priority_short.into(),
        w.quadrant.into(),
    ]
}

/// The rows of the list a table shows under its header: the first display row shown, how many
/// fit, and each shown display row with its screen row; the selected one is highlighted.
pub(super) struct Window {
    pub offset: usize,
    pub height: u16,
    pub shown: Vec<(u16, usize)>,
}

impl Window {
    pub fn new(
        view: &PriorityView,
        rows: &crate::app::analysis::list_nav::Rows,
        area: Rect,
        legend_rows: u16,
        buf: &mut Buffer,
    ) -> Window {
        let height = area.height.saturating_sub(1 + legend_rows);
        let offset = view.state.offset_for(height.into(), view.ranking);
        let selected =
            (rows.items() > 0).then(|| rows.row_of(view.state.selected.min(rows.items() - 1)));
        let mut shown = Vec::new();
        for (k, row) in (offset..rows.len()).take(height.into()).enumerate() {
            let y = area.y + 1 + k as u16;
            if Some(row) == selected {
                buf.set_style(Rect::new(area.x, y, area.width, 1), view.theme.selected);
            }
            shown.push((y, row));
        }
        Window {
            offset,
            height,
            shown,
        }
    }
}

pub(super) fn put_cells(buf: &mut Buffer, area: Rect, y: u16, cells: &[(String, Style)]) {
    let mut x = area.x;
    for (text, style) in cells {
        x = put(buf, area, x, y, text, *style);
    }
}
