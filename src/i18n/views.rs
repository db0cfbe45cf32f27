//! Words of the priority matrix and priority list views (those not in [`super::common`]).

use crate::model::Lang;

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
    /// "and N more" after a cut list; `{}` is the count.
    pub more: &'static str,
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
    marks_legend: "! critical   ? needs discussion (ratings differ by 2+)",
    more: "+{} more",
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
    marks_legend: "! критично   ? нужно обсудить (оценки расходятся на 2+)",
    more: "ещё {}",
};

/// The view words for a UI language.
pub fn words(lang: Lang) -> &'static ViewWords {
    match lang {
        Lang::En => &EN,
        Lang::Ru => &RU,
    }
}

/// `more` with its count filled in.
pub fn more(lang: Lang, n: usize) -> String {
    words(lang).more.replace("{}", &n.to_string())
}
