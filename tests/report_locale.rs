//! Dates and numbers in the audit's language in every report: due dates of the action plan
//! too (`15.12.2026` in Russian, `15 Dec 2026` in English), never a raw `2026-12-15`.

use tpaudit::io::report::{Format, Options, render};
use tpaudit::store::templates;

fn example(name: &str) -> tpaudit::model::Audit {
    templates::examples()
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, a)| a)
        .expect("the bundled example")
}

/// True when `text` holds an ISO date such as `2026-12-15`.
fn has_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.windows(10).any(|w| {
        w.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
    })
}

#[test]
fn russian_reports_write_due_dates_the_russian_way() {
    let audit = example("example-retail-ru");
    for format in [Format::Md, Format::Html, Format::Text] {
        let text = render(&audit, format, &Options::default());
        assert!(!has_iso_date(&text), "{format:?} has an ISO date");
        if format != Format::Text {
            assert!(text.contains("15.12.2026"), "{format:?} lacks the due date");
        }
    }
}

#[test]
fn english_reports_write_due_dates_the_english_way() {
    let audit = example("example-online-store-en");
    for format in [Format::Md, Format::Html] {
        let text = render(&audit, format, &Options::default());
        assert!(!has_iso_date(&text), "{format:?} has an ISO date");
        assert!(
            text.contains("15 Dec 2026"),
            "{format:?} lacks the due date"
        );
    }
}
