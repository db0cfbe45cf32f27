//! A crash keeps the data: the loop's panic guard writes an emergency copy, and the next open
//! offers to restore it.

mod safety_common;

use crossterm::event::KeyCode;
use safety_common::*;
use tpaudit::app::Modal;
use tpaudit::app::{Msg, update};
use tpaudit::store::recovery::{pending, recovery_path};
use tpaudit::tui::crash::guard;

#[test]
fn a_step_that_returns_normally_passes_its_result_through() {
    let (_dir, data, path) = data_with_demo();
    let mut app = open(&data, &path);
    assert_eq!(guard(&mut app, |_| 7).expect("no panic"), 7);
    assert!(!recovery_path(&path).exists());
}

#[test]
fn a_panic_in_update_writes_the_unsaved_audit_as_an_emergency_copy() {
    let (_dir, data, path) = data_with_demo();
    let mut app = open(&data, &path);
    let crash = guard(&mut app, |app| {
        update(app, Msg::Cmd(tpaudit::app::Cmd::Score(4)));
        panic!("a bug in update")
    })
    .expect_err("the panic is caught");
    assert_eq!(crash.message, "a bug in update");
    let copy = crash
        .copy
        .clone()
        .expect("a copy was due")
        .expect("written");
    assert_eq!(copy, recovery_path(&path));
    let kept = tpaudit::store::load(&copy).expect("the copy loads");
    let r = kept.stages[0].touchpoints[0].rating("p1").expect("rated");
    assert_eq!(r.frequency, Some(4));
    assert_eq!(
        scores_on_disk(&path, 0).0,
        None,
        "the file itself is untouched"
    );
    assert!(
        crash
            .report(tpaudit::model::Lang::En)
            .contains(&copy.display().to_string())
    );
}

#[test]
fn a_panic_in_a_view_after_typing_keeps_the_typing() {
    let (_dir, data, path) = data_with_demo();
    let mut app = open(&data, &path);
    type_keys(&mut app, "45");
    let crash = guard(&mut app, |app| {
        let backend = ratatui::backend::TestBackend::new(80, 24);
        let mut terminal = ratatui::Terminal::new(backend).expect("terminal");
        terminal
            .draw(|f| {
                tpaudit::ui::view(app, &tpaudit::ui::Theme::dark(), f);
                panic!("a bug in a view");
            })
            .map(|_| ())
    })
    .expect_err("caught");
    assert!(matches!(crash.copy, Some(Ok(_))));
    let (_, kept) = pending(&path).expect("the copy is pending");
    let r = kept.stages[0].touchpoints[0].rating("p1").expect("rated");
    assert_eq!((r.frequency, r.impact), (Some(4), Some(5)));
}

#[test]
fn nothing_unsaved_means_no_emergency_copy() {
    let (_dir, data, path) = data_with_demo();
    let mut app = open(&data, &path);
    type_keys(&mut app, "4");
    tick(&mut app);
    let crash = guard(&mut app, |_| panic!("late")).expect_err("caught");
    assert!(crash.copy.is_none());
    assert!(!recovery_path(&path).exists());
}

/// Crashes with `4 5` typed and not saved, and opens the audit again.
fn crashed_then_reopened() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    tpaudit::tui::Workbench,
) {
    let (dir, data, path) = data_with_demo();
    let mut app = open(&data, &path);
    type_keys(&mut app, "45");
    let _ = guard(&mut app, |_| panic!("boom")).expect_err("caught");
    drop(app);
    let again = open(&data, &path);
    (dir, path, again)
}

#[test]
fn the_copy_is_offered_on_open_and_restoring_saves_it() {
    let (_dir, path, mut app) = crashed_then_reopened();
    assert!(
        matches!(app.modal, Some(Modal::Recovery { .. })),
        "{:?}",
        app.modal
    );
    let shown = screen(&app);
    assert!(shown.contains("demo.ron.recovery"), "{shown}");
    press(&mut app, KeyCode::Char('j'));
    assert!(
        matches!(app.modal, Some(Modal::Recovery { .. })),
        "waits for a choice"
    );
    press(&mut app, KeyCode::Char('r'));
    assert!(app.modal.is_none());
    assert_eq!(scores_on_disk(&path, 0), (Some(4), Some(5), None));
    assert!(!recovery_path(&path).exists(), "removed once saved");
    let w = app.walk.as_ref().expect("walk");
    assert!(!w.dirty && w.save_error.is_none());
}

#[test]
fn discarding_the_copy_leaves_the_file_as_it_was() {
    let (_dir, path, mut app) = crashed_then_reopened();
    let before = std::fs::read(&path).expect("read");
    press(&mut app, KeyCode::Char('d'));
    assert!(app.modal.is_none());
    assert!(!recovery_path(&path).exists());
    assert_eq!(std::fs::read(&path).expect("read"), before);
}

#[test]
fn a_read_only_window_is_not_offered_the_copy() {
    let (_dir, data, path) = data_with_demo();
    let _writer = open(&data, &path);
    let mut changed = demo();
    changed.client = "from the crash".into();
    tpaudit::store::recovery::write_recovery(&path, &changed).expect("copy");
    let reader = open(&data, &path);
    assert!(reader.modal.is_none());
    assert!(recovery_path(&path).exists());
}
