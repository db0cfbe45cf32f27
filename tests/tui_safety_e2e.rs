//! The real binary in tmux: two instances on one audit, a stale lock, a bad file.

mod safety_common;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use safety_common::*;
use tpaudit::store::lock::lock_path;

const BIN: &str = env!("CARGO_BIN_EXE_tpaudit");

/// A tmux server of our own with named windows, killed when the test ends.
struct Tmux {
    socket: String,
}

impl Tmux {
    /// `None` (with a notice) when tmux is missing outside CI; a failure under `CI`.
    fn start(name: &str) -> Option<Tmux> {
        let present = Command::new("tmux")
            .arg("-V")
            .output()
            .is_ok_and(|o| o.status.success());
        if !present {
            let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false");
            assert!(!ci, "tmux is required for the end-to-end tests under CI");
            eprintln!("NOTICE: tmux not found; end-to-end test {name} skipped");
            return None;
        }
        Some(Tmux {
            socket: format!("tpaudit-safety-{name}-{}", std::process::id()),
        })
    }

    fn tmux(&self, args: &[&str]) -> std::process::Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    /// Starts `tpaudit open demo` on `data` in the session `name`.
    fn open(&self, name: &str, data: &Path) {
        let cmd = format!(
            "exec '{BIN}' --data-dir '{}' --lang en open demo",
            data.display()
        );
        let out = self.tmux(&[
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            "120",
            "-y",
            "30",
            &cmd,
        ]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    fn screen(&self, name: &str) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", name]).stdout).into_owned()
    }

    fn wait_for(&self, name: &str, text: &str) {
        let start = Instant::now();
        while !self.screen(name).contains(text) {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "'{text}' never appeared:\n{}",
                self.screen(name)
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn keys(&self, name: &str, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", "-t", name, k]);
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    fn wait_exit(&self, name: &str) {
        let start = Instant::now();
        while self.tmux(&["has-session", "-t", name]).status.success() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "tpaudit did not exit:\n{}",
                self.screen(name)
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}

#[test]
fn e2e_two_instances_one_writer() {
    let Some(tmux) = Tmux::start("two") else {
        return;
    };
    let (_dir, data, path) = data_with_demo();
    tmux.open("first", data.root());
    tmux.wait_for("first", "Ads");
    tmux.open("second", data.root());
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
    let stale = format!("pid={pid}\nhost=old-laptop\nsince=2026-01-01T00:00:00Z\n");
    std::fs::write(lock_path(&path), stale).expect("stale lock");
    tmux.open("main", data.root());
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
    tmux.open("main", data.root());
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
    tmux.open("main", data.root());
    tmux.wait_for("main", "demo.ron:2:");
    tmux.keys("main", &["q"]);
    tmux.wait_exit("main");
    assert_eq!(std::fs::read(&path).expect("read"), garbage);
    assert!(!lock_path(&path).exists());
}
