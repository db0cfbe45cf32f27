use super::*;
use crate::model::{Lang, Stage, Touchpoint, shared};

fn shop() -> Audit {
    let mut a = Audit::new("shop", Lang::Ru, jiff::Timestamp::UNIX_EPOCH);
    let mut aware = Stage::new("aware", "Осведомлённость");
    aware.touchpoints = shared([Touchpoint::new("ads", "Реклама")]);
    let mut buy = Stage::new("buy", "Покупка");
    buy.touchpoints = shared([
        Touchpoint::new("chat", "Чат"),
        Touchpoint::new("cart", "Корзина"),
    ]);
    a.stages = vec![aware, buy];
    a
}

fn refused(text: &str) -> String {
    let mut a = shop();
    let before = a.clone();
    let err = import(text.as_bytes(), &mut a).expect_err("refused");
    assert_eq!(a, before, "nothing changes on refusal");
    err.to_string()
}

#[test]
fn a_semicolon_export_with_a_bom_fills_stages_and_touchpoints() {
    let mut a = shop();
    let text = "\u{feff}Stage;Touchpoint;Metric;Value;Unit;Target;Better;Source;Date\r\n\
                Осведомлённость;;customers;12 400;;;;Метрика;2026-11-30\r\n\
                покупка;;customers;410;;;;Метрика;2026-11-30\r\n\
                Покупка;Чат;Первый ответ;14;мин;2;lower;CRM;2026-11-30\r\n\
                Покупка;cart;Отказы;0,4;;0,25;LOWER;;\r\n";
    let s = import(text.as_bytes(), &mut a).expect("imports");
    assert_eq!(
        s,
        Summary {
            stage_figures: 2,
            touchpoint_figures: 2,
            replaced: 0
        }
    );
    assert_eq!(a.stages[0].measurements[0].value, 12400.0);
    let chat = &a.stages[1].touchpoints[0].measurements[0];
    assert_eq!(
        (
            chat.metric.as_str(),
            chat.value,
            chat.unit.as_str(),
            chat.target
        ),
        ("Первый ответ", 14.0, "мин", Some(2.0))
    );
    assert_eq!((chat.better, chat.met()), (Better::Lower, Some(false)));
    assert_eq!(a.stages[1].touchpoints[1].measurements[0].value, 0.4);
    assert!(crate::model::validate(&a).is_empty());
}

#[test]
fn a_metric_already_there_is_replaced() {
    let mut a = shop();
    let text =
        "stage,touchpoint,metric,value\nПокупка,Чат,first reply,9\nПокупка,Чат,first reply ,\n";
    assert!(refused(text).contains("row 3, column 4 (value): the value is missing"));
    let text = "stage,touchpoint,metric,value\nПокупка,Чат,First reply,14\n";
    import(text.as_bytes(), &mut a).expect("first");
    let s = import(
        "metric,value,stage,touchpoint\nfirst REPLY,9,Покупка,Чат\n".as_bytes(),
        &mut a,
    )
    .expect("again");
    assert_eq!(s.replaced, 1);
    let list = &a.stages[1].touchpoints[0].measurements;
    assert_eq!((list.len(), list[0].value), (1, 9.0));
}

#[test]
fn every_bad_row_is_named_with_its_row_and_column_and_nothing_is_written() {
    let text = "stage,touchpoint,metric,value,target,better,date\n\
                Доставка,,customers,10,,,\n\
                Покупка,Телефон,Звонки,5,,,\n\
                Покупка,Чат,Ответ,14 мин,,,\n\
                Покупка,Чат,Отказы,1,x,sideways,30.11.2026\n\
                Покупка,,customers,10.5,,,\n";
    let t = refused(text);
    for line in [
        "row 2, column 1 (stage): no stage 'Доставка' in the audit (stages: Осведомлённость, Покупка)",
        "row 3, column 2 (touchpoint): no touchpoint 'Телефон' in stage 'Покупка'",
        "row 4, column 4 (value): '14 мин' is not a number",
        "row 5, column 5 (target): 'x' is not a number",
        "row 5, column 6 (better): 'sideways' is neither higher nor lower",
        "row 5, column 7 (date): '30.11.2026' is not a date YYYY-MM-DD",
        "row 6, column 4 (value): 10.5 customers: the funnel counts customers",
    ] {
        assert!(t.contains(line), "{line}\n{t}");
    }
    assert!(t.starts_with("7 problem(s), nothing was written"), "{t}");
    let t = refused("stage,metric,value\nПокупка,Выручка,12,400\n");
    assert!(
        t.contains("row 2: has 4 cells but the header has 3 columns"),
        "{t}"
    );
}

#[test]
fn the_header_must_name_known_columns_and_the_required_ones() {
    let t = refused("stage,metrc,value,Value\nПокупка,x,1,1\n");
    assert!(
        t.contains(
            "row 1, column 2 (metrc): unknown column (known columns: stage, touchpoint, metric"
        ),
        "{t}"
    );
    assert!(
        t.contains("row 1, column 4 (Value): this column appears twice"),
        "{t}"
    );
    assert!(
        t.contains("row 1: the required column 'metric' is missing"),
        "{t}"
    );
}

#[test]
fn numbers_as_spreadsheets_write_them() {
    assert_eq!(number("12 400"), Ok(Some(12400.0)));
    assert_eq!(number("12\u{a0}400,5"), Ok(Some(12400.5)));
    assert_eq!(number("-3.25"), Ok(Some(-3.25)));
    assert_eq!(number(""), Ok(None));
    assert!(
        number("12,400")
            .expect_err("refused")
            .contains("ambiguous: write 12400 or 12.400")
    );
    assert!(
        number("1e13")
            .expect_err("refused")
            .contains("out of range")
    );
    assert!(number("NaN").is_err());
}
