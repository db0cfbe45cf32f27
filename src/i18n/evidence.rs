//! Words for the evidence behind the scores: levels, measurements, the customers' voice, the
//! funnel and the data gaps, in English and Russian.

use super::Lang;
use crate::model::Level;

/// A level's name as people read it.
pub fn level_name(lang: Lang, level: Level) -> &'static str {
    match (lang, level) {
        (Lang::En, Level::Measured) => "measured",
        (Lang::En, Level::Observed) => "observed",
        (Lang::En, Level::Customers) => "customers",
        (Lang::En, Level::Reported) => "reported",
        (Lang::En, Level::Assumed) => "assumed",
        (Lang::Ru, Level::Measured) => "измерено",
        (Lang::Ru, Level::Observed) => "видели сами",
        (Lang::Ru, Level::Customers) => "слова клиентов",
        (Lang::Ru, Level::Reported) => "со слов сотрудников",
        (Lang::Ru, Level::Assumed) => "предположение",
    }
}

/// The headings and phrases of the evidence section of the text and Markdown reports.
pub struct EvidenceWords {
    pub section: &'static str,
    pub intro: &'static str,
    pub levels_heading: &'static str,
    pub funnel_heading: &'static str,
    pub biggest_loss: &'static str,
    pub rate_note: &'static str,
    pub customers_heading: &'static str,
    pub team: &'static str,
    pub customers: &'static str,
    pub difference: &'static str,
    pub disagree: &'static str,
    pub nps: &'static str,
    pub indicative: &'static str,
    pub measurements_heading: &'static str,
    pub met: &'static str,
    pub missed: &'static str,
    pub target: &'static str,
    pub gaps_heading: &'static str,
    pub gaps_intro: &'static str,
    pub no_gaps: &'static str,
    pub by_customers: &'static str,
    pub not_surveyed: &'static str,
    pub last_time: &'static str,
    pub answers: &'static str,
    pub compare_heading: &'static str,
    pub figure: &'static str,
    pub s_from_customers: &'static str,
}

const EN: EvidenceWords = EvidenceWords {
    section: "What we know and what we assume",
    intro: "Each score rests on measured figures, what was observed, customers' answers, staff reports, or a guess (assumed).",
    levels_heading: "Evidence by touchpoint (frequency / impact / satisfaction)",
    funnel_heading: "Funnel",
    biggest_loss: "Biggest loss",
    rate_note: "the lowest conversion to the next stage: a rate, not a count of customers",
    customers_heading: "Staff against customers",
    team: "team",
    customers: "customers",
    difference: "customers − team",
    disagree: "the team's score lies outside the customers' 95% interval",
    nps: "NPS",
    indicative: "indicative: fewer than 30 answers",
    measurements_heading: "Measurements",
    met: "met",
    missed: "missed",
    target: "target",
    gaps_heading: "Data gaps",
    gaps_intro: "Top-ranked touchpoints whose place rests on a guess: measure these before spending money.",
    no_gaps: "None: every top-ranked touchpoint rests on more than a guess.",
    by_customers: "Ranked by the customers' satisfaction (touchpoints with at least 10 answers only).",
    not_surveyed: "Not surveyed (fewer than 10 answers)",
    last_time: "last time",
    answers: "answers",
    compare_heading: "Evidence before and after",
    figure: "Figure",
    s_from_customers: "S here is the customers' mean answer (1–5), not the team's ratings.",
};

const RU: EvidenceWords = EvidenceWords {
    section: "Что мы знаем и что предполагаем",
    intro: "Каждая оценка опирается на измерения, то, что видели сами, ответы клиентов, слова сотрудников или на догадку (предположение).",
    levels_heading: "Основания оценок (частота / влияние / удовлетворённость)",
    funnel_heading: "Воронка",
    biggest_loss: "Самая большая потеря",
    rate_note: "самая низкая конверсия в следующий этап: доля, а не число клиентов",
    customers_heading: "Команда и клиенты",
    team: "команда",
    customers: "клиенты",
    difference: "клиенты − команда",
    disagree: "оценка команды вне 95% интервала клиентов",
    nps: "NPS",
    indicative: "ориентировочно: меньше 30 ответов",
    measurements_heading: "Измерения",
    met: "достигнуто",
    missed: "не достигнуто",
    target: "цель",
    gaps_heading: "Пробелы в данных",
    gaps_intro: "Точки из верха списка, место которых держится на догадке: измерьте их, прежде чем тратить деньги.",
    no_gaps: "Нет: каждая точка из верха списка опирается не только на догадку.",
    by_customers: "Ранжировано по удовлетворённости клиентов (только точки, где не меньше 10 ответов).",
    not_surveyed: "Не опрошены (меньше 10 ответов)",
    last_time: "в прошлый раз",
    answers: "ответов",
    compare_heading: "Данные до и после",
    figure: "Показатель",
    s_from_customers: "У здесь — средний ответ клиентов (1–5), а не оценки команды.",
};

pub fn evidence_words(lang: Lang) -> &'static EvidenceWords {
    match lang {
        Lang::En => &EN,
        Lang::Ru => &RU,
    }
}
