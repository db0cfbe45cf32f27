//! The runtime's side of a workshop: starting and stopping its server as the app's state
//! asks, and handing the app's answers back to the phones.

use tokio::sync::oneshot;

use super::runtime::Runtime;
use crate::app::workshop::{Reply, Request, Server as Served};
use crate::app::{App, Effect, Msg, update};

impl Runtime {
    /// A phone's request: `update` answers it (a vote changes the audit as a key would), the
    /// answer goes back to the server, the other effects are carried out as usual.
    pub(super) fn workshop_request(
        &mut self,
        app: &mut App,
        request: Request,
        reply: oneshot::Sender<Reply>,
    ) -> bool {
        self.tick_clock(app);
        let mut effects = update(app, Msg::Workshop(request));
        let answer = effects.iter().position(|e| matches!(e, Effect::Reply(_)));
        let answer = match answer.map(|i| effects.remove(i)) {
            Some(Effect::Reply(r)) => r,
            _ => Reply::not_found(),
        };
        let _ = reply.send(answer);
        self.run_effects(app, effects);
        self.reconcile_workshop(app);
        true
    }

    /// Starts the server when the app has a workshop waiting for one, and stops it when the
    /// app's workshop is gone (ended, the audit left, the program quitting).
    pub fn reconcile_workshop(&mut self, app: &mut App) {
        let wanted = app.workshop.as_ref().filter(|_| !app.quitting);
        match (wanted, &self.workshop) {
            (None, Some(_)) => self.workshop = None,
            (Some(ws), None) if ws.server == Served::Starting => {
                let settings = ws.settings;
                let lang = app.walk.as_ref().map_or(app.lang, |w| w.audit.lang);
                let Some(events) = self.sender() else {
                    let why = "no event channel".to_string();
                    update(app, Msg::WorkshopServed(Served::Failed(why)));
                    return;
                };
                let served = match crate::workshop::start(&settings, lang, events) {
                    Ok(server) => {
                        let served = Served::Listening {
                            url: server.url.clone(),
                            taken: server.taken,
                        };
                        self.workshop = Some(server);
                        served
                    }
                    Err(e) => Served::Failed(e.to_string()),
                };
                update(app, Msg::WorkshopServed(served));
            }
            _ => {}
        }
    }

    /// The workshop server's address, while one runs.
    pub fn workshop_addr(&self) -> Option<std::net::SocketAddr> {
        self.workshop.as_ref().map(|s| s.addr)
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
