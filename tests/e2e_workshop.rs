//! The real binary in tmux: `tpaudit workshop AUDIT --bind 127.0.0.1 --port P`, phones voting
//! over HTTP, the projector showing the count; then kill -9 a second after the last vote:
//! every vote is in the file. And kill -9 the moment a vote is answered: the vote is in the
//! file, and the workshop started again has the same URL, where the same phones go on with
//! the keys they were given, on the same port even when the restart does not name it.

mod e2e_common;
mod workshop_common;

use std::net::TcpListener;
use std::path::Path;
use std::time::{Duration, Instant};

use e2e_common::Tmux;
use tpaudit::model::{Lang, Scale};
use workshop_common::{Room, agent, audit, free_fixed_port, free_port, url_on, ws_on_disk};

#[test]
fn votes_reach_the_file_and_the_projector_and_survive_kill_9() {
    let Some(tmux) = Tmux::start("workshop") else {
        return;
    };
    let dir = tempfile::tempdir().expect("a temp dir");
    let (data, path) = ws_on_disk(dir.path(), &audit(6, Lang::En));
    let port = free_port();
    let base = serve(&tmux, "main", &data, port);
    let (control, _rx) = tpaudit::tui::event::channel();
    let room = Room::new(base, agent(), control);
    let people = ["Anna", "Boris", "Chen"];
    let ids: Vec<String> = people.iter().map(|p| room.join(p)).collect();
    tmux.wait_for("main", "Joined (3)");
    for (i, id) in ids.iter().enumerate() {
        let v = i as u8 + 2;
        let a = room.vote(id, "t0", v, v + 1, v);
        assert_eq!(a.status, 200, "{}", a.text);
    }
    tmux.wait_for("main", "3 of 3 have scored");
    std::thread::sleep(Duration::from_secs(1));
    tmux.kill_9("main");
    check(&path, &ids);
    // The server went with the process.
    let start = Instant::now();
    let gone = loop {
        if TcpListener::bind(("127.0.0.1", port)).is_ok()
            || start.elapsed() > Duration::from_secs(5)
        {
            break TcpListener::bind(("127.0.0.1", port)).is_ok();
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(gone, "the port is free again");
}

/// Starts the workshop on `ws` in session `name`; the URL the projector shows.
fn serve(tmux: &Tmux, name: &str, data: &Path, port: u16) -> String {
    url_on(&tmux.serve_workshop(name, data, "ws", port)).expect("the URL in full on the screen")
}

#[test]
fn a_vote_answered_is_on_disk_and_after_kill_9_the_same_phones_go_on() {
    let Some(tmux) = Tmux::start("workshop-restart") else {
        return;
    };
    let dir = tempfile::tempdir().expect("a temp dir");
    let (data, path) = ws_on_disk(dir.path(), &audit(6, Lang::En));
    // Keeps the tmux server up while the workbench is killed and started again.
    tmux.run("keep", (20, 5), "sleep 600");
    let port = free_fixed_port();
    let base = serve(&tmux, "round0", &data, port);
    let (control, _rx) = tpaudit::tui::event::channel();
    let room = Room::new(base.clone(), agent(), control);
    let ids: Vec<String> = ["Anna", "Boris"].iter().map(|p| room.join(p)).collect();
    let secrets = std::fs::read_to_string(path.with_file_name("ws.ron.workshop"))
        .expect("the keys are kept beside the audit");
    assert!(secrets.contains(&room.secret_of(&ids[0])));
    let audit_text = std::fs::read_to_string(&path).expect("the audit");
    assert!(
        !audit_text.contains(&room.secret_of(&ids[0])),
        "never in the audit"
    );
    for round in 0..3u8 {
        let live = room.live(&ids[0]);
        for id in &ids {
            let a = room.vote(id, &live, round + 1, 4, 5);
            assert_eq!(a.status, 200, "{}", a.text);
        }
        // Killed the moment the last vote was answered.
        tmux.kill_9(&format!("round{round}"));
        let saved = tpaudit::store::load(&path).expect("the file loads after kill -9");
        let (s, t) = saved.find_touchpoint(&live).expect("the live touchpoint");
        for id in &ids {
            let r = saved.stages[s].touchpoints[t]
                .rating(id)
                .unwrap_or_else(|| panic!("{id}'s answered vote on {live} is in the file"));
            assert_eq!(
                Scale::ALL.map(|k| r.get(k)),
                [Some(round + 1), Some(4), Some(5)]
            );
        }
        // The last restart names no port: the workshop listens where it did.
        let next = format!("round{}", round + 1);
        let again = match round {
            2 => url_on(&tmux.serve_workshop_with(&next, &data, "ws", port, ""))
                .expect("the URL in full on the screen"),
            _ => serve(&tmux, &next, &data, port),
        };
        assert_eq!(again, base, "the same URL after the restart");
        for id in &ids {
            let s = room.state(id);
            assert_eq!(
                s.status, 200,
                "{id} goes on without joining again: {}",
                s.text
            );
        }
        let taken = room.try_join("Anna");
        assert_eq!(taken.status, 409, "Anna's phone still holds her name");
    }
}

fn check(path: &Path, ids: &[String]) {
    let saved = tpaudit::store::load(path).expect("the file loads after kill -9");
    let t0 = &saved.stages[0].touchpoints[0];
    for (i, id) in ids.iter().enumerate() {
        let v = i as u8 + 2;
        let r = t0
            .rating(id)
            .unwrap_or_else(|| panic!("{id}'s vote is in the file"));
        assert_eq!(r.get(Scale::Frequency), Some(v));
        assert_eq!(r.get(Scale::Impact), Some(v + 1));
        assert_eq!(r.get(Scale::Satisfaction), Some(v));
    }
}
