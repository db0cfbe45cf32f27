//! `import` grows with its rows, not their square: a CSV of 20,000 and of 200,000 touchpoints
//! (three raters each), parsed and built into an audit. Run with `cargo bench --bench import`.

mod support;

use std::fmt::Write;
use std::hint::black_box;
use std::time::{Duration, Instant};

use tpaudit::io::csv_import;
use tpaudit::model::{Audit, Lang};

/// A CSV of `touchpoints` touchpoints over five stages, three raters each.
fn csv(touchpoints: usize) -> String {
    let mut out = String::from("stage,touchpoint,rater,frequency,impact,satisfaction,notes\n");
    for n in 0..touchpoints {
        for (r, rater) in ["Анна", "Борис", "Вера"].iter().enumerate() {
            let v = |k: usize| (n * 7 + k * 3 + r) % 5 + 1;
            writeln!(
                out,
                "Этап {},Точка контакта {n},{rater},{},{},{},заметка {n}",
                n * 5 / touchpoints,
                v(0),
                v(1),
                v(2)
            )
            .expect("a String takes every write");
        }
    }
    out
}

fn import(text: &str) -> Duration {
    let start = Instant::now();
    let audit = csv_import::parse(
        text,
        Audit::new("bench", Lang::Ru, jiff::Timestamp::UNIX_EPOCH),
    )
    .expect("a valid CSV");
    let took = start.elapsed();
    black_box(audit);
    took
}

fn main() {
    let sizes = [20_000, 200_000];
    let mut times = Vec::new();
    println!("{:<12} {:>10} {:>14}", "touchpoints", "rows", "import");
    for n in sizes {
        let text = csv(n);
        // The best of three: the machine's other work only ever adds time.
        let t = (0..3).map(|_| import(&text)).min().expect("three runs");
        println!("{n:<12} {:>10} {:>14?}", n * 3, t);
        times.push(t);
    }
    println!(
        "200,000 / 20,000: {:.1}× (linear is 10×; should stay under 11×)",
        times[1].as_secs_f64() / times[0].as_secs_f64()
    );
}
