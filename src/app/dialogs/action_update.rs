//! The action form's handlers: opening it on a touchpoint and the keys typed into it.

use crate::app::dialogs::action::{ActionForm, DUE, STATUS, valid_due};
use crate::app::msg::{Cmd, Effect};
use crate::app::notice::Notice;
use crate::app::state::{App, Modal, Screen};
use crate::i18n::ui::T;
use crate::model::TpRef;
use crate::model::edit::Op;
impl App {
    /// Opens the form for the touchpoint selected in the walk.
    pub(in crate::app) fn open_action_form(&mut self) {
        let Some(w) = self.walk.as_ref() else { return };
        if let (Some(at), Some(tp)) = (w.at(), w.selected()) {
            let form = ActionForm::new(at, &tp.name, tp.action.as_ref());
            self.modal = Some(Modal::Action(Box::new(form)));
        }
    }

    /// Opens the form for the touchpoint at `at`, if there is one.
    pub(in crate::app) fn open_action_form_at(&mut self, at: TpRef) {
        let Some(w) = self.walk.as_ref() else { return };
        if let Some(tp) = crate::model::edit::tp(&w.audit, at) {
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
