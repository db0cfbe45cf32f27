//! The action-plan form and exporting reports, through the real keymap, `update` and effects.

mod tui_common;

use crossterm::event::{KeyCode, KeyModifiers};
use tpaudit::app::{App, Modal, Screen};
use tpaudit::app::{Effect, Msg, update};
use tpaudit::model::{Action, ActionStatus, CrosshairMode, Lang};
use tui_common::*;

fn action(app: &App, stage: usize, tp: usize) -> Option<Action> {
    app.walk.as_ref().expect("walk").audit.stages[stage].touchpoints[tp]
        .action
        .clone()
}

fn ctrl_s(app: &mut App) {
    key_with(app, KeyCode::Char('s'), KeyModifiers::CONTROL);
}

use tpaudit::ui::notice::text;

fn form_error(app: &App) -> Option<String> {
    match &app.modal {
        Some(Modal::Action(form)) => form.error.as_ref().map(|n| text(app.lang, n)),
        _ => None,
    }
}

#[test]
fn the_form_saves_every_field_validates_the_date_and_undo_reverts() {
    let mut app = walk_app(audit(Lang::En));
    key(&mut app, KeyCode::Char('t'));
    assert!(matches!(app.modal, Some(Modal::Action(_))));
    keys(&mut app, "Answer chats in 15 min");
    key(&mut app, KeyCode::Tab);
    keys(&mut app, "Анна");
    key(&mut app, KeyCode::Enter);
    keys(&mut app, "2026-02-30");
    ctrl_s(&mut app);
    let error = form_error(&app).expect("an impossible date is refused inline");
    assert!(error.contains("YYYY-MM-DD"));
    assert_eq!(
        action(&app, 0, 0),
        None,
        "nothing saved while the date is bad"
    );
    for _ in 0..2 {
        key(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "01");
    assert_eq!(form_error(&app), None, "typing clears the error");
    key(&mut app, KeyCode::Down);
    keys(&mut app, "first reply time");
    key(&mut app, KeyCode::Tab);
    keys(&mut app, "2 h");
    key(&mut app, KeyCode::Tab);
    keys(&mut app, "15 min");
    key(&mut app, KeyCode::Tab);
    keys(&mut app, " ");
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Enter);
    assert!(app.modal.is_none(), "Enter on the status field saves");
    let expected = Action {
        action: "Answer chats in 15 min".into(),
        owner: "Анна".into(),
        due: "2026-02-01".into(),
        kpi: "first reply time".into(),
        kpi_current: "2 h".into(),
        kpi_target: "15 min".into(),
        status: ActionStatus::InProgress,
    };
    assert_eq!(action(&app, 0, 0), Some(expected.clone()));
    assert!(app.walk.as_ref().expect("walk").dirty);
    assert_eq!(update(&mut app, Msg::Tick), vec![Effect::Save]);
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(action(&app, 0, 0), None);
    key_with(&mut app, KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert_eq!(action(&app, 0, 0), Some(expected));
}

#[test]
fn esc_cancels_and_an_emptied_form_removes_the_plan() {
    let mut app = walk_app(audit(Lang::Ru));
    key(&mut app, KeyCode::Char('t'));
    keys(&mut app, "Позвонить");
    key(&mut app, KeyCode::Esc);
    assert!(app.modal.is_none());
    assert_eq!(action(&app, 0, 0), None);
    assert!(
        !app.walk.as_ref().expect("walk").dirty,
        "cancel changes nothing"
    );
    key(&mut app, KeyCode::Char('t'));
    keys(&mut app, "Позвонить");
    ctrl_s(&mut app);
    assert_eq!(action(&app, 0, 0).expect("saved").action, "Позвонить");
    // Reopened, the form holds the plan; emptied and saved, the plan is gone.
    key(&mut app, KeyCode::Char('t'));
    for _ in 0.."Позвонить".chars().count() {
        key(&mut app, KeyCode::Backspace);
    }
    ctrl_s(&mut app);
    assert_eq!(action(&app, 0, 0), None);
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(
        action(&app, 0, 0).expect("undo restores").action,
        "Позвонить"
    );
}

#[test]
fn a_in_the_list_edits_the_selected_touchpoints_plan_and_u_undoes_there() {
    let mut app = walk_app(audit(Lang::En));
    keys(&mut app, "452");
    key(&mut app, KeyCode::Char('p'));
    // Ranked: ads; then the unscored website.
    key(&mut app, KeyCode::Char('g'));
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Char('a'));
    match &app.modal {
        Some(Modal::Action(form)) => assert_eq!((form.at, form.name.as_str()), ((0, 1), "Website")),
        other => panic!("no action form: {other:?}"),
    }
    keys(&mut app, "Speed up the home page");
    ctrl_s(&mut app);
    assert_eq!(app.screen, Screen::Priority, "saving stays on the list");
    assert_eq!(
        action(&app, 0, 1).expect("saved").action,
        "Speed up the home page"
    );
    key(&mut app, KeyCode::Char('u'));
    assert_eq!(action(&app, 0, 1), None);
}

#[test]
fn the_card_shows_the_plan() {
    let mut app = walk_app(audit(Lang::En));
    key(&mut app, KeyCode::Char('t'));
    keys(&mut app, "Rewrite the banner");
    key(&mut app, KeyCode::Tab);
    keys(&mut app, "Olga");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    keys(&mut app, "CTR");
    key(&mut app, KeyCode::Tab);
    keys(&mut app, "1%");
    key(&mut app, KeyCode::Tab);
    keys(&mut app, "3%");
    ctrl_s(&mut app);
    let screen = draw(&mut app, 160, 45);
    assert!(
        screen.contains("Action (planned): Rewrite the banner · Olga"),
        "{screen}"
    );
    assert!(screen.contains("CTR: 1% → 3%"));
}

fn temp_walk(dir: &std::path::Path) -> App {
    let mut app = app(Lang::En);
    let (_, audit) = tpaudit::store::templates::examples()
        .into_iter()
        .next()
        .expect("an example");
    update(
        &mut app,
        Msg::Opened {
            path: dir.join("shop.ron"),
            audit: Box::new(audit),
        },
    );
    app
}

#[test]
fn export_writes_markdown_html_csv_and_xlsx_beside_the_audit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = temp_walk(dir.path());
    let effect = Effect::Export {
        crosshair: CrosshairMode::Midpoint,
    };
    let msg = tpaudit::tui::Runtime::inline()
        .perform(&app, &effect)
        .expect("an outcome");
    let Msg::Exported(Ok(paths)) = &msg else {
        panic!("export failed: {msg:?}");
    };
    let names: Vec<_> = paths
        .iter()
        .map(|p| p.file_name().expect("file").to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["shop.md", "shop.html", "shop.csv", "shop.xlsx"]);
    let xlsx = std::fs::read(dir.path().join("shop.xlsx")).expect("xlsx written");
    assert!(xlsx.starts_with(b"PK"), "a workbook (zip)");
    let csv = std::fs::read_to_string(dir.path().join("shop.csv")).expect("csv written");
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header = reader.headers().expect("a header").clone();
    assert_eq!(
        header.iter().collect::<Vec<_>>().join(","),
        "rank,stage,touchpoint,frequency,impact,satisfaction,priority,quadrant,critical"
    );
    let rows: Vec<_> = reader
        .records()
        .collect::<Result<_, _>>()
        .expect("rows parse");
    let ranked = app
        .walk
        .as_ref()
        .expect("walk")
        .ranking
        .ranking()
        .ranked
        .len();
    assert_eq!(rows.len(), ranked);
    assert_eq!(&rows[0][0], "1");
    let html = std::fs::read_to_string(dir.path().join("shop.html")).expect("html written");
    let doc = scraper::Html::parse_document(&html);
    let svg = scraper::Selector::parse("svg").expect("selector");
    assert!(
        doc.select(&svg).next().is_some(),
        "the HTML carries the matrix"
    );
    let md = std::fs::read_to_string(dir.path().join("shop.md")).expect("md written");
    assert!(md.starts_with("# ") && md.contains("| 1 |"), "{md}");
    update(&mut app, msg);
    let flash = flash(&app).expect("the status line names the files");
    assert!(flash.contains("shop.md") && flash.contains(".html") && flash.contains(".csv"));
    assert!(draw(&mut app, 160, 45).contains("Reports written:"));
}

#[test]
fn a_failed_export_is_shown_and_the_app_keeps_running() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = temp_walk(&dir.path().join("missing-folder"));
    key(&mut app, KeyCode::Char('m'));
    let effects = key(&mut app, KeyCode::Char('E'));
    let msg = tpaudit::tui::Runtime::inline()
        .perform(&app, &effects[0])
        .expect("an outcome");
    assert!(matches!(msg, Msg::Exported(Err(_))));
    update(&mut app, msg);
    assert!(!app.quitting);
    let alert = alert(&app).expect("the error is on the status line");
    assert!(alert.starts_with("Export failed:") && alert.contains("missing-folder"));
    assert!(draw(&mut app, 160, 45).contains("Export failed:"));
    key(&mut app, KeyCode::Char('n'));
    assert_eq!(app.alert, None, "the next key clears the error");
    assert_eq!(app.screen, Screen::Matrix);
}
