//! A re-audit: the same checklist scored again, after acting on the last audit.

use jiff::Timestamp;

use super::audit::{Audit, SCHEMA_VERSION, Stage, Touchpoint};
use super::evidence::{Levels, Measurement};

/// A new audit `name` that follows `previous` (whose file is `previous_name.ron`): the same
/// stages and touchpoints (ids, names, descriptions, questions, channel, control, not-applicable
/// flags), participants, client, language and action plans with their status; no ratings, no
/// agreed values and empty notes, since those belong to the audit they were given in. Evidence
/// levels and measurements (of touchpoints and stages) carry over marked as last time's, to be
/// confirmed or measured again; survey answers and NPS counts do not: they describe customers
/// of the last period. The new audit starts open: not blind, without turns.
pub fn reaudit(previous: &Audit, previous_name: &str, name: &str, now: Timestamp) -> Audit {
    Audit {
        version: SCHEMA_VERSION,
        name: name.to_string(),
        // A title often names the period ("…, November 2026"), so the new audit starts with its
        // own name rather than last time's title.
        title: name.to_string(),
        client: previous.client.clone(),
        created: now,
        lang: previous.lang,
        template: previous.template.clone(),
        previous: Some(previous_name.to_string()),
        nps: None,
        participants: previous.participants.clone(),
        stages: previous.stages.iter().map(fresh_stage).collect(),
        // A new audit is scored afresh: not blind, no turns, nothing revealed.
        sitting: Default::default(),
    }
}

fn fresh_stage(stage: &Stage) -> Stage {
    Stage {
        touchpoints: stage
            .touchpoints
            .iter()
            .map(|tp| fresh_touchpoint(tp).into())
            .collect(),
        measurements: last_time(&stage.measurements),
        ..stage.clone()
    }
}

fn fresh_touchpoint(tp: &Touchpoint) -> Touchpoint {
    Touchpoint {
        id: tp.id.clone(),
        name: tp.name.clone(),
        description: tp.description.clone(),
        channel: tp.channel,
        control: tp.control,
        questions: tp.questions.clone(),
        notes: String::new(),
        not_applicable: tp.not_applicable,
        ratings: Vec::new(),
        agreed: None,
        action: tp.action.clone(),
        evidence: Levels {
            last_time: !tp.evidence.is_default(),
            ..tp.evidence
        },
        measurements: last_time(&tp.measurements),
        survey: None,
    }
}

/// Measurements carried into a re-audit, each marked as last time's figure.
fn last_time(list: &[Measurement]) -> Vec<Measurement> {
    list.iter()
        .map(|m| Measurement {
            last_time: true,
            ..m.clone()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Action, ActionStatus, Agreed, Channel, Control, Lang, Participant, Rating};

    fn previous() -> Audit {
        let mut a = Audit::new("q4", Lang::Ru, Timestamp::UNIX_EPOCH);
        a.title = "Магазин, IV квартал".into();
        a.client = "Чайная лавка".into();
        a.template = Some("retail".into());
        a.participants.push(Participant {
            id: "anna".into(),
            name: "Анна".into(),
        });
        let mut tp = Touchpoint::new("kassa", "Касса");
        tp.description = "Оплата".into();
        tp.channel = Channel::Offline;
        tp.control = Control::Indirect;
        tp.questions = vec!["Очередь дольше 5 минут?".into()];
        tp.notes = "Очередь 20 минут".into();
        tp.ratings = vec![Rating {
            frequency: Some(5),
            impact: Some(5),
            satisfaction: Some(1),
            ..Rating::new("anna")
        }];
        tp.agreed = Some(Agreed {
            satisfaction: Some(2),
            ..Agreed::default()
        });
        tp.action = Some(Action {
            action: "Вторая касса".into(),
            status: ActionStatus::Done,
            ..Action::default()
        });
        let mut na = Touchpoint::new("app", "Приложение");
        na.not_applicable = true;
        let mut stage = Stage::new("buy", "Покупка");
        stage.description = "В магазине".into();
        stage.questions = vec!["Что мешает купить?".into()];
        stage.touchpoints = crate::model::shared([tp, na]);
        a.stages = vec![stage];
        a
    }

    #[test]
    fn keeps_the_checklist_participants_and_actions_and_drops_the_scores() {
        let prev = previous();
        let now: Timestamp = "2027-02-01T09:00:00Z".parse().expect("timestamp");
        let a = reaudit(&prev, "q4-file", "q1", now);
        assert_eq!(a.name, "q1");
        assert_eq!(a.title, "q1");
        assert_eq!(a.previous.as_deref(), Some("q4-file"));
        assert_eq!(a.created, now);
        assert_eq!((a.lang, a.client.as_str()), (Lang::Ru, "Чайная лавка"));
        assert_eq!(a.template.as_deref(), Some("retail"));
        assert_eq!(a.participants, prev.participants);
        let (s, p) = (&a.stages[0], &prev.stages[0]);
        assert_eq!(
            (&s.id, &s.name, &s.description, &s.questions),
            (&p.id, &p.name, &p.description, &p.questions)
        );
        let (t, old) = (&s.touchpoints[0], &p.touchpoints[0]);
        assert_eq!(
            (&t.id, &t.name, &t.description, &t.questions),
            (&old.id, &old.name, &old.description, &old.questions)
        );
        assert_eq!(
            (t.channel, t.control),
            (Channel::Offline, Control::Indirect)
        );
        assert_eq!(t.action, old.action);
        assert!(t.ratings.is_empty() && t.agreed.is_none() && t.notes.is_empty());
        assert!(s.touchpoints[1].not_applicable);
        assert!(crate::model::validate(&a).is_empty());
    }

    #[test]
    fn levels_and_measurements_carry_as_last_time_and_surveys_do_not() {
        use crate::model::{Level, Nps, Survey};
        let mut prev = previous();
        {
            let tp = &mut prev.stages[0].touchpoints[0];
            tp.evidence.satisfaction = Level::Measured;
            tp.measurements
                .push(crate::model::Measurement::new("queue, min", 20.0));
            tp.survey = Some(Survey {
                counts: [3, 3, 3, 3, 3],
            });
        }
        prev.stages[0]
            .measurements
            .push(crate::model::Measurement::new("customers", 410.0));
        prev.nps = Some(Nps { counts: [2; 11] });
        let a = reaudit(&prev, "q4", "q1", Timestamp::UNIX_EPOCH);
        let (t, untouched) = (&a.stages[0].touchpoints[0], &a.stages[0].touchpoints[1]);
        assert_eq!(t.evidence.satisfaction, Level::Measured);
        assert!(t.evidence.last_time);
        assert!(
            untouched.evidence.is_default(),
            "nothing to carry, nothing marked"
        );
        assert_eq!(t.measurements[0].value, 20.0);
        assert!(t.measurements[0].last_time && a.stages[0].measurements[0].last_time);
        assert_eq!((t.survey, a.nps), (None, None));
        assert!(crate::model::validate(&a).is_empty());
    }

    #[test]
    fn a_re_audit_of_a_blind_audit_starts_open() {
        let mut prev = previous();
        prev.sitting.blind = true;
        prev.sitting.round_robin = true;
        prev.sitting.revealed.insert("kassa".into());
        let a = reaudit(&prev, "q4", "q1", Timestamp::UNIX_EPOCH);
        assert!(a.sitting.is_default(), "{:?}", a.sitting);
    }
}
