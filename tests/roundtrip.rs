//! RON round-trips of random audits: any text survives save and load unchanged.

mod hostile;

use proptest::prelude::*;
use tpaudit::model::{
    Action, ActionStatus, Agreed, Audit, Better, Channel, Control, Lang, Level, Levels,
    Measurement, Nps, Participant, Rating, Stage, Survey, Touchpoint,
};
use tpaudit::store;

/// Any text, with the characters that break naive writers, and any string at all.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![3 => hostile::text(), 1 => any::<String>()]
}

fn name() -> impl Strategy<Value = String> {
    hostile::name()
}

fn score() -> impl Strategy<Value = Option<u8>> {
    prop::option::of(1u8..=5)
}

fn touchpoint(idx: usize, participants: usize) -> impl Strategy<Value = Touchpoint> {
    (
        name(),
        text(),
        prop::collection::vec(text(), 0..3),
        text(),
        any::<bool>(),
        any::<bool>(),
        prop::collection::vec((score(), score(), score()), participants),
        prop::option::of((text(), text(), 0u8..3)),
        (score(), score(), score()),
        evidence(),
    )
        .prop_map(
            move |(
                name,
                description,
                questions,
                notes,
                na,
                offline,
                scores,
                action,
                agreed,
                ev,
            )| {
                let (levels, measurements, survey) = ev;
                let (frequency, impact, satisfaction) = agreed;
                let agreed = Agreed {
                    frequency,
                    impact,
                    satisfaction,
                };
                let ratings = scores
                    .into_iter()
                    .enumerate()
                    .map(|(p, (f, i, s))| Rating {
                        participant: format!("p{}", p + 1),
                        frequency: f,
                        impact: i,
                        satisfaction: s,
                    })
                    .filter(|r| !r.is_empty())
                    .collect();
                Touchpoint {
                    id: format!("tp-{idx}"),
                    name,
                    description,
                    channel: if offline {
                        Channel::Offline
                    } else {
                        Channel::Online
                    },
                    control: if na {
                        Control::Indirect
                    } else {
                        Control::Direct
                    },
                    questions,
                    notes,
                    not_applicable: na,
                    ratings,
                    agreed: (!agreed.is_empty()).then_some(agreed),
                    action: action.map(|(action, owner, st)| Action {
                        action,
                        owner,
                        status: [
                            ActionStatus::Planned,
                            ActionStatus::InProgress,
                            ActionStatus::Done,
                        ][usize::from(st)],
                        ..Action::default()
                    }),
                    evidence: levels,
                    measurements,
                    survey,
                }
            },
        )
}

fn level() -> impl Strategy<Value = Level> {
    prop::sample::select(Level::ALL.to_vec())
}

/// Any finite value a measurement may hold, decimals included.
fn value() -> impl Strategy<Value = f64> {
    prop_oneof![
        (-1_000_000_000i64..1_000_000_000).prop_map(|v| v as f64),
        (-1e12f64..1e12),
        prop::sample::select(vec![0.1, 0.4, 14.0, 1e12, -0.0, 2.5e-7]),
    ]
}

fn measurements() -> impl Strategy<Value = Vec<Measurement>> {
    prop::collection::vec(
        (
            name(),
            value(),
            text(),
            prop::option::of(value()),
            any::<bool>(),
            text(),
            any::<bool>(),
        ),
        0..3,
    )
    .prop_map(|list| {
        let mut out: Vec<Measurement> = Vec::new();
        for (i, (metric, value, unit, target, lower, source, last_time)) in
            list.into_iter().enumerate()
        {
            out.push(Measurement {
                unit,
                target,
                better: if lower { Better::Lower } else { Better::Higher },
                source,
                date: if last_time {
                    "2026-11-30".into()
                } else {
                    String::new()
                },
                last_time,
                ..Measurement::new(format!("{i}{metric}"), value)
            });
        }
        out
    })
}

type Evidence = (Levels, Vec<Measurement>, Option<Survey>);

fn evidence() -> impl Strategy<Value = Evidence> {
    (
        (level(), level(), level(), any::<bool>()),
        measurements(),
        prop::option::of(prop::array::uniform5(0u32..1000)),
    )
        .prop_map(
            |((frequency, impact, satisfaction, last_time), m, survey)| {
                let levels = Levels {
                    frequency,
                    impact,
                    satisfaction,
                    last_time,
                };
                (levels, m, survey.map(|counts| Survey { counts }))
            },
        )
}

fn audit() -> impl Strategy<Value = Audit> {
    (
        1usize..4,
        name(),
        text(),
        any::<bool>(),
        prop::collection::vec((name(), 0usize..4), 0..4),
        (
            text(),
            prop::option::of(name()),
            prop::option::of(prop::array::uniform11(0u32..500)),
            measurements(),
        ),
    )
        .prop_flat_map(|(np, audit_name, client, ru, stage_specs, extra)| {
            let stages: Vec<_> = stage_specs
                .into_iter()
                .enumerate()
                .map(|(si, (stage_name, n))| {
                    let tps: Vec<_> = (0..n).map(|ti| touchpoint(si * 10 + ti, np)).collect();
                    (Just(si), Just(stage_name), tps)
                })
                .collect();
            let names = prop::collection::vec(name(), np);
            (
                Just(audit_name),
                Just(client),
                Just(ru),
                names,
                stages,
                Just(extra),
            )
        })
        .prop_map(
            |(audit_name, client, ru, pnames, stages, (title, previous, nps, figures))| {
                let mut a = Audit::new(
                    audit_name,
                    if ru { Lang::Ru } else { Lang::En },
                    jiff::Timestamp::UNIX_EPOCH,
                );
                a.client = client;
                a.title = title;
                a.previous = previous;
                a.nps = nps.map(|counts| Nps { counts });
                a.participants = pnames
                    .into_iter()
                    .enumerate()
                    .map(|(i, n)| Participant {
                        id: format!("p{}", i + 1),
                        name: n,
                    })
                    .collect();
                a.stages = stages
                    .into_iter()
                    .map(|(si, stage_name, tps)| Stage {
                        touchpoints: tpaudit::model::shared(tps),
                        measurements: if si == 0 { figures.clone() } else { Vec::new() },
                        ..Stage::new(format!("st-{si}"), stage_name)
                    })
                    .collect();
                a
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_audit_survives_save_and_load(a in audit()) {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("a.ron");
        store::save(&path, &a).expect("save");
        let back = store::load(&path).expect("load");
        prop_assert_eq!(back, a);
    }

    #[test]
    fn ron_text_parses_back_to_the_same_audit(a in audit()) {
        let text = store::to_ron(&a).expect("serialize");
        let back = store::parse(&text, std::path::Path::new("mem.ron")).expect("parse");
        prop_assert_eq!(back, a);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn the_parse_cache_gives_back_the_audit_as_parsed(a in audit()) {
        let text = store::to_ron(&a).expect("serialize");
        let parsed = store::parse(&text, std::path::Path::new("mem.ron")).expect("parse");
        let entry = tpaudit::store::parse_cache::Parsed {
            audit: parsed,
            fingerprint: tpaudit::store::session::Fingerprint::of(text.as_bytes()),
            declared: 2,
        };
        let back = tpaudit::store::parse_cache::through_entry(entry.clone());
        prop_assert_eq!(back, Some(entry));
    }
}
