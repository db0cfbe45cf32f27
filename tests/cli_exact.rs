//! Exact arithmetic through the real CLI: ties, the critical thresholds and quadrants are
//! decided on fractions, never on binary floating point.

mod common;

use common::{Env, audit, fis, stage, tp};
use serde_json::Value;
use tpaudit::model::{Audit, Lang, Touchpoint};

const HEADER: &str =
    "rank,stage,touchpoint,frequency,impact,satisfaction,priority,quadrant,critical";

fn three(name: &str, touchpoints: Vec<Touchpoint>) -> Audit {
    audit(
        name,
        Lang::En,
        &["Anna", "Boris", "Clara"],
        vec![stage("buy", "Buy", touchpoints)],
    )
}

fn rated(id: &str, name: &str, r: [[u8; 3]; 3]) -> Touchpoint {
    let ratings: Vec<(&str, [Option<u8>; 3])> = ["p1", "p2", "p3"]
        .into_iter()
        .zip(r)
        .map(|(p, [f, i, s])| (p, fis(f, i, s)))
        .collect();
    tp(id, name, &ratings)
}

/// Cart and Payment both have priority 560/27 exactly; the tie goes to the higher impact.
fn tie_env() -> Env {
    let env = Env::new();
    let cart = rated("cart", "Cart", [[1, 4, 2], [1, 3, 1], [2, 3, 1]]);
    let payment = rated("payment", "Payment", [[2, 5, 4], [1, 4, 2], [1, 5, 2]]);
    env.save("tie", &three("tie", vec![cart, payment]));
    env
}

#[test]
fn an_exact_tie_in_priority_goes_to_the_higher_impact() {
    let env = tie_env();
    let csv = env
        .run(&["report", "tie", "--format", "csv"])
        .ok()
        .to_string();
    assert_eq!(
        csv,
        format!(
            "{HEADER}\n\
             1,Buy,Payment,1.3,4.7,2.7,20.7,fix_first,false\n\
             2,Buy,Cart,1.3,3.3,1.3,20.7,fix_first,false\n"
        )
    );
}

#[test]
fn json_gives_one_number_and_the_exact_fraction_for_a_tie() {
    let env = tie_env();
    let out = env
        .run(&["report", "tie", "--format", "json"])
        .ok()
        .to_string();
    let v: Value = serde_json::from_str(&out).expect("JSON");
    let ranked = v["ranked"].as_array().expect("ranked");
    let names: Vec<&str> = ranked
        .iter()
        .map(|r| r["touchpoint"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Payment", "Cart"]);
    for r in ranked {
        assert_eq!(r["priority_exact"], "560/27");
        assert_eq!(r["priority"].as_f64(), Some(560.0 / 27.0));
    }
    // One fraction, one float, written the same way both times.
    let written: Vec<&str> = out
        .lines()
        .filter(|l| l.trim_start().starts_with("\"priority\":"))
        .collect();
    assert_eq!(written, ["      \"priority\": 20.74074074074074,"; 2]);
}

fn store(name: &str, touchpoints: Vec<Touchpoint>) -> Audit {
    three(name, touchpoints)
}

#[test]
fn combine_finds_a_mean_of_means_exactly_on_the_critical_threshold() {
    let env = Env::new();
    // Checkout: F 3, I 5; satisfaction 10/3, 1 and 5/3, whose mean is 2 exactly: critical.
    // Search has the higher priority (F 5, I 4, S 1: 100) but is not critical.
    let sats = [[4, 3, 3], [1, 1, 1], [2, 2, 1]];
    for (k, s) in sats.iter().enumerate() {
        let checkout = rated(
            "checkout",
            "Checkout",
            [[3, 5, s[0]], [3, 5, s[1]], [3, 5, s[2]]],
        );
        let search = rated("search", "Search", [[5, 4, 1]; 3]);
        env.save(
            &format!("s{k}"),
            &store(&format!("s{k}"), vec![search, checkout]),
        );
    }
    let csv = env
        .run(&["combine", "s0", "s1", "s2", "--format", "csv"])
        .ok()
        .to_string();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[1], "1,Buy,Checkout,3,5,2,60,fix_first,true,3,s1");
    assert_eq!(lines[2], "2,Buy,Search,5,4,1,100,fix_first,false,3,s0");
}

#[test]
fn combine_reads_an_impact_of_exactly_three_as_not_high() {
    let env = Env::new();
    // Impacts 14/3, 5, 1 and 4/3 average to 3 exactly (in binary floating point the sum
    // comes to 3.0000000000000004); satisfaction 3: low priority, not fix first.
    let impacts = [[5, 5, 4], [5, 5, 5], [1, 1, 1], [1, 1, 2]];
    for (k, i) in impacts.iter().enumerate() {
        let t = rated("t", "Returns", [[2, i[0], 3], [2, i[1], 3], [2, i[2], 3]]);
        env.save(&format!("a{k}"), &store(&format!("a{k}"), vec![t]));
    }
    let csv = env
        .run(&["combine", "a0", "a1", "a2", "a3", "--format", "csv"])
        .ok()
        .to_string();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[1], "1,Buy,Returns,2,3,3,18,low_priority,false,4,a1");
}
