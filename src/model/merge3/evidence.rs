//! The three-way merge of the evidence behind the scores: each scale's level on its own,
//! measurements by metric (each one whole), a touchpoint's survey and the audit's NPS whole
//! (a survey import replaces them, so halves of two imports would describe no survey).

use super::cx::{Cx, Show, scale_word};
use crate::model::audit::{Scale, Touchpoint};
use crate::model::evidence::{Level, Levels, Measurement, Nps, Survey};

/// The merged evidence levels of a touchpoint, scale by scale.
pub(super) fn levels(cx: &mut Cx, at: &str, b: Option<&Levels>, o: &Levels, t: &Levels) -> Levels {
    let mut out = Levels::default();
    for scale in Scale::ALL {
        let v = cx.pick(
            || format!("{at}: {} evidence", scale_word(scale)),
            b.map(|b| b.get(scale)).as_ref(),
            &o.get(scale),
            &t.get(scale),
        );
        out.set(scale, v);
    }
    out.last_time = cx.pick(
        || format!("{at}: evidence from last time"),
        b.map(|b| &b.last_time),
        &o.last_time,
        &t.last_time,
    );
    out
}

/// The merged measurements of a touchpoint or a stage, matched by metric.
pub(super) fn measurements(
    cx: &mut Cx,
    at: &str,
    b: Option<&[Measurement]>,
    o: &[Measurement],
    t: &[Measurement],
) -> Vec<Measurement> {
    cx.list(
        b.unwrap_or_default(),
        o,
        t,
        |m| &m.metric,
        |m| format!("{at}: measurement '{}'", m.metric),
        |cx, b, o, t| cx.pick(|| format!("{at}: measurement '{}'", o.metric), b, o, t),
    )
}

/// A touchpoint's survey counts, merged whole.
pub(super) fn survey(
    cx: &mut Cx,
    at: &str,
    b: Option<&Touchpoint>,
    o: &Touchpoint,
    t: &Touchpoint,
) -> Option<Survey> {
    cx.pick(
        || format!("{at}: customers' answers"),
        b.map(|b| &b.survey),
        &o.survey,
        &t.survey,
    )
}

/// The audit's NPS counts, merged whole.
pub(super) fn nps(cx: &mut Cx, b: &Option<Nps>, o: &Option<Nps>, t: &Option<Nps>) -> Option<Nps> {
    cx.pick(|| "NPS answers".into(), Some(b), o, t)
}

impl Show for Level {
    fn show(&self) -> String {
        self.key().into()
    }
}

impl Show for Measurement {
    fn show(&self) -> String {
        let target = self
            .target
            .map_or(String::new(), |t| format!(", target {t}"));
        format!("{} {}{target}", self.value, self.unit)
            .trim_end()
            .to_string()
    }
}

impl Show for Option<Survey> {
    fn show(&self) -> String {
        self.map_or_else(
            || "none".into(),
            |s| format!("{:?} ({} answers)", s.counts, s.n()),
        )
    }
}

impl Show for Option<Nps> {
    fn show(&self) -> String {
        self.map_or_else(|| "none".into(), |s| format!("{} answers", s.n()))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use crate::model::evidence::{Level, Measurement, Nps, Survey};
    use crate::model::merge3::merge3;
    use crate::model::testing::{audit, tp};
    use crate::model::{Audit, Touchpoint, validate};

    fn base() -> Audit {
        audit(vec![vec![tp("a", Some([3, 3, 3])), tp("b", None)]])
    }

    fn at<'a>(a: &'a mut Audit, id: &str) -> &'a mut Touchpoint {
        let (s, t) = a.find_touchpoint(id).unwrap();
        &mut a.stages[s].touchpoints[t]
    }

    #[test]
    fn levels_measurements_surveys_and_nps_from_both_sides_combine() {
        let b = base();
        let (mut o, mut t) = (b.clone(), b.clone());
        at(&mut o, "a").evidence.satisfaction = Level::Measured;
        at(&mut t, "a").evidence.impact = Level::Observed;
        at(&mut o, "a")
            .measurements
            .push(Measurement::new("chat", 14.0));
        at(&mut t, "a")
            .measurements
            .push(Measurement::new("bounce", 0.4));
        at(&mut t, "b").survey = Some(Survey {
            counts: [1, 2, 3, 4, 5],
        });
        t.stages[0]
            .measurements
            .push(Measurement::new("customers", 100.0));
        o.nps = Some(Nps { counts: [1; 11] });
        let m = merge3(&b, &o, &t);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        let a = &m.audit.stages[0].touchpoints[0];
        assert_eq!(
            (a.evidence.impact, a.evidence.satisfaction),
            (Level::Observed, Level::Measured)
        );
        let metrics: Vec<&str> = a.measurements.iter().map(|m| m.metric.as_str()).collect();
        assert_eq!(metrics, ["chat", "bounce"]);
        assert_eq!(m.audit.stages[0].touchpoints[1].survey.unwrap().n(), 15);
        assert_eq!(m.audit.stages[0].measurements.len(), 1);
        assert_eq!(m.audit.nps, o.nps);
        assert!(validate(&m.audit).is_empty());
    }

    #[test]
    fn the_same_measurement_changed_differently_is_a_conflict_keeping_ours() {
        let mut b = base();
        at(&mut b, "a")
            .measurements
            .push(Measurement::new("chat", 14.0));
        let (mut o, mut t) = (b.clone(), b.clone());
        at(&mut o, "a").measurements[0].value = 10.0;
        at(&mut t, "a").measurements[0].value = 12.0;
        at(&mut o, "a").evidence.frequency = Level::Reported;
        at(&mut t, "a").evidence.frequency = Level::Customers;
        let m = merge3(&b, &o, &t);
        let places: Vec<String> = m.conflicts.iter().map(|c| c.to_string()).collect();
        assert_eq!(places.len(), 2, "{places:?}");
        assert!(
            places
                .iter()
                .any(|p| p.contains("measurement 'chat': ours 10, theirs 12")),
            "{places:?}"
        );
        assert!(
            places
                .iter()
                .any(|p| p.contains("frequency evidence: ours reported, theirs customers")),
            "{places:?}"
        );
        assert_eq!(m.audit.stages[0].touchpoints[0].measurements[0].value, 10.0);
    }
}
