//! The plain-text priority list: a title, an aligned ranked table, a legend, and the
//! touchpoints left out of the ranking. Everything in the audit's language.

use super::Options;
pub use super::columns::align;
use super::facts::score_text;
use super::locale::num;
use crate::i18n::common::{quadrant_short, scale_letter, scale_name};
use crate::i18n::robust::{self as sure, NEAR_MARK};
use crate::model::robust::{Robustness, robustness};
use crate::model::voice::SatisfactionFrom;
use crate::model::{Audit, CrosshairMode, Lang, Ranking, Scale, TpRef};

/// Report words that the shared catalogue does not hold.
struct Words {
    title: &'static str,
    client: &'static str,
    language: &'static str,
    language_name: &'static str,
    rank: &'static str,
    stage: &'static str,
    touchpoint: &'static str,
    priority: &'static str,
    quadrant: &'static str,
    nothing_ranked: &'static str,
    legend: &'static str,
    formula: &'static str,
    formula_customers: &'static str,
    critical: &'static str,
    discuss: &'static str,
    agreed: &'static str,
    crosshair: &'static str,
    midpoint: &'static str,
    mean: &'static str,
    unscored: &'static str,
    not_applicable: &'static str,
}

const EN: Words = Words {
    title: "Touchpoint audit",
    client: "client",
    language: "language",
    language_name: "English",
    rank: "#",
    stage: "Stage",
    touchpoint: "Touchpoint",
    priority: "Priority",
    quadrant: "Quadrant",
    nothing_ranked: "No touchpoint is fully scored yet, so nothing is ranked.",
    legend: "Legend",
    formula: "scores 1–5, the mean of the participants' ratings; priority = F × I × (6 − S)",
    formula_customers: "scores 1–5: F and I the mean of the participants' ratings, S the customers' mean answer (n ≥ {n}; the others are not ranked, see Not surveyed); priority = F × I × (6 − S)",
    critical: "critical: impact ≥ 4.5 and satisfaction ≤ 2; ranked first",
    discuss: "needs discussion: participants' ratings differ by 2 or more",
    agreed: "agreed by the room after discussion; replaces the mean of the ratings",
    crosshair: "quadrants split at impact {i} and satisfaction {s}",
    midpoint: "the scale midpoint",
    mean: "the mean of the scored touchpoints",
    unscored: "Not scored yet",
    not_applicable: "Not applicable",
};

const RU: Words = Words {
    title: "Аудит точек контакта",
    client: "клиент",
    language: "язык",
    language_name: "русский",
    rank: "№",
    stage: "Этап",
    touchpoint: "Точка контакта",
    priority: "Приоритет",
    quadrant: "Квадрант",
    nothing_ranked: "Ни одна точка контакта ещё не оценена полностью, ранжировать нечего.",
    legend: "Обозначения",
    formula: "оценки 1–5, среднее по участникам; приоритет = Ч × В × (6 − У)",
    formula_customers: "оценки 1–5: Ч и В — среднее по участникам, У — средний ответ клиентов (n ≥ {n}; остальные не ранжируются, см. «Не опрошены»); приоритет = Ч × В × (6 − У)",
    critical: "критично: влияние ≥ 4,5 и удовлетворённость ≤ 2; в начале списка",
    discuss: "нужно обсудить: оценки участников расходятся на 2 и больше",
    agreed: "согласовано после обсуждения; заменяет среднее оценок",
    crosshair: "квадранты делятся по влиянию {i} и удовлетворённости {s}",
    midpoint: "середина шкалы",
    mean: "среднее по оценённым точкам",
    unscored: "Ещё не оценены",
    not_applicable: "Неприменимы",
};

fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &EN,
        Lang::Ru => &RU,
    }
}

/// Renders the text report of `audit` in the audit's own language.
pub fn render(audit: &Audit, opts: &Options) -> String {
    let w = words(audit.lang);
    let ranking = crate::model::voice::rank_from(audit, opts.crosshair, opts.satisfaction);
    let mut out = title(audit, w);
    out.push('\n');
    if opts.satisfaction == SatisfactionFrom::Customers {
        out.push_str(crate::i18n::evidence::evidence_words(audit.lang).by_customers);
        out.push_str("\n\n");
    }
    if ranking.ranked.is_empty() {
        out.push_str(w.nothing_ranked);
        out.push('\n');
    } else {
        let rob = match opts.satisfaction {
            SatisfactionFrom::Ratings => robustness(audit, &ranking, opts.crosshair),
            SatisfactionFrom::Customers => crate::model::robust::robustness_by(
                audit,
                &ranking,
                opts.crosshair,
                &crate::model::voice::CUSTOMERS,
            ),
        };
        out.push_str(&table(audit, &ranking, &rob, opts.satisfaction));
        out.push('\n');
        let agreed = super::facts::any_agreed(audit);
        out.push_str(&legend(
            audit.lang,
            &ranking,
            (opts.crosshair, agreed, opts.satisfaction),
        ));
        if opts.satisfaction == SatisfactionFrom::Customers {
            let e = crate::i18n::evidence::evidence_words(audit.lang);
            out.push_str(&format!("  {}\n", e.s_from_customers));
        }
    }
    out.push_str(&left_out(audit, w.unscored, &ranking.unscored));
    if opts.satisfaction == SatisfactionFrom::Customers {
        let not_surveyed =
            crate::model::voice::rank_by_customers(audit, opts.crosshair).not_surveyed;
        let e = crate::i18n::evidence::evidence_words(audit.lang);
        out.push_str(&left_out(audit, e.not_surveyed, &not_surveyed));
    }
    out.push_str(&left_out(audit, w.not_applicable, &ranking.not_applicable));
    out.push_str(&super::evidence_text::text(audit, &ranking));
    out
}

fn title(audit: &Audit, w: &Words) -> String {
    let mut line = super::heading::titled(w.title, audit.display_title());
    if !audit.client.trim().is_empty() {
        line.push_str(&format!(" — {}: {}", w.client, audit.client.trim()));
    }
    line.push_str(&format!(" — {}: {}\n", w.language, w.language_name));
    line
}

fn table(audit: &Audit, ranking: &Ranking, rob: &Robustness, from: SatisfactionFrom) -> String {
    let lang = audit.lang;
    let w = words(lang);
    let mut rows: Vec<Vec<String>> = vec![
        [w.rank, w.stage, w.touchpoint]
            .into_iter()
            .chain(Scale::ALL.map(|s| scale_letter(lang, s)))
            .chain([w.priority, w.quadrant, "!", NEAR_MARK, "?"])
            .map(str::to_string)
            .collect(),
    ];
    for (r, s) in ranking.ranked.iter().zip(&rob.ranked) {
        let stage = &audit.stages[r.at.0];
        let tp = &stage.touchpoints[r.at.1];
        let score = |scale| score_text(lang, tp, scale).unwrap_or_default();
        rows.push(vec![
            sure::rank_range(r.rank, s.rank_min, s.rank_max),
            stage.name.clone(),
            tp.name.clone(),
            score(Scale::Frequency),
            score(Scale::Impact),
            match from {
                SatisfactionFrom::Ratings => score(Scale::Satisfaction),
                SatisfactionFrom::Customers => num(lang, r.scores.satisfaction),
            },
            num(lang, r.priority),
            quadrant_short(lang, r.quadrant).to_string(),
            if r.critical { "!" } else { "" }.to_string(),
            if s.near_critical { NEAR_MARK } else { "" }.to_string(),
            if r.needs_discussion { "?" } else { "" }.to_string(),
        ]);
    }
    // Numbers read best right-aligned: rank, the three scores and the priority.
    let right = [
        true, false, false, true, true, true, true, false, false, false, false,
    ];
    align(&rows, &right)
}

fn legend(
    lang: Lang,
    ranking: &Ranking,
    (mode, agreed, from): (CrosshairMode, bool, SatisfactionFrom),
) -> String {
    let w = words(lang);
    let s = sure::words(lang);
    // Ranked by the customers, satisfaction is their mean: no rating of it moves a place.
    let (formula, near) = match from {
        SatisfactionFrom::Ratings => (w.formula.to_string(), s.near_legend_by(false)),
        SatisfactionFrom::Customers => (
            w.formula_customers
                .replace("{n}", &crate::model::voice::MIN_ANSWERS.to_string()),
            s.near_legend_by(true),
        ),
    };
    let letters = Scale::ALL
        .map(|s| {
            format!(
                "{} {}",
                scale_letter(lang, s),
                scale_name(lang, s).to_lowercase()
            )
        })
        .join(", ");
    let basis = match mode {
        CrosshairMode::Midpoint => w.midpoint,
        CrosshairMode::DataMean => w.mean,
    };
    let crosshair = w
        .crosshair
        .replace("{i}", &num(lang, ranking.crosshair.impact))
        .replace("{s}", &num(lang, ranking.crosshair.satisfaction));
    let mut out = format!(
        "{}: {letters}; {formula}.\n  !  {}.\n  {NEAR_MARK}  {near}.\n  ?  {}.\n  {}.\n",
        w.legend, w.critical, w.discuss, s.range_legend
    );
    if agreed {
        out.push_str(&format!("  =  {}.\n", w.agreed));
    }
    out.push_str(&format!("  {crosshair} ({basis}).\n"));
    out
}

fn left_out(audit: &Audit, heading: &str, list: &[TpRef]) -> String {
    if list.is_empty() {
        return String::new();
    }
    let mut out = format!("\n{heading} ({}):\n", list.len());
    for &(si, ti) in list {
        let stage = &audit.stages[si];
        out.push_str(&format!(
            "  {} / {}\n",
            stage.name, stage.touchpoints[ti].name
        ));
    }
    out
}
