//! Checklist templates: bilingual stage and touchpoint lists that new audits start from.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::audit::{Audit, Channel, Control, Lang, Stage, Touchpoint};
use super::shared::Shared;

/// A text in both languages; a missing language falls back to the other one.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Text {
    pub en: String,
    pub ru: String,
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        let (want, other) = match lang {
            Lang::En => (&self.en, &self.ru),
            Lang::Ru => (&self.ru, &self.en),
        };
        if want.trim().is_empty() { other } else { want }
    }

    pub fn is_empty(&self) -> bool {
        self.en.trim().is_empty() && self.ru.trim().is_empty()
    }
}

/// A touchpoint as a template describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TemplateTouchpoint {
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub description: Text,
    #[serde(default)]
    pub channel: Channel,
    #[serde(default)]
    pub control: Control,
    #[serde(default)]
    pub questions: Vec<Text>,
}

/// A stage as a template describes it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TemplateStage {
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub description: Text,
    #[serde(default)]
    pub questions: Vec<Text>,
    pub touchpoints: Vec<TemplateTouchpoint>,
}

/// A checklist template (`audits/templates/ID.ron`, or a user's own in the config dir).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Template {
    pub id: String,
    pub name: Text,
    #[serde(default)]
    pub description: Text,
    pub stages: Vec<TemplateStage>,
}

fn texts(list: &[Text], lang: Lang) -> Vec<String> {
    list.iter()
        .map(|t| t.get(lang).to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

impl Template {
    pub fn touchpoint_count(&self) -> usize {
        self.stages.iter().map(|s| s.touchpoints.len()).sum()
    }

    /// A new, unscored audit in `lang` with this template's stages and touchpoints.
    pub fn instantiate(&self, name: &str, lang: Lang, now: Timestamp) -> Audit {
        let mut audit = Audit::new(name, lang, now);
        audit.template = Some(self.id.clone());
        audit.stages = self
            .stages
            .iter()
            .map(|s| Stage {
                id: s.id.clone(),
                name: s.name.get(lang).to_string(),
                description: s.description.get(lang).to_string(),
                questions: texts(&s.questions, lang),
                touchpoints: s
                    .touchpoints
                    .iter()
                    .map(|t| Touchpoint {
                        description: t.description.get(lang).to_string(),
                        channel: t.channel,
                        control: t.control,
                        questions: texts(&t.questions, lang),
                        ..Touchpoint::new(t.id.clone(), t.name.get(lang))
                    })
                    .map(Shared::new)
                    .collect(),
                measurements: Vec::new(),
            })
            .collect();
        audit
    }

    /// Problems that make the template unusable: empty names, duplicate ids.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut ids = std::collections::HashSet::new();
        if self.id.trim().is_empty() {
            out.push("the template has an empty id".to_string());
        }
        if self.stages.is_empty() {
            out.push("the template has no stages".to_string());
        }
        for s in &self.stages {
            if s.name.is_empty() {
                out.push(format!("stage '{}' has no name", s.id));
            }
            if !ids.insert(s.id.as_str()) {
                out.push(format!("id '{}' is used twice", s.id));
            }
            for t in &s.touchpoints {
                if t.name.is_empty() {
                    out.push(format!("touchpoint '{}' has no name", t.id));
                }
                if !ids.insert(t.id.as_str()) {
                    out.push(format!("id '{}' is used twice", t.id));
                }
            }
        }
        out
    }
}
