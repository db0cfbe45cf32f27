//! The files as LibreOffice Calc reads them: the `--excel` CSV opened with `;` and a Russian
//! locale, and the xlsx workbook, give back every score and priority as a number equal to
//! ours, Cyrillic names intact and a formula-looking name as text.
//!
//! Needs LibreOffice (`soffice`; Debian's `libreoffice-calc-nogui`); without it the test says
//! so and passes.

mod common;

use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::process::Command;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use common::{Env, fis, stage, tp};
use tpaudit::model::{Audit, CrosshairMode, fmt_num, rank};
use tpaudit::store::templates;

fn soffice() -> Option<&'static str> {
    ["soffice", "libreoffice"].into_iter().find(|p| {
        Command::new(p)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

/// Converts `file` to xlsx with LibreOffice; `infilter` for CSV import options.
fn convert(soffice: &str, file: &Path, infilter: Option<&str>, work: &Path) -> PathBuf {
    let out = work.join("converted");
    let mut cmd = Command::new(soffice);
    cmd.arg(format!(
        "-env:UserInstallation=file://{}",
        work.join("profile").display()
    ))
    .arg("--headless");
    if let Some(f) = infilter {
        cmd.arg(format!("--infilter={f}"));
    }
    let status = cmd
        .arg("--convert-to")
        .arg("xlsx")
        .arg("--outdir")
        .arg(&out)
        .arg(file)
        .output()
        .expect("soffice runs");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    let name = file.file_stem().expect("a file name").to_string_lossy();
    out.join(format!("{name}.xlsx"))
}

fn first_sheet(path: &Path) -> Vec<Vec<Data>> {
    let bytes = std::fs::read(path).expect("the converted file");
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("a workbook");
    let name = book.sheet_names()[0].clone();
    let range = book.worksheet_range(&name).expect("a sheet");
    range.rows().map(<[Data]>::to_vec).collect()
}

fn number(d: &Data) -> f64 {
    match d {
        Data::Float(v) => *v,
        Data::Int(v) => *v as f64,
        other => panic!("LibreOffice did not read a number: {other:?}"),
    }
}

fn text(d: &Data) -> String {
    match d {
        Data::String(s) => s.clone(),
        other => panic!("not text: {other:?}"),
    }
}

fn audits() -> Vec<(String, Audit)> {
    let mut list = templates::examples();
    let mut tricky = common::audit(
        "tricky",
        tpaudit::model::Lang::Ru,
        &["Аня"],
        vec![stage(
            "s",
            "Покупка",
            vec![
                tp("f", "=SUM(A1)", &[("p1", fis(4, 5, 2))]),
                tp("k", "Касса; очередь", &[("p1", fis(3, 4, 3))]),
            ],
        )],
    );
    tricky.stages[0].touchpoints[1]
        .ratings
        .push(tpaudit::model::Rating {
            participant: "p2".into(),
            frequency: Some(4),
            impact: Some(5),
            satisfaction: Some(4),
        });
    tricky.participants.push(tpaudit::model::Participant {
        id: "p2".into(),
        name: "Борис".into(),
    });
    list.push(("tricky".into(), tricky));
    list
}

#[test]
fn libreoffice_reads_our_numbers_as_numbers() {
    let Some(soffice) = soffice() else {
        eprintln!("no LibreOffice here: the files were not checked with it");
        return;
    };
    let env = Env::new();
    for (name, audit) in audits() {
        env.save(&name, &audit);
        let ranking = rank(&audit, CrosshairMode::Midpoint);
        let work = env.dir.path().join(&name);
        std::fs::create_dir_all(&work).expect("a folder");

        // The --excel CSV, opened as a Russian-locale user opens it: `;`, UTF-8, Russian.
        let csv = work.join(format!("{name}-excel.csv"));
        env.run(&[
            "report",
            &name,
            "--format",
            "csv",
            "--excel",
            "-o",
            csv.to_str().expect("utf-8"),
        ])
        .ok();
        let rows = first_sheet(&convert(soffice, &csv, Some("CSV:59,34,76,1,,1049"), &work));
        assert_eq!(rows.len(), ranking.ranked.len() + 1, "{name}");
        for (row, r) in rows[1..].iter().zip(&ranking.ranked) {
            let shown = |v: f64| fmt_num(v).parse::<f64>().expect("a number");
            assert_eq!(number(&row[0]), r.rank as f64, "{name}");
            let tp = &audit.stages[r.at.0].touchpoints[r.at.1];
            assert!(text(&row[2]).ends_with(&tp.name), "{name}: {:?}", row[2]);
            assert_eq!(
                number(&row[3]),
                shown(r.scores.frequency.to_f64()),
                "{name}"
            );
            assert_eq!(number(&row[4]), shown(r.scores.impact.to_f64()), "{name}");
            assert_eq!(
                number(&row[5]),
                shown(r.scores.satisfaction.to_f64()),
                "{name}"
            );
            assert_eq!(number(&row[6]), shown(r.priority.to_f64()), "{name}");
        }

        // The workbook, opened and saved again by LibreOffice.
        let xlsx = work.join(format!("{name}-book.xlsx"));
        env.run(&[
            "report",
            &name,
            "--format",
            "xlsx",
            "-o",
            xlsx.to_str().expect("utf-8"),
        ])
        .ok();
        let rows = first_sheet(&convert(soffice, &xlsx, None, &work));
        for (row, r) in rows[1..].iter().zip(&ranking.ranked) {
            let tp = &audit.stages[r.at.0].touchpoints[r.at.1];
            assert_eq!(text(&row[2]), tp.name, "{name}");
            // Spreadsheets keep 15 significant digits.
            let near = |d: &Data, v: f64| (number(d) - v).abs() < 1e-9;
            assert!(near(&row[3], r.scores.frequency.to_f64()), "{name}");
            assert!(near(&row[4], r.scores.impact.to_f64()), "{name}");
            assert!(near(&row[5], r.scores.satisfaction.to_f64()), "{name}");
            assert!(near(&row[6], r.priority.to_f64()), "{name}");
        }
    }
}
