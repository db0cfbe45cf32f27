//! The Mermaid chart as Mermaid's own CLI draws it, for both bundled examples and for audits
//! of hostile names: it renders, there is one circle per point, every ranked touchpoint's rank
//! is in exactly one label and no two labels share a place.
//!
//! Needs `@mermaid-js/mermaid-cli` and a Chromium; set `TPAUDIT_MMDC` to the `mmdc` program
//! (and `TPAUDIT_CHROMIUM` to the browser, default `/usr/bin/chromium`). Without it the test
//! says so and passes, since the CLI is not a Rust dependency:
//!
//!     npm i @mermaid-js/mermaid-cli   # with PUPPETEER_SKIP_DOWNLOAD=1
//!     TPAUDIT_MMDC=$PWD/node_modules/.bin/mmdc cargo test --test report_mermaid_cli

use std::path::Path;
use std::process::Command;

use tpaudit::io::report::{Format, Options, render};
use tpaudit::model::{Audit, CrosshairMode, Lang, Rating, Stage, Touchpoint, rank};
use tpaudit::store::templates;

/// Renders the report's chart to SVG with mmdc.
fn draw(mmdc: &str, dir: &Path, name: &str, audit: &Audit) -> String {
    let doc = render(audit, Format::Md, &Options::default());
    let chart = doc
        .split("```mermaid\n")
        .nth(1)
        .and_then(|r| r.split("\n```").next())
        .expect("a chart");
    let input = dir.join(format!("{name}.mmd"));
    let output = dir.join(format!("{name}.svg"));
    std::fs::write(&input, chart).expect("write the chart");
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
        .arg(&output)
        .output()
        .expect("mmdc runs");
    assert!(
        out.status.success(),
        "{name}: mmdc failed: {}\n{chart}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(&output).expect("the SVG")
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

fn check(mmdc: &str, dir: &Path, name: &str, audit: &Audit) {
    let svg = draw(mmdc, dir, name, audit);
    let labels = labels(&svg);
    let points = render(audit, Format::Md, &Options::default())
        .lines()
        .filter(|l| l.starts_with("    \""))
        .count();
    assert_eq!(svg.matches("<circle").count(), points, "{name}: circles");
    assert_eq!(labels.len(), points, "{name}: labels {labels:?}");
    let mut ranks: Vec<usize> = labels
        .iter()
        .flat_map(|(t, _)| t.split(", "))
        .flat_map(|part| match part.split_once('–') {
            Some((a, b)) => {
                let (a, b): (usize, usize) =
                    (a.parse().expect("a rank"), b.parse().expect("a rank"));
                (a..=b).collect::<Vec<_>>()
            }
            None => vec![part.parse::<usize>().expect("a rank")],
        })
        .collect();
    ranks.sort_unstable();
    let expected: Vec<usize> = (1..=rank(audit, CrosshairMode::Midpoint).ranked.len()).collect();
    assert_eq!(ranks, expected, "{name}: every rank once");
    for (i, (_, at)) in labels.iter().enumerate() {
        assert!(
            labels[..i].iter().all(|(_, b)| b != at),
            "{name}: two labels at {at}"
        );
    }
}

fn hostile() -> Audit {
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
        s.touchpoints.push(tp);
    }
    a.stages.push(s);
    a
}

#[test]
fn mermaid_cli_draws_every_rank_once_for_the_examples_and_hostile_names() {
    let Ok(mmdc) = std::env::var("TPAUDIT_MMDC") else {
        eprintln!("TPAUDIT_MMDC is not set: mermaid-cli rendering not checked");
        return;
    };
    let dir = tempfile::tempdir().expect("a temp dir");
    for (name, audit) in templates::examples() {
        check(&mmdc, dir.path(), &name, &audit);
    }
    check(&mmdc, dir.path(), "hostile", &hostile());
}
