//! Costs of the methods over several audits: combine over 200 audits of 40 touchpoints and
//! compare of two audits of 10,000 touchpoints, each also at a tenth of the size, to show the
//! cost grows in proportion. Run with `cargo bench --bench cycle`.

mod support;

use std::hint::black_box;
use std::time::Duration;

use support::{audit_seeded, time};
use tpaudit::io::report::many::Named;
use tpaudit::io::report::{Format, combine, compare};
use tpaudit::model::{Audit, CrosshairMode};

/// A re-audit of `a` a quarter later: other scores, every tenth touchpoint with a new id (so it
/// matches by name), every fiftieth removed and as many added.
fn later(touchpoints: usize) -> Audit {
    let mut b = audit_seeded(touchpoints, 2);
    let mut n = 0;
    for stage in &mut b.stages {
        stage.touchpoints.retain(|_| {
            n += 1;
            n % 50 != 0
        });
        for (i, t) in stage.touchpoints.iter_mut().enumerate() {
            if i % 10 == 0 {
                t.id = format!("{}-renamed", t.id);
            }
        }
    }
    let extra: Vec<_> = (0..touchpoints / 50)
        .map(|i| tpaudit::model::Touchpoint::new(format!("new-{i}"), format!("Новая {i}")))
        .collect();
    b.stages[0]
        .touchpoints
        .extend(tpaudit::model::shared(extra));
    b
}

fn named(audits: &[(String, Audit)]) -> Vec<Named<'_>> {
    audits
        .iter()
        .map(|(name, audit)| Named { name, audit })
        .collect()
}

fn row(label: &str, small: Duration, large: Duration) {
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-12);
    println!("{label:<40} {small:>12?} {large:>12?} {ratio:>7.1}×");
}

fn main() {
    let mode = CrosshairMode::Midpoint;
    println!(
        "{:<40} {:>12} {:>12} {:>8}",
        "operation", "1/10 size", "full size", "growth"
    );
    let pairs: Vec<Vec<(String, Audit)>> = [1_000, 10_000]
        .iter()
        .map(|&n| {
            vec![
                ("before".to_string(), audit_seeded(n, 0)),
                ("after".to_string(), later(n)),
            ]
        })
        .collect();
    let named_pairs: Vec<Vec<Named>> = pairs.iter().map(|p| named(p)).collect();
    let t = |f: &dyn Fn(&[Named])| (time(|| f(&named_pairs[0])), time(|| f(&named_pairs[1])));
    let (s, l) = t(&|n| {
        let audits: Vec<&Audit> = n.iter().map(|n| n.audit).collect();
        black_box(tpaudit::model::compare::compare(&audits, mode));
    });
    row("compare 2 × 1,000 | 2 × 10,000 tps", s, l);
    for (label, format) in [("  + CSV", Format::Csv), ("  + HTML", Format::Html)] {
        let (s, l) = t(&|n| {
            let v = compare::View::new(n, mode);
            black_box(compare::render(&v, format, false));
        });
        row(label, s, l);
    }
    let chains: Vec<Vec<(String, Audit)>> = [20, 200]
        .iter()
        .map(|&k| {
            (0..k)
                .map(|i| (format!("store-{i}"), audit_seeded(40, i)))
                .collect()
        })
        .collect();
    let named_chains: Vec<Vec<Named>> = chains.iter().map(|c| named(c)).collect();
    let t = |f: &dyn Fn(&[Named])| (time(|| f(&named_chains[0])), time(|| f(&named_chains[1])));
    let (s, l) = t(&|n| {
        let audits: Vec<&Audit> = n.iter().map(|n| n.audit).collect();
        black_box(tpaudit::model::combine::combine(&audits, mode));
    });
    row("combine 20 | 200 audits × 40 tps", s, l);
    let (s, l) = t(&|n| {
        let v = combine::View::new(n, mode);
        black_box(combine::render(&v, Format::Csv, false, false));
    });
    row("  + CSV", s, l);
    let (s, l) = t(&|n| {
        let v = combine::View::new(n, mode);
        black_box(combine::render(&v, Format::Csv, false, true));
    });
    row("  + CSV --long", s, l);
}
