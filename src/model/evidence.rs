//! What a score rests on: the evidence level of each scale, the measurements behind a
//! touchpoint or a stage, and the counts of customers' own answers.

use serde::{Deserialize, Serialize};

use super::audit::Scale;

/// How a score is known, from the firmest ground to a guess.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// A figure from analytics, a CRM, a stopwatch.
    Measured,
    /// Seen first hand: a mystery purchase, a walk through the site.
    Observed,
    /// Customers' own answers.
    Customers,
    /// Staff say so.
    Reported,
    /// A guess.
    #[default]
    Assumed,
}

impl Level {
    pub const ALL: [Level; 5] = [
        Level::Measured,
        Level::Observed,
        Level::Customers,
        Level::Reported,
        Level::Assumed,
    ];

    /// The contract name used in files, CSV and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Level::Measured => "measured",
            Level::Observed => "observed",
            Level::Customers => "customers",
            Level::Reported => "reported",
            Level::Assumed => "assumed",
        }
    }

    /// Parses a contract name (trimmed, any case).
    pub fn from_key(text: &str) -> Option<Level> {
        let lower = text.trim().to_lowercase();
        Level::ALL.into_iter().find(|l| l.key() == lower)
    }

    /// The level after this one, in the order a key cycles through them.
    pub fn next(self) -> Level {
        let i = Level::ALL.iter().position(|&l| l == self).unwrap_or(0);
        Level::ALL[(i + 1) % Level::ALL.len()]
    }

    pub fn is_assumed(&self) -> bool {
        *self == Level::Assumed
    }
}

/// The evidence level of each scale of a touchpoint; all `assumed` unless set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Levels {
    #[serde(skip_serializing_if = "Level::is_assumed")]
    pub frequency: Level,
    #[serde(skip_serializing_if = "Level::is_assumed")]
    pub impact: Level,
    #[serde(skip_serializing_if = "Level::is_assumed")]
    pub satisfaction: Level,
    /// Carried over from the previous audit by a re-audit: what the levels were last time,
    /// to confirm or change.
    #[serde(skip_serializing_if = "is_false")]
    pub last_time: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Levels {
    pub fn get(&self, scale: Scale) -> Level {
        match scale {
            Scale::Frequency => self.frequency,
            Scale::Impact => self.impact,
            Scale::Satisfaction => self.satisfaction,
        }
    }

    pub fn set(&mut self, scale: Scale, level: Level) {
        match scale {
            Scale::Frequency => self.frequency = level,
            Scale::Impact => self.impact = level,
            Scale::Satisfaction => self.satisfaction = level,
        }
    }

    /// Every scale `assumed` and nothing carried: what a file leaves out.
    pub fn is_default(&self) -> bool {
        *self == Levels::default()
    }
}

/// Which way a measurement improves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Better {
    #[default]
    Higher,
    Lower,
}

impl Better {
    pub fn key(self) -> &'static str {
        match self {
            Better::Higher => "higher",
            Better::Lower => "lower",
        }
    }

    fn is_higher(&self) -> bool {
        *self == Better::Higher
    }
}

/// The stage-level metric that makes the funnel: how many customers reached the stage.
pub const FUNNEL_METRIC: &str = "customers";

/// Measurement values are kept within this magnitude, so the funnel's exact arithmetic and
/// every report's formatting stay exact.
pub const MAX_VALUE: f64 = 1e12;

/// One figure behind a touchpoint or a stage: "first response in chat: 14 min, target ≤ 2".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Measurement {
    /// What is measured; one measurement per metric on a touchpoint or stage.
    pub metric: String,
    pub value: f64,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub unit: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<f64>,
    #[serde(default, skip_serializing_if = "Better::is_higher")]
    pub better: Better,
    /// Where the figure comes from: "CRM", "Google Analytics".
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// When it was measured, `YYYY-MM-DD`, or empty.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub date: String,
    /// Carried over from the previous audit by a re-audit: last time's figure.
    #[serde(default, skip_serializing_if = "is_false")]
    pub last_time: bool,
}

impl Measurement {
    pub fn new(metric: impl Into<String>, value: f64) -> Self {
        Measurement {
            metric: metric.into(),
            value,
            unit: String::new(),
            target: None,
            better: Better::Higher,
            source: String::new(),
            date: String::new(),
            last_time: false,
        }
    }

    /// With a target: whether the value reaches it (`better` says which way); `None` without.
    pub fn met(&self) -> Option<bool> {
        self.target.map(|target| match self.better {
            Better::Higher => self.value >= target,
            Better::Lower => self.value <= target,
        })
    }

    /// Whether this measures `metric` (names compare trimmed, in any case).
    pub fn is(&self, metric: &str) -> bool {
        same_metric(&self.metric, metric)
    }
}

/// Metric names compare trimmed and in any case.
pub fn same_metric(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// Adds a measurement, replacing the one of the same metric if there is one (in its place).
pub fn put_measurement(list: &mut Vec<Measurement>, m: Measurement) {
    match list.iter_mut().find(|x| x.is(&m.metric)) {
        Some(slot) => *slot = m,
        None => list.push(m),
    }
}

/// Problems with one list of measurements, each prefixed with `label`.
pub fn measurement_problems(label: &str, list: &[Measurement], stage: bool) -> Vec<String> {
    let mut out = Vec::new();
    for (i, m) in list.iter().enumerate() {
        let at = format!("{label}: measurement '{}'", m.metric);
        if m.metric.trim().is_empty() {
            out.push(format!("{label}: measurement {} has no metric name", i + 1));
        }
        if list[..i].iter().any(|x| x.is(&m.metric)) {
            out.push(format!("{at} is given twice; keep one"));
        }
        for (what, v) in [("value", Some(m.value)), ("target", m.target)] {
            if let Some(v) = v.filter(|v| !v.is_finite() || v.abs() > MAX_VALUE) {
                out.push(format!(
                    "{at}: {what} {v} is not a number up to {MAX_VALUE:e}"
                ));
            }
        }
        if !m.date.is_empty() && m.date.parse::<jiff::civil::Date>().is_err() {
            out.push(format!("{at}: date '{}' is not YYYY-MM-DD", m.date));
        }
        if stage && m.is(FUNNEL_METRIC) && (m.value < 0.0 || m.value.fract() != 0.0) {
            out.push(format!(
                "{at}: {} is a count of customers, a whole number 0 or more",
                m.value
            ));
        }
    }
    out
}

/// Whether the audit records any evidence: a level, a measurement, a survey or NPS answers.
pub fn recorded(audit: &super::audit::Audit) -> bool {
    audit.nps.is_some()
        || audit.stages.iter().any(|s| !s.measurements.is_empty())
        || audit.touchpoints().any(|(_, _, tp)| {
            !tp.evidence.is_default() || !tp.measurements.is_empty() || tp.survey.is_some()
        })
}

/// Customers' answers about one touchpoint: how many gave each satisfaction score 1..5.
/// Only counts are kept, nothing about a respondent.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Survey {
    pub counts: [u32; 5],
}

impl Survey {
    /// The number of answers.
    pub fn n(&self) -> u64 {
        self.counts.iter().map(|&c| u64::from(c)).sum()
    }
}

/// Answers to "how likely are you to recommend us" (0..10): how many gave each value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Nps {
    pub counts: [u32; 11],
}

impl Nps {
    pub fn n(&self) -> u64 {
        self.counts.iter().map(|&c| u64::from(c)).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn met_follows_the_direction_and_is_none_without_a_target() {
        let mut chat = Measurement::new("first response", 14.0);
        assert_eq!(chat.met(), None);
        chat.target = Some(2.0);
        assert_eq!(chat.met(), Some(true), "higher is better by default");
        chat.better = Better::Lower;
        assert_eq!(chat.met(), Some(false));
        chat.value = 2.0;
        assert_eq!(chat.met(), Some(true), "reaching the target meets it");
    }

    #[test]
    fn a_metric_already_there_is_replaced_in_place() {
        let mut list = vec![
            Measurement::new("NPS", 1.0),
            Measurement::new("Bounce", 2.0),
        ];
        put_measurement(&mut list, Measurement::new(" nps ", 3.0));
        assert_eq!(list.len(), 2);
        assert_eq!((list[0].metric.as_str(), list[0].value), (" nps ", 3.0));
        put_measurement(&mut list, Measurement::new("Visits", 4.0));
        assert_eq!(list.len(), 3);
    }

    #[test]
    fn levels_cycle_through_all_five_and_parse_their_keys() {
        let mut l = Level::Assumed;
        let mut seen = vec![];
        for _ in 0..5 {
            l = l.next();
            seen.push(l);
        }
        assert_eq!(seen, Level::ALL);
        assert_eq!(Level::from_key(" Measured "), Some(Level::Measured));
        assert_eq!(Level::from_key("guess"), None);
    }

    #[test]
    fn bad_measurements_are_named() {
        let mut m = Measurement::new("customers", 10.5);
        m.date = "2026-11".into();
        m.target = Some(f64::NAN);
        let list = vec![m.clone(), m];
        let p = measurement_problems("stage 'Buy'", &list, true).join("\n");
        assert!(p.contains("date '2026-11' is not YYYY-MM-DD"), "{p}");
        assert!(p.contains("target NaN"), "{p}");
        assert!(p.contains("given twice"), "{p}");
        assert!(p.contains("a whole number 0 or more"), "{p}");
        assert!(
            measurement_problems("x", &[Measurement::new("customers", 10.5)], false).is_empty()
        );
    }
}
