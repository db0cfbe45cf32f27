//! The real binary in tmux: `tpaudit workshop AUDIT --bind 127.0.0.1 --port P`, phones voting
//! over HTTP, the projector showing the count; then kill -9 a second after the last vote:
//! every vote is in the file.

mod e2e_common;
mod workshop_common;

use std::net::TcpListener;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use e2e_common::{BIN, Tmux, wait_gone};
use tpaudit::model::{Lang, Scale};
use workshop_common::{Room, agent, audit, free_port, url_on};

#[test]
fn votes_reach_the_file_and_the_projector_and_survive_kill_9() {
    let Some(tmux) = Tmux::start("workshop") else {
        return;
    };
    let dir = tempfile::tempdir().expect("a temp dir");
    let data = dir.path().join("data");
    let path = data.join("audits").join("ws.ron");
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("folders");
    tpaudit::store::save(&path, &audit(6, Lang::En)).expect("the audit");
    let port = free_port();
    let command = format!(
        "exec '{BIN}' --data-dir '{}' --lang en workshop ws --bind 127.0.0.1 --port {port}",
        data.display()
    );
    tmux.run("main", (100, 30), &command);
    tmux.wait_for("main", &format!("http://127.0.0.1:{port}/w/"));
    let base = url_on(&tmux.screen("main")).expect("the URL in full on the screen");
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
    let pid = tmux.pane_pid("main");
    Command::new("kill")
        .args(["-9", &pid.to_string()])
        .status()
        .expect("kill runs");
    assert!(wait_gone(pid, Duration::from_secs(5)), "the workbench died");
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
