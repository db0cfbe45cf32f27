//! A blind round robin on one keyboard, end to end: the real binary in tmux. Participant 1 is
//! renamed Anna, Boris and Clara are added (so Clara, the last added, is the active one), and
//! from the first key the turn is Anna's; each person's three digits pass the touchpoint on
//! without ever showing a rating or a mean, and after the third the room is told it can reveal.
//! Quitting and reopening, and a crash (`kill -9`), come back blind, in round robin, with the
//! turn where it was.

mod e2e_common;
mod safety_common;

use e2e_common::Tmux;

const S: &str = "rr";

/// What the card and the table must never show before a reveal: a mean, a spread, a chosen
/// value marked on the card's scale (`●`), or any score in the table's rows.
fn assert_hidden(screen: &str) {
    for never in ["mean", "spread", "●"] {
        assert!(
            !screen.contains(never),
            "'{never}' before reveal:\n{screen}"
        );
    }
    for row in screen
        .lines()
        .filter(|l| l.starts_with("│Ads") || l.starts_with("│Website"))
    {
        assert!(
            !row.chars().any(|c| c.is_ascii_digit()),
            "a score in the table before reveal:\n{screen}"
        );
    }
}

/// One person's turn: a digit per scale, each checked on screen (the next scale becomes active,
/// then `turn` shows whose turn it is), and never a rating or a mean shown on the way.
fn take_turn(tmux: &Tmux, digit: &str, turn: &str) {
    for after in ["▶ Impact", "▶ Satisfaction", turn] {
        tmux.send(S, digit);
        tmux.wait_for(S, after);
        assert_hidden(&tmux.screen(S));
    }
}

#[test]
fn e2e_a_blind_round_robin_starts_with_the_first_person_and_survives_a_reopen() {
    let Some(tmux) = Tmux::start("round-robin") else {
        return;
    };
    // A session that outlives the workbench's, so that the tmux server stays up between a
    // quit and the reopen (a server with no session left exits, racing the next one).
    tmux.run("hold", (20, 5), "sleep 600");
    let dir = tempfile::tempdir().expect("temp dir");
    let data = tpaudit::store::DataDir::new(dir.path());
    // Two unscored touchpoints, Ads and Website, and one participant.
    tpaudit::store::save(&data.audit_path("rr"), &safety_common::demo()).expect("saved");
    tmux.open(S, (80, 24), dir.path(), "rr");
    tmux.wait_for(S, "0/2 scored");

    // The people of the room: Participant 1 becomes Anna, then Boris and Clara are added.
    tmux.keys(S, &["N", "C-u", "Anna", "Enter"]);
    tmux.wait_for(S, "Participant: Anna");
    for name in ["Boris", "Clara"] {
        tmux.keys(S, &["+", name, "Enter"]);
        tmux.wait_for(S, &format!("Participant: {name}"));
    }
    tmux.keys(S, &["b"]);
    tmux.wait_for(S, "[blind]");
    tmux.keys(S, &["o"]);
    // From the first key of round robin, the turn is Anna's.
    tmux.wait_for(S, "[blind, round robin] Turn:  ▶Anna ·  Boris ·  Clara ·");
    assert_hidden(&tmux.screen(S));

    take_turn(&tmux, "2", "Turn:  Anna ✓  ▶Boris ·  Clara ·");
    take_turn(&tmux, "2", "Turn:  Anna ✓  Boris ✓  ▶Clara ·");
    take_turn(&tmux, "2", "Turn:  ▶Anna ✓  Boris ✓  Clara ✓");
    let all = tmux.screen(S);
    assert!(all.contains("Everyone has scored it: v reveals"), "{all}");
    assert!(all.contains("Ads") && all.contains("✓   ✓   ✓"), "{all}");

    // Quit and reopen: still blind, still round robin, on the next touchpoint with Anna.
    tmux.keys(S, &["q"]);
    tmux.wait_exit(S);
    tmux.open(S, (80, 24), dir.path(), "rr");
    tmux.wait_for(S, "[blind, round robin] Turn:  ▶Anna ·  Boris ·  Clara ·");
    let reopened = tmux.screen(S);
    assert!(
        reopened.contains("┌Website"),
        "on the touchpoint not scored yet:\n{reopened}"
    );
    assert_hidden(&reopened);

    // Anna scores the desk, the save lands, and the workbench is killed: the same again.
    take_turn(&tmux, "3", "Turn:  Anna ✓  ▶Boris ·  Clara ·");
    tmux.wait_for(S, "✓ saved");
    tmux.kill_9(S);
    tmux.wait_exit(S);
    tmux.open(S, (80, 24), dir.path(), "rr");
    tmux.wait_for(S, "[blind, round robin] Turn:  Anna ✓  ▶Boris ·  Clara ·");
    assert_hidden(&tmux.screen(S));
    tmux.keys(S, &["q"]);
    tmux.wait_exit(S);

    let back = tpaudit::store::load(&data.audit_path("rr")).expect("loads");
    assert!(
        back.sitting.blind && back.sitting.round_robin,
        "{:?}",
        back.sitting
    );
    assert!(back.sitting.revealed.is_empty());
}
