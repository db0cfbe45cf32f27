//! The workshop: participants score on their phones, the projector runs the session. This is
//! the pure part: the workshop's state, the facilitator's commands and the answers to the
//! phones' requests. The server (`crate::workshop`) checks the token and the shape of each
//! request, then hands it to the loop as a [`Request`]; `update` answers it here from the
//! state, and a vote is the participant's rating, changed through the walk like a key's score
//! (undo, autosave and the lock hold for it).

use serde_json::{Value, json};

use crate::app::msg::Effect;
use crate::app::state::{App, Screen, Walk};
use crate::app::workshop::state::{Mode, Phase, Reply, Request, Server, Settings, Workshop, voted};
use crate::model::edit::Op;
use crate::model::names::{self, NameError};
use crate::model::{Participant, Scale, Touchpoint, ids};

/// The touchpoint the workshop opens on: the selected one when `selected`, else the first one
/// not fully scored (or the first at all).
fn opening_touchpoint(w: &Walk, selected: bool) -> Option<String> {
    if selected && let Some(tp) = w.selected() {
        return Some(tp.id.clone());
    }
    let unscored = w.audit.touchpoints().find(|(_, _, t)| {
        matches!(
            crate::model::score::status(t),
            crate::model::score::Status::Unscored
        )
    });
    unscored
        .or_else(|| w.audit.touchpoints().next())
        .map(|(_, _, t)| t.id.clone())
}

impl Workshop {
    /// The live touchpoint in `w`, or the first one when it is gone.
    pub fn live_at(&self, w: &Walk) -> Option<(usize, usize)> {
        w.audit
            .find_touchpoint(&self.live)
            .or_else(|| w.audit.touchpoints().next().map(|(s, t, _)| (s, t)))
    }

    /// Whether a vote on `tp` is taken now.
    fn open_for(&self, tp: &str) -> bool {
        match (self.mode, self.phase) {
            (_, Phase::Closed) => false,
            (Mode::SelfPaced, _) => true,
            (Mode::Facilitated, phase) => phase == Phase::Voting && tp == self.live,
        }
    }
}

impl App {
    /// `W` in the walk: starts a workshop on the selected touchpoint, or, while one runs, makes
    /// the selected touchpoint live and shows the workshop again.
    pub(in crate::app) fn workshop_key(&mut self) -> Vec<Effect> {
        let Some(w) = self.walk.as_ref() else {
            return Vec::new();
        };
        if let Some(ws) = self.workshop.as_mut() {
            if let Some(tp) = w.selected()
                && tp.id != ws.live
            {
                ws.live = tp.id.clone();
                if ws.phase != Phase::Closed {
                    ws.phase = Phase::Voting;
                }
            }
            self.screen = Screen::Workshop;
            self.hold_blind();
            return Vec::new();
        }
        let settings = self.workshop_settings;
        self.start_workshop(settings, true);
        Vec::new()
    }

    /// Starts a workshop on the open audit (`selected`: on the walk's touchpoint, else on the
    /// first one not fully scored). The loop starts the server when it sees it.
    pub fn start_workshop(&mut self, settings: Settings, selected: bool) {
        let Some(w) = self.walk.as_ref() else { return };
        let Some(live) = opening_touchpoint(w, selected) else {
            return;
        };
        self.workshop = Some(Workshop {
            settings,
            mode: settings.mode,
            phase: Phase::Voting,
            live,
            joined: Vec::new(),
            claim: None,
            was_blind: w.blind(),
            server: Server::Starting,
        });
        self.screen = Screen::Workshop;
        self.hold_blind();
    }

    /// While a workshop runs, the walk is blind: every view (card, table, list, matrix,
    /// exports) hides ratings and means until a touchpoint's votes are revealed, and the live
    /// touchpoint is hidden again while it is open for voting.
    fn hold_blind(&mut self) {
        let (Some(ws), Some(w)) = (self.workshop.as_ref(), self.walk.as_mut()) else {
            return;
        };
        w.set_blind(true);
        let revealed = !matches!(ws.phase, Phase::Voting);
        w.set_revealed(ws.live.clone(), revealed);
    }

    /// The workshop is over: the walk's blind scoring is as it was before.
    fn release_blind(&mut self) {
        if let (Some(ws), Some(w)) = (self.workshop.as_ref(), self.walk.as_mut()) {
            w.set_blind(ws.was_blind);
        }
    }

    /// The loop's report on the server.
    pub(in crate::app) fn workshop_served(&mut self, server: Server) -> Vec<Effect> {
        if let Some(ws) = self.workshop.as_mut() {
            ws.server = server;
        }
        Vec::new()
    }

    /// A key on the workshop screen.
    pub(in crate::app) fn workshop_command(&mut self, cmd: crate::app::msg::Cmd) -> Vec<Effect> {
        use crate::app::msg::Cmd;
        match cmd {
            Cmd::Help => self.modal = Some(crate::app::state::Modal::Help),
            Cmd::Quit => return self.quit(),
            Cmd::Back => self.leave_workshop_screen(),
            Cmd::Workshop => self.end_workshop(),
            Cmd::Reveal => self.reveal(),
            Cmd::CloseWorkshop => {
                if let Some(ws) = self.workshop.as_mut() {
                    ws.phase = Phase::Closed;
                    // No one joins an ended workshop: a pending request to join is void.
                    ws.claim = None;
                }
            }
            Cmd::Down | Cmd::Up => self.move_live(cmd == Cmd::Down),
            Cmd::LetIn => return self.let_in(),
            Cmd::RemoveGhost => return self.remove_ghost(),
            _ => {}
        }
        self.hold_blind();
        Vec::new()
    }

    /// A second phone asked for a name a phone holds: the projector asks the facilitator.
    pub(in crate::app) fn workshop_claim(&mut self, participant: String) -> Vec<Effect> {
        let known = self
            .walk
            .as_ref()
            .is_some_and(|w| w.audit.participants.iter().any(|p| p.id == participant));
        if let Some(ws) = self.workshop.as_mut()
            && known
            && ws.phase != Phase::Closed
        {
            ws.claim = Some(participant);
        }
        Vec::new()
    }

    /// `x`: the last one to join who never scored anything leaves the workshop (and the
    /// audit, as an undoable change); their phone's key stops working.
    fn remove_ghost(&mut self) -> Vec<Effect> {
        let (Some(ws), Some(w)) = (self.workshop.as_mut(), self.walk.as_mut()) else {
            return Vec::new();
        };
        let never_scored = |id: &str| {
            !w.audit
                .touchpoints()
                .any(|(_, _, t)| t.rating(id).is_some())
        };
        let Some(ghost) = ws.joined.iter().rev().find(|id| never_scored(id)).cloned() else {
            return Vec::new();
        };
        ws.joined.retain(|id| *id != ghost);
        if ws.claim.as_ref() == Some(&ghost) {
            ws.claim = None;
        }
        if let Some(index) = w.audit.participants.iter().position(|p| p.id == ghost) {
            w.change(Op::RemoveParticipant { index });
        }
        vec![Effect::ReleasePhone(ghost)]
    }

    /// `a`: lets in the person the projector shows asking, from their new phone; the old
    /// phone's key stops working, and the new phone's next join is given a key.
    fn let_in(&mut self) -> Vec<Effect> {
        let claim = self.workshop.as_mut().and_then(|ws| ws.claim.take());
        claim.map(Effect::ReleasePhone).into_iter().collect()
    }

    /// Esc: back to the walk; a workshop that has ended stops there, a running one goes on
    /// (pick any touchpoint in the walk and press `W` to make it live).
    fn leave_workshop_screen(&mut self) {
        self.show_live_in_walk();
        if self
            .workshop
            .as_ref()
            .is_some_and(|ws| ws.phase == Phase::Closed || matches!(ws.server, Server::Failed(_)))
        {
            self.release_blind();
            self.workshop = None;
        }
        self.screen = Screen::Walk;
    }

    /// Ends the workshop and stops its server (the loop stops it when the workshop is gone).
    pub fn end_workshop(&mut self) {
        self.show_live_in_walk();
        self.release_blind();
        self.workshop = None;
        self.screen = Screen::Walk;
    }

    fn show_live_in_walk(&mut self) {
        let (Some(ws), Some(w)) = (self.workshop.as_ref(), self.walk.as_mut()) else {
            return;
        };
        if let Some((s, t)) = ws.live_at(w) {
            (w.stage, w.tp) = (s, t);
            w.finished = false;
        }
    }

    /// Reveals the live touchpoint's votes, or opens voting again after a reveal.
    fn reveal(&mut self) {
        if let Some(ws) = self.workshop.as_mut() {
            ws.phase = match ws.phase {
                Phase::Voting => Phase::Revealed,
                Phase::Revealed => Phase::Voting,
                Phase::Closed => Phase::Closed,
            };
        }
    }

    /// Moves the live touchpoint to the next or previous one in the checklist; voting opens.
    fn move_live(&mut self, forward: bool) {
        let (Some(ws), Some(w)) = (self.workshop.as_mut(), self.walk.as_ref()) else {
            return;
        };
        // Not-applicable touchpoints are not voted on: next and previous pass them by.
        let ids: Vec<&str> = w
            .audit
            .touchpoints()
            .filter(|(_, _, t)| !t.not_applicable || t.id == ws.live)
            .map(|(_, _, t)| t.id.as_str())
            .collect();
        let Some(at) = ids.iter().position(|id| *id == ws.live) else {
            if let Some(first) = ids.first() {
                ws.live = (*first).to_string();
            }
            return;
        };
        let to = if forward {
            (at + 1).min(ids.len() - 1)
        } else {
            at.saturating_sub(1)
        };
        if to != at {
            ws.live = ids[to].to_string();
            if ws.phase == Phase::Revealed {
                ws.phase = Phase::Voting;
            }
        }
    }

    /// A workshop without an open audit cannot go on.
    pub(in crate::app) fn workshop_follow(&mut self) {
        if self.walk.is_none() {
            self.workshop = None;
            if self.screen == Screen::Workshop {
                self.screen = Screen::Home;
            }
        }
    }

    /// Answers a phone's request from the state; a vote and a new name change the audit.
    pub(in crate::app) fn workshop_request(&mut self, request: Request) -> Vec<Effect> {
        let reply = match (self.workshop.as_mut(), self.walk.as_mut()) {
            (Some(ws), Some(w)) if w.read_only.is_none() => answer(ws, w, request),
            _ => Reply::not_found(),
        };
        vec![Effect::Reply(reply)]
    }
}

fn answer(ws: &mut Workshop, w: &mut Walk, request: Request) -> Reply {
    match request {
        Request::Join { name } => join(ws, w, &name),
        Request::State {
            participant,
            touchpoint,
        } => state(ws, w, &participant, touchpoint.as_deref()),
        Request::Vote {
            participant,
            touchpoint,
            scores,
        } => vote(ws, w, &participant, &touchpoint, scores),
    }
}

fn join(ws: &mut Workshop, w: &mut Walk, raw: &str) -> Reply {
    let name = match names::clean(raw) {
        Ok(name) => name,
        Err(NameError::Empty) => return Reply::error(400, "a name is needed"),
        Err(NameError::TooLong { max }) => {
            return Reply::error(400, &format!("a name is at most {max} characters"));
        }
    };
    // Case, invisible characters and look-alike letters (a Cyrillic "А" for a Latin "A")
    // make no other name.
    let existing = w
        .audit
        .participants
        .iter()
        .find(|p| names::same(&p.name, &name))
        .map(|p| p.id.clone());
    let id = match existing {
        Some(id) => id,
        None => {
            let taken = |id: &str| w.audit.participants.iter().any(|p| p.id == id);
            let id = ids::unique_id("p", &name, taken);
            let index = w.audit.participants.len();
            let participant = Participant {
                id: id.clone(),
                name,
            };
            if !w.change(Op::InsertParticipant {
                index,
                participant,
                ratings: Vec::new(),
            }) {
                return Reply::error(400, "the name could not be added");
            }
            id
        }
    };
    if !ws.joined.contains(&id) {
        ws.joined.push(id.clone());
    }
    Reply::ok(json!({ "participant": id }))
}

fn known(w: &Walk, participant: &str) -> bool {
    w.audit.participants.iter().any(|p| p.id == participant)
}

/// The touchpoint a participant sees: the live one, or in self-paced mode the one asked for,
/// else their first one not yet fully scored.
fn shown<'a>(
    ws: &Workshop,
    w: &'a Walk,
    participant: &str,
    asked: Option<&str>,
) -> Option<(usize, usize, &'a Touchpoint)> {
    let find = |id: &str| {
        w.audit
            .find_touchpoint(id)
            .and_then(|at| crate::model::edit::tp(&w.audit, at).map(|t| (at.0, at.1, t)))
    };
    if ws.mode == Mode::SelfPaced {
        if let Some(found) = asked.and_then(find) {
            return Some(found);
        }
        let mine_undone = w.audit.touchpoints().find(|(_, _, t)| {
            !t.not_applicable
                && !t
                    .rating(participant)
                    .is_some_and(|r| Scale::ALL.iter().all(|s| r.get(*s).is_some()))
        });
        if let Some(found) = mine_undone {
            return Some(found);
        }
    }
    let (s, t) = ws.live_at(w)?;
    crate::model::edit::tp(&w.audit, (s, t)).map(|tp| (s, t, tp))
}

fn scores_json(tp: &Touchpoint, participant: &str) -> Value {
    let r = tp.rating(participant);
    let get = |s: Scale| r.and_then(|r| r.get(s));
    json!({
        "frequency": get(Scale::Frequency),
        "impact": get(Scale::Impact),
        "satisfaction": get(Scale::Satisfaction),
    })
}

fn state(ws: &mut Workshop, w: &Walk, participant: &str, asked: Option<&str>) -> Reply {
    if !known(w, participant) {
        return Reply::not_found();
    }
    if !ws.joined.iter().any(|p| p == participant) {
        ws.joined.push(participant.to_string());
    }
    let Some((s, _, tp)) = shown(ws, w, participant, asked) else {
        return Reply::error(409, "the checklist has no touchpoints");
    };
    let stage = &w.audit.stages[s];
    let questions = if tp.questions.is_empty() {
        &stage.questions
    } else {
        &tp.questions
    };
    let mut body = json!({
        "mode": ws.mode.code(),
        "phase": ws.phase.code(),
        "touchpoint": {
            "id": tp.id,
            "stage": stage.name,
            "name": tp.name,
            "description": tp.description,
            "questions": questions,
        },
        "joined": ws.joined.len(),
        "voted": voted(&ws.joined, tp).len(),
        "mine": scores_json(tp, participant),
    });
    if ws.mode == Mode::SelfPaced {
        // The participant's own way through the checklist: names and whether they are done.
        let checklist: Vec<Value> = w
            .audit
            .stages
            .iter()
            .flat_map(|st| st.touchpoints.iter().map(move |t| (st, t)))
            .map(|(st, t)| {
                let done = t
                    .rating(participant)
                    .is_some_and(|r| Scale::ALL.iter().all(|s| r.get(*s).is_some()));
                json!({ "id": t.id, "stage": st.name, "name": t.name, "done": done })
            })
            .collect();
        body["checklist"] = Value::Array(checklist);
    }
    Reply::ok(body)
}

fn vote(
    ws: &mut Workshop,
    w: &mut Walk,
    participant: &str,
    touchpoint: &str,
    scores: [Option<Option<u8>>; 3],
) -> Reply {
    if !known(w, participant) {
        return Reply::not_found();
    }
    let at = match w.audit.find_touchpoint(touchpoint) {
        Some(at) if ws.open_for(touchpoint) => at,
        _ => return Reply::error(409, "this touchpoint is not open for voting"),
    };
    if crate::model::edit::tp(&w.audit, at).is_some_and(|t| t.not_applicable) {
        return Reply::error(409, "this touchpoint does not apply: it is not scored");
    }
    if scores
        .iter()
        .flatten()
        .flatten()
        .any(|v| !(1..=5).contains(v))
    {
        return Reply::error(400, "a score is an integer from 1 to 5, or null");
    }
    if !ws.joined.iter().any(|p| p == participant) {
        ws.joined.push(participant.to_string());
    }
    for (scale, value) in Scale::ALL.into_iter().zip(scores) {
        let Some(value) = value else { continue };
        let now = crate::model::edit::tp(&w.audit, at)
            .and_then(|t| t.rating(participant))
            .and_then(|r| r.get(scale));
        if now != value {
            w.change(Op::Score {
                at,
                participant: participant.to_string(),
                scale,
                value,
            });
        }
    }
    Reply::ok(json!({}))
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
