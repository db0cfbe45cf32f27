//! Where things go on screen, computed from the terminal size: the views draw into these areas,
//! and `update` hit-tests clicks and limits scrolling with the same geometry, so the two never
//! disagree and `update` never asks a view.

use ratatui::layout::{Constraint, Layout, Rect};

/// Below this size only a "terminal too small" notice is drawn.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

pub fn too_small(area: Rect) -> bool {
    area.width < MIN_WIDTH || area.height < MIN_HEIGHT
}

/// The full screen for a terminal size.
pub fn screen((w, h): (u16, u16)) -> Rect {
    Rect::new(0, 0, w, h)
}

/// The areas of the walk screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WalkAreas {
    /// The stage list on wide screens.
    pub stages: Option<Rect>,
    /// A one-line stage header on narrow screens.
    pub stage_bar: Option<Rect>,
    pub table: Rect,
    pub card: Rect,
    pub status: Rect,
    pub hints: Rect,
}

/// Wide terminals get stages | table | card; narrow ones stack the table over the card.
pub fn walk(area: Rect) -> WalkAreas {
    let [main, status, hints] = Layout::vertical([
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    if area.width >= 100 {
        let side = if area.width >= 140 { 26 } else { 20 };
        // The table's names need the width most; the card's text wraps.
        let card = if area.width >= 140 {
            62
        } else {
            34 + (area.width - 100) / 2
        };
        let [stages, table, card] = Layout::horizontal([
            Constraint::Length(side),
            Constraint::Min(30),
            Constraint::Length(card),
        ])
        .areas(main);
        return WalkAreas {
            stages: Some(stages),
            stage_bar: None,
            table,
            card,
            status,
            hints,
        };
    }
    let [bar, rest] = Layout::vertical([Constraint::Length(1), Constraint::Min(1)]).areas(main);
    let table_height = (rest.height * 2 / 5).max(5);
    let [table, card] =
        Layout::vertical([Constraint::Length(table_height), Constraint::Min(1)]).areas(rest);
    WalkAreas {
        stages: None,
        stage_bar: Some(bar),
        table,
        card,
        status,
        hints,
    }
}

/// The card's text area: inside its border.
pub fn card_inner(card: Rect) -> Rect {
    card.inner(ratatui::layout::Margin::new(1, 1))
}

/// Touchpoint rows the table can show (inside its border, under its header).
pub fn table_rows(table: Rect) -> usize {
    usize::from(table.height.saturating_sub(3))
}

/// The touchpoint index under a click in the table, if any.
pub fn table_hit(table: Rect, scroll: usize, column: u16, row: u16) -> Option<usize> {
    let inside = column > table.x && column + 1 < table.right() && row >= table.y + 2;
    let offset = usize::from(row.checked_sub(table.y + 2)?);
    (inside && offset < table_rows(table)).then_some(scroll + offset)
}

/// A centred box of at most `w`×`h` inside `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// The title, body, status and hint rows of an analysis screen (matrix, list); `full` (the
/// full-screen view for a room) leaves out the hints.
pub fn analysis(area: Rect, full: bool) -> [Rect; 4] {
    Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(u16::from(!full)),
    ])
    .areas(area)
}

/// Bodies shorter than this leave out the compare view's actions-done section.
const COMPARE_DONE_FROM: u16 = 12;

/// The compare view's body split into the table (summary, header, rows) and, below it, the
/// actions done since the previous audit (`done` of them): a heading and a line each (one
/// line saying there is none), at most a third of the body.
pub fn compare(body: Rect, done: usize) -> (Rect, Rect) {
    let want = 1 + done.max(1).min(usize::from(u16::MAX - 1)) as u16;
    let h = match body.height >= COMPARE_DONE_FROM {
        true => want.min(body.height / 3),
        false => 0,
    };
    let table = Rect::new(body.x, body.y, body.width, body.height - h);
    (table, Rect::new(body.x, table.bottom(), body.width, h))
}

/// The rows of the compare view's table in its area: below its summary and header, above
/// the note on what the change means (kept in sight however long the table).
pub fn compare_rows(body: Rect, lang: crate::model::Lang) -> usize {
    let note = compare_note(lang, body.width).len() as u16;
    usize::from(body.height.saturating_sub(2 + note))
}

/// The compare view's note that a negative change is an improvement, as its lines at `width`.
pub fn compare_note(lang: crate::model::Lang, width: u16) -> Vec<String> {
    let note = crate::i18n::cycle::words(lang).change_note;
    crate::text::wrap(note, usize::from(width).saturating_sub(2))
}

/// Narrower than this, the matrix leaves out its legend panel and the plot takes the body.
const MATRIX_PANEL_FROM: u16 = 60;

/// The matrix body split into the plot and the legend panel (empty when there is no room, or
/// in the full-screen view).
pub fn matrix(body: Rect, full: bool) -> (Rect, Rect) {
    if full || body.width < MATRIX_PANEL_FROM {
        return (body, Rect::new(body.right(), body.y, 0, body.height));
    }
    let panel = (body.width * 2 / 5).clamp(26, 56);
    let plot = Rect::new(body.x, body.y, body.width - panel, body.height);
    (plot, Rect::new(plot.right(), body.y, panel, body.height))
}

/// The matrix plot for a terminal size.
pub fn matrix_plot(size: (u16, u16), full: bool) -> Rect {
    matrix(analysis(screen(size), full)[1], full).0
}

/// Wider than this, the list's top three sit beside the table instead of under it.
const LIST_SIDE_PANEL_FROM: u16 = 120;

/// The list body split into the table (header, rows and legend line) and the top-three panel
/// (empty in the full-screen view).
pub fn list(body: Rect, full: bool) -> (Rect, Rect) {
    if full {
        return (body, Rect::new(body.x, body.bottom(), body.width, 0));
    }
    if body.width >= LIST_SIDE_PANEL_FROM {
        let side = (body.width / 3).clamp(36, 56);
        let table = Rect::new(body.x, body.y, body.width - side, body.height);
        return (table, Rect::new(table.right(), body.y, side, body.height));
    }
    let panel = if body.height >= 14 { 5 } else { 0 };
    let table = Rect::new(body.x, body.y, body.width, body.height - panel);
    (table, Rect::new(body.x, table.bottom(), body.width, panel))
}

/// The lines under the list's table: its legend, then why the selected row ranks there (0–2).
pub fn list_legend_rows(table: Rect) -> u16 {
    // The legend first; from 12 rows on, a line saying why the selected row ranks where it does.
    u16::from(table.height >= 8) + u16::from(table.height >= 12)
}

/// How many list rows the table shows in a list body.
pub fn list_rows(body: Rect, full: bool) -> usize {
    let (table, _) = list(body, full);
    usize::from(table.height.saturating_sub(1 + list_legend_rows(table)))
}
