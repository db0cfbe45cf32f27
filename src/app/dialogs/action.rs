//! The action-plan form: what will be done about a touchpoint, by whom, by when, measured how.

use crossterm::event::KeyEvent;

use crate::app::editor::Editor;
use crate::app::notice::Notice;
use crate::i18n::ui::T;
use crate::model::{Action, ActionStatus, TpRef};

/// The text fields, in tab order; the status choice comes after them.
pub const TEXT_FIELDS: [T; 6] = [
    T::ActionWhat,
    T::ActionOwner,
    T::ActionDue,
    T::ActionKpi,
    T::ActionCurrent,
    T::ActionTarget,
];

/// Index of the due-date field in [`TEXT_FIELDS`].
pub(in crate::app) const DUE: usize = 2;
/// Index of the status choice: the last field.
pub const STATUS: usize = TEXT_FIELDS.len();

/// The form, editing a copy of the touchpoint's action until it is saved.
#[derive(Debug, Clone, PartialEq)]
pub struct ActionForm {
    /// The touchpoint the plan belongs to.
    pub at: TpRef,
    pub name: String,
    pub fields: [Editor; 6],
    pub status: ActionStatus,
    /// Index of the focused field: a text field, or [`STATUS`].
    pub focus: usize,
    pub error: Option<Notice>,
}

impl ActionForm {
    pub fn new(at: TpRef, name: &str, action: Option<&Action>) -> Self {
        let a = action.cloned().unwrap_or_default();
        let fields = [
            &a.action,
            &a.owner,
            &a.due,
            &a.kpi,
            &a.kpi_current,
            &a.kpi_target,
        ]
        .map(|s| Editor::new(s, false));
        ActionForm {
            at,
            name: name.to_string(),
            fields,
            status: a.status,
            focus: 0,
            error: None,
        }
    }

    /// The action the form describes; `None` when every text field is empty.
    pub fn action(&self) -> Option<Action> {
        let [what, owner, due, kpi, current, target] =
            self.fields.each_ref().map(|e| e.text().trim().to_string());
        let action = Action {
            action: what,
            owner,
            due,
            kpi,
            kpi_current: current,
            kpi_target: target,
            status: self.status,
        };
        (!action.is_empty()).then_some(action)
    }

    pub(in crate::app) fn step(&mut self, forward: bool) {
        let n = STATUS + 1;
        self.focus = if forward {
            (self.focus + 1) % n
        } else {
            (self.focus + n - 1) % n
        };
    }

    /// A key typed into the focused text field (the status field takes commands instead).
    pub fn edit(&mut self, key: KeyEvent) {
        if let Some(editor) = self.fields.get_mut(self.focus) {
            editor.key(key);
            self.error = None;
        }
    }

    /// Cycles the status, when the status field has the focus.
    pub(in crate::app) fn cycle_status(&mut self, forward: bool) {
        if self.focus == STATUS {
            self.status = match forward {
                true => next_status(self.status),
                false => prev_status(self.status),
            };
            self.error = None;
        }
    }

    pub fn paste(&mut self, text: &str) {
        if let Some(editor) = self.fields.get_mut(self.focus) {
            editor.insert(text);
            self.error = None;
        }
    }
}

pub fn next_status(s: ActionStatus) -> ActionStatus {
    match s {
        ActionStatus::Planned => ActionStatus::InProgress,
        ActionStatus::InProgress => ActionStatus::Done,
        ActionStatus::Done => ActionStatus::Planned,
    }
}

fn prev_status(s: ActionStatus) -> ActionStatus {
    next_status(next_status(s))
}

/// True for an empty due date or a real calendar date written `YYYY-MM-DD`.
pub fn valid_due(due: &str) -> bool {
    if due.is_empty() {
        return true;
    }
    let shape = due.len() == 10
        && due.char_indices().all(|(i, c)| match i {
            4 | 7 => c == '-',
            _ => c.is_ascii_digit(),
        });
    shape && due.parse::<jiff::civil::Date>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn due_dates_are_empty_or_real_iso_dates() {
        assert!(valid_due(""));
        assert!(valid_due("2026-12-01"));
        assert!(!valid_due("2026-02-30"));
        assert!(!valid_due("2026-1-5"));
        assert!(!valid_due("01.12.2026"));
        assert!(!valid_due("2026-12-01x"));
        assert!(!valid_due("２０２６-12-01"));
    }

    #[test]
    fn status_cycles_through_all_three() {
        let s = ActionStatus::Planned;
        assert_eq!(next_status(s), ActionStatus::InProgress);
        assert_eq!(next_status(next_status(next_status(s))), s);
        assert_eq!(prev_status(s), ActionStatus::Done);
    }
}
