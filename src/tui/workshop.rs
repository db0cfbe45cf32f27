//! The runtime's side of a workshop: starting and stopping its server as the app's state
//! asks, keeping its token and the phones' keys beside the audit until it ends, and handing
//! the app's answers back to the phones. A vote's answer waits for the save that holds it.

use std::path::PathBuf;

use tokio::sync::oneshot;

use super::runtime::Runtime;
use crate::app::workshop::{Phase, Reply, Request, Server as Served};
use crate::app::{App, Effect, Msg, update};
use crate::store::workshop::{self as secrets, Secrets};
use crate::workshop::keys::Keys;

/// The server of the running workshop, and the audit it is for.
#[derive(Debug)]
pub struct Running {
    pub server: crate::workshop::Server,
    pub audit: PathBuf,
}

/// A vote's answer held until the audit's edits up to `upto` are on disk.
#[derive(Debug)]
pub struct HeldVote {
    upto: u64,
    reply: oneshot::Sender<Reply>,
    answer: Reply,
}

impl Runtime {
    /// A phone's request: `update` answers it (a vote changes the audit as a key would), the
    /// answer goes back to the server, the other effects are carried out as usual. A vote
    /// that changed the audit is saved at once and answered when that save is reported.
    pub(super) fn workshop_request(
        &mut self,
        app: &mut App,
        request: Request,
        reply: oneshot::Sender<Reply>,
    ) -> bool {
        self.tick_clock(app);
        let is_vote = matches!(request, Request::Vote { .. });
        let mut effects = update(app, Msg::Workshop(request));
        let answer = effects.iter().position(|e| matches!(e, Effect::Reply(_)));
        let answer = match answer.map(|i| effects.remove(i)) {
            Some(Effect::Reply(r)) => r,
            _ => Reply::not_found(),
        };
        let unsaved = app.walk.as_ref().filter(|w| w.dirty).map(|w| w.edits);
        match unsaved {
            Some(upto) if is_vote && answer.status == 200 => {
                self.held.push(HeldVote {
                    upto,
                    reply,
                    answer,
                });
                if !effects.contains(&Effect::Save) {
                    effects.push(Effect::Save);
                }
            }
            _ => {
                let _ = reply.send(answer);
            }
        }
        self.run_effects(app, effects);
        self.reconcile_workshop(app);
        true
    }

    /// A save's outcome passing by: the votes it holds are answered `200`; when it failed they
    /// are answered `503` (the phone tries again), and a save that found the file changed on
    /// disk fails every vote waiting.
    pub(super) fn votes_saved(&mut self, msg: &Msg) {
        let (upto, ok) = match msg {
            Msg::Saved { upto, result } => (*upto, result.is_ok()),
            Msg::SaveConflict(_) => (u64::MAX, false),
            _ => return,
        };
        let (done, waiting): (Vec<HeldVote>, Vec<HeldVote>) = std::mem::take(&mut self.held)
            .into_iter()
            .partition(|h| h.upto <= upto);
        self.held = waiting;
        for held in done {
            let answer = match ok {
                true => held.answer,
                false => Reply {
                    status: 503,
                    body: serde_json::json!({ "error": "the vote could not be saved" }),
                },
            };
            let _ = held.reply.send(answer);
        }
    }

    /// Keeps the phones' keys beside the running workshop's audit; false when they could not
    /// be written (the phone is then not told a key).
    pub(super) fn keep_keys(&mut self, keys: Keys) -> bool {
        let Some(running) = self.workshop.as_ref() else {
            return false;
        };
        let kept = Secrets {
            token: running.server.token.clone(),
            keys,
            port: Some(running.server.addr.port()),
        };
        secrets::save(&running.audit, &kept).is_ok()
    }

    /// Lets go of a participant's phone in the running workshop and keeps the keys left.
    pub fn release_phone(&mut self, participant: &str) -> bool {
        let Some(running) = self.workshop.as_ref() else {
            return false;
        };
        let keys = running.server.release(participant);
        self.keep_keys(keys)
    }

    /// Starts the server when the app has a workshop waiting for one, and stops it when the
    /// app's workshop is gone (ended, the audit left, the program quitting). A workshop that
    /// ended forgets its token and keys; one left or quit keeps them for the next start.
    pub fn reconcile_workshop(&mut self, app: &mut App) {
        let wanted = app.workshop.as_ref().filter(|_| !app.quitting);
        match (wanted, &self.workshop) {
            (None, Some(running)) => {
                let same_audit = app.walk.as_ref().is_some_and(|w| w.path == running.audit);
                if same_audit && !app.quitting {
                    let _ = secrets::remove(&running.audit);
                }
                self.workshop = None;
            }
            (Some(ws), None) if ws.server == Served::Starting => self.start_server(app),
            (Some(ws), Some(running)) => {
                let ended = ws.phase == Phase::Closed;
                running.server.set_ended(ended);
                if ended {
                    let _ = secrets::remove(&running.audit);
                }
            }
            _ => {}
        }
    }

    /// Starts the server of the app's workshop, going on with the token and keys kept beside
    /// the audit when a workshop on it did not end.
    fn start_server(&mut self, app: &mut App) {
        let Some(ws) = app.workshop.as_ref() else {
            return;
        };
        let mut settings = ws.settings;
        let (Some(w), Some(events)) = (app.walk.as_ref(), self.sender()) else {
            let why = "no audit or no event channel".to_string();
            update(app, Msg::WorkshopServed(Served::Failed(why)));
            return;
        };
        let audit = w.path.clone();
        let title = room_title(&w.audit);
        let room = crate::workshop::Room {
            lang: w.audit.lang,
            title: &title,
        };
        let kept = secrets::load(&audit).ok().flatten();
        // A workshop going on listens where it did, unless `--port` says otherwise.
        settings.port = settings.port.or(kept.as_ref().and_then(|s| s.port));
        let resume = kept.map(|s| crate::workshop::Resume {
            token: s.token,
            keys: s.keys,
        });
        let served = match crate::workshop::start(&settings, room, resume, events) {
            Ok(server) => {
                let kept = Secrets {
                    token: server.token.clone(),
                    keys: server.keys(),
                    port: Some(server.addr.port()),
                };
                let _ = secrets::save(&audit, &kept);
                let served = Served::Listening {
                    url: server.url.clone(),
                    taken: server.taken,
                };
                self.workshop = Some(Running { server, audit });
                served
            }
            Err(e) => Served::Failed(e.to_string()),
        };
        update(app, Msg::WorkshopServed(served));
    }

    /// The workshop server's address, while one runs.
    pub fn workshop_addr(&self) -> Option<std::net::SocketAddr> {
        self.workshop.as_ref().map(|r| r.server.addr)
    }
}

/// What the phones' join screen calls the workshop: the audit's title (its name when it has
/// none), and its client.
fn room_title(audit: &crate::model::Audit) -> String {
    let title = match audit.title.trim() {
        "" => audit.name.as_str(),
        title => title,
    };
    match audit.client.trim() {
        "" => title.to_string(),
        client => format!("{title} · {client}"),
    }
}

impl Runtime {
    /// The loop without a terminal (tests and benches of the workshop): events are handled as
    /// `run` handles them, nothing is drawn; it ends once the app quits and the last save is
    /// done. `after` sees the app after each event (a bench times redraws with it).
    pub fn run_without_terminal(&mut self, app: &mut App, mut after: impl FnMut(&App)) {
        let mut ending = super::runtime::Ending::default();
        loop {
            if app.quitting && !self.saving() {
                self.reconcile_workshop(app);
                return;
            }
            let Some(event) = self.next_event() else {
                return;
            };
            self.handle(app, event, &mut ending);
            after(app);
        }
    }
}
