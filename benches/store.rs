//! Load, save and rank costs for audits of 25 and 10,000 touchpoints.
//! Run with `cargo bench --bench store`.

mod support;

use std::hint::black_box;
use std::time::Duration;

use support::{audit, time};
use tpaudit::model::{Audit, CrosshairMode, rank};
use tpaudit::store;

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
}
