//! What the reports over several audits (compare, trend, combine) share: how an audit is named,
//! the page head and the header that lists the audits with their dates.

use std::fmt::Write;

use serde::Serialize;

use super::escape::{html, md};
use super::locale::date;
use super::style;
use crate::i18n::report::words;
use crate::model::{Audit, Lang};

/// An audit as the user named it on the command line (its file name).
#[derive(Debug, Clone, Copy)]
pub struct Named<'a> {
    pub name: &'a str,
    pub audit: &'a Audit,
}

/// A report's title and what it is of: "Audit comparison" and "q4 → q1".
pub struct Heading<'a> {
    pub lang: Lang,
    pub kind: &'a str,
    pub title: String,
    /// The client named in the header (blank for none).
    pub client: &'a str,
}

/// Opens the HTML page: the head with the report's stylesheet and `extra_css`, then `<main>`.
pub fn html_open(out: &mut String, h: &Heading, extra_css: &str) {
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{}{extra_css}</style>\n</head>\n<body>\n<main>\n",
        h.lang.code(),
        html(&super::heading::titled(h.kind, &h.title)),
        style::css()
    );
}

/// Closes what [`html_open`] opened.
pub fn html_close(out: &mut String) {
    out.push_str("</main>\n</body>\n</html>\n");
}

/// The page header: kind, title, client and each audit with its date (the first `max`).
pub fn html_header(out: &mut String, h: &Heading, audits: &[Named], max: usize) {
    let _ = write!(
        out,
        "<header>\n<p class=\"kicker\">{}</p>\n<h1>{}</h1>\n<dl class=\"meta\">\n",
        html(h.kind),
        html(&h.title)
    );
    let client = h.client.trim();
    if !client.is_empty() {
        let _ = writeln!(
            out,
            "<div><dt>{}</dt><dd>{}</dd></div>",
            words(h.lang).client,
            html(client)
        );
    }
    for n in audits.iter().take(max) {
        let _ = writeln!(
            out,
            "<div><dt>{}</dt><dd>{}</dd></div>",
            html(n.name),
            date(h.lang, n.audit.created)
        );
    }
    out.push_str("</dl>\n</header>\n");
}

/// The Markdown header: `# kind: title`, the client, and the audits with their dates joined
/// by `sep`, under `label`.
pub fn md_header(out: &mut String, h: &Heading, label: &str, audits: &[Named], sep: &str) {
    let _ = writeln!(out, "# {}\n", md(&super::heading::titled(h.kind, &h.title)));
    let client = h.client.trim();
    if !client.is_empty() {
        let _ = writeln!(out, "**{}:** {}  ", words(h.lang).client, md(client));
    }
    let list: Vec<String> = audits
        .iter()
        .map(|n| format!("{} ({})", md(n.name), date(h.lang, n.audit.created)))
        .collect();
    let _ = writeln!(out, "**{label}:** {}\n", list.join(sep));
}

/// An audit as JSON reports list it.
#[derive(Serialize)]
pub struct AuditInfo<'a> {
    name: &'a str,
    title: &'a str,
    client: &'a str,
    lang: &'static str,
    created: String,
    previous: Option<&'a str>,
}

/// The audits as JSON reports list them.
pub fn audit_infos<'a>(audits: &[Named<'a>]) -> Vec<AuditInfo<'a>> {
    audits
        .iter()
        .map(|n| AuditInfo {
            name: n.name,
            title: n.audit.display_title(),
            client: &n.audit.client,
            lang: n.audit.lang.code(),
            created: n.audit.created.to_string(),
            previous: n.audit.previous.as_deref(),
        })
        .collect()
}

/// Pretty JSON with a trailing newline.
pub fn json_text(report: &impl Serialize) -> String {
    let mut text = serde_json::to_string_pretty(report).expect("report structs always serialise");
    text.push('\n');
    text
}
