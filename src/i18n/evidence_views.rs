//! Words of the workbench's evidence views: the funnel on the stage list, where the matrix and
//! the list take satisfaction from, and the data gaps, in English and Russian.

use super::Lang;
use crate::model::Frac;

/// A count of customers with the language's digit grouping: `12,400` in English,
/// `12 400` in Russian (a no-break space, so a wrapped line never splits a number).
pub fn count(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::En => ",",
        Lang::Ru => "\u{a0}",
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

/// A conversion as a percentage with one decimal at most and the language's decimal mark:
/// `13.2%`, `13,2%`.
pub fn percent(lang: Lang, c: Frac) -> String {
    format!("{}%", super::num(lang, c.to_f64() * 100.0))
}

/// The words of the evidence views in one language.
#[derive(Debug)]
pub struct EvidenceViewWords {
    /// After a stage's count of customers in the stage header.
    pub customers: &'static str,
    /// The mark beside the biggest loss.
    pub loss_mark: &'static str,
    /// What the mark means: the lowest conversion, a rate.
    pub biggest_loss: &'static str,
    /// The same, short enough for the stage list.
    pub loss_short: &'static str,
    /// The title tags: where satisfaction comes from.
    pub from_team: &'static str,
    pub from_customers: &'static str,
    /// The data-gaps filter's title tag and heading.
    pub gaps_tag: &'static str,
    pub gaps_heading: &'static str,
    /// Under the heading: what the rows are (the heading says what to do with them).
    pub gaps_intro: &'static str,
    /// Why a touchpoint is a data gap, under the scale's name: its impact is a guess; its
    /// satisfaction is a guess that nothing backs.
    pub assumed: &'static str,
    pub unbacked: &'static str,
    pub no_gaps: &'static str,
}

const EN: EvidenceViewWords = EvidenceViewWords {
    customers: "customers",
    loss_mark: "▼",
    biggest_loss: "biggest loss (a rate, not a count)",
    loss_short: "biggest loss (rate)",
    from_team: "S: team",
    from_customers: "S: customers",
    gaps_tag: "data gaps",
    gaps_heading: "What to measure before spending money",
    gaps_intro: "Top-ranked touchpoints whose place rests on a guess",
    assumed: "assumed",
    unbacked: "assumed: no survey ≥10, no measurement",
    no_gaps: "No data gaps: every top-10 touchpoint rests on more than a guess",
};

const RU: EvidenceViewWords = EvidenceViewWords {
    customers: "клиентов",
    loss_mark: "▼",
    biggest_loss: "самая большая потеря (доля, а не число)",
    loss_short: "главная потеря (доля)",
    from_team: "У: команда",
    from_customers: "У: клиенты",
    gaps_tag: "пробелы в данных",
    gaps_heading: "Что измерить, прежде чем тратить деньги",
    gaps_intro: "Точки из верха списка, место которых держится на догадке",
    assumed: "догадка",
    unbacked: "догадка: нет опроса ≥10 и измерений",
    no_gaps: "Пробелов нет: каждая точка из первой десятки опирается не только на догадку",
};

pub fn words(lang: Lang) -> &'static EvidenceViewWords {
    match lang {
        Lang::En => &EN,
        Lang::Ru => &RU,
    }
}

/// "not surveyed: 7": the touchpoints the customers' ranking leaves out.
pub fn not_surveyed(lang: Lang, n: usize) -> String {
    match lang {
        Lang::En => format!("not surveyed: {n}"),
        Lang::Ru => format!("без опроса: {n}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_grouped_by_thousands_in_each_language() {
        assert_eq!(count(Lang::En, 12400), "12,400");
        assert_eq!(count(Lang::Ru, 12400), "12\u{a0}400");
        assert_eq!(count(Lang::Ru, 1_234_567), "1\u{a0}234\u{a0}567");
        assert_eq!(count(Lang::En, 410), "410");
        assert_eq!(count(Lang::En, 0), "0");
    }

    #[test]
    fn percentages_take_the_decimal_mark_of_the_language() {
        assert_eq!(percent(Lang::En, Frac::new(41, 310)), "13.2%");
        assert_eq!(percent(Lang::Ru, Frac::new(41, 310)), "13,2%");
        assert_eq!(percent(Lang::En, Frac::int(3)), "300%");
    }
}
