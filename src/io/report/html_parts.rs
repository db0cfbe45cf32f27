//! Parts the HTML pages share (the report, the comparison, the combined view): the sink a
//! page is written through, a summary card, a quadrant badge.

use std::fmt::Write;
use std::io;

use super::escape::html as esc;
use super::facts::Facts;
use crate::i18n::common::quadrant_name;
use crate::model::Quadrant;

/// A report's text being made and the writer it goes to: each part is handed on once made, so
/// that the whole report is never held.
pub(super) struct Sink<'w> {
    pub text: String,
    pub to: &'w mut dyn io::Write,
}

impl Sink<'_> {
    /// Hands on the text made so far.
    pub fn spill(&mut self) -> io::Result<()> {
        self.to.write_all(self.text.as_bytes())?;
        self.text.clear();
        Ok(())
    }
}

/// A summary card: a big figure and its label.
pub(super) fn card(out: &mut String, class: &str, big: &str, label: &str) {
    let _ = writeln!(
        out,
        "<div class=\"card {class}\"><span class=\"big\">{big}</span><span class=\"label\">{}</span></div>",
        esc(label)
    );
}

pub(super) fn badge(f: &Facts, q: Quadrant) -> String {
    format!(
        "<span class=\"badge q-{}\">{}</span>",
        q.key(),
        esc(quadrant_name(f.lang, q))
    )
}
