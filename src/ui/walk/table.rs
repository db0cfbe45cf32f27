//! The walk's touchpoint table: the numbers take the columns they need, the name the rest.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Cell, Paragraph, Row, Table};
use unicode_width::UnicodeWidthStr;

use crate::app::ranking::{RankCache, Slot};
use crate::app::{App, Walk, layout};
use crate::i18n::common::{quadrant_short, scale_letter};
use crate::i18n::num;
use crate::i18n::ui::{T, t};
use crate::model::score;
use crate::model::{Lang, Quadrant, Scale, Touchpoint, TpRef};
use crate::text::cut;
use crate::ui::Theme;

/// Below this inner width the quadrant is shown only by the colour of the priority.
const QUADRANT_COLUMN_FROM: usize = 64;

/// A scale's column always fits a mean such as `2.7`, so the columns never move as scores
/// and participants come in.
const SCALE_WIDTH: usize = 3;

/// The priority column always fits a priority such as `37.5` and the critical mark.
const PRIORITY_WIDTH: usize = 5;

/// One touchpoint as the table shows it, before widths are known.
struct Shown<'a> {
    name: &'a str,
    not_applicable: bool,
    scales: [String; 3],
    priority: String,
    quadrant: Option<Quadrant>,
    marks: String,
    /// A shown satisfaction that rests on a guess (its evidence is `assumed`).
    guess: bool,
}

impl<'a> Shown<'a> {
    /// The row of a touchpoint; priority and quadrant come from the walk's ranking, so the
    /// table agrees with the matrix and the list whatever crosshair the user chose.
    fn new(lang: Lang, tp: &'a Touchpoint, at: TpRef, ranking: &RankCache, seen: Seen) -> Self {
        let Seen { hidden, evidence } = seen;
        // Blind: a scale shows only that it has ratings, and there is no priority yet.
        let scales = Scale::ALL.map(|s| match score::effective(tp, s) {
            Some(_) if hidden && !tp.not_applicable => "✓".to_string(),
            Some(v) if !tp.not_applicable => num(lang, v),
            _ => "·".to_string(),
        });
        let (priority, quadrant) = match (ranking.slot(at), ranking.ranked(at)) {
            (_, Some(_)) if hidden => (String::new(), None),
            (_, Some(r)) => {
                let mark = if r.critical { "!" } else { "" };
                (format!("{}{mark}", num(lang, r.priority)), Some(r.quadrant))
            }
            (Some(Slot::NotApplicable(_)), None) => (t(lang, T::NotApplicable).to_string(), None),
            _ => (String::new(), None),
        };
        let mut marks = String::new();
        if !tp.notes.trim().is_empty() {
            marks.push('✎');
        }
        if score::needs_discussion(tp) && !hidden {
            marks.push('⚑');
        }
        // The room's agreed value stands in for the mean of at least one scale.
        if !hidden && Scale::ALL.iter().any(|&s| tp.agreed(s).is_some()) {
            marks.push('=');
        }
        let guess = evidence
            && !hidden
            && !tp.not_applicable
            && tp.evidence.satisfaction.is_assumed()
            && score::effective(tp, Scale::Satisfaction).is_some();
        Shown {
            guess,
            name: &tp.name,
            not_applicable: tp.not_applicable,
            scales,
            priority,
            quadrant,
            marks,
        }
    }
}

/// How a row is seen: blind and not revealed (`hidden`), and whether the audit records any
/// evidence (until it does, no score is marked a guess: they all are).
#[derive(Clone, Copy)]
struct Seen {
    hidden: bool,
    evidence: bool,
}

/// Column widths after the name, fitted to the header and the visible rows.
struct Widths {
    scales: [usize; 3],
    priority: usize,
    /// Zero when the quadrant has no column of its own.
    quadrant: usize,
    marks: usize,
}

impl Widths {
    fn fit(lang: Lang, rows: &[Shown], inner: usize) -> Self {
        let max = |f: &dyn Fn(&Shown) -> usize, head: usize| {
            rows.iter().map(f).max().unwrap_or(0).max(head)
        };
        let letter = |i: usize| scale_letter(lang, Scale::ALL[i]).width();
        let scales = [0, 1, 2].map(|i| max(&|r| r.scales[i].width(), letter(i).max(SCALE_WIDTH)));
        // A column for the critical mark is always kept, so a `!` never shifts the columns.
        let priority = max(
            &|r| r.priority.trim_end_matches('!').width() + 1,
            t(lang, T::ColPriority).width().max(PRIORITY_WIDTH),
        );
        let marks = max(&|r| r.marks.width(), 0);
        let quadrant = if inner >= QUADRANT_COLUMN_FROM {
            // As wide as the widest quadrant, so the columns stay put as scores come in.
            let widest = Quadrant::ALL
                .iter()
                .map(|q| quadrant_short(lang, *q).width());
            widest
                .max()
                .unwrap_or(0)
                .max(t(lang, T::ColQuadrant).width())
        } else {
            0
        };
        Widths {
            scales,
            priority,
            quadrant,
            marks,
        }
    }

    /// Every column's width, the name's first; zero-width columns are left out.
    fn all(&self, inner: usize) -> Vec<usize> {
        let mut rest: Vec<usize> = self.scales.to_vec();
        rest.extend([self.priority, self.quadrant, self.marks]);
        rest.retain(|w| *w > 0);
        let used: usize = rest.iter().sum::<usize>() + rest.len();
        let mut all = vec![inner.saturating_sub(used).max(4)];
        all.append(&mut rest);
        all
    }
}

pub fn draw(app: &App, w: &Walk, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let stage = w.audit.stages.get(w.stage);
    let title = stage.map_or(String::new(), |s| format!(" {} ", s.name));
    // With a name filter the table shows only the touchpoints it keeps.
    let visible = w.visible(w.stage);
    let total = visible.len();
    let below = total.saturating_sub(w.scroll + layout::table_rows(area));
    let block = Block::bordered()
        .title(Span::styled(title, theme.title))
        .title_top(
            Line::styled(
                crate::ui::more_sign(lang, true, w.scroll.min(total)),
                theme.dim,
            )
            .right_aligned(),
        )
        .title_bottom(
            Line::styled(crate::ui::more_sign(lang, false, below), theme.dim).right_aligned(),
        )
        .border_style(theme.focus_border);
    let Some(stage) = stage.filter(|_| total > 0) else {
        let text = match stage {
            None => T::NoStages,
            Some(s) if s.touchpoints.is_empty() => T::EmptyStage,
            Some(_) => T::NoMatch,
        };
        frame.render_widget(Paragraph::new(t(lang, text)).block(block), area);
        return;
    };
    let inner = usize::from(block.inner(area).width);
    let rows: Vec<usize> = (visible.iter().copied())
        .skip(w.scroll)
        .take(layout::table_rows(area))
        .collect();
    let evidence = crate::model::evidence::recorded(&w.audit);
    let shown: Vec<Shown> = (rows.iter())
        .map(|&i| {
            let tp = &stage.touchpoints[i];
            let seen = Seen {
                hidden: w.hidden((w.stage, i)),
                evidence,
            };
            Shown::new(lang, tp, (w.stage, i), &w.ranking, seen)
        })
        .collect();
    let widths = Widths::fit(lang, &shown, inner);
    let all = widths.all(inner);
    let body: Vec<Row> = shown
        .iter()
        .enumerate()
        .map(|(i, r)| row(lang, r, &widths, all[0], theme, rows[i] == w.tp))
        .collect();
    let constraints = all.iter().map(|w| Constraint::Length(as_u16(*w)));
    frame.render_widget(
        Table::new(body, constraints)
            .header(header(lang, &widths).style(theme.header))
            .column_spacing(1)
            .block(block),
        area,
    );
}

fn header(lang: Lang, widths: &Widths) -> Row<'static> {
    let mut titles: Vec<Cell> = vec![t(lang, T::ColTouchpoint).into()];
    // Right-aligned like the numbers under them.
    for (s, w) in Scale::ALL.iter().zip(widths.scales) {
        titles.push(Cell::from(format!("{:>w$}", scale_letter(lang, *s))));
    }
    let p = widths.priority;
    titles.push(Cell::from(format!("{:>p$}", t(lang, T::ColPriority))));
    if widths.quadrant > 0 {
        titles.push(t(lang, T::ColQuadrant).into());
    }
    if widths.marks > 0 {
        titles.push("".into());
    }
    Row::new(titles)
}

/// A row; numbers are right-aligned so decimals line up, the quadrant colours the priority.
fn row<'a>(
    lang: Lang,
    r: &Shown<'a>,
    widths: &Widths,
    name_width: usize,
    theme: &Theme,
    selected: bool,
) -> Row<'a> {
    let name = if r.name.width() > name_width {
        format!("{}…", cut(r.name, name_width.saturating_sub(1)))
    } else {
        r.name.to_string()
    };
    let dim = if r.not_applicable && !selected {
        theme.walk.not_applicable
    } else {
        Style::new()
    };
    let mut cells = vec![Cell::from(Span::styled(name, dim))];
    for (i, (v, w)) in r.scales.iter().zip(widths.scales).enumerate() {
        let text = format!("{v:>w$}");
        // A guessed satisfaction is drawn as a guess, in place: the columns never move.
        let guess = r.guess && Scale::ALL[i] == Scale::Satisfaction;
        cells.push(match guess {
            true if selected => Cell::from(Span::styled(text, Style::new().italic())),
            true => Cell::from(Span::styled(text, theme.card.guess)),
            false => Cell::from(text),
        });
    }
    // On the selected row the quadrant colour would fight the highlight.
    let q_style = match r.quadrant {
        Some(q) if !selected => theme.quadrant(q),
        _ => Style::new(),
    };
    let p = widths.priority.saturating_sub(1);
    let (number, mark) = match r.priority.strip_suffix('!') {
        Some(n) => (n, "!"),
        None => (r.priority.as_str(), " "),
    };
    cells.push(Cell::from(Span::styled(
        format!("{number:>p$}{mark}"),
        q_style,
    )));
    if widths.quadrant > 0 {
        let text = r.quadrant.map_or("", |q| quadrant_short(lang, q));
        cells.push(Cell::from(Span::styled(text, q_style)));
    }
    if widths.marks > 0 {
        cells.push(Cell::from(r.marks.clone()));
    }
    let row = Row::new(cells);
    if selected {
        row.style(theme.selected)
    } else {
        row
    }
}

fn as_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}
