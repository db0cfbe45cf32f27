//! The HTML report: parsed for real, checked for structure, figures and escaping.

mod hostile;
mod report_support;

use proptest::prelude::*;
use report_support::*;
use scraper::{ElementRef, Html, Selector};
use tpaudit::io::report::Format;
use tpaudit::model::Lang;

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap_or_else(|e| panic!("bad selector {s}: {e}"))
}

fn text(e: ElementRef) -> String {
    e.text().collect::<String>()
}

fn texts(doc: &Html, s: &str) -> Vec<String> {
    doc.select(&sel(s)).map(text).collect()
}

/// Every element the report may produce; anything else came from user text.
const ALLOWED: &[&str] = &[
    "html", "head", "meta", "title", "style", "body", "main", "header", "p", "h1", "h2", "h3",
    "h4", "dl", "div", "dt", "dd", "section", "span", "small", "strong", "table", "thead", "tbody",
    "tr", "th", "td", "svg", "rect", "text", "line", "g", "circle", "ul", "li", "br", "article",
    "footer",
];

#[test]
fn document_is_self_contained_and_well_formed() {
    let page = html(&sample(Lang::Ru));
    let doc = Html::parse_document(&page);
    assert!(doc.errors.is_empty(), "parse errors: {:?}", doc.errors);
    let root = doc.select(&sel("html")).next().expect("html element");
    assert_eq!(root.value().attr("lang"), Some("ru"));
    assert!(doc.select(&sel("meta[charset=utf-8]")).next().is_some());
    assert!(page.contains("@page { size: A4;"));
    for attr in ["src=", "href=", "url(", "<script", "<link", "@import"] {
        assert!(!page.contains(attr), "page loads something: {attr}");
    }
}

#[test]
fn matrix_has_a_bubble_per_ranked_touchpoint() {
    let doc = Html::parse_document(&html(&sample(Lang::En)));
    let svg = doc.select(&sel("svg#matrix")).next().expect("svg matrix");
    let bubbles: Vec<ElementRef> = svg.select(&sel("g.bubble")).collect();
    assert_eq!(bubbles.len(), 3);
    let ranks: Vec<&str> = bubbles
        .iter()
        .filter_map(|b| b.value().attr("data-rank"))
        .collect();
    assert_eq!(ranks, ["3", "2", "1"], "rank 1 drawn last, on top");
    assert!(svg.select(&sel("g.bubble.q-fix_first")).next().is_some());
    assert!(svg.select(&sel("g.bubble.q-keep_up")).next().is_some());
    assert_eq!(svg.select(&sel("rect.quadrant")).count(), 4);
    assert_eq!(svg.select(&sel(".quadrant-name")).count(), 4);
    assert_eq!(texts(&doc, ".crosshair-label"), ["Crosshair: S 3 · I 3"]);
    // Ads: S 2, I 4.5, F 4 → x = 70 + 1.5/5·550 = 235, y = 470 − 4/5·430 = 126, r = 8 + 3·4 = 20.
    let ads = svg
        .select(&sel("g.bubble[data-rank=\"1\"] circle"))
        .next()
        .expect("rank 1");
    assert_eq!(ads.value().attr("cx"), Some("235.0"));
    assert_eq!(ads.value().attr("cy"), Some("126.0"));
    assert_eq!(ads.value().attr("r"), Some("20.0"));
    let legend = texts(&doc, "table.legend tbody td:nth-child(2)");
    assert_eq!(legend, ["Ads", "Site", "Chat"]);
}

#[test]
fn coincident_points_are_spread_apart() {
    let a = audit(
        Lang::En,
        &["Anna"],
        vec![(
            "S",
            vec![tp("a", "A", &[[3, 4, 2]]), tp("b", "B", &[[3, 4, 2]])],
        )],
    );
    let doc = Html::parse_document(&html(&a));
    let at: Vec<(String, String)> = doc
        .select(&sel("g.bubble circle"))
        .map(|c| {
            let v = c.value();
            (
                v.attr("cx").unwrap_or("").into(),
                v.attr("cy").unwrap_or("").into(),
            )
        })
        .collect();
    assert_eq!(at.len(), 2);
    assert_ne!(at[0], at[1]);
}

#[test]
fn tables_carry_the_hand_checked_figures() {
    let doc = Html::parse_document(&html(&sample(Lang::Ru)));
    let first: Vec<String> = doc
        .select(&sel("table.ranked tbody tr"))
        .next()
        .expect("a ranked row")
        .select(&sel("td"))
        .map(text)
        .collect();
    assert_eq!(
        first,
        [
            "1",
            "Awareness",
            "Ads",
            "4",
            "4,5",
            "2",
            "72",
            "Исправить в первую очередь",
            "критично ≈",
            ""
        ]
    );
    let plan: Vec<String> = texts(&doc, "table.actions tbody td");
    assert_eq!(
        plan[..5],
        ["1", "Ads", "Cut banner count", "Anna", "15.12.2026"]
    );
    assert_eq!(plan[6], "в работе");
    let cards = texts(&doc, ".card .big");
    assert_eq!(cards, ["3 из 5", "1", "1", "1", "1", "0"]);
    assert_eq!(
        texts(&doc, "header dd"),
        ["Acme", "24.11.2026", "Anna; Boris"]
    );
    assert_eq!(
        texts(&doc, "section.unscored li"),
        ["Purchase: Phone (нет оценки: влияние, удовлетворённость)"]
    );
    assert_eq!(
        texts(&doc, "section.not-applicable li"),
        ["Purchase: Store"]
    );
    let notes = texts(&doc, "article.tp p");
    assert!(notes.iter().any(|n| {
        n == "Заметки: Call back | later\nsecond line"
            .replace('\n', "")
            .as_str()
    }));
}

#[test]
fn data_mean_crosshair_moves_the_lines() {
    let doc = Html::parse_document(&with_mean(&sample(Lang::En), Format::Html));
    assert_eq!(
        texts(&doc, ".crosshair-label"),
        ["Crosshair: S 2.8 · I 3.5"]
    );
    assert!(doc.select(&sel("g.bubble.q-overkill")).next().is_some());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn user_text_never_becomes_markup(a in arb_audit()) {
        // The title is any text: the heading shows it, escaped.
        let mut a = a;
        a.title = a.client.clone();
        let doc = Html::parse_document(&html(&a));
        for e in doc.root_element().descendants().filter_map(ElementRef::wrap) {
            prop_assert!(ALLOWED.contains(&e.value().name()), "element {}", e.value().name());
        }
        let h1 = texts(&doc, "h1");
        prop_assert_eq!(h1, vec![a.display_title().to_string()]);
        let ranking = tpaudit::model::rank(&a, Default::default());
        let names: Vec<String> = doc
            .select(&sel("table.ranked tbody tr td:nth-child(3)"))
            .map(text)
            .collect();
        let expected: Vec<String> = ranking
            .ranked
            .iter()
            .map(|r| a.stages[r.at.0].touchpoints[r.at.1].name.clone())
            .collect();
        prop_assert_eq!(names, expected);
        let headings: Vec<String> = texts(&doc, "article.tp h4");
        let all: Vec<String> = a.touchpoints().map(|(_, _, t)| t.name.clone()).collect();
        prop_assert_eq!(headings, all);
    }
}
