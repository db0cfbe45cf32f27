//! The JSON report: parses, keeps full precision, and names come back unchanged.

mod hostile;
mod report_support;

use proptest::prelude::*;
use report_support::*;
use serde_json::{Value, json};
use tpaudit::io::report::Format;
use tpaudit::model::Lang;

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("report is not JSON: {e}\n{text}"))
}

#[test]
fn header_summary_and_crosshair() {
    let v = parse(&json(&sample(Lang::Ru)));
    assert_eq!(v["tpaudit_report"], 5);
    assert_eq!(v["tpaudit_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        v["audit"],
        json!({
            "name": "Spring review", "title": "Spring review", "schema_version": 3,
            "client": "Acme", "lang": "ru",
            "created": "2026-11-20T09:00:00Z", "updated": "2026-11-24T15:00:00Z",
            "template": null,
            "participants": [{"id": "p1", "name": "Anna"}, {"id": "p2", "name": "Boris"}]
        })
    );
    assert_eq!(
        v["crosshair"],
        json!({"mode": "midpoint", "impact": 3.0, "satisfaction": 3.0})
    );
    assert_eq!(
        v["summary"],
        json!({
            "total": 5, "scored": 3, "unscored": 1, "not_applicable": 1, "critical": 1,
            "per_quadrant": {"fix_first": 1, "keep_up": 1, "low_priority": 1, "overkill": 0}
        })
    );
}

#[test]
fn ranked_entries_have_every_figure() {
    let v = parse(&json(&sample(Lang::En)));
    let first = &v["ranked"][0];
    assert_eq!(
        *first,
        json!({
            "rank": 1, "stage_id": "s1", "stage": "Awareness", "stage_position": 1,
            "touchpoint_id": "ads", "touchpoint": "Ads", "position": 1, "description": "",
            "channel": "online", "control": "direct", "notes": "Too *many* banners",
            "action": {"action": "Cut banner count", "owner": "Anna", "due": "2026-12-15",
                       "kpi": "CTR", "kpi_current": "1%", "kpi_target": "2%", "status": "in_progress"},
            "evidence": {"frequency": "assumed", "impact": "assumed", "satisfaction": "assumed"},
            "measurements": [], "customers": null, "customers_disagree": false,
            "satisfaction_from": "ratings",
            "frequency": 4.0, "impact": 4.5, "satisfaction": 2.0, "priority": 72.0, "priority_exact": "72",
            "quadrant": "fix_first", "critical": true, "needs_discussion": false,
            "spread": {"frequency": 0, "impact": 1, "satisfaction": 0},
            "agreed": {"frequency": null, "impact": null, "satisfaction": null},
            "ratings": [
                {"participant": "Anna", "participant_id": "p1", "frequency": 4, "impact": 5, "satisfaction": 2},
                {"participant": "Boris", "participant_id": "p2", "frequency": 4, "impact": 4, "satisfaction": 2}
            ],
            "robustness": {"rank_min": 1, "rank_max": 1, "near_critical": true,
                           "quadrant_other_crosshair": "fix_first"}
        })
    );
    let ranks: Vec<&str> = v["ranked"]
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|r| r["touchpoint"].as_str())
        .collect();
    assert_eq!(ranks, ["Ads", "Site", "Chat"]);
    assert_eq!(v["ranked"][2]["needs_discussion"], true);
    assert_eq!(v["ranked"][2]["spread"]["satisfaction"], 4);
    assert_eq!(v["unscored"][0]["touchpoint"], "Phone");
    assert_eq!(
        v["unscored"][0]["missing"],
        json!(["impact", "satisfaction"])
    );
    assert_eq!(v["not_applicable"][0]["touchpoint_id"], "store");
}

#[test]
fn figures_keep_full_precision() {
    let a = audit(
        Lang::En,
        &["A", "B", "C"],
        vec![("S", vec![tp("t", "T", &[[1, 5, 1], [2, 5, 1], [2, 5, 2]])])],
    );
    let v = parse(&json(&a));
    let f = v["ranked"][0]["frequency"].as_f64().expect("number");
    assert_eq!(f, 5.0 / 3.0);
    // priority = 5/3 × 5 × (6 − 4/3) = 350/9
    let p = v["ranked"][0]["priority"].as_f64().expect("number");
    assert!((p - 350.0 / 9.0).abs() < 1e-12, "{p}");
    let mean = parse(&with_mean(&a, Format::Json));
    assert_eq!(mean["crosshair"]["mode"], "data_mean");
    assert_eq!(mean["crosshair"]["satisfaction"].as_f64(), Some(4.0 / 3.0));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn names_round_trip(a in arb_audit()) {
        let v = parse(&json(&a));
        prop_assert_eq!(v["audit"]["name"].as_str(), Some(a.name.as_str()));
        prop_assert_eq!(v["audit"]["client"].as_str(), Some(a.client.as_str()));
        let ranking = tpaudit::model::rank(&a, Default::default());
        let ranked = v["ranked"].as_array().expect("array");
        prop_assert_eq!(ranked.len(), ranking.ranked.len());
        for (r, out) in ranking.ranked.iter().zip(ranked) {
            let stage = &a.stages[r.at.0];
            let t = &stage.touchpoints[r.at.1];
            prop_assert_eq!(out["touchpoint"].as_str(), Some(t.name.as_str()));
            prop_assert_eq!(out["stage"].as_str(), Some(stage.name.as_str()));
            prop_assert_eq!(out["notes"].as_str(), Some(t.notes.as_str()));
            prop_assert_eq!(out["priority"].as_f64(), Some(r.priority.to_f64()));
        }
        let listed = v["unscored"].as_array().expect("array").len()
            + v["not_applicable"].as_array().expect("array").len();
        prop_assert_eq!(listed + ranked.len(), a.touchpoint_count());
    }
}
