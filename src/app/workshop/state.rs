//! The workshop's state: its settings, its phase, the server it runs on, and the requests the
//! phones send and the replies they get.

use std::net::IpAddr;

use serde_json::{Value, json};

use crate::model::{Audit, Scale, Touchpoint};

/// Whether the facilitator moves the room, or each participant walks the checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    #[default]
    Facilitated,
    SelfPaced,
}

impl Mode {
    pub fn code(self) -> &'static str {
        match self {
            Mode::Facilitated => "facilitated",
            Mode::SelfPaced => "self_paced",
        }
    }
}

/// Where the live touchpoint is: open for votes, its votes shown, or the workshop ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Voting,
    Revealed,
    Closed,
}

impl Phase {
    pub fn code(self) -> &'static str {
        match self {
            Phase::Voting => "voting",
            Phase::Revealed => "revealed",
            Phase::Closed => "closed",
        }
    }
}

/// How a workshop is started: where the server listens, and the mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Settings {
    /// The address to listen on; `None`: the laptop's local-network address.
    pub bind: Option<IpAddr>,
    /// The port; `None`: the default port ([`DEFAULT_PORT`]), or a free one if it is taken.
    pub port: Option<u16>,
    pub mode: Mode,
}

/// The port a workshop listens on unless told otherwise.
pub const DEFAULT_PORT: u16 = 8765;

/// The server of a workshop, as the loop reported it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Server {
    /// Asked for; the loop starts it after this message.
    Starting,
    /// Listening: the join URL, and the port asked for when it was taken and another was used.
    Listening { url: String, taken: Option<u16> },
    /// It could not listen: why.
    Failed(String),
}

/// A running workshop.
#[derive(Debug, Clone, PartialEq)]
pub struct Workshop {
    pub settings: Settings,
    pub mode: Mode,
    pub phase: Phase,
    /// The live touchpoint's id (ids survive moves in the checklist).
    pub live: String,
    /// Participant ids in the order they joined.
    pub joined: Vec<String>,
    /// The participant (id) whose name a second phone asked for last: the facilitator may let
    /// that person in from the new phone. A later ask replaces it, so `a` never lets in someone
    /// the projector no longer shows.
    pub claim: Option<String>,
    /// Whether the walk was blind before the workshop: it is blind while the workshop runs
    /// (votes hidden everywhere until revealed), and goes back to this when it ends.
    pub was_blind: bool,
    pub server: Server,
}

/// A phone's request, its token and body already checked by the server.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    Join {
        name: String,
    },
    State {
        participant: String,
        /// Self-paced mode: the touchpoint the participant is looking at.
        touchpoint: Option<String>,
    },
    Vote {
        participant: String,
        touchpoint: String,
        /// Per scale, in [`Scale::ALL`] order: absent (`None`), cleared (`Some(None)`) or set.
        scores: [Option<Option<u8>>; 3],
    },
}

/// The answer to a phone: an HTTP status and a JSON body (`Null`: no body).
#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub status: u16,
    pub body: Value,
}

impl Reply {
    pub(in crate::app) fn ok(body: Value) -> Reply {
        Reply { status: 200, body }
    }

    pub(in crate::app) fn error(status: u16, message: &str) -> Reply {
        Reply {
            status,
            body: json!({ "error": message }),
        }
    }

    /// 404 carries no body: no hint of what exists.
    pub fn not_found() -> Reply {
        Reply {
            status: 404,
            body: Value::Null,
        }
    }
}

/// The participants (of `joined`) whose rating of `tp` has all three scales.
pub fn voted<'a>(joined: &'a [String], tp: &Touchpoint) -> Vec<&'a str> {
    joined
        .iter()
        .filter(|id| {
            tp.rating(id)
                .is_some_and(|r| Scale::ALL.iter().all(|s| r.get(*s).is_some()))
        })
        .map(String::as_str)
        .collect()
}

/// A participant's way through the checklist in self-paced mode: how many of the touchpoints
/// that apply they have scored on all three scales.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub participant: String,
    pub done: usize,
    pub of: usize,
}

/// Each joined participant's progress, in the order they joined. Touchpoints that do not
/// apply take no vote, so they count for no one.
pub fn progress(joined: &[String], audit: &Audit) -> Vec<Progress> {
    let applicable: Vec<&Touchpoint> = audit
        .touchpoints()
        .map(|(_, _, t)| t)
        .filter(|t| !t.not_applicable)
        .collect();
    joined
        .iter()
        .map(|id| Progress {
            participant: id.clone(),
            done: applicable
                .iter()
                .filter(|t| !voted(std::slice::from_ref(id), t).is_empty())
                .count(),
            of: applicable.len(),
        })
        .collect()
}
