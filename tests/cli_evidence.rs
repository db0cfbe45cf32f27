//! `tpaudit evidence` and `tpaudit survey`: real-looking exports read into an audit, all or
//! nothing, never while the audit is open for writing.

mod common;

use common::{Env, audit, fis, stage, tp};
use tpaudit::model::{Audit, Lang};
use tpaudit::store::lock::{Acquired, acquire};

fn shop() -> Audit {
    audit(
        "shop",
        Lang::Ru,
        &["Анна"],
        vec![
            stage(
                "aware",
                "Осведомлённость",
                vec![tp("site", "Сайт", &[("p1", fis(5, 4, 4))])],
            ),
            stage(
                "buy",
                "Покупка",
                vec![
                    tp("delivery", "Доставка", &[("p1", fis(4, 5, 4))]),
                    tp("chat", "Чат", &[("p1", fis(3, 4, 3))]),
                ],
            ),
        ],
    )
}

fn env() -> Env {
    let env = Env::new();
    env.save("shop", &shop());
    env
}

fn bytes(env: &Env, name: &str) -> Vec<u8> {
    std::fs::read(env.audit_path(name)).expect("read")
}

const ANALYTICS: &str = "stage;touchpoint;metric;value;unit;target;better;source;date\n\
Осведомлённость;;customers;12 400;;;;Метрика;2026-11-30\n\
Покупка;;customers;410;;;;CRM;2026-11-30\n\
Покупка;Чат;Первый ответ;14;мин;2;lower;CRM;2026-11-30\n";

/// Google Forms: BOM, a timestamp, Cyrillic headers, an NPS question in words; twelve people.
fn google_forms() -> String {
    let mut text = String::from(
        "\u{feff}\"Отметка времени\",\"Доставка\",\"Чат\",\"Насколько вероятно, что вы порекомендуете нас?\",\"Комментарий\"\r\n",
    );
    for i in 0..12 {
        let delivery = [2, 2, 3, 1, 2, 3, 2, 2, 1, 3, 2, 2][i];
        text.push_str(&format!(
            "\"2026/11/2{} 10:0{} AM GMT+3\",\"{delivery}\",\"\",\"{}\",\"\"\r\n",
            i % 9,
            i % 10,
            i % 11
        ));
    }
    text
}

#[test]
fn evidence_reads_an_analytics_export_into_the_audit() {
    let env = env();
    env.write("analytics.csv", ANALYTICS);
    let csv = env.dir.path().join("analytics.csv");
    let out = env.run(&["evidence", "shop", csv.to_str().expect("path")]);
    let said = out.ok().to_string();
    assert!(
        said.contains("read 1 touchpoint figure, 2 stage figures into 'shop'"),
        "{said}"
    );
    let a = env.load("shop");
    assert_eq!(a.stages[0].measurements[0].value, 12400.0);
    let chat = &a.stages[1].touchpoints[1].measurements[0];
    assert_eq!((chat.value, chat.met()), (14.0, Some(false)));
    // The same file again changes nothing and says so.
    let again = env.run(&["evidence", "shop", csv.to_str().expect("path")]);
    assert!(again.ok().contains("nothing changed"), "{}", again.ok());
}

#[test]
fn a_bad_analytics_row_refuses_the_whole_file() {
    let env = env();
    let before = bytes(&env, "shop");
    env.write(
        "bad.csv",
        format!("{ANALYTICS}Доставка;;customers;90;;;;;\n"),
    );
    let csv = env.dir.path().join("bad.csv");
    let err = env
        .run(&["evidence", "shop", csv.to_str().expect("path")])
        .failed()
        .to_string();
    assert!(
        err.contains("row 5, column 1 (stage): no stage 'Доставка' in the audit"),
        "{err}"
    );
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(bytes(&env, "shop"), before);
}

#[test]
fn survey_reads_a_google_forms_export_and_says_what_it_read() {
    let env = env();
    env.write("answers.csv", google_forms());
    let csv = env.dir.path().join("answers.csv");
    let out = env.run(&["survey", "shop", csv.to_str().expect("path")]);
    assert!(
        out.ok().contains(
            "read 12 respondents; 2 touchpoint columns; NPS: 12 answers; ignored: Отметка времени, Комментарий into 'shop'"
        ),
        "{}",
        out.ok()
    );
    let a = env.load("shop");
    let delivery = a.stages[1].touchpoints[0].survey.expect("survey");
    assert_eq!(delivery.counts, [2, 7, 3, 0, 0]);
    assert_eq!(a.stages[1].touchpoints[1].survey, None, "no chat answers");
    assert_eq!(a.nps.expect("nps").n(), 12);
}

#[test]
fn an_answer_out_of_range_refuses_the_survey_naming_the_cell() {
    let env = env();
    let before = bytes(&env, "shop");
    env.write("answers.csv", "Timestamp;Доставка;Чат\n2026-11-20;4;7\n");
    let csv = env.dir.path().join("answers.csv");
    let err = env
        .run(&["survey", "shop", csv.to_str().expect("path")])
        .failed()
        .to_string();
    assert!(
        err.contains("row 2, column 3 (Чат): 7 is out of range 1–5"),
        "{err}"
    );
    assert_eq!(bytes(&env, "shop"), before);
}

#[test]
fn an_audit_open_in_a_workbench_takes_neither_file() {
    let env = env();
    let path = env.audit_path("shop");
    let lock = match acquire(&path).expect("lock") {
        Acquired::Locked(lock) => lock,
        Acquired::HeldBy(h) => panic!("held by {h:?}"),
    };
    let before = bytes(&env, "shop");
    env.write("analytics.csv", ANALYTICS);
    env.write("answers.csv", google_forms());
    for (cmd, file) in [("evidence", "analytics.csv"), ("survey", "answers.csv")] {
        let csv = env.dir.path().join(file);
        let err = env
            .run(&[cmd, "shop", csv.to_str().expect("path")])
            .failed()
            .to_string();
        assert!(
            err.contains(&format!(
                "open for writing in process {}",
                std::process::id()
            )) && err.contains("nothing was written"),
            "{cmd}: {err}"
        );
    }
    assert_eq!(bytes(&env, "shop"), before);
    drop(lock);
    let csv = env.dir.path().join("analytics.csv");
    env.run(&["evidence", "shop", csv.to_str().expect("path")])
        .ok();
}

/// The analytics and survey exports shipped beside the evidence example read into the plain
/// online-store example give the evidence example's figures and answers: a new user can try
/// both commands at once.
#[test]
fn the_shipped_exports_rebuild_the_evidence_example() {
    let examples = tpaudit::store::templates::examples();
    let find = |name: &str| {
        examples
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, a)| a.clone())
            .expect(name)
    };
    let (plain, evidence) = (find("example-online-store-en"), find("example-evidence-en"));
    let env = Env::new();
    env.save("mine", &plain);
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/audits/examples/");
    let analytics = format!("{dir}example-evidence-en.analytics.csv");
    let survey = format!("{dir}example-evidence-en.survey.csv");
    env.run(&["evidence", "mine", &analytics]).ok();
    let said = env.run(&["survey", "mine", &survey]).ok().to_string();
    assert!(
        said.contains("read 64 respondents; 7 touchpoint columns; NPS: 60 answers; ignored: Timestamp, Email address, Anything else you want to tell us?"),
        "{said}"
    );
    let mine = env.load("mine");
    assert_eq!(mine.nps, evidence.nps);
    for ((s1, t1, a), (_, _, b)) in mine
        .touchpoints()
        .map(|(s, t, tp)| (s, t, tp.clone()))
        .zip(evidence.touchpoints())
    {
        assert_eq!(
            (&a.measurements, a.survey),
            (&b.measurements, b.survey),
            "{s1}/{t1}"
        );
    }
    for (a, b) in mine.stages.iter().zip(&evidence.stages) {
        assert_eq!(a.measurements, b.measurements);
    }
}

/// `compare` shows the measurements and the customers' means before and after.
#[test]
fn compare_shows_figures_and_customers_before_and_after() {
    let examples = tpaudit::store::templates::examples();
    let before = examples
        .iter()
        .find(|(n, _)| n == "example-evidence-en")
        .map(|(_, a)| a.clone())
        .expect("the example");
    let mut after = before.clone();
    after.name = "after".into();
    let (s, t) = after.find_touchpoint("courier").expect("courier");
    {
        let courier = &mut after.stages[s].touchpoints[t];
        courier.measurements[0].value = 96.0;
        courier.survey = Some(tpaudit::model::Survey {
            counts: [1, 2, 10, 20, 17],
        });
    }
    let (s, t) = after.find_touchpoint("packaging").expect("packaging");
    after.stages[s].touchpoints[t].survey = None;
    let env = Env::new();
    env.save("before", &before);
    env.save("after", &after);
    let out = env.run(&["compare", "before", "after"]).ok().to_string();
    let section = &out[out.find("Evidence before and after:").expect("the section")..];
    for line in [
        "  Delivery and unboxing / Courier delivery: customers: 2.4 (n = 57, 95%: 2.1–2.7) → 4 (n = 50, 95%: 3.7–4.3)",
        "  Delivery and unboxing / Courier delivery: On-time delivery: 88 % (missed) → 96 % (met)",
        "  Delivery and unboxing / Packaging and unboxing: customers: 4.4 (n = 45, 95%: 4.1–4.6) → —",
        "  Checkout: customers: 1860 → 1860",
    ] {
        assert!(section.contains(line), "{line}\n{section}");
    }
    let md = env
        .run(&["compare", "before", "after", "--format", "md"])
        .ok()
        .to_string();
    assert!(md.contains("## Evidence before and after\n\n- "), "{md}");
}

/// `report --format csv --evidence`: the contract's nine columns unchanged, the evidence after
/// them; without `--evidence` the CSV is exactly the contract's; with another format, refused.
#[test]
fn the_csv_takes_the_evidence_columns_after_the_contracts_only_when_asked() {
    let examples = tpaudit::store::templates::examples();
    let (_, evidence) = examples
        .iter()
        .find(|(n, _)| n == "example-evidence-en")
        .expect("the evidence example");
    let env = Env::new();
    env.save("ev", evidence);
    let plain = env
        .run(&["report", "ev", "--format", "csv"])
        .ok()
        .to_string();
    let with = env
        .run(&["report", "ev", "--format", "csv", "--evidence"])
        .ok()
        .to_string();
    let header = with.lines().next().expect("a header");
    assert_eq!(
        header,
        "rank,stage,touchpoint,frequency,impact,satisfaction,priority,quadrant,critical,\
frequency_evidence,impact_evidence,satisfaction_evidence,customers_n,customers_mean,\
customers_ci95_low,customers_ci95_high,customers_disagree,data_gap"
    );
    assert_eq!(
        plain.lines().next(),
        Some("rank,stage,touchpoint,frequency,impact,satisfaction,priority,quadrant,critical")
    );
    let rows = |text: &str| -> Vec<Vec<String>> {
        let mut r = ::csv::Reader::from_reader(text.as_bytes());
        r.records()
            .map(|rec| rec.expect("a row").iter().map(String::from).collect())
            .collect()
    };
    let (plain_rows, with_rows) = (rows(&plain), rows(&with));
    assert_eq!(plain_rows.len(), with_rows.len());
    for (p, w) in plain_rows.iter().zip(&with_rows) {
        assert_eq!(p[..], w[..9], "the contract's columns are untouched");
        assert_eq!(w.len(), 18);
    }
    // The checkout form was surveyed: its n and mean are numbers.
    let checkout = with_rows
        .iter()
        .find(|r| r[2] == "Checkout form")
        .expect("the checkout form");
    let n: u64 = checkout[12].parse().expect("n is a number");
    assert!(n >= 10, "{checkout:?}");
    let mean: f64 = checkout[13].parse().expect("the mean is a number");
    assert!((1.0..=5.0).contains(&mean), "{checkout:?}");
    assert!(["true", "false"].contains(&checkout[16].as_str()));
    assert!(
        with_rows.iter().any(|r| r[17] == "true"),
        "the example has data gaps"
    );
    let levels = ["measured", "observed", "customers", "reported", "assumed"];
    assert!(with_rows.iter().all(|r| levels.contains(&r[9].as_str())));
    let out = env.dir.path().join("ev.md");
    let refused = env.run(&[
        "report",
        "ev",
        "--format",
        "md",
        "--evidence",
        "-o",
        out.to_str().expect("path"),
    ]);
    assert!(
        refused.failed().contains("--format csv"),
        "{}",
        refused.failed()
    );
    assert!(!out.exists(), "nothing written");
}
