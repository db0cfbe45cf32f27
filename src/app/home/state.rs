//! The home screen's state: the list of audits and examples.

use crate::app::msg::HomeEntry;
use crate::model::{Progress, score};

/// The home screen's state.
#[derive(Debug, Clone, Default)]
pub struct Home {
    pub entries: Vec<HomeEntry>,
    /// Over the audits, then the examples.
    pub cursor: usize,
}

/// A bundled example, as the home screen lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Example {
    pub name: String,
    pub client: String,
    pub progress: Progress,
}

/// The bundled examples as the home screen lists them.
pub fn bundled_examples() -> Vec<Example> {
    crate::store::templates::examples()
        .into_iter()
        .map(|(name, audit)| Example {
            client: audit.client.clone(),
            progress: score::progress(audit.touchpoints().map(|(_, _, t)| t)),
            name,
        })
        .collect()
}
