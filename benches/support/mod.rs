//! What the benches share: generated audits and a timer.
#![allow(dead_code)]

use std::time::{Duration, Instant};

use tpaudit::model::{Audit, Lang, Participant, Rating, Stage, Touchpoint};

/// An audit of `touchpoints` touchpoints over five stages, rated by three participants.
pub fn audit(touchpoints: usize) -> Audit {
    audit_seeded(touchpoints, 0)
}

/// Like [`audit`], with scores shifted by `seed`, so audits of one checklist differ.
pub fn audit_seeded(touchpoints: usize, seed: usize) -> Audit {
    audit_shaped(touchpoints, seed, Shape::FULL)
}

/// How a generated audit is laid out.
#[derive(Debug, Clone, Copy)]
pub struct Shape {
    pub stages: usize,
    pub participants: usize,
    /// Each touchpoint has a description and a note.
    pub texts: bool,
}

impl Shape {
    /// Five stages, three participants, every touchpoint described and noted.
    pub const FULL: Shape = Shape {
        stages: 5,
        participants: 3,
        texts: true,
    };
}

/// An audit of `touchpoints` touchpoints laid out as `shape` says, every one rated by every
/// participant, scores shifted by `seed`.
pub fn audit_shaped(touchpoints: usize, seed: usize, shape: Shape) -> Audit {
    let mut a = Audit::new("bench", Lang::Ru, jiff::Timestamp::UNIX_EPOCH);
    a.participants = (1..=shape.participants)
        .map(|i| Participant {
            id: format!("p{i}"),
            name: format!("Участник {i}"),
        })
        .collect();
    let per_stage = touchpoints.div_ceil(shape.stages);
    a.stages = (0..shape.stages)
        .map(|s| {
            let tps = (0..per_stage)
                .map(|t| s * per_stage + t)
                .take_while(|&n| n < touchpoints)
                .map(|n| {
                    let v = |k: usize| Some(((n * 7 + k * 3 + seed) % 5 + 1) as u8);
                    let mut tp = Touchpoint {
                        ratings: (1..=shape.participants)
                            .map(|p| Rating {
                                participant: format!("p{p}"),
                                frequency: v(p),
                                impact: v(p + 1),
                                satisfaction: v(p + 2),
                            })
                            .collect(),
                        ..Touchpoint::new(format!("tp-{n}"), format!("Точка контакта {n}"))
                    };
                    if shape.texts {
                        tp.description = "Описание точки контакта с клиентом".into();
                        tp.notes = format!("Заметка {n}: клиент ждёт ответа дольше 15 минут");
                    }
                    tp.into()
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
pub fn time(mut f: impl FnMut()) -> Duration {
    f();
    let start = Instant::now();
    let mut n = 0u32;
    while start.elapsed() < Duration::from_millis(500) || n < 3 {
        f();
        n += 1;
    }
    start.elapsed() / n
}
