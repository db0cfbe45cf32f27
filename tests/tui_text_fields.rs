//! Long text in the notes and the action plan wraps over several lines with the cursor in view,
//! and the notes take the keys every other field does: Enter saves, Esc cancels; a new line is
//! Alt+Enter or Ctrl+J.

mod tui_common;

use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::layout::Position;
use tpaudit::app::{App, Modal, Msg, update};
use tpaudit::model::Lang;
use tui_common::*;

const NOTE: &str = "Покупатели жалуются, что очередь у кассы в субботу утром доходит до \
двадцати минут, а терминал для карт зависает при оплате телефоном. Администратор предлагает \
открыть вторую кассу с десяти до часу и заменить терминал до конца месяца. КОНЕЦ ЗАМЕТКИ";

/// The screen and where the terminal cursor is, drawn at `w`×`h`.
fn draw_with_cursor(app: &mut App, w: u16, h: u16) -> (String, Position) {
    update(app, Msg::Resize(w, h));
    let backend = ratatui::backend::TestBackend::new(w, h);
    let mut terminal = ratatui::Terminal::new(backend).expect("test terminal");
    terminal
        .draw(|f| tpaudit::ui::view(app, &tpaudit::ui::Theme::dark(), f))
        .expect("draws");
    let backend = terminal.backend();
    assert!(backend.cursor_visible(), "the cursor is shown");
    (backend.to_string(), backend.cursor_position())
}

/// The character under `at` on a screen drawn by `draw_with_cursor` (its lines are quoted).
fn before_cursor(screen: &str, at: Position) -> String {
    let line = screen
        .lines()
        .nth(usize::from(at.y))
        .expect("the cursor's line");
    let line = line.trim_start_matches('"');
    line.chars().take(usize::from(at.x)).collect()
}

fn notes(app: &App) -> String {
    app.walk.as_ref().expect("walk").audit.stages[0].touchpoints[0]
        .notes
        .clone()
}

#[test]
fn a_long_note_wraps_in_the_box_with_its_end_and_the_cursor_in_view() {
    let mut app = walk_app(audit(Lang::Ru));
    key(&mut app, KeyCode::Enter);
    update(&mut app, Msg::Paste(NOTE.into()));
    let (screen, cursor) = draw_with_cursor(&mut app, 80, 24);
    insta::assert_snapshot!("long_note_ru_80x24", screen);
    assert!(
        screen.contains("Покупатели жалуются"),
        "the start: {screen}"
    );
    assert!(screen.contains("КОНЕЦ ЗАМЕТКИ"), "the end: {screen}");
    assert!(
        before_cursor(&screen, cursor).ends_with("КОНЕЦ ЗАМЕТКИ"),
        "the cursor after the last word: {cursor:?}\n{screen}"
    );
    // Going back to the start keeps the cursor in view on the first line.
    key_with(&mut app, KeyCode::Char('a'), KeyModifiers::CONTROL);
    let (screen, cursor) = draw_with_cursor(&mut app, 80, 24);
    let first = screen.lines().nth(usize::from(cursor.y)).unwrap_or("");
    assert!(first.contains("Покупатели"), "{cursor:?}\n{screen}");
}

#[test]
fn the_action_plan_wraps_a_long_field_and_shows_where_it_is_typed() {
    let mut app = walk_app(audit(Lang::Ru));
    key(&mut app, KeyCode::Char('t'));
    assert!(
        matches!(app.modal, Some(Modal::Action(_))),
        "{:?}",
        app.modal
    );
    update(&mut app, Msg::Paste(NOTE.into()));
    key(&mut app, KeyCode::Tab);
    keys(
        &mut app,
        "Анна Смирнова, администратор магазина на Садовой улице",
    );
    key(&mut app, KeyCode::BackTab);
    let (screen, cursor) = draw_with_cursor(&mut app, 80, 24);
    insta::assert_snapshot!("long_action_ru_80x24", screen);
    assert!(
        before_cursor(&screen, cursor).ends_with("КОНЕЦ ЗАМЕТКИ"),
        "the focused field scrolls to its cursor: {cursor:?}\n{screen}"
    );
    assert!(screen.contains("Анна Смирнова, администратор"), "{screen}");
    assert!(
        screen.contains("Садовой") && screen.contains("улице"),
        "a field not focused wraps too: {screen}"
    );
}

#[test]
fn enter_saves_the_notes_esc_cancels_and_alt_enter_or_ctrl_j_start_a_line() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = walk_app(audit(lang));
        key(&mut app, KeyCode::Enter);
        keys(&mut app, "Queue");
        key_with(&mut app, KeyCode::Enter, KeyModifiers::ALT);
        keys(&mut app, "card");
        key_with(&mut app, KeyCode::Char('j'), KeyModifiers::CONTROL);
        keys(&mut app, "app");
        assert_eq!(
            notes(&app),
            "Queue\ncard\napp",
            "typed into the audit as it goes"
        );
        key(&mut app, KeyCode::Enter);
        assert!(app.modal.is_none(), "Enter saves");
        assert_eq!(notes(&app), "Queue\ncard\napp");
        // Esc puts the notes back as they were when the box opened.
        key(&mut app, KeyCode::Enter);
        keys(&mut app, " and more");
        key(&mut app, KeyCode::Esc);
        assert!(app.modal.is_none(), "Esc closes");
        assert_eq!(notes(&app), "Queue\ncard\napp", "and cancels");
        assert_eq!(app.screen, tpaudit::app::Screen::Walk);
        // Undo takes back the saved notes at once.
        key(&mut app, KeyCode::Char('u'));
        assert_eq!(notes(&app), "");
        // The hint line says so, in the user's language.
        key(&mut app, KeyCode::Enter);
        let out = draw(&mut app, 80, 24);
        let said = match lang {
            Lang::En => [
                "Enter Ctrl+S Save",
                "Esc Cancel",
                "Alt+Enter Ctrl+J New line",
            ],
            Lang::Ru => [
                "Enter Ctrl+S Сохранить",
                "Esc Отмена",
                "Alt+Enter Ctrl+J Новая строка",
            ],
        };
        for text in said {
            assert!(out.contains(text), "{text}:\n{out}");
        }
    }
}

#[test]
fn the_description_takes_the_same_keys() {
    let mut app = walk_app(audit(Lang::En));
    let description = |app: &App| {
        app.walk.as_ref().expect("walk").audit.stages[0].touchpoints[0]
            .description
            .clone()
    };
    let before = description(&app);
    key(&mut app, KeyCode::Char('e'));
    key_with(&mut app, KeyCode::Enter, KeyModifiers::ALT);
    keys(&mut app, "Second line");
    key(&mut app, KeyCode::Esc);
    assert_eq!(description(&app), before, "Esc cancels");
    key(&mut app, KeyCode::Char('e'));
    key_with(&mut app, KeyCode::Char('j'), KeyModifiers::CONTROL);
    keys(&mut app, "Second line");
    key(&mut app, KeyCode::Enter);
    assert!(app.modal.is_none());
    assert_eq!(
        description(&app),
        format!("{before}\nSecond line"),
        "Enter saves"
    );
}
