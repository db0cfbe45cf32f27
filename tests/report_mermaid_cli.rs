//! The Mermaid chart as Mermaid's own CLI draws it, for both bundled examples and for audits
//! of hostile names (fixed ones, and a dozen from the shared generator): it renders, there is one circle per point, every ranked touchpoint's rank
//! is in exactly one label and no two labels share a place.
//!
//! Needs `@mermaid-js/mermaid-cli` and a Chromium; set `TPAUDIT_MMDC` to the `mmdc` program
//! (and `TPAUDIT_CHROMIUM` to the browser, default `/usr/bin/chromium`). Without it the test
//! says so and passes, since the CLI is not a Rust dependency:
//!
//!     npm i @mermaid-js/mermaid-cli   # with PUPPETEER_SKIP_DOWNLOAD=1
//!     TPAUDIT_MMDC=$PWD/node_modules/.bin/mmdc cargo test --test report_mermaid_cli

mod hostile;
mod report_support;

use std::path::Path;
use std::process::Command;

use tpaudit::io::report::{Format, Options, render};
use tpaudit::model::{Audit, CrosshairMode, Lang, Rating, Stage, Touchpoint, rank};
use tpaudit::store::templates;

/// The report's Mermaid block.
fn chart(audit: &Audit) -> String {
    let doc = render(audit, Format::Md, &Options::default());
    doc.split("```mermaid\n")
        .nth(1)
        .and_then(|r| r.split("\n```").next())
        .expect("a chart")
        .to_string()
}

/// Renders every audit's chart to SVG with one run of mmdc (a Markdown file of all the charts;
/// mmdc writes one SVG per chart, in order).
fn draw(mmdc: &str, dir: &Path, audits: &[(String, Audit)]) -> Vec<String> {
    let mut doc = String::new();
    for (name, audit) in audits {
        doc.push_str(&format!(
            "# {name}\n\n```mermaid\n{}\n```\n\n",
            chart(audit)
        ));
    }
    let input = dir.join("charts.md");
    std::fs::write(&input, &doc).expect("write the charts");
    let chromium = std::env::var("TPAUDIT_CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let config = dir.join("puppeteer.json");
    std::fs::write(
        &config,
        format!(r#"{{"executablePath": "{chromium}", "args": ["--no-sandbox", "--disable-gpu"]}}"#),
    )
    .expect("write the browser config");
    let out = Command::new(mmdc)
        .arg("-p")
        .arg(&config)
        .arg("-i")
        .arg(&input)
        .arg("-o")
        .arg(dir.join("drawn.md"))
        .output()
        .expect("mmdc runs");
    assert!(
        out.status.success(),
        "mmdc failed: {}\n{doc}",
        String::from_utf8_lossy(&out.stderr)
    );
    (1..=audits.len())
        .map(|i| {
            std::fs::read_to_string(dir.join(format!("drawn-{i}.svg")))
                .unwrap_or_else(|e| panic!("chart {i} ({}) was not drawn: {e}", audits[i - 1].0))
        })
        .collect()
}

/// The point labels of the SVG: (text, x, y), read from the 12-pixel labels Mermaid draws.
fn labels(svg: &str) -> Vec<(String, String)> {
    svg.split("<text ")
        .skip(1)
        .filter(|t| t.contains("font-size=\"12\""))
        .filter_map(|t| {
            let at = t.split("translate(").nth(1)?.split(')').next()?.to_string();
            let text = t.split('>').nth(1)?.split('<').next()?.to_string();
            Some((text, at))
        })
        .collect()
}

/// The most touchpoints a chart shows.
const CHARTED: usize = 30;

fn check(name: &str, audit: &Audit, svg: &str) {
    let labels = labels(svg);
    let points = render(audit, Format::Md, &Options::default())
        .lines()
        .filter(|l| l.starts_with("    \""))
        .count();
    assert_eq!(svg.matches("<circle").count(), points, "{name}: circles");
    assert_eq!(labels.len(), points, "{name}: labels {labels:?}");
    let ranks = report_support::ranks_of_labels(labels.iter().map(|(t, _)| t.as_str()));
    // A long list is charted to its top thirty (the note under the chart says so).
    let ranked = rank(audit, CrosshairMode::Midpoint).ranked.len();
    let expected: Vec<usize> = (1..=ranked.min(CHARTED)).collect();
    assert_eq!(ranks, expected, "{name}: every charted rank once");
    for (i, (_, at)) in labels.iter().enumerate() {
        assert!(
            labels[..i].iter().all(|(_, b)| b != at),
            "{name}: two labels at {at}"
        );
    }
}

fn hostile_names() -> Audit {
    let mut a = Audit::new("h", Lang::En, jiff::Timestamp::UNIX_EPOCH);
    a.title = "Title: x-axis; %%{init}%% \"quoted\" #35; quadrant-1".into();
    let names = [
        "x-axis Low --> High",
        "y-axis a",
        "quadrant-1 Top",
        "classDef red color: #ff0000",
        "Title page of the catalogue",
        "%% comment",
        "a; b",
        "\": [0.5, 0.5]",
        "-2+3",
        "???",
    ];
    let mut s = Stage::new("s", "accTitle: stage");
    for (k, n) in names.iter().enumerate() {
        let mut tp = Touchpoint::new(format!("t{k}"), *n);
        let v = |d: usize| u8::try_from(1 + (k + d) % 5).expect("a score");
        tp.ratings.push(Rating {
            participant: "p1".into(),
            frequency: Some(v(0)),
            impact: Some(v(2)),
            satisfaction: Some(v(4)),
        });
        s.touchpoints.push(tp.into());
    }
    a.stages.push(s);
    a
}

/// Audits of random hostile names and scores (the shared generator), drawn from a fixed seed.
fn generated(n: usize) -> Vec<(String, Audit)> {
    use proptest::prelude::*;
    use proptest::strategy::ValueTree;
    let tp = (hostile::name(), 1u8..=5, 1u8..=5, 1u8..=5);
    let strategy = (
        hostile::name(),
        prop::collection::vec((hostile::name(), prop::collection::vec(tp, 1..8)), 1..4),
    );
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    (0..n)
        .map(|i| {
            let (title, stages) = strategy.new_tree(&mut runner).expect("a value").current();
            let mut a = Audit::new("g", Lang::Ru, jiff::Timestamp::UNIX_EPOCH);
            a.title = title;
            for (si, (sname, tps)) in stages.into_iter().enumerate() {
                let mut s = Stage::new(format!("s{si}"), sname);
                for (ti, (tname, f, im, sat)) in tps.into_iter().enumerate() {
                    let mut tp = Touchpoint::new(format!("t{si}-{ti}"), tname);
                    tp.ratings.push(Rating {
                        participant: "p1".into(),
                        frequency: Some(f),
                        impact: Some(im),
                        satisfaction: Some(sat),
                    });
                    s.touchpoints.push(tp.into());
                }
                a.stages.push(s);
            }
            (format!("generated {i}"), a)
        })
        .collect()
}

#[test]
fn mermaid_cli_draws_every_rank_once_for_the_examples_and_hostile_names() {
    let Ok(mmdc) = std::env::var("TPAUDIT_MMDC") else {
        eprintln!("TPAUDIT_MMDC is not set: mermaid-cli rendering not checked");
        return;
    };
    let dir = tempfile::tempdir().expect("a temp dir");
    let mut audits = templates::examples();
    audits.push(("hostile".into(), hostile_names()));
    audits.extend(generated(12));
    let svgs = draw(&mmdc, dir.path(), &audits);
    for ((name, audit), svg) in audits.iter().zip(&svgs) {
        check(name, audit, svg);
    }
}

#[test]
fn mermaid_cli_draws_thirty_and_the_top_thirty_of_a_hundred_readably() {
    let Ok(mmdc) = std::env::var("TPAUDIT_MMDC") else {
        eprintln!("TPAUDIT_MMDC is not set: mermaid-cli rendering not checked");
        return;
    };
    let dir = tempfile::tempdir().expect("a temp dir");
    let audits = vec![
        (
            "30 touchpoints".to_string(),
            report_support::many(30, Lang::En),
        ),
        (
            "100 touchpoints".to_string(),
            report_support::many(100, Lang::En),
        ),
    ];
    let svgs = draw(&mmdc, dir.path(), &audits);
    for ((name, audit), svg) in audits.iter().zip(&svgs) {
        check(name, audit, svg);
    }
}
