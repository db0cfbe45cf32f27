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

/// The band of each side of the chart a point may take (chart units, 0–1): away from the
/// crosshair line, so a point on it is drawn inside its quadrant and no label sits on the line,
/// and away from the frame, so no point is cut in half. Mermaid writes a quadrant's title at
/// its top once there are points, so the vertical bands stop below it.
const X_LOW: (f64, f64) = (0.07, 0.46);
const X_HIGH: (f64, f64) = (0.54, 0.93);
const Y_LOW: (f64, f64) = (0.04, 0.40);
const Y_HIGH: (f64, f64) = (0.54, 0.90);

/// The chart's one setting: the space between a point and its label.
pub const DIRECTIVE: &str = r#"%%{init: {"quadrantChart": {"pointTextPadding": 15}}}%%"#;

/// The longest chart title, in characters: Mermaid's chart is 500 pixels wide and cuts a
/// longer title at both ends.
const TITLE_MAX: usize = 42;

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

/// `t` (0–1, the crosshair at 0.5) within the band of its side of the crosshair.
fn within(t: f64, high: bool, low_band: (f64, f64), high_band: (f64, f64)) -> f64 {
    let (side, (a, b)) = if high {
        (((t - 0.5) / 0.5).clamp(0.0, 1.0), high_band)
    } else {
        ((t / 0.5).clamp(0.0, 1.0), low_band)
    };
    a + side * (b - a)
}

/// A point's place in chart units: inside its quadrant's side of each crosshair line (a score
/// on the line is drawn on the side the method puts it), off the frame and below its
/// quadrant's title.
pub fn place(
    satisfaction: impl Into<f64>,
    impact: impl Into<f64>,
    cross: (f64, f64),
    q: Quadrant,
) -> (f64, f64) {
    let (satisfaction, impact) = (satisfaction.into(), impact.into());
    let (impact_high, satisfaction_high) = sides(q);
    (
        within(
            unit(satisfaction, cross.0),
            satisfaction_high,
            X_LOW,
            X_HIGH,
        ),
        within(unit(impact, cross.1), impact_high, Y_LOW, Y_HIGH),
    )
}

/// One point of the chart: the ranks on that spot, in rank order.
struct Point {
    x: f64,
    y: f64,
    ranks: Vec<usize>,
    quadrant: Quadrant,
    frequency: f64,
    /// The length of [`Point::label`] in characters, kept as ranks are added (see
    /// [`LabelLength`]), so that placing a touchpoint never writes out a label.
    length: LabelLength,
}

/// The length of a label of ranks (see [`Point::label`]), kept up to date as ranks are added in
/// order, in constant time each.
#[derive(Debug, Clone, Copy, Default)]
struct LabelLength {
    /// The characters of the parts before the last run, with the separator after them.
    before: usize,
    /// The first and last rank of the last run, once there is one.
    run: Option<(usize, usize)>,
}

impl LabelLength {
    fn add(&mut self, rank: usize) {
        self.run = match self.run {
            Some((first, last)) if rank == last + 1 => Some((first, rank)),
            Some(run) => {
                self.before += Self::run_chars(run) + ", ".len();
                Some((rank, rank))
            }
            None => Some((rank, rank)),
        };
    }

    fn chars(&self) -> usize {
        self.before + self.run.map_or(0, Self::run_chars)
    }

    /// `1`, `1, 2` or `1–3`: the characters a run is written with.
    fn run_chars((first, last): (usize, usize)) -> usize {
        let digits = |n: usize| n.to_string().len();
        match last - first {
            0 => digits(first),
            1 => digits(first) + ", ".len() + digits(last),
            _ => digits(first) + 1 + digits(last),
        }
    }
}

impl Point {
    fn add(&mut self, rank: usize) {
        self.ranks.push(rank);
        self.length.add(rank);
    }

    /// The ranks on the point, runs of three or more as ranges: `1, 3–5, 9`.
    fn label(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        let mut i = 0;
        while i < self.ranks.len() {
            let mut j = i;
            while j + 1 < self.ranks.len() && self.ranks[j + 1] == self.ranks[j] + 1 {
                j += 1;
            }
            if j >= i + 2 {
                parts.push(format!("{}–{}", self.ranks[i], self.ranks[j]));
                i = j + 1;
            } else {
                parts.push(self.ranks[i].to_string());
                i += 1;
            }
        }
        parts.join(", ")
    }

    /// Radius 5 (frequency 1) to 13 (frequency 5) pixels; Mermaid's own default is 5.
    fn radius(&self) -> u32 {
        3 + 2 * (self.frequency.round().clamp(1.0, 5.0) as u32)
    }

    /// Whether a point of `label_chars` at (x, y) would be drawn into this one: its circle or
    /// label over this one's, or this one's label over it. Mermaid's plot is about 455 by 415
    /// pixels; a label is 15 pixels below its point's centre, 12 high, 6 wide per character.
    fn crowds(&self, x: f64, y: f64, label_chars: usize) -> bool {
        const WIDE: f64 = 455.0;
        const HIGH: f64 = 415.0;
        let chars = (self.length.chars() + label_chars) as f64;
        let dx = ((f64::from(self.radius()) + 13.0) / WIDE).max((3.0 * chars + 6.0) / WIDE);
        let dy = (15.0 + 12.0 + 13.0) / HIGH;
        (self.x - x).abs() < dx && (self.y - y).abs() < dy
    }
}

/// The chart's title: the audit's title with letters, digits, spaces and plain punctuation
/// only, on one line, cut at a word to fit. The `title` line takes the rest of its line as it
/// is, so this keeps out what Mermaid or its front matter and directives read before the chart
/// (`%%`, `#…;` entities, `;`, quotes).
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
    let out = out.trim_end();
    if out.chars().count() <= TITLE_MAX {
        return out.to_string();
    }
    let cut: String = out.chars().take(TITLE_MAX - 1).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > cut.len() / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", cut.trim_end_matches([' ', ',', ':', '-']))
}

/// The most touchpoints the chart shows: beyond them labels overlap and run off its edge, so
/// a longer list is charted to its top this many, and the note under the chart says so.
pub const LEGIBLE: usize = 30;

/// Writes the chart, in a ```` ```mermaid ```` block, and the note that reads it.
pub fn chart(out: &mut String, f: &Facts) {
    // Labels below the largest point rather than across it (Mermaid's padding is 5 pixels);
    // a renderer that does not know the directive reads it as a comment.
    let _ = writeln!(out, "```mermaid\n{DIRECTIVE}\nquadrantChart");
    frame(out, f);
    for p in &points(f) {
        let _ = writeln!(
            out,
            "    \"{}\": [{}, {}] radius: {}, color: {}",
            p.label(),
            coord(p.x),
            coord(p.y),
            p.radius(),
            palette(p.quadrant).solid
        );
    }
    let _ = writeln!(out, "```\n");
    let ranked = f.ranking.ranked.len();
    if ranked > LEGIBLE {
        let _ = writeln!(
            out,
            "{}\n",
            crate::i18n::report::chart_top(f.lang, LEGIBLE, ranked)
        );
    }
    let _ = writeln!(out, "{}\n", f.w.points_note);
}

/// The chart's title, its axes and its quadrants' names.
fn frame(out: &mut String, f: &Facts) {
    let lang = f.lang;
    // The heading above the chart names it; the chart itself carries the audit's title, so
    // it says what it is of when shown alone.
    let title = title_text(f.audit.display_title());
    let title = if title.is_empty() {
        mermaid(f.w.matrix)
    } else {
        title
    };
    let _ = writeln!(out, "    title {title}");
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
}

/// The points of the chart: the top [`LEGIBLE`] touchpoints in rank order, those on one spot,
/// or so near one that their marks would cover each other, sharing the point of the first.
fn points(f: &Facts) -> Vec<Point> {
    let c = f.ranking.crosshair;
    let mut points: Vec<Point> = Vec::new();
    for row in f.rows().take(LEGIBLE) {
        let (s, q, rank) = (row.r.scores, row.r.quadrant, row.r.rank);
        let (x, y) = place(
            s.satisfaction,
            s.impact,
            (c.satisfaction.to_f64(), c.impact.to_f64()),
            q,
        );
        let chars = rank.to_string().len();
        match points
            .iter_mut()
            .find(|p| p.quadrant == q && p.crowds(x, y, chars))
        {
            Some(p) => {
                p.add(rank);
                p.frequency = p.frequency.max(s.frequency.to_f64());
            }
            None => {
                let mut p = Point {
                    x,
                    y,
                    ranks: Vec::new(),
                    quadrant: q,
                    frequency: s.frequency.to_f64(),
                    length: LabelLength::default(),
                };
                p.add(rank);
                points.push(p);
            }
        }
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_on_the_crosshair_go_to_their_quadrants_side() {
        // Impact 3 and satisfaction 3 on the midpoint crosshair: not high on either.
        let (x, y) = place(3.0, 3.0, (3.0, 3.0), Quadrant::LowPriority);
        assert!((x, y) == (X_LOW.1, Y_LOW.1), "{x} {y}");
        let (x, y) = place(3.0, 4.0, (3.0, 3.0), Quadrant::FixFirst);
        assert!(x < 0.5 && y > 0.5, "{x} {y}");
        // Just above a mean crosshair: high, and drawn clearly off the line.
        let (x, _) = place(3.2001, 2.0, (3.2, 3.0), Quadrant::Overkill);
        assert!(x >= X_HIGH.0, "{x}");
    }

    #[test]
    fn points_stay_off_the_frame_and_below_their_quadrants_title() {
        let (x, top) = place(5.0, 5.0, (3.0, 3.0), Quadrant::KeepUp);
        assert_eq!((x, top), (X_HIGH.1, Y_HIGH.1));
        let (x, low) = place(1.0, 1.0, (3.0, 3.0), Quadrant::LowPriority);
        assert_eq!((x, low), (X_LOW.0, Y_LOW.0));
    }

    #[test]
    fn labels_list_every_rank_with_runs_as_ranges() {
        let p = |ranks: Vec<usize>| {
            let mut p = Point {
                x: 0.0,
                y: 0.0,
                ranks: Vec::new(),
                quadrant: Quadrant::KeepUp,
                frequency: 1.0,
                length: LabelLength::default(),
            };
            for r in ranks {
                p.add(r);
            }
            p
        };
        assert_eq!(p(vec![3, 7]).label(), "3, 7");
        assert_eq!(p(vec![1, 3, 4, 5, 6, 9, 10]).label(), "1, 3–6, 9, 10");
        // The length kept as ranks are added is the label's, whatever the runs.
        for ranks in [
            vec![],
            vec![5],
            vec![8, 9],
            vec![1, 2, 3],
            vec![9, 10, 11, 12, 99, 100, 101, 1000],
            vec![3, 3, 4, 6, 7, 8, 10],
        ] {
            let p = p(ranks.clone());
            assert_eq!(p.length.chars(), p.label().chars().count(), "{ranks:?}");
        }
    }

    #[test]
    fn titles_keep_their_words_and_lose_syntax() {
        assert_eq!(title_text("Уютный дом: аудит"), "Уютный дом: аудит");
        assert_eq!(title_text("a%%{init}%%\nb;#x; \"q\""), "a init b x q");
        assert_eq!(title_text("-2+3 ???"), "-2+3 ???");
        assert_eq!(
            title_text("Уютный дом: аудит точек контакта, ноябрь 2026"),
            "Уютный дом: аудит точек контакта, ноябрь…"
        );
        assert!(title_text(&"x".repeat(100)).chars().count() <= TITLE_MAX);
    }
}
