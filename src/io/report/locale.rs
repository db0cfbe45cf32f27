//! Numbers and dates in the habits of the audit's language.

use jiff::Timestamp;
use jiff::tz::TimeZone;

use crate::i18n::report::MONTHS_EN;
use crate::model::{Lang, fmt_num};

/// A score or priority with at most one decimal: `37.5` in English, `37,5` in Russian.
pub fn num(lang: Lang, v: impl Into<f64>) -> String {
    let s = fmt_num(v);
    match lang {
        Lang::En => s,
        Lang::Ru => s.replace('.', ","),
    }
}

/// A calendar date (UTC, so the same file gives the same report anywhere):
/// `24 Nov 2026` in English, `24.11.2026` in Russian.
pub fn date(lang: Lang, at: Timestamp) -> String {
    civil(lang, at.to_zoned_datetime(TimeZone::UTC).date())
}

/// A due date as the audit's readers write dates: one typed `YYYY-MM-DD` (the form the
/// workbench asks for) becomes `15 Dec 2026` or `15.12.2026`; anything else is shown as typed.
pub fn due(lang: Lang, typed: &str) -> String {
    match typed.trim().parse::<jiff::civil::Date>() {
        Ok(d) => civil(lang, d),
        Err(_) => typed.to_string(),
    }
}

fn civil(lang: Lang, d: jiff::civil::Date) -> String {
    match lang {
        Lang::En => {
            let month = MONTHS_EN
                .get(usize::try_from(d.month() - 1).unwrap_or(0))
                .copied()
                .unwrap_or("");
            format!("{} {month} {}", d.day(), d.year())
        }
        Lang::Ru => format!("{:02}.{:02}.{}", d.day(), d.month(), d.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(num(Lang::En, 37.5), "37.5");
        assert_eq!(num(Lang::Ru, 37.5), "37,5");
        assert_eq!(num(Lang::Ru, 4.0), "4");
        assert_eq!(num(Lang::Ru, 10.0 / 3.0), "3,3");
    }

    #[test]
    fn dates_follow_the_language() {
        let t: Timestamp = "2026-11-04T23:30:00Z".parse().expect("valid timestamp");
        assert_eq!(date(Lang::En, t), "4 Nov 2026");
        assert_eq!(date(Lang::Ru, t), "04.11.2026");
    }

    #[test]
    fn due_dates_follow_the_language_when_they_are_dates() {
        assert_eq!(due(Lang::Ru, "2026-12-15"), "15.12.2026");
        assert_eq!(due(Lang::En, " 2026-12-05 "), "5 Dec 2026");
        assert_eq!(due(Lang::Ru, "к Новому году"), "к Новому году");
        assert_eq!(due(Lang::En, "2026-13-40"), "2026-13-40");
    }
}
