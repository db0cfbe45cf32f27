use super::*;
use crate::app::workshop::state::*;
use crate::app::{Cmd, Msg, update};
use crate::model::{Audit, Lang, Stage};
use crate::store::DataDir;

fn app_with(n: usize) -> App {
    let now: jiff::Timestamp = "2026-12-03T07:00:00Z".parse().expect("a time");
    let mut audit = Audit::new("ws", Lang::En, now);
    let mut stage = Stage::new("s", "Stage");
    stage.touchpoints = (0..n)
        .map(|i| Touchpoint::new(format!("t{i}"), format!("T{i}")))
        .map(Into::into)
        .collect();
    audit.stages = vec![stage];
    let mut app = App::new(Lang::En, DataDir::new("/nonexistent"), Vec::new(), now);
    update(
        &mut app,
        Msg::Opened {
            path: "/nonexistent/ws.ron".into(),
            audit: Box::new(audit),
        },
    );
    app
}

fn ask(app: &mut App, request: Request) -> Reply {
    match update(app, Msg::Workshop(request)).pop() {
        Some(Effect::Reply(r)) => r,
        other => panic!("no reply: {other:?}"),
    }
}

fn join(app: &mut App, name: &str) -> String {
    let r = ask(app, Request::Join { name: name.into() });
    assert_eq!(r.status, 200);
    r.body["participant"].as_str().expect("an id").to_string()
}

fn vote(app: &mut App, who: &str, tp: &str, v: u8) -> u16 {
    let request = Request::Vote {
        participant: who.into(),
        touchpoint: tp.into(),
        scores: [Some(Some(v)); 3],
    };
    ask(app, request).status
}

#[test]
fn w_starts_on_the_selected_touchpoint_and_esc_keeps_it_running() {
    let mut app = app_with(3);
    app.walk.as_mut().expect("a walk").tp = 1;
    update(&mut app, Msg::Cmd(Cmd::Workshop));
    assert_eq!(app.screen, Screen::Workshop);
    let ws = app.workshop.as_ref().expect("a workshop");
    assert_eq!((ws.live.as_str(), ws.phase), ("t1", Phase::Voting));
    assert_eq!(ws.server, Server::Starting);
    update(&mut app, Msg::Cmd(Cmd::Back));
    assert_eq!(app.screen, Screen::Walk);
    assert!(app.workshop.is_some(), "Esc only goes to the walk");
    app.walk.as_mut().expect("a walk").tp = 2;
    update(&mut app, Msg::Cmd(Cmd::Workshop));
    assert_eq!(app.workshop.as_ref().map(|w| w.live.as_str()), Some("t2"));
    update(&mut app, Msg::Cmd(Cmd::Workshop));
    assert!(app.workshop.is_none(), "W on the workshop screen ends it");
    assert_eq!(app.screen, Screen::Walk);
}

#[test]
fn reveal_next_previous_and_close() {
    let mut app = app_with(3);
    app.start_workshop(Settings::default(), false);
    let anna = join(&mut app, "Anna");
    assert_eq!(vote(&mut app, &anna, "t0", 4), 200);
    assert_eq!(vote(&mut app, &anna, "t1", 4), 409, "not live");
    update(&mut app, Msg::Cmd(Cmd::Reveal));
    assert_eq!(
        app.workshop.as_ref().map(|w| w.phase),
        Some(Phase::Revealed)
    );
    assert_eq!(vote(&mut app, &anna, "t0", 2), 409, "revealed");
    update(&mut app, Msg::Cmd(Cmd::Reveal));
    assert_eq!(vote(&mut app, &anna, "t0", 2), 200, "voting again");
    update(&mut app, Msg::Cmd(Cmd::Down));
    update(&mut app, Msg::Cmd(Cmd::Down));
    update(&mut app, Msg::Cmd(Cmd::Down));
    assert_eq!(app.workshop.as_ref().map(|w| w.live.as_str()), Some("t2"));
    update(&mut app, Msg::Cmd(Cmd::Up));
    assert_eq!(app.workshop.as_ref().map(|w| w.live.as_str()), Some("t1"));
    update(&mut app, Msg::Cmd(Cmd::CloseWorkshop));
    assert_eq!(vote(&mut app, &anna, "t1", 2), 409, "closed");
    update(&mut app, Msg::Cmd(Cmd::Back));
    assert!(app.workshop.is_none(), "an ended workshop stops on Esc");
    let w = app.walk.as_ref().expect("a walk");
    assert_eq!(w.tp, 1, "the walk shows the last live touchpoint");
}

#[test]
fn a_vote_is_an_undoable_change_that_autosaves() {
    let mut app = app_with(1);
    app.start_workshop(Settings::default(), false);
    let anna = join(&mut app, "Anna");
    let before = app.walk.as_ref().map(|w| w.undo.len());
    assert_eq!(vote(&mut app, &anna, "t0", 5), 200);
    let w = app.walk.as_ref().expect("a walk");
    assert!(w.dirty);
    assert_eq!(w.undo.len(), before.map(|n| n + 3).unwrap_or(0));
    assert_eq!(update(&mut app, Msg::Tick), vec![Effect::Save]);
    // The same vote again changes nothing.
    assert_eq!(vote(&mut app, &anna, "t0", 5), 200);
    assert_eq!(
        app.walk.as_ref().map(|w| w.undo.len()),
        before.map(|n| n + 3)
    );
}

#[test]
fn joining_by_a_known_name_rejoins() {
    let mut app = app_with(1);
    app.start_workshop(Settings::default(), false);
    assert_eq!(join(&mut app, "participant 1"), "p1");
    let anna = join(&mut app, "Anna");
    assert_eq!(join(&mut app, "ANNA"), anna);
    let ws = app.workshop.as_ref().expect("a workshop");
    assert_eq!(ws.joined, vec!["p1".to_string(), anna]);
    assert_eq!(
        app.walk.as_ref().map(|w| w.audit.participants.len()),
        Some(2)
    );
}

#[test]
fn the_state_never_carries_another_participants_scores() {
    let mut app = app_with(1);
    app.start_workshop(Settings::default(), false);
    let anna = join(&mut app, "Anna");
    let boris = join(&mut app, "Boris");
    assert_eq!(vote(&mut app, &anna, "t0", 5), 200);
    let r = ask(
        &mut app,
        Request::State {
            participant: boris,
            touchpoint: None,
        },
    );
    assert_eq!(r.body["voted"], 1);
    assert!(!r.body.to_string().contains('5'), "{}", r.body);
}

#[test]
fn a_read_only_window_answers_no_phone() {
    let mut app = app_with(1);
    app.start_workshop(Settings::default(), false);
    app.walk.as_mut().expect("a walk").read_only = Some(crate::app::ReadOnly { holder: None });
    let r = ask(&mut app, Request::Join { name: "A".into() });
    assert_eq!(r.status, 404);
}

#[test]
fn names_are_cleaned_and_look_alikes_are_one_person() {
    let mut app = app_with(1);
    app.start_workshop(Settings::default(), false);
    let anna = join(&mut app, "  Anna \u{200B}");
    assert_eq!(
        join(&mut app, "\u{0410}NNA"),
        anna,
        "a Cyrillic А is the same Anna"
    );
    let long = ask(
        &mut app,
        Request::Join {
            name: "я".repeat(41),
        },
    );
    assert_eq!(long.status, 400, "refused, not cut");
    let blank = ask(
        &mut app,
        Request::Join {
            name: "\u{200B}".into(),
        },
    );
    assert_eq!(blank.status, 400);
    let names: Vec<&str> = app
        .walk
        .as_ref()
        .expect("a walk")
        .audit
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names[1..], ["Anna"]);
}

#[test]
fn the_last_ask_is_shown_and_a_lets_that_person_in() {
    let mut app = app_with(1);
    app.start_workshop(Settings::default(), false);
    let anna = join(&mut app, "Anna");
    let boris = join(&mut app, "Boris");
    let claim = |app: &App| app.workshop.as_ref().and_then(|w| w.claim.clone());
    update(&mut app, Msg::WorkshopClaim(anna.clone()));
    update(&mut app, Msg::WorkshopClaim("nobody".into()));
    assert_eq!(claim(&app), Some(anna.clone()), "an unknown id is no one");
    update(&mut app, Msg::WorkshopClaim(boris.clone()));
    assert_eq!(
        claim(&app),
        Some(boris.clone()),
        "the later ask replaces it"
    );
    assert_eq!(
        update(&mut app, Msg::Cmd(Cmd::LetIn)),
        vec![Effect::ReleasePhone(boris)],
        "the one the projector shows, never Anna"
    );
    assert_eq!(claim(&app), None);
    assert_eq!(
        update(&mut app, Msg::Cmd(Cmd::LetIn)),
        vec![],
        "nobody asks now"
    );
}

#[test]
fn leaving_the_audit_ends_the_workshop() {
    let mut app = app_with(1);
    app.start_workshop(Settings::default(), false);
    app.walk = None;
    update(&mut app, Msg::Tick);
    assert!(app.workshop.is_none());
}

#[test]
fn votes_stay_hidden_in_the_walk_until_revealed() {
    let mut app = app_with(2);
    app.start_workshop(Settings::default(), false);
    let anna = join(&mut app, "Anna");
    assert_eq!(vote(&mut app, &anna, "t0", 4), 200);
    let hidden = |app: &App, at| app.walk.as_ref().expect("a walk").hidden(at);
    // Esc to the walk during voting: the card, table and every view hide the votes.
    update(&mut app, Msg::Cmd(Cmd::Back));
    assert_eq!(app.screen, Screen::Walk);
    assert!(hidden(&app, (0, 0)), "open voting is blind in the walk");
    assert!(
        hidden(&app, (0, 1)),
        "so is every touchpoint not yet revealed"
    );
    update(&mut app, Msg::Cmd(Cmd::Workshop));
    update(&mut app, Msg::Cmd(Cmd::Reveal));
    assert!(!hidden(&app, (0, 0)), "revealed");
    update(&mut app, Msg::Cmd(Cmd::Reveal));
    assert!(hidden(&app, (0, 0)), "voting again hides it again");
    // Ending the workshop gives the walk back as it was (not blind).
    update(&mut app, Msg::Cmd(Cmd::Workshop));
    assert!(app.workshop.is_none());
    assert!(!hidden(&app, (0, 1)));
}

#[test]
fn next_and_previous_pass_by_a_touchpoint_that_does_not_apply_and_it_takes_no_vote() {
    let mut app = app_with(3);
    if let Some(w) = app.walk.as_mut() {
        let mut t1 = (*w.audit.stages[0].touchpoints[1]).clone();
        t1.not_applicable = true;
        w.audit.stages[0].touchpoints[1] = t1.into();
    }
    app.start_workshop(Settings::default(), false);
    let anna = join(&mut app, "Anna");
    let live = |app: &App| app.workshop.as_ref().expect("a workshop").live.clone();
    assert_eq!(live(&app), "t0");
    update(&mut app, Msg::Cmd(Cmd::Down));
    assert_eq!(live(&app), "t2", "t1 does not apply");
    update(&mut app, Msg::Cmd(Cmd::Up));
    assert_eq!(live(&app), "t0");
    // Made live by hand (W in the walk), it still takes no vote.
    app.workshop.as_mut().expect("a workshop").live = "t1".into();
    assert_eq!(vote(&mut app, &anna, "t1", 3), 409);
    let t1 = &app.walk.as_ref().expect("a walk").audit.stages[0].touchpoints[1];
    assert!(t1.rating(&anna).is_none(), "nothing stored");
}

#[test]
fn x_removes_the_last_to_join_who_never_scored() {
    let mut app = app_with(2);
    app.start_workshop(Settings::default(), false);
    let anna = join(&mut app, "Anna");
    let anan = join(&mut app, "Anan");
    let boris = join(&mut app, "Boris");
    assert_eq!(vote(&mut app, &anna, "t0", 4), 200);
    assert_eq!(vote(&mut app, &boris, "t0", 3), 200);
    assert_eq!(
        update(&mut app, Msg::Cmd(Cmd::RemoveGhost)),
        vec![Effect::ReleasePhone(anan.clone())]
    );
    let ws = app.workshop.as_ref().expect("a workshop");
    assert_eq!(ws.joined, [anna.clone(), boris.clone()]);
    let w = app.walk.as_ref().expect("a walk");
    let names: Vec<&str> = w
        .audit
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names[1..], ["Anna", "Boris"], "gone from the audit too");
    assert_eq!(
        update(&mut app, Msg::Cmd(Cmd::RemoveGhost)),
        vec![],
        "everyone left has scored"
    );
    let r = ask(
        &mut app,
        Request::State {
            participant: anna,
            touchpoint: None,
        },
    );
    assert_eq!(r.body["joined"], 2, "no longer counted");
}

#[test]
fn self_paced_progress_counts_each_ones_fully_scored_touchpoints_that_apply() {
    let mut app = app_with(4);
    if let Some(w) = app.walk.as_mut() {
        let mut t3 = (*w.audit.stages[0].touchpoints[3]).clone();
        t3.not_applicable = true;
        w.audit.stages[0].touchpoints[3] = t3.into();
    }
    let settings = Settings {
        mode: Mode::SelfPaced,
        ..Settings::default()
    };
    app.start_workshop(settings, false);
    let anna = join(&mut app, "Anna");
    let boris = join(&mut app, "Boris");
    for tp in ["t0", "t1", "t2"] {
        assert_eq!(vote(&mut app, &anna, tp, 4), 200, "self-paced takes any");
    }
    assert_eq!(vote(&mut app, &boris, "t2", 3), 200);
    // A partial vote is not a scored touchpoint.
    let partial = Request::Vote {
        participant: boris.clone(),
        touchpoint: "t0".into(),
        scores: [Some(Some(2)), None, None],
    };
    assert_eq!(ask(&mut app, partial).status, 200);
    let ws = app.workshop.as_ref().expect("a workshop");
    let w = app.walk.as_ref().expect("a walk");
    let got: Vec<(String, usize, usize)> = progress(&ws.joined, &w.audit)
        .into_iter()
        .map(|p| (p.participant, p.done, p.of))
        .collect();
    assert_eq!(got, [(anna, 3, 3), (boris, 1, 3)], "t3 does not apply");
}
