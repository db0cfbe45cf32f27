//! Small audits for the unit tests of the methods over several audits.

use super::{Audit, Lang, Participant, Rating, Stage, Touchpoint};

/// A touchpoint named after its id in upper case, rated by `p1` when given scores.
pub fn tp(id: &str, fis: Option<[u8; 3]>) -> Touchpoint {
    let mut t = Touchpoint::new(id, id.to_uppercase());
    if let Some([f, i, s]) = fis {
        t.ratings = vec![Rating {
            frequency: Some(f),
            impact: Some(i),
            satisfaction: Some(s),
            ..Rating::new("p1")
        }];
    }
    t
}

/// An audit with participant `p1` ("Me") and stages `S0`, `S1`, … of these touchpoints.
pub fn audit(stages: Vec<Vec<Touchpoint>>) -> Audit {
    let mut a = Audit::new("t", Lang::En, jiff::Timestamp::UNIX_EPOCH);
    a.participants = vec![Participant {
        id: "p1".into(),
        name: "Me".into(),
    }];
    a.stages = stages
        .into_iter()
        .enumerate()
        .map(|(i, tps)| Stage {
            touchpoints: super::shared(tps),
            ..Stage::new(format!("s{i}"), format!("S{i}"))
        })
        .collect();
    a
}
