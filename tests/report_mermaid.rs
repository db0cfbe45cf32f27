//! The Markdown report's Mermaid chart never breaks and always reads, whatever the names:
//! points are labelled by rank, one point per spot listing every rank on it, each inside its
//! own quadrant (a score on the crosshair too) and below the quadrant titles, and no line of
//! the chart can start with a Mermaid keyword or open a quote it does not close.

mod hostile;
mod report_support;

use proptest::prelude::*;
use tpaudit::io::report::{Format, Options, render};
use tpaudit::model::{Audit, CrosshairMode, Lang, Quadrant, Rating, Stage, Touchpoint, rank};

/// Names that have broken Mermaid charts: keywords at the start or inside a label, comments,
/// directives, statement separators.
const KEYWORDS: &[&str] = &[
    "x-axis Low --> High",
    "y-axis a",
    "quadrant-1 Top",
    "quadrant-4",
    "classDef red color: #ff0000",
    "Title page of the catalogue",
    "title",
    "accTitle: x",
    "accDescr { y }",
    "%%{init: {\"theme\": \"dark\"}}%%",
    "%% comment",
    "a; b",
    "#quot;",
    "-2+3",
    "???",
    ":::cls",
    "\": [0.5, 0.5]",
    "quadrantChart",
    "---",
];

fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => hostile::name(),
        2 => proptest::sample::select(KEYWORDS).prop_map(str::to_string),
        1 => (proptest::sample::select(KEYWORDS), hostile::name()).prop_map(|(k, n)| format!("{n}\n{k}")),
    ]
}

fn audit() -> impl Strategy<Value = Audit> {
    let scores = (1u8..=5, 1u8..=5, 1u8..=5);
    (
        name(),
        prop::collection::vec(
            (name(), prop::collection::vec((name(), scores), 1..10)),
            1..4,
        ),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(title, stages, ru, clumped)| {
            let lang = if ru { Lang::Ru } else { Lang::En };
            let mut a = Audit::new("m", lang, jiff::Timestamp::UNIX_EPOCH);
            a.title = title;
            let mut k = 0;
            for (si, (sname, tps)) in stages.into_iter().enumerate() {
                let mut stage = Stage::new(format!("s{si}"), sname);
                for (tname, (f, i, s)) in tps {
                    k += 1;
                    let mut tp = Touchpoint::new(format!("t{k}"), tname);
                    // Clumped audits put many touchpoints on a few spots, the crosshair's too.
                    let (i, s) = if clumped {
                        (3 + i % 2, 2 + s % 2)
                    } else {
                        (i, s)
                    };
                    tp.ratings.push(Rating {
                        participant: "p1".into(),
                        frequency: Some(f),
                        impact: Some(i),
                        satisfaction: Some(s),
                    });
                    stage.touchpoints.push(tp.into());
                }
                a.stages.push(stage);
            }
            a
        })
}

/// The lines of the report's Mermaid block.
fn chart(doc: &str) -> Vec<String> {
    doc.split("```mermaid\n")
        .nth(1)
        .and_then(|r| r.split("\n```").next())
        .expect("a mermaid block")
        .lines()
        .map(str::to_string)
        .collect()
}

/// The ranks of a label such as `1, 3–5, 9`.
fn ranks(label: &str) -> Option<Vec<usize>> {
    let mut out = Vec::new();
    for part in label.split(", ") {
        match part.split_once('–') {
            Some((a, b)) => {
                let (a, b): (usize, usize) = (a.parse().ok()?, b.parse().ok()?);
                if b < a + 2 {
                    return None;
                }
                out.extend(a..=b);
            }
            None => out.push(part.parse().ok()?),
        }
    }
    Some(out)
}

/// A point line: its ranks, x and y.
fn point(line: &str) -> Option<(Vec<usize>, f64, f64)> {
    let rest = line.strip_prefix("    \"")?;
    let (label, rest) = rest.split_once("\": [")?;
    let (xy, style) = rest.split_once("] ")?;
    let (x, y) = xy.split_once(", ")?;
    let coord = |s: &str| {
        (s == "0"
            || s == "1"
            || (s.starts_with("0.") && s[2..].chars().all(|c| c.is_ascii_digit())))
        .then(|| s.parse::<f64>().ok())
        .flatten()
    };
    let style_ok = style
        .strip_prefix("radius: ")
        .and_then(|r| r.split_once(", color: #"))
        .is_some_and(|(r, c)| {
            r.parse::<u32>().is_ok() && c.len() == 6 && c.chars().all(|c| c.is_ascii_hexdigit())
        });
    if !style_ok {
        return None;
    }
    let ranks = ranks(label)?;
    Some((ranks, coord(x)?, coord(y)?))
}

fn check(a: &Audit, mode: CrosshairMode) -> Result<(), TestCaseError> {
    let doc = render(
        a,
        Format::Md,
        &Options {
            crosshair: mode,
            ..Options::default()
        },
    );
    let lines = chart(&doc);
    prop_assert_eq!(
        &lines[0],
        r#"%%{init: {"quadrantChart": {"pointTextPadding": 15}}}%%"#
    );
    let lines = &lines[1..];
    prop_assert_eq!(&lines[0], "quadrantChart");
    let title = &lines[1];
    prop_assert!(title.starts_with("    title "), "{}", title);
    for bad in ["%%", ";", "#", "\"", "{", "}", "<", ">", "`"] {
        prop_assert!(!title.contains(bad), "title {:?} holds {:?}", title, bad);
    }
    let fixed = [
        "    x-axis ",
        "    y-axis ",
        "    quadrant-1 ",
        "    quadrant-2 ",
        "    quadrant-3 ",
        "    quadrant-4 ",
    ];
    for (line, start) in lines[2..8].iter().zip(fixed) {
        prop_assert!(line.starts_with(start), "{:?}", line);
    }
    let ranking = rank(a, mode);
    let mut seen: Vec<usize> = Vec::new();
    let mut spots: Vec<(f64, f64)> = Vec::new();
    for line in &lines[8..] {
        let (ranks, x, y) = point(line)
            .ok_or_else(|| TestCaseError::fail(format!("not a point line: {line:?}")))?;
        // Points near enough to cover each other are one point: no two circles overlap.
        prop_assert!(
            !spots
                .iter()
                .any(|&(a, b)| (a - x).abs() < 0.0395 && (b - y).abs() < 0.096),
            "points crowd each other at {} {}: {:?}",
            x,
            y,
            spots
        );
        spots.push((x, y));
        for r in ranks {
            let ranked = &ranking.ranked[r - 1];
            prop_assert_eq!(ranked.rank, r);
            let (impact_high, sat_high) = match ranked.quadrant {
                Quadrant::KeepUp => (true, true),
                Quadrant::FixFirst => (true, false),
                Quadrant::Overkill => (false, true),
                Quadrant::LowPriority => (false, false),
            };
            prop_assert_eq!(x > 0.5, sat_high, "rank {} at x {}", r, x);
            prop_assert!(x != 0.5 && y != 0.5, "rank {} on the crosshair", r);
            prop_assert_eq!(y > 0.5, impact_high, "rank {} at y {}", r, y);
            // Below the quadrant titles, which Mermaid writes at each quadrant's top.
            prop_assert!(
                if impact_high { y <= 0.901 } else { y <= 0.401 },
                "rank {} at y {}",
                r,
                y
            );
            // Off the frame, so no point is cut in half.
            prop_assert!(
                (0.069..=0.931).contains(&x) && y >= 0.039,
                "rank {} at {} {}",
                r,
                x,
                y
            );
            seen.push(r);
        }
    }
    seen.sort_unstable();
    let expected: Vec<usize> = (1..=ranking.ranked.len()).collect();
    prop_assert_eq!(seen, expected);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]
    #[test]
    fn the_chart_holds_whatever_the_names(a in audit(), mean in any::<bool>()) {
        let mode = if mean { CrosshairMode::DataMean } else { CrosshairMode::Midpoint };
        check(&a, mode)?;
    }
}

#[test]
fn touchpoints_on_one_spot_share_a_point_listing_their_ranks() {
    let mut a = Audit::new("m", Lang::En, jiff::Timestamp::UNIX_EPOCH);
    let mut s = Stage::new("s", "S");
    for (k, (f, i, sat)) in [(5, 5, 1), (3, 2, 4), (2, 5, 1), (4, 3, 3)]
        .into_iter()
        .enumerate()
    {
        let mut tp = Touchpoint::new(format!("t{k}"), format!("Title page {k}"));
        tp.ratings.push(Rating {
            participant: "p1".into(),
            frequency: Some(f),
            impact: Some(i),
            satisfaction: Some(sat),
        });
        s.touchpoints.push(tp.into());
    }
    a.stages.push(s);
    let lines = chart(&render(&a, Format::Md, &Options::default()));
    let points: Vec<&String> = lines.iter().filter(|l| l.starts_with("    \"")).collect();
    assert_eq!(points.len(), 3, "{lines:#?}");
    assert!(
        points[0].starts_with("    \"1, 2\": [0.07, 0.9] radius: 13, color: #"),
        "{lines:#?}"
    );
    // Impact 3 and satisfaction 3 sit on the crosshair: low priority, drawn inside it.
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("    \"3\": [0.46, 0.4]")),
        "{lines:#?}"
    );
    assert_eq!(
        lines.iter().filter(|l| l.contains("itle")).count(),
        1,
        "only the chart title"
    );
}

/// The ranks a chart's point labels list, runs (`3–6`) written out.
fn charted_ranks(md: &str) -> Vec<usize> {
    report_support::ranks_of_labels(
        md.lines()
            .filter_map(|l| l.strip_prefix("    \"")?.split('"').next()),
    )
}

/// Up to thirty touchpoints the chart shows them all; beyond, the top thirty, and a note
/// under the chart says so in the audit's language.
#[test]
fn a_long_list_is_charted_to_its_top_thirty_and_the_note_says_so() {
    for lang in [Lang::En, Lang::Ru] {
        let md30 = render(
            &report_support::many(30, lang),
            Format::Md,
            &Options::default(),
        );
        assert_eq!(charted_ranks(&md30), (1..=30).collect::<Vec<_>>());
        assert!(
            !md30.contains("top 30") && !md30.contains("первые 30"),
            "{md30}"
        );
        let md100 = render(
            &report_support::many(100, lang),
            Format::Md,
            &Options::default(),
        );
        assert_eq!(charted_ranks(&md100), (1..=30).collect::<Vec<_>>());
        let note = match lang {
            Lang::En => "The chart shows the top 30 of the 100 ranked touchpoints",
            Lang::Ru => "На диаграмме первые 30 из 100 точек контакта",
        };
        let chart_end = md100.find("```\n\n").expect("the chart's end");
        assert!(
            md100[chart_end..]
                .trim_start_matches("```\n\n")
                .starts_with(note),
            "{md100}"
        );
    }
}
