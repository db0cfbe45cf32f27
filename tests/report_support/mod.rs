//! Small audits built by hand for the report tests.
#![allow(dead_code)]

use tpaudit::io::report::{Format, Options, render};
use tpaudit::model::{
    Action, ActionStatus, Audit, CrosshairMode, Lang, Participant, Stage, Touchpoint,
};

/// A touchpoint scored by participants `p1`, `p2`, … in order; 0 means "not given".
pub fn tp(id: &str, name: &str, ratings: &[[u8; 3]]) -> Touchpoint {
    let mut t = Touchpoint::new(id, name);
    for (i, r) in ratings.iter().enumerate() {
        let p = format!("p{}", i + 1);
        for (scale, v) in tpaudit::model::Scale::ALL.into_iter().zip(r) {
            t.set_score(&p, scale, (*v > 0).then_some(*v));
        }
    }
    t
}

/// An audit with the given participants and stages, created on 20 Nov 2026.
pub fn audit(lang: Lang, participants: &[&str], stages: Vec<(&str, Vec<Touchpoint>)>) -> Audit {
    let stages = stages
        .into_iter()
        .map(|(n, t)| (n.to_string(), t))
        .collect();
    audit_named(lang, participants, stages)
}

/// Like [`audit`], with owned stage names.
pub fn audit_named(
    lang: Lang,
    participants: &[&str],
    stages: Vec<(String, Vec<Touchpoint>)>,
) -> Audit {
    let created = "2026-11-20T09:00:00Z".parse().expect("valid timestamp");
    let mut a = Audit::new("Spring review", lang, created);
    a.client = "Acme".into();
    a.participants = participants
        .iter()
        .enumerate()
        .map(|(i, n)| Participant {
            id: format!("p{}", i + 1),
            name: n.to_string(),
        })
        .collect();
    a.stages = stages
        .into_iter()
        .enumerate()
        .map(|(i, (name, tps))| {
            let mut s = Stage::new(format!("s{}", i + 1), name);
            s.touchpoints = tpaudit::model::shared(tps);
            s
        })
        .collect();
    a
}

/// The audit every hand-checked test uses: five touchpoints over two stages, two raters.
///
/// | touchpoint | ratings (F,I,S)      | effective      | priority | note                 |
/// |------------|----------------------|----------------|----------|----------------------|
/// | Ads        | 4,5,2 and 4,4,2      | 4, 4.5, 2      | 72       | critical             |
/// | Site       | 5,4,3 and 5,4,4      | 5, 4, 3.5      | 50       | keep up (S 3.5 > 3)  |
/// | Chat       | 2,2,1 and 2,2,5      | 2, 2, 3        | 12       | low, discuss (S 1–5) |
/// | Phone      | 3,0,0                | unscored       |          |                      |
/// | Store      | not applicable       |                |          |                      |
pub fn sample(lang: Lang) -> Audit {
    let mut phone = tp("phone", "Phone", &[[3, 0, 0]]);
    phone.notes = "Call back | later\nsecond line".into();
    let mut store = tp("store", "Store", &[]);
    store.not_applicable = true;
    let mut ads = tp("ads", "Ads", &[[4, 5, 2], [4, 4, 2]]);
    ads.notes = "Too *many* banners".into();
    ads.action = Some(Action {
        action: "Cut banner count".into(),
        owner: "Anna".into(),
        due: "2026-12-15".into(),
        kpi: "CTR".into(),
        kpi_current: "1%".into(),
        kpi_target: "2%".into(),
        status: ActionStatus::InProgress,
    });
    audit(
        lang,
        &["Anna", "Boris"],
        vec![
            (
                "Awareness",
                vec![ads, tp("site", "Site", &[[5, 4, 3], [5, 4, 4]])],
            ),
            (
                "Purchase",
                vec![tp("chat", "Chat", &[[2, 2, 1], [2, 2, 5]]), phone, store],
            ),
        ],
    )
}

/// The options the CLI passes: the audit last changed (its file's time) on 24 Nov 2026.
pub fn options() -> Options {
    Options {
        as_of: Some("2026-11-24T15:00:00Z".parse().expect("valid timestamp")),
        ..Options::default()
    }
}

pub fn md(a: &Audit) -> String {
    render(a, Format::Md, &options())
}

pub fn html(a: &Audit) -> String {
    render(a, Format::Html, &options())
}

pub fn json(a: &Audit) -> String {
    render(a, Format::Json, &options())
}

pub fn with_mean(a: &Audit, format: Format) -> String {
    let opts = Options {
        crosshair: CrosshairMode::DataMean,
        ..options()
    };
    render(a, format, &opts)
}

use proptest::prelude::*;

/// Names a client could type: the shared hostile generator, as a report can show them.
pub fn arb_name() -> impl Strategy<Value = String> {
    super::hostile::printable_name()
}

/// One touchpoint: a name and either no scores, N/A, or three scores 1–5.
fn arb_tp() -> impl Strategy<Value = (String, u8, [u8; 3], String)> {
    (arb_name(), 0u8..6, [1u8..=5, 1u8..=5, 1u8..=5], arb_name())
}

/// A random audit of one to three stages with random names and scores.
pub fn arb_audit() -> impl Strategy<Value = Audit> {
    let stage = (arb_name(), prop::collection::vec(arb_tp(), 1..5));
    (
        arb_name(),
        arb_name(),
        prop::collection::vec(stage, 1..4),
        any::<bool>(),
    )
        .prop_map(|(name, client, stages, ru)| {
            let lang = if ru { Lang::Ru } else { Lang::En };
            let stages = stages
                .into_iter()
                .enumerate()
                .map(|(si, (sname, tps))| {
                    let tps = tps
                        .into_iter()
                        .enumerate()
                        .map(|(ti, (tname, kind, scores, notes))| {
                            let id = format!("t{si}-{ti}");
                            let mut t = match kind {
                                0 => tp(&id, &tname, &[]),
                                1 => tp(&id, &tname, &[[scores[0], 0, 0]]),
                                _ => tp(&id, &tname, &[scores]),
                            };
                            t.not_applicable = kind == 2;
                            t.notes = notes;
                            t
                        })
                        .collect();
                    (sname, tps)
                })
                .collect();
            let mut a = audit_named(lang, &["Anna"], stages);
            a.name = name;
            a.client = client;
            a
        })
}

/// A fixed pseudo-random sequence from `seed`: each call gives a score 1..=`k`.
pub fn scores_from(mut seed: u64) -> impl FnMut(u64) -> u8 {
    move |k: u64| {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((seed >> 33) % k) as u8 + 1
    }
}

/// An audit of `n` touchpoints with scores spread over the whole matrix.
pub fn many(n: usize, lang: Lang) -> Audit {
    let mut a = Audit::new("many", lang, jiff::Timestamp::UNIX_EPOCH);
    let mut s = Stage::new("s", "Stage");
    for k in 0..n {
        let v = |d: usize| u8::try_from(1 + (k * 7 + d * 3 + k / 5) % 5).expect("a score");
        let mut tp = Touchpoint::new(format!("t{k}"), format!("Touchpoint {k}"));
        tp.ratings.push(tpaudit::model::Rating {
            participant: "p1".into(),
            frequency: Some(v(0)),
            impact: Some(v(1)),
            satisfaction: Some(v(2)),
        });
        s.touchpoints.push(tp.into());
    }
    a.stages.push(s);
    a
}

/// The ranks a chart's point labels list (`1, 3–6, 9`), runs written out, in order.
pub fn ranks_of_labels<'a>(labels: impl IntoIterator<Item = &'a str>) -> Vec<usize> {
    let mut ranks: Vec<usize> = labels
        .into_iter()
        .flat_map(|t| t.split(", "))
        .flat_map(|part| match part.split_once('–') {
            Some((a, b)) => {
                let (a, b): (usize, usize) =
                    (a.parse().expect("a rank"), b.parse().expect("a rank"));
                (a..=b).collect::<Vec<_>>()
            }
            None => vec![part.parse::<usize>().expect("a rank")],
        })
        .collect();
    ranks.sort_unstable();
    ranks
}

/// [`sample`] with evidence behind its scores:
///
/// - Ads: impact measured, satisfaction assumed; a measurement "CTR" 1.2 % against 2 % (missed);
///   12 customers' answers 2,2,2,2,2,2,2,2,3,3,1,1 (mean 2, within reach of the team's 2);
/// - Site: nothing but 20 answers of 5 (the team's 3.5 lies outside: customers disagree, +1.5);
/// - Chat: 3 answers (too few for an interval);
/// - stages: Awareness 1000 customers, Purchase 150 (conversion 0.15, the biggest loss);
/// - NPS: 12 answers, 6 promoters and 3 detractors (25, indicative).
pub fn evidenced(lang: Lang) -> Audit {
    use tpaudit::model::{Better, Level, Measurement, Nps, Survey};
    let mut a = sample(lang);
    {
        let ads = &mut a.stages[0].touchpoints[0];
        ads.evidence.impact = Level::Measured;
        ads.measurements.push(Measurement {
            unit: "%".into(),
            target: Some(2.0),
            better: Better::Higher,
            source: "Ads console".into(),
            date: "2026-11-30".into(),
            ..Measurement::new("CTR", 1.2)
        });
        ads.survey = Some(Survey {
            counts: [2, 8, 2, 0, 0],
        });
    }
    a.stages[0].touchpoints[1].survey = Some(Survey {
        counts: [0, 0, 0, 0, 20],
    });
    a.stages[1].touchpoints[0].survey = Some(Survey {
        counts: [1, 0, 1, 0, 1],
    });
    a.stages[0]
        .measurements
        .push(Measurement::new("customers", 1000.0));
    a.stages[1]
        .measurements
        .push(Measurement::new("customers", 150.0));
    let mut nps = [0u32; 11];
    nps[10] = 4;
    nps[9] = 2;
    nps[8] = 3;
    nps[2] = 3;
    a.nps = Some(Nps { counts: nps });
    a
}
