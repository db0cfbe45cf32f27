//! Stages and touchpoints: matched by id in one namespace, every field merged on its own; a
//! touchpoint's ratings and action plan are merged by `participants` and `plans`.

use std::collections::{HashMap, HashSet};

use super::cx::{Cx, scale_word};
use super::evidence;
use super::norm;
use super::participants::merge_ratings;
use super::plans::merge_action;
use crate::model::audit::{Agreed, Audit, Scale, Stage, Touchpoint};
use crate::model::ids::unique_id;
use crate::model::shared::SharedList;

/// The merged list of stages.
pub(super) fn merge_stages(cx: &mut Cx, base: &Audit, o: &Audit, t: &Audit) -> Vec<Stage> {
    cx.list(
        &base.stages,
        &o.stages,
        &t.stages,
        |s| &s.id,
        |s| format!("stage '{}'", s.name),
        merge_stage,
    )
}

fn merge_stage(cx: &mut Cx, b: Option<&Stage>, o: &Stage, t: &Stage) -> Stage {
    let at = format!("stage '{}'", o.name);
    let empty = SharedList::default();
    Stage {
        id: o.id.clone(),
        name: cx.pick(
            || format!("{at}: name"),
            b.map(|b| &b.name),
            &o.name,
            &t.name,
        ),
        description: cx.pick(
            || format!("{at}: description"),
            b.map(|b| &b.description),
            &o.description,
            &t.description,
        ),
        questions: cx.pick(
            || format!("{at}: questions"),
            b.map(|b| &b.questions),
            &o.questions,
            &t.questions,
        ),
        measurements: evidence::measurements(
            cx,
            &at,
            b.map(|b| b.measurements.as_slice()),
            &o.measurements,
            &t.measurements,
        ),
        touchpoints: cx
            .list(
                b.map_or(&empty, |b| &b.touchpoints),
                &o.touchpoints,
                &t.touchpoints,
                |tp| &tp.id,
                |tp| format!("{at}, touchpoint '{}'", tp.name),
                |cx, b, o, t| merge_touchpoint(cx, &at, b.map(|b| &**b), o, t).into(),
            )
            .into(),
    }
}

/// One touchpoint of the stage named `stage`: its own fields, then its ratings, the agreed
/// values, the action plan and the evidence behind its scores.
fn merge_touchpoint(
    cx: &mut Cx,
    stage: &str,
    b: Option<&Touchpoint>,
    o: &Touchpoint,
    t: &Touchpoint,
) -> Touchpoint {
    let at = format!("{stage}, touchpoint '{}'", o.name);
    macro_rules! field {
        ($f:ident, $label:expr) => {
            cx.pick(
                || format!("{at}: {}", $label),
                b.map(|b| &b.$f),
                &o.$f,
                &t.$f,
            )
        };
    }
    Touchpoint {
        id: o.id.clone(),
        name: field!(name, "name"),
        description: field!(description, "description"),
        channel: field!(channel, "channel"),
        control: field!(control, "control"),
        questions: field!(questions, "questions"),
        notes: field!(notes, "notes"),
        not_applicable: field!(not_applicable, "not applicable"),
        ratings: merge_ratings(cx, &at, b, o, t),
        agreed: merge_agreed(cx, &at, b, o, t),
        action: merge_action(cx, &at, b, o, t),
        evidence: evidence::levels(cx, &at, b.map(|b| &b.evidence), &o.evidence, &t.evidence),
        measurements: evidence::measurements(
            cx,
            &at,
            b.map(|b| b.measurements.as_slice()),
            &o.measurements,
            &t.measurements,
        ),
        survey: evidence::survey(cx, &at, b, o, t),
    }
}

/// The values the room agreed for one touchpoint, each scale on its own; none when every
/// scale is empty.
fn merge_agreed(
    cx: &mut Cx,
    at: &str,
    b: Option<&Touchpoint>,
    o: &Touchpoint,
    t: &Touchpoint,
) -> Option<Agreed> {
    let agreed_of = |tp: &Touchpoint| tp.agreed.unwrap_or_default();
    let (ab, ao, at_) = (b.map(agreed_of), agreed_of(o), agreed_of(t));
    let mut agreed = Agreed::default();
    for scale in Scale::ALL {
        let v = cx.pick(
            || format!("{at}: agreed {}", scale_word(scale)),
            ab.as_ref().map(|a| a.get(scale)).as_ref(),
            &ao.get(scale),
            &at_.get(scale),
        );
        agreed.set(scale, v);
    }
    (!agreed.is_empty()).then_some(agreed)
}

/// Each stage and touchpoint id of an audit (one namespace), with what it names.
fn things(a: &Audit) -> HashMap<String, String> {
    let mut m = HashMap::new();
    for s in &a.stages {
        m.insert(s.id.clone(), format!("stage {}", norm(&s.name)));
        for tp in &s.touchpoints {
            m.insert(tp.id.clone(), format!("{} / {}", s.id, norm(&tp.name)));
        }
    }
    m
}

/// In `t` (THEIRS), a stage or touchpoint id new on both sides but for different things gets
/// a fresh id.
pub(super) fn settle_stage_ids(base: &Audit, ours: &Audit, t: &mut Audit) {
    let (bt, ot, tt) = (things(base), things(ours), things(t));
    let mut taken: HashSet<String> = bt
        .keys()
        .chain(ot.keys())
        .chain(tt.keys())
        .cloned()
        .collect();
    let fresh_id = |id: &str, name: &str, taken: &mut HashSet<String>| -> Option<String> {
        let clash = !bt.contains_key(id) && ot.get(id).is_some_and(|what| Some(what) != tt.get(id));
        clash.then(|| {
            let fresh = unique_id("id", name, |x| taken.contains(x));
            taken.insert(fresh.clone());
            fresh
        })
    };
    for s in &mut t.stages {
        if let Some(new) = fresh_id(&s.id, &s.name, &mut taken) {
            s.id = new;
        }
        for tp in &mut s.touchpoints {
            if let Some(new) = fresh_id(&tp.id, &tp.name, &mut taken) {
                tp.id = new;
            }
        }
    }
}

/// An id the merged audit uses twice (a touchpoint one side moved and the other changed) is
/// made unique, the later one renamed.
pub(super) fn unique_ids(audit: &mut Audit) {
    let mut seen: HashSet<String> = HashSet::new();
    let mut taken: HashSet<String> = audit
        .stages
        .iter()
        .flat_map(|s| {
            std::iter::once(s.id.clone()).chain(s.touchpoints.iter().map(|t| t.id.clone()))
        })
        .collect();
    for s in &mut audit.stages {
        if !seen.insert(s.id.clone()) {
            s.id = unique_id("stage", &s.name, |x| taken.contains(x));
            taken.insert(s.id.clone());
            seen.insert(s.id.clone());
        }
        for tp in &mut s.touchpoints {
            if !seen.insert(tp.id.clone()) {
                tp.id = unique_id("tp", &tp.name, |x| taken.contains(x));
                taken.insert(tp.id.clone());
                seen.insert(tp.id.clone());
            }
        }
    }
}
