//! Keys and text while a dialog is open: prompts, confirmations, the notes editor.

use crossterm::event::KeyEvent;

use crate::app::editor::Editor;
use crate::app::msg::{Cmd, Effect};
use crate::app::notice::Notice;
use crate::app::state::{App, ConfirmFor, Modal, PromptFor, Walk};
use crate::i18n::ui::T;
use crate::model::edit::{Field, Op};

impl App {
    pub(in crate::app) fn modal_command(&mut self, cmd: Cmd) -> Vec<Effect> {
        match (self.modal.take(), cmd) {
            // The title says "any key closes" when everything fits: the movement keys too.
            (Some(Modal::Help), Cmd::HelpScroll(_))
                if crate::app::dialogs::help::max_scroll(self) == 0 =>
            {
                self.help_scroll = 0;
            }
            (Some(Modal::Help), Cmd::HelpScroll(by)) => {
                let max = crate::app::dialogs::help::max_scroll(self);
                let to = i32::from(self.help_scroll) + i32::from(by);
                self.help_scroll = u16::try_from(to.clamp(0, i32::from(max))).unwrap_or(0);
                self.modal = Some(Modal::Help);
            }
            (Some(Modal::Help), _) => self.help_scroll = 0,
            (Some(Modal::NewAudit(form)), cmd) => return self.form_command(form, cmd),
            (Some(m @ (Modal::Conflict { .. } | Modal::Recovery { .. })), cmd) => {
                return self.safety_dialog(m, cmd);
            }
            (Some(Modal::Action(form)), cmd) => return self.action_command(form, cmd),
            (Some(Modal::Measure(form)), cmd) => self.measure_command(form, cmd),
            (Some(Modal::Unsaved { error, then }), cmd) => {
                return self.unsaved_dialog(error, then, cmd);
            }
            (Some(Modal::Notes { original, editor }), Cmd::NewLine) => {
                self.modal = Some(Modal::Notes { original, editor });
                self.paste("\n");
            }
            // Esc puts the notes back as they were; they were written into the audit as typed.
            (Some(Modal::Notes { original, .. }), Cmd::Cancel) => self.write_notes(original),
            (Some(Modal::Notes { original, .. }), _) => self.finish_notes(original),
            // The filter follows the text as typed: Enter keeps it, Esc clears it.
            (Some(Modal::Filter(_)), Cmd::Submit) => {}
            (Some(Modal::Filter(_)), Cmd::Cancel) => self.set_filter(String::new()),
            (modal @ Some(Modal::Filter(_)), _) => self.modal = modal,
            (
                Some(Modal::Prompt {
                    purpose, editor, ..
                }),
                Cmd::Submit,
            ) => {
                return self.submit_prompt(purpose, editor);
            }
            (
                Some(Modal::Prompt {
                    purpose: PromptFor::Description,
                    mut editor,
                    error,
                }),
                Cmd::NewLine,
            ) => {
                editor.insert("\n");
                let purpose = PromptFor::Description;
                self.modal = Some(Modal::Prompt {
                    purpose,
                    editor,
                    error,
                });
            }
            (Some(Modal::Confirm(purpose)), Cmd::Submit) => return self.confirmed(purpose),
            (modal @ Some(Modal::Prompt { .. } | Modal::Confirm(_)), cmd) => {
                if cmd != Cmd::Cancel {
                    self.modal = modal;
                }
            }
            (None, _) => {}
        }
        Vec::new()
    }

    fn finish_notes(&mut self, original: String) {
        let Some(w) = self.walk.as_mut() else { return };
        let Some(at) = w.at() else { return };
        if w.selected().is_some_and(|t| t.notes != original) {
            let field = Field::TpNotes(at);
            w.record(Op::Text {
                field,
                value: original,
            });
        }
    }

    fn submit_prompt(&mut self, purpose: PromptFor, editor: Editor) -> Vec<Effect> {
        let text = editor.text().trim().to_string();
        let allow_empty = purpose == PromptFor::Description;
        if text.is_empty() && !allow_empty {
            let error = Some(Notice::Phrase(T::NameEmpty));
            self.modal = Some(Modal::Prompt {
                purpose,
                editor,
                error,
            });
            return Vec::new();
        }
        if let PromptFor::Duplicate { from } = purpose {
            return self.duplicate(from, editor, text);
        }
        if purpose == PromptFor::ExportTo {
            return self.export_to(std::path::PathBuf::from(text));
        }
        let Some(w) = self.walk.as_mut() else {
            return Vec::new();
        };
        match purpose {
            PromptFor::AddTp => w.add_tp(&text),
            PromptFor::AddStage => w.add_stage(&text),
            PromptFor::AddParticipant => w.add_participant(&text),
            PromptFor::RenameTp => field_edit(w, Walk::at_name, &text),
            PromptFor::Description => field_edit(w, Walk::at_description, &text),
            PromptFor::RenameStage => w.set_text(Field::StageName(w.stage), &text),
            PromptFor::RenameParticipant => {
                w.set_text(Field::ParticipantName(w.participant), &text);
            }
            PromptFor::Title => w.set_text(Field::Title, &text),
            PromptFor::Duplicate { .. } | PromptFor::ExportTo => {}
        }
        Vec::new()
    }

    fn confirmed(&mut self, purpose: ConfirmFor) -> Vec<Effect> {
        match (purpose, self.walk.as_mut()) {
            (ConfirmFor::DeleteTp { .. }, Some(w)) => w.delete_tp(),
            (ConfirmFor::DeleteStage { .. }, Some(w)) => w.delete_stage(),
            (ConfirmFor::RemoveParticipant { .. }, Some(w)) => {
                let index = w.participant;
                w.change(crate::model::edit::Op::RemoveParticipant { index });
            }
            (ConfirmFor::TakeOver { path, .. }, _) => return vec![Effect::TakeOver(path)],
            (ConfirmFor::DeleteAudit { path, name }, _) => {
                return vec![Effect::Delete { path, name }, Effect::List];
            }
            _ => {}
        }
        Vec::new()
    }

    pub(in crate::app) fn edit_key(&mut self, key: KeyEvent) -> Vec<Effect> {
        match &mut self.modal {
            Some(Modal::Prompt { editor, error, .. }) => {
                editor.key(key);
                *error = None;
            }
            Some(Modal::Notes { editor, .. }) => {
                let changed = editor.key(key).then(|| editor.text().to_string());
                if let Some(text) = changed {
                    self.write_notes(text);
                }
            }
            Some(Modal::NewAudit(form)) => form.edit(key),
            Some(Modal::Action(form)) => form.edit(key),
            Some(Modal::Measure(form)) => form.edit(key),
            Some(Modal::Filter(editor)) => {
                editor.key(key);
                let text = editor.text().to_string();
                self.set_filter(text);
            }
            _ => {}
        }
        Vec::new()
    }

    pub(in crate::app) fn paste(&mut self, text: &str) -> Vec<Effect> {
        match &mut self.modal {
            Some(Modal::Prompt { editor, .. }) => editor.insert(text),
            Some(Modal::Notes { editor, .. }) => {
                editor.insert(text);
                let text = editor.text().to_string();
                self.write_notes(text);
            }
            Some(Modal::NewAudit(form)) => form.paste(text),
            Some(Modal::Action(form)) => form.paste(text),
            Some(Modal::Measure(form)) => form.paste(text),
            Some(Modal::Filter(editor)) => {
                editor.insert(text);
                let text = editor.text().to_string();
                self.set_filter(text);
            }
            _ => {}
        }
        Vec::new()
    }

    /// Notes go into the audit as typed so that autosave keeps them even mid-edit.
    fn write_notes(&mut self, text: String) {
        if let Some(w) = self.walk.as_mut()
            && let Some((s, t)) = w.at()
            && w.audit.stages[s].touchpoints[t].notes != text
        {
            w.audit.stages[s].touchpoints[t].notes = text;
            w.mark_dirty();
        }
    }
}

impl Walk {
    fn at_name(&self) -> Option<Field> {
        self.at().map(Field::TpName)
    }

    fn at_description(&self) -> Option<Field> {
        self.at().map(Field::TpDescription)
    }
}

fn field_edit(w: &mut Walk, field: fn(&Walk) -> Option<Field>, text: &str) {
    if let Some(f) = field(w) {
        w.set_text(f, text);
    }
}
