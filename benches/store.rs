//! Load, save and rank costs for audits of 25 and 10,000 touchpoints.
//! Run with `cargo bench --bench store`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use tpaudit::model::{Audit, CrosshairMode, Lang, Participant, Rating, Stage, Touchpoint, rank};
use tpaudit::store;

fn audit(touchpoints: usize) -> Audit {
    let mut a = Audit::new("bench", Lang::Ru, jiff::Timestamp::UNIX_EPOCH);
    a.participants = (1..=3)
        .map(|i| Participant {
            id: format!("p{i}"),
            name: format!("Участник {i}"),
        })
        .collect();
    let per_stage = touchpoints.div_ceil(5);
    a.stages = (0..5)
        .map(|s| {
            let tps = (0..per_stage)
                .map(|t| s * per_stage + t)
                .take_while(|&n| n < touchpoints)
                .map(|n| {
                    let v = |k: usize| Some(((n * 7 + k * 3) % 5 + 1) as u8);
                    Touchpoint {
                        description: "Описание точки контакта с клиентом".into(),
                        notes: format!("Заметка {n}: клиент ждёт ответа дольше 15 минут"),
                        ratings: (1..=3)
                            .map(|p| Rating {
                                participant: format!("p{p}"),
                                frequency: v(p),
                                impact: v(p + 1),
                                satisfaction: v(p + 2),
                            })
                            .collect(),
                        ..Touchpoint::new(format!("tp-{n}"), format!("Точка контакта {n}"))
                    }
                })
                .collect();
            Stage {
                touchpoints: tps,
                ..Stage::new(format!("stage-{s}"), format!("Этап {s}"))
            }
        })
        .collect();
    a
}

/// Runs `f` repeatedly for about half a second and returns the mean time per call.
fn time(mut f: impl FnMut()) -> Duration {
    f();
    let start = Instant::now();
    let mut n = 0u32;
    while start.elapsed() < Duration::from_millis(500) || n < 3 {
        f();
        n += 1;
    }
    start.elapsed() / n
}

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
