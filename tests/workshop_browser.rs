//! A real browser: Debian's headless Chromium opens the phone page at 360×740 (driven over the
//! DevTools protocol by `tests/browser/workshop_phone.js` under node), joins, taps a value on
//! each scale, sees "saved"; the vote is in the audit file. Then a room of phones
//! (`tests/browser/workshop_room.js`) against the real binary in tmux: join, a name clash,
//! partial votes, reveal, next, kill -9 and a restart the phones ride out, a throttled network,
//! the end. Skipped with a notice when chromium, node or tmux is missing outside CI.

mod e2e_common;
mod workshop_common;

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};

use e2e_common::Tmux;
use tpaudit::app::workshop::Mode;
use tpaudit::model::{Lang, Scale};
use workshop_common::{Room, audit, free_fixed_port, names, url_on, workshop, ws_on_disk};

const CHROMIUM: &str = "/usr/bin/chromium";

fn present() -> bool {
    let node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let ok = node && Path::new(CHROMIUM).exists();
    if !ok {
        let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false");
        assert!(
            !ci,
            "chromium and node are required for the browser test under CI"
        );
        eprintln!("NOTICE: chromium or node not found; the phone page's browser test is skipped");
    }
    ok
}

#[test]
fn a_phone_joins_and_scores_every_scale_in_chromium() {
    if !present() {
        return;
    }
    for lang in [Lang::En, Lang::Ru] {
        let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).to_path_buf();
        let shot = shots.join(format!("workshop_phone_{}.png", lang.code()));
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/workshop_phone.js");
        let out = workshop(audit(3, lang), Mode::Facilitated, move |room: &Room| {
            let run = Command::new("node")
                .arg(&script)
                .args([CHROMIUM, &room.base, "Dana", "4", "5", "2"])
                .arg(&shot)
                .output()
                .expect("node runs");
            assert!(
                run.status.success(),
                "the browser run failed: {}{}",
                String::from_utf8_lossy(&run.stdout),
                String::from_utf8_lossy(&run.stderr)
            );
            assert!(
                std::fs::metadata(&shot).is_ok_and(|m| m.len() > 1000),
                "a screenshot"
            );
        });
        let t0 = &out.saved.stages[0].touchpoints[0];
        let dana = t0.rating("dana").expect("Dana's vote is in the file");
        let got: Vec<Option<u8>> = Scale::ALL.iter().map(|s| dana.get(*s)).collect();
        assert_eq!(got, [Some(4), Some(5), Some(2)]);
    }
}

/// Runs a browser script under node; at each "STEP name" it prints, `step` does the laptop's
/// side and the script is told "ok". Fails unless the script ends with "DONE".
fn drive(script: &str, args: &[&str], mut step: impl FnMut(&str)) {
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/browser")
        .join(script);
    let mut node = Command::new("node")
        .arg(&script)
        .arg(CHROMIUM)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("node runs");
    let mut to_node = node.stdin.take().expect("node's input");
    let from_node = BufReader::new(node.stdout.take().expect("node's output"));
    let mut said = Vec::new();
    // Every script ends itself within its time limit, so reading its lines ends too.
    for line in from_node.lines().map_while(Result::ok) {
        if let Some(name) = line.strip_prefix("STEP ") {
            step(name);
            writeln!(to_node, "ok").expect("node reads");
        }
        said.push(line);
    }
    let out = node.wait_with_output().expect("node ends");
    assert!(
        out.status.success() && said.last().is_some_and(|l| l == "DONE"),
        "{} failed: {}\n{}",
        script.display(),
        said.join("\n"),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The laptop's side of a step the room script asks for.
fn laptop_step(tmux: &Tmux, step: &str, session: &mut String, data: &Path, port: u16, url: &str) {
    match step {
        "reveal" => tmux.send(session, "r"),
        "next" => tmux.send(session, "n"),
        "end" => tmux.send(session, "c"),
        "let in" => {
            let asks = "Boris asks to join from another phone: a lets them in";
            tmux.wait_for(session, asks);
            tmux.send(session, "a");
            tmux.wait_until(session, |screen| !screen.contains(asks));
        }
        "stop" => tmux.send(session, "Escape"),
        "restart" => {
            tmux.kill_9(session);
            *session = "again".into();
            let screen = tmux.serve_workshop(session, data, "ws", port);
            assert_eq!(url_on(&screen).as_deref(), Some(url), "the same URL");
        }
        other => panic!("unknown step {other}"),
    }
}

#[test]
fn a_room_of_phones_rides_out_a_clash_a_restart_and_a_slow_network_in_chromium() {
    if !present() {
        return;
    }
    let Some(tmux) = Tmux::start("workshop-browser") else {
        return;
    };
    tmux.run("keep", (20, 5), "sleep 600");
    let dir = tempfile::tempdir().expect("a temp dir");
    let mut a = audit(4, Lang::En);
    (a.title, a.client) = ("Shop audit".into(), "ACME".into());
    let (data, path) = ws_on_disk(dir.path(), &a);
    let port = free_fixed_port();
    let mut session = "main".to_string();
    let url = url_on(&tmux.serve_workshop(&session, &data, "ws", port)).expect("the URL");
    drive("workshop_room.js", &[&url, "Shop audit · ACME"], |step| {
        laptop_step(&tmux, step, &mut session, &data, port, &url)
    });
    tmux.keys(&session, &["q"]);
    tmux.wait_exit(&session);
    let saved = tpaudit::store::load(&path).expect("the audit loads");
    let scores = |tp: &str, who: &str| {
        let (s, t) = saved.find_touchpoint(tp).expect("the touchpoint");
        let r = saved.stages[s].touchpoints[t].rating(who);
        Scale::ALL.map(|k| r.and_then(|r| r.get(k)))
    };
    assert_eq!(scores("t0", "anna"), [Some(4), Some(5), Some(2)]);
    assert_eq!(scores("t0", "boris"), [Some(3), Some(3), Some(3)]);
    // "next" went to t3 (stage 0 holds t0 and t3); the restart opened on it, unscored.
    assert_eq!(
        scores("t3", "anna"),
        [Some(1), Some(2), Some(3)],
        "the throttled taps"
    );
    assert_eq!(scores("t3", "boris"), [Some(2), Some(2), Some(2)]);
    assert_eq!(
        names(&saved)
            .iter()
            .filter(|n| n.eq_ignore_ascii_case("anna"))
            .count(),
        1
    );
    assert!(
        !std::fs::exists(path.with_file_name("ws.ron.workshop")).unwrap_or(true),
        "an ended workshop forgets its keys"
    );
}

#[test]
fn a_self_paced_phone_is_not_locked_by_a_reveal_and_hears_when_all_is_done() {
    if !present() {
        return;
    }
    const TOUCHPOINTS: usize = 3;
    let out = workshop(
        audit(TOUCHPOINTS, Lang::En),
        Mode::SelfPaced,
        move |room: &Room| {
            let count = TOUCHPOINTS.to_string();
            drive(
                "workshop_self_paced.js",
                &[&room.base, "Dana", &count],
                |step| {
                    assert_eq!(step, "reveal");
                    room.key(tpaudit::app::Cmd::Reveal);
                },
            );
        },
    );
    let dana: Vec<_> = out
        .saved
        .touchpoints()
        .filter_map(|(_, _, t)| t.rating("dana"))
        .collect();
    assert_eq!(dana.len(), TOUCHPOINTS, "every touchpoint scored");
}
