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
fn export_writes_markdown_html_csv_and_xlsx_into_the_folder_given() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = temp_walk(&dir.path().join("data"));
    let effect = Effect::Export {
        crosshair: CrosshairMode::Midpoint,
        dir: dir.path().to_path_buf(),
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
    key(&mut app, KeyCode::Char('E'));
    let effects = key(&mut app, KeyCode::Enter);
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

/// `E` asks where, offering the folder tpaudit was started from; the status line says where the
/// reports went; `O` opens the HTML one; the folder is offered again next time.
#[test]
fn e_asks_where_says_where_and_o_opens_the_html_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let started_in = dir.path().join("here");
    std::fs::create_dir(&started_in).unwrap();
    let mut app = temp_walk(&dir.path().join("data"));
    assert_eq!(
        key(&mut app, KeyCode::Char('O')),
        Vec::<Effect>::new(),
        "nothing exported yet"
    );
    assert_eq!(
        flash(&app).as_deref(),
        Some("No report yet: E exports the reports first")
    );
    app.export_dir = Some(started_in.clone());
    key(&mut app, KeyCode::Char('E'));
    let asked = draw(&mut app, 100, 30);
    assert!(asked.contains("Write the reports to the folder"), "{asked}");
    assert!(asked.contains(&started_in.display().to_string()), "{asked}");
    // Esc leaves without writing.
    assert_eq!(key(&mut app, KeyCode::Esc), Vec::<Effect>::new());
    assert!(app.modal.is_none());
    key(&mut app, KeyCode::Char('E'));
    let effects = key(&mut app, KeyCode::Enter);
    assert_eq!(
        effects,
        [Effect::Export {
            crosshair: CrosshairMode::Midpoint,
            dir: started_in.clone(),
        }]
    );
    let msg = tpaudit::tui::Runtime::inline()
        .perform(&app, &effects[0])
        .expect("an outcome");
    update(&mut app, msg);
    let html = started_in.join("shop.html");
    assert!(html.exists(), "the report is where the user said");
    assert!(!dir.path().join("data/shop.html").exists());
    let said = flash(&app).expect("where they went");
    assert!(
        said.contains(&started_in.join("shop.md").display().to_string())
            && said.contains("O opens the HTML"),
        "{said}"
    );
    assert_eq!(
        key(&mut app, KeyCode::Char('O')),
        [Effect::OpenReport(html.clone())]
    );
    assert_eq!(
        flash(&app),
        Some(format!("Opening {} in the browser…", html.display())),
        "the key is answered while the browser comes up"
    );
    // From the list, too; and the next `E` offers the same folder.
    key(&mut app, KeyCode::Char('p'));
    assert!(matches!(
        key(&mut app, KeyCode::Char('O')).as_slice(),
        [Effect::OpenReport(_)]
    ));
    key(&mut app, KeyCode::Char('E'));
    assert!(draw(&mut app, 100, 30).contains(&started_in.display().to_string()));
}

/// Without a folder to start from (tpaudit started in a folder since removed), `E` offers the
/// audit's own folder.
#[test]
fn e_offers_the_audits_folder_when_there_is_no_other() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("audits");
    let mut app = temp_walk(&data);
    app.export_dir = None;
    key(&mut app, KeyCode::Char('E'));
    assert_eq!(
        key(&mut app, KeyCode::Enter),
        [Effect::Export {
            crosshair: CrosshairMode::Midpoint,
            dir: data,
        }]
    );
}

#[test]
fn a_folder_typed_with_a_tilde_is_in_the_home_folder() {
    use std::path::Path;
    use tpaudit::tui::export::expand_home;
    let home = Path::new("/home/anna");
    assert_eq!(
        expand_home(Path::new("~/Desktop"), Some(home)),
        home.join("Desktop")
    );
    assert_eq!(expand_home(Path::new("~"), Some(home)), home);
    assert_eq!(
        expand_home(Path::new("/tmp/~x"), Some(home)),
        Path::new("/tmp/~x")
    );
    assert_eq!(
        expand_home(Path::new("~/Desktop"), None),
        Path::new("~/Desktop")
    );
}

/// The browser is `BROWSER` when set (`%s` standing for the file), else the system's opener;
/// a program that cannot start says which and what to do.
#[test]
fn the_report_opens_with_the_browser_the_user_set() {
    use std::os::unix::fs::PermissionsExt;
    use tpaudit::tui::export::open_in_browser;
    let dir = tempfile::tempdir().expect("temp dir");
    let seen = dir.path().join("seen");
    let browser = dir.path().join("browser");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\nprintf '%s|' \"$@\" > '{}'\n", seen.display()),
    )
    .unwrap();
    std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    let report = dir.path().join("shop report.html");
    let wait_for = |expected: String| {
        let start = std::time::Instant::now();
        while std::fs::read_to_string(&seen).ok().as_deref() != Some(expected.as_str()) {
            assert!(
                start.elapsed() < std::time::Duration::from_secs(10),
                "the browser saw {:?}, not {expected:?}",
                std::fs::read_to_string(&seen)
            );
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        std::fs::remove_file(&seen).unwrap();
    };
    open_in_browser(&report, Some(browser.as_os_str())).expect("starts");
    wait_for(format!("{}|", report.display()));
    let with_s = format!("{} --new-window %s", browser.display());
    open_in_browser(&report, Some(std::ffi::OsStr::new(&with_s))).expect("starts");
    wait_for(format!("--new-window|{}|", report.display()));
    let err = open_in_browser(&report, Some(std::ffi::OsStr::new("/no/such/browser")))
        .expect_err("cannot start");
    assert!(
        err.starts_with("/no/such/browser:") && err.contains("open") && err.contains("yourself"),
        "{err}"
    );
}
