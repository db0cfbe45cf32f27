//! The list's data-gaps view (`d`): the touchpoints in the top 10 of the shown ranking whose
//! impact or satisfaction rests on a guess, in rank order, each with why; what to measure
//! before spending money on them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::{PriorityView, put_cells, top3};
use crate::app::analysis::list_nav::{Line, Rows};
use crate::app::layout;
use crate::i18n::evidence::evidence_words;
use crate::i18n::evidence_views::words;
use crate::model::Lang;
use crate::model::gaps::{Guess, why};
use crate::text::{fit, pad, pad_left, width};
use crate::ui::widgets::{lookup, put};

/// The priority list showing only the data gaps: `list.ranking` holds just them.
pub struct GapsView<'a> {
    pub list: PriorityView<'a>,
}

impl Widget for GapsView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let (table, panel) = layout::list(area, self.list.full);
        render_table(&self.list, table, layout::list_legend_rows(table), buf);
        if !panel.is_empty() {
            top3::render(&self.list, panel, panel.width < area.width, buf);
        }
    }
}

/// Why a touchpoint is a gap, in words: "impact and satisfaction assumed: …".
pub fn reasons(lang: Lang, guess: Guess) -> &'static str {
    let w = words(lang);
    match (guess.impact, guess.satisfaction) {
        (true, true) => w.both_assumed,
        (true, false) => w.impact_assumed,
        (false, true) => w.satisfaction_assumed,
        (false, false) => "",
    }
}

/// Column widths: rank, stage (0 drops it), touchpoint, why.
fn columns(total: usize, lang: Lang, items: usize) -> [usize; 4] {
    let rank = items.to_string().len().max(2);
    let longest = width(reasons(
        lang,
        Guess {
            impact: true,
            satisfaction: true,
        },
    ));
    let why = longest.min(total / 2);
    let flex = total.saturating_sub(rank + why + 3);
    let stage = if flex >= 44 {
        (flex * 2 / 5).min(26)
    } else {
        0
    };
    [rank, stage, flex.saturating_sub(stage), why]
}

fn cells(cols: [usize; 4], [rank, stage, name, why]: [&str; 4]) -> String {
    let mut out = pad_left(rank, cols[0]) + " ";
    if cols[1] > 0 {
        out += &(pad(stage, cols[1]) + " ");
    }
    out + &pad(name, cols[2]) + " " + &fit(why, cols[3])
}

fn render_table(view: &PriorityView, area: Rect, legend_rows: u16, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let (lang, styles) = (view.lang, &view.theme.list);
    let rows = Rows::new(view.ranking);
    let cols = columns(area.width.into(), lang, rows.items());
    let v = crate::i18n::views::words(lang);
    let header = cells(cols, ["#", v.stage, v.touchpoint, words(lang).why_gap]);
    put_cells(buf, area, area.y, &[(header, styles.header)]);
    let list_height = area.height.saturating_sub(1 + legend_rows);
    let offset = view.state.offset_for(list_height.into(), view.ranking);
    let selected =
        (rows.items() > 0).then(|| rows.row_of(view.state.selected.min(rows.items() - 1)));
    for (k, row) in (offset..rows.len()).take(list_height.into()).enumerate() {
        let y = area.y + 1 + k as u16;
        if Some(row) == selected {
            buf.set_style(Rect::new(area.x, y, area.width, 1), view.theme.selected);
        }
        let line = Rect::new(area.x, y, area.width, 1);
        match rows.line(row) {
            Some(Line::Ranked(i)) => {
                let r = &view.ranking.ranked[i];
                let Some((stage, tp)) = lookup(view.audit, r.at) else {
                    continue;
                };
                let rank = r.rank.to_string();
                let text = cells(cols, [&rank, &stage.name, &tp.name, reasons(lang, why(tp))]);
                let style = if r.critical {
                    styles.critical
                } else {
                    ratatui::style::Style::new()
                };
                put(buf, line, line.x, y, &text, style);
            }
            Some(Line::NothingRanked) => {
                let text = view.empty.unwrap_or(words(lang).no_gaps);
                put(
                    buf,
                    line,
                    line.x,
                    y,
                    &fit(text, area.width.into()),
                    styles.dim,
                );
            }
            _ => {}
        }
    }
    let last = area.bottom() - 1;
    if legend_rows > 1 {
        let said = selected_reason(view, &rows, cols[3]);
        let text = said.unwrap_or_else(|| evidence_words(lang).gaps_intro.to_string());
        put(
            buf,
            area,
            area.x,
            last - 1,
            &fit(&text, area.width.into()),
            styles.dim,
        );
    }
    if legend_rows > 0 {
        let heading = fit(words(lang).gaps_heading, area.width.into());
        put(buf, area, area.x, last, &heading, styles.heading);
    }
}

/// The selected gap's reason in full, `#3 Product page: …`, when its column cuts it.
fn selected_reason(view: &PriorityView, rows: &Rows, room: usize) -> Option<String> {
    let item = view.state.selected.min(rows.items().checked_sub(1)?);
    let r = view.ranking.ranked.get(item)?;
    let (_, tp) = lookup(view.audit, r.at)?;
    let reason = reasons(view.lang, why(tp));
    (width(reason) > room).then(|| format!("#{} {}: {reason}", r.rank, tp.name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reasons_name_each_guess() {
        let both = Guess {
            impact: true,
            satisfaction: true,
        };
        assert_eq!(
            reasons(Lang::En, both),
            "impact and satisfaction assumed: no survey ≥10, no measurement"
        );
        let impact = Guess {
            impact: true,
            satisfaction: false,
        };
        assert_eq!(reasons(Lang::Ru, impact), "влияние предположено");
    }
}
