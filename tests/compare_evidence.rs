//! `compare` shows the evidence before and after in every format: the measurements with met
//! or missed, and the customers' mean with n. Built as a user would: the English evidence
//! example, re-audited with `new --from`, with a new analytics export and a new survey read into
//! the later audit. The compare CSV keeps exactly its contract's ten columns; the workbook
//! carries the customers' answers after them and the measurements on a sheet of their own.

mod common;

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use common::Env;
use serde_json::Value;

/// The later quarter's analytics: on-time delivery now meets its target, and a new figure
/// whose name would be markup if it were not escaped.
const ANALYTICS: &str = "stage,touchpoint,metric,value,unit,target,better,source,date\n\
Delivery and unboxing,Courier delivery,On-time delivery,96,%,95,higher,Courier reports,2027-02-28\n\
Choosing a product,Product page,Load <b>time</b> & \"speed\",3.1,s,2.5,lower,PageSpeed,2027-02-28\n";

/// q1: the bundled evidence example; q2: its re-audit with the new analytics and twelve
/// customers' answers about the courier (eight 5s, four 3s: mean 13/3).
fn pair() -> Env {
    let env = Env::new();
    let example = std::fs::read("audits/examples/example-evidence-en.ron").expect("the example");
    env.write("data/audits/q1.ron", example);
    env.run(&["new", "q2", "--from", "q1"]).ok();
    let analytics = env.write("q2.analytics.csv", ANALYTICS);
    env.run(&["evidence", "q2", analytics.to_str().expect("utf-8")])
        .ok();
    let mut survey = String::from("\"Timestamp\",\"Courier delivery\"\n");
    for i in 0..12 {
        let answer = if i % 3 == 0 { 3 } else { 5 };
        survey.push_str(&format!("\"2027/02/0{}\",\"{answer}\"\n", i % 9 + 1));
    }
    let survey = env.write("q2.survey.csv", survey);
    env.run(&["survey", "q2", survey.to_str().expect("utf-8")])
        .ok();
    env
}

/// The text of an element's descendants, whitespace as in the document.
fn text(e: scraper::ElementRef) -> String {
    e.text().collect()
}

#[test]
fn compare_html_has_a_table_of_the_evidence_before_and_after() {
    let env = pair();
    let out = env.run(&["compare", "q1", "q2", "--format", "html"]);
    let html = out.ok();
    assert!(!html.contains("<script") && !html.contains("src=") && !html.contains("<link"));
    let doc = scraper::Html::parse_document(html);
    let section = scraper::Selector::parse("section.evidence").expect("a selector");
    let section = doc.select(&section).next().expect("the evidence section");
    assert!(text(section).contains("Evidence before and after"));
    let rows = scraper::Selector::parse("tbody tr").expect("a selector");
    let cells = scraper::Selector::parse("td").expect("a selector");
    let table: Vec<Vec<(String, String)>> = section
        .select(&rows)
        .map(|r| {
            r.select(&cells)
                .map(|c| (text(c), c.value().attr("class").unwrap_or("").to_string()))
                .collect()
        })
        .collect();
    let row = |tp: &str, what: &str| {
        table
            .iter()
            .find(|r| r[1].0 == tp && r[2].0 == what)
            .unwrap_or_else(|| panic!("{tp} / {what}: {table:?}"))
    };
    let courier = row("Courier delivery", "customers");
    assert_eq!(courier[3].0, "2.4 (n = 57, 95%: 2.1–2.7)");
    assert_eq!(courier[4].0, "4.3 (n = 12, 95%: 3.7–5)");
    let on_time = row("Courier delivery", "On-time delivery");
    assert_eq!(on_time[3], ("88 % (missed)".into(), "num worse".into()));
    assert_eq!(on_time[4], ("96 % (met)".into(), "num better".into()));
    let packaging = row("Packaging and unboxing", "customers");
    assert_eq!(
        packaging[4].0, "—",
        "surveys do not carry over to a re-audit"
    );
    // A stage's own figure: no touchpoint.
    let checkout = row("", "customers");
    assert_eq!(
        (checkout[0].0.as_str(), checkout[3].0.as_str()),
        ("Awareness", "48200")
    );
    // The new metric's name is text, escaped: it made no element.
    let escaped = row("Product page", "Load <b>time</b> & \"speed\"");
    assert_eq!(escaped[3].0, "—");
    assert!(html.contains("Load &lt;b&gt;time&lt;/b&gt; &amp; &quot;speed&quot;"));
}

/// The first object anywhere in `v` whose `key` is `id`.
fn find<'a>(v: &'a Value, key: &str, id: &str) -> Option<&'a Value> {
    match v {
        Value::Object(map) if map.get(key).and_then(Value::as_str) == Some(id) => Some(v),
        Value::Object(map) => map.values().find_map(|x| find(x, key, id)),
        Value::Array(list) => list.iter().find_map(|x| find(x, key, id)),
        _ => None,
    }
}

#[test]
fn compare_json_carries_each_touchpoints_evidence_in_the_report_shapes() {
    let env = pair();
    let json = |args: &[&str]| -> Value { serde_json::from_str(env.run(args).ok()).expect("JSON") };
    let cmp = json(&["compare", "q1", "q2", "--format", "json"]);
    let q1 = json(&["report", "q1", "--format", "json"]);
    let q2 = json(&["report", "q2", "--format", "json"]);
    let courier = find(&cmp["touchpoints"], "touchpoint_id", "courier").expect("courier");
    let in_report = |r: &Value, field: &str| {
        find(r, "touchpoint_id", "courier").expect("courier")[field].clone()
    };
    // The same inner shapes, and the same values, as each audit's own report.
    assert_eq!(courier["customers_before"], in_report(&q1, "customers"));
    assert_eq!(courier["customers_after"], in_report(&q2, "customers"));
    assert_eq!(
        courier["measurements_before"],
        in_report(&q1, "measurements")
    );
    assert_eq!(
        courier["measurements_after"],
        in_report(&q2, "measurements")
    );
    assert_eq!(courier["customers_before"]["n"], 57);
    assert_eq!(courier["customers_after"]["n"], 12);
    assert_eq!(
        courier["customers_after"]["counts"],
        serde_json::json!([0, 0, 4, 0, 8])
    );
    assert_eq!(courier["measurements_before"][0]["met"], false);
    assert_eq!(courier["measurements_after"][0]["value"], 96.0);
    assert_eq!(courier["measurements_after"][0]["met"], true);
    let packaging = find(&cmp["touchpoints"], "touchpoint_id", "packaging").expect("packaging");
    assert!(packaging["customers_before"].is_object());
    assert!(packaging["customers_after"].is_null(), "no survey after");
    // Each stage's own figures, before and after, as the report's stages hold them.
    let stage = &cmp["stages"][0];
    let id = stage["id"].as_str().expect("an id");
    assert_eq!(
        stage["measurements_before"],
        find(&q1["stages"], "id", id).expect("a stage")["measurements"]
    );
    assert_eq!(stage["measurements_after"][0]["metric"], "customers");
}

fn sheet(book: &mut Xlsx<Cursor<Vec<u8>>>, name: &str) -> Vec<Vec<Data>> {
    let range = book.worksheet_range(name).expect("the sheet");
    range.rows().map(<[Data]>::to_vec).collect()
}

#[test]
fn compare_csv_keeps_its_ten_columns_and_the_workbook_adds_the_evidence() {
    let env = pair();
    let csv = env.run(&["compare", "q1", "q2", "--format", "csv"]);
    let header = csv.ok().lines().next().expect("a header");
    assert_eq!(
        header,
        "stage,touchpoint,status,rank_before,rank_after,priority_before,priority_after,priority_change,quadrant_before,quadrant_after"
    );
    let out = env.dir.path().join("cmp.xlsx");
    env.run(&[
        "compare",
        "q1",
        "q2",
        "--format",
        "xlsx",
        "-o",
        out.to_str().expect("utf-8"),
    ])
    .ok();
    let bytes = std::fs::read(&out).expect("the workbook");
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("a workbook");
    let names = book.sheet_names();
    assert_eq!(names.len(), 2, "{names:?}");
    let main = sheet(&mut book, &names[0]);
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
    let number = |d: &Data| match d {
        Data::Float(v) => *v,
        Data::Int(v) => *v as f64,
        other => panic!("not a number: {other:?}"),
    };
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
    let figures = sheet(&mut book, "Measurements");
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

fn schema(name: &str) -> Value {
    let path = format!("{}/docs/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).expect("the schema")).expect("JSON")
}

/// The compare JSON of a pair and of a trend both hold to the committed schema, whose
/// evidence shapes are the report schema's own.
#[test]
fn compare_json_validates_against_its_committed_schema() {
    let env = pair();
    env.run(&["new", "q3", "--from", "q2"]).ok();
    let compare = schema("compare.schema.json");
    let v = jsonschema::validator_for(&compare).expect("a valid schema");
    for args in [
        &["compare", "q1", "q2", "--format", "json"][..],
        &["compare", "q1", "q2", "q3", "--format", "json"][..],
    ] {
        let out: Value = serde_json::from_str(env.run(args).ok()).expect("JSON");
        let errors: Vec<String> = v
            .iter_errors(&out)
            .map(|e| format!("{}: {e}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{args:?}: {errors:#?}");
    }
    let report = schema("report.schema.json");
    let defs = &report["$defs"];
    assert_eq!(compare["$defs"]["measurements"], defs["measurements"]);
    assert_eq!(
        compare["$defs"]["customers"],
        defs["listed"]["properties"]["customers"]
    );
    for shared in ["timestamp", "count", "score"] {
        assert_eq!(compare["$defs"][shared], defs[shared], "{shared}");
    }
    // The schema is strict: a touchpoint without its evidence fields fails.
    let mut out: Value =
        serde_json::from_str(env.run(&["compare", "q1", "q2", "--format", "json"]).ok())
            .expect("JSON");
    out["touchpoints"][0]
        .as_object_mut()
        .expect("an object")
        .remove("customers_after");
    assert!(!v.is_valid(&out));
}
