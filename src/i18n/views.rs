//! Words of the priority matrix and priority list views (those not in [`super::common`]).

use super::common::{quadrant_short, scale_letter};
use crate::model::score::{CRITICAL_IMPACT, CRITICAL_SATISFACTION, Crosshair, Ranked};
use crate::model::{Frac, Lang, Scale, fmt_num};

/// Every word the matrix and priority views show, in one language.
#[derive(Debug)]
pub struct ViewWords {
    /// Crosshair at the scale midpoint (label prefix).
    pub midpoint: &'static str,
    /// Crosshair at the mean of the scored touchpoints (label prefix).
    pub data_mean: &'static str,
    pub stage: &'static str,
    pub touchpoint: &'static str,
    pub priority: &'static str,
    /// Narrow column header for the priority.
    pub priority_short: &'static str,
    pub quadrant: &'static str,
    pub needs_discussion: &'static str,
    /// Shown where nothing is scored yet.
    pub nothing_scored: &'static str,
    pub not_scored_yet: &'static str,
    pub not_applicable: &'static str,
    /// Narrow marker for a not-applicable touchpoint.
    pub not_applicable_short: &'static str,
    pub top_three: &'static str,
    /// Shown in the top three when no action is recorded.
    pub no_action: &'static str,
    /// Legend of the mark columns of the priority list.
    pub marks_legend: &'static str,
    /// The legend's words for an agreed value's mark in a score cell, added to the legend
    /// while the list shows one.
    pub marks_agreed: &'static str,
    /// "and N more" after a cut list; `{}` is the count.
    pub more: &'static str,
    /// Why an unscored or a not-applicable touchpoint has no rank.
    pub why_unscored: &'static str,
    pub why_not_applicable: &'static str,
    pub critical: &'static str,
    /// What being critical does to the rank.
    pub first: &'static str,
    pub not_critical: &'static str,
    /// The matrix legend's words for its marks: `!` and the order, then `⚑`.
    pub legend_critical: &'static str,
    pub legend_discussion: &'static str,
}

const EN: ViewWords = ViewWords {
    midpoint: "midpoint",
    data_mean: "data mean",
    stage: "Stage",
    touchpoint: "Touchpoint",
    priority: "priority",
    priority_short: "Prio",
    quadrant: "Quadrant",
    needs_discussion: "needs discussion",
    nothing_scored: "Nothing is scored yet",
    not_scored_yet: "Not scored yet",
    not_applicable: "Not applicable",
    not_applicable_short: "n/a",
    top_three: "Top 3 for this month",
    no_action: "no action recorded yet",
    marks_legend: "! critical, ranked first   ⚑2 needs discussion: ratings 2+ apart",
    marks_agreed: "=3 agreed",
    more: "+{} more",
    why_unscored: "Not ranked until frequency, impact and satisfaction are all rated",
    why_not_applicable: "Not applicable: never ranked",
    critical: "critical",
    first: "first",
    not_critical: "not critical",
    legend_critical: "! critical, ranked first",
    legend_discussion: "⚑ needs discussion",
};

const RU: ViewWords = ViewWords {
    midpoint: "середина шкалы",
    data_mean: "среднее по данным",
    stage: "Этап",
    touchpoint: "Точка контакта",
    priority: "приоритет",
    priority_short: "Приор",
    quadrant: "Квадрант",
    needs_discussion: "нужно обсудить",
    nothing_scored: "Пока ничего не оценено",
    not_scored_yet: "Ещё не оценены",
    not_applicable: "Неприменимы",
    not_applicable_short: "н/п",
    top_three: "Топ-3 на этот месяц",
    no_action: "действие пока не записано",
    marks_legend: "! критично, идёт первым   ⚑2 обсудить: оценки расходятся на 2+",
    marks_agreed: "=3 согласовано",
    more: "ещё {}",
    why_unscored: "Без места в рейтинге, пока не оценены частота, влияние и удовлетворённость",
    why_not_applicable: "Неприменима: в рейтинг не входит",
    critical: "критично",
    first: "выше",
    not_critical: "не критично",
    legend_critical: "! критично, идёт первым",
    legend_discussion: "⚑ нужно обсудить",
};

/// The view words for a UI language.
pub fn words(lang: Lang) -> &'static ViewWords {
    match lang {
        Lang::En => &EN,
        Lang::Ru => &RU,
    }
}

/// Why a touchpoint ranks where it does, with its own numbers in the formula and the rules it
/// meets: `#3: 4×5×(6−2) = 80 · critical (I≥4.5, S≤2): first · fix first (I>3, S≤3)`.
pub fn why_rank(lang: Lang, r: &Ranked, crosshair: Crosshair) -> String {
    let w = words(lang);
    let s = &r.scores;
    let (li, ls) = (
        scale_letter(lang, Scale::Impact),
        scale_letter(lang, Scale::Satisfaction),
    );
    let (f, i, sat) = (
        fmt_num(s.frequency),
        fmt_num(s.impact),
        fmt_num(s.satisfaction),
    );
    let formula = format!("#{}: {f}×{i}×(6−{sat}) = {}", r.rank, fmt_num(r.priority));
    let critical = if r.critical {
        let (ci, cs) = (fmt_num(CRITICAL_IMPACT), fmt_num(CRITICAL_SATISFACTION));
        format!("{} ({li}≥{ci}, {ls}≤{cs}): {}", w.critical, w.first)
    } else {
        w.not_critical.to_string()
    };
    let cmp = |v: Frac, line: Frac| if v > line { ">" } else { "≤" };
    let (xi, xs) = (crosshair.impact, crosshair.satisfaction);
    let quadrant = format!(
        "{} ({li}{}{}, {ls}{}{})",
        quadrant_short(lang, r.quadrant),
        cmp(s.impact, xi),
        fmt_num(xi),
        cmp(s.satisfaction, xs),
        fmt_num(xs)
    );
    let text = format!("{formula} · {critical} · {quadrant}");
    match lang {
        Lang::Ru => text.replace('.', ","),
        Lang::En => text,
    }
}

/// `more` with its count filled in.
pub fn more(lang: Lang, n: usize) -> String {
    words(lang).more.replace("{}", &n.to_string())
}

/// Why a touchpoint is critical, with its own values against the rule's, short enough for
/// the matrix panel: `critical: I 5≥4.5, S 1.5≤2` (`;` between them where the comma is the
/// decimal separator).
pub fn critical_reason(lang: Lang, r: &Ranked) -> String {
    let n = |v: crate::model::Frac| super::num(lang, v);
    let and = match lang {
        Lang::En => ",",
        Lang::Ru => ";",
    };
    format!(
        "{}: {} {}≥{}{and} {} {}≤{}",
        words(lang).critical,
        scale_letter(lang, Scale::Impact),
        n(r.scores.impact),
        n(CRITICAL_IMPACT),
        scale_letter(lang, Scale::Satisfaction),
        n(r.scores.satisfaction),
        n(CRITICAL_SATISFACTION)
    )
}
