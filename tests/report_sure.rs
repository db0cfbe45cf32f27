//! How sure the ranking is, as the reports say it: the rank range and ≈ in the text list, the
//! stable top and what the rest rests on in HTML (English and Russian), and the JSON fields.

mod hostile;
mod report_support;

use report_support::*;
use serde_json::Value;
use tpaudit::io::report::{Format, render};
use tpaudit::model::{Audit, Lang};

/// Returns: Anna 5,5,1, Boris and Clara 5,4,4: I 13/3, S 3, priority 65, first. Without
/// Anna's ratings it has I 4, S 4, priority 40, and falls below the six steps (4,4,3: 48).
fn room(lang: Lang) -> Audit {
    let mut tps = vec![tp("returns", "Returns", &[[5, 5, 1], [5, 4, 4], [5, 4, 4]])];
    tps.extend((1..=6).map(|k| tp(&format!("s{k}"), &format!("Step {k}"), &[[4, 4, 3]; 3])));
    audit(lang, &["Anna", "Boris", "Clara"], vec![("Buy", tps)])
}

#[test]
fn the_text_list_shows_each_rank_range() {
    let text = render(&room(Lang::En), Format::Text, &options());
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[3].starts_with("1 (1–7)  Buy    Returns"), "{text}");
    assert!(lines[4].starts_with("2 (1–2)  Buy    Step 1"), "{text}");
    assert!(lines[9].starts_with("7 (6–7)  Buy    Step 6"), "{text}");
    assert!(text.contains("(1–4): the best and the worst rank over the variants"));
}

#[test]
fn html_names_the_stable_top_and_what_the_first_place_rests_on() {
    let out = html(&room(Lang::En));
    assert!(out.contains(
        "<p>These come first whichever way you look: 2. Step 1; 3. Step 2 — in the top 3, and \
         never below 5th under any variant.</p>"
    ));
    assert!(
        out.contains(
            "<p>#1 Returns rests on one participant&#39;s 1 for satisfaction (Anna): without \
         Anna&#39;s ratings it would be #7.</p>"
        ),
        "{out}"
    );
    let ru = html(&room(Lang::Ru));
    assert!(
        ru.contains(
            "<p>№1 «Returns» держится на одной оценке: 1 за удовлетворённость от участника \
             Anna; без оценок этого участника была бы №7.</p>"
        ),
        "{ru}"
    );
    assert!(ru.contains("Эти точки первые при любом взгляде: 2. Step 1; 3. Step 2"));
    assert!(
        ru.contains("Устойчивая тройка"),
        "the method note explains the variants"
    );
}

#[test]
fn near_critical_touchpoints_are_marked_in_every_list() {
    // Ads: I (5 + 4) / 2 = 4.5 with S 2: critical, and one point less on Anna's impact ends it.
    let a = sample(Lang::En);
    let text = render(&a, Format::Text, &options());
    let ads = text.lines().find(|l| l.contains("Ads")).expect("Ads");
    assert!(ads.contains("!  ≈"), "{ads}");
    let site = text.lines().find(|l| l.contains("Site")).expect("Site");
    assert!(!site.contains('≈'), "{site}");
    assert!(html(&a).contains("<span class=\"flag near\" title=\"near critical\">≈</span>"));
}

#[test]
fn json_carries_the_ranges_and_the_stable_top() {
    let v: Value = serde_json::from_str(&json(&room(Lang::En))).expect("JSON");
    assert_eq!(v["stable_top"], serde_json::json!(["s1", "s2"]));
    let first = &v["ranked"][0]["robustness"];
    assert_eq!(first["rank_min"], 1);
    assert_eq!(first["rank_max"], 7);
    assert_eq!(first["near_critical"], false);
}
