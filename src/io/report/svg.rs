//! The priority matrix as inline SVG: satisfaction on x, impact on y, both 1–5.

use std::fmt::Write;

use super::escape::html as esc;
use super::facts::Facts;
use super::locale::num;
use crate::i18n::common::{quadrant_name, scale_letter, scale_name};
use crate::i18n::report::words;
use crate::model::{Crosshair, Frac, Lang, Quadrant, Scale, Scores};

mod place;

pub use place::{Placed, label, place};

/// Colours of a quadrant: the bubble fill, the background tint and the label ink.
pub struct Palette {
    pub solid: &'static str,
    pub tint: &'static str,
    pub ink: &'static str,
}

/// The one colour table of the matrix, shared by the SVG and the page's CSS.
pub fn palette(q: Quadrant) -> Palette {
    let (solid, tint, ink) = match q {
        Quadrant::FixFirst => ("#e03131", "#ffeaea", "#b02525"),
        Quadrant::KeepUp => ("#2f9e44", "#e6f6e9", "#237a34"),
        Quadrant::LowPriority => ("#7b8794", "#e7eaee", "#4f5964"),
        Quadrant::Overkill => ("#e67700", "#fff1dc", "#a85600"),
    };
    Palette { solid, tint, ink }
}

const W: f64 = 640.0;
const H: f64 = 540.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 620.0;
const TOP: f64 = 40.0;
const BOTTOM: f64 = 470.0;

/// Half a point of padding around 1–5 keeps edge bubbles inside the frame.
pub fn px(satisfaction: impl Into<f64>) -> f64 {
    let satisfaction: f64 = satisfaction.into();
    LEFT + (satisfaction - 0.5) / 5.0 * (RIGHT - LEFT)
}

pub fn py(impact: impl Into<f64>) -> f64 {
    let impact: f64 = impact.into();
    BOTTOM - (impact - 0.5) / 5.0 * (BOTTOM - TOP)
}

/// Bubble radius from frequency 1–5.
pub fn radius(frequency: impl Into<f64>) -> f64 {
    8.0 + 3.0 * frequency.into()
}

/// Renders the SVG matrix with `id="matrix"`.
pub fn matrix(f: &Facts) -> String {
    let mut out = String::new();
    open(&mut out, f.lang, f.ranking.crosshair);
    let marks: Vec<Mark> = f
        .rows()
        .map(|row| Mark {
            rank: row.r.rank,
            name: &row.tp.name,
            scores: row.r.scores,
            priority: row.r.priority,
            quadrant: row.r.quadrant,
        })
        .collect();
    let at = place(&marks, f.ranking.crosshair, f.lang);
    bubbles(&mut out, f.lang, &marks, &at);
    out.push_str("</svg>\n");
    out
}

/// One bubble of a matrix: a ranked touchpoint.
#[derive(Debug, Clone)]
pub struct Mark<'a> {
    pub rank: usize,
    pub name: &'a str,
    pub scores: Scores,
    pub priority: Frac,
    pub quadrant: Quadrant,
}

/// Opens the SVG (`id="matrix"`) and draws the tinted quadrants, the grid, the axes and the
/// crosshair; the caller draws the marks and closes it with `</svg>`.
pub fn open(out: &mut String, lang: Lang, c: Crosshair) {
    let _ = writeln!(
        out,
        r#"<svg id="matrix" class="matrix" viewBox="0 0 {W} {H}" width="{W}" height="{H}" xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby="matrix-title"><title id="matrix-title">{}</title>"#,
        esc(words(lang).matrix)
    );
    let names = quadrants(out, lang, c);
    grid(out, lang);
    out.push_str(&names);
    crosshair(out, lang, c);
}

/// Draws the tinted quadrants and returns their names, drawn later above the grid lines.
fn quadrants(out: &mut String, lang: Lang, c: Crosshair) -> String {
    let mut names = String::new();
    let (cx, cy) = (px(c.satisfaction), py(c.impact));
    // (quadrant, rect x0, y0, x1, y1, label x, label y, anchor)
    let parts = [
        (
            Quadrant::FixFirst,
            LEFT,
            TOP,
            cx,
            cy,
            LEFT + 10.0,
            TOP + 20.0,
            "start",
        ),
        (
            Quadrant::KeepUp,
            cx,
            TOP,
            RIGHT,
            cy,
            RIGHT - 10.0,
            TOP + 20.0,
            "end",
        ),
        (
            Quadrant::LowPriority,
            LEFT,
            cy,
            cx,
            BOTTOM,
            LEFT + 10.0,
            BOTTOM - 12.0,
            "start",
        ),
        (
            Quadrant::Overkill,
            cx,
            cy,
            RIGHT,
            BOTTOM,
            RIGHT - 10.0,
            BOTTOM - 12.0,
            "end",
        ),
    ];
    for (q, x0, y0, x1, y1, lx, ly, anchor) in parts {
        let p = palette(q);
        let _ = writeln!(
            out,
            r#"<rect class="quadrant q-{}" x="{x0:.1}" y="{y0:.1}" width="{:.1}" height="{:.1}" fill="{}"/>"#,
            q.key(),
            (x1 - x0).max(0.0),
            (y1 - y0).max(0.0),
            p.tint
        );
        let _ = writeln!(
            names,
            r#"<text class="quadrant-name" x="{lx:.1}" y="{ly:.1}" text-anchor="{anchor}" fill="{}" stroke="{}">{}</text>"#,
            p.ink,
            p.tint,
            esc(quadrant_name(lang, q))
        );
    }
    names
}

fn grid(out: &mut String, lang: Lang) {
    for v in 1..=5 {
        let v = f64::from(v);
        let (x, y) = (px(v), py(v));
        let _ = writeln!(
            out,
            r##"<line class="grid" x1="{x:.1}" y1="{TOP}" x2="{x:.1}" y2="{BOTTOM}"/><line class="grid" x1="{LEFT}" y1="{y:.1}" x2="{RIGHT}" y2="{y:.1}"/><text class="tick" x="{x:.1}" y="{:.1}" text-anchor="middle">{v}</text><text class="tick" x="{:.1}" y="{:.1}" text-anchor="end">{v}</text>"##,
            BOTTOM + 20.0,
            LEFT - 10.0,
            y + 5.0
        );
    }
    let _ = writeln!(
        out,
        r#"<rect class="frame" x="{LEFT}" y="{TOP}" width="{}" height="{}" fill="none"/>"#,
        RIGHT - LEFT,
        BOTTOM - TOP
    );
    let x_title = scale_name(lang, Scale::Satisfaction);
    let y_title = scale_name(lang, Scale::Impact);
    let (mx, my) = ((LEFT + RIGHT) / 2.0, (TOP + BOTTOM) / 2.0);
    let _ = writeln!(
        out,
        r#"<text class="axis-title" x="{mx:.1}" y="{:.1}" text-anchor="middle">{} →</text><text class="axis-title" x="22" y="{my:.1}" text-anchor="middle" transform="rotate(-90 22 {my:.1})">{} →</text>"#,
        BOTTOM + 50.0,
        esc(x_title),
        esc(y_title)
    );
}

fn crosshair(out: &mut String, lang: Lang, c: Crosshair) {
    let (cx, cy) = (px(c.satisfaction), py(c.impact));
    let (s, i) = (
        scale_letter(lang, Scale::Satisfaction),
        scale_letter(lang, Scale::Impact),
    );
    let _ = writeln!(
        out,
        r#"<g class="crosshair"><line x1="{cx:.1}" y1="{TOP}" x2="{cx:.1}" y2="{BOTTOM}"/><line x1="{LEFT}" y1="{cy:.1}" x2="{RIGHT}" y2="{cy:.1}"/></g><text class="crosshair-label" x="{cx:.1}" y="{:.1}" text-anchor="middle">{}: {s} {} · {i} {}</text>"#,
        TOP - 12.0,
        esc(words(lang).crosshair),
        num(lang, c.satisfaction),
        num(lang, c.impact)
    );
}

/// A quadrant's rectangle on the plot: (x0, y0, x1, y1).
pub fn region(q: Quadrant, c: Crosshair) -> (f64, f64, f64, f64) {
    let (cx, cy) = (
        px(c.satisfaction).clamp(LEFT, RIGHT),
        py(c.impact).clamp(TOP, BOTTOM),
    );
    match q {
        Quadrant::FixFirst => (LEFT, TOP, cx, cy),
        Quadrant::KeepUp => (cx, TOP, RIGHT, cy),
        Quadrant::LowPriority => (LEFT, cy, cx, BOTTOM),
        Quadrant::Overkill => (cx, cy, RIGHT, BOTTOM),
    }
}

/// The box a quadrant's title takes (15px bold), as drawn by [`open`]: (x0, y0, x1, y1).
pub fn title_box(lang: Lang, q: Quadrant) -> (f64, f64, f64, f64) {
    let w = quadrant_name(lang, q).chars().count() as f64 * 9.5;
    let (x, y) = match q {
        Quadrant::FixFirst => (LEFT + 10.0, TOP + 20.0),
        Quadrant::KeepUp => (RIGHT - 10.0 - w, TOP + 20.0),
        Quadrant::LowPriority => (LEFT + 10.0, BOTTOM - 12.0),
        Quadrant::Overkill => (RIGHT - 10.0 - w, BOTTOM - 12.0),
    };
    (x - 3.0, y - 15.0, x + w + 3.0, y + 5.0)
}

/// Draws the marks at their places, given in rank order: one bubble for the touchpoints that
/// share one, labelled with their ranks (see [`label`]) and naming each in its tooltip.
pub fn bubbles(out: &mut String, lang: Lang, marks: &[Mark], at: &[Placed]) {
    // Drawn last-ranked first, so the most urgent bubble sits on top.
    for (i, (m, &Placed { x, y, r, .. })) in marks.iter().zip(at).enumerate().rev() {
        if at[i].lead != i {
            continue;
        }
        let held: Vec<&Mark> = marks
            .iter()
            .zip(at)
            .filter(|(_, p)| p.lead == i)
            .map(|(m, _)| m)
            .collect();
        let ranks: Vec<usize> = held.iter().map(|m| m.rank).collect();
        let tips: Vec<String> = held.iter().map(|m| tip(lang, m)).collect();
        let _ = writeln!(
            out,
            r##"<g class="bubble q-{}" data-rank="{}"{}><title>{}</title><circle cx="{x:.1}" cy="{y:.1}" r="{:.1}" fill="{}" stroke="#ffffff" stroke-width="2"/><text x="{x:.1}" y="{:.1}" text-anchor="middle">{}</text></g>"##,
            m.quadrant.key(),
            m.rank,
            shared(&ranks),
            esc(&tips.join("\n")),
            r,
            palette(m.quadrant).solid,
            y + 5.0,
            label(&ranks)
        );
    }
}

/// The ranks of a bubble that several touchpoints share, as an attribute; nothing for one.
fn shared(ranks: &[usize]) -> String {
    if ranks.len() < 2 {
        return String::new();
    }
    let all: Vec<String> = ranks.iter().map(usize::to_string).collect();
    format!(r#" data-ranks="{}""#, all.join(" "))
}

/// A touchpoint's line in a bubble's tooltip: its rank, name, scores and priority.
fn tip(lang: Lang, m: &Mark) -> String {
    let s = m.scores;
    format!(
        "{}. {} — {} {}, {} {}, {} {}, {} {}",
        m.rank,
        m.name,
        scale_letter(lang, Scale::Frequency),
        num(lang, s.frequency),
        scale_letter(lang, Scale::Impact),
        num(lang, s.impact),
        scale_letter(lang, Scale::Satisfaction),
        num(lang, s.satisfaction),
        words(lang).priority,
        num(lang, m.priority)
    )
}
