//! A value the room agreed shows as agreed in every report that shows scores, beside the
//! participants' own ratings where the report shows them; the priority-list CSV keeps its
//! contract's columns and carries the agreed value as the effective score.

mod hostile;
mod report_support;

use std::io::Cursor;

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};
use report_support::*;
use serde_json::Value;
use tpaudit::io::report::{Format, render, render_file};
use tpaudit::model::{Agreed, Audit, Lang};

/// Three raters; on Ads the room agreed frequency 3 (their ratings 4, 3, 1) and satisfaction
/// 2; Site has no agreed value.
fn agreed_audit(lang: Lang) -> Audit {
    let mut ads = tp("ads", "Ads", &[[4, 5, 2], [3, 5, 3], [1, 4, 4]]);
    ads.agreed = Some(Agreed {
        frequency: Some(3),
        impact: None,
        satisfaction: Some(2),
    });
    let site = tp("site", "Site", &[[5, 4, 3], [5, 4, 4], [5, 4, 3]]);
    audit(
        lang,
        &["Anna", "Boris", "Clara"],
        vec![("Awareness", vec![ads, site])],
    )
}

fn line_with<'a>(text: &'a str, needle: &str) -> &'a str {
    text.lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle:?} in:\n{text}"))
}

#[test]
fn text_marks_agreed_scores_and_explains_the_mark() {
    let a = agreed_audit(Lang::En);
    let out = render(&a, Format::Text, &options());
    let ads = line_with(&out, "Ads");
    // F =3, I the mean 4.7, S =2; priority 3 × 4.7 × 4 = 56.
    let cells: Vec<&str> = ads.split_whitespace().collect();
    assert_eq!(cells[3..7], ["=3", "4.7", "=2", "56"], "{ads}");
    assert!(out.contains("  =  agreed by the room"), "{out}");
    let site = line_with(&out, "Site");
    assert!(!site.contains('='), "{site}");
    let plain = render(&sample(Lang::En), Format::Text, &options());
    assert!(
        !plain.contains("  =  "),
        "no legend without agreed values: {plain}"
    );
    let ru = render(&agreed_audit(Lang::Ru), Format::Text, &options());
    assert!(ru.contains("  =  согласовано"), "{ru}");
}

#[test]
fn markdown_marks_agreed_scores_and_keeps_the_ratings() {
    let out = md(&agreed_audit(Lang::En));
    let row = line_with(&out, "| Ads |");
    assert!(row.contains("| =3 | 4.7 | =2 |"), "{row}");
    assert!(out.contains("=3: the value the room agreed"), "{out}");
    let ratings = line_with(&out, "  - Ratings:");
    assert!(
        ratings.contains("Anna 4/5/2; Boris 3/5/3; Clara 1/4/4"),
        "{ratings}"
    );
    assert!(ratings.ends_with("· agreed: F 3, S 2"), "{ratings}");
    let item = line_with(&out, "- **Ads**");
    assert!(item.contains("F =3 · I 4.7 · S =2"), "{item}");
    let ru = md(&agreed_audit(Lang::Ru));
    assert!(line_with(&ru, "  - Оценки участников:").contains("согласовано: Ч 3, У 2"));
    assert!(!md(&sample(Lang::En)).contains("the room agreed"));
}

#[test]
fn html_marks_agreed_scores_and_adds_an_agreed_row_to_the_ratings() {
    let out = html(&agreed_audit(Lang::En));
    assert!(
        out.contains("<td>Ads</td><td class=\"num\">=3</td><td class=\"num\">4.7</td><td class=\"num\">=2</td>"),
        "{out}"
    );
    assert!(out.contains("class=\"muted agreed-legend\">=3: the value the room agreed"));
    assert!(out.contains(
        "<tr class=\"agreed\"><td>agreed</td><td class=\"num\">=3</td><td class=\"num\">–</td><td class=\"num\">=2</td></tr>"
    ));
    assert!(
        out.contains("<tr><td>Clara</td><td class=\"num\">1</td>"),
        "the ratings stay"
    );
    assert!(out.contains("F =3 · I 4.7 · S =2"), "{out}");
    assert!(!html(&sample(Lang::En)).contains("agreed"));
}

#[test]
fn json_carries_the_agreed_values_and_validates() {
    let a = agreed_audit(Lang::En);
    let report = json(&a);
    let v: Value = serde_json::from_str(&report).expect("JSON");
    assert_eq!(v["tpaudit_report"], 5);
    let ads = &v["ranked"]
        .as_array()
        .expect("ranked")
        .iter()
        .find(|t| t["touchpoint"] == "Ads")
        .expect("Ads");
    assert_eq!(ads["agreed"]["frequency"], 3);
    assert_eq!(ads["agreed"]["impact"], Value::Null);
    assert_eq!(ads["agreed"]["satisfaction"], 2);
    assert_eq!(ads["frequency"], 3.0);
    assert_eq!(ads["ratings"].as_array().map(Vec::len), Some(3));
    assert_eq!(ads["ratings"][2]["frequency"], 1);
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/report.schema.json");
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(path).expect("schema")).expect("JSON");
    let validator = jsonschema::validator_for(&schema).expect("a schema");
    let errors: Vec<String> = validator.iter_errors(&v).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn the_workbook_has_agreed_columns_and_every_rating() {
    let a = agreed_audit(Lang::En);
    let bytes = render_file(&a, None, Format::Xlsx, &options()).expect("a workbook");
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).expect("xlsx");
    let list: Vec<Vec<Data>> = book
        .worksheet_range("Priority list")
        .expect("the ranked sheet")
        .rows()
        .map(<[Data]>::to_vec)
        .collect();
    let head: Vec<String> = list[0].iter().map(|d| d.to_string()).collect();
    let col = |name: &str| head.iter().position(|h| h == name).expect(name);
    let ads = list.iter().find(|r| r[2] == "Ads").expect("Ads");
    let site = list.iter().find(|r| r[2] == "Site").expect("Site");
    let as_f64 = |d: &Data| match d {
        Data::Float(v) => Some(*v),
        Data::Int(v) => Some(*v as f64),
        _ => None,
    };
    assert_eq!(as_f64(&ads[col("Agreed frequency")]), Some(3.0));
    assert_eq!(ads[col("Agreed impact")], Data::Empty);
    assert_eq!(as_f64(&ads[col("Agreed satisfaction")]), Some(2.0));
    assert_eq!(site[col("Agreed frequency")], Data::Empty);
    assert_eq!(as_f64(&ads[col("Frequency")]), Some(3.0));
    let ratings = book.worksheet_range("Ratings").expect("the ratings sheet");
    assert_eq!(ratings.rows().count(), 1 + 2 * 3);
}

#[test]
fn the_priority_list_csv_keeps_its_contract() {
    let out = render(&agreed_audit(Lang::En), Format::Csv, &options());
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some("rank,stage,touchpoint,frequency,impact,satisfaction,priority,quadrant,critical")
    );
    // The agreed value is the effective score the contract's columns carry.
    let ads = line_with(&out, ",Ads,");
    assert!(ads.contains(",Ads,3,4.7,2,"), "{ads}");
}
