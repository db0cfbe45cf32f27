//! The HTML report's detail: every touchpoint by stage, the leftovers and the method note.

use std::fmt::Write;

use super::escape::{html as esc, html_lines};
use super::facts::Facts;
use super::html_parts::{Sink, badge};
use super::locale::{date, due, num};
use crate::i18n::common::{action_status_name, critical_word, scale_letter};
use crate::model::score::{self, Status};
use crate::model::{Scale, Touchpoint, TpRef};

/// Every stage's touchpoints, each stage handed on once made.
pub(super) fn by_stage(sink: &mut Sink, f: &Facts) -> std::io::Result<()> {
    let out = &mut sink.text;
    let _ = writeln!(out, "<section class=\"stages\">\n<h2>{}</h2>", f.w.by_stage);
    for (si, stage) in f.audit.stages.iter().enumerate() {
        let out = &mut sink.text;
        let _ = writeln!(out, "<h3>{}. {}</h3>", si + 1, esc(&stage.name));
        out.push_str("<div class=\"stage-tps\">\n");
        for (ti, tp) in stage.touchpoints.iter().enumerate() {
            touchpoint(out, f, (si, ti), tp);
        }
        out.push_str("</div>\n");
        sink.spill()?;
    }
    sink.text.push_str("</section>\n");
    Ok(())
}

fn facts_line(f: &Facts, at: TpRef, tp: &Touchpoint) -> String {
    let (w, lang) = (f.w, f.lang);
    match (score::status(tp), f.ranked(at)) {
        (Status::Scored(_), Some(r)) => {
            let mut s = format!(
                "{}{} · {} · {} <strong>{}</strong> · {}",
                w.rank,
                r.rank,
                f.scores_line(tp),
                w.priority,
                num(lang, r.priority),
                badge(f, r.quadrant)
            );
            if r.critical {
                let _ = write!(
                    s,
                    " <span class=\"flag critical\">{}</span>",
                    critical_word(lang)
                );
            }
            if r.needs_discussion {
                let _ = write!(s, " <span class=\"flag discuss\">{}</span>", w.discuss_mark);
            }
            s
        }
        (Status::NotApplicable, _) => w.not_applicable.to_string(),
        _ => {
            let part = f.scores_line(tp);
            if part.is_empty() {
                w.unscored.to_string()
            } else {
                format!("{} · {part}", w.unscored)
            }
        }
    }
}

fn touchpoint(out: &mut String, f: &Facts, at: TpRef, tp: &Touchpoint) {
    let w = f.w;
    let _ = writeln!(
        out,
        "<article class=\"tp\">\n<h4>{}</h4>\n<p class=\"facts\">{}</p>",
        esc(&tp.name),
        facts_line(f, at, tp)
    );
    if !tp.description.trim().is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"muted\">{}</p>",
            html_lines(tp.description.trim())
        );
    }
    ratings(out, f, tp);
    if !tp.notes.trim().is_empty() {
        let _ = writeln!(
            out,
            "<p><strong>{}:</strong> {}</p>",
            w.notes,
            html_lines(tp.notes.trim())
        );
    }
    if let Some(a) = tp.action.as_ref().filter(|a| !a.is_empty()) {
        let mut line = format!(
            "<p><strong>{}:</strong> {}",
            w.action,
            html_lines(&a.action)
        );
        let due = due(f.lang, &a.due);
        for (label, value) in [(w.owner, &a.owner), (w.due, &due)] {
            if !value.is_empty() {
                let _ = write!(line, " · {label}: {}", esc(value));
            }
        }
        let k = f.kpi(a, esc);
        if !k.is_empty() {
            let _ = write!(line, " · {}: {k}", w.kpi);
        }
        let _ = writeln!(out, "{line} · {}</p>", action_status_name(f.lang, a.status));
    }
    out.push_str("</article>\n");
}

/// Each participant's ratings and the spread, shown when more than one person scored.
fn ratings(out: &mut String, f: &Facts, tp: &Touchpoint) {
    if tp.ratings.len() < 2 {
        return;
    }
    let letters = Scale::ALL.map(|s| scale_letter(f.lang, s));
    let _ = writeln!(
        out,
        "<table class=\"ratings\"><thead><tr><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th></tr></thead><tbody>",
        f.w.ratings, letters[0], letters[1], letters[2]
    );
    for r in f.audit.ratings_in_order(tp) {
        let name = f
            .audit
            .participant_name(&r.participant)
            .unwrap_or(&r.participant);
        let v = Scale::ALL.map(|s| r.get(s).map_or("–".to_string(), |v| v.to_string()));
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            esc(name),
            v[0],
            v[1],
            v[2]
        );
    }
    let d = Scale::ALL.map(|s| score::spread(tp, s).map_or("–".to_string(), |d| d.to_string()));
    let _ = write!(
        out,
        "<tr class=\"muted\"><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
        f.w.spread, d[0], d[1], d[2]
    );
    if Scale::ALL.iter().any(|s| tp.agreed(*s).is_some()) {
        let a = Scale::ALL.map(|s| tp.agreed(s).map_or("–".to_string(), |v| format!("={v}")));
        let _ = write!(
            out,
            "\n<tr class=\"agreed\"><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            f.w.agreed, a[0], a[1], a[2]
        );
    }
    out.push_str("</tbody></table>\n");
}

pub(super) fn leftovers(out: &mut String, f: &Facts) {
    let w = f.w;
    for (class, title, list) in [
        ("unscored", w.unscored, &f.ranking.unscored),
        (
            "not-applicable",
            w.not_applicable,
            &f.ranking.not_applicable,
        ),
    ] {
        let _ = writeln!(out, "<section class=\"{class}\">\n<h2>{title}</h2>");
        if list.is_empty() {
            let _ = writeln!(out, "<p class=\"muted\">{}</p>\n</section>", w.none);
            continue;
        }
        out.push_str("<ul>\n");
        for &at in list {
            let tp = f.tp(at);
            let mut line = format!("<li>{}: {}", esc(&f.stage(at).name), esc(&tp.name));
            if let Some(names) = f.missing_names(tp) {
                let _ = write!(
                    line,
                    " <span class=\"muted\">({}: {names})</span>",
                    w.missing
                );
            }
            let _ = writeln!(out, "{line}</li>");
        }
        out.push_str("</ul>\n</section>\n");
    }
    if let Some(list) = &f.not_surveyed {
        let e = crate::i18n::evidence::evidence_words(f.lang);
        let _ = writeln!(
            out,
            "<section class=\"not-surveyed\">\n<h2>{}</h2>\n<ul>",
            esc(e.not_surveyed)
        );
        for &at in list {
            let _ = writeln!(
                out,
                "<li>{}: {}</li>",
                esc(&f.stage(at).name),
                esc(&f.tp(at).name)
            );
        }
        out.push_str("</ul>\n</section>\n");
    }
}

/// How sure the ranking is: the stable top, what the rest of the top rests on, and the
/// quadrants under the other crosshair.
pub(super) fn how_sure(out: &mut String, f: &Facts) {
    let heading = crate::i18n::robust::words(f.lang).heading;
    let _ = writeln!(
        out,
        "<section class=\"how-sure\">\n<h2>{}</h2>",
        esc(heading)
    );
    for line in super::sure::sentences(f, esc) {
        let _ = writeln!(out, "<p>{line}</p>");
    }
    out.push_str("</section>\n");
}

pub(super) fn method(out: &mut String, f: &Facts) {
    let _ = writeln!(out, "<section class=\"method\">\n<h2>{}</h2>", f.w.method);
    let variants = crate::i18n::robust::words(f.lang).method_text;
    for p in f.w.method_text.iter().chain(&variants) {
        let _ = writeln!(out, "<p>{}</p>", esc(p));
    }
    let _ = writeln!(
        out,
        "</section>\n<footer>{}, {}</footer>",
        f.w.generated,
        date(f.lang, f.as_of)
    );
}
