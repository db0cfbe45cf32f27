//! The Markdown report's Mermaid `quadrantChart`: points labelled by rank (the ranked table
//! under the chart is the legend), touchpoints on one spot merged into one point (`3, 7`),
//! each point inside its own quadrant, coloured by quadrant and sized by frequency, below the
//! quadrant titles. No name of the user's reaches the chart but the audit's title, cleaned, on
//! the `title` line, so no name can break it.

use std::fmt::Write;

use super::escape::mermaid;
use super::facts::Facts;
use super::svg::palette;
use crate::i18n::common::quadrant_name;
use crate::i18n::report::axis_end;
use crate::model::{Quadrant, Scale};

/// How far inside its quadrant a point on the crosshair is drawn (chart units, 0–1).
const NUDGE: f64 = 0.04;

/// The share of a quadrant's height below its title: Mermaid writes a quadrant's title at its
/// top once there are points, so points keep out of the band above this.
const BELOW_TITLE: f64 = 0.84;

/// Maps a 1–5 score to 0–1 with the crosshair at 0.5, since Mermaid always splits in the middle.
fn unit(v: f64, cross: f64) -> f64 {
    let t = if v <= cross {
        if cross - 1.0 < 1e-9 {
            0.5
        } else {
            0.5 * (v - 1.0) / (cross - 1.0)
        }
    } else if 5.0 - cross < 1e-9 {
        0.5
    } else {
        0.5 + 0.5 * (v - cross) / (5.0 - cross)
    };
    t.clamp(0.0, 1.0)
}

/// Mermaid reads only `0`, `1` and `0.<digits>` as coordinates.
fn coord(t: f64) -> String {
    let s = format!("{t:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s.is_empty() { "0".into() } else { s.into() }
}

/// Whether a quadrant is on the high side of impact and of satisfaction.
fn sides(q: Quadrant) -> (bool, bool) {
    match q {
        Quadrant::KeepUp => (true, true),
        Quadrant::FixFirst => (true, false),
        Quadrant::Overkill => (false, true),
        Quadrant::LowPriority => (false, false),
    }
}

/// A point's place in chart units: inside its quadrant's side of each crosshair line (a score
/// on the line is drawn on the side the method puts it), and below its quadrant's title.
pub fn place(satisfaction: f64, impact: f64, cross: (f64, f64), q: Quadrant) -> (f64, f64) {
    let (impact_high, satisfaction_high) = sides(q);
    let x = unit(satisfaction, cross.0);
    let x = if satisfaction_high {
        x.max(0.5 + NUDGE)
    } else {
        x.min(0.5 - NUDGE)
    };
    let y = unit(impact, cross.1);
    let y = if impact_high {
        0.5 + (y - 0.5).max(NUDGE) * BELOW_TITLE
    } else {
        y.min(0.5 - NUDGE) * BELOW_TITLE
    };
    (x, y)
}

/// One point of the chart: the ranks on that spot, in rank order.
struct Point {
    x: String,
    y: String,
    ranks: Vec<usize>,
    quadrant: Quadrant,
    frequency: f64,
}

/// The chart's title: letters, digits, spaces and plain punctuation only, on one line. The
/// `title` line takes the rest of its line as it is, so this keeps out what Mermaid or its
/// front matter and directives read before the chart (`%%`, `#…;` entities, `;`, quotes).
pub fn title_text(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        let keep = c.is_alphanumeric()
            || matches!(
                c,
                '.' | ',' | ':' | '-' | '/' | '+' | '&' | '(' | ')' | '!' | '?' | '«' | '»'
            );
        let c = if keep { c } else { ' ' };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    out.trim_end().to_string()
}

/// Writes the chart, in a ```` ```mermaid ```` block, and the note that reads it.
pub fn chart(out: &mut String, f: &Facts) {
    let (w, lang) = (f.w, f.lang);
    let c = f.ranking.crosshair;
    let _ = writeln!(out, "```mermaid\nquadrantChart");
    let title = title_text(f.audit.display_title());
    let _ = if title.is_empty() {
        writeln!(out, "    title {}", mermaid(w.matrix))
    } else {
        writeln!(out, "    title {} - {title}", mermaid(w.matrix))
    };
    for (axis, scale) in [("x-axis", Scale::Satisfaction), ("y-axis", Scale::Impact)] {
        let (lo, hi) = (axis_end(lang, false, scale), axis_end(lang, true, scale));
        let _ = writeln!(out, "    {axis} {} --> {}", mermaid(&lo), mermaid(&hi));
    }
    // Mermaid numbers quadrants counter-clockwise from the top right.
    let order = [
        Quadrant::KeepUp,
        Quadrant::FixFirst,
        Quadrant::LowPriority,
        Quadrant::Overkill,
    ];
    for (i, q) in order.into_iter().enumerate() {
        let _ = writeln!(
            out,
            "    quadrant-{} {}",
            i + 1,
            mermaid(quadrant_name(lang, q))
        );
    }
    let mut points: Vec<Point> = Vec::new();
    for row in f.rows() {
        let s = row.r.scores;
        let (x, y) = place(
            s.satisfaction,
            s.impact,
            (c.satisfaction, c.impact),
            row.r.quadrant,
        );
        let (x, y) = (coord(x), coord(y));
        match points.iter_mut().find(|p| p.x == x && p.y == y) {
            Some(p) => {
                p.ranks.push(row.r.rank);
                p.frequency = p.frequency.max(s.frequency);
            }
            None => points.push(Point {
                x,
                y,
                ranks: vec![row.r.rank],
                quadrant: row.r.quadrant,
                frequency: s.frequency,
            }),
        }
    }
    for p in &points {
        let label: Vec<String> = p.ranks.iter().map(ToString::to_string).collect();
        // Radius 5 (frequency 1) to 13 (frequency 5); Mermaid's own default is 5.
        let radius = 3 + 2 * (p.frequency.round().clamp(1.0, 5.0) as u32);
        let _ = writeln!(
            out,
            "    \"{}\": [{}, {}] radius: {radius}, color: {}",
            label.join(", "),
            p.x,
            p.y,
            palette(p.quadrant).solid
        );
    }
    let _ = writeln!(out, "```\n");
    let _ = writeln!(out, "{}\n", w.points_note);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_on_the_crosshair_go_to_their_quadrants_side() {
        // Impact 3 and satisfaction 3 on the midpoint crosshair: not high on either.
        let (x, y) = place(3.0, 3.0, (3.0, 3.0), Quadrant::LowPriority);
        assert!(x < 0.5 && y < 0.5, "{x} {y}");
        let (x, y) = place(3.0, 4.0, (3.0, 3.0), Quadrant::FixFirst);
        assert!(x < 0.5 && y > 0.5, "{x} {y}");
        // Just above a mean crosshair: high, and drawn clearly off the line.
        let (x, _) = place(3.2001, 2.0, (3.2, 3.0), Quadrant::Overkill);
        assert!(x >= 0.5 + NUDGE - 1e-9, "{x}");
    }

    #[test]
    fn points_stay_below_their_quadrants_title() {
        let (_, top) = place(5.0, 5.0, (3.0, 3.0), Quadrant::KeepUp);
        assert!(top <= 0.5 + 0.5 * BELOW_TITLE + 1e-9);
        let (_, low) = place(1.0, 3.0, (3.0, 3.0), Quadrant::LowPriority);
        assert!(low <= 0.5 * BELOW_TITLE);
    }

    #[test]
    fn titles_keep_their_words_and_lose_syntax() {
        assert_eq!(title_text("Уютный дом: аудит"), "Уютный дом: аудит");
        assert_eq!(title_text("a%%{init}%%\nb;#x; \"q\""), "a init b x q");
        assert_eq!(title_text("-2+3 ???"), "-2+3 ???");
    }
}
