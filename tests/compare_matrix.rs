//! The compare matrix in HTML: an arrow only for a touchpoint whose scores moved it, from its
//! old place to its new one, and no arrowhead on another bubble's number.

mod common;

use common::Env;
use scraper::{Html, Selector};
use tpaudit::model::{Audit, CrosshairMode, Scale, rank};

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("selector")
}

fn example(name: &str) -> Audit {
    tpaudit::store::templates::examples()
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, a)| a)
        .expect("the bundled example")
}

/// The example a quarter later: the satisfaction of every `step`-th touchpoint raised by one
/// point for every participant (or lowered from 5); the rest exactly as they were. With the
/// number of touchpoints ranked in both whose place on the matrix changed.
fn later(a: &Audit, step: usize) -> (Audit, usize) {
    let mut b = a.clone();
    let mut k = 0;
    for stage in &mut b.stages {
        for tp in stage.touchpoints.iter_mut() {
            k += 1;
            if k % step != 0 || tp.ratings.is_empty() || tp.not_applicable {
                continue;
            }
            for r in &mut tp.ratings {
                let s = r.get(Scale::Satisfaction).unwrap_or(3);
                r.set(Scale::Satisfaction, Some(if s == 5 { 3 } else { s + 1 }));
            }
        }
    }
    let spot = |x: &Audit| -> Vec<(String, [f64; 2])> {
        let ranking = rank(x, CrosshairMode::Midpoint);
        ranking
            .ranked
            .iter()
            .map(|r| {
                let tp = &x.stages[r.at.0].touchpoints[r.at.1];
                (
                    tp.id.clone(),
                    [r.scores.satisfaction.to_f64(), r.scores.impact.to_f64()],
                )
            })
            .collect()
    };
    let was = spot(a);
    let changed = spot(&b)
        .iter()
        .filter(|(id, now)| was.iter().any(|(w, then)| w == id && then != now))
        .count();
    assert!(changed > 2, "the later audit moves some touchpoints");
    (b, changed)
}

/// The end of each arrow and the direction it points, from its path.
fn arrows(doc: &Html) -> Vec<((f64, f64), (f64, f64))> {
    doc.select(&sel("svg.matrix path.arrow"))
        .map(|p| {
            let d = p.value().attr("d").expect("a path");
            let nums: Vec<f64> = d
                .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
                .filter(|s| !s.is_empty())
                .map(|s| s.parse().expect("a number"))
                .collect();
            assert_eq!(nums.len(), 6, "M x,y Q cx,cy ex,ey: {d}");
            ((nums[2], nums[3]), (nums[4], nums[5]))
        })
        .collect()
}

/// The box of each bubble's number: 8px a digit, baseline 5px under the centre.
fn labels(doc: &Html) -> Vec<(String, (f64, f64, f64, f64))> {
    doc.select(&sel("svg.matrix g.bubble"))
        .map(|g| {
            let t = g.select(&sel("text")).next().expect("a number");
            let rank: String = t.text().collect();
            let x: f64 = t.value().attr("x").expect("x").parse().expect("x");
            let y: f64 = t.value().attr("y").expect("y").parse().expect("y");
            let w = rank.len() as f64 * 8.0;
            (rank, (x - w / 2.0, y - 10.0, x + w / 2.0, y + 3.0))
        })
        .collect()
}

#[test]
fn only_touchpoints_whose_scores_changed_get_arrows_and_no_head_covers_a_number() {
    for (name, step) in [("example-online-store-en", 4), ("example-retail-ru", 3)] {
        let env = Env::new();
        let before = example(name);
        let (after, changed) = later(&before, step);
        env.save("before", &before);
        env.save("after", &after);
        let out = env.run(&["compare", "before", "after", "--format", "html"]);
        let doc = Html::parse_document(out.ok());
        let arrows = arrows(&doc);
        assert_eq!(
            arrows.len(),
            changed,
            "{name}: one arrow per changed touchpoint"
        );
        let labels = labels(&doc);
        for (control, end) in arrows {
            // The head: about 13px back from the tip along the direction it points.
            let (dx, dy) = (end.0 - control.0, end.1 - control.1);
            let d = dx.hypot(dy);
            for k in 0..=13 {
                let t = f64::from(k);
                let (x, y) = (end.0 - dx / d * t, end.1 - dy / d * t);
                for (rank, (x0, y0, x1, y1)) in &labels {
                    assert!(
                        !(x > *x0 && x < *x1 && y > *y0 && y < *y1),
                        "{name}: an arrowhead at ({:.1}, {:.1}) covers #{rank}",
                        end.0,
                        end.1
                    );
                }
            }
        }
    }
}

#[test]
fn an_unchanged_audit_has_no_arrows() {
    let env = Env::new();
    let a = example("example-online-store-en");
    env.save("before", &a);
    env.save("after", &a);
    let out = env.run(&["compare", "before", "after", "--format", "html"]);
    let doc = Html::parse_document(out.ok());
    assert_eq!(doc.select(&sel("svg.matrix path.arrow")).count(), 0);
}
