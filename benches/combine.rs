//! `tpaudit combine` over the stores of a chain, timed from outside as a user runs it: 300 and
//! 3,000 audits of 30 touchpoints each, from loading the files to the written CSV. Median of
//! five runs each. Run with `cargo bench --bench combine`.
//!
//! Target: 3,000 audits take at most 12× the time of 300 (the work grows in proportion to
//! the number of audits; a quadratic step would make it 100×).

mod support;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

const RUNS: usize = 5;
const TOUCHPOINTS: usize = 30;
const TARGET: f64 = 12.0;

/// Writes `n` audits of one checklist, `store-0` … `store-{n-1}`, into `dir`'s audits folder.
fn chain(dir: &Path, n: usize) -> Vec<String> {
    let audits = dir.join("audits");
    std::fs::create_dir_all(&audits).expect("audits folder");
    (0..n)
        .map(|i| {
            let name = format!("store-{i}");
            let audit = support::audit_seeded(TOUCHPOINTS, i);
            tpaudit::store::save(&audits.join(format!("{name}.ron")), &audit).expect("save");
            name
        })
        .collect()
}

/// One `combine` of `names` to a CSV file, timed.
fn combine(tpaudit: &str, dir: &Path, names: &[String]) -> Duration {
    let out = dir.join("combined.csv");
    let start = Instant::now();
    let status = Command::new(tpaudit)
        .arg("--data-dir")
        .arg(dir)
        .arg("combine")
        .args(names)
        .args(["--format", "csv", "-o"])
        .arg(&out)
        .output()
        .expect("run tpaudit");
    let took = start.elapsed();
    assert!(
        status.status.success(),
        "combine failed: {}",
        String::from_utf8_lossy(&status.stderr)
    );
    let rows = std::fs::read_to_string(&out)
        .expect("the CSV")
        .lines()
        .count();
    assert_eq!(rows, TOUCHPOINTS + 1, "one row per touchpoint and a header");
    took
}

fn median(mut f: impl FnMut() -> Duration) -> Duration {
    f();
    let mut times: Vec<Duration> = (0..RUNS).map(|_| f()).collect();
    times.sort();
    times[RUNS / 2]
}

fn main() {
    let tpaudit = env!("CARGO_BIN_EXE_tpaudit");
    println!(
        "{:<36} {:>10} {:>8} {:>8}",
        "combine, 30 touchpoints each", "median", "× 300", "target"
    );
    let mut base = None;
    for n in [300, 3_000] {
        let dir = tempfile::tempdir().expect("temp dir");
        let names = chain(dir.path(), n);
        let t = median(|| combine(tpaudit, dir.path(), &names));
        let base = *base.get_or_insert(t);
        let ratio = t.as_secs_f64() / base.as_secs_f64();
        let target = if n == 300 {
            String::new()
        } else {
            format!("≤ {TARGET:.0}×")
        };
        println!(
            "{:<36} {t:>10.2?} {ratio:>7.1}× {target:>8}",
            format!("{n} audits")
        );
    }
}
