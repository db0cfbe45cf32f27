//! The real binary in tmux, typed at as a person would: one tmux server per test, with named
//! sessions, killed when the test ends.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_tpaudit");

/// Runs the tpaudit binary on a data directory.
pub fn tpaudit(data: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .arg("--data-dir")
        .arg(data)
        .args(args)
        .output()
        .expect("tpaudit runs")
}

/// True while the process runs (neither gone nor a zombie waiting to be reaped).
pub fn running(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .map(|s| {
            s.rsplit(')')
                .next()
                .is_some_and(|rest| !rest.trim_start().starts_with('Z'))
        })
        .unwrap_or(false)
}

/// Waits up to `limit` for the process to end; true when it did.
pub fn wait_gone(pid: u32, limit: Duration) -> bool {
    let start = Instant::now();
    while running(pid) && start.elapsed() < limit {
        std::thread::sleep(Duration::from_millis(50));
    }
    !running(pid)
}

/// A tmux server of the test's own.
pub struct Tmux {
    socket: String,
}

impl Tmux {
    /// `None` (with a notice) when tmux is missing outside CI; a failure under `CI`.
    pub fn start(name: &str) -> Option<Tmux> {
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
            socket: format!("tpaudit-{name}-{}", std::process::id()),
        })
    }

    pub fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .expect("tmux runs")
    }

    /// Runs `command` in a new detached session of the given size.
    pub fn run(&self, session: &str, (w, h): (u16, u16), command: &str) {
        let (w, h) = (w.to_string(), h.to_string());
        let out = self.tmux(&[
            "new-session",
            "-d",
            "-s",
            session,
            "-x",
            &w,
            "-y",
            &h,
            command,
        ]);
        assert!(
            out.status.success(),
            "tmux new-session: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    /// Opens an audit of `data` in the workbench, in English, as the session's only program.
    pub fn open(&self, session: &str, size: (u16, u16), data: &Path, audit: &str) {
        let command = format!(
            "exec '{BIN}' --data-dir '{}' --lang en open {audit}",
            data.display()
        );
        self.run(session, size, &command);
    }

    /// Starts `tpaudit workshop AUDIT` of `data` on 127.0.0.1:`port` in session `name`, in
    /// English; the screen once it shows the join URL.
    pub fn serve_workshop(&self, name: &str, data: &Path, audit: &str, port: u16) -> String {
        self.serve_workshop_with(name, data, audit, port, &format!("--port {port}"))
    }

    /// Starts the workshop with `options` after `--bind 127.0.0.1`, and waits for its URL on
    /// `port`.
    pub fn serve_workshop_with(
        &self,
        name: &str,
        data: &Path,
        audit: &str,
        port: u16,
        options: &str,
    ) -> String {
        let command = format!(
            "exec '{BIN}' --data-dir '{}' --lang en workshop {audit} --bind 127.0.0.1 {options}",
            data.display()
        );
        self.run(name, (100, 30), &command);
        self.wait_for(name, &format!("http://127.0.0.1:{port}/w/"));
        self.screen(name)
    }

    pub fn screen(&self, session: &str) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", session]).stdout)
            .into_owned()
    }

    /// Waits (10 s at most) until the screen passes `test`.
    pub fn wait_until(&self, session: &str, test: impl Fn(&str) -> bool) {
        let start = Instant::now();
        while !test(&self.screen(session)) {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "the screen never changed as awaited:\n{}",
                self.screen(session)
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn wait_for(&self, session: &str, text: &str) {
        let start = Instant::now();
        while !self.screen(session).contains(text) {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "'{text}' never appeared:\n{}",
                self.screen(session)
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Types the keys one by one, as a person would.
    pub fn keys(&self, session: &str, keys: &[&str]) {
        for k in keys {
            self.send(session, k);
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Sends one key at once.
    pub fn send(&self, session: &str, key: &str) {
        self.tmux(&["send-keys", "-t", session, key]);
    }

    pub fn wait_exit(&self, session: &str) {
        let start = Instant::now();
        while self.tmux(&["has-session", "-t", session]).status.success() {
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "tpaudit did not exit:\n{}",
                self.screen(session)
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Kills the session's program with SIGKILL and waits until it is gone.
    pub fn kill_9(&self, session: &str) {
        let pid = self.pane_pid(session);
        let killed = Command::new("kill")
            .args(["-9", &pid.to_string()])
            .status()
            .expect("kill runs");
        assert!(killed.success(), "kill -9 {pid}");
        assert!(wait_gone(pid, Duration::from_secs(5)), "the workbench died");
    }

    /// The pid of the program in the session (the program itself, when started with `exec`).
    pub fn pane_pid(&self, session: &str) -> u32 {
        String::from_utf8_lossy(
            &self
                .tmux(&["list-panes", "-t", session, "-F", "#{pane_pid}"])
                .stdout,
        )
        .trim()
        .parse()
        .expect("pane pid")
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}
