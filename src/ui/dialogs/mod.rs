//! Dialogs over a screen: help, prompts, confirmations, the notes editor, the new-audit form.

mod action_form;
mod help;
mod measure_form;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::dialog_box::{boxed, clear, place_cursor, scroll_for, wrapped_editor};
use super::{Theme, notice};
use crate::app::editor::Editor;
use crate::app::keymap;
use crate::app::layout::centered;
use crate::app::{App, ConfirmFor, FormField, Modal, NewForm, PromptFor};
use crate::i18n::safety;
use crate::i18n::ui::{self, T, t};
use crate::model::Lang;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    match &app.modal {
        // The filter is typed on the status line (`super::filter_span`).
        None | Some(Modal::Filter(_)) => {}
        Some(Modal::Help) => help::draw(app, theme, frame, area),
        Some(Modal::Prompt {
            purpose: PromptFor::Description,
            editor,
            ..
        }) => text_box(app, theme, frame, area, T::PromptDescription, editor),
        Some(Modal::Prompt {
            purpose,
            editor,
            error,
        }) => {
            let error = error.as_ref().map(|e| notice::text(app.lang, e));
            let title = prompt_title(purpose);
            prompt(app, theme, frame, (area, title), editor, error.as_deref());
        }
        Some(Modal::Confirm(purpose)) => confirm(app, theme, frame, area, purpose),
        Some(Modal::Notes { editor, .. }) => {
            text_box(app, theme, frame, area, T::NotesTitle, editor);
        }
        Some(Modal::NewAudit(form)) => new_form(app, theme, frame, area, form),
        // Safety dialogs.
        Some(Modal::Conflict { side_copy }) => {
            let text = safety::conflict(app.lang, side_copy);
            choice(app, theme, frame, area, T::ConflictTitle, &text);
        }
        Some(Modal::Recovery { path, .. }) => {
            let text = safety::recovery(app.lang, path);
            choice(app, theme, frame, area, T::RecoveryTitle, &text);
        }
        Some(Modal::Action(form)) => action_form::draw(app, theme, frame, area, form),
        Some(Modal::Measure(form)) => measure_form::draw(app, theme, frame, area, form),
        Some(Modal::Unsaved { error, .. }) => {
            let text = safety::unsaved(app.lang, &notice::failure(app.lang, error));
            choice(app, theme, frame, area, T::UnsavedTitle, &text);
        }
    }
}

/// A question that waits for one of the keys of its keymap, each shown with what it does.
fn choice(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, title: T, text: &str) {
    let mut lines = vec![Line::raw(text.to_string()), Line::raw("")];
    lines.extend(keymap::active(app).iter().map(|b| {
        Line::from(vec![
            Span::styled(format!(" {} ", b.label()), theme.dialog.key),
            Span::raw(t(app.lang, b.text)),
        ])
    }));
    let rect = centered(area, 72, 12);
    clear(frame, rect, theme);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(boxed(t(app.lang, title), theme)),
        rect,
    );
}

fn prompt_title(purpose: &PromptFor) -> T {
    match purpose {
        PromptFor::AddTp => T::PromptTpName,
        PromptFor::RenameTp => T::PromptTpRename,
        PromptFor::Description => T::PromptDescription,
        PromptFor::AddStage => T::PromptStageName,
        PromptFor::RenameStage => T::PromptStageRename,
        PromptFor::AddParticipant => T::PromptParticipant,
        PromptFor::RenameParticipant => T::PromptParticipantRename,
        PromptFor::Title => T::PromptTitle,
        PromptFor::ExportTo => T::PromptExportTo,
        PromptFor::Duplicate { .. } => T::PromptDuplicate,
    }
}

fn prompt(
    app: &App,
    theme: &Theme,
    frame: &mut Frame,
    (area, title): (Rect, T),
    editor: &Editor,
    error: Option<&str>,
) {
    let rect = centered(area, 64, 5);
    clear(frame, rect, theme);
    let block = boxed(t(app.lang, title), theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let mut lines = vec![Line::raw(editor.text().to_string())];
    if let Some(e) = error {
        lines.push(Line::styled(e.to_string(), theme.dialog.error));
    }
    let scroll = scroll_for(editor, inner);
    frame.render_widget(Paragraph::new(lines).scroll((0, scroll)), inner);
    place_cursor(frame, inner, editor, (0, scroll));
}

/// The question in the user's language, with the key of each answer from the key table.
fn confirm(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, purpose: &ConfirmFor) {
    let lang = app.lang;
    let text = match purpose {
        ConfirmFor::DeleteTp { name } => ui::confirm_delete_tp(lang, name),
        ConfirmFor::DeleteStage { name, touchpoints } => {
            ui::confirm_delete_stage(lang, name, *touchpoints)
        }
        ConfirmFor::DeleteAudit { name, .. } => ui::confirm_delete_audit(lang, name),
        ConfirmFor::RemoveParticipant { name, rated } => {
            ui::confirm_remove_participant(lang, name, *rated)
        }
        ConfirmFor::TakeOver { holder, .. } => {
            ui::confirm_take_over(lang, crate::ui::notice::who(holder))
        }
    };
    let rect = centered(area, 60, 7);
    clear(frame, rect, theme);
    let mut answers = Vec::new();
    for (i, b) in keymap::CONFIRM.iter().enumerate() {
        let gap = if i == 0 { " " } else { "   " };
        answers.push(Span::styled(
            format!("{gap}{} ", b.short_label()),
            theme.dialog.key,
        ));
        answers.push(Span::raw(t(lang, b.text)));
    }
    let lines = vec![Line::raw(text), Line::raw(""), Line::from(answers)];
    let block = boxed(t(lang, T::ConfirmTitle), theme);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(block),
        rect,
    );
}

/// A multi-line editor over most of the screen, for notes and descriptions: the text wrapped
/// over its lines. The keys that save and cancel are on the hint line, as in every field; the
/// title names the keys that start a new line, which a narrow hint line may leave out.
fn text_box(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, title: T, editor: &Editor) {
    let rect = centered(
        area,
        area.width.saturating_sub(8).max(20),
        area.height.saturating_sub(6).max(6),
    );
    clear(frame, rect, theme);
    let new_line = keymap::NOTES.iter().find(|b| b.text == T::NewLine);
    let title = match new_line {
        Some(b) => format!(
            "{} · {}: {}",
            t(app.lang, title),
            b.label(),
            t(app.lang, b.text)
        ),
        None => t(app.lang, title).to_string(),
    };
    let block = boxed(&title, theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    wrapped_editor(frame, inner, editor, true);
}

fn new_form(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, form: &NewForm) {
    let lang = app.lang;
    let rect = centered(area, 64, 9);
    clear(frame, rect, theme);
    let block = boxed(t(lang, T::NewAuditTitle), theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let following = form.following(app.templates.len());
    let template = match following {
        Some(from) => format!("{} {from}", t(lang, T::FromAudit)),
        None => (app.templates.get(form.template))
            .map_or("", |tpl| tpl.name.get(lang))
            .to_string(),
    };
    let lang_name = t(
        lang,
        match (following, form.lang) {
            (Some(_), _) => T::LangAsPrevious,
            (None, Lang::En) => T::LangEn,
            (None, Lang::Ru) => T::LangRu,
        },
    );
    let fields = [
        (FormField::Name, T::FieldName, form.name.text().to_string()),
        (
            FormField::Client,
            T::FieldClient,
            form.client.text().to_string(),
        ),
        (
            FormField::Template,
            T::FieldTemplate,
            format!("‹ {template} ›"),
        ),
        (FormField::Lang, T::FieldLang, format!("‹ {lang_name} ›")),
    ];
    let label_w = fields
        .iter()
        .map(|(_, l, _)| t(lang, *l).chars().count())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = fields
        .iter()
        .map(|(f, label, value)| {
            let style = if *f == form.field {
                theme.selected
            } else {
                theme.dialog.label
            };
            Line::from(vec![
                Span::styled(format!("{:<label_w$} ", t(lang, *label)), style),
                Span::raw(value.clone()),
            ])
        })
        .collect();
    if let Some(e) = &form.error {
        lines.push(Line::raw(""));
        lines.push(Line::styled(notice::text(lang, e), theme.dialog.error));
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
    let editor = match form.field {
        FormField::Name => Some((&form.name, 0)),
        FormField::Client => Some((&form.client, 1)),
        _ => None,
    };
    if let Some((editor, row)) = editor {
        let field_area = Rect {
            x: inner.x + u16::try_from(label_w + 1).unwrap_or(0),
            y: inner.y + row,
            height: 1,
            ..inner
        };
        place_cursor(frame, field_area.intersection(inner), editor, (0, 0));
    }
}
