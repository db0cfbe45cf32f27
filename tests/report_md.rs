//! The Markdown report: hand-checked figures, escaping and the Mermaid matrix.

mod hostile;
mod report_support;

use proptest::prelude::*;
use report_support::*;
use tpaudit::io::report::Format;
use tpaudit::model::Lang;

/// Splits a GFM table row into cells, honouring backslash escapes as GitHub does.
fn cells(row: &str) -> Vec<String> {
    let inner = row
        .trim()
        .strip_prefix('|')
        .and_then(|r| r.strip_suffix('|'));
    let inner = inner.unwrap_or_else(|| panic!("not a table row: {row:?}"));
    let mut out = vec![String::new()];
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let last = out.last_mut().expect("at least one cell");
                last.push(c);
                if let Some(n) = chars.next() {
                    last.push(n);
                }
            }
            '|' => out.push(String::new()),
            c => out.last_mut().expect("at least one cell").push(c),
        }
    }
    out.into_iter().map(|c| c.trim().to_string()).collect()
}

/// The lines of the table that follows `## heading`.
fn table_after(doc: &str, heading: &str) -> Vec<String> {
    doc.split(&format!("## {heading}\n\n"))
        .nth(1)
        .unwrap_or_else(|| panic!("no section {heading}"))
        .lines()
        .take_while(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[test]
fn ranked_table_has_the_hand_checked_figures() {
    let doc = md(&sample(Lang::En));
    let rows: Vec<Vec<String>> = table_after(&doc, "Priority list")
        .iter()
        .map(|r| cells(r))
        .collect();
    assert_eq!(
        rows[0],
        [
            "#",
            "Stage",
            "Touchpoint",
            "F",
            "I",
            "S",
            "Priority",
            "Quadrant",
            "Critical",
            "≈",
            "Discuss"
        ]
    );
    assert_eq!(rows.len(), 5, "header, rule and three ranked touchpoints");
    assert_eq!(
        rows[2],
        [
            "1",
            "Awareness",
            "Ads",
            "4",
            "4.5",
            "2",
            "72",
            "Fix first",
            "yes",
            "≈",
            ""
        ]
    );
    assert_eq!(
        rows[3],
        [
            "2",
            "Awareness",
            "Site",
            "5",
            "4",
            "3.5",
            "50",
            "Keep up the good work",
            "",
            "",
            ""
        ]
    );
    assert_eq!(
        rows[4],
        [
            "3",
            "Purchase",
            "Chat",
            "2",
            "2",
            "3",
            "12",
            "Low priority",
            "",
            "",
            "yes"
        ]
    );
}

#[test]
fn header_and_summary_speak_the_audit_language() {
    let en = md(&sample(Lang::En));
    assert!(en.starts_with("# Touchpoint audit: Spring review\n"));
    assert!(en.contains("**Date:** 24 Nov 2026"));
    assert!(en.contains("**Participants:** Anna; Boris"));
    assert!(en.contains("- Scored: 3 of 5 · Not scored yet: 1 · Not applicable: 1"));
    assert!(en.contains(
        "- Fix first: 1 · Keep up the good work: 1 · Low priority: 1 · Possible overkill: 0"
    ));
    assert!(en.contains("- Critical (1): Ads"));
    assert!(en.contains("- Top 3: 1. Ads (72); 2. Site (50); 3. Chat (12)"));

    let ru = md(&sample(Lang::Ru));
    assert!(ru.starts_with("# Аудит точек контакта: Spring review\n"));
    assert!(ru.contains("**Дата:** 24.11.2026"));
    assert!(ru.contains(
        "| 1 | Awareness | Ads | 4 | 4,5 | 2 | 72 | Исправить в первую очередь | да | ≈ |  |"
    ));
    assert!(ru.contains("| 2 | Awareness | Site | 5 | 4 | 3,5 | 50 |"));
}

#[test]
fn details_leftovers_and_action_plan() {
    let doc = md(&sample(Lang::En));
    assert!(
        doc.contains("- **Ads** — F 4 · I 4.5 · S 2 · Priority 72 · #1 · Fix first · **critical**")
    );
    assert!(doc.contains("  - Ratings: Anna 4/5/2; Boris 4/4/2 (spread: F 0, I 1, S 0)"));
    assert!(doc.contains("  - Notes: Too \\*many\\* banners"));
    assert!(doc.contains("  - Notes: Call back \\| later<br>second line"));
    assert!(
        doc.contains("- **Chat** — F 2 · I 2 · S 3 · Priority 12 · #3 · Low priority · discuss")
    );
    assert!(
        doc.contains("## Not scored yet\n\n- Purchase: Phone (missing: impact, satisfaction)\n")
    );
    assert!(doc.contains("## Not applicable\n\n- Purchase: Store\n"));
    let plan: Vec<Vec<String>> = table_after(&doc, "Action plan")
        .iter()
        .map(|r| cells(r))
        .collect();
    assert_eq!(
        plan[2],
        [
            "1",
            "Ads",
            "Cut banner count",
            "Anna",
            "15 Dec 2026",
            "CTR (now: 1%) → target: 2%",
            "in progress"
        ]
    );
    assert!(doc.contains("## Method\n\n"));
}

#[test]
fn mermaid_places_quadrants_and_points() {
    let doc = md(&sample(Lang::En));
    let chart = doc
        .split("```mermaid\n")
        .nth(1)
        .and_then(|r| r.split("```").next())
        .expect("chart");
    // Points by rank, coloured by quadrant and sized by frequency; Chat (S 3, I 2) sits on
    // the satisfaction crosshair and is drawn inside low priority; every point is below its
    // quadrant's title.
    let expected = "%%{init: {\"quadrantChart\": {\"pointTextPadding\": 15}}}%%
quadrantChart
    title Spring review
    x-axis low satisfaction --> high satisfaction
    y-axis low impact --> high impact
    quadrant-1 Keep up the good work
    quadrant-2 Fix first
    quadrant-3 Low priority
    quadrant-4 Possible overkill
    \"1\": [0.265, 0.81] radius: 11, color: #e03131
    \"2\": [0.638, 0.72] radius: 13, color: #2f9e44
    \"3\": [0.46, 0.22] radius: 7, color: #7b8794
";
    assert_eq!(chart, expected);
    assert!(doc.contains("the number is the rank in the list below"));
}

#[test]
fn mermaid_with_the_data_mean_keeps_points_in_their_quadrants() {
    // Mean impact (4.5 + 4 + 2) / 3 = 3.5, mean satisfaction (2 + 3.5 + 3) / 3 = 2.83…
    let doc = with_mean(&sample(Lang::En), Format::Md);
    assert!(doc.contains("Crosshair: mean of the scored touchpoints (I 3.5, S 2.8)"));
    let point = |rank: &str| -> Vec<f64> {
        let line = doc
            .lines()
            .find(|l| l.trim_start().starts_with(&format!("\"{rank}\":")))
            .expect("the point");
        line.split(['[', ']', ','])
            .filter_map(|p| p.trim().parse().ok())
            .collect()
    };
    // Site (#2): S 3.5 above the mean → right half; I 4 above 3.5 → top half.
    let site = point("2");
    assert!(site[0] > 0.5 && site[1] > 0.5, "{site:?}");
    // Chat (#3): I 2 below the mean; S 3 above 2.83 → bottom right (overkill).
    let chat = point("3");
    assert!(chat[0] > 0.5 && chat[1] < 0.5, "{chat:?}");
    assert!(doc.contains("| 3 | Purchase | Chat | 2 | 2 | 3 | 12 | Possible overkill |"));
}

#[test]
fn mermaid_labels_are_rank_numbers_so_names_cannot_break_the_chart() {
    let mut a = sample(Lang::En);
    a.stages[0].touchpoints[0].name = "Chat: \"live\" [24/7]".into();
    a.title = "x-axis title; %%{init}%% \"q\"".into();
    let doc = md(&a);
    assert!(doc.contains("    \"1\": [0.265, 0.81]"));
    assert!(
        !doc.split("```mermaid")
            .nth(1)
            .expect("chart")
            .split("```")
            .next()
            .expect("chart")
            .contains("Chat")
    );
    assert!(doc.contains("    title x-axis title init q\n"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn ranked_table_keeps_its_columns(a in arb_audit()) {
        let doc = md(&a);
        let heading = tpaudit::i18n::report::words(a.lang).ranked;
        let table = table_after(&doc, heading);
        let ranked = tpaudit::model::rank(&a, Default::default()).ranked.len();
        if ranked > 0 {
            prop_assert_eq!(table.len(), ranked + 2);
            for row in &table {
                prop_assert_eq!(cells(row).len(), 11, "row {:?}", row);
            }
        }
        for row in table_after(&doc, tpaudit::i18n::report::words(a.lang).action_plan) {
            if row.starts_with('|') {
                prop_assert_eq!(cells(&row).len(), 7);
            }
        }
    }
}

/// A title that already says "touchpoint audit" is not prefixed with it again, in Markdown,
/// plain text and the HTML page title.
#[test]
fn titles_do_not_repeat_the_kind_of_report() {
    use tpaudit::io::report::{Options, render};
    let expected = [
        (
            "example-online-store-en",
            "Northwind Tea Co.: online store touchpoint audit, November 2026",
        ),
        (
            "example-retail-ru",
            "Уютный дом: аудит точек контакта, ноябрь 2026",
        ),
    ];
    let examples = tpaudit::store::templates::examples();
    for (name, title) in expected {
        let (_, audit) = examples.iter().find(|(n, _)| n == name).expect("example");
        let opts = Options::default();
        let md = render(audit, Format::Md, &opts);
        assert_eq!(md.lines().next(), Some(format!("# {title}").as_str()));
        let text = render(audit, Format::Text, &opts);
        assert!(text.starts_with(&format!("{title} — ")), "{text}");
        let html = render(audit, Format::Html, &opts);
        assert!(html.contains(&format!("<title>{title}</title>")), "{name}");
    }
}
