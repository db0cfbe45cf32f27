//! Thirty participants voting at once: the time from a vote's HTTP answer to the projector's
//! redraw showing it (median and worst), and the process's memory before and after the
//! workshop. The loop is the workbench's own (saver, autosave, the channel); the projector is
//! drawn at 160×45 after every event, as the loop draws after every event that changed
//! something.
//!
//! Then the server's own memory: the real binary in tmux, once as `open` (no server) and once
//! as `workshop`, the same thirty phones voting from this process; the resident memory of the
//! tpaudit process alone, read from `/proc`.

#[path = "../tests/e2e_common/mod.rs"]
mod e2e_common;
#[path = "../tests/workshop_common/mod.rs"]
mod workshop_common;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tpaudit::app::workshop::Mode;
use tpaudit::app::{Cmd, update};
use tpaudit::model::Lang;
use workshop_common::{Room, agent, audit, free_port, url_on, workshop_with};

const PEOPLE: usize = 30;
const ROUNDS: usize = 10;

/// A memory figure (`VmRSS`, `VmHWM`) of a process, in KiB; `self` for this one.
fn status_kib(pid: &str, field: &str) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// Median, 90th percentile and worst of some times.
fn summary(times: &mut [f64]) -> [f64; 3] {
    times.sort_by(f64::total_cmp);
    let at = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    [at(0.5), at(0.9), at(1.0)]
}

fn rss_kib() -> u64 {
    status_kib("self", "VmRSS:")
}

fn main() {
    in_process();
    server_memory();
}

fn in_process() {
    let before = rss_kib();
    // (round, participant id) → when the client had its answer / when the projector showed it.
    let answered: Arc<Mutex<HashMap<(usize, String), Instant>>> = Arc::default();
    let mut drawn: HashMap<(usize, String), Instant> = HashMap::new();
    let mut terminal = Terminal::new(TestBackend::new(160, 45)).expect("a test terminal");
    let theme = tpaudit::ui::Theme::dark();
    let mut round_of: HashMap<String, usize> = HashMap::new();
    let clients_answered = Arc::clone(&answered);
    let mut peak = 0;
    let after = |app: &tpaudit::app::App| {
        let mut app = app.clone();
        update(&mut app, tpaudit::app::Msg::Resize(160, 45));
        terminal
            .draw(|f| tpaudit::ui::view(&app, &theme, f))
            .expect("draws");
        let now = Instant::now();
        peak = peak.max(rss_kib());
        let (Some(ws), Some(w)) = (app.workshop.as_ref(), app.walk.as_ref()) else {
            return;
        };
        let Some(at) = ws.live_at(w) else { return };
        let tp = &w.audit.stages[at.0].touchpoints[at.1];
        let next = round_of.len();
        let round = *round_of.entry(ws.live.clone()).or_insert(next);
        for id in tpaudit::app::workshop::voted(&ws.joined, tp) {
            drawn.entry((round, id.to_string())).or_insert(now);
        }
    };
    let out = workshop_with(
        audit(ROUNDS, Lang::En),
        Mode::Facilitated,
        after,
        move |room: &Room| {
            let ids: Vec<String> = (0..PEOPLE).map(|p| room.join(&format!("P{p}"))).collect();
            for round in 0..ROUNDS {
                let live = room.live(&ids[0]);
                thread::scope(|scope| {
                    for id in &ids {
                        let (live, answered) = (&live, &clients_answered);
                        scope.spawn(move || {
                            let a = room.vote(id, live, 3, 4, 2);
                            let at = Instant::now();
                            assert_eq!(a.status, 200);
                            answered
                                .lock()
                                .expect("the map")
                                .insert((round, id.clone()), at);
                        });
                    }
                });
                thread::sleep(Duration::from_millis(50));
                room.key(Cmd::Reveal);
                room.key(Cmd::Down);
            }
        },
    );
    let after_rss = rss_kib();
    let answered = answered.lock().expect("the map");
    // Positive: the projector showed the vote after the phone had its answer.
    let mut lags: Vec<f64> = answered
        .iter()
        .map(|(k, a)| {
            let d = drawn.get(k).expect("every vote was drawn");
            if *d >= *a {
                d.duration_since(*a).as_secs_f64() * 1000.0
            } else {
                -(a.duration_since(*d).as_secs_f64() * 1000.0)
            }
        })
        .collect();
    lags.sort_by(f64::total_cmp);
    let votes: usize = out
        .saved
        .touchpoints()
        .map(|(_, _, t)| t.ratings.len())
        .sum();
    assert_eq!(votes, PEOPLE * ROUNDS);
    println!(
        "workshop: {PEOPLE} participants voting at once, {ROUNDS} touchpoints, {votes} votes saved"
    );
    println!(
        "  vote answered → projector redrawn showing it: median {:.2} ms, worst {:.2} ms \
         (negative: drawn before the phone had its answer)",
        lags[lags.len() / 2],
        lags[lags.len() - 1]
    );
    println!(
        "  memory (RSS of the whole process, clients included): {} KiB before, {} KiB peak, \
         {} KiB after",
        before, peak, after_rss
    );
}

/// The tpaudit process's resident memory with and without the workshop's server, thirty phones
/// voting on ten touchpoints. Skipped with a notice where tmux is missing.
fn server_memory() {
    let Some(tmux) = e2e_common::Tmux::start("bench-workshop") else {
        return;
    };
    let dir = tempfile::tempdir().expect("a temp dir");
    let data = dir.path().join("data");
    let path = data.join("audits").join("ws.ron");
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("folders");
    tpaudit::store::save(&path, &audit(ROUNDS, Lang::En)).expect("the audit");
    let bin = e2e_common::BIN;
    let data = data.display();
    // Settled: the first frame drawn, then a moment for the loop to idle.
    let settled = |session: &str, text: &str| {
        tmux.wait_for(session, text);
        thread::sleep(Duration::from_millis(500));
        tmux.pane_pid(session).to_string()
    };

    tmux.run(
        "open",
        (160, 45),
        &format!("exec '{bin}' --data-dir '{data}' --lang en open ws"),
    );
    let pid = settled("open", "scored");
    let alone = status_kib(&pid, "VmRSS:");
    tmux.keys("open", &["q"]);
    tmux.wait_exit("open");

    let port = free_port();
    tmux.run(
        "ws",
        (160, 45),
        &format!(
            "exec '{bin}' --data-dir '{data}' --lang en workshop ws --bind 127.0.0.1 --port {port}"
        ),
    );
    let pid = settled("ws", &format!("http://127.0.0.1:{port}/w/"));
    let idle = status_kib(&pid, "VmRSS:");
    let base = url_on(&tmux.screen("ws")).expect("the URL in full on the screen");
    let (control, _rx) = tpaudit::tui::event::channel();
    let room = Room::new(base, agent(), control);
    let ids: Vec<String> = (0..PEOPLE).map(|p| room.join(&format!("P{p}"))).collect();
    // Each phone reads its state (answered from memory) and then votes (answered once the save
    // holding the vote is on disk), at once with the others: the difference is what waiting
    // for the disk adds.
    let timed: Mutex<(Vec<f64>, Vec<f64>)> = Mutex::default();
    let ms = |start: Instant| start.elapsed().as_secs_f64() * 1000.0;
    for _ in 0..ROUNDS {
        let live = room.live(&ids[0]);
        thread::scope(|scope| {
            for id in &ids {
                let (room, live, timed) = (&room, &live, &timed);
                scope.spawn(move || {
                    let start = Instant::now();
                    assert_eq!(room.state(id).status, 200);
                    let read = ms(start);
                    let start = Instant::now();
                    assert_eq!(room.vote(id, live, 3, 4, 2).status, 200);
                    let voted = ms(start);
                    let mut timed = timed.lock().expect("the times");
                    timed.0.push(read);
                    timed.1.push(voted);
                });
            }
        });
        tmux.wait_for("ws", &format!("{PEOPLE} of {PEOPLE} have scored"));
        tmux.keys("ws", &["r", "n"]);
    }
    let during = status_kib(&pid, "VmRSS:");
    let peak = status_kib(&pid, "VmHWM:");
    tmux.keys("ws", &["c", "Escape", "q"]);
    let (mut read, mut voted) = timed.into_inner().expect("the times");
    let (read, voted) = (summary(&mut read), summary(&mut voted));
    println!(
        "  the real binary, {PEOPLE} phones at once, {ROUNDS} rounds: a state request median          {:.1} ms (90th {:.1}, worst {:.1}); a vote, answered once on disk, median {:.1} ms          (90th {:.1}, worst {:.1}); waiting for the disk adds about {:.1} ms at the median",
        read[0],
        read[1],
        read[2],
        voted[0],
        voted[1],
        voted[2],
        voted[0] - read[0]
    );
    println!(
        "  the tpaudit process alone ({ROUNDS} touchpoints, 160×45): {alone} KiB without a \
         workshop; with the server {idle} KiB idle, {during} KiB after {PEOPLE} phones voted \
         ({} KiB more than without), peak {peak} KiB",
        during.saturating_sub(alone)
    );
}
