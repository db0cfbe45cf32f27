//! The funnel where the walk lists its stages: under each stage in the stage list its count of
//! customers and the conversion to the next stage, the biggest loss marked and said to be a
//! rate; in the one-line stage header of a narrow screen, the selected stage's figures.

use ratatui::text::{Line, Span};

use crate::i18n::evidence_views::{count, percent, words};
use crate::model::Lang;
use crate::model::funnel::{Funnel, Step};
use crate::text::{cut_at_word, fit, width};
use crate::ui::Theme;

/// A stage's figures: `12,400 → 25.7%` (its customers, then the share that reaches the next
/// stage), `—` where the stage has no count, the last stage's count alone.
pub fn figures(lang: Lang, step: &Step) -> String {
    let n = customers(lang, step);
    match step.conversion_to_next {
        Some(c) => format!("{n} → {}", percent(lang, c)),
        None => n,
    }
}

/// A stage's count of customers, `—` without one.
fn customers(lang: Lang, step: &Step) -> String {
    step.customers
        .map_or_else(|| "—".to_string(), |n| count(lang, n))
}

/// The stage list's funnel lines under stage `stage`, `width` columns wide; as many as
/// `app::walk::funnel::funnel_rows` counts.
pub fn stage_lines(
    lang: Lang,
    funnel: &Funnel,
    stage: usize,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'static>> {
    let Some(step) = funnel.steps.get(stage) else {
        return Vec::new();
    };
    let w = words(lang);
    let loss = funnel.biggest_loss == Some(stage);
    let mark = if loss {
        format!(" {}", w.loss_mark)
    } else {
        String::new()
    };
    let text = fit(&format!("  {}{mark}", figures(lang, step)), width);
    let mut lines = vec![Line::styled(
        text,
        if loss { theme.list.critical } else { theme.dim },
    )];
    if loss {
        // Cut after a whole word on a narrow stage list: "▼ biggest loss…", never "(ra".
        let note = format!("{} {}", w.loss_mark, w.loss_short);
        let note = format!(" {}", cut_at_word(&note, width.saturating_sub(1)));
        lines.push(Line::styled(note, theme.list.critical));
    }
    lines
}

/// The selected stage's figures for the narrow stage header, in `room` columns: the longest
/// wording that fits whole, from ` · 12,400 customers → 15% ▼ biggest loss (a rate, not a
/// count)` down to ` · 12,400 → 15% ▼`; nothing without a funnel or when not even that fits
/// (a figure or a word is never cut).
pub fn bar_spans(
    lang: Lang,
    funnel: &Funnel,
    stage: usize,
    theme: &Theme,
    room: usize,
) -> Vec<Span<'static>> {
    let Some(step) = funnel.steps.get(stage) else {
        return Vec::new();
    };
    let loss = funnel.biggest_loss == Some(stage);
    let Some(text) = bar_wordings(lang, step, loss)
        .into_iter()
        .find(|t| width(t) <= room)
    else {
        return Vec::new();
    };
    let style = if loss { theme.list.critical } else { theme.dim };
    vec![Span::styled(text, style)]
}

/// The stage header's wordings of a stage's figures, longest first: the loss said in full,
/// then short, then without the word "customers", then the mark alone; each with a wide and
/// then a narrow separator.
fn bar_wordings(lang: Lang, step: &Step, loss: bool) -> Vec<String> {
    let w = words(lang);
    let n = customers(lang, step);
    let rate = step
        .conversion_to_next
        .map(|c| format!(" → {}", percent(lang, c)))
        .unwrap_or_default();
    let with_customers = format!("{n} {}{rate}", w.customers);
    let bare = format!("{n}{rate}");
    let bodies: Vec<String> = if loss {
        let mark = w.loss_mark;
        vec![
            format!("{with_customers} {mark} {}", w.biggest_loss),
            format!("{with_customers} {mark} {}", w.loss_short),
            format!("{bare} {mark} {}", w.loss_short),
            format!("{bare} {mark}"),
        ]
    } else {
        vec![with_customers, bare]
    };
    let mut out = Vec::new();
    for body in bodies {
        out.push(format!("  · {body}"));
        out.push(format!(" · {body}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Frac;

    fn step(customers: Option<u64>, next: Option<Frac>) -> Step {
        Step {
            stage: 0,
            customers,
            conversion_to_next: next,
        }
    }

    #[test]
    fn figures_group_thousands_and_show_the_rate_to_the_next_stage() {
        let s = step(Some(12400), Some(Frac::new(1, 4)));
        assert_eq!(figures(Lang::En, &s), "12,400 → 25%");
        let s = step(Some(3100), Some(Frac::new(41, 310)));
        assert_eq!(figures(Lang::Ru, &s), "3\u{a0}100 → 13,2%");
        assert_eq!(figures(Lang::En, &step(Some(0), None)), "0");
        assert_eq!(figures(Lang::En, &step(None, None)), "—");
        let rise = step(Some(10), Some(Frac::int(3)));
        assert_eq!(figures(Lang::En, &rise), "10 → 300%");
    }

    #[test]
    fn the_stage_header_never_cuts_the_loss_note() {
        let funnel = Funnel {
            steps: vec![step(Some(12400), Some(Frac::new(3, 20)))],
            biggest_loss: Some(0),
        };
        let theme = Theme::dark();
        for lang in [Lang::En, Lang::Ru] {
            let all = bar_wordings(lang, &funnel.steps[0], true);
            let shortest = all.last().expect("wordings").clone();
            assert_eq!(shortest, format!(" · {} → 15% ▼", count(lang, 12400)));
            for room in 0..90 {
                let spans = bar_spans(lang, &funnel, 0, &theme, room);
                let text: String = spans.iter().map(|s| s.content.to_string()).collect();
                assert!(width(&text) <= room, "{room}: {text}");
                assert!(!text.contains('…'), "{room}: cut: {text}");
                if room >= width(&shortest) {
                    let best = all.iter().find(|t| width(t) <= room);
                    assert_eq!(Some(&text), best, "{room}: the longest that fits");
                } else {
                    assert!(text.is_empty(), "{room}: {text}");
                }
            }
        }
    }
}
