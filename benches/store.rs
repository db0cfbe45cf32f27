//! Load, save and rank costs for audits of 25 and 10,000 touchpoints.
//! Run with `cargo bench --bench store`.

mod support;

use std::hint::black_box;
use std::time::{Duration, Instant};

use support::{audit, time};
use tpaudit::model::{Audit, CrosshairMode, rank};
use tpaudit::store;
use tpaudit::store::io_count;
use tpaudit::store::session::AuditFile;

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    println!("{:<28} {:>14} {:>14}", "operation", "25 tps", "10000 tps");
    let sizes = [25, 10_000];
    let audits: Vec<Audit> = sizes.iter().map(|&n| audit(n)).collect();
    let paths: Vec<_> = sizes
        .iter()
        .map(|n| dir.path().join(format!("a{n}.ron")))
        .collect();
    let row = |label: &str, f: &mut dyn FnMut(usize)| {
        let t: Vec<Duration> = (0..2).map(|i| time(|| f(i))).collect();
        println!("{label:<28} {:>14?} {:>14?}", t[0], t[1]);
    };
    row("rank (scores, sort)", &mut |i| {
        black_box(rank(&audits[i], CrosshairMode::Midpoint));
    });
    row("save (RON, fsync, rename)", &mut |i| {
        store::save(&paths[i], &audits[i]).expect("save");
    });
    row("load (read, parse, check)", &mut |i| {
        black_box(store::load(&paths[i]).expect("load"));
    });
    let bytes = std::fs::metadata(&paths[1]).map(|m| m.len()).unwrap_or(0);
    println!("file size at 10000 touchpoints: {} KiB", bytes / 1024);
    workbench_saves(&paths[1], &audits[1]);
}

/// The workbench's save of the 10,000-touchpoint audit through its file session, as the
/// saver thread runs it: the reads and writes of whole files it makes, counted by the store.
fn workbench_saves(path: &std::path::Path, audit: &Audit) {
    store::save(path, audit).expect("save");
    let (mut file, mut audit) = AuditFile::open(path).expect("open");
    let saves = 10;
    let mut counts = Vec::new();
    let start = Instant::now();
    for i in 0..saves {
        audit.client = format!("client {i}");
        let before = io_count::now();
        file.save(&audit).expect("save");
        counts.push(io_count::since(before));
    }
    let per_save = start.elapsed() / saves;
    let first = counts[0];
    let rest = &counts[1..];
    let all_alike = rest.iter().all(|c| *c == rest[0]);
    println!(
        "workbench save at 10000 tps: {per_save:?} each; first of the sitting {} read(s), {} write(s) (the .bak); then {} read(s), {} write(s) each{}",
        first.reads,
        first.writes,
        rest[0].reads,
        rest[0].writes,
        if all_alike { "" } else { " (varies!)" }
    );
}
