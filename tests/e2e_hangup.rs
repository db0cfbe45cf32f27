//! A closed terminal window (the line hung up) must end tpaudit with every change saved,
//! not leave it running in the background.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_tpaudit");

fn tmux(socket: &str, args: &[&str]) -> std::process::Output {
    Command::new("tmux")
        .arg("-L")
        .arg(socket)
        .args(args)
        .output()
        .expect("run tmux")
}

/// Running means neither gone nor a zombie waiting to be reaped.
fn running(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| {
            s.rsplit(')')
                .next()
                .is_some_and(|rest| !rest.trim_start().starts_with('Z'))
        })
        .unwrap_or(false)
}

fn screen(socket: &str) -> String {
    String::from_utf8_lossy(&tmux(socket, &["capture-pane", "-p"]).stdout).into_owned()
}

fn new_audit(data: &Path) {
    let out = Command::new(BIN)
        .arg("--data-dir")
        .arg(data)
        .args(["new", "demo", "--lang", "en"])
        .output()
        .expect("new");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A new audit "demo" opened in the workbench in a detached tmux session: (data dir, tmux
/// socket, pid of tpaudit), or `None` when tmux is missing outside CI.
fn open_demo(dir: &Path, tag: &str) -> Option<(std::path::PathBuf, String, u32)> {
    if Command::new("tmux").arg("-V").output().is_err() {
        assert!(
            std::env::var_os("CI").is_none(),
            "tmux is required under CI"
        );
        eprintln!("skipped: tmux is not installed");
        return None;
    }
    let data = dir.join("data");
    new_audit(&data);
    let socket = format!("tpaudit-{tag}-{}", std::process::id());
    let command = format!(
        "exec '{BIN}' --data-dir '{}' --lang en open demo",
        data.display()
    );
    assert!(
        tmux(
            &socket,
            &["new-session", "-d", "-x", "100", "-y", "30", &command]
        )
        .status
        .success()
    );
    let start = Instant::now();
    while !screen(&socket).contains("Search ads") && start.elapsed() < Duration::from_secs(10) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let pid: u32 =
        String::from_utf8_lossy(&tmux(&socket, &["list-panes", "-F", "#{pane_pid}"]).stdout)
            .trim()
            .parse()
            .expect("pane pid");
    Some((data, socket, pid))
}

#[test]
fn e2e_closing_the_terminal_saves_and_exits() {
    let dir = tempfile::tempdir().expect("temp dir");
    let Some((data, socket, pid)) = open_demo(dir.path(), "hangup") else {
        return;
    };
    tmux(&socket, &["send-keys", "4", "5"]);
    std::thread::sleep(Duration::from_millis(100));
    tmux(&socket, &["kill-server"]);

    let gone = Instant::now();
    while running(pid) && gone.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let still = running(pid);
    if still {
        let _ = Command::new("kill").args(["-9", &pid.to_string()]).status();
    }
    assert!(!still, "tpaudit kept running after its terminal was closed");
    let text = std::fs::read_to_string(data.join("audits").join("demo.ron")).expect("read");
    assert!(
        text.contains("frequency: 4") && text.contains("impact: 5"),
        "the keys typed just before the window closed are saved:\n{text}"
    );
}

#[test]
fn e2e_quitting_anyway_after_a_failed_save_leaves_an_emergency_copy() {
    let dir = tempfile::tempdir().expect("temp dir");
    let Some((data, socket, pid)) = open_demo(dir.path(), "quit-anyway") else {
        return;
    };
    // The audits folder turns into a file: no save can succeed from now on.
    std::fs::rename(data.join("audits"), data.join("audits-away")).expect("move the folder away");
    std::fs::write(data.join("audits"), b"not a folder").expect("block the folder");
    tmux(&socket, &["send-keys", "4"]);
    let start = Instant::now();
    while !screen(&socket).to_lowercase().contains("fail")
        && start.elapsed() < Duration::from_secs(5)
    {
        std::thread::sleep(Duration::from_millis(50));
    }
    tmux(&socket, &["send-keys", "q"]);
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        running(pid),
        "the first q after a failed save does not quit:\n{}",
        screen(&socket)
    );
    tmux(&socket, &["send-keys", "q"]);
    let gone = Instant::now();
    while running(pid) && gone.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = tmux(&socket, &["kill-server"]);
    assert!(!running(pid), "the second q quits");
    let copy = data.join("demo.ron.recovery");
    let audit = tpaudit::store::load(&copy).expect("an emergency copy in the data folder");
    let first = audit.touchpoints().next().expect("a touchpoint").2;
    assert_eq!(
        first.ratings.first().and_then(|r| r.frequency),
        Some(4),
        "the unsaved score is in the copy"
    );
}
