//! The JSON report validates against the schema committed in `docs/report.schema.json`: the
//! bundled examples (both crosshairs) and audits with any names and any scores.

mod hostile;
mod report_support;

use proptest::prelude::*;
use report_support::*;
use serde_json::Value;
use tpaudit::io::report::{Format, Options, render};
use tpaudit::model::CrosshairMode;
use tpaudit::model::voice::SatisfactionFrom;
use tpaudit::store::templates;

fn validator() -> jsonschema::Validator {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/report.schema.json");
    let text = std::fs::read_to_string(path).expect("docs/report.schema.json");
    let schema: Value = serde_json::from_str(&text).expect("the schema is JSON");
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

fn problems(v: &jsonschema::Validator, report: &str) -> Vec<String> {
    let instance: Value = serde_json::from_str(report).expect("the report is JSON");
    v.iter_errors(&instance)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect()
}

#[test]
fn the_examples_validate_against_the_schema() {
    let v = validator();
    for (name, audit) in templates::examples() {
        let modes = [CrosshairMode::Midpoint, CrosshairMode::DataMean];
        let sources = [SatisfactionFrom::Ratings, SatisfactionFrom::Customers];
        for (crosshair, satisfaction) in modes.into_iter().flat_map(|m| sources.map(|s| (m, s))) {
            let opts = Options {
                crosshair,
                satisfaction,
                ..Options::default()
            };
            let report = render(&audit, Format::Json, &opts);
            let found = problems(&v, &report);
            assert!(found.is_empty(), "{name}: {found:#?}");
            let value: Value = serde_json::from_str(&report).expect("JSON");
            assert_eq!(value["tpaudit_version"], env!("CARGO_PKG_VERSION"));
            if satisfaction == SatisfactionFrom::Customers {
                // Ranked by answers, an example without a survey ranks nothing.
                continue;
            }
            let first = &value["ranked"][0];
            for key in [
                "stage_position",
                "position",
                "description",
                "channel",
                "control",
            ] {
                assert!(first.get(key).is_some(), "{name}: no {key}");
            }
        }
    }
}

#[test]
fn the_schema_rejects_what_is_not_a_report() {
    let v = validator();
    let (_, audit) = templates::examples().remove(0);
    let report = render(&audit, Format::Json, &Options::default());
    let mut value: Value = serde_json::from_str(&report).expect("JSON");
    value["ranked"][0]["quadrant"] = "somewhere".into();
    value["ranked"][0]["extra"] = 1.into();
    assert!(v.iter_errors(&value).count() >= 2);
}

#[test]
fn the_schema_requires_how_sure_the_ranking_is() {
    let v = validator();
    let (_, audit) = templates::examples().remove(0);
    let report = render(&audit, Format::Json, &Options::default());
    let value: Value = serde_json::from_str(&report).expect("JSON");
    assert!(value["stable_top"].is_array());
    let sure = &value["ranked"][0]["robustness"];
    for key in [
        "rank_min",
        "rank_max",
        "near_critical",
        "quadrant_other_crosshair",
    ] {
        assert!(sure.get(key).is_some(), "no robustness.{key}");
    }
    assert!(value["ranked"][0]["priority_exact"].is_string());
    let broken = |edit: &dyn Fn(&mut Value)| {
        let mut bad = value.clone();
        edit(&mut bad);
        v.iter_errors(&bad).count()
    };
    assert!(
        broken(&|b| b["ranked"][0]["robustness"]["quadrant_other_crosshair"] = "up".into()) > 0
    );
    assert!(
        broken(&|b| {
            b["ranked"][0]["robustness"]
                .as_object_mut()
                .expect("object")
                .remove("rank_max");
        }) > 0
    );
    assert!(broken(&|b| b["ranked"][0]["priority_exact"] = "20.7".into()) > 0);
    assert!(broken(&|b| b["stable_top"] = 1.into()) > 0);
    assert!(
        broken(&|b| {
            b.as_object_mut().expect("object").remove("stable_top");
        }) > 0
    );
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]
    #[test]
    fn any_audit_s_report_validates(a in arb_audit()) {
        let v = validator();
        let found = problems(&v, &json(&a));
        prop_assert!(found.is_empty(), "{:#?}", found);
    }
}
