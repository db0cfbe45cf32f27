//! "Since the last audit": the part of a re-audit's Markdown and HTML report that compares it
//! with the audit it follows, when the caller found that audit and passed it in.

use std::fmt::Write;

use super::compare::{View, html, md};
use super::escape;
use super::facts::Facts;
use super::locale::date;
use super::many::Named;

/// The comparison of the previous audit with this one, unless there is none to make.
fn with_view(f: &Facts, draw: impl FnOnce(&View, &str)) {
    let Some(previous) = f.previous else { return };
    let name = f.audit.previous.as_deref().unwrap_or(&previous.name);
    let named = [
        Named {
            name,
            audit: previous,
        },
        Named {
            name: &f.audit.name,
            audit: f.audit,
        },
    ];
    let v = View::new(&named, f.mode);
    // An audit of another checklist has nothing to say about this one.
    if v.cmp.disjoint().is_none() {
        draw(&v, name);
    }
}

/// "Compared with q4 (10 Nov 2026)", the name escaped for the format.
fn intro(v: &View, name: &str, esc: fn(&str) -> String) -> String {
    format!(
        "{} {} ({})",
        v.w.since_intro,
        esc(name),
        date(v.lang, v.audits[0].audit.created)
    )
}

/// The Markdown section, after the summary.
pub fn md(out: &mut String, f: &Facts) {
    with_view(f, |v, name| {
        let _ = writeln!(out, "## {}\n\n{}.\n", v.w.since, intro(v, name, escape::md));
        md::summary(out, v);
        md::changes(out, v, "###");
        md::done(out, v, "###");
    });
}

/// The HTML section, after the summary.
pub fn html(out: &mut String, f: &Facts) {
    with_view(f, |v, name| {
        let _ = writeln!(
            out,
            "<section class=\"since\">\n<style>{}</style>\n<h2>{}</h2>\n<p class=\"note\">{}.</p>",
            html::CSS,
            v.w.since,
            intro(v, name, escape::html)
        );
        html::summary(out, v);
        html::changes(out, v, "h3");
        html::done(out, v, "h3");
        out.push_str("</section>\n");
    });
}
