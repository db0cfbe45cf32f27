//! The workshop API, as PRODUCT.md contracts it: the routes, the token, body limits and the
//! shape of each body. What a request means is decided by the app (`app::workshop`), reached
//! through the loop's channel.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::body::{Body, to_bytes};
use axum::extract::rejection::{PathRejection, QueryRejection};
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde_json::Value;
use tokio::sync::oneshot;

use super::keys::{Keys, holds, same_secret, secret};
use super::server::Resume;
use crate::app::Msg;
use crate::app::workshop::{Reply, Request};
use crate::model::Scale;
use crate::model::names::{self, NameError};
use crate::tui::event::{Event, EventSender};

/// The largest body taken, in bytes.
pub const BODY_LIMIT: usize = 4096;

/// Requests one client (one address) may make per [`WINDOW`]; a phone polls about once a
/// second and votes a few times a minute. The laptop itself (loopback) is not limited.
pub const REQUESTS_PER_WINDOW: u32 = 120;
pub const WINDOW: Duration = Duration::from_secs(10);

/// The most phones a workshop takes: a room, not a crowd.
pub const MAX_PHONES: usize = 50;

/// What every handler shares.
#[derive(Debug)]
pub struct Shared {
    token: String,
    /// Each joined phone's key, by participant id.
    keys: Mutex<Keys>,
    /// The workshop has ended: no one joins any more.
    ended: AtomicBool,
    page: String,
    events: EventSender,
    clients: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

impl Shared {
    /// A server's shared state: the token and keys it goes on with, the phone page it serves.
    pub fn new(resume: Resume, page: String, events: EventSender) -> Shared {
        Shared {
            token: resume.token,
            keys: Mutex::new(resume.keys),
            ended: AtomicBool::new(false),
            page,
            events,
            clients: Mutex::new(HashMap::new()),
        }
    }

    fn token_is(&self, given: &str) -> bool {
        same_secret(&self.token, given)
    }

    pub(super) fn set_ended(&self, ended: bool) {
        self.ended.store(ended, Ordering::SeqCst);
    }

    pub(super) fn keys(&self) -> Keys {
        self.keys.lock().map(|k| k.clone()).unwrap_or_default()
    }

    /// Lets go of `participant`'s phone: its key stops working at once, and the next phone
    /// that joins under the name is given a new one. The keys left.
    pub(super) fn release(&self, participant: &str) -> Keys {
        let Ok(mut keys) = self.keys.lock() else {
            return Keys::new();
        };
        keys.remove(participant);
        keys.clone()
    }

    fn full(&self) -> bool {
        self.keys.lock().is_ok_and(|keys| keys.len() >= MAX_PHONES)
    }

    /// Whether `key` is the key of the phone that joined as `participant`.
    fn key_is(&self, participant: &str, key: Option<&str>) -> bool {
        self.keys
            .lock()
            .is_ok_and(|keys| holds(&keys, participant, key))
    }

    /// Gives `participant` a new key, unless a phone holds them already; the keys are kept
    /// by the loop (beside the audit) before the phone is told its key.
    async fn issue_key(&self, participant: &str) -> Result<String, Response> {
        let key = secret().map_err(|_| StatusCode::SERVICE_UNAVAILABLE.into_response())?;
        let (tx, rx) = oneshot::channel();
        {
            let Ok(mut keys) = self.keys.lock() else {
                return Err(StatusCode::SERVICE_UNAVAILABLE.into_response());
            };
            if keys.contains_key(participant) {
                // The projector asks the facilitator whether to let this person in.
                let claim = Msg::WorkshopClaim(participant.to_string());
                self.events
                    .request(crate::tui::event::Request::Apply(claim));
                return Err(conflict("name_taken"));
            }
            keys.insert(participant.to_string(), key.clone());
            // Sent under the lock, so the loop keeps the snapshots in the order they were made.
            if !self.events.send(Event::WorkshopKeys(keys.clone(), tx)) {
                keys.remove(participant);
                return Err(StatusCode::SERVICE_UNAVAILABLE.into_response());
            }
        }
        if rx.await.unwrap_or(false) {
            return Ok(key);
        }
        if let Ok(mut keys) = self.keys.lock()
            && keys.get(participant) == Some(&key)
        {
            keys.remove(participant);
        }
        Err(unavailable("the laptop could not keep the key"))
    }

    /// Counts a request of a client; false when it is over its limit.
    fn admit(&self, ip: IpAddr) -> bool {
        if ip.is_loopback() {
            return true;
        }
        let Ok(mut clients) = self.clients.lock() else {
            return true;
        };
        let now = Instant::now();
        if clients.len() > 10_000 {
            clients.retain(|_, (start, _)| now.duration_since(*start) < WINDOW);
        }
        let entry = clients.entry(ip).or_insert((now, 0));
        if now.duration_since(entry.0) >= WINDOW {
            *entry = (now, 0);
        }
        entry.1 += 1;
        entry.1 <= REQUESTS_PER_WINDOW
    }

    /// Hands a request to the loop and waits for the app's answer.
    async fn ask(&self, request: Request) -> Response {
        match self.reply(request).await {
            Some(reply) => respond(reply),
            None => StatusCode::SERVICE_UNAVAILABLE.into_response(),
        }
    }

    /// The app's answer to a request; `None` when the loop is gone.
    async fn reply(&self, request: Request) -> Option<Reply> {
        let (tx, rx) = oneshot::channel();
        if !self.events.send(Event::Workshop(request, tx)) {
            return None;
        }
        rx.await.ok()
    }
}

type Ctx = State<Arc<Shared>>;
type Peer = ConnectInfo<SocketAddr>;

/// The routes; anything else, and any other method, is a bare 404.
pub fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/w/{token}", get(page))
        .route("/w/{token}/", get(page))
        .route("/w/{token}/join", post(join))
        .route("/w/{token}/state", get(state))
        .route("/w/{token}/vote", post(vote))
        .fallback(not_found)
        .method_not_allowed_fallback(not_found)
        .with_state(shared)
}

async fn not_found() -> Response {
    StatusCode::NOT_FOUND.into_response()
}

fn respond(reply: Reply) -> Response {
    let status = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut response = if reply.body.is_null() {
        status.into_response()
    } else {
        (
            status,
            [(header::CONTENT_TYPE, "application/json")],
            reply.body.to_string(),
        )
            .into_response()
    };
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn error(status: u16, message: &str) -> Response {
    respond(Reply {
        status,
        body: serde_json::json!({ "error": message }),
    })
}

fn bad(message: &str) -> Response {
    error(400, message)
}

fn conflict(message: &str) -> Response {
    error(409, message)
}

fn unavailable(message: &str) -> Response {
    error(503, message)
}

/// The token of a path; a path that is not UTF-8 is a bare 404, like any other unknown path.
fn token_of(path: Result<Path<String>, PathRejection>) -> Option<String> {
    path.ok().map(|Path(token)| token)
}

type TokenPath = Result<Path<String>, PathRejection>;

/// The gate every route passes: the client's limit, then the token.
fn gate(shared: &Shared, peer: &Peer, path: TokenPath) -> Option<Response> {
    if !shared.admit(peer.0.ip()) {
        return Some(StatusCode::TOO_MANY_REQUESTS.into_response());
    }
    match token_of(path) {
        Some(token) if shared.token_is(&token) => None,
        _ => Some(StatusCode::NOT_FOUND.into_response()),
    }
}

/// The body as a JSON object, after the token was checked: 413 over the limit, 400 when it is
/// not a JSON object.
async fn object(body: Body) -> Result<serde_json::Map<String, Value>, Response> {
    let bytes = to_bytes(body, BODY_LIMIT)
        .await
        .map_err(|_| StatusCode::PAYLOAD_TOO_LARGE.into_response())?;
    match serde_json::from_slice::<Value>(&bytes) {
        Ok(Value::Object(map)) => Ok(map),
        Ok(_) => Err(bad("the body must be a JSON object")),
        Err(_) => Err(bad("the body is not JSON")),
    }
}

async fn page(State(shared): Ctx, peer: Peer, path: TokenPath) -> Response {
    if let Some(refused) = gate(&shared, &peer, path) {
        return refused;
    }
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        shared.page.clone(),
    )
        .into_response()
}

async fn join(State(shared): Ctx, peer: Peer, path: TokenPath, body: Body) -> Response {
    if let Some(refused) = gate(&shared, &peer, path) {
        return refused;
    }
    let map = match object(body).await {
        Ok(map) => map,
        Err(refused) => return refused,
    };
    let name = match map.get("name") {
        Some(Value::String(raw)) => match names::clean(raw) {
            Ok(name) => name,
            Err(NameError::Empty) => return bad("a name is needed"),
            Err(NameError::TooLong { max }) => {
                return bad(&format!("a name is at most {max} characters"));
            }
        },
        _ => return bad("\"name\" must be a string"),
    };
    if shared.ended.load(Ordering::SeqCst) {
        return conflict("ended");
    }
    if shared.full() {
        return conflict("full");
    }
    let Some(reply) = shared.reply(Request::Join { name }).await else {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    };
    let participant = match (reply.status, reply.body["participant"].as_str()) {
        (200, Some(id)) => id.to_string(),
        _ => return respond(reply),
    };
    match shared.issue_key(&participant).await {
        Ok(key) => respond(Reply {
            status: 200,
            body: serde_json::json!({ "participant": participant, "key": key }),
        }),
        Err(refused) => refused,
    }
}

async fn state(
    State(shared): Ctx,
    peer: Peer,
    path: TokenPath,
    query: Result<Query<HashMap<String, String>>, QueryRejection>,
) -> Response {
    if let Some(refused) = gate(&shared, &peer, path) {
        return refused;
    }
    let Ok(Query(query)) = query else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Some(participant) = query.get("participant") else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if !shared.key_is(participant, query.get("key").map(String::as_str)) {
        return StatusCode::NOT_FOUND.into_response();
    }
    shared
        .ask(Request::State {
            participant: participant.clone(),
            touchpoint: query.get("touchpoint").cloned(),
        })
        .await
}

async fn vote(State(shared): Ctx, peer: Peer, path: TokenPath, body: Body) -> Response {
    if let Some(refused) = gate(&shared, &peer, path) {
        return refused;
    }
    let map = match object(body).await {
        Ok(map) => map,
        Err(refused) => return refused,
    };
    let request = match parse_vote(&map) {
        Ok(request) => request,
        Err(message) => return bad(message),
    };
    let key = map.get("key").and_then(Value::as_str);
    match &request {
        Request::Vote { participant, .. } if shared.key_is(participant, key) => {
            shared.ask(request).await
        }
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}

/// The field name of a scale in the API.
pub fn scale_key(scale: Scale) -> &'static str {
    match scale {
        Scale::Frequency => "frequency",
        Scale::Impact => "impact",
        Scale::Satisfaction => "satisfaction",
    }
}

/// A vote's body: ids as strings; each scale absent, `null`, or an integer 1–5 (not 0, 6, 2.5,
/// 4.0 or "4").
pub fn parse_vote(map: &serde_json::Map<String, Value>) -> Result<Request, &'static str> {
    let text = |key: &str| match map.get(key) {
        Some(Value::String(s)) => Ok(s.clone()),
        _ => Err("\"participant\" and \"touchpoint\" must be strings"),
    };
    let participant = text("participant")?;
    let touchpoint = text("touchpoint")?;
    let mut scores = [None; 3];
    for (slot, scale) in scores.iter_mut().zip(Scale::ALL) {
        *slot = match map.get(scale_key(scale)) {
            None => None,
            Some(Value::Null) => Some(None),
            Some(Value::Number(n)) => match n.as_u64() {
                Some(v @ 1..=5) => Some(Some(v as u8)),
                _ => return Err("a score is an integer from 1 to 5, or null"),
            },
            Some(_) => return Err("a score is an integer from 1 to 5, or null"),
        };
    }
    Ok(Request::Vote {
        participant,
        touchpoint,
        scores,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Request, &'static str> {
        let Ok(Value::Object(map)) = serde_json::from_str::<Value>(text) else {
            return Err("not an object");
        };
        parse_vote(&map)
    }

    #[test]
    fn a_client_over_its_limit_is_refused_the_laptop_never() {
        let (events, _rx) = crate::tui::event::channel();
        let resume = Resume {
            token: "t".repeat(22),
            keys: Keys::new(),
        };
        let shared = Shared::new(resume, String::new(), events);
        let phone: IpAddr = "192.168.1.50".parse().expect("an address");
        let other: IpAddr = "192.168.1.51".parse().expect("an address");
        for _ in 0..REQUESTS_PER_WINDOW {
            assert!(shared.admit(phone));
        }
        assert!(!shared.admit(phone), "over the limit");
        assert!(shared.admit(other), "another phone is not held back");
        let local: IpAddr = "127.0.0.1".parse().expect("an address");
        assert!((0..1000).all(|_| shared.admit(local)));
        assert!(shared.token_is(&"t".repeat(22)));
        assert!(!shared.token_is(&"t".repeat(21)));
        assert!(!shared.token_is(&format!("{}u", "t".repeat(21))));
    }

    #[test]
    fn a_released_phone_loses_its_key_and_the_name_is_free() {
        let (events, _rx) = crate::tui::event::channel();
        let keys: Keys = [
            ("anna".to_string(), "a".repeat(22)),
            ("boris".to_string(), "b".repeat(22)),
        ]
        .into();
        let resume = Resume {
            token: "t".repeat(22),
            keys,
        };
        let shared = Shared::new(resume, String::new(), events);
        assert!(shared.key_is("anna", Some(&"a".repeat(22))));
        let left = shared.release("anna");
        assert!(!shared.key_is("anna", Some(&"a".repeat(22))));
        assert_eq!(left.keys().collect::<Vec<_>>(), ["boris"]);
        assert!(shared.key_is("boris", Some(&"b".repeat(22))));
    }

    #[test]
    fn scores_are_integers_from_one_to_five_or_null() {
        for bad in ["0", "6", "2.5", "\"4\"", "4.0", "-1", "true", "[4]"] {
            let body = format!(r#"{{"participant":"a","touchpoint":"t","impact":{bad}}}"#);
            assert!(parse(&body).is_err(), "{bad} must be refused");
        }
        let ok = parse(r#"{"participant":"a","touchpoint":"t","frequency":1,"impact":null}"#);
        assert_eq!(
            ok,
            Ok(Request::Vote {
                participant: "a".into(),
                touchpoint: "t".into(),
                scores: [Some(Some(1)), Some(None), None],
            })
        );
        assert!(parse(r#"{"touchpoint":"t"}"#).is_err());
        assert!(parse(r#"{"participant":1,"touchpoint":"t"}"#).is_err());
    }
}
