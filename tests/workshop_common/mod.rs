//! Helpers for the workshop tests: an audit of N touchpoints, the workbench's loop without a
//! terminal serving a workshop on 127.0.0.1, and an HTTP client. Every wait is bounded.
#![allow(dead_code)]

use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

use jiff::Timestamp;
use serde_json::Value;
use tpaudit::app::workshop::{Mode, Server, Settings};
use tpaudit::app::{App, Cmd, Effect, Msg};
use tpaudit::model::{Audit, Lang, Stage, Touchpoint};
use tpaudit::store::DataDir;
use tpaudit::tui::Runtime;
use tpaudit::tui::event::{self, EventSender, Request};

/// A port nobody listens on now.
pub fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").expect("a free port");
    l.local_addr().expect("an address").port()
}

/// A free port below the range the system hands out to outgoing connections and to `bind(0)`,
/// so that no other test's socket takes it while a workshop is restarted on it.
pub fn free_fixed_port() -> u16 {
    let start = 20_000 + (std::process::id() % 10_000) as u16;
    (0..10_000u16)
        .map(|i| 20_000 + (start - 20_000 + i) % 10_000)
        .find(|p| TcpListener::bind(("127.0.0.1", *p)).is_ok())
        .expect("a free port under 30000")
}

/// The join URL as the projector shows it.
pub fn url_on(screen: &str) -> Option<String> {
    let at = screen.find("http://127.0.0.1:")?;
    let url: String = screen[at..]
        .chars()
        .take_while(|c| !c.is_whitespace())
        .collect();
    url.ends_with('/').then_some(url)
}

/// No test waits longer than this for the loop to end.
pub const DEADLINE: Duration = Duration::from_secs(150);

pub fn now() -> Timestamp {
    "2026-12-03T07:00:00Z".parse().expect("valid timestamp")
}

/// An audit of `n` touchpoints over three stages, one participant "Facilitator" (id p1).
pub fn audit(n: usize, lang: Lang) -> Audit {
    let mut a = Audit::new("ws", lang, now());
    a.participants[0].name = "Facilitator".into();
    let mut stages: Vec<Stage> = (0..3)
        .map(|s| Stage::new(format!("s{s}"), format!("Stage {s}")))
        .collect();
    for i in 0..n {
        let mut tp = Touchpoint::new(format!("t{i}"), format!("Touchpoint {i}"));
        tp.description = format!("What the customer meets at step {i}.");
        tp.questions = vec![format!("Does step {i} work?")];
        stages[i % 3].touchpoints.push(tp.into());
    }
    a.stages = stages;
    a
}

/// The participants' names, in the audit's order.
pub fn names(a: &Audit) -> Vec<&str> {
    a.participants.iter().map(|p| p.name.as_str()).collect()
}

/// Saves `audit` as `ws` in a data folder under `dir`: the data folder and the audit's path.
pub fn ws_on_disk(dir: &std::path::Path, audit: &Audit) -> (PathBuf, PathBuf) {
    let data = dir.join("data");
    let path = data.join("audits").join("ws.ron");
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("folders");
    tpaudit::store::save(&path, audit).expect("the audit");
    (data, path)
}

/// The room as a client thread sees it: the join URL, an HTTP agent, the loop's channel, and
/// the key each phone was given when it joined (by participant id).
pub struct Room {
    pub base: String,
    pub agent: ureq::Agent,
    pub control: EventSender,
    pub keys: std::sync::Mutex<std::collections::HashMap<String, String>>,
}

/// An answer: status and body (JSON when it parses, else `Null`), and the raw text.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub json: Value,
    pub text: String,
}

pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(15)))
        .build()
        .into()
}

fn answer(r: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Answer {
    let mut r = r.expect("the server answers");
    let status = r.status().as_u16();
    let text = r.body_mut().read_to_string().unwrap_or_default();
    let json = serde_json::from_str(&text).unwrap_or(Value::Null);
    Answer { status, json, text }
}

impl Room {
    pub fn new(base: String, agent: ureq::Agent, control: EventSender) -> Room {
        Room {
            base,
            agent,
            control,
            keys: Default::default(),
        }
    }

    /// The key the phone of `participant` was given (empty when it never joined here).
    pub fn secret_of(&self, participant: &str) -> String {
        let keys = self.keys.lock().expect("the keys");
        keys.get(participant).cloned().unwrap_or_default()
    }

    /// `http://HOST:PORT`, without the token's path.
    pub fn origin(&self) -> String {
        let origin = self.base.split("/w/").next();
        origin.expect("the origin").to_string()
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn get(&self, path: &str) -> Answer {
        answer(self.agent.get(self.url(path)).call())
    }

    pub fn post(&self, path: &str, body: &str) -> Answer {
        answer(
            self.agent
                .post(self.url(path))
                .header("Content-Type", "application/json")
                .send(body),
        )
    }

    pub fn post_empty(&self, path: &str) -> Answer {
        answer(self.agent.post(self.url(path)).send_empty())
    }

    /// Asks to join; a phone given a key keeps it for its participant.
    pub fn try_join(&self, name: &str) -> Answer {
        let a = self.post("join", &serde_json::json!({ "name": name }).to_string());
        if let (Some(id), Some(key)) = (a.json["participant"].as_str(), a.json["key"].as_str()) {
            let mut keys = self.keys.lock().expect("the keys");
            keys.insert(id.to_string(), key.to_string());
        }
        a
    }

    /// Joins and returns the participant id.
    pub fn join(&self, name: &str) -> String {
        let a = self.try_join(name);
        assert_eq!(a.status, 200, "join {name}: {}", a.text);
        let key = a.json["key"].as_str().expect("a key");
        assert!(key.len() >= 22, "a key of at least 128 bits: {key}");
        a.json["participant"]
            .as_str()
            .expect("a participant id")
            .to_string()
    }

    /// The participant's state, asked with their phone's key.
    pub fn state(&self, participant: &str) -> Answer {
        self.state_of(participant, "")
    }

    /// The participant's state with their key and `more` query (`&touchpoint=t2`).
    pub fn state_of(&self, participant: &str, more: &str) -> Answer {
        let key = self.secret_of(participant);
        self.get(&format!("state?participant={participant}&key={key}{more}"))
    }

    /// Posts a vote body (a JSON object) with the participant's key added.
    pub fn post_vote(&self, mut body: serde_json::Value) -> Answer {
        let participant = body["participant"].as_str().unwrap_or_default().to_string();
        body["key"] = serde_json::Value::from(self.secret_of(&participant));
        self.post("vote", &body.to_string())
    }

    /// The id of the touchpoint the participant's phone shows now.
    pub fn live(&self, participant: &str) -> String {
        self.state(participant).json["touchpoint"]["id"]
            .as_str()
            .expect("a live touchpoint")
            .to_string()
    }

    pub fn vote(&self, participant: &str, tp: &str, f: u8, i: u8, s: u8) -> Answer {
        self.post_vote(serde_json::json!({
            "participant": participant, "touchpoint": tp,
            "frequency": f, "impact": i, "satisfaction": s,
        }))
    }

    /// A facilitator's key on the workshop screen, applied by the loop before any request
    /// sent after it (the channel keeps order).
    pub fn key(&self, cmd: Cmd) {
        assert!(self.control.request(Request::Apply(Msg::Cmd(cmd))));
    }
}

/// What a finished workshop left: the app at the end and the audit as saved in its file.
pub struct Outcome {
    pub app: App,
    pub saved: Audit,
    pub path: PathBuf,
}

/// Serves a workshop on `audit` at 127.0.0.1 (a free port) with the workbench's real loop and
/// saver, runs `clients` on a thread of its own, then quits the workbench (saving) and
/// returns what was saved. A client's panic fails the test after the loop ended.
pub fn workshop(audit: Audit, mode: Mode, clients: impl FnOnce(&Room) + Send + 'static) -> Outcome {
    workshop_with(audit, mode, |_| {}, clients)
}

/// [`workshop`], with `after` seeing the app after each event the loop handled (a bench draws
/// the projector there).
pub fn workshop_with(
    audit: Audit,
    mode: Mode,
    after: impl FnMut(&App),
    clients: impl FnOnce(&Room) + Send + 'static,
) -> Outcome {
    let dir = tempfile::tempdir().expect("a temp dir");
    let data = DataDir::new(dir.path().join("data"));
    let path = data.audit_path(&audit.name);
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("the audits folder");
    tpaudit::store::save(&path, &audit).expect("the audit is saved");
    let mut rt = Runtime::threaded().expect("a runtime");
    let control = rt.sender().expect("a channel");
    event::spawn_clock(control.clone()).expect("a clock");
    let mut app = App::new(
        audit.lang,
        data,
        tpaudit::store::templates::builtin(),
        now(),
    );
    rt.run_effects(&mut app, vec![Effect::Open(path.clone())]);
    assert!(app.walk.is_some(), "the audit opened");
    let settings = Settings {
        bind: Some("127.0.0.1".parse().expect("an address")),
        port: Some(0),
        mode,
    };
    app.start_workshop(settings, false);
    rt.reconcile_workshop(&mut app);
    let base = match app.workshop.as_ref().map(|w| &w.server) {
        Some(Server::Listening { url, .. }) => url.clone(),
        other => panic!("the server did not start: {other:?}"),
    };
    let room = Room::new(base, agent(), control.clone());
    let quit = control.clone();
    let client = thread::spawn(move || {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| clients(&room)));
        quit.request(Request::Apply(Msg::Terminate));
        if let Err(panic) = result {
            std::panic::resume_unwind(panic);
        }
    });
    // A watchdog: a stuck client cannot hold the test for ever.
    let (done, watched) = mpsc::channel::<()>();
    let watchdog = control.clone();
    thread::spawn(move || {
        if watched.recv_timeout(DEADLINE).is_err() {
            watchdog.request(Request::Apply(Msg::Terminate));
        }
    });
    rt.run_without_terminal(&mut app, after);
    let _ = done.send(());
    assert!(
        rt.workshop_addr().is_none(),
        "the server stopped with the workbench"
    );
    if let Err(panic) = client.join() {
        std::panic::resume_unwind(panic);
    }
    rt.session.replace(None);
    let saved = tpaudit::store::load(&path).expect("the saved audit loads");
    drop(dir.keep());
    Outcome { app, saved, path }
}
