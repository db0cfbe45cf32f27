use super::*;
use crate::model::{Lang, Stage, Touchpoint, shared};

/// A shop whose "Чат" appears in two stages.
fn shop() -> Audit {
    let mut a = Audit::new("shop", Lang::Ru, jiff::Timestamp::UNIX_EPOCH);
    let mut aware = Stage::new("aware", "Осведомлённость");
    aware.touchpoints = shared([
        Touchpoint::new("site", "Сайт"),
        Touchpoint::new("chat1", "Чат"),
    ]);
    let mut buy = Stage::new("buy", "Покупка");
    buy.touchpoints = shared([
        Touchpoint::new("delivery", "Доставка"),
        Touchpoint::new("chat2", "Чат"),
        Touchpoint::new("pay", "Оплата"),
    ]);
    a.stages = vec![aware, buy];
    a
}

fn counts(a: &Audit, id: &str) -> Option<[u32; 5]> {
    let (s, t) = a.find_touchpoint(id).expect("touchpoint");
    a.stages[s].touchpoints[t].survey.map(|s| s.counts)
}

fn refused(text: &str) -> String {
    let mut a = shop();
    let before = a.clone();
    let err = import(text.as_bytes(), &mut a).expect_err("refused");
    assert_eq!(a, before, "nothing changes on refusal");
    err.to_string()
}

/// As Google Forms downloads responses: a BOM, a timestamp, an e-mail, quoted headers with
/// commas, Cyrillic questions, an NPS question in words, unanswered cells.
const GOOGLE: &str = "\u{feff}\"Отметка времени\",\"Адрес электронной почты\",\"Сайт\",\"Доставка\",\"Насколько вероятно, что вы порекомендуете нас друзьям?\",\"Покупка / Чат\",\"Что улучшить?\"\r\n\
\"2026/11/20 10:01:12 AM GMT+3\",\"anna@example.com\",\"4\",\"2\",\"9\",\"5\",\"Быстрее, пожалуйста\"\r\n\
\"2026/11/20 10:05:40 AM GMT+3\",\"boris@example.com\",\"5\",\"\",\"10\",\"\",\"\"\r\n\
\"2026/11/20 11:15:02 AM GMT+3\",\"vera@example.com\",\"3\",\"1\",\"3\",\"4\",\"Курьер опоздал; дважды\"\r\n";

#[test]
fn a_google_forms_export_with_a_bom_timestamps_and_cyrillic_headers() {
    let mut a = shop();
    let s = import(GOOGLE.as_bytes(), &mut a).expect("imports");
    assert_eq!(
        s.to_string(),
        "3 respondents; 3 touchpoint columns; NPS: 3 answers; ignored: Отметка времени, Адрес электронной почты, Что улучшить?"
    );
    assert_eq!(counts(&a, "site"), Some([0, 0, 1, 1, 1]));
    assert_eq!(counts(&a, "delivery"), Some([1, 1, 0, 0, 0]));
    assert_eq!(counts(&a, "chat2"), Some([0, 0, 0, 1, 1]));
    assert_eq!((counts(&a, "chat1"), counts(&a, "pay")), (None, None));
    let nps = a.nps.expect("nps").counts;
    assert_eq!(
        (nps[3], nps[9], nps[10], a.nps.expect("nps").n()),
        (1, 1, 1, 3)
    );
    // Nothing about a respondent is kept.
    let text = crate::store::to_ron(&a).expect("serialize");
    assert!(
        !text.contains("example.com") && !text.contains("Курьер"),
        "{text}"
    );
    assert!(crate::model::validate(&a).is_empty());
}

#[test]
fn a_yandex_forms_export_with_semicolons_and_an_nps_column() {
    let mut a = shop();
    let text =
        "ID;Дата;сайт ;NPS;ОПЛАТА\n1;20.11.2026;5;10;\n2;20.11.2026;5;6;3\n\n3;21.11.2026;;8;3\n";
    let s = import(text.as_bytes(), &mut a).expect("imports");
    assert_eq!(
        s.to_string(),
        "3 respondents; 2 touchpoint columns; NPS: 3 answers; ignored: ID, Дата"
    );
    assert_eq!(counts(&a, "site"), Some([0, 0, 0, 0, 2]));
    assert_eq!(counts(&a, "pay"), Some([0, 0, 2, 0, 0]));
}

#[test]
fn a_survey_that_asks_about_some_touchpoints_replaces_the_last_one_whole() {
    let mut a = shop();
    import(GOOGLE.as_bytes(), &mut a).expect("first survey");
    let s = import("Оплата,Comment\n4,ok\n5,\n".as_bytes(), &mut a).expect("second survey");
    assert_eq!(
        s.to_string(),
        "2 respondents; 1 touchpoint column; ignored: Comment"
    );
    assert_eq!(counts(&a, "pay"), Some([0, 0, 0, 1, 1]));
    assert_eq!((counts(&a, "site"), counts(&a, "delivery")), (None, None));
    assert_eq!(a.nps, None, "the new survey has no NPS question");
}

#[test]
fn answers_out_of_range_are_refused_with_the_cell_named() {
    let t = refused(
        "Timestamp,Сайт,NPS,Доставка\n2026-11-20,6,11,\n2026-11-21,0,-1,хорошо\n2026-11-22,5,10,4.5\n",
    );
    for line in [
        "row 2, column 2 (Сайт): 6 is out of range 1–5",
        "row 2, column 3 (NPS): 11 is out of range 0–10",
        "row 3, column 2 (Сайт): 0 is out of range 1–5",
        "row 3, column 3 (NPS): -1 is out of range 0–10",
        "row 3, column 4 (Доставка): 'хорошо' is not a whole number 1–5",
        "row 4, column 4 (Доставка): '4.5' is not a whole number 1–5",
    ] {
        assert!(t.contains(line), "{line}\n{t}");
    }
    assert!(t.starts_with("6 problem(s), nothing was written"), "{t}");
}

#[test]
fn a_repeated_name_needs_its_stage_and_a_question_asked_twice_is_refused() {
    let t = refused("Чат,Сайт,сайт\n4,4,4\n");
    assert!(
        t.contains("row 1, column 1 (Чат): several touchpoints have this name; head the column 'Осведомлённость / Чат' or 'Покупка / Чат'"),
        "{t}"
    );
    assert!(
        t.contains("row 1, column 3 (сайт): column 2 holds the same question; keep one"),
        "{t}"
    );
    let t = refused("Timestamp,Email\n1,2\n");
    assert!(
        t.contains("row 1: no column is headed with a touchpoint's name"),
        "{t}"
    );
}
