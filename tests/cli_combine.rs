//! `tpaudit combine`: the contract CSV byte for byte, the long CSV, every format, the errors.

mod common;

use common::{Env, audit, fis, stage, tp, unrelated};
use tpaudit::model::{Audit, Lang, Touchpoint};

fn na(id: &str, name: &str) -> Touchpoint {
    let mut t = tp(id, name, &[]);
    t.not_applicable = true;
    t
}

fn store(name: &str, buy: Vec<Touchpoint>, using: Vec<Touchpoint>) -> Audit {
    audit(
        name,
        Lang::En,
        &["Ann"],
        vec![stage("buy", "Buy", buy), stage("use", "Use", using)],
    )
}

/// Three stores. Checkout: F (5+5+4)/3, I 5, S (1+3+2)/3 = 2, critical, 93.3, worst in
/// store-a (125). Delivery only in store-b. =Promo: S (2+5)/2, 40. Support: S 4/3, 37.3, a tie
/// of 40 between store-b and store-c goes to store-b. Chat: not applicable in store-a.
fn env() -> Env {
    let env = Env::new();
    env.save(
        "store-a",
        &store(
            "store-a",
            vec![
                tp("checkout", "Checkout", &[("p1", fis(5, 5, 1))]),
                tp("promo", "=Promo code", &[("p1", fis(4, 4, 2))]),
            ],
            vec![
                tp("support", "Support", &[("p1", fis(2, 4, 2))]),
                na("chat", "Chat"),
            ],
        ),
    );
    env.save(
        "store-b",
        &store(
            "store-b",
            vec![
                tp("checkout", "Checkout", &[("p1", fis(5, 5, 3))]),
                tp("delivery", "Delivery, \"fast\"", &[("p1", fis(4, 4, 2))]),
                tp("promo", "=Promo code", &[("p1", fis(4, 4, 5))]),
            ],
            vec![
                tp("support", "Support", &[("p1", fis(2, 4, 1))]),
                tp("chat", "Chat", &[("p1", fis(3, 3, 3))]),
            ],
        ),
    );
    env.save(
        "store-c",
        &store(
            "store-c",
            vec![
                tp("checkout", "Checkout", &[("p1", fis(4, 5, 2))]),
                tp("promo", "=Promo code", &[]),
            ],
            vec![
                tp("support", "Support", &[("p1", fis(2, 4, 1))]),
                tp("chat", "Chat", &[("p1", fis(3, 3, 3))]),
            ],
        ),
    );
    env
}

const STORES: [&str; 4] = ["combine", "store-a", "store-b", "store-c"];

const EXPECTED: &str = "\
rank,stage,touchpoint,frequency,impact,satisfaction,priority,quadrant,critical,audits,worst
1,Buy,Checkout,4.7,5,2,93.3,fix_first,true,3,store-a
2,Buy,\"Delivery, \"\"fast\"\"\",4,4,2,64,fix_first,false,1,store-b
3,Buy,'=Promo code,4,4,3.5,40,keep_up,false,2,store-a
4,Use,Support,2,4,1.3,37.3,fix_first,false,3,store-b
5,Use,Chat,3,3,3,27,low_priority,false,2,store-b
";

fn run(env: &Env, extra: &[&str]) -> String {
    let args: Vec<&str> = STORES.iter().chain(extra).copied().collect();
    env.run(&args).ok().to_string()
}

#[test]
fn csv_matches_the_contract_byte_for_byte() {
    let env = env();
    assert_eq!(run(&env, &["--format", "csv"]), EXPECTED);
}

#[test]
fn long_csv_has_a_row_per_touchpoint_and_audit() {
    let env = env();
    let csv = run(&env, &["--format", "csv", "--long"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "stage,touchpoint,audit,rank,frequency,impact,satisfaction,priority,quadrant,critical"
    );
    assert_eq!(lines.len(), 1 + 5 * 3);
    assert_eq!(
        &lines[1..4],
        [
            "Buy,Checkout,store-a,1,5,5,1,125,fix_first,true",
            "Buy,Checkout,store-b,1,5,5,3,75,fix_first,false",
            "Buy,Checkout,store-c,1,4,5,2,80,fix_first,true",
        ]
    );
    assert!(lines.contains(&"Use,Chat,store-a,,,,,,,"));
    assert!(lines.contains(&"Buy,\"Delivery, \"\"fast\"\"\",store-a,,,,,,,"));
}

#[test]
fn text_shows_audits_worst_and_spread() {
    let env = env();
    let text = run(&env, &[]);
    assert!(
        text.starts_with("Combined priority list: store-a, store-b, store-c\n"),
        "{text}"
    );
    let checkout = text.lines().find(|l| l.contains("Checkout")).expect("row");
    assert!(
        checkout.contains("3/3") && checkout.contains("store-a"),
        "{checkout}"
    );
    assert!(checkout.contains("75–125"), "{checkout}");
    let delivery = text.lines().find(|l| l.contains("Delivery")).expect("row");
    assert!(delivery.contains("1/3"), "{delivery}");
}

#[test]
fn markdown_html_and_json_carry_the_same_figures() {
    let env = env();
    let md = run(&env, &["--format", "md"]);
    assert!(
        md.contains(
            "| 1 | Buy | Checkout | 4.7 | 5 | 2 | 93.3 | Fix first | yes | 3/3 | store-a |"
        ),
        "{md}"
    );
    assert!(md.contains("## Priority by audit"), "{md}");
    assert!(md.contains("| 1 | Checkout | 125 | 75 | 80 |"), "{md}");
    let html = run(&env, &["--format", "html"]);
    let doc = scraper::Html::parse_document(&html);
    let sel = |s: &str| scraper::Selector::parse(s).expect("selector");
    assert_eq!(doc.select(&sel("table.ranked tbody tr")).count(), 5);
    assert_eq!(doc.select(&sel("svg.matrix g.bubble")).count(), 5);
    assert!(!html.contains("<script") && !html.contains("src="));
    let v: serde_json::Value =
        serde_json::from_str(&run(&env, &["--format", "json"])).expect("JSON");
    let first = &v["ranked"][0];
    assert_eq!(first["touchpoint"], "Checkout");
    assert_eq!(first["audits"], 3);
    assert_eq!(first["worst"], "store-a");
    assert_eq!(first["spread"]["priority"], 50.0);
    assert_eq!(first["by_audit"][1]["priority"], 75.0);
    assert_eq!(v["unscored"].as_array().map(Vec::len), Some(0));
}

#[test]
fn the_crosshair_can_sit_at_the_mean_of_the_combined_scores() {
    let env = env();
    let csv = run(&env, &["--format", "csv", "--crosshair", "mean"]);
    // Mean impact 4, satisfaction 2.37: Chat (I 3, S 3) and =Promo (I 4, S 3.5) are overkill.
    assert!(
        csv.contains("5,Use,Chat,3,3,3,27,overkill,false,2,store-b"),
        "{csv}"
    );
    assert!(
        csv.contains("3,Buy,'=Promo code,4,4,3.5,40,overkill,false,2,store-a"),
        "{csv}"
    );
}

#[test]
fn bad_input_is_a_clear_error_and_writes_nothing() {
    let env = env();
    let out_file = env.dir.path().join("out.csv");
    let o = out_file.to_str().expect("utf-8");
    let err = env
        .run(&["combine", "store-a", "-o", o])
        .failed()
        .to_string();
    assert!(err.contains("combine needs at least two audits"), "{err}");
    let err = env
        .run(&["combine", "store-a", "store-b", "store-a", "-o", o])
        .failed()
        .to_string();
    assert!(err.contains("'store-a' is given twice"), "{err}");
    let path = env.audit_path("store-a");
    let err = env
        .run(&["combine", "store-a", path.to_str().expect("utf-8"), "-o", o])
        .failed()
        .to_string();
    assert!(err.contains("given twice"), "{err}");
    let err = env
        .run(&["combine", "store-a", "nope", "-o", o])
        .failed()
        .to_string();
    assert!(err.contains("no audit named 'nope'"), "{err}");
    env.save("other", &unrelated("other"));
    let err = env
        .run(&["combine", "store-a", "store-b", "other", "-o", o])
        .failed()
        .to_string();
    assert!(
        err.contains("'other' has no touchpoint in common with store-a, store-b"),
        "{err}"
    );
    assert!(!out_file.exists());
}

#[test]
fn audits_with_one_file_name_in_two_folders_are_told_apart() {
    let env = env();
    let elsewhere = env.dir.path().join("north/store-a.ron");
    std::fs::create_dir_all(elsewhere.parent().expect("parent")).expect("mkdir");
    std::fs::copy(env.audit_path("store-b"), &elsewhere).expect("copy");
    let arg = elsewhere.to_str().expect("utf-8");
    let out = env.run(&["combine", "store-a", arg, "--format", "csv"]);
    let csv = out.ok();
    assert!(
        csv.contains(&format!(",{arg}\n")) || csv.contains(",store-a\n"),
        "{csv}"
    );
    assert!(csv.lines().any(|l| l.ends_with(arg)), "{csv}");
}
