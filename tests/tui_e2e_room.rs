//! A workshop on one keyboard, end to end: the real binary in tmux, three participants scoring
//! the universal template blind and round robin, each touchpoint revealed and left with one key
//! each, then an agreed value recorded. Every key sent is counted against the budget the
//! workshop guide (`docs/workshop.md`) states: 3 keys per participant per touchpoint, plus one
//! reveal and one move.

mod e2e_common;

use e2e_common::Tmux;
use tpaudit::model::{Lang, Participant, Scale};

const PEOPLE: [&str; 3] = ["Anna", "Boris", "Clara"];

/// The keys a person types, sent as they are and counted.
struct Keyboard<'a> {
    tmux: &'a Tmux,
    sent: usize,
}

impl Keyboard<'_> {
    /// Types `keys` (single characters, each one key) and counts them.
    fn type_keys(&mut self, keys: &str) -> usize {
        for k in keys.chars() {
            self.tmux.send("room", &k.to_string());
        }
        self.sent += keys.chars().count();
        keys.chars().count()
    }
}

/// Participant `p`'s digit for scale `s` on touchpoint `i`: ratings that differ by 2 or more.
fn digit(i: usize, p: usize, s: usize) -> char {
    char::from(b'1' + u8::try_from((i + 3 * p + s) % 5).expect("small"))
}

#[test]
fn e2e_three_people_score_the_universal_template_blind_in_budget() {
    let Some(tmux) = Tmux::start("room") else {
        return;
    };
    let template = tpaudit::store::templates::builtin()
        .into_iter()
        .find(|t| t.id == "universal")
        .expect("the universal template");
    let mut audit = template.instantiate("room", Lang::En, jiff::Timestamp::now());
    audit.participants = (PEOPLE.iter().enumerate())
        .map(|(i, n)| Participant {
            id: format!("p{}", i + 1),
            name: (*n).to_string(),
        })
        .collect();
    let total = audit.touchpoint_count();
    let dir = tempfile::tempdir().expect("temp dir");
    let data = tpaudit::store::DataDir::new(dir.path());
    tpaudit::store::save(&data.audit_path("room"), &audit).expect("saved");

    tmux.open("room", (80, 24), dir.path(), "room");
    tmux.wait_for("room", &format!("0/{total} scored"));
    let mut kb = Keyboard {
        tmux: &tmux,
        sent: 0,
    };
    let modes = kb.type_keys("ob");
    tmux.wait_for("room", "[blind, round robin]");
    let mut per_touchpoint = Vec::new();
    for i in 0..total {
        let digits: String = (0..3)
            .flat_map(|p| (0..3).map(move |s| digit(i, p, s)))
            .collect();
        let mut keys = kb.type_keys(&digits);
        tmux.wait_for("room", "▶Anna ✓  Boris ✓  Clara ✓");
        let hidden = tmux.screen("room");
        assert!(
            !hidden.contains("spread"),
            "blind until revealed:\n{hidden}"
        );
        keys += kb.type_keys("v");
        tmux.wait_for("room", "spread");
        if i + 1 < total {
            keys += kb.type_keys("j");
            tmux.wait_for("room", "▶Anna ·  Boris ·  Clara ·");
        }
        per_touchpoint.push(keys);
    }
    let revealed = tmux.screen("room");
    assert!(
        revealed.contains("Anna  Boris  Clara  mean  spread"),
        "{revealed}"
    );
    // The budget: 3 keys per participant on each touchpoint, one reveal and one move.
    let budget = 3 * PEOPLE.len() + 2;
    assert!(
        per_touchpoint.iter().all(|k| *k <= budget),
        "{per_touchpoint:?}"
    );
    let scoring = kb.sent;
    assert_eq!(scoring, modes + total * budget - 1);
    // The room agrees on the last touchpoint: `=` and a digit per scale.
    let agreeing = kb.type_keys("=342");
    tmux.wait_for("room", "Agreed values recorded");
    let agreed = tmux.screen("room");
    assert!(agreed.contains("spread  agreed"), "{agreed}");
    assert!(agreed.contains("= 3") && agreed.contains("= 4"), "{agreed}");
    kb.type_keys("q");
    tmux.wait_exit("room");

    let back = tpaudit::store::load(&data.audit_path("room")).expect("loads");
    for (i, (_, _, tp)) in back.touchpoints().enumerate() {
        for (p, person) in back.participants.iter().enumerate() {
            let r = tp.rating(&person.id).expect("rated by everyone");
            for (s, scale) in Scale::ALL.into_iter().enumerate() {
                let want = digit(i, p, s).to_digit(10).map(|d| d as u8);
                assert_eq!(r.get(scale), want, "{} by {}", tp.name, person.name);
            }
        }
    }
    let last = back.touchpoints().last().map(|(_, _, t)| t).expect("one");
    assert_eq!(
        Scale::ALL.map(|s| last.agreed(s)),
        [Some(3), Some(4), Some(2)]
    );
    eprintln!(
        "keys: {scoring} to score {total} touchpoints with {} participants ({modes} for the modes), \
         {agreeing} to record an agreed value",
        PEOPLE.len()
    );
}
