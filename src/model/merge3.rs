//! The three-way merge of one audit's two versions against their common ancestor, as git's
//! merge driver does it (`tpaudit merge-file BASE OURS THEIRS`).
//!
//! Stages, touchpoints, participants and ratings match by id (a rating by its participant), and
//! every field is merged on its own: a field one side changed takes that side's value; one both
//! sides changed to the same value takes it; one both changed to different values is a
//! conflict, which keeps OURS' value. So changes to different touchpoints or fields combine,
//! and things both sides added are all kept. A new id that both sides gave to different things
//! (two people adding "New touchpoint" to the same stage, or a third participant `p3` each) is
//! made unique on THEIRS' side first, its ratings following it. A thing one side deleted and
//! the other changed is a conflict too, settled as OURS has it.
//!
//! The result is always a valid audit when the three are: ratings never lose their participant
//! and ids stay unique. Order: OURS' order, with THEIRS' additions after the item they follow
//! there. Moves within a list are not merged (OURS' order stands).

use std::collections::{HashMap, HashSet};

use super::audit::{
    Action, ActionStatus, Agreed, Audit, Channel, Control, Lang, Participant, Rating, Scale, Stage,
    Touchpoint,
};
use super::ids::unique_id;
use super::shared::SharedList;

mod evidence;

/// A field both sides changed to different values; OURS' value was kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    /// Where, in words: `stage 'Awareness', touchpoint 'Search ads': notes`.
    pub place: String,
    pub ours: String,
    pub theirs: String,
}

impl std::fmt::Display for Conflict {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: ours {}, theirs {}",
            self.place, self.ours, self.theirs
        )
    }
}

/// The merged audit and the conflicts found on the way (empty for a clean merge).
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub audit: Audit,
    pub conflicts: Vec<Conflict>,
}

/// Merges OURS and THEIRS, both descended from BASE.
pub fn merge3(base: &Audit, ours: &Audit, theirs: &Audit) -> Merged {
    let theirs = settle_new_ids(base, ours, theirs);
    let mut cx = Cx::default();
    let b = Some(base);
    let o = ours;
    let t = &theirs;
    let audit = Audit {
        version: o.version.max(t.version),
        name: cx.pick(|| "name".into(), b.map(|b| &b.name), &o.name, &t.name),
        title: cx.pick(|| "title".into(), b.map(|b| &b.title), &o.title, &t.title),
        client: cx.pick(
            || "client".into(),
            b.map(|b| &b.client),
            &o.client,
            &t.client,
        ),
        created: cx.pick(
            || "created".into(),
            b.map(|b| &b.created),
            &o.created,
            &t.created,
        ),
        lang: cx.pick(|| "language".into(), b.map(|b| &b.lang), &o.lang, &t.lang),
        template: cx.pick(
            || "template".into(),
            b.map(|b| &b.template),
            &o.template,
            &t.template,
        ),
        previous: cx.pick(
            || "previous audit".into(),
            b.map(|b| &b.previous),
            &o.previous,
            &t.previous,
        ),
        participants: cx.list(
            &base.participants,
            &o.participants,
            &t.participants,
            |p| &p.id,
            |p| format!("participant '{}'", p.name),
            |cx, b, o, t| Participant {
                id: o.id.clone(),
                name: cx.pick(
                    || format!("participant '{}': name", o.name),
                    b.map(|b| &b.name),
                    &o.name,
                    &t.name,
                ),
            },
        ),
        nps: evidence::nps(&mut cx, &base.nps, &o.nps, &t.nps),
        stages: cx.list(
            &base.stages,
            &o.stages,
            &t.stages,
            |s| &s.id,
            |s| format!("stage '{}'", s.name),
            merge_stage,
        ),
    };
    let mut audit = audit;
    repair(&mut audit, ours, &theirs);
    Merged {
        audit,
        conflicts: cx.conflicts,
    }
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
    let name = field!(name, "name");
    let description = field!(description, "description");
    let channel = field!(channel, "channel");
    let control = field!(control, "control");
    let questions = field!(questions, "questions");
    let notes = field!(notes, "notes");
    let not_applicable = field!(not_applicable, "not applicable");

    // Ratings: by participant, each scale on its own; a missing rating is an empty one.
    let mut raters: Vec<&str> = o.ratings.iter().map(|r| r.participant.as_str()).collect();
    for r in &t.ratings {
        if !raters.contains(&r.participant.as_str()) {
            raters.push(&r.participant);
        }
    }
    let mut ratings = Vec::new();
    for p in raters {
        let get = |tp: &Touchpoint| tp.rating(p).cloned().unwrap_or_else(|| Rating::new(p));
        let (rb, ro, rt) = (b.map(get), get(o), get(t));
        let mut r = Rating::new(p);
        for scale in Scale::ALL {
            let v = cx.pick(
                || format!("{at}: {} rated by '{p}'", scale_word(scale)),
                rb.as_ref().map(|r| r.get(scale)).as_ref(),
                &ro.get(scale),
                &rt.get(scale),
            );
            r.set(scale, v);
        }
        if !r.is_empty() {
            ratings.push(r);
        }
    }

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

    let action_of = |tp: &Touchpoint| tp.action.clone().unwrap_or_default();
    let (xb, xo, xt) = (b.map(action_of), action_of(o), action_of(t));
    macro_rules! act {
        ($f:ident, $label:expr) => {
            cx.pick(
                || format!("{at}: action plan, {}", $label),
                xb.as_ref().map(|x| &x.$f),
                &xo.$f,
                &xt.$f,
            )
        };
    }
    let action = Action {
        action: act!(action, "action"),
        owner: act!(owner, "owner"),
        due: act!(due, "due"),
        kpi: act!(kpi, "KPI"),
        kpi_current: act!(kpi_current, "KPI now"),
        kpi_target: act!(kpi_target, "KPI target"),
        status: act!(status, "status"),
    };
    // A plan neither side has stays absent, and one a side had keeps existing.
    let keep_action = action != Action::default() || o.action.is_some() && t.action.is_some();
    let levels = evidence::levels(cx, &at, b.map(|b| &b.evidence), &o.evidence, &t.evidence);
    let measurements = evidence::measurements(
        cx,
        &at,
        b.map(|b| b.measurements.as_slice()),
        &o.measurements,
        &t.measurements,
    );
    let survey = evidence::survey(cx, &at, b, o, t);

    Touchpoint {
        id: o.id.clone(),
        name,
        description,
        channel,
        control,
        questions,
        notes,
        not_applicable,
        ratings,
        agreed: (!agreed.is_empty()).then_some(agreed),
        action: keep_action.then_some(action),
        evidence: levels,
        measurements,
        survey,
    }
}

fn scale_word(scale: Scale) -> &'static str {
    match scale {
        Scale::Frequency => "frequency",
        Scale::Impact => "impact",
        Scale::Satisfaction => "satisfaction",
    }
}

/// A value shown in a conflict message.
trait Show {
    fn show(&self) -> String;
}

impl Show for String {
    fn show(&self) -> String {
        format!("{self:?}")
    }
}

impl Show for Option<String> {
    fn show(&self) -> String {
        self.as_ref().map_or_else(|| "none".into(), Show::show)
    }
}

impl Show for Option<u8> {
    fn show(&self) -> String {
        self.map_or_else(|| "none".into(), |v| v.to_string())
    }
}

impl Show for Vec<String> {
    fn show(&self) -> String {
        format!("{self:?}")
    }
}

macro_rules! show_debug {
    ($($t:ty),*) => {$(
        impl Show for $t {
            fn show(&self) -> String {
                format!("{self:?}")
            }
        }
    )*};
}
show_debug!(bool, Channel, Control, Lang, ActionStatus);

impl Show for jiff::Timestamp {
    fn show(&self) -> String {
        self.to_string()
    }
}

#[derive(Default)]
struct Cx {
    conflicts: Vec<Conflict>,
}

impl Cx {
    /// The merged value of one field.
    fn pick<T: Clone + PartialEq + Show>(
        &mut self,
        place: impl FnOnce() -> String,
        base: Option<&T>,
        ours: &T,
        theirs: &T,
    ) -> T {
        if ours == theirs || base == Some(theirs) {
            return ours.clone();
        }
        if base == Some(ours) {
            return theirs.clone();
        }
        self.conflicts.push(Conflict {
            place: place(),
            ours: ours.show(),
            theirs: theirs.show(),
        });
        ours.clone()
    }

    /// The merged list of things with ids.
    fn list<T: Clone + PartialEq>(
        &mut self,
        base: &[T],
        ours: &[T],
        theirs: &[T],
        key: impl Fn(&T) -> &String,
        label: impl Fn(&T) -> String,
        mut merge: impl FnMut(&mut Cx, Option<&T>, &T, &T) -> T,
    ) -> Vec<T> {
        let find = |list: &'_ [T], id: &str| list.iter().position(|x| key(x) == id);
        let mut out: Vec<T> = Vec::new();
        for o in ours {
            let id = key(o);
            let b = find(base, id).map(|i| &base[i]);
            match (b, find(theirs, id).map(|i| &theirs[i])) {
                (_, Some(t)) => out.push(merge(self, b, o, t)),
                (None, None) => out.push(o.clone()),
                (Some(b), None) if b == o => {} // deleted in theirs
                (Some(_), None) => {
                    self.conflicts.push(Conflict {
                        place: label(o),
                        ours: "changed".into(),
                        theirs: "deleted".into(),
                    });
                    out.push(o.clone());
                }
            }
        }
        for (ti, t) in theirs.iter().enumerate() {
            let id = key(t);
            if find(ours, id).is_some() {
                continue;
            }
            match find(base, id).map(|i| &base[i]) {
                Some(b) if b == t => continue, // deleted in ours
                Some(_) => {
                    self.conflicts.push(Conflict {
                        place: label(t),
                        ours: "deleted".into(),
                        theirs: "changed".into(),
                    });
                    continue;
                }
                None => {}
            }
            // Added in theirs: after the nearest item before it there that is in the result,
            // and after what ours added behind that item.
            let mut at = theirs[..ti]
                .iter()
                .rev()
                .find_map(|prev| out.iter().position(|x| key(x) == key(prev)))
                .map_or(0, |i| i + 1);
            while at < out.len() && {
                let id = key(&out[at]);
                find(base, id).is_none() && find(theirs, id).is_none()
            } {
                at += 1;
            }
            out.insert(at, t.clone());
        }
        out
    }
}

/// THEIRS with every id that both sides added, for different things, made unique.
fn settle_new_ids(base: &Audit, ours: &Audit, theirs: &Audit) -> Audit {
    let mut t = theirs.clone();
    // Participants: the same new id for another person gets a fresh id; ratings follow.
    let in_base = |id: &str| base.participants.iter().any(|p| p.id == id);
    let mut taken: HashSet<String> = base
        .participants
        .iter()
        .chain(&ours.participants)
        .chain(&theirs.participants)
        .map(|p| p.id.clone())
        .collect();
    let mut renamed: HashMap<String, String> = HashMap::new();
    for p in &mut t.participants {
        if in_base(&p.id) {
            continue;
        }
        let Some(op) = ours.participants.iter().find(|o| o.id == p.id) else {
            continue;
        };
        if same_name(&op.name, &p.name) {
            continue;
        }
        let fresh = unique_id("p", &p.name, |id| taken.contains(id));
        taken.insert(fresh.clone());
        renamed.insert(p.id.clone(), fresh.clone());
        p.id = fresh;
    }
    if !renamed.is_empty() {
        for s in &mut t.stages {
            for tp in &mut s.touchpoints {
                for r in &mut tp.ratings {
                    if let Some(new) = renamed.get(&r.participant) {
                        r.participant = new.clone();
                    }
                }
            }
        }
    }

    // Stages and touchpoints share one namespace of ids.
    let things = |a: &Audit| -> HashMap<String, String> {
        let mut m = HashMap::new();
        for s in &a.stages {
            m.insert(s.id.clone(), format!("stage {}", norm(&s.name)));
            for tp in &s.touchpoints {
                m.insert(tp.id.clone(), format!("{} / {}", s.id, norm(&tp.name)));
            }
        }
        m
    };
    let (bt, ot) = (things(base), things(ours));
    let mut taken: HashSet<String> = bt
        .keys()
        .chain(ot.keys())
        .cloned()
        .chain(things(theirs).into_keys())
        .collect();
    let tt = things(theirs);
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
    t
}

fn norm(s: &str) -> String {
    s.trim().to_lowercase()
}

fn same_name(a: &str, b: &str) -> bool {
    norm(a) == norm(b)
}

/// Keeps the merged audit valid: a participant who still has ratings is brought back, and an
/// id used twice (a touchpoint one side moved and the other changed) is made unique.
fn repair(audit: &mut Audit, ours: &Audit, theirs: &Audit) {
    let mut known: HashSet<String> = audit.participants.iter().map(|p| p.id.clone()).collect();
    let raters: Vec<String> = audit
        .touchpoints()
        .flat_map(|(_, _, tp)| tp.ratings.iter().map(|r| r.participant.clone()))
        .collect();
    for id in raters {
        if known.contains(&id) {
            continue;
        }
        if let Some(p) = ours
            .participants
            .iter()
            .chain(&theirs.participants)
            .find(|p| p.id == id)
        {
            audit.participants.push(p.clone());
            known.insert(id);
        }
    }
    let mut seen: HashSet<String> = HashSet::new();
    let all: HashSet<String> = audit
        .stages
        .iter()
        .flat_map(|s| {
            std::iter::once(s.id.clone()).chain(s.touchpoints.iter().map(|t| t.id.clone()))
        })
        .collect();
    let mut taken = all;
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

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::model::testing::{audit, tp};
    use crate::model::validate;
    use proptest::prelude::*;

    fn base() -> Audit {
        audit(vec![
            vec![tp("a", Some([3, 3, 3])), tp("b", None)],
            vec![tp("c", Some([2, 4, 1]))],
        ])
    }

    fn tp_mut<'a>(a: &'a mut Audit, id: &str) -> &'a mut Touchpoint {
        let (s, t) = a.find_touchpoint(id).unwrap();
        &mut a.stages[s].touchpoints[t]
    }

    #[test]
    fn different_touchpoints_combine() {
        let b = base();
        let mut o = b.clone();
        let mut t = b.clone();
        tp_mut(&mut o, "a").set_score("p1", Scale::Impact, Some(5));
        tp_mut(&mut t, "c").notes = "slow".into();
        tp_mut(&mut t, "a").set_score("p1", Scale::Frequency, Some(1));
        let m = merge3(&b, &o, &t);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        let a = m.audit;
        assert_eq!(
            tp_mut(&mut a.clone(), "a").rating("p1").unwrap().impact,
            Some(5)
        );
        assert_eq!(
            tp_mut(&mut a.clone(), "a").rating("p1").unwrap().frequency,
            Some(1)
        );
        assert_eq!(tp_mut(&mut a.clone(), "c").notes, "slow");
    }

    #[test]
    fn both_add_a_touchpoint_with_the_same_id_keeps_both() {
        let b = base();
        let mut o = b.clone();
        let mut t = b.clone();
        let mut x = Touchpoint::new("new-touchpoint", "Phone call");
        x.set_score("p1", Scale::Impact, Some(4));
        o.stages[0].touchpoints.push(x.into());
        let mut y = Touchpoint::new("new-touchpoint", "Letter");
        y.set_score("p1", Scale::Impact, Some(2));
        t.stages[0].touchpoints.push(y.into());
        let m = merge3(&b, &o, &t);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        let names: Vec<&str> = m.audit.stages[0]
            .touchpoints
            .iter()
            .map(|t| t.name.as_str())
            .collect();
        assert_eq!(names, ["A", "B", "Phone call", "Letter"]);
        assert!(validate(&m.audit).is_empty(), "{:?}", validate(&m.audit));
    }

    #[test]
    fn both_add_a_participant_keeps_both_with_their_ratings() {
        let b = base();
        let mut o = b.clone();
        let mut t = b.clone();
        o.participants.push(Participant {
            id: "p2".into(),
            name: "Ann".into(),
        });
        tp_mut(&mut o, "a").set_score("p2", Scale::Impact, Some(5));
        t.participants.push(Participant {
            id: "p2".into(),
            name: "Bob".into(),
        });
        tp_mut(&mut t, "a").set_score("p2", Scale::Impact, Some(1));
        let m = merge3(&b, &o, &t);
        assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
        assert_eq!(m.audit.participants.len(), 3);
        let bob = m
            .audit
            .participants
            .iter()
            .find(|p| p.name == "Bob")
            .unwrap();
        let a = &m.audit.stages[0].touchpoints[0];
        assert_eq!(a.rating("p2").unwrap().impact, Some(5));
        assert_eq!(a.rating(&bob.id).unwrap().impact, Some(1));
        assert!(validate(&m.audit).is_empty());
    }

    #[test]
    fn the_same_field_changed_differently_is_a_conflict_keeping_ours() {
        let b = base();
        let mut o = b.clone();
        let mut t = b.clone();
        tp_mut(&mut o, "c").notes = "mine".into();
        tp_mut(&mut t, "c").notes = "yours".into();
        tp_mut(&mut o, "a").set_score("p1", Scale::Impact, Some(5));
        tp_mut(&mut t, "a").set_score("p1", Scale::Impact, Some(1));
        let m = merge3(&b, &o, &t);
        assert_eq!(m.conflicts.len(), 2, "{:?}", m.conflicts);
        assert!(m.conflicts[0].place.contains("touchpoint 'A'"));
        assert_eq!(
            (m.conflicts[0].ours.as_str(), m.conflicts[0].theirs.as_str()),
            ("5", "1")
        );
        assert_eq!(m.conflicts[1].ours, "\"mine\"");
        assert_eq!(m.audit, o);
    }

    #[test]
    fn a_deletion_merges_with_changes_elsewhere() {
        let b = base();
        let mut o = b.clone();
        let mut t = b.clone();
        o.stages[0].touchpoints.remove(1);
        tp_mut(&mut t, "c").notes = "x".into();
        let m = merge3(&b, &o, &t);
        assert!(m.conflicts.is_empty());
        assert!(m.audit.find_touchpoint("b").is_none());
        assert_eq!(tp_mut(&mut m.audit.clone(), "c").notes, "x");
    }

    fn edit() -> impl Strategy<Value = (usize, usize, Option<u8>, u8)> {
        (0..3usize, 0..3usize, proptest::option::of(1..=5u8), 0..3u8)
    }

    fn apply(a: &mut Audit, edits: &[(usize, usize, Option<u8>, u8)]) {
        let ids = ["a", "b", "c"];
        for &(t, s, v, what) in edits {
            let tp = tp_mut(a, ids[t]);
            match what {
                0 => tp.set_score("p1", Scale::ALL[s], v),
                1 => tp.notes = format!("note {v:?}"),
                _ => tp.not_applicable = v.is_some(),
            }
        }
    }

    proptest! {
        #[test]
        fn merging_with_an_unchanged_side_gives_the_other(
            edits in proptest::collection::vec(edit(), 0..6)
        ) {
            let b = base();
            let mut x = b.clone();
            apply(&mut x, &edits);
            let m = merge3(&b, &x, &b);
            prop_assert!(m.conflicts.is_empty());
            prop_assert_eq!(&m.audit, &x);
            let m = merge3(&b, &b, &x);
            prop_assert!(m.conflicts.is_empty());
            prop_assert_eq!(&m.audit, &x);
            let m = merge3(&b, &x, &x);
            prop_assert!(m.conflicts.is_empty());
            prop_assert_eq!(&m.audit, &x);
        }

        #[test]
        fn edits_of_different_touchpoints_both_survive(
            eo in proptest::collection::vec(edit(), 0..6),
            et in proptest::collection::vec(edit(), 0..6),
        ) {
            // OURS edits touchpoint a only, THEIRS b and c.
            let eo: Vec<_> = eo.into_iter().map(|e| (0, e.1, e.2, e.3)).collect();
            let et: Vec<_> = et.into_iter().map(|e| (1 + e.0 % 2, e.1, e.2, e.3)).collect();
            let b = base();
            let (mut o, mut t) = (b.clone(), b.clone());
            apply(&mut o, &eo);
            apply(&mut t, &et);
            let m = merge3(&b, &o, &t);
            prop_assert!(m.conflicts.is_empty());
            let mut want = o.clone();
            want.stages[0].touchpoints[1] = t.stages[0].touchpoints[1].clone();
            want.stages[1] = t.stages[1].clone();
            prop_assert_eq!(&m.audit, &want);
            prop_assert!(validate(&m.audit).is_empty());
        }

        #[test]
        fn everything_both_sides_add_is_kept(
            ours_adds in proptest::collection::vec((0..2usize, 1..=5u8), 0..4),
            theirs_adds in proptest::collection::vec((0..2usize, 1..=5u8), 0..4),
            ours_people in 0..3usize,
            theirs_people in 0..3usize,
        ) {
            // Both sides give new things the ids the workbench would: the same ones.
            let add = |a: &mut Audit, side: &str, adds: &[(usize, u8)], people: usize| {
                for k in 0..people {
                    a.participants.push(Participant {
                        id: format!("p{}", k + 2),
                        name: format!("{side} person {k}"),
                    });
                }
                for (k, &(stage, score)) in adds.iter().enumerate() {
                    let mut t = Touchpoint::new(format!("new-{k}"), format!("{side} {k}"));
                    let rater = if people > 0 { "p2" } else { "p1" };
                    t.set_score(rater, Scale::Impact, Some(score));
                    a.stages[stage].touchpoints.push(t.into());
                }
            };
            let b = base();
            let (mut o, mut t) = (b.clone(), b.clone());
            add(&mut o, "ours", &ours_adds, ours_people);
            add(&mut t, "theirs", &theirs_adds, theirs_people);
            let m = merge3(&b, &o, &t);
            prop_assert!(m.conflicts.is_empty(), "{:?}", m.conflicts);
            prop_assert!(validate(&m.audit).is_empty(), "{:?}", validate(&m.audit));
            prop_assert_eq!(
                m.audit.participants.len(),
                1 + ours_people + theirs_people
            );
            prop_assert_eq!(
                m.audit.touchpoint_count(),
                3 + ours_adds.len() + theirs_adds.len()
            );
            // Each added touchpoint keeps its score, by the person who gave it.
            for (side, adds, people, src) in [
                ("ours", &ours_adds, ours_people, &o),
                ("theirs", &theirs_adds, theirs_people, &t),
            ] {
                for (k, &(_, score)) in adds.iter().enumerate() {
                    let name = format!("{side} {k}");
                    let tp = m.audit.touchpoints().find(|(_, _, x)| x.name == name).unwrap().2;
                    let r = &tp.ratings[0];
                    prop_assert_eq!(r.impact, Some(score));
                    let who = m.audit.participant_name(&r.participant).unwrap();
                    let rater = if people > 0 { "p2" } else { "p1" };
                    prop_assert_eq!(Some(who), src.participant_name(rater));
                }
            }
        }

        #[test]
        fn a_merge_is_always_valid_and_keeps_ours_where_it_conflicts(
            eo in proptest::collection::vec(edit(), 0..6),
            et in proptest::collection::vec(edit(), 0..6),
        ) {
            let b = base();
            let (mut o, mut t) = (b.clone(), b.clone());
            apply(&mut o, &eo);
            apply(&mut t, &et);
            let m = merge3(&b, &o, &t);
            prop_assert!(validate(&m.audit).is_empty());
            // Symmetric when nothing conflicts.
            let n = merge3(&b, &t, &o);
            prop_assert_eq!(m.conflicts.len(), n.conflicts.len());
            if m.conflicts.is_empty() {
                prop_assert_eq!(&m.audit, &n.audit);
            }
        }
    }
}
