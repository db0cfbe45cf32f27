//! Words for the evidence behind the scores: levels, measurements, the customers' voice, the
//! funnel and the data gaps, in English and Russian.

use std::fmt::Write;

use super::{Lang, num};
use crate::model::Level;
use crate::model::voice::Customers;

/// A measured value as typed, with the language's decimal mark: `0.25`, `0,25`.
pub fn figure(lang: Lang, v: f64) -> String {
    let s = format!("{v}");
    match lang {
        Lang::En => s,
        Lang::Ru => s.replace('.', ","),
    }
}

/// The customers' answers on a touchpoint in words: `2.3 (n = 214, 95%: 2.1–2.5)`; the mean
/// is the exact fraction shown with one decimal at most.
pub fn customers_text(lang: Lang, c: &Customers) -> String {
    let mut s = format!("{} (n = {}", num(lang, c.mean), c.n);
    if let Some((lo, hi)) = c.ci95 {
        let _ = write!(s, ", 95%: {}–{}", num(lang, lo), num(lang, hi));
    }
    s.push(')');
    s
}

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

/// A level as the card shows it beside a scale, in full or (`short`) in a word: a guess
/// carries a question mark.
pub fn level_mark(lang: Lang, level: Level, short: bool) -> String {
    let name = match (short, lang, level) {
        (true, Lang::Ru, Level::Customers) => "клиенты",
        (true, Lang::Ru, Level::Reported) => "сотрудники",
        (true, Lang::Ru, Level::Observed) => "видели",
        (true, Lang::Ru, Level::Assumed) => "догадка",
        _ => level_name(lang, level),
    };
    if level.is_assumed() {
        format!("{name}?")
    } else {
        name.to_string()
    }
}

/// The card's words for the evidence of the selected touchpoint.
pub struct CardWords {
    pub measurements: &'static str,
    pub customers: &'static str,
    pub no_target: &'static str,
    /// Under 10 answers: no interval, no comparison with the team.
    pub too_few: &'static str,
    /// The team's score outside the customers' 95% interval; after the signed difference.
    pub disagree: &'static str,
    /// The team's score inside the interval; after the signed difference.
    pub agree: &'static str,
    /// The signed difference's label.
    pub difference: &'static str,
    /// While blind the team's score is hidden, and so is any comparison with it.
    pub blind: &'static str,
    pub no_team_score: &'static str,
}

const CARD_EN: CardWords = CardWords {
    measurements: "Measurements",
    customers: "Customers",
    no_target: "no target",
    too_few: "too few answers to compare with the team (under 10)",
    disagree: "the team's score is outside the customers' 95% interval",
    agree: "the team's score is within the customers' 95% interval",
    difference: "customers − team",
    blind: "compared with the team once the scores are revealed",
    no_team_score: "the team has not scored satisfaction yet",
};

const CARD_RU: CardWords = CardWords {
    measurements: "Измерения",
    customers: "Клиенты",
    no_target: "без цели",
    too_few: "слишком мало ответов, чтобы сравнить с командой (меньше 10)",
    disagree: "оценка команды вне 95% интервала клиентов",
    agree: "оценка команды внутри 95% интервала клиентов",
    difference: "клиенты − команда",
    blind: "сравнение с командой — после того как оценки откроют",
    no_team_score: "команда ещё не оценила удовлетворённость",
};

pub fn card_words(lang: Lang) -> &'static CardWords {
    match lang {
        Lang::En => &CARD_EN,
        Lang::Ru => &CARD_RU,
    }
}

/// The words of the measurement form.
pub struct FormWords {
    pub title: &'static str,
    /// The first field: which measurement the form changes.
    pub choice: &'static str,
    pub new: &'static str,
    pub metric: &'static str,
    pub value: &'static str,
    pub unit: &'static str,
    pub target: &'static str,
    pub better: &'static str,
    pub higher: &'static str,
    pub lower: &'static str,
    pub source: &'static str,
    pub date: &'static str,
    /// Before the name of the measurement a typed metric replaces.
    pub replaces: &'static str,
    /// How a chosen measurement is removed, and brought back.
    pub remove: &'static str,
    /// A new measurement of a metric the touchpoint has replaces it.
    pub same_metric: &'static str,
    pub no_metric: &'static str,
    pub not_a_number: &'static str,
    pub too_large: &'static str,
    pub bad_date: &'static str,
}

const FORM_EN: FormWords = FormWords {
    title: "Measurements",
    choice: "Measurement",
    new: "new",
    metric: "Metric",
    value: "Value",
    unit: "Unit",
    target: "Target",
    better: "Better",
    higher: "higher is better",
    lower: "lower is better",
    source: "Source",
    date: "Date (YYYY-MM-DD)",
    replaces: "Saving replaces the measurement",
    remove: "Ctrl+D removes this measurement; u brings it back.",
    same_metric: "A metric the touchpoint already has is replaced, not added twice.",
    no_metric: "give the measurement a name, such as \"first response in chat\"",
    not_a_number: "not a number: write it as 14, 2.5 or 12 400",
    too_large: "a number up to 10¹² in size",
    bad_date: "a real date written YYYY-MM-DD, or empty",
};

const FORM_RU: FormWords = FormWords {
    title: "Измерения",
    choice: "Измерение",
    new: "новое",
    metric: "Показатель",
    value: "Значение",
    unit: "Единица",
    target: "Цель",
    better: "Лучше",
    higher: "чем больше, тем лучше",
    lower: "чем меньше, тем лучше",
    source: "Источник",
    date: "Дата (ГГГГ-ММ-ДД)",
    replaces: "Сохранение заменит измерение",
    remove: "Ctrl+D удаляет это измерение; u вернёт его.",
    same_metric: "Показатель, который у точки уже есть, заменяется, а не добавляется второй раз.",
    no_metric: "назовите измерение, например «первый ответ в чате»",
    not_a_number: "не число: напишите 14, 2,5 или 12 400",
    too_large: "число не больше 10¹² по модулю",
    bad_date: "реальная дата в виде ГГГГ-ММ-ДД или пусто",
};

pub fn form_words(lang: Lang) -> &'static FormWords {
    match lang {
        Lang::En => &FORM_EN,
        Lang::Ru => &FORM_RU,
    }
}

/// A signed difference with one decimal at most and a true minus: `+0.7`, `−1,2`, `0`.
pub fn signed(lang: Lang, v: f64) -> String {
    let s = num(lang, v.abs());
    if s == num(lang, 0.0) {
        s
    } else if v > 0.0 {
        format!("+{s}")
    } else {
        format!("−{s}")
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
