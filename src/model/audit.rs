//! The audit document: what a `.ron` file holds.

use super::evidence::{Levels, Measurement, Nps, Survey};
use super::shared::SharedList;
use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// The schema version this build writes. Files with a greater version are refused; older ones
/// are migrated when read (see `store::audit_file`).
///
/// - 1: the first format.
/// - 2: no save timestamp (`updated`), so a file changes only where the user changed something
///   and two clones edited in different places merge in git; a `title` apart from the file
///   name; the `previous` audit of a re-audit; a touchpoint's `agreed` (consensus) rating.
/// - 3: evidence behind the scores: a touchpoint's evidence levels, measurements and survey
///   counts; a stage's measurements; the audit's NPS counts. Each left out while empty.
///   Added later without a new version, since older builds of version 3 read past it: the
///   audit's `sitting` (blind scoring and round robin), left out while neither is on.
pub const SCHEMA_VERSION: u32 = 3;

/// Content language of an audit (also the UI language choice).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Ru,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }

    /// Parses `en`/`ru` (any case); a locale such as `ru_RU.UTF-8` counts as Russian.
    pub fn from_code(code: &str) -> Option<Lang> {
        let lower = code.trim().to_ascii_lowercase();
        if lower.starts_with("ru") {
            Some(Lang::Ru)
        } else if lower.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }
}

/// Where the customer meets the touchpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Channel {
    #[default]
    Online,
    Offline,
}

/// Whether the business runs the touchpoint itself (direct) or only influences it (indirect).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Control {
    #[default]
    Direct,
    Indirect,
}

/// The three scales every touchpoint is scored on, in scoring order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Scale {
    Frequency,
    Impact,
    Satisfaction,
}

impl Scale {
    pub const ALL: [Scale; 3] = [Scale::Frequency, Scale::Impact, Scale::Satisfaction];

    /// The scale after this one, or `None` after satisfaction.
    pub fn next(self) -> Option<Scale> {
        match self {
            Scale::Frequency => Some(Scale::Impact),
            Scale::Impact => Some(Scale::Satisfaction),
            Scale::Satisfaction => None,
        }
    }

    pub fn prev(self) -> Option<Scale> {
        match self {
            Scale::Frequency => None,
            Scale::Impact => Some(Scale::Frequency),
            Scale::Satisfaction => Some(Scale::Impact),
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }
}

/// A person who scores touchpoints (a rater).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Participant {
    pub id: String,
    pub name: String,
}

/// One participant's scores for one touchpoint; each scale is 1–5 or not given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating {
    pub participant: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub satisfaction: Option<u8>,
}

/// `get`, `set` and `is_empty` over the three optional scale fields of a type.
macro_rules! per_scale {
    ($ty:ty) => {
        impl $ty {
            pub fn get(&self, scale: Scale) -> Option<u8> {
                match scale {
                    Scale::Frequency => self.frequency,
                    Scale::Impact => self.impact,
                    Scale::Satisfaction => self.satisfaction,
                }
            }

            pub fn set(&mut self, scale: Scale, value: Option<u8>) {
                match scale {
                    Scale::Frequency => self.frequency = value,
                    Scale::Impact => self.impact = value,
                    Scale::Satisfaction => self.satisfaction = value,
                }
            }

            pub fn is_empty(&self) -> bool {
                self.frequency.is_none() && self.impact.is_none() && self.satisfaction.is_none()
            }
        }
    };
}

per_scale!(Rating);
per_scale!(Agreed);

impl Rating {
    pub fn new(participant: impl Into<String>) -> Self {
        Rating {
            participant: participant.into(),
            frequency: None,
            impact: None,
            satisfaction: None,
        }
    }
}

/// The rating a workshop agreed on after discussing a touchpoint. A scale with an agreed value
/// takes it as its effective score instead of the mean of the participants' ratings, which are
/// kept as they were.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Agreed {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impact: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub satisfaction: Option<u8>,
}

/// How the room is scoring the audit on one keyboard, kept with the audit so that a reopen (after
/// a quit or a crash) comes back as the room left it: still blind, with the same touchpoints
/// revealed, still taking turns. Left out of the file while neither mode is on.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Sitting {
    /// Blind scoring: ratings and means stay hidden until a touchpoint is revealed.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub blind: bool,
    /// Round robin: a participant's last digit on a touchpoint passes it to the next one.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub round_robin: bool,
    /// Ids of the touchpoints revealed while blind.
    #[serde(skip_serializing_if = "std::collections::BTreeSet::is_empty")]
    pub revealed: std::collections::BTreeSet<String>,
}

impl Sitting {
    /// Neither mode on and nothing revealed: nothing to keep in the file.
    pub fn is_default(&self) -> bool {
        *self == Sitting::default()
    }
}

/// Status of a recommended action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ActionStatus {
    #[default]
    Planned,
    InProgress,
    Done,
}

/// The action plan recorded for a touchpoint.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Action {
    pub action: String,
    pub owner: String,
    /// Due date as the user typed it, ideally `YYYY-MM-DD`.
    pub due: String,
    pub kpi: String,
    pub kpi_current: String,
    pub kpi_target: String,
    pub status: ActionStatus,
}

impl Action {
    pub fn is_empty(&self) -> bool {
        self.action.is_empty()
            && self.owner.is_empty()
            && self.due.is_empty()
            && self.kpi.is_empty()
            && self.kpi_current.is_empty()
            && self.kpi_target.is_empty()
    }
}

/// One contact of a customer with the business.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Touchpoint {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub channel: Channel,
    #[serde(default)]
    pub control: Control,
    #[serde(default)]
    pub questions: Vec<String>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub not_applicable: bool,
    #[serde(default)]
    pub ratings: Vec<Rating>,
    /// The consensus the room recorded after discussing the ratings, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreed: Option<Agreed>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub action: Option<Action>,
    /// What each scale's score rests on.
    #[serde(default, skip_serializing_if = "Levels::is_default")]
    pub evidence: Levels,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measurements: Vec<Measurement>,
    /// Customers' satisfaction answers from the last survey imported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub survey: Option<Survey>,
}

/// So that what takes touchpoints takes them shared or not.
impl AsRef<Touchpoint> for Touchpoint {
    fn as_ref(&self) -> &Touchpoint {
        self
    }
}

impl Touchpoint {
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Touchpoint {
            id: id.into(),
            name: name.into(),
            description: String::new(),
            channel: Channel::Online,
            control: Control::Direct,
            questions: Vec::new(),
            notes: String::new(),
            not_applicable: false,
            ratings: Vec::new(),
            agreed: None,
            action: None,
            evidence: Levels::default(),
            measurements: Vec::new(),
            survey: None,
        }
    }

    /// The rating given by a participant, if any.
    pub fn rating(&self, participant: &str) -> Option<&Rating> {
        self.ratings.iter().find(|r| r.participant == participant)
    }

    /// Sets one participant's score on one scale; `None` clears it. Empty ratings are dropped.
    pub fn set_score(&mut self, participant: &str, scale: Scale, value: Option<u8>) {
        match self
            .ratings
            .iter()
            .position(|r| r.participant == participant)
        {
            Some(i) => {
                self.ratings[i].set(scale, value);
                if self.ratings[i].is_empty() {
                    self.ratings.remove(i);
                }
            }
            None if value.is_some() => {
                let mut r = Rating::new(participant);
                r.set(scale, value);
                self.ratings.push(r);
            }
            None => {}
        }
    }

    /// The agreed value of a scale, if the room recorded one.
    pub fn agreed(&self, scale: Scale) -> Option<u8> {
        self.agreed.and_then(|a| a.get(scale))
    }
}

/// A stage of the customer journey.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stage {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub questions: Vec<String>,
    /// Shared, the list and each touchpoint, between copies of the audit until changed (see
    /// [`SharedList`]).
    #[serde(default)]
    pub touchpoints: SharedList<Touchpoint>,
    /// Stage-level figures; a metric named `customers` makes the funnel.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub measurements: Vec<Measurement>,
}

impl Stage {
    pub fn new(id: impl Into<String>, name: impl Into<String>) -> Self {
        Stage {
            id: id.into(),
            name: name.into(),
            description: String::new(),
            questions: Vec::new(),
            touchpoints: SharedList::default(),
            measurements: Vec::new(),
        }
    }
}

/// A whole audit: the document saved as `NAME.ron`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Audit {
    pub version: u32,
    /// The file name without `.ron`: what `tpaudit open NAME` takes.
    pub name: String,
    /// What reports and screens call the audit; any text. Empty means the name.
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub client: String,
    pub created: Timestamp,
    #[serde(default)]
    pub lang: Lang,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub template: Option<String>,
    /// The audit this one re-audits: its name, a file `NAME.ron` in the same folder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous: Option<String>,
    /// Answers to the survey's "how likely are you to recommend us" (0..10).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nps: Option<Nps>,
    pub participants: Vec<Participant>,
    pub stages: Vec<Stage>,
    /// Blind scoring and round robin, as the room left them.
    #[serde(default, skip_serializing_if = "Sitting::is_default")]
    pub sitting: Sitting,
}

impl Audit {
    /// An empty audit with one participant, created now.
    pub fn new(name: impl Into<String>, lang: Lang, now: Timestamp) -> Self {
        let participant = match lang {
            Lang::En => "Participant 1",
            Lang::Ru => "Участник 1",
        };
        let name = name.into();
        Audit {
            version: SCHEMA_VERSION,
            title: name.clone(),
            name,
            client: String::new(),
            created: now,
            lang,
            template: None,
            previous: None,
            nps: None,
            participants: vec![Participant {
                id: "p1".into(),
                name: participant.into(),
            }],
            stages: Vec::new(),
            sitting: Sitting::default(),
        }
    }

    /// All touchpoints in checklist order (stage order, then order within the stage).
    pub fn touchpoints(&self) -> impl Iterator<Item = (usize, usize, &Touchpoint)> {
        self.stages.iter().enumerate().flat_map(|(si, s)| {
            s.touchpoints
                .iter()
                .enumerate()
                .map(move |(ti, t)| (si, ti, &**t))
        })
    }

    pub fn touchpoint_count(&self) -> usize {
        self.stages.iter().map(|s| s.touchpoints.len()).sum()
    }

    /// Finds a touchpoint by id: (stage index, touchpoint index).
    pub fn find_touchpoint(&self, id: &str) -> Option<(usize, usize)> {
        self.touchpoints()
            .find(|(_, _, t)| t.id == id)
            .map(|(s, t, _)| (s, t))
    }

    /// The title, or the name when the title is blank.
    pub fn display_title(&self) -> &str {
        if self.title.trim().is_empty() {
            &self.name
        } else {
            &self.title
        }
    }

    pub fn participant_name(&self, id: &str) -> Option<&str> {
        self.participants
            .iter()
            .find(|p| p.id == id)
            .map(|p| p.name.as_str())
    }

    /// A touchpoint's ratings in the audit's participant order (not the order people scored),
    /// then any by someone not in the list, as they are stored.
    pub fn ratings_in_order<'t>(&self, tp: &'t Touchpoint) -> Vec<&'t Rating> {
        let place = |r: &Rating| {
            self.participants
                .iter()
                .position(|p| p.id == r.participant)
                .unwrap_or(usize::MAX)
        };
        let mut out: Vec<&Rating> = tp.ratings.iter().collect();
        out.sort_by_key(|r| place(r));
        out
    }
}
