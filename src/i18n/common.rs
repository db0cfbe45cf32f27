//! Words of the method shared by the TUI, the CLI and the reports.

use crate::model::{ActionStatus, Channel, Control, Lang, Quadrant, Scale};

/// The name of a scale.
pub fn scale_name(lang: Lang, scale: Scale) -> &'static str {
    match (lang, scale) {
        (Lang::En, Scale::Frequency) => "Frequency",
        (Lang::En, Scale::Impact) => "Impact",
        (Lang::En, Scale::Satisfaction) => "Satisfaction",
        (Lang::Ru, Scale::Frequency) => "Частота",
        (Lang::Ru, Scale::Impact) => "Влияние",
        (Lang::Ru, Scale::Satisfaction) => "Удовлетворённость",
    }
}

/// One-letter column header for a scale (F / I / S, Ч / В / У).
pub fn scale_letter(lang: Lang, scale: Scale) -> &'static str {
    match (lang, scale) {
        (Lang::En, Scale::Frequency) => "F",
        (Lang::En, Scale::Impact) => "I",
        (Lang::En, Scale::Satisfaction) => "S",
        (Lang::Ru, Scale::Frequency) => "Ч",
        (Lang::Ru, Scale::Impact) => "В",
        (Lang::Ru, Scale::Satisfaction) => "У",
    }
}

/// The question a scale answers.
pub fn scale_question(lang: Lang, scale: Scale) -> &'static str {
    match (lang, scale) {
        (Lang::En, Scale::Frequency) => "How many customers meet it?",
        (Lang::En, Scale::Impact) => "How much does it weigh in the decision to buy or stay?",
        (Lang::En, Scale::Satisfaction) => "How well does it work for the customer today?",
        (Lang::Ru, Scale::Frequency) => "Сколько клиентов с ней сталкивается?",
        (Lang::Ru, Scale::Impact) => "Насколько она влияет на решение купить или остаться?",
        (Lang::Ru, Scale::Satisfaction) => "Насколько хорошо она работает для клиента сейчас?",
    }
}

const MEANINGS_EN: [[&str; 5]; 3] = [
    [
        "rarely",
        "occasionally",
        "regularly",
        "most customers",
        "almost every customer",
    ],
    ["negligible", "minor", "moderate", "strong", "critical"],
    [
        "very poor, customers are lost here",
        "poor",
        "acceptable",
        "good",
        "excellent",
    ],
];

const MEANINGS_RU: [[&str; 5]; 3] = [
    [
        "редко",
        "время от времени",
        "регулярно",
        "большинство клиентов",
        "почти каждый клиент",
    ],
    [
        "ничтожное",
        "небольшое",
        "умеренное",
        "сильное",
        "критическое",
    ],
    [
        "очень плохо, здесь теряем клиентов",
        "плохо",
        "приемлемо",
        "хорошо",
        "отлично",
    ],
];

/// What a score of `value` (1–5) means on a scale; empty for a value out of range.
pub fn scale_meaning(lang: Lang, scale: Scale, value: u8) -> &'static str {
    let table = match lang {
        Lang::En => &MEANINGS_EN,
        Lang::Ru => &MEANINGS_RU,
    };
    match value {
        1..=5 => table[scale.index()][usize::from(value - 1)],
        _ => "",
    }
}

/// The quadrant's name for people.
pub fn quadrant_name(lang: Lang, q: Quadrant) -> &'static str {
    match (lang, q) {
        (Lang::En, Quadrant::FixFirst) => "Fix first",
        (Lang::En, Quadrant::KeepUp) => "Keep up the good work",
        (Lang::En, Quadrant::LowPriority) => "Low priority",
        (Lang::En, Quadrant::Overkill) => "Possible overkill",
        (Lang::Ru, Quadrant::FixFirst) => "Исправить в первую очередь",
        (Lang::Ru, Quadrant::KeepUp) => "Так держать",
        (Lang::Ru, Quadrant::LowPriority) => "Низкий приоритет",
        (Lang::Ru, Quadrant::Overkill) => "Возможно, избыточно",
    }
}

/// A short quadrant label for narrow columns.
pub fn quadrant_short(lang: Lang, q: Quadrant) -> &'static str {
    match (lang, q) {
        (Lang::En, Quadrant::FixFirst) => "fix first",
        (Lang::En, Quadrant::KeepUp) => "keep up",
        (Lang::En, Quadrant::LowPriority) => "low",
        (Lang::En, Quadrant::Overkill) => "overkill",
        (Lang::Ru, Quadrant::FixFirst) => "исправить",
        (Lang::Ru, Quadrant::KeepUp) => "так держать",
        (Lang::Ru, Quadrant::LowPriority) => "низкий",
        (Lang::Ru, Quadrant::Overkill) => "избыточно",
    }
}

pub fn channel_name(lang: Lang, c: Channel) -> &'static str {
    match (lang, c) {
        (Lang::En, Channel::Online) => "online",
        (Lang::En, Channel::Offline) => "offline",
        (Lang::Ru, Channel::Online) => "онлайн",
        (Lang::Ru, Channel::Offline) => "офлайн",
    }
}

pub fn control_name(lang: Lang, c: Control) -> &'static str {
    match (lang, c) {
        (Lang::En, Control::Direct) => "direct",
        (Lang::En, Control::Indirect) => "indirect",
        (Lang::Ru, Control::Direct) => "прямая",
        (Lang::Ru, Control::Indirect) => "косвенная",
    }
}

pub fn action_status_name(lang: Lang, s: ActionStatus) -> &'static str {
    match (lang, s) {
        (Lang::En, ActionStatus::Planned) => "planned",
        (Lang::En, ActionStatus::InProgress) => "in progress",
        (Lang::En, ActionStatus::Done) => "done",
        (Lang::Ru, ActionStatus::Planned) => "запланировано",
        (Lang::Ru, ActionStatus::InProgress) => "в работе",
        (Lang::Ru, ActionStatus::Done) => "сделано",
    }
}

/// "critical" mark word.
pub fn critical_word(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "critical",
        Lang::Ru => "критично",
    }
}
