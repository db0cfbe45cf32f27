//! Words of the reports over several audits (compare, trend, combine) and of the "since the last
//! audit" section, in English and Russian.

use crate::model::Lang;
use crate::model::compare::{Presence, Verdict};

/// Every fixed word those reports print, for one language.
#[derive(Debug)]
pub struct Words {
    pub compare_title: &'static str,
    pub trend_title: &'static str,
    pub combine_title: &'static str,
    pub audits: &'static str,
    pub improved: &'static str,
    pub worsened: &'static str,
    pub unchanged: &'static str,
    pub not_comparable: &'static str,
    pub added: &'static str,
    pub removed: &'static str,
    pub critical_then: &'static str,
    pub critical_now: &'static str,
    pub moved: &'static str,
    pub became_critical: &'static str,
    pub no_longer_critical: &'static str,
    pub done_actions: &'static str,
    pub no_done_actions: &'static str,
    pub changes: &'static str,
    pub before: &'static str,
    pub after: &'static str,
    pub change: &'static str,
    pub rank_before: &'static str,
    pub rank_after: &'static str,
    /// The short heading of the rank before, beside `#` in text.
    pub was: &'static str,
    pub trend: &'static str,
    pub status: &'static str,
    pub helped: &'static str,
    pub not_ranked: &'static str,
    pub absent: &'static str,
    pub since: &'static str,
    pub since_intro: &'static str,
    pub arrow_note: &'static str,
    pub change_note: &'static str,
    pub trend_note: &'static str,
    pub scored_in: &'static str,
    pub worst: &'static str,
    pub spread: &'static str,
    pub spread_note: &'static str,
    pub by_audit: &'static str,
    pub combine_note: &'static str,
    pub too_many_columns: &'static str,
}

const EN: Words = Words {
    compare_title: "Audit comparison",
    trend_title: "Audit trend",
    combine_title: "Combined priority list",
    audits: "Audits",
    improved: "improved",
    worsened: "worsened",
    unchanged: "unchanged",
    not_comparable: "not ranked in both",
    added: "added",
    removed: "removed",
    critical_then: "critical then",
    critical_now: "critical now",
    moved: "Moved between quadrants",
    became_critical: "Became critical",
    no_longer_critical: "No longer critical",
    done_actions: "Actions done since",
    no_done_actions: "No action was marked done since then.",
    changes: "Touchpoint by touchpoint",
    before: "before",
    after: "after",
    change: "Change",
    rank_before: "# before",
    rank_after: "# after",
    was: "was",
    trend: "Trend",
    status: "Status",
    helped: "Priority",
    not_ranked: "not ranked",
    absent: "not in this audit",
    since: "Since the last audit",
    since_intro: "Compared with",
    arrow_note: "Each arrow runs from a touchpoint's place in the first audit to its place now; \
                 the number is its rank now.",
    change_note: "Priority falls as a touchpoint gets better: a negative change is an improvement.",
    trend_note: "Priority in each audit, oldest first; the line is drawn on one scale for every \
                 touchpoint, from the lowest to the highest priority in the table.",
    scored_in: "Audits",
    worst: "Worst in",
    spread: "Spread",
    spread_note: "Spread: the highest minus the lowest value across the audits that scored the \
                  touchpoint (F, I, S and priority).",
    by_audit: "Priority by audit",
    combine_note: "Each scale is the mean of the touchpoint's effective scores in the audits where \
                   it is fully scored; priority, critical, ranking and quadrants then follow the \
                   method.",
    too_many_columns: "Too many audits for one table; the CSV with --long has every value.",
};

const RU: Words = Words {
    compare_title: "Сравнение аудитов",
    trend_title: "Динамика аудитов",
    combine_title: "Сводный список приоритетов",
    audits: "Аудиты",
    improved: "улучшились",
    worsened: "ухудшились",
    unchanged: "без изменений",
    not_comparable: "оценены не в обоих",
    added: "новые",
    removed: "убраны",
    critical_then: "критичных было",
    critical_now: "критичных стало",
    moved: "Переходы между квадрантами",
    became_critical: "Стали критичными",
    no_longer_critical: "Больше не критичны",
    done_actions: "Действия, выполненные после",
    no_done_actions: "С тех пор ни одно действие не отмечено выполненным.",
    changes: "По точкам контакта",
    before: "было",
    after: "стало",
    change: "Изменение",
    rank_before: "№ было",
    rank_after: "№ стало",
    was: "было",
    trend: "Динамика",
    status: "Статус",
    helped: "Приоритет",
    not_ranked: "не в списке",
    absent: "нет в этом аудите",
    since: "С прошлого аудита",
    since_intro: "Сравнение с аудитом",
    arrow_note: "Стрелка идёт от места точки в первом аудите к её месту сейчас; число — её \
                 место в списке сейчас.",
    change_note: "Чем лучше работает точка, тем ниже приоритет: отрицательное изменение — \
                  улучшение.",
    trend_note: "Приоритет в каждом аудите, от старого к новому; линии построены в одном \
                 масштабе для всех точек, от наименьшего до наибольшего приоритета в таблице.",
    scored_in: "Аудитов",
    worst: "Хуже всего",
    spread: "Разброс",
    spread_note: "Разброс — наибольшее значение минус наименьшее по аудитам, где точка оценена \
                  (Ч, В, У и приоритет).",
    by_audit: "Приоритет по аудитам",
    combine_note: "Оценка по каждой шкале — среднее эффективных оценок точки в тех аудитах, где \
                   она оценена полностью; приоритет, критичность, порядок и квадранты считаются \
                   по методике.",
    too_many_columns: "Аудитов слишком много для одной таблицы; все значения — в CSV с --long.",
};

/// The words of a language.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::Ru => &RU,
    }
}

/// How a change reads: "improved", "worsened", "unchanged" and their Russian forms.
pub fn verdict_name(lang: Lang, v: Verdict) -> &'static str {
    let w = words(lang);
    match v {
        Verdict::Improved => w.improved,
        Verdict::Worsened => w.worsened,
        Verdict::Unchanged => w.unchanged,
    }
}

/// A row's status for people: empty for a kept touchpoint.
pub fn presence_name(lang: Lang, p: Presence) -> &'static str {
    match (lang, p) {
        (_, Presence::Kept) => "",
        (Lang::En, Presence::Added) => "new",
        (Lang::En, Presence::Removed) => "removed",
        (Lang::Ru, Presence::Added) => "новая",
        (Lang::Ru, Presence::Removed) => "убрана",
    }
}

/// A verdict for one touchpoint: "improved" / "улучшилась".
pub fn verdict_one(lang: Lang, v: Verdict) -> &'static str {
    match (lang, v) {
        (Lang::En, Verdict::Improved) => "improved",
        (Lang::En, Verdict::Worsened) => "worsened",
        (Lang::En, Verdict::Unchanged) => "unchanged",
        (Lang::Ru, Verdict::Improved) => "улучшилась",
        (Lang::Ru, Verdict::Worsened) => "ухудшилась",
        (Lang::Ru, Verdict::Unchanged) => "без изменений",
    }
}

/// A half-done re-audit's summary line: how many touchpoints `name` has not scored yet, and
/// that the counts compare only the `both` touchpoints ranked in both audits.
pub fn unscored_note(lang: Lang, name: &str, n: usize, both: usize) -> String {
    match lang {
        Lang::En => format!(
            "Not scored yet in {name}: {n}; the counts below compare only the touchpoints \
             both audits scored: {both}"
        ),
        Lang::Ru => format!(
            "Ещё не оценено в {name}: {n}; ниже сравниваются только точки, оценённые в обоих \
             аудитах: {both}"
        ),
    }
}
