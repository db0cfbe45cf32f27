//! `tpaudit report` of 10,000 and 100,000 touchpoints in every format: the time of the whole
//! command and its peak memory (the child's maximum resident set, from `wait4`), against the
//! same command on 25 touchpoints (the floor: what the program costs whatever the audit).
//!
//! Targets: 100,000 ≤ 11× the time of 10,000 in every format (a report grows in proportion to
//! the audit, never faster); peak memory ≤ 4× the audit file's size plus the floor's. The
//! audits have two participants and short texts, so that 100,000 touchpoints stay under the
//! 64 MiB an audit file may have. The sizes are run in rounds (25, 10,000, 100,000, then again),
//! up to seven rounds per format (fewer only where they would take more than a minute), so
//! that every size meets the same moments of a machine shared with other work; each time is
//! the median over the rounds, and the ratio is the median of each round's own ratio. Beside
//! it, the same for processor time, which waiting for a core taken by other work does not
//! swell. Run with `cargo bench --bench report`.

mod support;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use tpaudit::model::Audit;

/// Rounds of each format (each round runs every size once): medians are reported.
const RUNS: usize = 7;
/// No more rounds of one format are started after this long.
const BUDGET: Duration = Duration::from_secs(60);

const FORMATS: [&str; 7] = ["text", "md", "csv", "html", "json", "ratings", "xlsx"];

/// `touchpoints` touchpoints over ten stages, every one rated by two participants.
fn audit(touchpoints: usize) -> Audit {
    let shape = support::Shape {
        stages: 10,
        participants: 2,
        texts: false,
    };
    support::audit_shaped(touchpoints, 0, shape)
}

/// One run of a report: its time, the processor time it took (user and system), its peak memory.
#[derive(Clone, Copy)]
struct Run {
    wall: Duration,
    cpu: Duration,
    peak: u64,
}

fn duration(t: libc::timeval) -> Duration {
    Duration::from_secs(t.tv_sec as u64) + Duration::from_micros(t.tv_usec as u64)
}

/// Runs `tpaudit report FILE --format FORMAT -o OUT` and measures it.
// The child is reaped by `wait4`, which also gives its processor time and peak memory.
#[allow(clippy::zombie_processes)]
fn report(bin: &str, file: &Path, format: &str, out: &Path) -> Run {
    let start = Instant::now();
    let child = Command::new(bin)
        .arg("report")
        .arg(file)
        .args(["--format", format, "-o"])
        .arg(out)
        .env("LC_ALL", "C")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("tpaudit starts");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, writing into the two out-pointers given.
    let pid = unsafe { libc::wait4(child.id() as i32, &mut status, 0, &mut usage) };
    let took = start.elapsed();
    assert_eq!(
        pid,
        child.id() as i32,
        "wait4: {}",
        std::io::Error::last_os_error()
    );
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "tpaudit report --format {format} failed on {}",
        file.display()
    );
    Run {
        wall: took,
        cpu: duration(usage.ru_utime) + duration(usage.ru_stime),
        // Linux gives the maximum resident set in KiB.
        peak: usage.ru_maxrss as u64 * 1024,
    }
}

/// What the rounds of one format measured at each size: the median times, the largest peak,
/// and the medians of each round's ratio of 100,000 to 10,000 (time and processor time).
struct Measured {
    sizes: Vec<Run>,
    ratio: f64,
    cpu_ratio: f64,
}

fn middle<T: PartialOrd + Copy>(mut v: Vec<T>) -> T {
    v.sort_by(|a, b| a.partial_cmp(b).expect("comparable"));
    v[(v.len() - 1) / 2]
}

/// Rounds of `run` over every size, up to `rounds` of them, fewer once `budget` has passed
/// (at least one); a slow moment of the machine falls on one round of every size alike.
fn rounds(
    sizes: usize,
    rounds: usize,
    budget: Duration,
    mut run: impl FnMut(usize) -> Run,
) -> Measured {
    let start = Instant::now();
    let mut all: Vec<Vec<Run>> = Vec::with_capacity(rounds);
    while all.len() < rounds && (all.is_empty() || start.elapsed() < budget) {
        all.push((0..sizes).map(&mut run).collect());
    }
    let of = |i: usize| Run {
        wall: middle(all.iter().map(|r| r[i].wall).collect()),
        cpu: middle(all.iter().map(|r| r[i].cpu).collect()),
        peak: all.iter().map(|r| r[i].peak).max().unwrap_or(0),
    };
    let (big, small) = (sizes - 1, sizes - 2);
    Measured {
        sizes: (0..sizes).map(of).collect(),
        ratio: middle(
            all.iter()
                .map(|r| r[big].wall.as_secs_f64() / r[small].wall.as_secs_f64())
                .collect(),
        ),
        cpu_ratio: middle(
            all.iter()
                .map(|r| r[big].cpu.as_secs_f64() / r[small].cpu.as_secs_f64())
                .collect(),
        ),
    }
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let [_, flag, n, path] = &args[..]
        && flag == "--write"
    {
        let n = n.parse().expect("a number of touchpoints");
        tpaudit::store::save(Path::new(path), &audit(n)).expect("save");
        return;
    }
    let bin = env!("CARGO_BIN_EXE_tpaudit");
    let dir = tempfile::tempdir().expect("temp dir");
    let sizes = [25, 10_000, 100_000];
    // Written by a child, so that this process stays small: a child's peak memory counts what
    // it had when it was forked from here.
    let files: Vec<_> = sizes
        .iter()
        .map(|&n| {
            let path = dir.path().join(format!("a{n}.ron"));
            let status = Command::new(std::env::current_exe().expect("this bench"))
                .arg("--write")
                .arg(n.to_string())
                .arg(&path)
                .status()
                .expect("the writer runs");
            assert!(status.success(), "writing {n} touchpoints");
            path
        })
        .collect();
    let bytes: Vec<u64> = files
        .iter()
        .map(|f| std::fs::metadata(f).expect("the audit file").len())
        .collect();
    println!(
        "audit files: {} KiB at 25, {:.1} MiB at 10,000, {:.1} MiB at 100,000",
        bytes[0] / 1024,
        mib(bytes[1]),
        mib(bytes[2])
    );
    println!(
        "{:<8} {:>10} {:>10} {:>10} {:>8} {:>8}   {:>9} {:>9} {:>9} {:>12}",
        "format",
        "25",
        "10,000",
        "100,000",
        "100k/10k",
        "cpu",
        "peak 25",
        "10,000",
        "100,000",
        "100k budget"
    );
    let out = dir.path().join("out");
    for format in FORMATS {
        let measured = rounds(files.len(), RUNS, BUDGET, |i| {
            report(bin, &files[i], format, &out)
        });
        let [r25, r10k, r100k] = measured.sizes[..] else {
            unreachable!("three sizes")
        };
        let (t25, t10k, t100k) = (r25.wall, r10k.wall, r100k.wall);
        let (m25, m10k, m100k) = (r25.peak, r10k.peak, r100k.peak);
        // Four times the file, plus what the program takes on a tiny audit.
        let budget = 4 * bytes[2] + m25;
        println!(
            "{format:<8} {t25:>10.2?} {t10k:>10.2?} {t100k:>10.2?} {:>7.1}× {:>7.1}×   {:>6.1}MiB {:>6.1}MiB {:>6.1}MiB {:>6.1}MiB {}",
            measured.ratio,
            measured.cpu_ratio,
            mib(m25),
            mib(m10k),
            mib(m100k),
            mib(budget),
            if m100k <= budget { "ok" } else { "OVER" }
        );
    }
    println!(
        "times: the median of up to {RUNS} rounds of every size; 100k/10k: the median of each round's ratio (cpu: of processor time, user and system); targets: 100k/10k ≤ 11×; peak at 100,000 ≤ 4× the file + the floor (25)"
    );
}
