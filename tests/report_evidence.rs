//! The evidence behind the scores in the reports: the JSON fields of PRODUCT.md, validated
//! against the committed schema, and the ranking by the customers' satisfaction.

mod hostile;
mod report_support;

use report_support::*;
use serde_json::{Value, json};
use tpaudit::io::report::{Format, Options, render};
use tpaudit::model::Lang;
use tpaudit::model::voice::SatisfactionFrom;

fn parse(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("report is not JSON: {e}\n{text}"))
}

fn validate(report: &Value) {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/report.schema.json");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("JSON");
    let v = jsonschema::validator_for(&schema).expect("a valid schema");
    let errors: Vec<String> = v
        .iter_errors(report)
        .map(|e| format!("{}: {e}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

fn by_customers() -> Options {
    Options {
        satisfaction: SatisfactionFrom::Customers,
        ..options()
    }
}

fn entry<'a>(v: &'a Value, list: &str, id: &str) -> &'a Value {
    v[list]
        .as_array()
        .expect("a list")
        .iter()
        .find(|x| x["touchpoint_id"] == id)
        .unwrap_or_else(|| panic!("{id} not in {list}"))
}

#[test]
fn each_touchpoint_carries_its_levels_measurements_and_customers() {
    let v = parse(&json(&evidenced(Lang::En)));
    validate(&v);
    let ads = entry(&v, "ranked", "ads");
    assert_eq!(
        ads["evidence"],
        json!({"frequency": "assumed", "impact": "measured", "satisfaction": "assumed"})
    );
    assert_eq!(
        ads["measurements"],
        json!([{"metric": "CTR", "value": 1.2, "unit": "%", "target": 2.0, "better": "higher",
                "source": "Ads console", "date": "2026-11-30", "met": false}])
    );
    assert_eq!(ads["customers"]["n"], 12);
    assert_eq!(ads["customers"]["mean"], 2.0);
    assert_eq!(ads["customers"]["counts"], json!([2, 8, 2, 0, 0]));
    let ci = ads["customers"]["ci95"].as_array().expect("an interval");
    assert!(ci[0].as_f64().expect("low") < 2.0 && ci[1].as_f64().expect("high") > 2.0);
    assert_eq!(ads["customers_disagree"], false);
    assert_eq!(ads["satisfaction_from"], "ratings");
    let site = entry(&v, "ranked", "site");
    assert_eq!(
        site["customers"]["ci95"],
        json!([5.0, 5.0]),
        "all fives: s = 0"
    );
    assert_eq!(site["customers_disagree"], true);
    let chat = entry(&v, "ranked", "chat");
    assert_eq!(chat["customers"]["ci95"], Value::Null, "three answers");
    assert_eq!(chat["customers_disagree"], false);
    assert_eq!(entry(&v, "unscored", "phone")["customers"], Value::Null);
    assert_eq!(entry(&v, "unscored", "phone")["measurements"], json!([]));
}

#[test]
fn the_report_carries_the_funnel_nps_stages_and_data_gaps() {
    let v = parse(&json(&evidenced(Lang::En)));
    assert_eq!(
        v["funnel"],
        json!([
            {"stage": "Awareness", "customers": 1000, "conversion_to_next": 0.15},
            {"stage": "Purchase", "customers": 150, "conversion_to_next": null}
        ])
    );
    assert_eq!(v["biggest_loss"], "Awareness");
    assert_eq!(v["nps"], json!({"n": 12, "score": 25.0}));
    assert_eq!(v["stages"][1]["measurements"][0]["metric"], "customers");
    assert_eq!(v["stages"][0]["id"], "s1");
    // Ads: satisfaction assumed but 12 answers and a measurement back it; impact measured.
    // Site and Chat: impact assumed.
    assert_eq!(v["data_gaps"], json!(["site", "chat"]));
    assert!(
        v.get("not_surveyed").is_none(),
        "only when ranking by customers"
    );
    let plain = parse(&json(&sample(Lang::En)));
    assert_eq!(
        (&plain["funnel"], &plain["biggest_loss"], &plain["nps"]),
        (&json!([]), &Value::Null, &Value::Null)
    );
    validate(&plain);
}

#[test]
fn ranking_by_customers_ranks_only_the_surveyed_and_lists_the_rest() {
    let v = parse(&render(&evidenced(Lang::En), Format::Json, &by_customers()));
    validate(&v);
    let ranked: Vec<&str> = v["ranked"]
        .as_array()
        .expect("ranked")
        .iter()
        .map(|x| x["touchpoint_id"].as_str().expect("id"))
        .collect();
    // Ads: F 4, I 4.5, customers' 2 → critical, 72; Site: F 5, I 4, customers' 5 → 20.
    assert_eq!(ranked, ["ads", "site"]);
    let site = entry(&v, "ranked", "site");
    assert_eq!(
        (site["satisfaction"].clone(), site["priority"].clone()),
        (json!(5.0), json!(20.0))
    );
    assert_eq!(site["satisfaction_from"], "customers");
    assert_eq!(v["not_surveyed"], json!(["chat", "phone"]));
    assert_eq!(v["not_applicable"][0]["touchpoint_id"], "store");
    assert_eq!(v["unscored"], json!([]));
}

#[test]
fn text_and_markdown_say_what_we_know_and_what_we_assume() {
    let a = evidenced(Lang::En);
    let text = render(&a, Format::Text, &options());
    for line in [
        "What we know and what we assume",
        "  Awareness 1000 → Purchase 150 (15%)",
        "  Biggest loss: Awareness → Purchase: 15% (the lowest conversion to the next stage: a rate, not a count of customers)",
        "NPS: 25 (n = 12); indicative: fewer than 30 answers",
        "  Awareness / Ads: CTR: 1.2 % (target ≥ 2: missed), Ads console, 2026-11-30",
        "  Ads: assumed / measured / assumed",
        "Data gaps: ",
        "  Awareness / Site\n  Purchase / Chat\n",
    ] {
        assert!(text.contains(line), "{line}\n{text}");
    }
    // Staff against customers: Site's team 3.5 against customers' 5 (20 answers) disagrees.
    let site = text
        .lines()
        .find(|l| l.trim_start().starts_with("Site "))
        .expect("site row");
    assert!(
        site.contains("5 (n = 20, 95%: 5–5)") && site.contains("+1.5") && site.ends_with('≠'),
        "{site}"
    );
    let md = render(&a, Format::Md, &options());
    assert!(md.contains("## What we know and what we assume"), "{md}");
    assert!(
        md.contains("| Site | 3.5 | 5 (n = 20, 95%: 5–5) | +1.5 | ≠ |"),
        "{md}"
    );
    assert!(md.contains("### Data gaps\n\nTop-ranked touchpoints whose place rests on a guess: measure these before spending money.\n\n1. Awareness / Site\n2. Purchase / Chat\n"), "{md}");
    // An audit without evidence reads as it always has.
    let plain = render(&sample(Lang::En), Format::Text, &options());
    assert!(!plain.contains("What we know"), "{plain}");
}

#[test]
fn the_russian_text_report_speaks_russian() {
    let text = render(&evidenced(Lang::Ru), Format::Text, &options());
    assert!(text.contains("Что мы знаем и что предполагаем"), "{text}");
    assert!(
        text.contains("Самая большая потеря: Awareness → Purchase: 15% (самая низкая конверсия"),
        "{text}"
    );
    assert!(
        text.contains("CTR: 1,2 % (цель ≥ 2: не достигнуто)"),
        "{text}"
    );
    assert!(
        text.contains("Ads: предположение / измерено / предположение"),
        "{text}"
    );
}

#[test]
fn the_text_report_ranked_by_customers_shows_their_means_and_the_rest_apart() {
    let text = render(&evidenced(Lang::En), Format::Text, &by_customers());
    assert!(
        text.contains(
            "Ranked by the customers' satisfaction (touchpoints with at least 10 answers only)."
        ),
        "{text}"
    );
    assert!(
        text.contains(
            "Not surveyed (fewer than 10 answers) (2):\n  Purchase / Chat\n  Purchase / Phone\n"
        ),
        "{text}"
    );
    let site = text
        .lines()
        .find(|l| l.contains("Site") && l.contains("20"))
        .expect("site ranked");
    assert!(
        site.split_whitespace().any(|c| c == "5"),
        "customers' 5, not the team's 3.5: {site}"
    );
    assert!(!site.contains("3.5"), "{site}");
}

#[test]
fn markdown_ranked_by_customers_shows_their_means() {
    let a = evidenced(Lang::En);
    let md = render(&a, Format::Md, &by_customers());
    let site = md
        .lines()
        .find(|l| l.starts_with('|') && l.contains("Site"))
        .expect("site row");
    assert!(site.contains("| 5 |") && !site.contains("3.5"), "{site}");
    let plain = render(&a, Format::Md, &options());
    let site = plain
        .lines()
        .find(|l| l.starts_with('|') && l.contains("Site"))
        .expect("site row");
    assert!(site.contains("3.5"), "by the team's ratings: {site}");
}

#[test]
fn html_draws_the_funnel_and_staff_against_customers_and_lists_the_gaps() {
    let html = render(&evidenced(Lang::En), Format::Html, &options());
    let doc = scraper::Html::parse_document(&html);
    let sel = |s: &str| scraper::Selector::parse(s).expect("selector");
    // The funnel: one bar per stage, the biggest loss red, its title the funnel in words.
    let bars: Vec<_> = doc.select(&sel("svg.funnel rect")).collect();
    assert_eq!(bars.len(), 2);
    assert_eq!(
        bars[0].value().attr("fill"),
        Some("#c92a2a"),
        "Awareness: the biggest loss"
    );
    assert_eq!(bars[1].value().attr("fill"), Some("#1c7ed6"));
    let title = doc
        .select(&sel("svg.funnel title"))
        .next()
        .expect("a title");
    assert!(
        title
            .inner_html()
            .contains("Awareness 1000 → Purchase 150 (15%)")
    );
    // Staff against customers: a chart per surveyed touchpoint, Site marked as disagreeing.
    let rows: Vec<_> = doc.select(&sel("table.customers tbody tr")).collect();
    assert_eq!(rows.len(), 3);
    let site = rows
        .iter()
        .find(|r| r.inner_html().contains("Site"))
        .expect("site");
    assert_eq!(site.value().attr("class"), Some("disagree"));
    assert_eq!(
        site.select(&sel("svg.answers rect")).count(),
        5,
        "five bars of answers"
    );
    assert!(site.inner_html().contains("+1.5"));
    // Measurements with missed in red, levels, and the data gaps in rank order.
    let missed = doc
        .select(&sel("ul.measurements li.missed"))
        .next()
        .expect("a missed figure");
    assert!(missed.inner_html().contains("CTR: 1.2 %"));
    let gaps: Vec<String> = doc
        .select(&sel("ol.gaps li"))
        .map(|li| li.inner_html())
        .collect();
    assert_eq!(gaps, ["Awareness / Site", "Purchase / Chat"]);
    assert!(html.contains("<p class=\"nps\"><strong>NPS: 25</strong> (n = 12) <em>(indicative: fewer than 30 answers)</em></p>"));
    // Without evidence, no such section.
    assert!(!render(&sample(Lang::En), Format::Html, &options()).contains("id=\"evidence\""));
}

#[test]
fn every_format_ranked_by_customers_says_so_and_lists_the_not_surveyed() {
    let a = evidenced(Lang::En);
    let text = render(&a, Format::Text, &by_customers());
    assert!(
        text.contains("  S here is the customers' mean answer (1–5), not the team's ratings.\n"),
        "{text}"
    );
    let md = render(&a, Format::Md, &by_customers());
    assert!(
        md.contains(
            "_Ranked by the customers' satisfaction (touchpoints with at least 10 answers only)._"
        ),
        "{md}"
    );
    assert!(
        md.contains(
            "## Not surveyed (fewer than 10 answers)\n\n- Purchase: Chat\n- Purchase: Phone\n"
        ),
        "{md}"
    );
    let html = render(&a, Format::Html, &by_customers());
    assert!(html.contains("<section class=\"not-surveyed\">\n<h2>Not surveyed (fewer than 10 answers)</h2>\n<ul>\n<li>Purchase: Chat</li>\n<li>Purchase: Phone</li>\n</ul>"), "{html}");
    assert!(html.contains("<p class=\"by-customers\">"));
    // By the team's ratings, none of it.
    let plain = render(&a, Format::Md, &options());
    assert!(
        !plain.contains("Not surveyed") && !plain.contains("customers' satisfaction (touchpoints")
    );
}

/// Ranked by the customers, the text legend says that S is the customers' mean (n ≥ 10) while
/// F and I stay the team's, that no rating of satisfaction can tip a touchpoint into critical,
/// and the touchpoints left out are listed as not surveyed; in English and Russian.
#[test]
fn the_text_legend_ranked_by_customers_says_whose_scores_are_whose() {
    let cases = [
        (
            Lang::En,
            "Legend:",
            "S the customers' mean answer (n ≥ 10; the others are not ranked, see Not surveyed)",
            "near critical: moving one rating of impact by one point would change whether it is critical (satisfaction is the customers' mean here)",
            "the mean of the participants' ratings;",
            "Not surveyed (fewer than 10 answers) (2):\n",
        ),
        (
            Lang::Ru,
            "Обозначения:",
            "У — средний ответ клиентов (n ≥ 10; остальные не ранжируются, см. «Не опрошены»)",
            "на грани критичности: сдвиг одной оценки влияния на один балл изменит, критична ли точка (удовлетворённость здесь — среднее клиентов)",
            "среднее по участникам;",
            "Не опрошены (меньше 10 ответов) (2):\n",
        ),
    ];
    for (lang, heading, formula, near, staff_only, left_out) in cases {
        let a = evidenced(lang);
        let text = render(&a, Format::Text, &by_customers());
        let start = text.find(heading).expect("a legend");
        let end = text[start..].find("\n\n").map_or(text.len(), |e| start + e);
        let legend = &text[start..end];
        assert!(legend.contains(formula), "{legend}");
        assert!(legend.contains(near), "{legend}");
        assert!(
            !legend.contains(staff_only),
            "S is not the team's: {legend}"
        );
        assert!(text.contains(left_out), "{text}");
        // Markdown and HTML explain ≈ the same way.
        for format in [Format::Md, Format::Html] {
            let out = render(&a, format, &by_customers()).replace("&#39;", "'");
            assert!(out.contains(near), "{format:?}: {out}");
        }
        // By the team's ratings the legend is the method's own.
        let plain = render(&a, Format::Text, &options());
        assert!(
            plain.contains(staff_only) && !plain.contains(formula),
            "{plain}"
        );
    }
}

#[test]
fn a_difference_that_rounds_to_zero_reads_0_in_every_report() {
    use tpaudit::model::Survey;
    // The team rates the site 3.5; 25 customers 3.52, then 3.48: 0.02 apart either way.
    for counts in [[0, 0, 13, 11, 1], [0, 0, 14, 10, 1]] {
        let mut a = evidenced(Lang::En);
        a.stages[0].touchpoints[1].survey = Some(Survey { counts });
        let text = render(&a, Format::Text, &options());
        let site = text
            .lines()
            .find(|l| l.trim_start().starts_with("Site "))
            .expect("site row");
        let cells: Vec<&str> = site.split_whitespace().collect();
        assert!(cells.contains(&"0"), "{site}");
        assert!(!site.contains("+0") && !site.contains("−0"), "{site}");
        let md = render(&a, Format::Md, &options());
        let row = md
            .lines()
            .find(|l| l.starts_with("| Site | 3.5 |"))
            .expect(&md);
        assert!(row.ends_with("| 0 |  |"), "{row}");
        let html = render(&a, Format::Html, &options());
        assert!(!html.contains(">+0<") && !html.contains(">−0<"), "{html}");
        assert!(html.contains("<td>0</td>"), "{html}");
    }
}
