//! The real binary in tmux: two instances on one audit, a stale lock, a bad file.

mod e2e_common;
mod safety_common;

use std::process::Command;
use std::time::Duration;

use e2e_common::Tmux;
use safety_common::*;
use tpaudit::store::lock::lock_path;

#[test]
fn e2e_two_instances_one_writer() {
    let Some(tmux) = Tmux::start("two") else {
        return;
    };
    let (_dir, data, path) = data_with_demo();
    tmux.open("first", (120, 30), data.root(), "demo");
    tmux.wait_for("first", "Ads");
    tmux.open("second", (120, 30), data.root(), "demo");
    tmux.wait_for("second", "read-only: open in process");
    let before = std::fs::read(&path).expect("read");
    tmux.keys("second", &["4", "5", "2", "x", "D"]);
    tmux.wait_for("second", "key refused: read-only: open in process");
    // Longer than an autosave beat: a write, if any, would have happened.
    std::thread::sleep(Duration::from_millis(700));
    tmux.keys("second", &["q"]);
    tmux.wait_exit("second");
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "bytes identical"
    );
    assert!(
        lock_path(&path).exists(),
        "the reader left the writer's lock alone"
    );

    tmux.keys("first", &["4", "5", "2", "q"]);
    tmux.wait_exit("first");
    assert_eq!(scores_on_disk(&path, 0), (Some(4), Some(5), Some(2)));
    assert!(!lock_path(&path).exists(), "released on quit");
}

#[test]
fn e2e_a_stale_lock_is_taken_over() {
    let Some(tmux) = Tmux::start("stale") else {
        return;
    };
    let (_dir, data, path) = data_with_demo();
    let mut dead = Command::new("true").spawn().expect("spawns");
    let pid = dead.id();
    dead.wait().expect("exits");
    let host = tpaudit::store::lock::this_host();
    let stale = format!("pid={pid}\nhost={host}\nsince=2026-01-01T00:00:00Z\n");
    std::fs::write(lock_path(&path), stale).expect("stale lock");
    tmux.open("main", (120, 30), data.root(), "demo");
    tmux.wait_for("main", &format!("took over the lock left by process {pid}"));
    tmux.keys("main", &["3", "q"]);
    tmux.wait_exit("main");
    assert_eq!(scores_on_disk(&path, 0).0, Some(3));
    assert!(!lock_path(&path).exists());
}

#[test]
fn e2e_an_external_edit_is_kept_and_mine_goes_to_a_side_copy() {
    let Some(tmux) = Tmux::start("external") else {
        return;
    };
    let (_dir, data, path) = data_with_demo();
    tmux.open("main", (120, 30), data.root(), "demo");
    tmux.wait_for("main", "Ads");
    let mut theirs = tpaudit::store::load(&path).expect("loads");
    theirs.client = "theirs".into();
    tpaudit::store::save(&path, &theirs).expect("another program writes");
    let their_bytes = std::fs::read(&path).expect("read");
    tmux.keys("main", &["4"]);
    tmux.wait_for("main", "The file changed on disk");
    assert_eq!(std::fs::read(&path).expect("read"), their_bytes);
    tmux.keys("main", &["r", "q"]);
    tmux.wait_exit("main");
    assert_eq!(std::fs::read(&path).expect("read"), their_bytes);
    let side = std::fs::read_dir(data.audits_dir())
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.to_string_lossy().contains(".conflict-"))
        .expect("a side copy");
    let mine = tpaudit::store::load(&side).expect("side copy loads");
    let r = mine.stages[0].touchpoints[0].rating("p1").expect("rated");
    assert_eq!(r.frequency, Some(4));
}

#[test]
fn e2e_a_garbage_file_shows_its_error_and_is_left_alone() {
    let Some(tmux) = Tmux::start("garbage") else {
        return;
    };
    let (_dir, data, path) = data_with_demo();
    let garbage = b"(name: \"demo\",\n  stages: [ !!! ]";
    std::fs::write(&path, garbage).expect("garbage");
    tmux.open("main", (120, 30), data.root(), "demo");
    tmux.wait_for("main", "demo.ron:2:");
    tmux.keys("main", &["q"]);
    tmux.wait_exit("main");
    assert_eq!(std::fs::read(&path).expect("read"), garbage);
    assert!(!lock_path(&path).exists());
}
