//! Golden files of every report format for the bundled example audits.
//! Regenerate with `UPDATE_GOLDEN=1 cargo test --test report_golden`.

use std::path::PathBuf;

use tpaudit::io::report::{Format, Options, render};
use tpaudit::store::templates;

const FORMATS: [Format; 3] = [Format::Md, Format::Html, Format::Json];

/// The CSV formats (contracts, byte for byte), plain and for spreadsheets in a Russian locale.
const CSVS: [(Format, &str); 2] = [(Format::Csv, "priority"), (Format::Ratings, "ratings")];

/// A short line diff: the first differing lines with their numbers.
fn diff(expected: &str, actual: &str) -> String {
    let (e, a): (Vec<&str>, Vec<&str>) = (expected.lines().collect(), actual.lines().collect());
    let mut out = String::new();
    let mut shown = 0;
    for i in 0..e.len().max(a.len()) {
        let (x, y) = (e.get(i), a.get(i));
        if x != y {
            out.push_str(&format!(
                "line {}:\n  - {}\n  + {}\n",
                i + 1,
                x.unwrap_or(&"<none>"),
                y.unwrap_or(&"<none>")
            ));
            shown += 1;
            if shown == 15 {
                out.push_str("  …\n");
                break;
            }
        }
    }
    out
}

#[test]
fn examples_match_their_golden_reports() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    // The date a report shows is the audit's last change, which the CLI takes from the file.
    let options = Options {
        as_of: Some("2026-11-10T13:30:00Z".parse().expect("valid timestamp")),
        ..Options::default()
    };
    let csvs = CSVS.into_iter().flat_map(|(format, label)| {
        [false, true].map(|excel| {
            let excel_label = if excel { "-excel" } else { "" };
            (format, format!("{label}{excel_label}.csv"), excel)
        })
    });
    let all: Vec<(Format, String, bool)> = (FORMATS.into_iter())
        .map(|format| (format, format.extension().to_string(), false))
        .chain(csvs)
        .collect();
    for (name, audit) in templates::examples() {
        for (format, ending, excel) in &all {
            let path = dir.join(format!("{name}.{ending}"));
            let options = Options {
                excel: *excel,
                ..options
            };
            let actual = render(&audit, *format, &options);
            if update {
                std::fs::create_dir_all(&dir).expect("create tests/golden");
                std::fs::write(&path, &actual).expect("write golden file");
                continue;
            }
            match std::fs::read_to_string(&path) {
                Ok(expected) if expected == actual => {}
                Ok(expected) => failures.push(format!(
                    "{} differs:\n{}",
                    path.display(),
                    diff(&expected, &actual)
                )),
                Err(e) => failures.push(format!("{}: {e}", path.display())),
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{}\nIf the change is intended: UPDATE_GOLDEN=1 cargo test --test report_golden",
        failures.join("\n")
    );
}
