//! The ratings CSV round trip: `report --format ratings` (plain or `--excel`) imported back
//! gives the same stages, touchpoints, participants, ratings, notes and ranking, whatever the
//! names (hostile ones included, formula-looking ones guarded on the way out).

mod hostile;

use proptest::prelude::*;
use tpaudit::io::csv_import::parse;
use tpaudit::io::report::{Format, Options, render};
use tpaudit::model::{Audit, CrosshairMode, Lang, Participant, Rating, Stage, Touchpoint, rank};

/// A name as import keeps it (trimmed), made unique with a suffix, since import matches
/// stages, touchpoints and raters by name without regard to case.
fn unique(name: &str, i: usize) -> String {
    format!("{} {i}", name.trim())
}

fn score() -> impl Strategy<Value = Option<u8>> {
    prop_oneof![1 => Just(None), 4 => (1u8..=5).prop_map(Some)]
}

fn audit() -> impl Strategy<Value = Audit> {
    let rating = (score(), score(), score());
    let tp = (
        hostile::name(),
        hostile::text(),
        prop::collection::vec(rating, 3),
    );
    (
        prop::collection::vec(hostile::name(), 1..4),
        prop::collection::vec((hostile::name(), prop::collection::vec(tp, 1..5)), 1..4),
    )
        .prop_map(|(raters, stages)| {
            let mut a = Audit::new("r", Lang::Ru, jiff::Timestamp::UNIX_EPOCH);
            a.participants = raters
                .iter()
                .enumerate()
                .map(|(i, n)| Participant {
                    id: format!("p{i}"),
                    name: unique(n, i),
                })
                .collect();
            let mut k = 0;
            for (si, (sname, tps)) in stages.into_iter().enumerate() {
                let mut stage = Stage::new(format!("s{si}"), unique(&sname, si));
                for (tname, notes, ratings) in tps {
                    k += 1;
                    let mut tp = Touchpoint::new(format!("t{k}"), unique(&tname, k));
                    tp.notes = notes.trim().to_string();
                    for (pi, (f, i, s)) in
                        ratings.into_iter().enumerate().take(a.participants.len())
                    {
                        let r = Rating {
                            participant: format!("p{pi}"),
                            frequency: f,
                            impact: i,
                            satisfaction: s,
                        };
                        if !r.is_empty() {
                            tp.ratings.push(r);
                        }
                    }
                    stage.touchpoints.push(tp.into());
                }
                a.stages.push(stage);
            }
            a
        })
}

/// Every rating by participant name, per touchpoint in checklist order.
type Ratings = Vec<(String, String, String, Vec<(String, [Option<u8>; 3])>)>;

fn ratings(a: &Audit) -> Ratings {
    a.stages
        .iter()
        .flat_map(|s| {
            s.touchpoints.iter().map(|t| {
                let list = t
                    .ratings
                    .iter()
                    .map(|r| {
                        let who = a.participant_name(&r.participant).unwrap_or("").to_string();
                        (who, [r.frequency, r.impact, r.satisfaction])
                    })
                    .collect();
                (s.name.clone(), t.name.clone(), t.notes.clone(), list)
            })
        })
        .collect()
}

/// The ranking by name: rank, stage, touchpoint, priority, quadrant, critical.
fn ranking(a: &Audit) -> Vec<(usize, String, String, String, &'static str, bool)> {
    rank(a, CrosshairMode::Midpoint)
        .ranked
        .iter()
        .map(|r| {
            let s = &a.stages[r.at.0];
            (
                r.rank,
                s.name.clone(),
                s.touchpoints[r.at.1].name.clone(),
                format!("{:.6}", r.priority),
                r.quadrant.key(),
                r.critical,
            )
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn the_ratings_csv_imports_back_to_the_same_audit(a in audit(), excel in any::<bool>()) {
        let opts = Options { excel, ..Options::default() };
        let text = render(&a, Format::Ratings, &opts);
        let back = parse(&text, Audit::new("back", Lang::Ru, jiff::Timestamp::UNIX_EPOCH))
            .map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        let names = |a: &Audit| a.participants.iter().map(|p| p.name.clone()).collect::<Vec<_>>();
        prop_assert_eq!(names(&back), names(&a));
        prop_assert_eq!(ratings(&back), ratings(&a));
        prop_assert_eq!(ranking(&back), ranking(&a));
    }
}
