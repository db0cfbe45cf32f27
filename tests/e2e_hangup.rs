//! Leaving the terminal: a closed window (the line hung up) or Ctrl+C must end tpaudit with
//! every change saved, and quitting anyway after a failed save must leave an emergency copy.

use std::path::{Path, PathBuf};
use std::time::Duration;

mod e2e_common;

use e2e_common::{Tmux, running, tpaudit, wait_gone};

/// A new audit "demo" opened in the workbench: its data dir and the program's pid.
fn open_demo(tmux: &Tmux, dir: &Path) -> (PathBuf, u32) {
    let data = dir.join("data");
    let out = tpaudit(&data, &["new", "demo", "--lang", "en"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    tmux.open("main", (100, 30), &data, "demo");
    tmux.wait_for("main", "Search ads");
    (data, tmux.pane_pid("main"))
}

/// Ends a process that should have ended by itself, so a failing test leaves nothing behind.
fn reap(pid: u32) {
    if running(pid) {
        let _ = std::process::Command::new("kill")
            .args(["-9", &pid.to_string()])
            .status();
    }
}

/// Opens the demo in a tmux session called `name`, scores frequency and impact with the keys
/// `scores`, ends tpaudit with `end`, and gives whether it ended within five seconds and the
/// audit file's text; `None` without tmux.
fn scored_then_ended(
    name: &str,
    scores: [&str; 2],
    end: impl FnOnce(&Tmux),
) -> Option<(bool, String)> {
    let tmux = Tmux::start(name)?;
    let dir = tempfile::tempdir().expect("temp dir");
    let (data, pid) = open_demo(&tmux, dir.path());
    tmux.send("main", scores[0]);
    tmux.send("main", scores[1]);
    end(&tmux);
    let gone = wait_gone(pid, Duration::from_secs(5));
    reap(pid);
    let text = std::fs::read_to_string(data.join("audits").join("demo.ron")).expect("read");
    Some((gone, text))
}

#[test]
fn e2e_closing_the_terminal_saves_and_exits() {
    let Some((gone, text)) = scored_then_ended("hangup", ["4", "5"], |tmux| {
        std::thread::sleep(Duration::from_millis(100));
        tmux.tmux(&["kill-server"]);
    }) else {
        return;
    };
    assert!(gone, "tpaudit kept running after its terminal was closed");
    assert!(
        text.contains("frequency: 4") && text.contains("impact: 5"),
        "the keys typed just before the window closed are saved:\n{text}"
    );
}

#[test]
fn e2e_ctrl_c_saves_and_exits() {
    let Some((gone, text)) = scored_then_ended("ctrl-c", ["3", "2"], |tmux| {
        tmux.send("main", "C-c");
    }) else {
        return;
    };
    assert!(gone, "Ctrl+C did not end tpaudit");
    assert!(
        text.contains("frequency: 3") && text.contains("impact: 2"),
        "the keys typed just before Ctrl+C are saved:\n{text}"
    );
}

#[test]
fn e2e_quitting_anyway_after_a_failed_save_leaves_an_emergency_copy() {
    let Some(tmux) = Tmux::start("quit-anyway") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let (data, pid) = open_demo(&tmux, dir.path());
    // The audits folder turns into a file: no save can succeed from now on.
    std::fs::rename(data.join("audits"), data.join("audits-away")).expect("move the folder away");
    std::fs::write(data.join("audits"), b"not a folder").expect("block the folder");
    tmux.send("main", "4");
    tmux.wait_for("main", "NOT SAVED");
    tmux.send("main", "q");
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        running(pid),
        "the first q after a failed save does not quit:\n{}",
        tmux.screen("main")
    );
    tmux.send("main", "q");
    let gone = wait_gone(pid, Duration::from_secs(5));
    reap(pid);
    assert!(gone, "the second q quits");
    let copy = data.join("demo.ron.recovery");
    let audit = tpaudit::store::load(&copy).expect("an emergency copy in the data folder");
    let first = audit.touchpoints().next().expect("a touchpoint").2;
    assert_eq!(
        first.ratings.first().and_then(|r| r.frequency),
        Some(4),
        "the unsaved score is in the copy"
    );
}
