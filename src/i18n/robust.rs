//! Words for how sure the ranking is (`model::robust`): the rank range, the near-critical
//! mark, the stable top, what a place rests on, and the variants in plain words.

use super::common::{quadrant_name, scale_name};
use crate::model::robust::{Reliance, STABLE_WITHIN, TOP, Variant};
use crate::model::{Lang, Quadrant, Scale};

/// The mark of a near-critical touchpoint.
pub const NEAR_MARK: &str = "≈";

/// Fixed words of the robustness parts of a report.
pub struct Words {
    pub heading: &'static str,
    /// The column or legend name of the rank range.
    pub range: &'static str,
    pub range_legend: &'static str,
    pub near: &'static str,
    pub near_legend: &'static str,
    /// The same, ranked by the customers: their mean is no rating to move.
    pub near_legend_customers: &'static str,
    /// The method note's paragraphs on the variants.
    pub method_text: [&'static str; 2],
}

impl Words {
    /// The ≈ legend: ranked by the customers, only impact is a rating that can move.
    pub fn near_legend_by(&self, by_customers: bool) -> &'static str {
        if by_customers {
            self.near_legend_customers
        } else {
            self.near_legend
        }
    }
}

const EN: Words = Words {
    heading: "How sure the ranking is",
    range: "range",
    range_legend: "(1–4): the best and the worst rank over the variants of the method",
    near: "near critical",
    near_legend: "near critical: moving one rating of impact or satisfaction by one point would \
                  change whether it is critical",
    near_legend_customers: "near critical: moving one rating of impact by one point would change \
                            whether it is critical (satisfaction is the customers' mean here)",
    method_text: [
        "How sure the ranking is. The same ratings are ranked again in other reasonable ways: \
         without the critical-first rule; by impact × (6 − satisfaction), leaving out how many \
         customers meet the touchpoint, so that a rare but decisive moment such as a return or a \
         complaint is not buried; and, with two or more participants, once without each \
         participant's ratings, so that the weight of a single voice shows. A value the room \
         settled on after discussion stays in every one of them.",
        "A touchpoint's rank range (1–4) is its best and worst place over these rankings; ≈ \
         marks a touchpoint whose critical status would change if one rating of impact or \
         satisfaction moved by one point. The stable top are the touchpoints of the top 3 that \
         are never below 5th in any of them: those are safe to act on first.",
    ],
};

const RU: Words = Words {
    heading: "Насколько надёжен порядок",
    range: "диапазон",
    range_legend: "(1–4): лучшее и худшее место по вариантам метода",
    near: "на грани критичности",
    near_legend: "на грани критичности: сдвиг одной оценки влияния или удовлетворённости на один \
                  балл изменит, критична ли точка",
    near_legend_customers: "на грани критичности: сдвиг одной оценки влияния на один балл \
                            изменит, критична ли точка (удовлетворённость здесь — среднее \
                            клиентов)",
    method_text: [
        "Насколько надёжен порядок. Те же оценки ранжируются ещё несколькими разумными \
         способами: без правила «критичные первыми»; по влиянию × (6 − удовлетворённость), без \
         частоты, чтобы редкий, но решающий момент — возврат или жалоба — не терялся; и, если \
         участников двое или больше, по разу без оценок каждого участника, чтобы был виден вес \
         одного голоса. Значение, принятое после обсуждения, сохраняется во всех вариантах.",
        "Диапазон мест точки (1–4) — её лучшее и худшее место по этим вариантам; ≈ отмечает \
         точку, критичность которой изменится, если одну оценку влияния или удовлетворённости \
         сдвинуть на один балл. Устойчивая тройка — точки из первых трёх, которые ни в одном \
         варианте не опускаются ниже 5-го места: с них можно начинать без оглядки.",
    ],
};

pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::Ru => &RU,
    }
}

/// `2 (1–4)`; the rank alone when no variant moves it.
pub fn rank_range(rank: usize, min: usize, max: usize) -> String {
    if min == rank && max == rank {
        rank.to_string()
    } else {
        format!("{rank} ({min}–{max})")
    }
}

/// A variant in a few words; `who` names the participant of `without:ID`.
pub fn variant_name(lang: Lang, v: &Variant, who: &str) -> String {
    match (lang, v) {
        (Lang::En, Variant::Method) => "the method".into(),
        (Lang::En, Variant::NoCriticalRule) => "without the critical-first rule".into(),
        (Lang::En, Variant::ImpactGap) => "by impact × gap".into(),
        (Lang::En, Variant::Without(_)) => format!("without {who}'s ratings"),
        (Lang::Ru, Variant::Method) => "метод".into(),
        (Lang::Ru, Variant::NoCriticalRule) => "без правила «критичные первыми»".into(),
        (Lang::Ru, Variant::ImpactGap) => "по влиянию × разрыву".into(),
        (Lang::Ru, Variant::Without(_)) => format!("без оценок участника {who}"),
    }
}

/// A touchpoint's place in a line for the workbench: its rank and range, and the variant that
/// moves it furthest ("rank 2 (1–9); 9 without Anna's ratings"); `who` names the participant of
/// a `without:ID` variant.
pub fn sure_line(
    lang: Lang,
    (rank, min, max): (usize, usize, usize),
    moved: Option<(&Variant, Option<usize>)>,
    who: &str,
    near: bool,
) -> String {
    let range = rank_range(rank, min, max);
    let mut line = match (lang, moved) {
        (Lang::En, None) => format!("rank {rank} in every variant"),
        (Lang::Ru, None) => format!("место {rank} во всех вариантах"),
        (Lang::En, Some((v, Some(r)))) => {
            format!("rank {range}; {r} {}", variant_name(lang, v, who))
        }
        (Lang::Ru, Some((v, Some(r)))) => {
            format!("место {range}; {r} {}", variant_name(lang, v, who))
        }
        (Lang::En, Some((v, None))) => {
            format!("rank {range}; not ranked {}", variant_name(lang, v, who))
        }
        (Lang::Ru, Some((v, None))) => {
            format!(
                "место {range}; {} — вне рейтинга",
                variant_name(lang, v, who)
            )
        }
    };
    if near {
        line.push_str(&format!("; {NEAR_MARK} {}", words(lang).near));
    }
    line
}

/// The stable top in a sentence: "These come first whichever way you look: …".
pub fn stable_top(lang: Lang, names: &[String]) -> String {
    match (lang, names.is_empty()) {
        (Lang::En, false) => format!(
            "These come first whichever way you look: {} — in the top {TOP}, and never below \
             {STABLE_WITHIN}th under any variant.",
            names.join("; ")
        ),
        (Lang::En, true) => format!(
            "No touchpoint of the top {TOP} stays within the top {STABLE_WITHIN} under every \
             variant: the order at the top depends on the method's choices or on single voices."
        ),
        (Lang::Ru, false) => format!(
            "Эти точки первые при любом взгляде: {} — в первой тройке и ни в одном варианте не \
             ниже {STABLE_WITHIN}-го места.",
            names.join("; ")
        ),
        (Lang::Ru, true) => format!(
            "Ни одна точка из первых {TOP} не остаётся в первых {STABLE_WITHIN} во всех \
             вариантах: порядок наверху зависит от выбора метода или от отдельных голосов."
        ),
    }
}

/// What the place of `#rank name` rests on; `who` names the participant of a voice.
pub fn reliance(lang: Lang, rank: usize, name: &str, r: &Reliance, who: &str) -> String {
    let place = |n: Option<usize>| match (lang, n) {
        (Lang::En, Some(n)) => format!("it would be #{n}"),
        (Lang::En, None) => "it would not be scored".to_string(),
        (Lang::Ru, Some(n)) => format!("была бы №{n}"),
        (Lang::Ru, None) => "осталась бы без оценки".to_string(),
    };
    match (lang, r) {
        (Lang::En, Reliance::CriticalRule { rank: n }) => format!(
            "#{rank} {name} is up there because it is critical; by priority alone {}.",
            place(Some(*n))
        ),
        (Lang::Ru, Reliance::CriticalRule { rank: n }) => format!(
            "№{rank} «{name}» стоит так высоко, потому что критична; только по приоритету {}.",
            place(Some(*n))
        ),
        (Lang::En, Reliance::Frequency { rank: n }) => format!(
            "#{rank} {name} rests on how many customers meet it: by impact × gap {}.",
            place(Some(*n))
        ),
        (Lang::Ru, Reliance::Frequency { rank: n }) => format!(
            "№{rank} «{name}» держится на частоте: по влиянию × разрыву {}.",
            place(Some(*n))
        ),
        (
            _,
            Reliance::Voice {
                rank: n, rating, ..
            },
        ) => voice(lang, (rank, name), *rating, who, &place(*n)),
    }
}

fn voice(
    lang: Lang,
    (rank, name): (usize, &str),
    rating: Option<(Scale, u8)>,
    who: &str,
    place: &str,
) -> String {
    match (lang, rating) {
        (Lang::En, Some((scale, v))) => format!(
            "#{rank} {name} rests on one participant's {v} for {} ({who}): without {who}'s \
             ratings {place}.",
            scale_name(lang, scale).to_lowercase()
        ),
        (Lang::En, None) => {
            format!("#{rank} {name} rests on {who}'s ratings: without them {place}.")
        }
        (Lang::Ru, Some((scale, v))) => format!(
            "№{rank} «{name}» держится на одной оценке: {v} за {} от участника {who}; без \
             оценок этого участника {place}.",
            scale_accusative(scale)
        ),
        (Lang::Ru, None) => {
            format!("№{rank} «{name}» держится на оценках участника {who}: без них {place}.")
        }
    }
}

fn scale_accusative(scale: Scale) -> &'static str {
    match scale {
        Scale::Frequency => "частоту",
        Scale::Impact => "влияние",
        Scale::Satisfaction => "удовлетворённость",
    }
}

/// The quadrants under the other crosshair, for the touchpoints it moves: the data mean is
/// relative to this audit, never an absolute judgement.
pub fn other_crosshair(
    lang: Lang,
    other_is_mean: bool,
    moved: &[(usize, String, Quadrant)],
) -> String {
    let list: Vec<String> = moved
        .iter()
        .map(|(rank, name, q)| match lang {
            Lang::En => format!("#{rank} {name}: {}", quadrant_name(lang, *q).to_lowercase()),
            Lang::Ru => format!(
                "№{rank} «{name}»: {}",
                quadrant_name(lang, *q).to_lowercase()
            ),
        })
        .collect();
    let basis = match (lang, other_is_mean) {
        (Lang::En, true) => "Relative to this audit's average (not an absolute judgement)",
        (Lang::En, false) => "Split at the scale midpoint 3",
        (Lang::Ru, true) => "Относительно среднего по этому аудиту (не абсолютная оценка)",
        (Lang::Ru, false) => "При делении по середине шкалы 3",
    };
    match (lang, list.is_empty()) {
        (Lang::En, true) => format!("{basis}, every touchpoint stays in its quadrant."),
        (Lang::Ru, true) => format!("{basis}, каждая точка остаётся в своём квадранте."),
        (Lang::En, false) => format!(
            "{basis}, these fall in another quadrant: {}.",
            list.join("; ")
        ),
        (Lang::Ru, false) => format!("{basis}, в другой квадрант попадают: {}.", list.join("; ")),
    }
}
