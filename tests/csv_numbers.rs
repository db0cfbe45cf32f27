//! Every CSV tpaudit writes (report, ratings, compare, trend, combine; plain and `--excel`)
//! writes a number as the number, a negative one too, and guards only text cells.

mod common;

use common::{Env, audit, fis, stage, tp};
use tpaudit::model::{Audit, Lang};

/// A stage and a touchpoint whose names look like a formula and a negative number: text, so
/// they are guarded. Checkout falls from 45 to 40.5 (a change of −4.5);
/// with only two touchpoints the crosshair sits between them, so both stay low priority.
fn store(name: &str, checkout_second: Option<[Option<u8>; 3]>) -> Audit {
    let mut checkout = vec![("p1", fis(3, 3, 1))];
    if let Some(r) = checkout_second {
        checkout.push(("p2", r));
    }
    let buy = stage(
        "buy",
        "-Buy",
        vec![
            tp("checkout", "Checkout", &checkout),
            tp("minus", "-40", &[("p1", fis(2, 2, 2))]),
        ],
    );
    audit(name, Lang::En, &["Ann", "Bob"], vec![buy])
}

fn env() -> Env {
    let env = Env::new();
    env.save("before", &store("before", None));
    env.save("after", &store("after", Some(fis(3, 3, 2))));
    env.save("later", &store("later", Some(fis(3, 3, 3))));
    env
}

const COMPARE: &str = "\
stage,touchpoint,status,rank_before,rank_after,priority_before,priority_after,priority_change,quadrant_before,quadrant_after
'-Buy,Checkout,kept,1,1,45,40.5,-4.5,low_priority,low_priority
'-Buy,'-40,kept,2,2,16,16,0,low_priority,low_priority
";

const COMPARE_EXCEL: &str = "\u{feff}\
stage;touchpoint;status;rank_before;rank_after;priority_before;priority_after;priority_change;quadrant_before;quadrant_after
'-Buy;Checkout;kept;1;1;45;40,5;-4,5;low_priority;low_priority
'-Buy;'-40;kept;2;2;16;16;0;low_priority;low_priority
";

#[test]
fn compare_writes_a_negative_change_as_a_number() {
    let env = env();
    let plain = env.run(&["compare", "before", "after", "--format", "csv"]);
    assert_eq!(plain.ok(), COMPARE);
    let excel = env.run(&["compare", "before", "after", "--format", "csv", "--excel"]);
    assert_eq!(excel.ok(), COMPARE_EXCEL);
}

/// The columns of each CSV that hold text a user typed: the only cells that may start with `'`.
fn text_columns(header: &str, sep: char) -> Vec<usize> {
    header
        .split(sep)
        .enumerate()
        .filter(|(_, h)| matches!(*h, "stage" | "touchpoint" | "participant" | "notes"))
        .map(|(i, _)| i)
        .collect()
}

fn check_numbers_unguarded(label: &str, csv: &str, sep: char) {
    let csv = csv.trim_start_matches('\u{feff}');
    let mut lines = csv.lines();
    let header = lines.next().expect("a header");
    let text = text_columns(header, sep);
    assert!(!text.is_empty(), "{label}: no text column in {header}");
    let mut guarded_names = 0;
    for line in lines {
        for (i, cell) in line.split(sep).enumerate() {
            if cell.starts_with('\'') {
                assert!(
                    text.contains(&i),
                    "{label}: a non-text cell guarded: {line}"
                );
                guarded_names += 1;
            }
            if text.contains(&i) && (cell.starts_with('-') || cell.starts_with('=')) {
                panic!("{label}: a text cell left unguarded: {line}");
            }
        }
    }
    assert!(
        guarded_names > 0,
        "{label}: the hostile names were not written: {csv}"
    );
}

#[test]
fn every_csv_guards_only_text() {
    let env = env();
    let runs: [&[&str]; 5] = [
        &["report", "after", "--format", "csv"],
        &["report", "after", "--format", "ratings"],
        &["compare", "before", "after", "--format", "csv"],
        &["compare", "before", "after", "later", "--format", "csv"],
        &["combine", "before", "after", "later", "--format", "csv"],
    ];
    for args in runs {
        for excel in [false, true] {
            let mut args = args.to_vec();
            if excel {
                args.push("--excel");
            }
            let out = env.run(&args);
            let sep = if excel { ';' } else { ',' };
            check_numbers_unguarded(&args.join(" "), out.ok(), sep);
        }
    }
}
