//! Words of the card's one-line evidence summary near its top: what the customers said, how the
//! team's score stands against it, and how many targets the measurements miss, in English and
//! Russian.

use super::{Lang, num};
use crate::model::voice::Customers;

/// The summary's label: `Evidence:`.
pub fn label(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "Evidence:",
        Lang::Ru => "Данные:",
    }
}

/// The customers' mean and how many answered: `customers 3.5 (n = 61)`.
pub fn customers(lang: Lang, c: &Customers) -> String {
    let who = match lang {
        Lang::En => "customers",
        Lang::Ru => "клиенты",
    };
    format!("{who} {} (n = {})", num(lang, c.mean), c.n)
}

/// The team's score against the customers': `≠ team` outside their 95% interval, `≈ team`
/// within it.
pub fn versus_team(lang: Lang, disagree: bool) -> String {
    let team = match lang {
        Lang::En => "team",
        Lang::Ru => "команда",
    };
    let sign = if disagree { "≠" } else { "≈" };
    format!("{sign} {team}")
}

/// How many of the measurements with a target miss it: `1 of 2 targets missed`; all met:
/// `2 of 2 targets met`.
pub fn targets(lang: Lang, missed: usize, of: usize) -> String {
    let noun = if of == 1 { "target" } else { "targets" };
    match (lang, missed) {
        (Lang::En, 0) => format!("{of} of {of} {noun} met"),
        (Lang::En, m) => format!("{m} of {of} {noun} missed"),
        (Lang::Ru, 0) => format!("целей достигнуто: {of} из {of}"),
        (Lang::Ru, m) => format!("целей не достигнуто: {m} из {of}"),
    }
}

/// Measurements none of which has a target: `2 measurements`.
pub fn measurements(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::En, 1) => "1 measurement".to_string(),
        (Lang::En, n) => format!("{n} measurements"),
        (Lang::Ru, n) => format!("измерений: {n}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_say_how_many_are_missed_or_that_all_are_met() {
        assert_eq!(targets(Lang::En, 1, 2), "1 of 2 targets missed");
        assert_eq!(targets(Lang::En, 0, 1), "1 of 1 target met");
        assert_eq!(targets(Lang::Ru, 1, 2), "целей не достигнуто: 1 из 2");
        assert_eq!(targets(Lang::Ru, 0, 3), "целей достигнуто: 3 из 3");
        assert_eq!(measurements(Lang::En, 1), "1 measurement");
        assert_eq!(measurements(Lang::Ru, 2), "измерений: 2");
    }
}
