//! `compare` shows the evidence before and after in every format: the measurements with met
//! or missed, and the customers' mean with n. Built as a user would: the English evidence
//! example, re-audited with `new --from`, with a new analytics export and a new survey read into
//! the later audit (the workbook's part is in `report_xlsx`).

mod common;

use common::evidence_pair as pair;
use serde_json::Value;

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
