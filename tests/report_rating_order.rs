//! Reports list a touchpoint's ratings in the audit's participant order, whoever scored first.

mod hostile;
mod report_support;

use report_support::*;
use serde_json::Value;
use tpaudit::model::{Audit, Lang};

/// Anna, Boris and Clara (p1, p2, p3), but on Ads Clara scored first and Anna last.
fn scored_out_of_order() -> Audit {
    let mut ads = tp("ads", "Ads", &[[4, 5, 2], [3, 5, 3], [1, 4, 4]]);
    ads.ratings.reverse();
    assert_eq!(ads.ratings[0].participant, "p3");
    let site = tp("site", "Site", &[[5, 4, 3], [5, 4, 4], [5, 4, 3]]);
    audit(
        Lang::En,
        &["Anna", "Boris", "Clara"],
        vec![("Awareness", vec![ads, site])],
    )
}

/// The positions of the names in `text`, from `from` on.
fn order(text: &str, from: usize) -> Vec<usize> {
    ["Anna", "Boris", "Clara"]
        .iter()
        .map(|n| text[from..].find(n).expect("every name") + from)
        .collect()
}

fn ascending(v: &[usize]) -> bool {
    v.windows(2).all(|w| w[0] < w[1])
}

#[test]
fn markdown_lists_ratings_in_participant_order() {
    let out = md(&scored_out_of_order());
    let line = out
        .lines()
        .find(|l| l.contains("Anna 4/5/2"))
        .unwrap_or_else(|| panic!("{out}"));
    assert!(ascending(&order(line, 0)), "{line}");
}

#[test]
fn html_lists_ratings_in_participant_order() {
    let out = html(&scored_out_of_order());
    let from = out
        .find("<table class=\"ratings\">")
        .expect("a ratings table");
    assert!(ascending(&order(&out, from)), "{}", &out[from..]);
}

#[test]
fn json_lists_ratings_in_participant_order() {
    let v: Value = serde_json::from_str(&json(&scored_out_of_order())).expect("json");
    let ads = find_ads(&v).expect("Ads in the JSON");
    let names: Vec<&str> = ads["ratings"]
        .as_array()
        .expect("ratings")
        .iter()
        .filter_map(|r| r["participant"].as_str())
        .collect();
    assert_eq!(names, ["Anna", "Boris", "Clara"]);
}

/// The first object named Ads that carries ratings.
fn find_ads(v: &Value) -> Option<&Value> {
    match v {
        Value::Object(m)
            if m.get("touchpoint") == Some(&Value::from("Ads")) && m.contains_key("ratings") =>
        {
            Some(v)
        }
        Value::Object(m) => m.values().find_map(find_ads),
        Value::Array(a) => a.iter().find_map(find_ads),
        _ => None,
    }
}
