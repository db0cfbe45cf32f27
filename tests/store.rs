//! Storage promises of SAFETY.md: atomic saves, backups, clear errors on bad files, locks,
//! external changes, recovery copies.

use std::io::Write;
use std::path::{Path, PathBuf};

use tpaudit::model::{Audit, Lang, Participant, Rating, Stage, Touchpoint};
use tpaudit::store::lock::{self, Acquired};
use tpaudit::store::session::{AuditFile, Saved};
use tpaudit::store::{self, StoreError, atomic, recovery};

fn sample(name: &str) -> Audit {
    let mut a = Audit::new(
        name,
        Lang::Ru,
        "2026-11-01T10:00:00Z".parse().expect("time"),
    );
    a.participants.push(Participant {
        id: "p2".into(),
        name: "Мария".into(),
    });
    let mut tp = Touchpoint::new("site", "Сайт компании");
    tp.ratings = vec![Rating {
        participant: "p1".into(),
        frequency: Some(5),
        impact: Some(5),
        satisfaction: Some(3),
    }];
    tp.notes = "Форма заявки \"тормозит\"\nна мобильных 📱".into();
    a.stages = vec![Stage {
        touchpoints: tpaudit::model::shared([tp]),
        ..Stage::new("awareness", "Осведомлённость")
    }];
    a
}

fn dir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("read dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn save_then_load_round_trips_and_keeps_a_backup() {
    let d = dir();
    let path = d.path().join("audits").join("acme.ron");
    let mut a = sample("acme");
    store::save(&path, &a).expect("first save");
    assert_eq!(store::load(&path).expect("load"), a);
    assert!(
        !store::backup_path(&path).exists(),
        "nothing to back up on the first save"
    );
    let first = std::fs::read(&path).expect("read");
    a.client = "ООО Ромашка".into();
    store::save(&path, &a).expect("second save");
    assert_eq!(
        std::fs::read(store::backup_path(&path)).expect("bak"),
        first
    );
    assert_eq!(store::load(&path).expect("load").client, "ООО Ромашка");
    assert_eq!(
        files_in(path.parent().expect("dir")),
        vec!["acme.ron", "acme.ron.bak"]
    );
}

#[test]
fn saved_file_is_readable_ron_with_plain_scores() {
    let d = dir();
    let path = d.path().join("a.ron");
    store::save(&path, &sample("a")).expect("save");
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(
        text.contains("frequency: 5"),
        "scores written without Some(): {text}"
    );
    assert!(text.contains(&format!("version: {}", tpaudit::model::SCHEMA_VERSION)));
}

#[test]
fn create_refuses_to_overwrite_without_force() {
    let d = dir();
    let path = d.path().join("a.ron");
    store::create(&path, &sample("a"), false).expect("create");
    let before = std::fs::read(&path).expect("read");
    let err = store::create(&path, &sample("other"), false).expect_err("exists");
    assert!(matches!(err, StoreError::Exists { .. }), "{err}");
    assert!(err.to_string().contains("--force"));
    assert_eq!(std::fs::read(&path).expect("read"), before);
    store::create(&path, &sample("other"), true).expect("forced");
    assert_eq!(store::load(&path).expect("load").name, "other");
}

#[test]
fn a_writer_failing_midway_leaves_the_original_untouched_and_no_temp_file() {
    let d = dir();
    let path = d.path().join("a.ron");
    std::fs::write(&path, b"original bytes").expect("write");
    for n in [0usize, 1, 7, 100] {
        let err = atomic::write_atomic_with(&path, |f| {
            f.write_all(&vec![b'x'; n])?;
            Err(std::io::Error::other(format!("disk full after {n} bytes")))
        })
        .expect_err("must fail");
        assert!(err.to_string().contains("disk full"));
        assert_eq!(std::fs::read(&path).expect("read"), b"original bytes");
        assert_eq!(
            files_in(d.path()),
            vec!["a.ron"],
            "no temp file left after {n} bytes"
        );
    }
}

#[test]
fn saving_into_an_impossible_place_is_an_error_naming_the_path() {
    let d = dir();
    let blocker = d.path().join("not-a-dir");
    std::fs::write(&blocker, b"file").expect("write");
    let path = blocker.join("a.ron");
    let err = store::save(&path, &sample("a")).expect_err("parent is a file");
    assert!(err.to_string().contains("not-a-dir"), "{err}");
}

fn write(d: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = d.join(name);
    std::fs::write(&p, bytes).expect("write");
    p
}

/// Loads a bad file: the error text, and a check that the bytes did not change.
fn load_error(bytes: &[u8]) -> String {
    let d = dir();
    let p = write(d.path(), "bad.ron", bytes);
    let err = store::load(&p).expect_err("must be refused");
    assert_eq!(
        std::fs::read(&p).expect("read"),
        bytes,
        "a failed load never changes the file"
    );
    err.to_string()
}

fn good_text() -> String {
    store::to_ron(&sample("a")).expect("ron")
}

#[test]
fn hostile_files_get_positioned_errors() {
    assert!(load_error(b"").contains("file is empty"));
    assert!(load_error(b"  \n\n").contains("file is empty"));
    let text = good_text();
    let truncated = &text[..text.len() / 2];
    let e = load_error(truncated.as_bytes());
    assert!(e.contains("bad.ron:"), "{e}");
    let garbage = load_error(b"\x00\x01garbage{{{");
    assert!(garbage.contains("bad.ron:1:"), "{garbage}");
    let not_utf8 = load_error(b"(\nversion: 1,\n name: \"\xff\xfe\"");
    assert!(
        not_utf8.contains("bad.ron:3:") && not_utf8.contains("UTF-8"),
        "{not_utf8}"
    );
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let e = load_error(deep.as_bytes());
    assert!(e.contains("bad.ron:1:"), "{e}");
}

#[test]
fn syntax_errors_name_line_and_column() {
    let text = good_text().replacen("name: \"a\"", "name: \"a\" oops", 1);
    let line = text.lines().position(|l| l.contains("oops")).expect("line") + 1;
    let e = load_error(text.as_bytes());
    assert!(
        e.contains(&format!("bad.ron:{line}:")),
        "expected line {line}: {e}"
    );
}

#[test]
fn bom_and_crlf_are_accepted() {
    let d = dir();
    let crlf = good_text().replace('\n', "\r\n");
    let with_bom = format!("\u{feff}{crlf}");
    let p = write(d.path(), "ok.ron", with_bom.as_bytes());
    assert_eq!(store::load(&p).expect("BOM + CRLF load"), sample("a"));
}

#[test]
fn newer_schema_versions_are_refused() {
    let current = format!("version: {}", tpaudit::model::SCHEMA_VERSION);
    let text = good_text().replacen(&current, "version: 99", 1);
    let e = load_error(text.as_bytes());
    assert!(e.contains("newer tpaudit") && e.contains("99"), "{e}");
}

#[test]
fn out_of_range_scores_and_duplicate_ids_name_the_touchpoint() {
    let text = good_text().replacen("frequency: 5", "frequency: 9", 1);
    let e = load_error(text.as_bytes());
    assert!(
        e.contains("Сайт компании") && e.contains("out of range"),
        "{e}"
    );
    let mut a = sample("a");
    let mut twin = a.stages[0].touchpoints[0].clone();
    twin.name = "Двойник".into();
    a.stages[0].touchpoints.push(twin);
    let e = load_error(store::to_ron(&a).expect("ron").as_bytes());
    assert!(e.contains("Двойник") && e.contains("used twice"), "{e}");
}

#[test]
fn files_over_the_size_limit_are_refused_before_parsing() {
    let d = dir();
    let p = d.path().join("huge.ron");
    let f = std::fs::File::create(&p).expect("create");
    f.set_len(store::audit_file::MAX_FILE_BYTES + 1)
        .expect("sparse file");
    let e = store::load(&p).expect_err("too big").to_string();
    assert!(e.contains("more than"), "{e}");
}

#[test]
fn ten_megabytes_of_notes_still_load() {
    let d = dir();
    let p = d.path().join("big.ron");
    let mut a = sample("big");
    a.stages[0].touchpoints[0].notes = "заметка ".repeat(700_000);
    store::save(&p, &a).expect("save");
    assert!(std::fs::metadata(&p).expect("meta").len() > 10_000_000);
    assert_eq!(store::load(&p).expect("load"), a);
}

#[test]
fn a_second_locker_is_told_who_holds_the_audit() {
    let d = dir();
    let p = d.path().join("a.ron");
    let Acquired::Locked(first) = lock::acquire(&p).expect("lock") else {
        panic!("first lock")
    };
    assert!(first.took_over.is_none());
    match lock::acquire(&p).expect("second") {
        Acquired::HeldBy(Some(h)) => assert_eq!(h.pid, std::process::id()),
        other => panic!("expected HeldBy, got {other:?}"),
    }
    drop(first);
    assert!(
        !lock::lock_path(&p).exists(),
        "released lock file is removed"
    );
    assert!(matches!(
        lock::acquire(&p).expect("again"),
        Acquired::Locked(_)
    ));
}

#[test]
fn a_stale_lock_of_a_dead_process_is_taken_over() {
    let d = dir();
    let p = d.path().join("a.ron");
    std::fs::write(
        lock::lock_path(&p),
        format!(
            "pid=4000000\nhost={}\nsince=2026-01-01T00:00:00Z\n",
            lock::this_host()
        ),
    )
    .expect("write");
    match lock::acquire(&p).expect("lock") {
        Acquired::Locked(l) => {
            let old = l.took_over.clone().expect("previous holder reported");
            assert_eq!((old.pid, old.host), (4_000_000, lock::this_host()));
            let now = std::fs::read_to_string(lock::lock_path(&p)).expect("read");
            assert!(
                now.contains(&format!("pid={}", std::process::id())),
                "{now}"
            );
        }
        other => panic!("stale lock not taken over: {other:?}"),
    }
}

#[test]
fn a_read_only_session_cannot_change_the_file() {
    let d = dir();
    let p = d.path().join("a.ron");
    store::save(&p, &sample("a")).expect("save");
    let (_writer, _) = AuditFile::open(&p).expect("first open");
    let (mut reader, mut audit) = AuditFile::open(&p).expect("second open");
    assert!(reader.is_read_only());
    let before = std::fs::read(&p).expect("read");
    audit.client = "changed".into();
    let err = reader.save(&audit).expect_err("read-only");
    assert!(matches!(err, StoreError::ReadOnly { .. }), "{err}");
    assert!(
        err.to_string().contains(&std::process::id().to_string()),
        "{err}"
    );
    assert_eq!(std::fs::read(&p).expect("read"), before);
}

#[test]
fn an_external_change_is_never_overwritten() {
    let d = dir();
    let p = d.path().join("a.ron");
    store::save(&p, &sample("a")).expect("save");
    let (mut session, mut audit) = AuditFile::open(&p).expect("open");
    audit.client = "mine".into();
    assert_eq!(session.save(&audit).expect("save"), Saved::Written);
    let mut theirs = audit.clone();
    theirs.client = "theirs".into();
    store::save(&p, &theirs).expect("another program writes");
    let on_disk = std::fs::read(&p).expect("read");
    audit.client = "mine again".into();
    let Saved::Conflict { side_copy } = session.save(&audit).expect("save") else {
        panic!("conflict expected")
    };
    assert_eq!(
        std::fs::read(&p).expect("read"),
        on_disk,
        "the other program's file is kept"
    );
    assert_eq!(
        store::load(&side_copy).expect("side copy").client,
        "mine again"
    );
    assert_eq!(session.reload().expect("reload").client, "theirs");
    audit.client = "after reload".into();
    assert_eq!(session.save(&audit).expect("save"), Saved::Written);
}

#[test]
fn recovery_copy_is_offered_only_when_newer_and_different() {
    let d = dir();
    let p = d.path().join("a.ron");
    let a = sample("a");
    store::save(&p, &a).expect("save");
    assert!(recovery::pending(&p).is_none());
    recovery::write_recovery(&p, &a).expect("same content");
    assert!(
        recovery::pending(&p).is_none(),
        "identical copy is not offered"
    );
    let mut changed = a.clone();
    changed.stages[0].touchpoints[0]
        .notes
        .push_str(" — unsaved");
    let rp = recovery::write_recovery(&p, &changed).expect("write");
    let (found, copy) = recovery::pending(&p).expect("offered");
    assert_eq!((found, copy), (rp, changed));
    recovery::discard(&p).expect("discard");
    assert!(recovery::pending(&p).is_none());
}

#[test]
fn locate_takes_names_and_paths() {
    let data = store::DataDir::new("/data");
    assert_eq!(data.locate("acme"), PathBuf::from("/data/audits/acme.ron"));
    assert_eq!(data.locate("./x/acme.ron"), PathBuf::from("./x/acme.ron"));
    assert_eq!(data.locate("acme.ron"), PathBuf::from("acme.ron"));
}

#[test]
fn audit_names_that_make_bad_file_names_are_refused() {
    for bad in ["", " x", "a/b", "..", ".hidden", "a:b", "tab\there"] {
        assert!(store::check_name(bad).is_err(), "{bad:?} accepted");
    }
    for good in ["acme", "Ромашка 2026", "client-audit_1"] {
        store::check_name(good).expect(good);
    }
}
