//! A lock file naming another computer (a synced folder) is never taken over silently: the
//! audit opens read-only naming the holder, writing commands refuse, and the workbench takes it
//! over only when the user asks and confirms.

mod safety_common;

use std::process::Command;

use crossterm::event::KeyCode;
use safety_common::*;
use tpaudit::app::{ConfirmFor, Modal};
use tpaudit::model::Lang;
use tpaudit::store::lock::{self, Acquired, lock_path};
use tpaudit::store::session::AuditFile;

const ELSEWHERE: &str = "pid=4242\nhost=laptop-in-the-office\nsince=2026-11-10T09:00:00Z\n";

#[test]
fn a_lock_of_another_computer_is_not_taken_over_by_acquire() {
    let (_dir, _data, path) = data_with_demo();
    std::fs::write(lock_path(&path), ELSEWHERE).expect("forged lock");
    match lock::acquire(&path).expect("acquire") {
        Acquired::HeldBy(Some(h)) => {
            assert_eq!((h.pid, h.host.as_str()), (4242, "laptop-in-the-office"));
            assert!(h.is_elsewhere());
        }
        other => panic!("taken over silently: {other:?}"),
    }
    assert_eq!(
        std::fs::read_to_string(lock_path(&path)).expect("lock"),
        ELSEWHERE,
        "the lock file is left as it was"
    );
    let (file, _) = AuditFile::open(&path).expect("open");
    assert!(file.is_read_only());
    drop(file);
    // Taken over only when asked.
    match lock::take_over(&path).expect("take over") {
        Acquired::Locked(l) => {
            assert_eq!(
                l.took_over.as_ref().expect("previous").host,
                "laptop-in-the-office"
            );
        }
        other => panic!("not taken over: {other:?}"),
    }
}

#[test]
fn writing_commands_refuse_naming_the_other_computer() {
    let (dir, data, path) = data_with_demo();
    std::fs::write(lock_path(&path), ELSEWHERE).expect("forged lock");
    let before = std::fs::read(&path).expect("read");
    let bin = env!("CARGO_BIN_EXE_tpaudit");
    let from = dir.path().join("from.ron");
    std::fs::copy(&path, &from).expect("copy");
    for args in [
        vec![
            "merge".to_string(),
            "demo".into(),
            from.display().to_string(),
        ],
        vec![
            "new".into(),
            "demo".into(),
            "--template".into(),
            "retail".into(),
            "--force".into(),
        ],
    ] {
        let out = Command::new(bin)
            .arg("--data-dir")
            .arg(data.root())
            .args(&args)
            .output()
            .expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?}: {err}");
        assert!(
            err.contains("laptop-in-the-office") && err.contains("another computer"),
            "{args:?}: {err}"
        );
        assert_eq!(std::fs::read(&path).expect("read"), before, "{args:?}");
    }
    // Reading is fine.
    let out = Command::new(bin)
        .arg("check")
        .arg(&path)
        .output()
        .expect("runs");
    assert!(out.status.success());
}

#[test]
fn the_workbench_opens_read_only_and_takes_over_only_when_confirmed() {
    let (_dir, data, path) = data_with_demo();
    std::fs::write(lock_path(&path), ELSEWHERE).expect("forged lock");
    let mut app = open(&data, &path);
    let read_only = app
        .walk
        .as_ref()
        .and_then(|w| w.read_only.clone())
        .expect("read-only");
    let banner = tpaudit::ui::notice::read_only(Lang::En, &read_only);
    assert!(
        banner.contains("laptop-in-the-office")
            && banner.contains("2026-11-10")
            && banner.contains("T: take over"),
        "{banner}"
    );
    type_keys(&mut app, "4");
    tick(&mut app);
    assert_eq!(
        std::fs::read_to_string(lock_path(&path)).expect("lock"),
        ELSEWHERE
    );

    // T asks first, with the risk spelled out; Esc keeps it read-only.
    press(&mut app, KeyCode::Char('T'));
    assert!(matches!(
        app.modal,
        Some(Modal::Confirm(ConfirmFor::TakeOver { .. }))
    ));
    let shown = screen(&app);
    assert!(shown.contains("another computer"), "{shown}");
    press(&mut app, KeyCode::Esc);
    assert!(app.walk.as_ref().expect("walk").read_only.is_some());

    press(&mut app, KeyCode::Char('T'));
    press(&mut app, KeyCode::Char('y'));
    let w = app.walk.as_ref().expect("walk");
    assert!(w.read_only.is_none(), "taken over");
    let lock = std::fs::read_to_string(lock_path(&path)).expect("lock");
    assert!(
        lock.contains(&format!("pid={}", std::process::id())),
        "{lock}"
    );
    type_keys(&mut app, "4");
    tick(&mut app);
    assert_eq!(scores_on_disk(&path, 0).0, Some(4));
}
