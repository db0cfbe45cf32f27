//! The list's data-gaps view (`d`): the touchpoints in the top 10 of the shown ranking whose
//! impact or satisfaction rests on a guess, in rank order, each with why; what to measure
//! before spending money on them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::{PriorityView, Window, put_cells, top3};
use crate::app::analysis::list_nav::{Line, Rows};
use crate::app::layout;
use crate::i18n::common::scale_name;
use crate::i18n::evidence::evidence_words;
use crate::i18n::evidence_views::words;
use crate::model::gaps::{Guess, why};
use crate::model::{Lang, Scale};
use crate::text::{cut_at_word, fit, pad, pad_left, width};
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

/// Why a touchpoint is a gap, a cell per scale: impact, satisfaction ("" where it is not).
pub fn reasons(lang: Lang, guess: Guess) -> [&'static str; 2] {
    let w = words(lang);
    [
        if guess.impact { w.assumed } else { "" },
        if guess.satisfaction { w.unbacked } else { "" },
    ]
}

/// Column widths: rank, stage (0 drops it), touchpoint, impact, satisfaction.
fn columns(total: usize, lang: Lang, items: usize) -> [usize; 5] {
    let w = words(lang);
    let rank = items.to_string().len().max(2);
    let impact = width(scale_name(lang, Scale::Impact)).max(width(w.assumed));
    let satisfaction = width(scale_name(lang, Scale::Satisfaction))
        .max(width(w.unbacked))
        .min(total / 2);
    let flex = total.saturating_sub(rank + impact + satisfaction + 5);
    let stage = if flex >= 44 {
        (flex * 2 / 5).min(26)
    } else {
        0
    };
    [
        rank,
        stage,
        flex.saturating_sub(stage),
        impact,
        satisfaction,
    ]
}

fn cells(cols: [usize; 5], [rank, stage, name, impact, satisfaction]: [&str; 5]) -> String {
    let mut out = pad_left(rank, cols[0]) + " ";
    if cols[1] > 0 {
        out += &(pad(stage, cols[1]) + " ");
    }
    out + &pad(name, cols[2]) + " " + &pad(impact, cols[3]) + " " + &fit(satisfaction, cols[4])
}

fn render_table(view: &PriorityView, area: Rect, legend_rows: u16, buf: &mut Buffer) {
    if area.height == 0 {
        return;
    }
    let (lang, styles) = (view.lang, &view.theme.list);
    let rows = Rows::new(view.ranking);
    let cols = columns(area.width.into(), lang, rows.items());
    let v = crate::i18n::views::words(lang);
    let (impact, satisfaction) = (
        scale_name(lang, Scale::Impact),
        scale_name(lang, Scale::Satisfaction),
    );
    let header = cells(cols, ["#", v.stage, v.touchpoint, impact, satisfaction]);
    put_cells(buf, area, area.y, &[(header, styles.header)]);
    for (y, row) in Window::new(view, &rows, area, legend_rows, buf).shown {
        let line = Rect::new(area.x, y, area.width, 1);
        match rows.line(row) {
            Some(Line::Ranked(i)) => {
                let r = &view.ranking.ranked[i];
                let Some((stage, tp)) = lookup(view.audit, r.at) else {
                    continue;
                };
                let rank = r.rank.to_string();
                let [impact, satisfaction] = reasons(lang, why(tp));
                let text = cells(cols, [&rank, &stage.name, &tp.name, impact, satisfaction]);
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
    // The heading, then (where there is room) what it means, cut after a whole word.
    let last = area.bottom() - 1;
    let heading_row = last - u16::from(legend_rows > 1);
    if legend_rows > 0 {
        let heading = fit(words(lang).gaps_heading, area.width.into());
        put(buf, area, area.x, heading_row, &heading, styles.heading);
    }
    if legend_rows > 1 {
        let text = cut_at_word(evidence_words(lang).gaps_intro, area.width.into());
        put(buf, area, area.x, last, &text, styles.dim);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_reasons_name_each_guess_under_its_scale() {
        let both = Guess {
            impact: true,
            satisfaction: true,
        };
        assert_eq!(
            reasons(Lang::En, both),
            ["assumed", "assumed: no survey ≥10, no measurement"]
        );
        let impact = Guess {
            impact: true,
            satisfaction: false,
        };
        assert_eq!(reasons(Lang::Ru, impact), ["догадка", ""]);
    }
}
