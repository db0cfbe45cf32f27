//! The compare view: the open audit against the one it follows, a change column per
//! touchpoint (priority before → after, the change, quadrant moves, critical gained or lost,
//! added and removed), from the comparison the walk keeps (`app::previous`), never made here.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Theme;
use crate::app::compare::previous::{Previous, Trend};
use crate::app::{App, Walk, layout};
use crate::i18n::common::quadrant_short;
use crate::i18n::cycle::{Words, presence_name, words};
use crate::i18n::ui::{T, t};
use crate::io::report::compare::sparkline;
use crate::model::compare::{Comparison, Presence, Row, Standing, Verdict};
use crate::model::{Audit, Lang, fmt_num};
use crate::text::{cut, first_line, pad, pad_left, width};

/// Widths of the fixed columns: rank, before, after, change, quadrant, critical.
const RANK: usize = 3;
const NUM: usize = 5;
const CHANGE: usize = 8;
const CRIT: usize = 2;
/// The stage column, on screens wide enough for it; the longest a name column grows.
const STAGE: usize = 24;
const NAME_MAX: usize = 40;

pub(super) fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(w) = &app.walk else { return };
    let [title_area, body, status_area, hints] = layout::analysis(area, false);
    if let Some(p) = &w.previous {
        title(app.lang, w, p, theme, frame, title_area);
        let (table_area, done_area) = layout::compare(body, p.comparison().done.len());
        let used = table(app.lang, w, p, theme, frame, table_area);
        // Right under a short table (a line apart), with the rest of the body for its lines.
        let top = done_area.y.min(table_area.y + used + 1);
        let done_area = Rect::new(body.x, top, body.width, body.bottom() - top);
        if done_area.height > 0 && !layout::compare(body, 0).1.is_empty() {
            done(app.lang, w, p, theme, frame, done_area);
        }
    }
    super::status::draw(app, w, theme, frame, status_area);
    super::hints::draw(app, theme, frame, hints);
}

/// "Compared with q1  q2  critical 2 → 1".
fn title(lang: Lang, w: &Walk, p: &Previous, theme: &Theme, frame: &mut Frame, area: Rect) {
    let s = &p.comparison().summary;
    let line = Line::from(vec![
        Span::styled(
            format!(" {} {} ", t(lang, T::CompareTitle), p.name),
            theme.title,
        ),
        Span::raw(format!(" {}  ", w.audit.name)),
        Span::styled(
            format!(
                "{} {} → {}",
                t(lang, T::Critical),
                s.critical_before,
                s.critical_after
            ),
            theme.dim,
        ),
    ]);
    let mut line = line;
    if let Some(trend) = p.trend() {
        let names = trend.names.join(" → ");
        line.spans.push(Span::styled(
            format!("  {}: {names}", words(lang).trend),
            theme.dim,
        ));
    }
    frame.render_widget(Paragraph::new(line), area);
}

/// The actions marked done since the previous audit, each with how its touchpoint fared
/// (`priority 125 → 50 (−75), improved`), or a line saying there is none.
fn done(lang: Lang, w: &Walk, p: &Previous, theme: &Theme, frame: &mut Frame, area: Rect) {
    if area.height == 0 {
        return;
    }
    let c = p.comparison();
    let wd = words(lang);
    let total = usize::from(area.width);
    let heading = format!(" {} {}:", wd.done_actions, p.name);
    let mut lines = vec![Line::styled(cut(&heading, total), theme.list.header)];
    if c.done.is_empty() {
        lines.push(Line::styled(
            cut(&format!(" {}", wd.no_done_actions), total),
            theme.dim,
        ));
    }
    let rows = usize::from(area.height) - 1;
    let audits: [&Audit; 2] = [&p.audit, &w.audit];
    for (i, d) in c.done.iter().enumerate().take(rows) {
        let left = c.done.len() - i;
        if i + 1 == rows && left > 1 {
            lines.push(Line::styled(super::more_sign(lang, false, left), theme.dim));
            break;
        }
        let row = &c.rows[d.row];
        let (k, (s, t)) = row.shown_in();
        let tp = &audits[k].stages[s].touchpoints[t];
        let action = tp.action.as_ref().map_or("", |a| a.action.as_str());
        let style = match d.verdict {
            Some(Verdict::Improved) => theme.status.saved,
            Some(Verdict::Worsened) => theme.status.error,
            _ => theme.dim,
        };
        let outcome = crate::io::report::compare::outcome(lang, row);
        let text = format!(
            " ✓ {}: {} — {outcome}",
            first_line(&tp.name),
            first_line(action)
        );
        lines.push(Line::styled(cut(&text, total), style));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

/// The summary line, the header and the rows from the selection's page on; the lines drawn.
fn table(lang: Lang, w: &Walk, p: &Previous, theme: &Theme, frame: &mut Frame, area: Rect) -> u16 {
    let c = p.comparison();
    let wd = words(lang);
    let total = usize::from(area.width);
    let trend = p.trend();
    let cols = Columns::fit(lang, total, wd, trend);
    let rows = layout::compare_rows(area);
    let nav = w.compare_nav;
    let mut lines = vec![
        Line::styled(
            summary_line(lang, wd, c, nav.scroll, rows, total),
            theme.dim,
        ),
        Line::styled(
            format!(" {}", cut(&header_line(lang, wd, &cols), total - 1)),
            theme.list.header,
        ),
    ];
    let audits: [&Audit; 2] = [&p.audit, &w.audit];
    for (i, row) in c.rows.iter().enumerate().skip(nav.scroll).take(rows) {
        let mut spans = row_spans(lang, &audits, row, theme, cols.widths());
        if let Some(t) = trend {
            let line = t.series(row).map(|s| sparkline(&s, t.range));
            let cell = format!("{} ", pad(&line.unwrap_or_default(), cols.trend - 1));
            spans.insert(TREND_AT, Span::styled(cell, theme.title));
        }
        if i == nav.selected {
            for s in &mut spans {
                s.style = theme.selected.patch(s.style).patch(theme.selected);
            }
        }
        lines.push(Line::from(spans));
    }
    // What the change means, where the rows leave room for it.
    if c.rows.len() + 2 < rows {
        lines.push(Line::raw(""));
        for l in crate::text::wrap(wd.change_note, total.saturating_sub(2)) {
            lines.push(Line::styled(format!(" {l}"), theme.dim));
        }
    }
    let used = (lines.len() as u16).min(area.height);
    frame.render_widget(Paragraph::new(lines), area);
    used
}

/// The widths of the table's columns on a screen `total` cells wide.
struct Columns {
    /// Narrow screens show where a touchpoint moved to (`→ keep up`), wide ones from where too.
    narrow: bool,
    quad: usize,
    /// The sparkline column (with its gap); 0 without a trend.
    trend: usize,
    /// The stage column, 0 on a screen without room for it.
    stage: usize,
    name: usize,
}

impl Columns {
    fn fit(lang: Lang, total: usize, wd: &Words, trend: Option<&Trend>) -> Columns {
        let narrow = total < 80;
        let quad = quadrant_width(lang, narrow);
        // Over a chain of three audits or more, each touchpoint's priority series as a sparkline.
        let trend = trend.map_or(0, |t| t.names.len().max(width(wd.trend)) + 1);
        let room = total.saturating_sub(RANK + 2 * NUM + CHANGE + quad + CRIT + 7 + trend);
        // A wide screen names the stage too; a name never takes more than it needs.
        let (stage, name) = match room >= 60 {
            true => (STAGE, (room - STAGE - 1).min(NAME_MAX)),
            false => (0, room),
        };
        Columns {
            narrow,
            quad,
            trend,
            stage,
            name,
        }
    }

    /// The widths a row's spans are cut to: stage, name, quadrant, and whether narrow.
    fn widths(&self) -> (usize, usize, usize, bool) {
        (self.stage, self.name, self.quad, self.narrow)
    }
}

/// The counts of each kind of change, then the rows above and below the page at the right.
fn summary_line(
    lang: Lang,
    wd: &Words,
    c: &Comparison,
    scroll: usize,
    rows: usize,
    total: usize,
) -> String {
    let s = &c.summary;
    let summary = format!(
        " {} {} · {} {} · {} {} · {} {} · {} {}",
        wd.improved,
        s.improved,
        wd.worsened,
        s.worsened,
        wd.unchanged,
        s.unchanged,
        wd.added,
        s.added,
        wd.removed,
        s.removed,
    );
    let below = c.rows.len().saturating_sub(scroll + rows);
    let more = format!(
        "{}{}",
        super::more_sign(lang, true, scroll),
        super::more_sign(lang, false, below)
    );
    let summary = cut(&summary, total.saturating_sub(width(&more)));
    let gap = total.saturating_sub(width(&summary) + width(&more));
    cut(&format!("{summary}{}{more}", " ".repeat(gap)), total)
}

/// The column titles, the stage's only when it has a column.
fn header_line(lang: Lang, wd: &Words, cols: &Columns) -> String {
    let stage_head = match cols.stage {
        0 => String::new(),
        w => format!("{} ", pad(t(lang, T::ColStage), w)),
    };
    let mut header = vec![
        pad_left("#", RANK),
        format!("{stage_head}{}", pad(t(lang, T::ColTouchpoint), cols.name)),
        pad_left(t(lang, T::ColWas), NUM),
        pad_left(t(lang, T::ColNow), NUM),
        pad_left("Δ", CHANGE),
        pad(t(lang, T::ColQuadrant), cols.quad),
        pad("!", CRIT),
    ];
    if cols.trend > 0 {
        header.insert(5, pad(wd.trend, cols.trend - 1));
    }
    header.join(" ")
}

/// Where the trend cell goes among a row's spans: after the change.
const TREND_AT: usize = 6;

/// The quadrant column: room for "before → after" of the longest short names.
fn quadrant_width(lang: Lang, narrow: bool) -> usize {
    let longest = crate::model::Quadrant::ALL
        .iter()
        .map(|q| width(quadrant_short(lang, *q)))
        .max()
        .unwrap_or(0);
    match narrow {
        true => longest + 2,
        false => 2 * longest + 3,
    }
}

/// One row's cells: rank now, name, priority before and after, the change (or new/removed),
/// the quadrant (with its move), critical gained (+!), lost (−!) or kept (!).
fn row_spans<'a>(
    lang: Lang,
    audits: &[&Audit; 2],
    row: &Row,
    theme: &Theme,
    (stage_w, name_w, quad_w, narrow): (usize, usize, usize, bool),
) -> Vec<Span<'a>> {
    let (k, (s, tp)) = row.shown_in();
    let stage = &audits[k].stages[s];
    let name = &stage.touchpoints[tp].name;
    let (before, after) = (row.first(), row.last());
    let rank = after.map_or(String::new(), |p| p.rank.to_string());
    let num = |k: usize| match row.standing.get(k).copied().flatten() {
        Some(Standing::Ranked(p)) => fmt_num(p.priority),
        Some(Standing::NotApplicable) => t(lang, T::HintNa).to_string(),
        _ => "–".to_string(),
    };
    let (change, change_style) = match (row.presence(), row.change(), row.verdict()) {
        (Presence::Kept, Some(c), v) => {
            let text = match fmt_num(c) {
                n if n == "0" || n.starts_with('-') => n.replace('-', "−"),
                n => format!("+{n}"),
            };
            let style = match v {
                Some(Verdict::Improved) => theme.status.saved,
                Some(Verdict::Worsened) => theme.status.error,
                _ => theme.dim,
            };
            (text, style)
        }
        (Presence::Kept, None, _) => ("–".to_string(), theme.dim),
        (presence, _, _) => (
            presence_name(lang, presence).to_string(),
            theme.status.flash,
        ),
    };
    let quadrant = match (row.moved(), after.or(before)) {
        (Some((_, b)), _) if narrow => format!("→ {}", quadrant_short(lang, b)),
        (Some((a, b)), _) => format!("{} → {}", quadrant_short(lang, a), quadrant_short(lang, b)),
        (None, Some(p)) => quadrant_short(lang, p.quadrant).to_string(),
        (None, None) => String::new(),
    };
    let quad_style = after
        .or(before)
        .map_or(Style::new(), |p| theme.quadrant(p.quadrant));
    let (crit, crit_style) = match (row.critical_change(), after.is_some_and(|p| p.critical)) {
        (Some(true), _) => ("+!", theme.list.critical),
        (Some(false), _) => ("−!", theme.status.saved),
        (None, true) => ("!", theme.list.critical),
        (None, false) => ("", Style::new()),
    };
    let name_style = match row.presence() {
        Presence::Removed => theme.dim,
        _ => Style::new(),
    };
    vec![
        Span::raw(format!(" {} ", pad_left(&rank, RANK))),
        Span::styled(
            match stage_w {
                0 => String::new(),
                w => format!("{} ", pad(&cut(&stage.name, w), w)),
            },
            theme.dim,
        ),
        Span::styled(format!("{} ", pad(&cut(name, name_w), name_w)), name_style),
        Span::raw(format!("{} ", pad_left(&num(0), NUM))),
        Span::raw(format!("{} ", pad_left(&num(1), NUM))),
        Span::styled(
            format!("{} ", pad_left(&cut(&change, CHANGE), CHANGE)),
            change_style,
        ),
        Span::styled(
            format!("{} ", pad(&cut(&quadrant, quad_w), quad_w)),
            quad_style,
        ),
        Span::styled(pad(crit, CRIT), crit_style),
    ]
}
