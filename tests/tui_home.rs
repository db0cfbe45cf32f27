//! The home screen: new-audit form, opening, duplicating and deleting, with effects run on a
//! temporary data directory.

mod tui_common;

use crossterm::event::KeyCode;
use tpaudit::app::{Effect, Msg, update};
use tpaudit::app::{Modal, Screen};
use tpaudit::model::Lang;
use tpaudit::store::{self, DataDir};
use tpaudit::tui::Workbench;
use tpaudit::ui::notice::text;
use tui_common::*;

/// Runs effects as the loop does, feeding outcomes back.
fn run(app: &mut Workbench, effects_in: Vec<Effect>) {
    app.run(effects_in);
}

fn press(app: &mut Workbench, code: KeyCode) {
    let effects = key(app, code);
    run(app, effects);
}

fn home(dir: &tempfile::TempDir) -> Workbench {
    let mut app = Workbench::new(app(Lang::En));
    app.data = DataDir::new(dir.path());
    run(&mut app, vec![Effect::List]);
    app
}

fn type_text(app: &mut Workbench, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

#[test]
fn new_audit_form_validates_then_creates_and_opens() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = home(&dir);
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Enter);
    let Some(Modal::NewAudit(form)) = &app.modal else {
        panic!("the form stays open")
    };
    assert!(form.error.is_some(), "an empty name is refused inline");
    type_text(&mut app, "bad/name");
    press(&mut app, KeyCode::Enter);
    let Some(Modal::NewAudit(form)) = &app.modal else {
        panic!("the form stays open")
    };
    let error = form.error.as_ref().map(|n| text(Lang::En, n));
    assert!(error.is_some_and(|e| e.contains("not a valid audit name")));
    for _ in 0..5 {
        press(&mut app, KeyCode::Backspace);
    }
    type_text(&mut app, "-shop");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "ООО Ромашка");
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Walk);
    assert!(app.modal.is_none());
    let saved =
        store::load(&dir.path().join("audits/bad-shop.ron")).expect("the audit file exists");
    assert_eq!(saved.client, "ООО Ромашка");
    assert_eq!(saved.lang, Lang::Ru);
    assert!(
        saved.touchpoint_count() > 0,
        "stages come from the template"
    );
}

#[test]
fn new_audit_refuses_an_existing_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = home(&dir);
    run(
        &mut app,
        vec![
            Effect::OpenExample("example-online-store-en".into()),
            Effect::List,
        ],
    );
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "example-online-store-en");
    press(&mut app, KeyCode::Enter);
    let Some(Modal::NewAudit(form)) = &app.modal else {
        panic!("the form stays open")
    };
    assert_eq!(
        form.error.as_ref().map(|n| text(Lang::En, n)).as_deref(),
        Some("an audit with this name already exists")
    );
}

#[test]
fn opening_an_example_copies_it_under_a_free_name() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = home(&dir);
    assert_eq!(app.home.cursor, 0);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Walk);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.home.entries.len(), 1);
    // The cursor is on the copy now; the examples follow it.
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Enter);
    press(&mut app, KeyCode::Esc);
    let names: Vec<&str> = app.home.entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names.len(), 2);
    assert!(
        names.iter().any(|n| n.ends_with("-2")),
        "second copy gets a free name: {names:?}"
    );
}

#[test]
fn duplicate_asks_a_name_and_copies_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = home(&dir);
    run(
        &mut app,
        vec![Effect::OpenExample("example-retail-ru".into())],
    );
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('c'));
    let Some(Modal::Prompt { editor, .. }) = &app.modal else {
        panic!("asks for a name")
    };
    assert_eq!(editor.text(), "example-retail-ru-2");
    press(&mut app, KeyCode::Enter);
    assert!(dir.path().join("audits/example-retail-ru-2.ron").exists());
    assert_eq!(app.home.entries.len(), 2);
    press(&mut app, KeyCode::Char('c'));
    for _ in 0..2 {
        press(&mut app, KeyCode::Backspace);
    }
    press(&mut app, KeyCode::Enter);
    let Some(Modal::Prompt { error, .. }) = &app.modal else {
        panic!("refuses a taken name")
    };
    assert!(error.is_some());
}

#[test]
fn delete_confirms_and_renames_the_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = home(&dir);
    run(
        &mut app,
        vec![Effect::OpenExample("example-retail-ru".into())],
    );
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('d'));
    assert!(matches!(&app.modal, Some(Modal::Confirm(_))), "asks first");
    let shown = draw(&mut app, 100, 30).replace('\n', "");
    assert!(shown.contains("example-retail-ru.ron.deleted"), "{shown}");
    press(&mut app, KeyCode::Char('n'));
    assert!(dir.path().join("audits/example-retail-ru.ron").exists());
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('y'));
    assert!(!dir.path().join("audits/example-retail-ru.ron").exists());
    assert!(
        dir.path()
            .join("audits/example-retail-ru.ron.deleted")
            .exists()
    );
    assert!(app.home.entries.is_empty());
    assert!(
        flash(&app)
            .as_deref()
            .is_some_and(|f| f.contains(".ron.deleted"))
    );
}

#[test]
fn the_walk_autosaves_to_disk_and_quit_leaves() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = home(&dir);
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "live");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "452");
    let tick = update(&mut app, Msg::Tick);
    run(&mut app, tick);
    let saved = store::load(&dir.path().join("audits/live.ron")).expect("saved");
    let tp = saved.touchpoints().next().expect("a touchpoint").2.clone();
    assert_eq!(
        tp.rating("p1")
            .map(|r| (r.frequency, r.impact, r.satisfaction)),
        Some((Some(4), Some(5), Some(2)))
    );
    assert_eq!(app.walk.as_ref().and_then(|w| w.saved_at), Some(now()));
    assert_eq!(key(&mut app, KeyCode::Char('q')), vec![Effect::Quit]);
}

#[test]
fn delete_refuses_an_audit_another_tpaudit_has_open_and_names_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path());
    let path = data.audit_path("shop");
    store::save(&path, &audit(Lang::En)).expect("saved");
    // Another window's lock: a second open of the lock file is refused even in this process.
    let held = store::lock::acquire(&path).expect("locks");
    assert!(matches!(held, store::lock::Acquired::Locked(_)));
    let mut app = home(&dir);
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('y'));
    assert!(
        path.exists(),
        "the file stays where the other window has it"
    );
    let flash = flash(&app).unwrap_or_default();
    let pid = std::process::id().to_string();
    assert!(
        flash.contains("not deleted") && flash.contains(&pid),
        "{flash}"
    );
    assert_eq!(app.home.entries.len(), 1, "still listed");

    drop(held);
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('y'));
    assert!(!path.exists() && dir.path().join("audits/shop.ron.deleted").exists());
    assert!(
        !store::lock::lock_path(&path).exists(),
        "the lock taken for the rename is let go"
    );
}

#[test]
fn side_copies_are_listed_after_the_audits_and_marked_and_sidecars_never_show() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path());
    let path = data.audit_path("shop");
    store::save(&path, &audit(Lang::En)).expect("saved");
    let copy = store::session::side_copy_path(&path, now());
    std::fs::copy(&path, &copy).expect("side copy");
    // The last change comes from the file system: this one was last written in 2020.
    store::save(&data.audit_path("old"), &audit(Lang::En)).expect("saved");
    let long_ago = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_577_836_800);
    std::fs::File::options()
        .write(true)
        .open(data.audit_path("old"))
        .and_then(|f| f.set_modified(long_ago))
        .expect("set the modification time");
    for sidecar in [
        ".ron.recovery",
        ".ron.bak",
        ".ron.v1.bak",
        ".ron.lock",
        ".ron.deleted",
    ] {
        std::fs::copy(&path, dir.path().join(format!("audits/shop{sidecar}"))).expect("copy");
    }
    let mut app = home(&dir);
    let listed: Vec<(&str, Option<&str>)> = app
        .home
        .entries
        .iter()
        .map(|e| (e.name.as_str(), e.copy_of.as_deref()))
        .collect();
    assert_eq!(
        listed,
        [
            ("shop", None),
            ("old", None),
            ("shop.conflict-20261124-103000", Some("shop")),
        ],
        "the copy comes after even an older audit; no sidecar is an audit"
    );
    let shown = draw(&mut app, 120, 30);
    let row = shown
        .lines()
        .find(|l| l.contains("shop.conflict-"))
        .expect("the copy is listed");
    assert!(row.contains("conflict copy of “shop”"), "{row}");
    // It opens like an audit, so the user can look at it.
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Char('j'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.walk.as_ref().map(|w| w.path.clone()), Some(copy));
}

/// At 80×24 a long title and client are cut with "…", the date of the last change stays whole,
/// and the rows under the list show the selected audit whole: title, client and file.
#[test]
fn long_names_are_cut_visibly_and_the_selected_audit_is_shown_whole() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut a = store::load(std::path::Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/audits/examples/example-online-store-en.ron"
    )))
    .expect("the example");
    a.name = "tea".into();
    a.title = "Northwind Tea Co.: online store audit, winter".into();
    a.client = "Northwind Tea Company Ltd".into();
    let path = dir.path().join("audits/tea.ron");
    store::create(&path, &a, false).expect("written");
    let mut app = home(&dir);
    let screen = draw(&mut app, 80, 24);
    let row = screen
        .lines()
        .find(|l| l.contains("Northwind Tea Co."))
        .expect("the audit's row");
    assert!(row.contains("… "), "cut where it is cut: {row}");
    let date = regex_lite_date(row);
    assert!(date, "the date is whole: {row}");
    assert!(screen.contains(&format!("{} (tea)", a.title)), "{screen}");
    assert!(
        screen.contains("Client: Northwind Tea Company Ltd"),
        "{screen}"
    );
    assert!(screen.contains("audits/tea.ron"), "{screen}");
    // Too narrow for the date: the name and the client keep the room instead.
    let narrow = draw(&mut app, 60, 24);
    let row = narrow.lines().find(|l| l.contains("Northwind")).unwrap();
    assert!(!regex_lite_date(row) && row.contains("19/22"), "{row}");
}

/// Whether the line holds a whole "YYYY-MM-DD HH:MM".
fn regex_lite_date(line: &str) -> bool {
    let chars: Vec<char> = line.chars().collect();
    chars.windows(16).any(|w| {
        w.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == '-',
            10 => *c == ' ',
            13 => *c == ':',
            _ => c.is_ascii_digit(),
        })
    })
}

/// The name column is as wide as the longest name needs, so the client has the rest; the
/// examples, which have no date of last change, give the client that room too.
#[test]
fn clients_get_the_room_names_do_not_need() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = home(&dir);
    let screen = draw(&mut app, 80, 24);
    assert!(
        screen.contains("Сеть магазинов «Уютный дом»"),
        "the example's client whole: {screen}"
    );
    let mut a = tpaudit::model::Audit::new("q1", Lang::En, now());
    a.client = "Northwind Tea Company Ltd".into();
    store::create(&dir.path().join("audits/q1.ron"), &a, false).expect("written");
    let mut app = home(&dir);
    let screen = draw(&mut app, 80, 24);
    let row = screen.lines().find(|l| l.contains("q1 ")).expect("the row");
    assert!(row.contains("Northwind Tea Company Ltd"), "{row}");
    assert!(regex_lite_date(row), "{row}");
}
