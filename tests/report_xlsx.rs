//! `--format xlsx`: a workbook read back with calamine. Numbers are numbers equal to ours,
//! names (Cyrillic, formula-looking) are text as typed, sheet and column names are in the
//! audit's language, the header is frozen and filtered, due dates are dates; compare and
//! combine write theirs too.

mod common;

use std::io::{Cursor, Read};

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use common::{Env, audit, fis, stage, tp};
use tpaudit::io::report::{Format, Options, render_file};
use tpaudit::model::{Audit, CrosshairMode, Lang, rank};
use tpaudit::store::templates;

fn open(bytes: &[u8]) -> Xlsx<Cursor<Vec<u8>>> {
    open_workbook_from_rs(Cursor::new(bytes.to_vec())).expect("a workbook calamine reads")
}

fn rows(book: &mut Xlsx<Cursor<Vec<u8>>>, sheet: &str) -> Vec<Vec<Data>> {
    let range = book.worksheet_range(sheet).expect("the sheet");
    range.rows().map(<[Data]>::to_vec).collect()
}

fn number(d: &Data) -> f64 {
    match d {
        Data::Float(v) => *v,
        Data::Int(v) => *v as f64,
        other => panic!("not a number: {other:?}"),
    }
}

fn text(d: &Data) -> &str {
    match d {
        Data::String(s) => s,
        Data::Empty => "",
        other => panic!("not text: {other:?}"),
    }
}

/// The workbook a command writes with `--format xlsx -o FILE`.
fn workbook_of(env: &Env, args: &[&str]) -> Vec<u8> {
    let out = env.dir.path().join("out.xlsx");
    let mut all = args.to_vec();
    all.extend(["--format", "xlsx", "-o", out.to_str().expect("utf-8")]);
    env.run(&all).ok();
    std::fs::read(&out).expect("the workbook")
}

/// A part of the workbook's zip, as text.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("xlsx is a zip");
    let mut out = String::new();
    zip.by_name(name)
        .expect("the part")
        .read_to_string(&mut out)
        .expect("UTF-8 XML");
    out
}

fn example(name: &str) -> Audit {
    templates::examples()
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, a)| a)
        .expect("the bundled example")
}

#[test]
fn the_russian_example_reads_back_as_numbers_in_russian_sheets() {
    let a = example("example-retail-ru");
    let bytes = render_file(&a, None, Format::Xlsx, &Options::default()).expect("a workbook");
    let mut book = open(&bytes);
    assert_eq!(
        book.sheet_names(),
        ["Список приоритетов", "План действий", "Оценки участников"]
    );
    let list = rows(&mut book, "Список приоритетов");
    let header: Vec<&str> = list[0].iter().map(text).collect();
    assert_eq!(
        header,
        [
            "Место",
            "Этап",
            "Точка контакта",
            "Частота",
            "Влияние",
            "Удовлетворённость",
            "Приоритет",
            "Квадрант",
            "Критично",
            "Обсудить",
            "Согласованная частота",
            "Согласованное влияние",
            "Согласованная удовлетворённость",
            "Основание частоты",
            "Основание влияния",
            "Основание удовлетворённости",
            "Ответов клиентов",
            "Средняя клиентов",
            "95% интервал от",
            "95% интервал до",
            "Клиенты не согласны",
            "Пробел в данных"
        ]
    );
    let ranking = rank(&a, CrosshairMode::Midpoint);
    assert_eq!(list.len(), ranking.ranked.len() + 1);
    for (row, r) in list[1..].iter().zip(&ranking.ranked) {
        let tp = &a.stages[r.at.0].touchpoints[r.at.1];
        assert_eq!(number(&row[0]), r.rank as f64);
        assert_eq!(text(&row[1]), a.stages[r.at.0].name);
        assert_eq!(text(&row[2]), tp.name);
        assert_eq!(number(&row[3]), r.scores.frequency.to_f64());
        assert_eq!(number(&row[4]), r.scores.impact.to_f64());
        assert_eq!(number(&row[5]), r.scores.satisfaction.to_f64());
        assert_eq!(number(&row[6]), r.priority.to_f64());
        assert_eq!(
            text(&row[7]),
            tpaudit::i18n::common::quadrant_name(Lang::Ru, r.quadrant)
        );
        assert_eq!(text(&row[8]), if r.critical { "!" } else { "" });
        assert_eq!(text(&row[9]), if r.needs_discussion { "?" } else { "" });
    }
    // Due dates typed as YYYY-MM-DD are dates.
    let plan = rows(&mut book, "План действий");
    assert!(plan.len() > 1);
    let due = plan[0]
        .iter()
        .position(|d| text(d) == "Срок")
        .expect("a due column");
    assert!(
        plan[1..]
            .iter()
            .any(|r| matches!(r[due], Data::DateTime(_))),
        "{plan:?}"
    );
    // Every participant's ratings, one row per touchpoint and participant.
    let ratings = rows(&mut book, "Оценки участников");
    assert_eq!(
        ratings.len(),
        1 + a.touchpoint_count() * a.participants.len()
    );
    // The header is frozen and filtered; scores show one decimal.
    let sheet = part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(sheet.contains("state=\"frozen\""), "{sheet}");
    assert!(sheet.contains("<autoFilter ref=\"A1:V"), "{sheet}");
    assert!(part(&bytes, "xl/styles.xml").contains("formatCode=\"0.0\""));
}

#[test]
fn formula_looking_names_stay_text() {
    let a = audit(
        "f",
        Lang::En,
        &["=Ann"],
        vec![stage(
            "s",
            "+Buy",
            vec![tp("t", "=SUM(A1)", &[("p1", fis(4, 5, 1))])],
        )],
    );
    let bytes = render_file(&a, None, Format::Xlsx, &Options::default()).expect("a workbook");
    let mut book = open(&bytes);
    let list = rows(&mut book, "Priority list");
    assert_eq!(list[1][1], Data::String("+Buy".into()));
    assert_eq!(list[1][2], Data::String("=SUM(A1)".into()));
    assert_eq!(list[1][7], Data::String("Fix first".into()));
    let ratings = rows(&mut book, "Ratings");
    assert_eq!(ratings[1][2], Data::String("=Ann".into()));
    assert_eq!(number(&ratings[1][4]), 5.0);
    assert!(
        !part(&bytes, "xl/worksheets/sheet1.xml").contains("<f>"),
        "no formulas"
    );
}

fn two() -> (Audit, Audit) {
    let before = audit(
        "before",
        Lang::Ru,
        &["Аня"],
        vec![stage(
            "s",
            "Покупка",
            vec![
                tp("t", "Касса", &[("p1", fis(5, 5, 1))]),
                tp("u", "Сайт", &[("p1", fis(3, 4, 3))]),
            ],
        )],
    );
    let after = audit(
        "after",
        Lang::Ru,
        &["Аня"],
        vec![stage(
            "s",
            "Покупка",
            vec![
                tp("t", "Касса", &[("p1", fis(5, 5, 4))]),
                tp("u", "Сайт", &[("p1", fis(3, 4, 2))]),
            ],
        )],
    );
    (before, after)
}

#[test]
fn compare_and_combine_write_workbooks_with_numbers() {
    let env = Env::new();
    let (before, after) = two();
    env.save("before", &before);
    env.save("after", &after);
    let bytes = workbook_of(&env, &["compare", "before", "after"]);
    let mut book = open(&bytes);
    assert_eq!(book.sheet_names(), ["Сравнение аудитов"]);
    let table = rows(&mut book, "Сравнение аудитов");
    assert_eq!(text(&table[0][7]), "Изменение");
    let kassa = table
        .iter()
        .find(|r| text(&r[1]) == "Касса")
        .expect("Касса");
    // 125 → 50: a negative change is a number, not the CSV's guarded text.
    assert_eq!(number(&kassa[7]), -75.0);
    assert_eq!(text(&kassa[8]), "Исправить в первую очередь");

    let out = env.dir.path().join("all.xlsx");
    env.run(&[
        "combine",
        "before",
        "after",
        "--format",
        "xlsx",
        "-o",
        out.to_str().expect("utf-8"),
    ])
    .ok();
    let bytes = std::fs::read(&out).expect("the workbook");
    let mut book = open(&bytes);
    let name = book.sheet_names()[0].clone();
    let table = rows(&mut book, &name);
    assert_eq!(text(&table[0][0]), "Место");
    assert!(table[1..].iter().all(|r| matches!(r[6], Data::Float(_))));
}

#[test]
fn a_workbook_is_not_written_to_a_terminal_but_goes_to_a_pipe() {
    let env = Env::new();
    let (before, _) = two();
    env.save("before", &before);
    let out = env.run(&["report", "before", "--format", "xlsx"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.raw.starts_with(b"PK"), "a zip on the pipe");
}

#[test]
fn marks_colours_and_fitted_columns_are_in_the_written_workbook() {
    let a = example("example-online-store-en");
    let bytes = render_file(&a, None, Format::Xlsx, &Options::default()).expect("a workbook");
    let ranking = rank(&a, CrosshairMode::Midpoint);
    let list = part(&bytes, "xl/worksheets/sheet1.xml");
    // Every column of every sheet fitted to its cells.
    for (sheet, columns) in [(1, "V"), (2, "J"), (3, "G")] {
        let xml = part(&bytes, &format!("xl/worksheets/sheet{sheet}.xml"));
        let cols = &xml[xml.find("<cols>").expect("fitted columns")..];
        let last = 1 + u32::from(columns.as_bytes()[0] - b'A');
        assert!(cols.contains(&format!("max=\"{last}\"")), "{cols}");
        assert!(xml.contains(&format!("<autoFilter ref=\"A1:{columns}")));
    }
    // The marks, each on its colour: critical white on red, discuss on yellow.
    let marked = |mark: &str| list.contains(&format!("<is><t>{mark}</t></is>"));
    assert!(ranking.ranked.iter().any(|r| r.critical) && marked("!"));
    assert!(ranking.ranked.iter().any(|r| r.needs_discussion) && marked("?"));
    let styles = part(&bytes, "xl/styles.xml");
    for colour in ["FFC92A2A", "FFFFF3BF", "FFF6F8FA"] {
        assert!(
            styles.contains(&format!("<fgColor rgb=\"{colour}\"/>")),
            "{colour}"
        );
    }
    // Each quadrant on a colour of its own: a fill per quadrant besides the three above.
    let quadrants: std::collections::HashSet<_> =
        ranking.ranked.iter().map(|r| r.quadrant).collect();
    assert_eq!(
        styles.matches("<fgColor rgb=").count(),
        3 + quadrants.len(),
        "{styles}"
    );
}

#[test]
fn an_unwritable_temporary_folder_is_a_clear_error_and_writes_nothing() {
    let env = Env::new();
    let (before, _) = two();
    env.save("before", &before);
    let out = env.dir.path().join("book.xlsx");
    let missing = env.dir.path().join("no such folder");
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_tpaudit"))
        .arg("--data-dir")
        .arg(env.data())
        .args(["report", "before", "--format", "xlsx", "-o"])
        .arg(&out)
        .env("TMPDIR", &missing)
        .env("TPAUDIT_CONFIG_DIR", env.dir.path().join("config"))
        .output()
        .expect("the binary runs");
    let err = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{err}");
    assert!(err.contains(&missing.display().to_string()), "{err}");
    assert!(
        err.contains("set TMPDIR to a folder you can write to"),
        "{err}"
    );
    assert!(!out.exists());
}

/// The ratings sheet as a spreadsheet program saves it as CSV (`;` in a Russian locale):
/// its headings as shown, numbers as numbers.
fn sheet_as_csv(rows: &[Vec<Data>]) -> String {
    let cell = |d: &Data| match d {
        Data::Float(v) => format!("{v}"),
        Data::Int(v) => v.to_string(),
        Data::String(s) if s.contains([';', '"', '\n']) => {
            format!("\"{}\"", s.replace('"', "\"\""))
        }
        Data::String(s) => s.clone(),
        Data::Empty => String::new(),
        other => panic!("unexpected cell {other:?}"),
    };
    rows.iter()
        .map(|r| r.iter().map(cell).collect::<Vec<_>>().join(";") + "\n")
        .collect()
}

/// The workbook's ratings sheet, headings in the audit's language, saved as CSV and imported,
/// gives back every participant's ratings of every touchpoint.
#[test]
fn the_ratings_sheet_with_its_headings_imports_back() {
    for (name, sheet) in [
        ("example-retail-ru", "Оценки участников"),
        ("example-online-store-en", "Ratings"),
    ] {
        let a = example(name);
        let bytes = render_file(&a, None, Format::Xlsx, &Options::default()).expect("a workbook");
        let csv = sheet_as_csv(&rows(&mut open(&bytes), sheet));
        let base = Audit::new("back", a.lang, jiff::Timestamp::UNIX_EPOCH);
        let back = tpaudit::io::csv_import::parse(&csv, base)
            .unwrap_or_else(|e| panic!("{name}: {e}\n{csv}"));
        let ratings = |x: &Audit| {
            let mut all = Vec::new();
            for s in &x.stages {
                for t in s.touchpoints.iter() {
                    for r in &t.ratings {
                        let who = x.participant_name(&r.participant).unwrap_or("").to_string();
                        all.push((
                            s.name.clone(),
                            t.name.clone(),
                            who,
                            r.frequency,
                            r.impact,
                            r.satisfaction,
                        ));
                    }
                }
            }
            all.sort();
            all
        };
        assert_eq!(ratings(&back), ratings(&a), "{name}");
        assert!(!ratings(&a).is_empty());
    }
}

#[test]
fn the_ranked_sheet_carries_the_evidence_after_the_contract_columns() {
    use tpaudit::model::{Level, Survey};
    let mut a = example("example-online-store-en");
    let (si, ti) = a.find_touchpoint("checkout-form").expect("a touchpoint");
    {
        let tp = &mut a.stages[si].touchpoints[ti];
        tp.evidence.impact = Level::Measured;
        tp.survey = Some(Survey {
            counts: [6, 4, 0, 0, 0],
        });
    }
    let bytes = render_file(&a, None, Format::Xlsx, &Options::default()).expect("a workbook");
    let mut book = open(&bytes);
    let list = rows(&mut book, "Priority list");
    let header: Vec<&str> = list[0].iter().map(text).collect();
    assert_eq!(
        header[..9],
        [
            "Rank",
            "Stage",
            "Touchpoint",
            "Frequency",
            "Impact",
            "Satisfaction",
            "Priority",
            "Quadrant",
            "Critical"
        ]
    );
    let row = list
        .iter()
        .find(|r| text(&r[2]) == "Checkout form")
        .expect("the row");
    let at = |name: &str| header.iter().position(|h| *h == name).expect(name);
    assert_eq!(text(&row[at("Impact rests on")]), "measured");
    assert_eq!(text(&row[at("Satisfaction rests on")]), "assumed");
    assert_eq!(number(&row[at("Customers' answers")]), 10.0);
    assert_eq!(number(&row[at("Customers' mean")]), 1.4);
    let (lo, hi) = (
        number(&row[at("95% interval from")]),
        number(&row[at("95% interval to")]),
    );
    assert!(lo < 1.4 && hi > 1.4, "{lo} {hi}");
    assert_eq!(
        row[at("Data gap")],
        Data::Bool(false),
        "impact measured, 10 answers"
    );
    let other = list
        .iter()
        .find(|r| text(&r[2]) == "Cart")
        .expect("the cart");
    assert_eq!(other[at("Customers' answers")], Data::Empty);
    assert_eq!(other[at("Data gap")], Data::Bool(true));
}

/// The compare CSV keeps exactly its contract's ten columns; the workbook carries the
/// customers' answers after them, and the measurements before and after on a sheet of their
/// own, numbers as numbers.
#[test]
fn compare_csv_keeps_its_ten_columns_and_the_workbook_adds_the_evidence() {
    let env = common::evidence_pair();
    let csv = env.run(&["compare", "q1", "q2", "--format", "csv"]);
    let header = csv.ok().lines().next().expect("a header");
    assert_eq!(
        header,
        "stage,touchpoint,status,rank_before,rank_after,priority_before,priority_after,priority_change,quadrant_before,quadrant_after"
    );
    let bytes = workbook_of(&env, &["compare", "q1", "q2"]);
    let mut book = open(&bytes);
    let names = book.sheet_names();
    assert_eq!(names.len(), 2, "{names:?}");
    let main = rows(&mut book, &names[0]);
    let heading = |d: &Data| d.to_string();
    let head: Vec<String> = main[0].iter().map(heading).collect();
    assert_eq!(head[7], "Change", "the contract's columns come first");
    assert_eq!(
        head[10..],
        [
            "Customers' answers before",
            "Customers' mean before",
            "Customers' answers after",
            "Customers' mean after"
        ]
    );
    let courier = main
        .iter()
        .find(|r| r[1] == Data::String("Courier delivery".into()))
        .expect("the courier");
    assert_eq!(number(&courier[10]), 57.0);
    assert!((number(&courier[11]) - 137.0 / 57.0).abs() < 1e-9);
    assert_eq!(number(&courier[12]), 12.0);
    assert!((number(&courier[13]) - 13.0 / 3.0).abs() < 1e-9);
    let packaging = main
        .iter()
        .find(|r| r[1] == Data::String("Packaging and unboxing".into()))
        .expect("packaging");
    assert_eq!(packaging[12], Data::Empty, "no survey after");

    assert_eq!(names[1], "Measurements");
    let figures = rows(&mut book, "Measurements");
    let head: Vec<String> = figures[0].iter().map(heading).collect();
    assert_eq!(
        head,
        [
            "Stage",
            "Touchpoint",
            "Metric",
            "Audit",
            "Value",
            "Unit",
            "Target",
            "Better when",
            "Target met"
        ]
    );
    let on_time: Vec<&Vec<Data>> = figures
        .iter()
        .filter(|r| r[2] == Data::String("On-time delivery".into()))
        .collect();
    assert_eq!(on_time.len(), 2, "before and after");
    assert_eq!(on_time[0][3], Data::String("q1".into()));
    assert_eq!(
        (number(&on_time[0][4]), number(&on_time[0][6])),
        (88.0, 95.0)
    );
    assert_eq!(on_time[0][8], Data::Bool(false));
    assert_eq!(on_time[1][3], Data::String("q2".into()));
    assert_eq!(number(&on_time[1][4]), 96.0);
    assert_eq!(on_time[1][8], Data::Bool(true));
}
