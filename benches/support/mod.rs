//! The audit the benches measure: five stages, three participants, every touchpoint scored
//! with varied values, a description and a note, names in Russian.

use tpaudit::model::{Audit, Lang, Participant, Rating, Stage, Touchpoint};

/// An audit of `touchpoints` scored touchpoints.
pub fn audit(touchpoints: usize) -> Audit {
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
