//! Any names keep the priority-list CSV valid: it re-reads to the same values, plain or
//! `--excel`, with formula-looking cells defused by a leading `'`.

mod hostile;

use proptest::prelude::*;
use tpaudit::io::report::{Format, Options, render};
use tpaudit::model::{Audit, CrosshairMode, Lang, Rating, Stage, Touchpoint, fmt_num, rank};

fn name() -> impl Strategy<Value = String> {
    hostile::name()
}

fn audit() -> impl Strategy<Value = Audit> {
    (
        name(),
        prop::collection::vec((name(), 1u8..=5, 1u8..=5, 1u8..=5), 1..8),
    )
        .prop_map(|(stage, tps)| {
            let mut a = Audit::new("csv", Lang::Ru, jiff::Timestamp::UNIX_EPOCH);
            let touchpoints = tps
                .into_iter()
                .enumerate()
                .map(|(i, (n, f, im, s))| Touchpoint {
                    ratings: vec![Rating {
                        participant: "p1".into(),
                        frequency: Some(f),
                        impact: Some(im),
                        satisfaction: Some(s),
                    }],
                    ..Touchpoint::new(format!("t{i}"), n)
                })
                .map(Into::into)
                .collect();
            a.stages = vec![Stage {
                touchpoints,
                ..Stage::new("s", stage)
            }];
            a
        })
}

/// What a cell must read back as: the text, with `'` before a formula-looking start.
fn defused(text: &str) -> String {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}"),
        _ => text.to_string(),
    }
}

fn read(text: &str, delimiter: u8) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .delimiter(delimiter)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| {
            r.expect("a valid CSV record")
                .iter()
                .map(str::to_string)
                .collect()
        })
        .collect()
}

/// A number as the CSV writes it: a decimal comma with `--excel`.
fn num(v: f64, excel: bool) -> String {
    let s = fmt_num(v);
    if excel { s.replace('.', ",") } else { s }
}

proptest! {
    #[test]
    fn the_csv_re_reads_to_the_same_values(a in audit(), excel in any::<bool>()) {
        let text = render(&a, Format::Csv, &Options { excel, crosshair: CrosshairMode::Midpoint, as_of: None, ..Options::default() });
        let (body, delimiter) = match excel {
            true => (text.strip_prefix('\u{feff}').expect("--excel starts with a BOM"), b';'),
            false => (text.as_str(), b','),
        };
        let rows = read(body, delimiter);
        prop_assert_eq!(&rows[0], &["rank", "stage", "touchpoint", "frequency", "impact", "satisfaction", "priority", "quadrant", "critical"]);
        let ranking = rank(&a, CrosshairMode::Midpoint);
        prop_assert_eq!(rows.len(), ranking.ranked.len() + 1);
        for (row, r) in rows[1..].iter().zip(&ranking.ranked) {
            let tp = &a.stages[r.at.0].touchpoints[r.at.1];
            let expected = vec![
                r.rank.to_string(),
                defused(&a.stages[0].name),
                defused(&tp.name),
                num(r.scores.frequency.to_f64(), excel),
                num(r.scores.impact.to_f64(), excel),
                num(r.scores.satisfaction.to_f64(), excel),
                num(r.priority.to_f64(), excel),
                r.quadrant.key().to_string(),
                r.critical.to_string(),
            ];
            prop_assert_eq!(row, &expected);
        }
    }
}
