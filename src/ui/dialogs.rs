//! Dialogs over a screen: help, prompts, confirmations, the notes editor, the new-audit form.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::layout::centered;
use super::theme::Theme;
use crate::i18n::safety;
use crate::i18n::ui::{T, t};
use crate::model::Lang;
use crate::tui::app::{App, ConfirmFor, FormField, Modal, NewForm, PromptFor};
use crate::tui::editor::Editor;
use crate::tui::keymap;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    match &app.modal {
        None => {}
        Some(Modal::Help) => super::help::draw(app, theme, frame, area),
        Some(Modal::Prompt {
            purpose: PromptFor::Description,
            editor,
            ..
        }) => text_box(app, theme, frame, area, T::PromptDescription, editor),
        Some(Modal::Prompt {
            purpose,
            editor,
            error,
        }) => prompt(
            app,
            theme,
            frame,
            area,
            prompt_title(purpose),
            editor,
            error.as_deref(),
        ),
        Some(Modal::Confirm { purpose, text }) => confirm(app, theme, frame, area, purpose, text),
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
        Some(Modal::Action(form)) => super::action_form::draw(app, theme, frame, area, form),
        Some(Modal::Unsaved { error, .. }) => {
            let text = safety::unsaved(app.lang, error);
            choice(app, theme, frame, area, T::UnsavedTitle, &text);
        }
    }
}

/// A question that waits for one of the keys of its keymap, each shown with what it does.
fn choice(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, title: T, text: &str) {
    let mut lines = vec![Line::raw(text.to_string()), Line::raw("")];
    lines.extend(keymap::active(app).iter().map(|b| {
        Line::from(vec![
            Span::styled(format!(" {} ", b.label), theme.key),
            Span::raw(t(app.lang, b.text)),
        ])
    }));
    let rect = centered(area, 72, 12);
    frame.render_widget(Clear, rect);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(boxed(t(app.lang, title), theme)),
        rect,
    );
}

pub(super) fn boxed<'a>(title: &'a str, theme: &Theme) -> Block<'a> {
    Block::bordered()
        .title(Span::styled(format!(" {title} "), theme.title))
        .border_style(theme.focus_border)
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
        PromptFor::Duplicate { .. } => T::PromptDuplicate,
    }
}

fn prompt(
    app: &App,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    title: T,
    editor: &Editor,
    error: Option<&str>,
) {
    let rect = centered(area, 64, 5);
    frame.render_widget(Clear, rect);
    let block = boxed(t(app.lang, title), theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let mut lines = vec![Line::raw(editor.text().to_string())];
    if let Some(e) = error {
        lines.push(Line::styled(e.to_string(), theme.warning));
    }
    let scroll = scroll_for(editor, inner);
    frame.render_widget(Paragraph::new(lines).scroll((0, scroll)), inner);
    place_cursor(frame, inner, editor, (0, scroll));
}

fn confirm(
    app: &App,
    theme: &Theme,
    frame: &mut Frame,
    area: Rect,
    purpose: &ConfirmFor,
    text: &str,
) {
    let _ = purpose;
    let rect = centered(area, 60, 7);
    frame.render_widget(Clear, rect);
    let lines = vec![
        Line::raw(text.to_string()),
        Line::raw(""),
        Line::from(vec![
            Span::styled(" y ", theme.key),
            Span::raw(t(app.lang, T::Yes)),
            Span::styled("   n ", theme.key),
            Span::raw(t(app.lang, T::No)),
        ]),
    ];
    let block = boxed(t(app.lang, T::ConfirmTitle), theme);
    frame.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(block),
        rect,
    );
}

/// A multi-line editor over most of the screen, for notes and descriptions.
fn text_box(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, title: T, editor: &Editor) {
    let rect = centered(
        area,
        area.width.saturating_sub(8).max(20),
        area.height.saturating_sub(6).max(6),
    );
    frame.render_widget(Clear, rect);
    let title = format!(
        "{} · Esc / Ctrl+S: {}",
        t(app.lang, title),
        t(app.lang, T::FinishEditing)
    );
    let block = boxed(&title, theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let (line, _) = editor.cursor_position();
    let top = u16::try_from(line)
        .unwrap_or(u16::MAX)
        .saturating_sub(inner.height.saturating_sub(1));
    let x = scroll_for(editor, inner);
    frame.render_widget(
        Paragraph::new(editor.text().to_string()).scroll((top, x)),
        inner,
    );
    place_cursor(frame, inner, editor, (top, x));
}

/// Horizontal scroll keeping the cursor's column inside the area.
fn scroll_for(editor: &Editor, inner: Rect) -> u16 {
    let (_, col) = editor.cursor_position();
    let col = u16::try_from(col).unwrap_or(u16::MAX);
    col.saturating_sub(inner.width.saturating_sub(1))
}

pub(super) fn place_cursor(
    frame: &mut Frame,
    inner: Rect,
    editor: &Editor,
    (top, left): (u16, u16),
) {
    let (line, col) = editor.cursor_position();
    let y = u16::try_from(line).unwrap_or(u16::MAX).saturating_sub(top);
    let x = u16::try_from(col).unwrap_or(u16::MAX).saturating_sub(left);
    if y < inner.height && x < inner.width {
        frame.set_cursor_position(Position::new(inner.x + x, inner.y + y));
    }
}

fn new_form(app: &App, theme: &Theme, frame: &mut Frame, area: Rect, form: &NewForm) {
    let lang = app.lang;
    let rect = centered(area, 64, 9);
    frame.render_widget(Clear, rect);
    let block = boxed(t(lang, T::NewAuditTitle), theme);
    let inner = block.inner(rect);
    frame.render_widget(block, rect);
    let template = app
        .templates
        .get(form.template)
        .map_or("", |tpl| tpl.name.get(lang));
    let lang_name = t(
        lang,
        match form.lang {
            Lang::En => T::LangEn,
            Lang::Ru => T::LangRu,
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
                theme.dim
            };
            Line::from(vec![
                Span::styled(format!("{:<label_w$} ", t(lang, *label)), style),
                Span::raw(value.clone()),
            ])
        })
        .collect();
    if let Some(e) = &form.error {
        lines.push(Line::raw(""));
        lines.push(Line::styled(e.clone(), theme.warning));
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
