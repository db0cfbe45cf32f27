//! Time from start to the first frame, measured from outside as a user sees it: each program
//! runs in a pseudo-terminal of 100×30 and the clock stops when its first screen's text
//! arrives. The floor is a bare ratatui program drawing one frame (this bench binary itself,
//! started with `--floor`). Median of seven runs each. Run with `cargo bench --bench startup`.
//!
//! Targets: open ≤ 1.5× the floor at 25 touchpoints, ≤ 3× at 1,000, ≤ 10× at 10,000 (an audit
//! opened before, so read from the parse cache; the first opening after a change, parsed from
//! its text, is shown too, with no target), the same with `RUST_BACKTRACE=1`; the home screen with four audits of 25…20,000 touchpoints ≤ 1.5×
//! the home screen with one of 25.

mod support;

use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 7;
const FLOOR_TEXT: &str = "floor-ready";

fn main() {
    if std::env::args().any(|a| a == "--floor") {
        floor();
        return;
    }
    let tpaudit = env!("CARGO_BIN_EXE_tpaudit");
    let one = tempfile::tempdir().expect("temp dir");
    let four = tempfile::tempdir().expect("temp dir");
    for (dir, sizes) in [(&one, &[25][..]), (&four, &[25, 1_000, 10_000, 20_000][..])] {
        for &n in sizes {
            let path = dir.path().join("audits").join(format!("a{n}.ron"));
            std::fs::create_dir_all(path.parent().expect("a folder")).expect("audits folder");
            tpaudit::store::save(&path, &support::audit(n)).expect("save");
        }
    }
    // The first touchpoint's name is on the walk's first screen; the audit names on the home's.
    let walk_text = "Точка контакта 0";
    let floor = median(|| {
        first_frame(
            Command::new(std::env::current_exe().expect("this bench")).arg("--floor"),
            FLOOR_TEXT,
        )
    });
    println!(
        "{:<44} {:>10} {:>8} {:>8}",
        "start to first frame", "median", "× floor", "target"
    );
    let show = |label: &str, t: Duration, target: f64| {
        let ratio = t.as_secs_f64() / floor.as_secs_f64();
        let target = if target > 0.0 {
            format!("{target:.1}×")
        } else {
            "none".to_string()
        };
        println!("{label:<44} {t:>10.2?} {ratio:>7.1}× {target:>8}");
    };
    println!("{:<44} {floor:>10.2?}", "bare ratatui program (the floor)");
    for (n, target) in [(25, 1.5), (1_000, 3.0), (10_000, 10.0)] {
        let t = median(|| first_frame(&mut open(tpaudit, four.path(), n, None), walk_text));
        show(&format!("tpaudit open, {n} touchpoints"), t, target);
    }
    // The first opening of an audit since it changed: parsed from its text, without the cache.
    let parsed = four.path().join("cache").join("parsed");
    for n in [1_000, 10_000] {
        let t = median(|| {
            let _ = std::fs::remove_dir_all(&parsed);
            first_frame(&mut open(tpaudit, four.path(), n, None), walk_text)
        });
        show(
            &format!("tpaudit open, {n}, not in the parse cache"),
            t,
            0.0,
        );
    }
    let t = median(|| first_frame(&mut open(tpaudit, four.path(), 25, Some("1")), walk_text));
    show("tpaudit open, 25 touchpoints, RUST_BACKTRACE=1", t, 1.5);
    let home_one = median(|| first_frame(&mut home(tpaudit, one.path()), "a25"));
    show("home screen, one audit of 25", home_one, 1.5);
    let home_four = median(|| first_frame(&mut home(tpaudit, four.path()), "a20000"));
    show("home screen, four audits of 25…20,000", home_four, 1.5);
    println!(
        "home with four audits / home with one: {:.2}× (should stay under 1.5×)",
        home_four.as_secs_f64() / home_one.as_secs_f64()
    );
}

fn open(bin: &str, data: &Path, n: usize, backtrace: Option<&str>) -> Command {
    let mut cmd = Command::new(bin);
    cmd.args(["open", &format!("a{n}")])
        .env("TPAUDIT_DATA_DIR", data)
        .env("LC_ALL", "C");
    match backtrace {
        Some(v) => cmd.env("RUST_BACKTRACE", v),
        None => cmd.env_remove("RUST_BACKTRACE"),
    };
    cmd
}

fn home(bin: &str, data: &Path) -> Command {
    let mut cmd = Command::new(bin);
    cmd.env("TPAUDIT_DATA_DIR", data)
        .env("LC_ALL", "C")
        .env_remove("RUST_BACKTRACE");
    cmd
}

/// The median of [`RUNS`] runs, after one that warms the file cache (and the summaries).
fn median(mut run: impl FnMut() -> Duration) -> Duration {
    run();
    let mut times: Vec<Duration> = (0..RUNS).map(|_| run()).collect();
    times.sort();
    times[RUNS / 2]
}

/// Starts `cmd` on a new pseudo-terminal as its controlling terminal and returns the time until
/// `marker` appears in what it writes; the program is then killed.
fn first_frame(cmd: &mut Command, marker: &str) -> Duration {
    let (master, slave) = pty();
    for (fd, set) in [
        (
            &slave,
            Command::stdin as fn(&mut Command, Stdio) -> &mut Command,
        ),
        (&slave, Command::stdout),
        (&slave, Command::stderr),
    ] {
        set(cmd, Stdio::from(fd.try_clone().expect("dup the terminal")));
    }
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let start = Instant::now();
    let mut child = cmd.spawn().expect("the program starts");
    drop(slave);
    let mut seen = Vec::new();
    let mut buf = [0u8; 65536];
    let took = loop {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "no {marker:?} on screen after 30 s: {}",
            String::from_utf8_lossy(&seen[seen.len().saturating_sub(400)..])
        );
        let mut poll = libc::pollfd {
            fd: master.as_raw_fd(),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd.
        if unsafe { libc::poll(&mut poll, 1, 100) } <= 0 {
            continue;
        }
        // SAFETY: reading into a buffer of the length given.
        let n = unsafe { libc::read(master.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
        if n <= 0 {
            panic!(
                "the program ended before showing {marker:?}: {}",
                String::from_utf8_lossy(&seen)
            );
        }
        seen.extend_from_slice(&buf[..n as usize]);
        if seen.windows(marker.len()).any(|w| w == marker.as_bytes()) {
            break start.elapsed();
        }
    };
    let _ = child.kill();
    let _ = child.wait();
    took
}

fn pty() -> (OwnedFd, OwnedFd) {
    let (mut master, mut slave) = (0, 0);
    let size = libc::winsize {
        ws_row: 30,
        ws_col: 100,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    // SAFETY: out-pointers to two ints and a winsize; no name or termios wanted.
    let rc = unsafe {
        libc::openpty(
            &mut master,
            &mut slave,
            std::ptr::null_mut(),
            std::ptr::null(),
            &size,
        )
    };
    assert_eq!(rc, 0, "openpty: {}", std::io::Error::last_os_error());
    // SAFETY: openpty returned two fresh descriptors we now own.
    unsafe { (OwnedFd::from_raw_fd(master), OwnedFd::from_raw_fd(slave)) }
}

/// The floor: a bare ratatui program that draws one frame and waits to be killed.
fn floor() {
    let mut terminal = ratatui::init();
    let _ =
        terminal.draw(|f| f.render_widget(ratatui::widgets::Paragraph::new(FLOOR_TEXT), f.area()));
    let _ = crossterm::event::read();
    ratatui::restore();
}
