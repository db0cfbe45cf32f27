//! What every report says, gathered once: the ranking, names and summary counts.

use std::collections::HashMap;
use std::fmt::Write;

use super::Options;
use super::locale::num;
use crate::i18n::common::{scale_letter, scale_name};
use crate::i18n::report::{Words, words};
use crate::model::robust::{self, Robustness, Sureness};
use crate::model::score;
use crate::model::voice::{self, SatisfactionFrom};
use crate::model::{
    Action, Audit, CrosshairMode, Lang, Quadrant, Ranked, Ranking, Scale, Stage, Touchpoint, TpRef,
    rank,
};

/// An audit with its ranking, ready for a writer.
pub struct Facts<'a> {
    pub audit: &'a Audit,
    pub ranking: Ranking,
    /// How sure the ranking is: its variants and each ranked touchpoint's sureness.
    pub robustness: Robustness,
    pub mode: CrosshairMode,
    pub lang: Lang,
    pub w: &'static Words,
    /// The date the report is of: when the audit last changed.
    pub as_of: jiff::Timestamp,
    /// The audit this one re-audits, when the caller found it.
    pub previous: Option<&'a Audit>,
    /// Where the ranking takes satisfaction from.
    pub satisfaction: SatisfactionFrom,
    /// Ranking by the customers' answers: the applicable touchpoints with too few of them.
    pub not_surveyed: Option<Vec<TpRef>>,
    /// Each ranked touchpoint's index in `ranking.ranked`, so that a report looks a
    /// touchpoint up in constant time rather than by searching the ranking.
    ranked_at: HashMap<TpRef, usize>,
}

/// One ranked touchpoint with its stage.
pub struct Row<'a> {
    pub r: &'a Ranked,
    pub stage: &'a Stage,
    pub tp: &'a Touchpoint,
}

impl<'a> Facts<'a> {
    /// Ranks `audit` with the crosshair of `opts`.
    pub fn new(audit: &'a Audit, opts: &Options) -> Self {
        let (ranking, robustness, not_surveyed) = match opts.satisfaction {
            SatisfactionFrom::Ratings => {
                let ranking = rank(audit, opts.crosshair);
                let rob = robust::robustness(audit, &ranking, opts.crosshair);
                (ranking, rob, None)
            }
            SatisfactionFrom::Customers => {
                let c = voice::rank_by_customers(audit, opts.crosshair);
                let rob =
                    robust::robustness_by(audit, &c.ranking, opts.crosshair, &voice::CUSTOMERS);
                (c.ranking, rob, Some(c.not_surveyed))
            }
        };
        let ranked_at = ranking
            .ranked
            .iter()
            .enumerate()
            .map(|(i, r)| (r.at, i))
            .collect();
        Facts {
            audit,
            robustness,
            ranking,
            ranked_at,
            mode: opts.crosshair,
            lang: audit.lang,
            w: words(audit.lang),
            as_of: opts.as_of.unwrap_or(audit.created),
            previous: None,
            satisfaction: opts.satisfaction,
            not_surveyed,
        }
    }

    /// The same facts with the audit this one re-audits.
    pub fn with_previous(self, previous: Option<&'a Audit>) -> Self {
        Facts { previous, ..self }
    }

    pub fn stage(&self, at: TpRef) -> &'a Stage {
        &self.audit.stages[at.0]
    }

    /// The touchpoint's place in the ranking, when it is ranked.
    pub fn ranked(&self, at: TpRef) -> Option<&Ranked> {
        self.ranking.ranked.get(*self.ranked_at.get(&at)?)
    }

    /// How sure a ranked touchpoint's place is.
    pub fn sure(&self, at: TpRef) -> Option<&Sureness> {
        self.robustness.ranked.get(*self.ranked_at.get(&at)?)
    }

    /// A participant's name, or the id when the audit does not list it.
    pub fn participant(&self, id: &'a str) -> &'a str {
        self.audit.participant_name(id).unwrap_or(id)
    }

    pub fn tp(&self, at: TpRef) -> &'a Touchpoint {
        &self.audit.stages[at.0].touchpoints[at.1]
    }

    /// The ranked touchpoints in rank order.
    pub fn rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.ranking.ranked.iter().map(|r| Row {
            r,
            stage: self.stage(r.at),
            tp: self.tp(r.at),
        })
    }

    pub fn total(&self) -> usize {
        self.audit.touchpoint_count()
    }

    /// Participant names; a semicolon separates them, as names may hold commas ("Anna, owner").
    pub fn participants(&self) -> String {
        let names: Vec<&str> = self
            .audit
            .participants
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        names.join("; ")
    }

    pub fn critical_rows(&self) -> impl Iterator<Item = Row<'_>> {
        self.rows().filter(|row| row.r.critical)
    }

    /// Quadrants in reading order of the matrix: top-left, top-right, bottom-left, bottom-right.
    pub fn quadrants(&self) -> [(Quadrant, usize); 4] {
        [
            Quadrant::FixFirst,
            Quadrant::KeepUp,
            Quadrant::LowPriority,
            Quadrant::Overkill,
        ]
        .map(|q| (q, self.ranking.count(q)))
    }

    /// Touchpoints with a recorded action: ranked ones in rank order, then the rest in checklist order.
    pub fn actions(&self) -> Vec<(Option<usize>, TpRef, &'a Action)> {
        let mut out: Vec<(Option<usize>, TpRef, &'a Action)> = Vec::new();
        for r in &self.ranking.ranked {
            if let Some(a) = self.tp(r.at).action.as_ref().filter(|a| !a.is_empty()) {
                out.push((Some(r.rank), r.at, a));
            }
        }
        for (si, ti, tp) in self.audit.touchpoints() {
            let ranked = self.ranked_at.contains_key(&(si, ti));
            if let Some(a) = tp.action.as_ref().filter(|a| !a.is_empty() && !ranked) {
                out.push((None, (si, ti), a));
            }
        }
        out
    }
}

/// A touchpoint's effective score on a scale as a report writes it: `=3` where the room agreed
/// the value (the mark the legend explains), else the mean of the ratings (`4.5`, `4,5`).
pub fn score_text(lang: Lang, tp: &Touchpoint, scale: Scale) -> Option<String> {
    match tp.agreed(scale) {
        Some(v) => Some(format!("={v}")),
        None => score::effective(tp, scale).map(|v| num(lang, v)),
    }
}

/// Whether any touchpoint of the audit has an agreed value, so a report explains the mark.
pub fn any_agreed(audit: &Audit) -> bool {
    (audit.touchpoints()).any(|(_, _, tp)| Scale::ALL.iter().any(|s| tp.agreed(*s).is_some()))
}

/// The scales a touchpoint still lacks a rating on.
pub fn missing_scales(tp: &Touchpoint) -> Vec<Scale> {
    Scale::ALL
        .into_iter()
        .filter(|&s| score::effective(tp, s).is_none())
        .collect()
}

impl Facts<'_> {
    /// "F 4 · I 4,5 · S =2" from the effective scores that exist (`=`: agreed).
    pub fn scores_line(&self, tp: &Touchpoint) -> String {
        let parts: Vec<String> = Scale::ALL
            .into_iter()
            .filter_map(|s| {
                score_text(self.lang, tp, s).map(|v| format!("{} {v}", scale_letter(self.lang, s)))
            })
            .collect();
        parts.join(" · ")
    }

    /// The cell of a ranked touchpoint's score on `scale`: `=3` when agreed; ranking by the
    /// customers' answers, satisfaction is their mean.
    pub fn score_cell(&self, tp: &Touchpoint, scale: Scale) -> String {
        if self.satisfaction == SatisfactionFrom::Customers && scale == Scale::Satisfaction {
            let c = voice::customers(tp).filter(voice::Customers::enough);
            return c.map(|c| num(self.lang, c.mean)).unwrap_or_default();
        }
        score_text(self.lang, tp, scale).unwrap_or_default()
    }

    /// "agreed: F 3, S 2": the agreed values of a touchpoint, for the line of its ratings;
    /// `None` when it has none.
    pub fn agreed_line(&self, tp: &Touchpoint) -> Option<String> {
        let parts: Vec<String> = Scale::ALL
            .into_iter()
            .filter_map(|s| {
                tp.agreed(s)
                    .map(|v| format!("{} {v}", scale_letter(self.lang, s)))
            })
            .collect();
        (!parts.is_empty()).then(|| format!("{}: {}", self.w.agreed, parts.join(", ")))
    }

    /// "KPI (now: x) → target: y", each user text escaped for the report's format.
    pub fn kpi(&self, a: &Action, esc: fn(&str) -> String) -> String {
        let mut s = esc(&a.kpi);
        if !a.kpi_current.is_empty() {
            let _ = write!(s, " ({}: {})", self.w.kpi_now, esc(&a.kpi_current));
        }
        if !a.kpi_target.is_empty() {
            let _ = write!(s, " → {}: {}", self.w.kpi_target, esc(&a.kpi_target));
        }
        s.trim().to_string()
    }

    /// The critical touchpoints' names, escaped for the report's format, or the word for none.
    pub fn critical_names(&self, esc: fn(&str) -> String) -> String {
        let names: Vec<String> = self.critical_rows().map(|row| esc(&row.tp.name)).collect();
        if names.is_empty() {
            self.w.none.to_string()
        } else {
            names.join(", ")
        }
    }

    /// The scales a partly rated touchpoint still lacks ("impact, satisfaction"); `None` for a
    /// not-applicable touchpoint or one with no rating at all.
    pub fn missing_names(&self, tp: &Touchpoint) -> Option<String> {
        let missing = missing_scales(tp);
        (!tp.not_applicable && missing.len() < 3).then(|| {
            let names: Vec<String> = missing
                .iter()
                .map(|&s| scale_name(self.lang, s).to_lowercase())
                .collect();
            names.join(", ")
        })
    }
}
