//! The HTML matrix never lies: every bubble is drawn inside its own quadrant (a point on the
//! crosshair on the side the method puts it), no bubble hides another's number, and no bubble
//! covers a quadrant's title; on both bundled examples and on generated audits of 30 and 100
//! touchpoints, with either crosshair.

mod hostile;
mod report_support;

use report_support::*;
use scraper::{ElementRef, Html, Selector};
use tpaudit::io::report::{Format, Options, render};
use tpaudit::model::{Audit, CrosshairMode, Lang};

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("selector")
}

fn num(e: ElementRef, attr: &str) -> f64 {
    e.value()
        .attr(attr)
        .and_then(|v| v.parse().ok())
        .unwrap_or_else(|| panic!("{attr} of {:?}", e.value()))
}

type Box4 = (f64, f64, f64, f64);

fn boxes_overlap(a: Box4, b: Box4) -> bool {
    a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
}

fn circle_hits_box((x, y, r): (f64, f64, f64), b: Box4) -> bool {
    let (nx, ny) = (x.clamp(b.0, b.2), y.clamp(b.1, b.3));
    (x - nx).hypot(y - ny) < r
}

struct Bubble {
    rank: String,
    quadrant: String,
    x: f64,
    y: f64,
    r: f64,
    /// The number's box (13px bold digits, baseline 5px under the centre).
    label: Box4,
}

fn check(page: &str, what: &str) {
    let doc = Html::parse_document(page);
    let svg = doc.select(&sel("svg#matrix")).next().expect("matrix");
    let lines: Vec<ElementRef> = svg.select(&sel("g.crosshair line")).collect();
    let cx = num(lines[0], "x1");
    let cy = num(lines[1], "y1");
    let bubbles: Vec<Bubble> = svg
        .select(&sel("g.bubble"))
        .map(|g| {
            let c = g.select(&sel("circle")).next().expect("circle");
            let t = g.select(&sel("text")).next().expect("number");
            let rank: String = t.text().collect();
            let (x, y, r) = (num(c, "cx"), num(c, "cy"), num(c, "r"));
            let (tx, ty) = (num(t, "x"), num(t, "y"));
            let w = rank.chars().count() as f64 * 8.0;
            let class = g.value().attr("class").expect("class");
            let quadrant = class
                .split(' ')
                .find_map(|c| c.strip_prefix("q-"))
                .expect("quadrant class")
                .to_string();
            Bubble {
                rank,
                quadrant,
                x,
                y,
                r,
                label: (tx - w / 2.0, ty - 10.0, tx + w / 2.0, ty + 3.0),
            }
        })
        .collect();
    assert!(!bubbles.is_empty(), "{what}: no bubbles");
    for b in &bubbles {
        // Inside its own quadrant, clear of both lines.
        let (right, below) = match b.quadrant.as_str() {
            "fix_first" => (false, false),
            "keep_up" => (true, false),
            "low_priority" => (false, true),
            "overkill" => (true, true),
            q => panic!("unknown quadrant {q}"),
        };
        let ok_x = if right {
            b.x - b.r >= cx
        } else {
            b.x + b.r <= cx
        };
        let ok_y = if below {
            b.y - b.r >= cy
        } else {
            b.y + b.r <= cy
        };
        assert!(
            ok_x && ok_y,
            "{what}: #{} ({}) at ({:.1}, {:.1}) r {:.1} is not inside its quadrant (crosshair {cx:.1}, {cy:.1})",
            b.rank,
            b.quadrant,
            b.x,
            b.y,
            b.r
        );
        // Its number fits in it.
        let l = b.label;
        for (px, py) in [(l.0, l.1), (l.2, l.1), (l.0, l.3), (l.2, l.3)] {
            assert!(
                (px - b.x).hypot(py - b.y) <= b.r + 0.5,
                "{what}: #{}'s number sticks out",
                b.rank
            );
        }
    }
    for (i, a) in bubbles.iter().enumerate() {
        for b in &bubbles[i + 1..] {
            assert!(
                !boxes_overlap(a.label, b.label),
                "{what}: the numbers of #{} and #{} overlap",
                a.rank,
                b.rank
            );
            assert!(
                !circle_hits_box((b.x, b.y, b.r), a.label)
                    && !circle_hits_box((a.x, a.y, a.r), b.label),
                "{what}: #{} and #{} cover each other's number",
                a.rank,
                b.rank
            );
        }
    }
    // Quadrant titles are never covered.
    for t in svg.select(&sel("text.quadrant-name")) {
        let name: String = t.text().collect();
        let w = name.chars().count() as f64 * 9.0;
        let (x, y) = (num(t, "x"), num(t, "y"));
        let x0 = if t.value().attr("text-anchor") == Some("end") {
            x - w
        } else {
            x
        };
        let title = (x0, y - 13.0, x0 + w, y + 3.0);
        for b in &bubbles {
            assert!(
                !circle_hits_box((b.x, b.y, b.r), title),
                "{what}: #{} covers the title {name:?}",
                b.rank
            );
        }
    }
}

fn pages(a: &Audit) -> Vec<(String, String)> {
    [CrosshairMode::Midpoint, CrosshairMode::DataMean]
        .into_iter()
        .map(|c| {
            let opts = Options {
                crosshair: c,
                ..options()
            };
            (format!("{c:?}"), render(a, Format::Html, &opts))
        })
        .collect()
}

/// `n` touchpoints rated by three participants from a fixed pseudo-random sequence; every
/// seventh sits exactly on the midpoint crosshair, and many share a spot.
pub fn generated(n: usize, lang: Lang) -> Audit {
    let mut next = scores_from(0x9e37_79b9_7f4a_7c15 ^ n as u64);
    let mut stages = Vec::new();
    for s in 0..(n / 10).max(1) {
        let mut tps = Vec::new();
        for t in 0..10.min(n - s * 10) {
            let k = s * 10 + t;
            let ratings: Vec<[u8; 3]> = if k % 7 == 0 {
                vec![[next(5), 3, 3]; 3]
            } else if k % 3 == 0 {
                vec![[next(5), next(5), next(5)]]
            } else {
                (0..3).map(|_| [next(5), next(5), next(5)]).collect()
            };
            tps.push(tp(&format!("t{k}"), &format!("Touchpoint {k}"), &ratings));
        }
        stages.push((format!("Stage {s}"), tps));
    }
    audit_named(lang, &["A", "B", "C"], stages)
}

#[test]
fn the_bundled_examples_draw_every_bubble_in_its_quadrant_and_readable() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("audits/examples");
    for e in std::fs::read_dir(dir).expect("examples") {
        let path = e.expect("entry").path();
        // The folder also holds the exports that go with an example.
        if path.extension().is_none_or(|x| x != "ron") {
            continue;
        }
        let audit = tpaudit::store::load(&path).expect("loads");
        for (c, page) in pages(&audit) {
            check(&page, &format!("{} ({c})", path.display()));
        }
    }
}

#[test]
fn thirty_and_a_hundred_touchpoints_draw_every_bubble_in_its_quadrant_and_readable() {
    for n in [30, 100] {
        for lang in [Lang::En, Lang::Ru] {
            let audit = generated(n, lang);
            for (c, page) in pages(&audit) {
                check(&page, &format!("{n} touchpoints, {lang:?} ({c})"));
            }
        }
    }
}

#[test]
fn the_sample_puts_a_point_on_the_crosshair_on_its_side() {
    // Chat: satisfaction exactly 3 is not above the midpoint: drawn left of the line.
    for (c, page) in pages(&sample(Lang::En)) {
        check(&page, &format!("sample ({c})"));
    }
}

/// One touchpoint of a bubble, as its tooltip line gives it: rank, impact, satisfaction.
struct Held {
    rank: usize,
    impact: f64,
    satisfaction: f64,
}

/// A bubble of an English matrix: its centre, the text of its number, the ranks it says it
/// holds, and the touchpoints its tooltip lists.
struct Drawn {
    x: f64,
    y: f64,
    label: String,
    ranks: Vec<usize>,
    held: Vec<Held>,
}

/// A tooltip line: `13. Touchpoint 12 — F 2, I 3, S 1, Priority 8`.
fn held(line: &str) -> Held {
    let (head, scores) = line.split_once(" — ").expect("name and scores");
    let rank = head.split_once('.').expect("rank").0.parse().expect("rank");
    let value = |letter: &str| -> f64 {
        scores
            .split(", ")
            .find_map(|f| f.strip_prefix(letter))
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{letter} in {line:?}"))
    };
    Held {
        rank,
        impact: value("I "),
        satisfaction: value("S "),
    }
}

fn drawn(page: &str) -> Vec<Drawn> {
    let doc = Html::parse_document(page);
    let svg = doc.select(&sel("svg#matrix")).next().expect("matrix");
    svg.select(&sel("g.bubble"))
        .map(|g| {
            let c = g.select(&sel("circle")).next().expect("circle");
            let title: String = g
                .select(&sel("title"))
                .next()
                .expect("title")
                .text()
                .collect();
            let ranks = match g.value().attr("data-ranks") {
                Some(all) => all.split(' ').map(|r| r.parse().expect("rank")).collect(),
                None => vec![num(g, "data-rank") as usize],
            };
            Drawn {
                x: num(c, "cx"),
                y: num(c, "cy"),
                label: g
                    .select(&sel("text"))
                    .next()
                    .expect("number")
                    .text()
                    .collect(),
                ranks,
                held: title.lines().map(held).collect(),
            }
        })
        .collect()
}

/// Pixels per scale point of the matrix (its plot is 550 × 430 px for five points).
const PER_POINT_X: f64 = 110.0;
const PER_POINT_Y: f64 = 86.0;

/// Where a score puts a bubble's centre.
fn home(h: &Held) -> (f64, f64) {
    (
        70.0 + (h.satisfaction - 0.5) * PER_POINT_X,
        470.0 - (h.impact - 0.5) * PER_POINT_Y,
    )
}

/// No touchpoint is drawn past one with a different score on either axis, nor more than half
/// a scale point from its scores (tooltips round scores to 0.1, coordinates to 0.1 px).
fn check_order(bubbles: &[Drawn], what: &str) {
    let slack = 0.05;
    for a in bubbles {
        for h in &a.held {
            let (hx, hy) = home(h);
            assert!(
                (a.x - hx).abs() <= (0.5 + slack) * PER_POINT_X
                    && (a.y - hy).abs() <= (0.5 + slack) * PER_POINT_Y,
                "{what}: #{} drawn at ({:.1}, {:.1}), more than half a point from ({hx:.1}, {hy:.1})",
                h.rank,
                a.x,
                a.y
            );
            for b in bubbles {
                for k in &b.held {
                    if h.satisfaction < k.satisfaction {
                        assert!(
                            a.x <= b.x + 0.1,
                            "{what}: #{} drawn right of #{}",
                            h.rank,
                            k.rank
                        );
                    }
                    if h.impact < k.impact {
                        assert!(
                            a.y >= b.y - 0.1,
                            "{what}: #{} drawn above #{}",
                            h.rank,
                            k.rank
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn a_hundred_touchpoints_keep_the_order_of_their_scores_within_half_a_point() {
    for n in [30, 100] {
        for (c, page) in pages(&generated(n, Lang::En)) {
            check_order(&drawn(&page), &format!("{n} touchpoints ({c})"));
        }
    }
}

/// A hundred touchpoints crowded into the two left columns (satisfaction 1 and 1⅓) at impact
/// 1, 2 and 3, as in the audit where a touchpoint of impact 3 was drawn below impact 2.
fn crowded_corner() -> Audit {
    let tps: Vec<_> = (0..100u8)
        .map(|k| {
            let (f, i) = (k % 5 + 1, if k == 12 { 3 } else { k % 3 + 1 });
            let s2 = if k % 2 == 0 || k == 12 { 1 } else { 2 };
            let ratings = [[f, i, 1], [f, i, 1], [f, i, s2]];
            tp(&format!("t{k}"), &format!("Touchpoint {k}"), &ratings)
        })
        .collect();
    audit_named(Lang::En, &["A", "B", "C"], vec![("Stage".into(), tps)])
}

/// The case of the report: at a hundred touchpoints a touchpoint of impact 3 and satisfaction
/// 1 was drawn below touchpoints of impact 2.
#[test]
fn at_a_hundred_touchpoints_impact_three_at_satisfaction_one_is_never_below_impact_two() {
    for (c, page) in pages(&crowded_corner()) {
        let bubbles = drawn(&page);
        let of = |pred: &dyn Fn(&Held) -> bool| -> Vec<&Drawn> {
            bubbles.iter().filter(|b| b.held.iter().any(pred)).collect()
        };
        let corner = of(&|h| h.impact == 3.0 && h.satisfaction == 1.0);
        let lower = of(&|h| h.impact == 2.0);
        assert!(
            !corner.is_empty() && !lower.is_empty(),
            "{c}: the case is in the audit"
        );
        for a in &corner {
            for b in &lower {
                assert!(
                    a.y <= b.y,
                    "{c}: impact 3 at y {} below impact 2 at y {}",
                    a.y,
                    b.y
                );
            }
        }
        check_order(&bubbles, &format!("the crowded corner ({c})"));
        check(&page, &format!("the crowded corner ({c})"));
    }
}

#[test]
fn a_shared_bubble_names_every_touchpoint_it_holds_and_every_touchpoint_is_on_the_matrix() {
    for (c, page) in pages(&generated(100, Lang::En)) {
        let bubbles = drawn(&page);
        let mut all: Vec<usize> = Vec::new();
        for b in &bubbles {
            let mut ranks = b.ranks.clone();
            ranks.sort_unstable();
            let listed: Vec<usize> = b.held.iter().map(|h| h.rank).collect();
            assert_eq!(
                listed, ranks,
                "{c}: the tooltip lists every rank of {:?}",
                b.label
            );
            let expected = match ranks.as_slice() {
                [one] => one.to_string(),
                [a, b] => format!("{a},{b}"),
                [best, others @ ..] => format!("{best}+{}", others.len()),
                [] => panic!("{c}: an empty bubble"),
            };
            assert_eq!(b.label, expected, "{c}: the label of {ranks:?}");
            all.extend(ranks);
        }
        all.sort_unstable();
        assert_eq!(
            all,
            (1..=100).collect::<Vec<_>>(),
            "{c}: every touchpoint once"
        );
        assert!(
            bubbles.iter().any(|b| b.ranks.len() > 2),
            "{c}: the crowded spot at S 3, I 3 shares a bubble"
        );
    }
}
