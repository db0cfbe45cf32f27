//! Never lose a workshop, in the workbench: one writer per audit, edits made elsewhere never
//! clobbered, bad files never touched, unwritable storage survived. Effects run on real files.

mod safety_common;

use crossterm::event::KeyCode;
use safety_common::*;
use tpaudit::app::{Effect, Msg, update};
use tpaudit::app::{Modal, Screen};
use tpaudit::model::Lang;
use tpaudit::store::lock::lock_path;

#[test]
fn a_second_window_is_read_only_refuses_edits_and_never_writes() {
    let (_dir, data, path) = data_with_demo();
    let mut first = open(&data, &path);
    assert!(first.walk.as_ref().expect("open").read_only.is_none());
    let before = std::fs::read(&path).expect("read");

    let mut second = open(&data, &path);
    let banner = second.walk.as_ref().and_then(|w| w.read_only.clone());
    let banner = banner.expect("the second window is read-only");
    let banner = tpaudit::ui::notice::read_only(Lang::En, &banner);
    let pid = std::process::id().to_string();
    assert!(
        banner.starts_with("read-only: open in process "),
        "{banner}"
    );
    assert!(
        banner.contains(&pid) && banner.contains(" since "),
        "{banner}"
    );
    assert!(screen(&second).contains(&banner), "the banner is on screen");

    type_keys(&mut second, "452xD");
    press(&mut second, KeyCode::Enter);
    let w = second.walk.as_ref().expect("walk");
    assert!(
        !w.dirty && second.modal.is_none(),
        "nothing changed, no dialog"
    );
    assert!(w.audit.stages[0].touchpoints[0].ratings.is_empty());
    assert!(
        flash(&second)
            .as_deref()
            .is_some_and(|f| f.contains("read-only"))
    );
    type_keys(&mut second, "j");
    assert_eq!(
        second.walk.as_ref().expect("walk").tp,
        1,
        "navigation works"
    );
    press(&mut second, KeyCode::Char('?'));
    assert_eq!(second.modal, Some(Modal::Help), "help works");
    press(&mut second, KeyCode::Esc);
    assert!(update(&mut second, Msg::Tick).is_empty(), "no autosave");
    assert_eq!(update(&mut second, Msg::Terminate), vec![Effect::Quit]);
    drop(second);
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "bytes unchanged"
    );

    type_keys(&mut first, "452");
    tick(&mut first);
    assert_eq!(scores_on_disk(&path, 0), (Some(4), Some(5), Some(2)));
    drop(first);
    assert!(!lock_path(&path).exists(), "the lock is released on quit");
}

#[test]
fn the_store_refuses_a_read_only_save_even_if_an_edit_slipped_through() {
    let (_dir, data, path) = data_with_demo();
    let _first = open(&data, &path);
    let mut second = open(&data, &path);
    let before = std::fs::read(&path).expect("read");
    let w = second.walk.as_mut().expect("walk");
    w.audit.client = "slipped".into();
    w.dirty = true;
    run(&mut second, vec![Effect::Save, Effect::Overwrite]);
    let error = second.walk.as_ref().and_then(|w| w.save_error.clone());
    let error = error.map(|e| tpaudit::ui::notice::failure(Lang::En, &e));
    assert!(error.is_some_and(|e| e.contains("read-only")));
    assert_eq!(std::fs::read(&path).expect("read"), before);
}

#[test]
fn a_stale_lock_of_a_dead_process_is_taken_over_and_said_once() {
    let (_dir, data, path) = data_with_demo();
    let stale = format!(
        "pid=4194300\nhost={}\nsince=2026-01-01T00:00:00Z\n",
        tpaudit::store::lock::this_host()
    );
    std::fs::write(lock_path(&path), stale).expect("stale lock");
    let mut app = open(&data, &path);
    let w = app.walk.as_ref().expect("open");
    assert!(w.read_only.is_none(), "a dead process's lock is no lock");
    let flash = flash(&app).unwrap_or_default();
    assert!(
        flash.contains("took over") && flash.contains("4194300"),
        "{flash}"
    );
    let lock = std::fs::read_to_string(lock_path(&path)).expect("lock");
    assert!(
        lock.contains(&format!("pid={}", std::process::id())),
        "{lock}"
    );
    type_keys(&mut app, "4");
    tick(&mut app);
    assert_eq!(scores_on_disk(&path, 0).0, Some(4));
    drop(app);
    let again = open(&data, &path);
    assert!(again.flash.is_none(), "no stale lock the second time");
}

/// Opens `demo`, scores 4, then another program writes a changed client; the next autosave.
fn conflicted() -> (
    tempfile::TempDir,
    std::path::PathBuf,
    tpaudit::tui::Workbench,
    Vec<u8>,
) {
    let (dir, data, path) = data_with_demo();
    let mut app = open(&data, &path);
    type_keys(&mut app, "4");
    let mut theirs = tpaudit::store::load(&path).expect("loads");
    theirs.client = "theirs".into();
    tpaudit::store::save(&path, &theirs).expect("another program writes");
    let their_bytes = std::fs::read(&path).expect("read");
    tick(&mut app);
    (dir, path, app, their_bytes)
}

#[test]
fn an_external_edit_goes_to_a_side_copy_and_autosave_waits() {
    let (_dir, path, mut app, their_bytes) = conflicted();
    let Some(Modal::Conflict { side_copy }) = app.modal.clone() else {
        panic!("the conflict dialog is open: {:?}", app.modal)
    };
    assert_eq!(std::fs::read(&path).expect("read"), their_bytes);
    let mine = tpaudit::store::load(&side_copy).expect("side copy loads");
    assert_eq!(
        mine.stages[0].touchpoints[0]
            .rating("p1")
            .and_then(|r| r.frequency),
        Some(4)
    );
    let shown = screen(&app);
    let name = side_copy
        .file_name()
        .expect("name")
        .to_string_lossy()
        .into_owned();
    assert!(
        shown.contains(&name),
        "the side copy is named on screen:\n{shown}"
    );
    for key in ['4', 'q', 'j'] {
        press(&mut app, KeyCode::Char(key));
    }
    press(&mut app, KeyCode::Esc);
    assert!(
        matches!(app.modal, Some(Modal::Conflict { .. })),
        "waits for a choice"
    );
    assert!(update(&mut app, Msg::Tick).is_empty(), "autosave waits");
    assert!(
        app.walk.as_ref().expect("walk").dirty,
        "the audit stays in memory"
    );
    assert_eq!(std::fs::read(&path).expect("read"), their_bytes);
}

#[test]
fn keeping_mine_writes_it_over_the_file() {
    let (_dir, path, mut app, _) = conflicted();
    press(&mut app, KeyCode::Char('o'));
    assert!(app.modal.is_none());
    let on_disk = tpaudit::store::load(&path).expect("loads");
    assert_eq!(on_disk.client, "");
    assert_eq!(scores_on_disk(&path, 0).0, Some(4));
    type_keys(&mut app, "5");
    tick(&mut app);
    assert_eq!(scores_on_disk(&path, 0).1, Some(5), "autosave runs again");
}

#[test]
fn taking_the_version_on_disk_reloads_it_and_says_where_mine_is() {
    let (_dir, path, mut app, their_bytes) = conflicted();
    let Some(Modal::Conflict { side_copy }) = app.modal.clone() else {
        panic!("conflict dialog")
    };
    press(&mut app, KeyCode::Char('r'));
    let w = app.walk.as_ref().expect("walk");
    assert_eq!(w.audit.client, "theirs");
    assert!(!w.dirty && w.conflict.is_none());
    let flash = flash(&app).unwrap_or_default();
    assert!(flash.contains(&side_copy.display().to_string()), "{flash}");
    assert_eq!(std::fs::read(&path).expect("read"), their_bytes);
    assert!(side_copy.exists(), "my version is kept");
}

#[test]
fn bad_files_show_their_error_and_are_never_touched() {
    let (_dir, data, _) = data_with_demo();
    let newer = tpaudit::store::to_ron(&demo()).expect("ron").replacen(
        &format!("version: {}", tpaudit::model::SCHEMA_VERSION),
        "version: 99",
        1,
    );
    assert!(
        newer.contains("version: 99"),
        "the schema version is in the file"
    );
    let cases: [(&str, &[u8], &str); 3] = [
        ("empty", b"", "empty.ron: file is empty"),
        (
            "garbage",
            b"(name: \"x\",\n  stages: [ !!! ]",
            "garbage.ron:2:",
        ),
        (
            "newer",
            newer.as_bytes(),
            "newer tpaudit (schema version 99",
        ),
    ];
    for (name, bytes, expected) in cases {
        let path = data.audit_path(name);
        std::fs::write(&path, bytes).expect("bad file");
        let mut app = open(&data, &path);
        assert_eq!(app.screen, Screen::Home, "{name} is not opened");
        assert!(app.walk.is_none());
        let flash = flash(&app).unwrap_or_default();
        assert!(flash.contains(expected), "{name}: {flash}");
        assert!(
            screen(&app).contains(expected),
            "{name}: the error is on screen"
        );
        tick(&mut app);
        run(&mut app, vec![Effect::Save]);
        assert_eq!(
            std::fs::read(&path).expect("read"),
            bytes,
            "{name}: bytes unchanged"
        );
        assert!(!lock_path(&path).exists(), "{name}: not locked");
    }
}

#[test]
fn an_audits_folder_replaced_by_a_file_is_survived_then_saved_into() {
    let (_dir, data, path) = data_with_demo();
    let mut app = open(&data, &path);
    let audits = data.audits_dir();
    let aside = audits.with_extension("moved");
    std::fs::rename(&audits, &aside).expect("folder moved away");
    std::fs::write(&audits, "not a folder").expect("a file in its place");
    type_keys(&mut app, "45");
    tick(&mut app);
    let w = app.walk.as_ref().expect("walk");
    assert!(
        w.dirty && w.save_error.is_some(),
        "the error is kept: {:?}",
        w.save_error
    );
    assert!(!app.quitting);
    assert!(screen(&app).contains("NOT SAVED"), "the error is on screen");
    type_keys(&mut app, "2");

    std::fs::remove_file(&audits).expect("the file is removed");
    tick(&mut app);
    let w = app.walk.as_ref().expect("walk");
    assert!(!w.dirty && w.save_error.is_none(), "{:?}", w.save_error);
    assert_eq!(scores_on_disk(&path, 0), (Some(4), Some(5), Some(2)));
    assert!(lock_path(&path).exists(), "the lock is taken again");
    let _ = aside;
}

#[test]
fn deleting_the_whole_data_dir_while_running_ends_in_the_file_written_again() {
    let (_dir, data, path) = data_with_demo();
    let mut app = open(&data, &path);
    std::fs::remove_dir_all(data.root()).expect("data dir deleted");
    type_keys(&mut app, "3");
    tick(&mut app);
    assert_eq!(scores_on_disk(&path, 0).0, Some(3));
    let second = open(&data, &path);
    assert!(
        second.walk.as_ref().is_some_and(|w| w.read_only.is_some()),
        "the lock was taken again with the file, so a second window only reads"
    );
}

/// `demo` open with 4 and 5 scored, its audits folder replaced by a file so the save fails.
fn unsaved() -> (
    tempfile::TempDir,
    tpaudit::store::DataDir,
    tpaudit::tui::Workbench,
) {
    let (dir, data, path) = data_with_demo();
    let mut app = open(&data, &path);
    let audits = data.audits_dir();
    std::fs::rename(&audits, audits.with_extension("moved")).expect("folder moved away");
    std::fs::write(&audits, "not a folder").expect("a file in its place");
    type_keys(&mut app, "45");
    tick(&mut app);
    assert!(app.walk.as_ref().is_some_and(|w| w.save_error.is_some()));
    (dir, data, app)
}

#[test]
fn leaving_while_the_save_fails_asks_and_staying_is_the_default() {
    let (_dir, data, mut app) = unsaved();
    assert_eq!(
        update(&mut app, Msg::Cmd(tpaudit::app::Cmd::Back)),
        vec![Effect::Save],
        "leaving saves first"
    );
    press(&mut app, KeyCode::Esc);
    let Some(Modal::Unsaved { error, .. }) = app.modal.clone() else {
        panic!("the unsaved-changes dialog is open: {:?}", app.modal)
    };
    assert_eq!(app.screen, Screen::Walk);
    let shown = screen(&app);
    assert!(shown.contains("could not be saved"), "{shown}");
    let error = tpaudit::ui::notice::failure(Lang::En, &error);
    assert!(shown.contains(&error[..20]), "the error is shown:\n{shown}");
    // Esc, Enter and any other key keep the audit; only `l` leaves.
    press(&mut app, KeyCode::Char('x'));
    assert!(matches!(app.modal, Some(Modal::Unsaved { .. })));
    press(&mut app, KeyCode::Esc);
    assert!(app.modal.is_none());
    assert_eq!(app.screen, Screen::Walk);
    let w = app.walk.as_ref().expect("the audit is still open");
    assert!(w.dirty, "the changes are still in memory");
    assert_eq!(
        w.audit.stages[0].touchpoints[0]
            .rating("p1")
            .and_then(|r| r.impact),
        Some(5)
    );
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, Screen::Walk, "Enter stays too");

    // Once the folder is back, leaving saves and goes home.
    std::fs::remove_file(data.audits_dir()).expect("the file is removed");
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Home);
    assert!(app.modal.is_none());
    assert_eq!(scores_on_disk(&data.audit_path("demo"), 0).1, Some(5));
}

#[test]
fn leaving_anyway_writes_an_emergency_copy_and_says_where() {
    let (_dir, data, mut app) = unsaved();
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('l'));
    assert_eq!(app.screen, Screen::Home);
    assert!(app.walk.is_none(), "the audit is closed");
    // Beside the file is impossible (its folder is a file): the data folder takes the copy.
    let copy = data.root().join("demo.ron.recovery");
    let kept = tpaudit::store::load(&copy).expect("the emergency copy loads");
    let r = kept.stages[0].touchpoints[0].rating("p1");
    assert_eq!(r.and_then(|r| r.impact), Some(5), "the changes are in it");
    let alert = alert(&app).unwrap_or_default();
    assert!(alert.contains(&copy.display().to_string()), "{alert}");
    assert!(screen(&app).contains("emergency copy"), "said on screen");
}

#[test]
fn opening_another_audit_over_one_that_cannot_be_saved_asks_first() {
    let (_dir, _data, mut app) = unsaved();
    // A walk left unsaved on the home screen, whichever way it got there.
    app.screen = Screen::Home;
    app.home.cursor = app.home.entries.len();
    let effects = update(&mut app, Msg::Cmd(tpaudit::app::Cmd::Open));
    assert_eq!(effects, vec![Effect::Save], "no example is opened yet");
    run(&mut app, effects);
    let Some(Modal::Unsaved { then, .. }) = app.modal.clone() else {
        panic!("asks: {:?}", app.modal)
    };
    assert!(matches!(
        then,
        tpaudit::app::Leave::Replace(ref e) if matches!(e[..], [Effect::OpenExample(_)])
    ));
    press(&mut app, KeyCode::Char('s'));
    assert!(app.walk.as_ref().is_some_and(|w| w.dirty), "still open");
    assert_eq!(app.walk.as_ref().expect("walk").audit.name, "demo");
}
