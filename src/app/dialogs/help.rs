//! The help overlay's plan: every key of the screen underneath, straight from its keymap, laid
//! out in one or two columns for a size. Descriptions wrap rather than being cut; when even that
//! does not fit, the overlay scrolls, and `update` takes its scroll limit from the same plan.

use ratatui::layout::Rect;

use crate::app::keymap::{self, Binding};
use crate::app::state::App;
use crate::i18n::ui::t;
use crate::text::{width, wrap};

/// Narrower descriptions than this read badly; use one column instead.
const MIN_DESCRIPTION: usize = 22;

/// One line of the overlay: a key label (empty under a wrapped description) and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpLine {
    pub label: String,
    pub text: String,
}

/// How the keys are laid out for a screen size.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Each column's lines.
    pub columns: Vec<Vec<HelpLine>>,
    pub col_w: usize,
    pub label_w: usize,
    /// Lines that fit under each other inside the box.
    pub room: usize,
}

impl Plan {
    pub fn new(app: &App, area: Rect) -> Self {
        let table = keymap::active(app);
        let labels: Vec<String> = table.iter().map(Binding::label).collect();
        let label_w = labels.iter().map(|l| width(l)).max().unwrap_or(0);
        let desc_w = table
            .iter()
            .map(|b| width(t(app.lang, b.text)))
            .max()
            .unwrap_or(0);
        let inner_w = usize::from(area.width.saturating_sub(2));
        let room = usize::from(area.height.saturating_sub(2)).max(1);
        let full = label_w + 2 + desc_w;
        let entries = |w: usize| -> Vec<Vec<HelpLine>> {
            (table.iter().zip(&labels))
                .map(|(b, label)| entry(t(app.lang, b.text), label, w))
                .collect()
        };
        // Two columns when their descriptions keep a readable width and the keys then fit.
        let two_w = (inner_w.saturating_sub(1) / 2).min(full);
        if two_w >= label_w + 2 + MIN_DESCRIPTION {
            let columns = split(entries(two_w - label_w - 2));
            if columns.iter().all(|c| c.len() <= room) {
                return Plan {
                    columns,
                    col_w: two_w,
                    label_w,
                    room,
                };
            }
        }
        let col_w = inner_w.min(full);
        let lines = entries(col_w.saturating_sub(label_w + 2)).concat();
        Plan {
            columns: vec![lines],
            col_w,
            label_w,
            room,
        }
    }

    pub fn height(&self) -> usize {
        self.columns.iter().map(Vec::len).max().unwrap_or(0)
    }

    pub fn max_scroll(&self) -> usize {
        self.height().saturating_sub(self.room)
    }
}

/// One key's lines: its label, then its description wrapped beside it.
fn entry(text: &str, label: &str, w: usize) -> Vec<HelpLine> {
    let mut parts = wrap(text, w.max(1));
    if parts.is_empty() {
        parts.push(String::new());
    }
    parts
        .into_iter()
        .enumerate()
        .map(|(i, text)| HelpLine {
            label: if i == 0 {
                label.to_string()
            } else {
                String::new()
            },
            text,
        })
        .collect()
}

/// Two columns of whole entries, the first at least as long as the second.
fn split(entries: Vec<Vec<HelpLine>>) -> Vec<Vec<HelpLine>> {
    let total: usize = entries.iter().map(Vec::len).sum();
    let mut first = Vec::new();
    let mut second = Vec::new();
    for e in entries {
        if first.len() < total.div_ceil(2) && second.is_empty() {
            first.extend(e);
        } else {
            second.extend(e);
        }
    }
    vec![first, second]
}

/// The furthest the overlay can scroll at the app's terminal size.
pub fn max_scroll(app: &App) -> u16 {
    let plan = Plan::new(app, crate::app::layout::screen(app.size));
    u16::try_from(plan.max_scroll()).unwrap_or(u16::MAX)
}
