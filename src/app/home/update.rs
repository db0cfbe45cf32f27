//! The home screen: the audits of the data directory, the examples, the new-audit form.

use std::path::PathBuf;

use crossterm::event::KeyEvent;

use crate::app::editor::Editor;
use crate::app::msg::{Cmd, Effect, HomeEntry};
use crate::app::notice::Notice;
use crate::app::state::{App, ConfirmFor, FormField, Leave, Modal, NewForm, PromptFor};
use crate::i18n::ui::T;
use crate::model::Lang;
use crate::store;

impl App {
    pub(in crate::app) fn home_command(&mut self, cmd: Cmd) -> Vec<Effect> {
        let count = self.home.entries.len() + self.examples.len();
        match cmd {
            Cmd::Down => self.home.cursor = (self.home.cursor + 1).min(count.saturating_sub(1)),
            Cmd::Up => self.home.cursor = self.home.cursor.saturating_sub(1),
            Cmd::Open => return self.open_selected(),
            Cmd::New => {
                let mut form = NewForm::new(self.lang);
                // Audits that can be followed: readable, and not side copies.
                form.audits = (self.home.entries.iter())
                    .filter(|e| e.error.is_none() && e.copy_of.is_none())
                    .map(|e| e.name.clone())
                    .collect();
                self.modal = Some(Modal::NewAudit(form));
                if self.templates.is_empty() {
                    return vec![Effect::LoadTemplates];
                }
            }
            Cmd::Duplicate => self.ask_duplicate(),
            Cmd::Delete => self.ask_delete(),
            Cmd::Help => self.modal = Some(Modal::Help),
            Cmd::Quit => return self.leave_home(),
            _ => {}
        }
        Vec::new()
    }

    fn leave_home(&mut self) -> Vec<Effect> {
        self.quitting = true;
        vec![Effect::Quit]
    }

    fn selected_entry(&self) -> Option<&HomeEntry> {
        self.home.entries.get(self.home.cursor)
    }

    /// Opens the selected audit or example, in place of the audit open before (saved first).
    fn open_selected(&mut self) -> Vec<Effect> {
        let example = self.home.cursor.checked_sub(self.home.entries.len());
        let open = match self.selected_entry() {
            Some(e) => Effect::Open(e.path.clone()),
            None => match example.and_then(|i| self.examples.get(i)) {
                Some(ex) => Effect::OpenExample(ex.name.clone()),
                None => return Vec::new(),
            },
        };
        self.leave_walk(Leave::Replace(vec![open]))
    }

    fn ask_duplicate(&mut self) {
        if let Some(e) = self.selected_entry().filter(|e| e.error.is_none()) {
            let from = e.path.clone();
            let suggestion = free_name(&self.home.entries, &format!("{}-2", e.name));
            self.prompt(PromptFor::Duplicate { from }, &suggestion);
        }
    }

    fn ask_delete(&mut self) {
        if let Some(e) = self.selected_entry() {
            self.modal = Some(Modal::Confirm(ConfirmFor::DeleteAudit {
                path: e.path.clone(),
                name: e.name.clone(),
            }));
        }
    }

    /// Checks a name for a new audit file: valid and not taken.
    fn check_new_name(&self, name: &str) -> Result<(), Notice> {
        store::check_name(name).map_err(|e| Notice::Failed(e.into()))?;
        if self.home.entries.iter().any(|e| e.name == name) {
            return Err(Notice::Phrase(T::NameExists));
        }
        Ok(())
    }

    pub(in crate::app) fn duplicate(
        &mut self,
        from: PathBuf,
        editor: Editor,
        name: String,
    ) -> Vec<Effect> {
        if let Err(error) = self.check_new_name(&name) {
            self.modal = Some(Modal::Prompt {
                purpose: PromptFor::Duplicate { from },
                editor,
                error: Some(error),
            });
            return Vec::new();
        }
        vec![Effect::Duplicate { from, name }, Effect::List]
    }

    pub(in crate::app) fn listed(&mut self, entries: Vec<HomeEntry>) -> Vec<Effect> {
        self.home.entries = entries;
        if self.examples.is_empty() {
            self.examples = crate::app::home::state::bundled_examples();
        }
        let count = self.home.entries.len() + self.examples.len();
        self.home.cursor = self.home.cursor.min(count.saturating_sub(1));
        Vec::new()
    }

    pub(in crate::app) fn form_command(&mut self, mut form: NewForm, cmd: Cmd) -> Vec<Effect> {
        let templates = (self.templates.len() + form.audits.len()).max(1);
        match cmd {
            Cmd::Cancel => return Vec::new(),
            Cmd::Submit => return self.submit_form(form),
            Cmd::NextField => form.field = form.field.step(true),
            Cmd::PrevField => form.field = form.field.step(false),
            Cmd::ChoicePrev | Cmd::ChoiceNext => form.choose(cmd == Cmd::ChoiceNext, templates),
            _ => {}
        }
        self.modal = Some(Modal::NewAudit(form));
        Vec::new()
    }

    fn submit_form(&mut self, mut form: NewForm) -> Vec<Effect> {
        let name = form.name.text().trim().to_string();
        let checked = match name.is_empty() {
            true => Err(Notice::Phrase(T::NameEmpty)),
            false => self.check_new_name(&name),
        };
        let following = (form.template.checked_sub(self.templates.len()))
            .and_then(|i| form.audits.get(i))
            .cloned();
        if let (Ok(()), Some(from)) = (&checked, following) {
            let client = form.client.text().trim();
            let reaudit = Effect::Reaudit {
                from: self.data.audit_path(&from),
                path: self.data.audit_path(&name),
                client: (!client.is_empty()).then(|| client.to_string()),
                name,
            };
            self.modal = Some(Modal::NewAudit(form));
            return self.leave_walk(Leave::Replace(vec![reaudit]));
        }
        let template = self.templates.get(form.template);
        match (checked, template) {
            (Ok(()), Some(template)) => {
                let mut audit = template.instantiate(&name, form.lang, self.now);
                audit.client = form.client.text().trim().to_string();
                let path = self.data.audit_path(&name);
                // The form stays open until the file exists, so an error can be shown in it.
                self.modal = Some(Modal::NewAudit(form));
                let create = Effect::Create {
                    path,
                    audit: Box::new(audit),
                };
                self.leave_walk(Leave::Replace(vec![create]))
            }
            (Err(error), _) => {
                form.error = Some(error);
                form.field = FormField::Name;
                self.modal = Some(Modal::NewAudit(form));
                Vec::new()
            }
            (Ok(()), None) => Vec::new(),
        }
    }
}

/// `base`, or `base-2`, `base-3`… whichever no listed audit uses.
pub fn free_name(entries: &[HomeEntry], base: &str) -> String {
    let taken = |n: &str| entries.iter().any(|e| e.name == n);
    if !taken(base) {
        return base.to_string();
    }
    (2..)
        .map(|i| format!("{base}-{i}"))
        .find(|n| !taken(n))
        .expect("an unbounded range always yields a free name")
}

impl FormField {
    fn step(self, forward: bool) -> FormField {
        const ORDER: [FormField; 4] = [
            FormField::Name,
            FormField::Client,
            FormField::Template,
            FormField::Lang,
        ];
        let i = ORDER.iter().position(|f| *f == self).unwrap_or(0);
        let j = if forward { i + 1 } else { i + ORDER.len() - 1 };
        ORDER[j % ORDER.len()]
    }
}

impl NewForm {
    /// An empty form; the audit's language starts as the interface's.
    pub fn new(lang: Lang) -> Self {
        NewForm {
            name: Editor::new("", false),
            client: Editor::new("", false),
            template: 0,
            audits: Vec::new(),
            lang,
            field: FormField::Name,
            error: None,
        }
    }

    /// Another template or language; in a text field the arrows type instead (see the keymap).
    fn choose(&mut self, forward: bool, templates: usize) {
        match self.field {
            FormField::Template if forward => self.template = (self.template + 1) % templates,
            FormField::Template => self.template = (self.template + templates - 1) % templates,
            // A re-audit keeps the language of the audit it follows.
            FormField::Lang if self.follows(templates) => {}
            FormField::Lang => {
                self.lang = match self.lang {
                    Lang::En => Lang::Ru,
                    Lang::Ru => Lang::En,
                }
            }
            FormField::Name | FormField::Client => {}
        }
    }

    /// Whether the start chosen is an audit to follow rather than a template (`templates` is
    /// the number of choices in all).
    fn follows(&self, choices: usize) -> bool {
        self.template >= choices.saturating_sub(self.audits.len())
    }

    /// The audit the new one follows, when that is the start chosen among `templates`.
    pub fn following(&self, templates: usize) -> Option<&str> {
        let i = self.template.checked_sub(templates)?;
        self.audits.get(i).map(String::as_str)
    }

    pub(in crate::app) fn edit(&mut self, key: KeyEvent) {
        let editor = match self.field {
            FormField::Name => &mut self.name,
            FormField::Client => &mut self.client,
            _ => return,
        };
        if editor.key(key) {
            self.error = None;
        }
    }

    pub(in crate::app) fn paste(&mut self, text: &str) {
        match self.field {
            FormField::Name => self.name.insert(text),
            FormField::Client => self.client.insert(text),
            _ => {}
        }
    }
}
