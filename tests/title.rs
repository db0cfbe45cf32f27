//! An audit's title apart from its file name: `new --title`, shown on the home screen, in the
//! walk and as every report's heading.

mod safety_common;

use std::process::Command;

use safety_common::*;
use tpaudit::app::{App, Effect};
use tpaudit::model::Lang;
use tpaudit::tui::Workbench;

const TITLE: &str = "«Уютный дом»: аудит, IV квартал";

fn tpaudit(data: &std::path::Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tpaudit"))
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8")
}

#[test]
fn new_takes_a_title_and_every_report_is_headed_by_it() {
    let dir = tempfile::tempdir().expect("tmp");
    let data = dir.path();
    tpaudit(
        data,
        &[
            "new",
            "shop",
            "--template",
            "retail",
            "--title",
            TITLE,
            "--lang",
            "ru",
        ],
    );
    let audit = tpaudit::store::load(&data.join("audits/shop.ron")).expect("loads");
    assert_eq!(audit.title, TITLE);
    assert_eq!(audit.name, "shop");

    let md = tpaudit(data, &["report", "shop", "--format", "md"]);
    let first = md.lines().next().expect("heading");
    assert!(first.starts_with("# ") && first.ends_with(TITLE), "{first}");
    let text = tpaudit(data, &["report", "shop", "--format", "text"]);
    assert!(text.lines().next().expect("line").contains(TITLE), "{text}");
    let html = tpaudit(data, &["report", "shop", "--format", "html"]);
    assert!(
        html.contains("<h1>«Уютный дом»: аудит, IV квартал</h1>"),
        "the HTML heading"
    );
    let json = tpaudit(data, &["report", "shop", "--format", "json"]);
    assert!(json.contains(TITLE));
}

#[test]
fn the_home_screen_and_the_walk_show_the_title() {
    let dir = tempfile::tempdir().expect("tmp");
    let data_dir = tpaudit::store::DataDir::new(dir.path().to_path_buf());
    tpaudit(
        dir.path(),
        &["new", "shop", "--template", "retail", "--title", TITLE],
    );
    let templates = tpaudit::store::templates::builtin();
    let app = App::new(
        Lang::En,
        data_dir.clone(),
        templates,
        jiff::Timestamp::now(),
    );
    let mut wb = Workbench::new(app);
    wb.run(vec![Effect::List]);
    let home = screen(&wb);
    assert!(home.contains(&format!("{TITLE} (shop)")), "{home}");
    let wb = open(&data_dir, &dir.path().join("audits/shop.ron"));
    let walk = screen(&wb);
    assert!(walk.contains(TITLE), "{walk}");
}

#[test]
fn a_long_title_in_the_walk_ends_in_an_ellipsis() {
    let dir = tempfile::tempdir().expect("tmp");
    let data_dir = tpaudit::store::DataDir::new(dir.path().to_path_buf());
    let long = "Northwind Tea Co.: online store touchpoint audit, November 2026, \
                with the shop on Market Street and the kiosk at the station";
    tpaudit(
        dir.path(),
        &["new", "tea", "--template", "retail", "--title", long],
    );
    let wb = open(&data_dir, &dir.path().join("audits/tea.ron"));
    let walk = screen(&wb);
    // Cut to what the progress and the participant leave it, the cut shown with `…`.
    let status = walk.lines().rev().nth(1).expect("status line");
    assert!(
        status.starts_with(" Northwind Tea Co.: online store touchpoint audit,"),
        "{status}"
    );
    assert!(
        status.contains("…  0/25 scored  Participant: Participant 1"),
        "{status}"
    );
    assert!(!status.contains("Market Street"), "{status}");
}

/// `i` in the walk edits the title (prefilled with it); the matrix, the list and the file follow;
/// `u` brings the old one back; the file name never changes.
#[test]
fn the_title_is_edited_in_the_workbench_and_shown_on_every_screen() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let dir = tempfile::tempdir().expect("tmp");
    let data_dir = tpaudit::store::DataDir::new(dir.path().to_path_buf());
    tpaudit(dir.path(), &["new", "shop", "--template", "retail"]);
    let path = dir.path().join("audits/shop.ron");
    let mut wb = open(&data_dir, &path);
    press(&mut wb, KeyCode::Char('i'));
    let prompt = screen(&wb);
    assert!(prompt.contains("Title of the audit"), "{prompt}");
    // Prefilled with the current title (the name, by default): Ctrl+U clears it.
    let clear = KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL);
    let msg = tpaudit::app::keymap::dispatch(&wb, clear).expect("a message");
    let effects = tpaudit::app::update(&mut wb, msg);
    run(&mut wb, effects);
    type_keys(&mut wb, TITLE);
    press(&mut wb, KeyCode::Enter);
    assert_eq!(wb.walk.as_ref().unwrap().audit.title, TITLE);
    for screen_key in ['m', 'p'] {
        press(&mut wb, KeyCode::Char(screen_key));
        let shown = screen(&wb);
        let head = shown.lines().next().unwrap();
        assert!(head.contains(TITLE), "{screen_key}: {shown}");
        assert!(!head.contains("shop"), "{head}");
        press(&mut wb, KeyCode::Esc);
    }
    tick(&mut wb);
    assert_eq!(tpaudit::store::load(&path).unwrap().title, TITLE);
    assert!(path.exists(), "the file keeps its name");
    press(&mut wb, KeyCode::Char('u'));
    assert_eq!(wb.walk.as_ref().unwrap().audit.display_title(), "shop");
    // An empty title is refused, not stored.
    press(&mut wb, KeyCode::Char('i'));
    let msg = tpaudit::app::keymap::dispatch(&wb, clear).expect("a message");
    let effects = tpaudit::app::update(&mut wb, msg);
    run(&mut wb, effects);
    press(&mut wb, KeyCode::Enter);
    assert!(
        wb.modal.is_some(),
        "the prompt stays open on an empty title"
    );
    assert_eq!(wb.walk.as_ref().unwrap().audit.display_title(), "shop");
}
