//! `tpaudit report`: the priority-list CSV byte for byte, the text report, `-o`, errors.

mod common;

use common::{Env, audit, fis, stage, tp};
use tpaudit::model::{Audit, Lang};

/// Ranking worked out by hand (see the expected CSV below):
/// critical first (Checkout 101.25, then Returns 20 despite its low priority); the 64 tie
/// keeps checklist order; the 40 tie goes to higher impact (Support), then higher frequency
/// (Newsletter before Reviews); Website's frequency is the mean 10/3 of three raters.
fn sample() -> Audit {
    let buy = stage(
        "buy",
        "Buy",
        vec![
            tp(
                "checkout",
                "Checkout",
                &[("p1", fis(5, 5, 1)), ("p2", fis(5, 4, 2))],
            ),
            tp("promo", "=Promo code", &[("p1", fis(4, 4, 2))]),
            tp("delivery", "Delivery, \"fast\"", &[("p2", fis(4, 4, 2))]),
            tp("returns", "Returns", &[("p1", fis(1, 5, 2))]),
        ],
    );
    let mut na = tp("catalog", "Catalog", &[("p1", fis(5, 5, 1))]);
    na.not_applicable = true;
    let after = stage(
        "after",
        "-After",
        vec![
            tp("reviews", "Reviews", &[("p1", fis(4, 2, 1))]),
            tp("support", "Support", &[("p1", fis(2, 4, 1))]),
            tp("news", "Newsletter", &[("p1", fis(5, 2, 2))]),
            tp(
                "site",
                "Website",
                &[
                    ("p1", fis(3, 5, 5)),
                    ("p2", fis(3, 5, 5)),
                    ("p3", fis(4, 5, 5)),
                ],
            ),
            tp("bag", "Bag", &[("p1", fis(2, 2, 4))]),
            tp("chat", "Chat", &[("p1", [Some(3), None, None])]),
            na,
        ],
    );
    audit("sample", Lang::En, &["Ann", "Bob", "Cat"], vec![buy, after])
}

const EXPECTED: &str = "\
rank,stage,touchpoint,frequency,impact,satisfaction,priority,quadrant,critical
1,Buy,Checkout,5,4.5,1.5,101.3,fix_first,true
2,Buy,Returns,1,5,2,20,fix_first,true
3,Buy,'=Promo code,4,4,2,64,fix_first,false
4,Buy,\"Delivery, \"\"fast\"\"\",4,4,2,64,fix_first,false
5,'-After,Support,2,4,1,40,fix_first,false
6,'-After,Newsletter,5,2,2,40,low_priority,false
7,'-After,Reviews,4,2,1,40,low_priority,false
8,'-After,Website,3.3,5,5,16.7,keep_up,false
9,'-After,Bag,2,2,4,8,overkill,false
";

#[test]
fn csv_priority_list_matches_the_contract_byte_for_byte() {
    let env = Env::new();
    env.save("sample", &sample());
    let out = env.run(&["report", "sample", "--format", "csv"]);
    assert_eq!(out.ok(), EXPECTED);
}

#[test]
fn excel_csv_has_a_bom_and_semicolons() {
    let env = Env::new();
    env.save("sample", &sample());
    let out = env.run(&["report", "sample", "--format", "csv", "--excel"]);
    out.ok();
    // `;` between cells and a decimal comma in every number: Excel and LibreOffice in a
    // Russian locale read `4,5` as a number, `4.5` as text (or a date).
    let expected = format!(
        "\u{feff}{}",
        EXPECTED
            .replace(',', ";")
            .replace("\"Delivery; \"\"fast\"\"\"", "\"Delivery, \"\"fast\"\"\"")
            .replace("4.5", "4,5")
            .replace("1.5", "1,5")
            .replace("101.3", "101,3")
            .replace("3.3", "3,3")
            .replace("16.7", "16,7")
    );
    assert!(expected.contains("1;Buy;Checkout;5;4,5;1,5;101,3;fix_first;true\n"));
    assert!(
        !expected.contains('.'),
        "no decimal point is left: {expected}"
    );
    assert_eq!(String::from_utf8(out.raw).expect("utf-8"), expected);
    assert!(out.stdout.starts_with("\u{feff}rank;stage;"));
}

#[test]
fn the_mean_crosshair_moves_the_quadrants() {
    let env = Env::new();
    let a = audit(
        "two",
        Lang::En,
        &["Me"],
        vec![stage(
            "s",
            "S",
            vec![
                tp("mid", "Mid", &[("p1", fis(3, 3, 3))]),
                tp("low", "Low", &[("p1", fis(1, 1, 1))]),
            ],
        )],
    );
    env.save("two", &a);
    let mid = env.run(&["report", "two", "--format", "csv"]);
    assert!(mid.ok().contains("1,S,Mid,3,3,3,27,low_priority,false\n"));
    let mean = env.run(&["report", "two", "--format", "csv", "--crosshair", "mean"]);
    assert!(mean.ok().contains("1,S,Mid,3,3,3,27,keep_up,false\n"));
    assert!(mean.stdout.contains("2,S,Low,1,1,1,5,low_priority,false\n"));
}

#[test]
fn output_file_is_written_and_named_on_stderr() {
    let env = Env::new();
    env.save("sample", &sample());
    let dest = env.dir.path().join("out dir with spaces");
    std::fs::create_dir_all(&dest).expect("mkdir");
    let file = dest.join("отчёт.csv");
    let file_s = file.to_string_lossy().into_owned();
    let out = env.run(&["report", "sample", "--format", "csv", "-o", &file_s]);
    assert_eq!(out.ok(), "");
    assert!(out.stderr.contains(&file_s), "stderr: {}", out.stderr);
    assert_eq!(std::fs::read_to_string(&file).expect("written"), EXPECTED);
}

#[test]
fn text_report_ranks_and_lists_what_is_left_out() {
    let env = Env::new();
    let mut a = sample();
    a.client = "Acme".into();
    env.save("sample", &a);
    let out = env.run(&["report", "sample"]);
    let text = out.ok();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "Touchpoint audit: sample — client: Acme — language: English"
    );
    let header = lines[2];
    for word in [
        "#",
        "Stage",
        "Touchpoint",
        "F",
        "I",
        "S",
        "Priority",
        "Quadrant",
    ] {
        assert!(header.contains(word), "header: {header}");
    }
    assert!(lines[3].starts_with("      1  Buy") && lines[3].contains("101.3"));
    assert!(lines[3].contains("fix first") && lines[3].contains('!'));
    assert!(
        !lines[5].contains('!'),
        "Promo code is not critical: {}",
        lines[5]
    );
    assert!(text.contains("Not scored yet (1):\n  -After / Chat\n"));
    assert!(text.contains("Not applicable (1):\n  -After / Catalog\n"));
    assert!(text.contains("Legend"));
}

#[test]
fn text_report_in_russian_aligns_cyrillic_and_marks_disagreement() {
    let env = Env::new();
    let a = audit(
        "ру",
        Lang::Ru,
        &["Анна", "Борис"],
        vec![
            stage(
                "buy",
                "Покупка",
                vec![tp(
                    "kassa",
                    "Касса",
                    &[("p1", fis(5, 5, 1)), ("p2", fis(5, 5, 2))],
                )],
            ),
            stage(
                "use",
                "Доставка и использование",
                vec![
                    tp(
                        "kurer",
                        "Курьер",
                        &[("p1", fis(4, 2, 5)), ("p2", fis(4, 4, 3))],
                    ),
                    tp("box", "Упаковка", &[("p1", fis(3, 2, 2))]),
                ],
            ),
        ],
    );
    env.save("ru", &a);
    let text = env.run(&["report", "ru"]).ok().to_string();
    assert!(text.starts_with("Аудит точек контакта: ру — язык: русский\n"));
    let rows: Vec<&str> = text.lines().skip(2).take(4).collect();
    let col = |line: &str, word: &str| {
        let at = line
            .find(word)
            .unwrap_or_else(|| panic!("{word} in {line}"));
        unicode_width::UnicodeWidthStr::width(&line[..at])
    };
    let tp_col = col(rows[0], "Точка контакта");
    assert_eq!(col(rows[1], "Касса"), tp_col);
    // Both have priority 24; Курьер wins the tie on impact (3 against 2).
    assert_eq!(col(rows[2], "Курьер"), tp_col);
    assert_eq!(col(rows[3], "Упаковка"), tp_col);
    let q_col = col(rows[0], "Квадрант");
    assert_eq!(col(rows[1], "исправить"), q_col);
    assert_eq!(col(rows[2], "избыточно"), q_col);
    assert_eq!(col(rows[3], "низкий"), q_col);
    // Курьер: impact ratings 2 and 4 differ by 2, so it needs discussion; Касса does not.
    assert!(rows[2].trim_end().ends_with('?'), "{}", rows[2]);
    assert!(!rows[3].contains('?'));
    assert!(!rows[1].contains('?'));
    assert!(text.contains("Обозначения"));
    // Russian readers write decimals with a comma: Касса's satisfaction is the mean 1.5.
    assert!(
        rows[1].contains("1,5") && !rows[1].contains("1.5"),
        "{}",
        rows[1]
    );
}

#[test]
fn report_errors_exit_1() {
    let env = Env::new();
    let err = env.run(&["report", "ghost"]).failed().to_string();
    assert!(err.contains("no audit named 'ghost'"), "{err}");
    let bad = env.write("data/audits/bad.ron", "(version: 1, name: \"x\"");
    let err = env
        .run(&["report", "bad", "--format", "csv"])
        .failed()
        .to_string();
    assert!(err.starts_with(&format!("{}:", bad.display())), "{err}");
    let usage = env.run(&["report", "bad", "--format", "pdf"]);
    assert_eq!(usage.code, 2);
}

/// The HTML and JSON reports are written to the file and to standard output as they are made:
/// what arrives is the whole report, byte for byte.
#[test]
fn streamed_reports_arrive_whole() {
    use tpaudit::io::report::{Format, Options, render};
    let env = Env::new();
    let (name, audit) = tpaudit::store::templates::examples()
        .into_iter()
        .find(|(n, _)| n == "example-retail-ru")
        .expect("the bundled example");
    let path = env.save(&name, &audit);
    let opts = Options {
        as_of: tpaudit::store::listing::modified(&path),
        ..Options::default()
    };
    for (format, word) in [(Format::Html, "html"), (Format::Json, "json")] {
        let expected = render(&audit, format, &opts);
        assert!(expected.len() > 10_000, "{word}");
        let file = env.dir.path().join(format!("r.{word}"));
        let to_file = env.run(&[
            "report",
            &name,
            "--format",
            word,
            "-o",
            file.to_str().expect("utf-8"),
        ]);
        assert_eq!(to_file.code, 0, "{}", to_file.stderr);
        assert_eq!(
            std::fs::read_to_string(&file).expect("the report"),
            expected
        );
        let piped = env.run(&["report", &name, "--format", word]);
        assert_eq!(piped.code, 0, "{}", piped.stderr);
        assert_eq!(piped.raw, expected.as_bytes(), "{word}");
    }
}

/// A report of an audit being scored blind is written (the command line is the facilitator's
/// own) with a warning on stderr that it shows what the room has not seen; the data is the same.
#[test]
fn a_report_of_a_blind_audit_warns_that_it_shows_hidden_ratings() {
    let env = Env::new();
    env.save("open", &sample());
    let mut blind = sample();
    blind.name = "blind".into();
    blind.sitting.blind = true;
    env.save("blind", &blind);
    let open = env.run(&["report", "open", "--format", "csv"]);
    assert!(open.stderr.is_empty(), "{}", open.stderr);
    let hidden = env.run(&["report", "blind", "--format", "csv"]);
    assert_eq!(hidden.ok(), open.ok(), "the same list");
    assert!(
        hidden.stderr.contains("'blind' is being scored blind")
            && hidden.stderr.contains("off the projector"),
        "{}",
        hidden.stderr
    );
}
