//! The action-plan form: what will be done about a touchpoint, by whom, by when, measured how.

use crossterm::event::KeyEvent;

use crate::app::editor::Editor;
use crate::app::msg::{Cmd, Effect};
use crate::app::notice::Notice;
use crate::app::state::{App, Modal, Screen};
use crate::i18n::ui::T;
use crate::model::edit::Op;
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
const DUE: usize = 2;
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

    fn step(&mut self, forward: bool) {
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
    fn cycle_status(&mut self, forward: bool) {
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

impl App {
    /// Opens the form for the touchpoint selected in the walk.
    pub(in crate::app) fn open_action_form(&mut self) {
        let Some(w) = self.walk.as_ref() else { return };
        if let (Some(at), Some(tp)) = (w.at(), w.selected()) {
            let form = ActionForm::new(at, &tp.name, tp.action.as_ref());
            self.modal = Some(Modal::Action(Box::new(form)));
        }
    }

    pub(in crate::app) fn action_command(
        &mut self,
        mut form: Box<ActionForm>,
        cmd: Cmd,
    ) -> Vec<Effect> {
        match cmd {
            Cmd::Cancel => return Vec::new(),
            Cmd::SaveForm => return self.save_action(form),
            Cmd::Submit if form.focus == STATUS => return self.save_action(form),
            Cmd::Submit | Cmd::NextField => form.step(true),
            Cmd::PrevField => form.step(false),
            Cmd::StatusNext => form.cycle_status(true),
            Cmd::StatusPrev => form.cycle_status(false),
            _ => {}
        }
        self.modal = Some(Modal::Action(form));
        Vec::new()
    }

    /// Saves the plan as one undoable change; a bad due date keeps the form open on that field.
    fn save_action(&mut self, mut form: Box<ActionForm>) -> Vec<Effect> {
        let action = form.action();
        if !valid_due(action.as_ref().map_or("", |a| a.due.as_str())) {
            form.error = Some(Notice::Phrase(T::ActionDueInvalid));
            form.focus = DUE;
            self.modal = Some(Modal::Action(form));
            return Vec::new();
        }
        let Some(w) = self.walk.as_mut() else {
            return Vec::new();
        };
        let current = crate::model::edit::tp(&w.audit, form.at).map(|tp| tp.action.clone());
        if current.is_some_and(|c| c != action) {
            // Undo returns to the touchpoint in the walk, wherever the plan was edited from.
            (w.stage, w.tp) = form.at;
            let op = Op::Action {
                at: form.at,
                value: action.map(Box::new),
            };
            w.change(op);
        }
        if self.screen == Screen::Priority {
            self.follow_list();
        }
        Vec::new()
    }
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
