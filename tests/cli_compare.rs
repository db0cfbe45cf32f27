//! `tpaudit compare`: the contract CSV byte for byte, the trend, every format, the errors.

mod common;

use common::{Env, audit, fis, stage, tp, unrelated};
use tpaudit::model::{Action, ActionStatus, Audit, Lang};

fn action(status: ActionStatus) -> Option<Action> {
    Some(Action {
        action: "Open a second till".into(),
        owner: "Anna".into(),
        status,
        ..Action::default()
    })
}

/// Before: Checkout (125) and Support (40.5) critical, then =Promo (64) and Gone (16).
fn before() -> Audit {
    let mut checkout = tp("checkout", "Checkout", &[("p1", fis(5, 5, 1))]);
    checkout.action = action(ActionStatus::Planned);
    let buy = stage(
        "buy",
        "Buy",
        vec![
            checkout,
            tp("promo", "=Promo code", &[("p1", fis(4, 4, 2))]),
            tp("gone", "Gone", &[("p1", fis(2, 2, 2))]),
        ],
    );
    let after = stage(
        "after",
        "-After",
        vec![
            tp(
                "support",
                "Support",
                &[("p1", fis(2, 4, 1)), ("p2", fis(2, 5, 2))],
            ),
            tp("chat", "Chat", &[]),
        ],
    );
    audit("before", Lang::En, &["Ann", "Bob"], vec![buy, after])
}

/// After: =Promo 64; Checkout 50 and Support 50 (impact breaks the tie); Delivery 48 is new;
/// Chat still unscored, Catalog new and not applicable; Gone removed.
fn after() -> Audit {
    let mut checkout = tp("checkout", "Checkout", &[("p1", fis(5, 5, 4))]);
    checkout.action = action(ActionStatus::Done);
    let buy = stage(
        "buy",
        "Buy",
        vec![
            checkout,
            tp("promo", "=Promo code", &[("p1", fis(4, 4, 2))]),
            tp("delivery", "Delivery, \"fast\"", &[("p2", fis(4, 4, 3))]),
        ],
    );
    let mut catalog = tp("catalog", "Catalog", &[]);
    catalog.not_applicable = true;
    let after = stage(
        "after",
        "-After",
        vec![
            tp(
                "support",
                "Support",
                &[("p1", fis(2, 4, 1)), ("p2", fis(3, 4, 1))],
            ),
            tp("chat", "Chat", &[]),
            catalog,
        ],
    );
    let mut a = audit("after", Lang::En, &["Ann", "Bob"], vec![buy, after]);
    a.previous = Some("before".into());
    a
}

const EXPECTED: &str = "\
stage,touchpoint,status,rank_before,rank_after,priority_before,priority_after,priority_change,quadrant_before,quadrant_after
Buy,'=Promo code,kept,3,1,64,64,0,fix_first,fix_first
Buy,Checkout,kept,1,2,125,50,-75,fix_first,keep_up
'-After,Support,kept,2,3,40.5,50,9.5,fix_first,fix_first
Buy,\"Delivery, \"\"fast\"\"\",added,,4,,48,,,fix_first
'-After,Chat,kept,,,,,,,
'-After,Catalog,added,,,,,,,
Buy,Gone,removed,4,,16,,,low_priority,
";

fn env() -> Env {
    let env = Env::new();
    env.save("before", &before());
    env.save("after", &after());
    env
}

#[test]
fn csv_of_two_audits_matches_the_contract_byte_for_byte() {
    let env = env();
    let out = env.run(&["compare", "before", "after", "--format", "csv"]);
    assert_eq!(out.ok(), EXPECTED);
}

#[test]
fn excel_csv_has_a_bom_and_semicolons() {
    let env = env();
    let out = env.run(&["compare", "before", "after", "--format", "csv", "--excel"]);
    out.ok();
    assert!(out.raw.starts_with("\u{feff}".as_bytes()));
    let first = out.stdout.trim_start_matches('\u{feff}').lines().nth(1);
    assert_eq!(
        first,
        Some("Buy;'=Promo code;kept;3;1;64;64;0;fix_first;fix_first")
    );
    let support = out.stdout.lines().nth(3);
    assert_eq!(
        support,
        Some("'-After;Support;kept;2;3;40,5;50;9,5;fix_first;fix_first")
    );
}

#[test]
fn an_audit_compared_with_itself_is_all_kept_and_unchanged() {
    let env = env();
    let out = env.run(&["compare", "after", "after", "--format", "csv"]);
    let text = out.ok();
    for line in text.lines().skip(1) {
        let cells: Vec<&str> = line.split(',').collect();
        let n = cells.len();
        assert_eq!(cells[n - 8], "kept", "{line}");
        assert!(matches!(cells[n - 3], "0" | ""), "{line}");
    }
}

#[test]
fn text_tells_what_changed() {
    let env = env();
    let out = env.run(&["compare", "before", "after"]);
    let text = out.ok();
    assert!(
        text.starts_with("Audit comparison: before → after\n"),
        "{text}"
    );
    assert!(
        text.contains("Improved 1, worsened 1, unchanged 1, not ranked in both 1."),
        "{text}"
    );
    assert!(text.contains("Added 2, removed 1."), "{text}");
    assert!(text.contains("Scored 4 of 5 → 4 of 6."), "{text}");
    assert!(text.contains("Critical then 2, critical now 0"), "{text}");
    assert!(text.contains("fix first → keep up"), "{text}");
    assert!(text.contains("No longer critical (2):"), "{text}");
    assert!(
        text.contains("Checkout: Open a second till — priority 125 → 50 (-75), improved"),
        "{text}"
    );
}

#[test]
fn a_trend_over_three_audits_has_series_sparklines_and_a_long_csv() {
    let env = env();
    let mut later = after();
    later.stages[0].touchpoints[0].ratings[0].satisfaction = Some(5);
    env.save("later", &later);
    let out = env.run(&["compare", "before", "after", "later"]);
    let text = out.ok();
    assert!(
        text.starts_with("Audit trend: before → after → later"),
        "{text}"
    );
    let checkout = text.lines().find(|l| l.contains("Checkout")).expect("row");
    // 125, 50, 25 on the table's one scale from 16 to 125.
    assert!(
        checkout.contains("125") && checkout.contains("▇▂▁"),
        "{checkout}"
    );
    let csv = env.run(&["compare", "before", "after", "later", "--format", "csv"]);
    let csv = csv.ok();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "stage,touchpoint,status,audit,rank,frequency,impact,satisfaction,priority,quadrant,critical"
    );
    assert_eq!(lines.len(), 1 + 7 * 3);
    assert!(lines.contains(&"Buy,Checkout,kept,before,1,5,5,1,125,fix_first,true"));
    assert!(lines.contains(&"Buy,Checkout,kept,later,4,5,5,5,25,keep_up,false"));
    assert!(lines.contains(&"Buy,Gone,removed,later,,,,,,,"));
}

#[test]
fn a_trend_in_markdown_html_and_json_shows_each_series() {
    let env = env();
    let mut later = after();
    later.stages[0].touchpoints[0].ratings[0].satisfaction = Some(5);
    env.save("later", &later);
    let md = env.run(&["compare", "before", "after", "later", "--format", "md"]);
    let md = md.ok();
    assert!(
        md.starts_with("# Audit trend: before → after → later"),
        "{md}"
    );
    assert!(
        md.contains("| 4 | Buy | Checkout | 125 | 50 | 25 | ▇▂▁ | -100 |"),
        "{md}"
    );
    let html = env.run(&["compare", "before", "after", "later", "--format", "html"]);
    let doc = scraper::Html::parse_document(html.ok());
    let sel = |s: &str| scraper::Selector::parse(s).expect("selector");
    // One small chart per touchpoint; Checkout's line runs through all three audits.
    assert_eq!(doc.select(&sel("table.compare svg.spark")).count(), 7);
    let json = env.run(&["compare", "before", "after", "later", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(json.ok()).expect("JSON");
    let checkout = v["touchpoints"]
        .as_array()
        .and_then(|t| t.iter().find(|t| t["touchpoint"] == "Checkout"))
        .expect("Checkout");
    let series: Vec<f64> = checkout["series"]
        .as_array()
        .expect("series")
        .iter()
        .filter_map(|p| p["priority"].as_f64())
        .collect();
    assert_eq!(series, [125.0, 50.0, 25.0]);
}

#[test]
fn markdown_has_every_section() {
    let env = env();
    let out = env.run(&["compare", "before", "after", "--format", "md"]);
    let md = out.ok();
    for heading in [
        "# Audit comparison: before → after",
        "## Summary",
        "## Touchpoint by touchpoint",
        "## Moved between quadrants",
        "## No longer critical",
        "## Added",
        "## Removed",
        "## Actions done since before",
    ] {
        assert!(md.contains(heading), "{heading}\n{md}");
    }
    assert!(
        md.contains("| \\=Promo code |") || md.contains("| =Promo code |"),
        "{md}"
    );
    assert!(
        md.contains("| Checkout | Open a second till | Anna | 125 | 50 | -75 | improved |"),
        "{md}"
    );
}

#[test]
fn html_is_self_contained_with_an_arrow_per_move() {
    let env = env();
    let out = env.run(&["compare", "before", "after", "--format", "html"]);
    let html = out.ok();
    let doc = scraper::Html::parse_document(html);
    let sel = |s: &str| scraper::Selector::parse(s).expect("selector");
    // Checkout and Support moved; =Promo stayed where it was.
    assert_eq!(doc.select(&sel("svg.matrix path.arrow")).count(), 2);
    // The removed touchpoint's old place is drawn as a ghost.
    assert_eq!(doc.select(&sel("svg.matrix circle.ghost")).count(), 1);
    assert_eq!(doc.select(&sel("table.compare tbody tr")).count(), 7);
    assert!(!html.contains("<script") && !html.contains("src=") && !html.contains("<link"));
    assert!(html.contains("&#39;") || !html.contains("'=Promo"));
}

#[test]
fn json_carries_the_summary_and_each_series() {
    let env = env();
    let out = env.run(&["compare", "before", "after", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(out.ok()).expect("JSON");
    assert_eq!(v["summary"]["improved"], 1);
    assert_eq!(v["summary"]["critical_before"], 2);
    let checkout = &v["touchpoints"][1];
    assert_eq!(checkout["touchpoint"], "Checkout");
    assert_eq!(checkout["priority_change"], -75.0);
    assert_eq!(
        checkout["quadrant_move"],
        serde_json::json!(["fix_first", "keep_up"])
    );
    assert_eq!(checkout["series"][0]["priority"], 125.0);
    assert_eq!(v["done_actions"][0]["verdict"], "improved");
}

#[test]
fn words_follow_the_language_of_the_after_audit() {
    let env = env();
    let mut ru = after();
    ru.lang = Lang::Ru;
    env.save("after-ru", &ru);
    let out = env.run(&["compare", "before", "after-ru"]);
    let text = out.ok();
    assert!(
        text.starts_with("Сравнение аудитов: before → after-ru"),
        "{text}"
    );
    assert!(text.contains("Улучшились 1"), "{text}");
    let md = env.run(&["compare", "before", "after-ru", "--format", "md"]);
    assert!(md.ok().contains("## По точкам контакта"));
}

#[test]
fn output_goes_to_a_file_with_o() {
    let env = env();
    let path = env.dir.path().join("out/compare.csv");
    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
    let out = env.run(&[
        "compare",
        "before",
        "after",
        "--format",
        "csv",
        "-o",
        path.to_str().expect("utf-8"),
    ]);
    assert!(out.ok().is_empty());
    assert!(out.stderr.contains("wrote"));
    assert_eq!(std::fs::read_to_string(&path).expect("read"), EXPECTED);
}

#[test]
fn bad_input_is_a_clear_error_and_writes_nothing() {
    let env = env();
    let out_file = env.dir.path().join("out.csv");
    let o = out_file.to_str().expect("utf-8");
    let err = env
        .run(&["compare", "before", "-o", o])
        .failed()
        .to_string();
    assert!(err.contains("compare needs at least two audits"), "{err}");
    let err = env
        .run(&["compare", "before", "nope", "-o", o])
        .failed()
        .to_string();
    assert!(err.contains("no audit named 'nope'"), "{err}");
    env.write("data/audits/broken.ron", "(version: 2,\n  name: oops)");
    let err = env
        .run(&["compare", "before", "broken", "-o", o])
        .failed()
        .to_string();
    assert!(err.contains("broken.ron:2:"), "{err}");
    env.save("other", &unrelated("other"));
    let err = env
        .run(&["compare", "before", "other", "-o", o])
        .failed()
        .to_string();
    assert!(
        err.contains("'other' has no touchpoint in common with before"),
        "{err}"
    );
    assert!(!out_file.exists());
}

#[test]
fn the_report_of_a_re_audit_tells_what_changed_since_the_last_audit() {
    let env = env();
    let md = env.run(&["report", "after", "--format", "md"]);
    let md = md.ok();
    let since = md.find("## Since the last audit").expect("the section");
    let matrix = md.find("## Priority matrix").expect("the matrix");
    assert!(since < matrix, "the section follows the summary");
    let part = &md[since..matrix];
    assert!(
        part.contains("Compared with before (1 Jan 1970)."),
        "{part}"
    );
    assert!(
        part.contains("- Improved 1, worsened 1, unchanged 1, not ranked in both 1"),
        "{part}"
    );
    assert!(part.contains("Critical then 2, critical now 0"), "{part}");
    assert!(part.contains("### Moved between quadrants"), "{part}");
    assert!(
        part.contains("| Checkout | Open a second till | Anna | 125 | 50 | -75 | improved |"),
        "{part}"
    );
    let html = env.run(&["report", "after", "--format", "html"]);
    let doc = scraper::Html::parse_document(html.ok());
    let sel = |s: &str| scraper::Selector::parse(s).expect("selector");
    assert_eq!(doc.select(&sel("section.since")).count(), 1);
    assert_eq!(
        doc.select(&sel("section.since table.actions tbody tr"))
            .count(),
        1
    );
    // The CSV, text and JSON reports are the audit's own, whatever came before.
    let csv = env
        .run(&["report", "after", "--format", "csv"])
        .ok()
        .to_string();
    std::fs::remove_file(env.audit_path("before")).expect("remove");
    assert_eq!(env.run(&["report", "after", "--format", "csv"]).ok(), csv);
}

#[test]
fn a_missing_or_broken_previous_audit_leaves_the_section_out() {
    let env = env();
    let out = env.run(&["report", "before", "--format", "md"]);
    assert!(
        !out.ok().contains("Since the last audit"),
        "an audit that follows none"
    );
    std::fs::remove_file(env.audit_path("before")).expect("remove");
    let out = env.run(&["report", "after", "--format", "md"]);
    assert!(!out.ok().contains("Since the last audit"));
    assert!(out.stderr.is_empty(), "{}", out.stderr);
    env.write("data/audits/before.ron", "(version: 2,\n  name: oops)");
    let out = env.run(&["report", "after", "--format", "html"]);
    assert!(!out.ok().contains("class=\"since\""));
    assert!(
        out.stderr
            .contains("warning: the previous audit could not be read")
            && out.stderr.contains("before.ron:2:"),
        "{}",
        out.stderr
    );
}

#[test]
fn the_ratings_format_is_for_one_audit_and_refused_here() {
    let env = env();
    for cmd in ["compare", "combine"] {
        let out = env.run(&[cmd, "before", "after", "--format", "ratings"]);
        assert!(
            out.failed().contains("report AUDIT --format ratings"),
            "{cmd}"
        );
    }
}

/// Before: four touchpoints, three of them critical. After, half done: only Checkout scored
/// again (as before, critical); the other three not scored yet.
fn half_done() -> (Audit, Audit) {
    let scored = |id: &str, name: &str, r| tp(id, name, &[("p1", r)]);
    let one_stage =
        |name: &str, tps| audit(name, Lang::En, &["Ann"], vec![stage("buy", "Buy", tps)]);
    let before = one_stage(
        "full",
        vec![
            scored("checkout", "Checkout", fis(5, 5, 1)),
            scored("till", "Till", fis(4, 5, 1)),
            scored("queue", "Queue", fis(3, 5, 2)),
            scored("promo", "Promo", fis(2, 3, 3)),
        ],
    );
    let mut after = one_stage(
        "half",
        vec![
            scored("checkout", "Checkout", fis(5, 5, 1)),
            tp("till", "Till", &[]),
            tp("queue", "Queue", &[]),
            tp("promo", "Promo", &[]),
        ],
    );
    after.previous = Some("full".into());
    (before, after)
}

#[test]
fn a_half_done_re_audit_says_what_is_not_scored_and_compares_only_what_both_scored() {
    let env = Env::new();
    let (before, after) = half_done();
    env.save("full", &before);
    env.save("half", &after);
    let text_out = env.run(&["compare", "full", "half"]);
    let text = text_out.ok();
    assert!(
        text.contains(
            "Not scored yet in half: 3; the counts below compare only the touchpoints both \
             audits scored: 1."
        ),
        "{text}"
    );
    assert!(text.contains("Critical then 1, critical now 1"), "{text}");
    let md_out = env.run(&["compare", "full", "half", "--format", "md"]);
    let md = md_out.ok();
    assert!(md.contains("Not scored yet in half: 3"), "{md}");
    // The CSV keeps its contract: every row, the unscored ones empty.
    let csv_out = env.run(&["compare", "full", "half", "--format", "csv"]);
    let csv = csv_out.ok();
    assert_eq!(
        csv,
        "\
stage,touchpoint,status,rank_before,rank_after,priority_before,priority_after,priority_change,quadrant_before,quadrant_after
Buy,Checkout,kept,1,1,125,125,0,fix_first,fix_first
Buy,Till,kept,2,,100,,,fix_first,
Buy,Queue,kept,3,,60,,,fix_first,
Buy,Promo,kept,4,,18,,,low_priority,
"
    );
}

#[test]
fn a_half_done_re_audit_in_russian_says_so_in_russian() {
    let env = Env::new();
    let (before, mut after) = half_done();
    after.lang = Lang::Ru;
    env.save("full", &before);
    env.save("half", &after);
    let text_out = env.run(&["compare", "full", "half"]);
    let text = text_out.ok();
    assert!(text.contains("Ещё не оценено в half: 3"), "{text}");
}
