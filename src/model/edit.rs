//! Reversible edits of an audit: each applied [`Op`] returns the op that undoes it.

use super::audit::{Action, Audit, Participant, Rating, Scale, Stage, Touchpoint};
use super::evidence::{Levels, Measurement};
use super::score::TpRef;

/// Which text field of the audit an edit changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Field {
    TpName(TpRef),
    TpDescription(TpRef),
    TpNotes(TpRef),
    StageName(usize),
    ParticipantName(usize),
    /// The audit's title (its name stays the file's).
    Title,
}

/// One reversible change to an audit.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    Score {
        at: TpRef,
        participant: String,
        scale: Scale,
        value: Option<u8>,
    },
    NotApplicable {
        at: TpRef,
        value: bool,
    },
    /// Sets (or with `None` clears) the value the room agreed on for one scale.
    Agreed {
        at: TpRef,
        scale: Scale,
        value: Option<u8>,
    },
    Text {
        field: Field,
        value: String,
    },
    InsertTp {
        at: TpRef,
        tp: Box<Touchpoint>,
    },
    RemoveTp {
        at: TpRef,
    },
    MoveTp {
        from: TpRef,
        to: TpRef,
    },
    InsertStage {
        index: usize,
        stage: Box<Stage>,
    },
    RemoveStage {
        index: usize,
    },
    MoveStage {
        from: usize,
        to: usize,
    },
    /// Adds a participant; `ratings` are theirs to put back (touchpoint, place in its list),
    /// when undoing their removal.
    InsertParticipant {
        index: usize,
        participant: Participant,
        ratings: Vec<(TpRef, usize, Rating)>,
    },
    RemoveParticipant {
        index: usize,
    },
    /// Sets (or with `None` clears) a touchpoint's action plan; boxed to keep `Op` small.
    Action {
        at: TpRef,
        value: Option<Box<Action>>,
    },
    /// Sets the evidence levels of a touchpoint's scales (and whether they are last time's).
    Evidence {
        at: TpRef,
        levels: Levels,
    },
    /// Replaces a touchpoint's measurements: adding, changing and removing one are all this.
    Measurements {
        at: TpRef,
        list: Vec<Measurement>,
    },
}

/// Why an edit could not be applied (a position that no longer exists).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("the edit refers to a stage, touchpoint or participant that does not exist")]
pub struct OutOfRange;

fn tp_mut(audit: &mut Audit, (s, t): TpRef) -> Result<&mut Touchpoint, OutOfRange> {
    audit
        .stages
        .get_mut(s)
        .and_then(|st| st.touchpoints.get_mut(t))
        .map(|tp| &mut **tp)
        .ok_or(OutOfRange)
}

fn text_mut<'a>(audit: &'a mut Audit, field: &Field) -> Result<&'a mut String, OutOfRange> {
    Ok(match *field {
        Field::TpName(at) => &mut tp_mut(audit, at)?.name,
        Field::TpDescription(at) => &mut tp_mut(audit, at)?.description,
        Field::TpNotes(at) => &mut tp_mut(audit, at)?.notes,
        Field::StageName(i) => &mut audit.stages.get_mut(i).ok_or(OutOfRange)?.name,
        Field::ParticipantName(i) => &mut audit.participants.get_mut(i).ok_or(OutOfRange)?.name,
        Field::Title => &mut audit.title,
    })
}

/// Reads a text field, if it exists.
pub fn text<'a>(audit: &'a Audit, field: &Field) -> Option<&'a str> {
    match *field {
        Field::TpName(at) => tp(audit, at).map(|t| t.name.as_str()),
        Field::TpDescription(at) => tp(audit, at).map(|t| t.description.as_str()),
        Field::TpNotes(at) => tp(audit, at).map(|t| t.notes.as_str()),
        Field::StageName(i) => audit.stages.get(i).map(|s| s.name.as_str()),
        Field::ParticipantName(i) => audit.participants.get(i).map(|p| p.name.as_str()),
        Field::Title => Some(audit.display_title()),
    }
}

/// The touchpoint at a position, if any.
pub fn tp(audit: &Audit, (s, t): TpRef) -> Option<&Touchpoint> {
    audit
        .stages
        .get(s)
        .and_then(|st| st.touchpoints.get(t))
        .map(|tp| &**tp)
}

/// Applies an op and returns its inverse; on error the audit is unchanged.
pub fn apply(audit: &mut Audit, op: Op) -> Result<Op, OutOfRange> {
    match op {
        Op::Score {
            at,
            participant,
            scale,
            value,
        } => score(audit, at, participant, scale, value),
        Op::NotApplicable { at, value } => not_applicable(audit, at, value),
        Op::Text { field, value } => {
            let old = std::mem::replace(text_mut(audit, &field)?, value);
            Ok(Op::Text { field, value: old })
        }
        Op::InsertTp { at, tp } => insert_tp(audit, at, *tp),
        Op::RemoveTp { at } => remove_tp(audit, at),
        Op::MoveTp { from, to } => move_tp(audit, from, to),
        Op::InsertStage { index, stage } => insert_stage(audit, index, *stage),
        Op::RemoveStage { index } => remove_stage(audit, index),
        Op::MoveStage { from, to } => move_stage(audit, from, to),
        Op::Agreed { at, scale, value } => agreed(audit, at, scale, value),
        Op::InsertParticipant {
            index,
            participant,
            ratings,
        } => insert_participant(audit, index, participant, ratings),
        Op::RemoveParticipant { index } => remove_participant(audit, index),
        Op::Action { at, value } => action(audit, at, value),
        Op::Evidence { at, levels } => {
            let old = std::mem::replace(&mut tp_mut(audit, at)?.evidence, levels);
            Ok(Op::Evidence { at, levels: old })
        }
        Op::Measurements { at, list } => {
            let old = std::mem::replace(&mut tp_mut(audit, at)?.measurements, list);
            Ok(Op::Measurements { at, list: old })
        }
    }
}

/// One participant's score on one scale of a touchpoint.
fn score(
    audit: &mut Audit,
    at: TpRef,
    participant: String,
    scale: Scale,
    value: Option<u8>,
) -> Result<Op, OutOfRange> {
    let t = tp_mut(audit, at)?;
    let old = t.rating(&participant).and_then(|r| r.get(scale));
    t.set_score(&participant, scale, value);
    Ok(Op::Score {
        at,
        participant,
        scale,
        value: old,
    })
}

fn not_applicable(audit: &mut Audit, at: TpRef, value: bool) -> Result<Op, OutOfRange> {
    let t = tp_mut(audit, at)?;
    let old = std::mem::replace(&mut t.not_applicable, value);
    Ok(Op::NotApplicable { at, value: old })
}

/// The value the room agreed on one scale (1–5, or none); a touchpoint with no agreed scale
/// left has no agreed values at all.
fn agreed(audit: &mut Audit, at: TpRef, scale: Scale, value: Option<u8>) -> Result<Op, OutOfRange> {
    if value.is_some_and(|v| !(1..=5).contains(&v)) {
        return Err(OutOfRange);
    }
    let t = tp_mut(audit, at)?;
    let mut agreed = t.agreed.unwrap_or_default();
    let old = agreed.get(scale);
    agreed.set(scale, value);
    t.agreed = (!agreed.is_empty()).then_some(agreed);
    Ok(Op::Agreed {
        at,
        scale,
        value: old,
    })
}

fn action(audit: &mut Audit, at: TpRef, value: Option<Box<Action>>) -> Result<Op, OutOfRange> {
    let t = tp_mut(audit, at)?;
    let old = std::mem::replace(&mut t.action, value.map(|a| *a));
    Ok(Op::Action {
        at,
        value: old.map(Box::new),
    })
}

fn remove_tp(audit: &mut Audit, at: TpRef) -> Result<Op, OutOfRange> {
    tp_mut(audit, at)?;
    let tp = audit.stages[at.0].touchpoints.remove(at.1);
    Ok(Op::InsertTp {
        at,
        tp: Box::new(tp.into_inner()),
    })
}

fn insert_stage(audit: &mut Audit, index: usize, stage: Stage) -> Result<Op, OutOfRange> {
    if index > audit.stages.len() {
        return Err(OutOfRange);
    }
    audit.stages.insert(index, stage);
    Ok(Op::RemoveStage { index })
}

fn remove_stage(audit: &mut Audit, index: usize) -> Result<Op, OutOfRange> {
    if index >= audit.stages.len() {
        return Err(OutOfRange);
    }
    let stage = Box::new(audit.stages.remove(index));
    Ok(Op::InsertStage { index, stage })
}

fn move_stage(audit: &mut Audit, from: usize, to: usize) -> Result<Op, OutOfRange> {
    let n = audit.stages.len();
    if from >= n || to >= n {
        return Err(OutOfRange);
    }
    let stage = audit.stages.remove(from);
    audit.stages.insert(to, stage);
    Ok(Op::MoveStage { from: to, to: from })
}

/// A participant put back at `index` with their ratings, each at its old place among the
/// touchpoint's ratings; nothing changes when a touchpoint they rated is gone.
fn insert_participant(
    audit: &mut Audit,
    index: usize,
    participant: Participant,
    ratings: Vec<(TpRef, usize, Rating)>,
) -> Result<Op, OutOfRange> {
    if index > audit.participants.len() {
        return Err(OutOfRange);
    }
    if ratings.iter().any(|(at, _, _)| tp(audit, *at).is_none()) {
        return Err(OutOfRange);
    }
    audit.participants.insert(index, participant);
    for (at, place, rating) in ratings {
        let t = tp_mut(audit, at)?;
        let place = place.min(t.ratings.len());
        t.ratings.insert(place, rating);
    }
    Ok(Op::RemoveParticipant { index })
}

fn insert_tp(audit: &mut Audit, at: TpRef, tp: Touchpoint) -> Result<Op, OutOfRange> {
    let stage = audit.stages.get_mut(at.0).ok_or(OutOfRange)?;
    if at.1 > stage.touchpoints.len() {
        return Err(OutOfRange);
    }
    stage.touchpoints.insert(at.1, tp.into());
    Ok(Op::RemoveTp { at })
}

fn move_tp(audit: &mut Audit, from: TpRef, to: TpRef) -> Result<Op, OutOfRange> {
    tp_mut(audit, from)?;
    let dest_len = audit.stages.get(to.0).ok_or(OutOfRange)?.touchpoints.len();
    // After removal from the same stage the destination holds one fewer touchpoint.
    let max = if from.0 == to.0 {
        dest_len - 1
    } else {
        dest_len
    };
    if to.1 > max {
        return Err(OutOfRange);
    }
    let tp = audit.stages[from.0].touchpoints.remove(from.1);
    audit.stages[to.0].touchpoints.insert(to.1, tp);
    Ok(Op::MoveTp { from: to, to: from })
}

fn remove_participant(audit: &mut Audit, index: usize) -> Result<Op, OutOfRange> {
    if index >= audit.participants.len() {
        return Err(OutOfRange);
    }
    let participant = audit.participants.remove(index);
    // Their ratings go with them, kept in the undo op so undo brings them back in place.
    let mut ratings = Vec::new();
    for (s, stage) in audit.stages.iter_mut().enumerate() {
        for (i, t) in stage.touchpoints.iter_mut().enumerate() {
            if let Some(place) = t
                .ratings
                .iter()
                .position(|r| r.participant == participant.id)
            {
                ratings.push(((s, i), place, t.ratings.remove(place)));
            }
        }
    }
    Ok(Op::InsertParticipant {
        index,
        participant,
        ratings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    fn audit() -> Audit {
        let mut a = Audit::new("t", Lang::En, jiff::Timestamp::UNIX_EPOCH);
        let mut s = Stage::new("s1", "One");
        s.touchpoints =
            crate::model::shared([Touchpoint::new("a", "A"), Touchpoint::new("b", "B")]);
        let mut s2 = Stage::new("s2", "Two");
        s2.touchpoints = crate::model::shared([Touchpoint::new("c", "C")]);
        a.stages = vec![s, s2];
        a
    }

    fn roundtrip(op: Op) {
        let mut a = audit();
        let before = a.clone();
        let inverse = apply(&mut a, op).expect("op applies");
        assert_ne!(a, before, "the op changed nothing");
        let redo = apply(&mut a, inverse).expect("inverse applies");
        assert_eq!(a, before);
        apply(&mut a, redo).expect("redo applies");
        assert_ne!(a, before);
    }

    #[test]
    fn every_op_is_undone_by_its_inverse() {
        roundtrip(Op::Score {
            at: (0, 1),
            participant: "p1".into(),
            scale: Scale::Impact,
            value: Some(4),
        });
        roundtrip(Op::NotApplicable {
            at: (1, 0),
            value: true,
        });
        roundtrip(Op::Text {
            field: Field::TpNotes((0, 0)),
            value: "заметка 🙂".into(),
        });
        roundtrip(Op::InsertTp {
            at: (1, 1),
            tp: Box::new(Touchpoint::new("d", "D")),
        });
        roundtrip(Op::RemoveTp { at: (0, 0) });
        roundtrip(Op::MoveTp {
            from: (0, 0),
            to: (0, 1),
        });
        roundtrip(Op::MoveTp {
            from: (0, 1),
            to: (1, 0),
        });
        roundtrip(Op::InsertStage {
            index: 2,
            stage: Box::new(Stage::new("s3", "Three")),
        });
        roundtrip(Op::RemoveStage { index: 0 });
        roundtrip(Op::MoveStage { from: 0, to: 1 });
        roundtrip(Op::Action {
            at: (0, 1),
            value: Some(Box::new(Action {
                action: "Ответ за 15 минут".into(),
                due: "2026-12-01".into(),
                ..Action::default()
            })),
        });
        roundtrip(Op::Evidence {
            at: (0, 0),
            levels: Levels {
                satisfaction: crate::model::Level::Measured,
                ..Levels::default()
            },
        });
        roundtrip(Op::Measurements {
            at: (1, 0),
            list: vec![Measurement::new("Первый ответ", 14.0)],
        });
        roundtrip(Op::InsertParticipant {
            index: 1,
            participant: Participant {
                id: "p2".into(),
                name: "Анна".into(),
            },
            ratings: Vec::new(),
        });
    }

    #[test]
    fn out_of_range_leaves_the_audit_alone() {
        let mut a = audit();
        let before = a.clone();
        assert_eq!(apply(&mut a, Op::RemoveTp { at: (5, 0) }), Err(OutOfRange));
        assert_eq!(
            apply(
                &mut a,
                Op::MoveTp {
                    from: (0, 0),
                    to: (0, 2)
                }
            ),
            Err(OutOfRange)
        );
        assert_eq!(a, before);
    }
}
