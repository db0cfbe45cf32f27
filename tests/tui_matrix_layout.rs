//! The terminal matrix never lies: rendered into a buffer and read back, every touchpoint's
//! mark lies inside the quadrant the method puts it in (never on the crosshair's lines), every
//! ranked touchpoint's rank can be found (listed, or counted in a `3+2` mark of its quadrant),
//! no label runs into another, and the four quadrant titles are whole. On both bundled
//! examples and generated audits of 30 and 100 touchpoints (many on one spot, many exactly on
//! the crosshair), at 80×24, 100×30 and 160×45, with either crosshair, with and without the
//! old positions of a re-audit.

mod hostile;
mod report_support;
mod views_support;

use std::collections::HashMap;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use report_support::{audit_named, scores_from, tp};
use tpaudit::app::matrix_nav::MatrixState;
use tpaudit::i18n::common::{quadrant_name, quadrant_short};
use tpaudit::model::compare::Point;
use tpaudit::model::{Audit, CrosshairMode, Frac, Lang, Quadrant, Ranking, Scores, rank};
use tpaudit::ui::Theme;
use tpaudit::ui::widgets::matrix::{FREQUENCY_GLYPHS, MatrixView, glyph};
use views_support::{find_in, render, text};

const SIZES: [(u16, u16); 3] = [(80, 24), (100, 30), (160, 45)];
const MODES: [CrosshairMode; 2] = [CrosshairMode::Midpoint, CrosshairMode::DataMean];

fn sym(buf: &Buffer, x: u16, y: u16) -> &str {
    buf[(x, y)].symbol()
}

/// The plot's cells and the crosshair, read from the drawing: the x axis (`└` and its run of
/// `─`, ticks and `┴`), then the column of most `│` and the row of most `─` inside it.
struct Plot {
    cells: Rect,
    cross: (u16, u16),
}

fn plot(buf: &Buffer) -> Plot {
    let h = buf.area.height;
    let axis = (1..h).find(|&y| sym(buf, 1, y) == "└").expect("the x axis");
    let mut right = 2;
    while right < buf.area.width && "─┴12345".contains(sym(buf, right, axis)) {
        right += 1;
    }
    let cells = Rect::new(2, 1, right - 2, axis - 1);
    let count = |cells: &mut dyn Iterator<Item = (u16, u16)>, line: &str| {
        cells
            .filter(|&(x, y)| [line, "┼"].contains(&sym(buf, x, y)))
            .count()
    };
    let cx = (cells.left()..cells.right())
        .max_by_key(|&x| count(&mut (cells.top()..cells.bottom()).map(|y| (x, y)), "│"))
        .expect("a column");
    let cy = (cells.top()..cells.bottom())
        .max_by_key(|&y| count(&mut (cells.left()..cells.right()).map(|x| (x, y)), "─"))
        .expect("a row");
    Plot {
        cells,
        cross: (cx, cy),
    }
}

impl Plot {
    fn region(&self, q: Quadrant) -> Rect {
        let c = self.cells;
        let (cx, cy) = self.cross;
        let (x0, x1) = match q {
            Quadrant::FixFirst | Quadrant::LowPriority => (c.x, cx),
            _ => (cx + 1, c.right()),
        };
        let (y0, y1) = match q {
            Quadrant::FixFirst | Quadrant::KeepUp => (c.y, cy),
            _ => (cy + 1, c.bottom()),
        };
        Rect::new(x0, y0, x1 - x0, y1 - y0)
    }

    fn quadrant_of(&self, x: u16, y: u16) -> Option<Quadrant> {
        Quadrant::ALL.into_iter().find(|&q| {
            let r = self.region(q);
            x >= r.x && x < r.right() && y >= r.y && y < r.bottom()
        })
    }
}

/// A mark read back: its cells, its glyph, the ranks it lists and how many more it counts.
#[derive(Debug)]
struct Found {
    y: u16,
    from: u16,
    to: u16,
    glyph: String,
    ranks: Vec<usize>,
    more: usize,
}

fn label_char(s: &str) -> bool {
    s.chars()
        .all(|c| c.is_ascii_digit() || c == ',' || c == '+' || c == '⚑')
        && !s.is_empty()
}

/// Every frequency glyph in the plot with the label on its right (`◉3,7`) or left (`3,7◉`).
fn marks(buf: &Buffer, p: &Plot) -> Vec<Found> {
    let c = p.cells;
    let mut out = Vec::new();
    for y in c.top()..c.bottom() {
        for x in c.left()..c.right() {
            let g = sym(buf, x, y);
            if !FREQUENCY_GLYPHS.contains(&g) {
                continue;
            }
            let mut to = x + 1;
            while to < c.right() && label_char(sym(buf, to, y)) {
                to += 1;
            }
            let mut from = x;
            while from > c.left() && label_char(sym(buf, from - 1, y)) {
                from -= 1;
            }
            let (from, to, label) = if to > x + 1 {
                (
                    x,
                    to,
                    (x + 1..to).map(|cx| sym(buf, cx, y)).collect::<String>(),
                )
            } else {
                (from, x + 1, (from..x).map(|cx| sym(buf, cx, y)).collect())
            };
            let label = label.replace('⚑', "");
            let (ranks, more) = match label.split_once('+') {
                Some((lead, more)) => (
                    vec![lead.parse().expect("a rank")],
                    more.parse().expect("a count"),
                ),
                None if label.is_empty() => (Vec::new(), 0),
                None => (
                    label
                        .split(',')
                        .map(|r| r.parse().expect("a rank"))
                        .collect(),
                    0,
                ),
            };
            out.push(Found {
                y,
                from,
                to,
                glyph: g.to_string(),
                ranks,
                more,
            });
        }
    }
    out
}

fn check(buf: &Buffer, lang: Lang, ranking: &Ranking, what: &str) {
    let p = plot(buf);
    let (cx, cy) = p.cross;
    let c = p.cells;
    let shown = || format!("{what}\n{}", text(buf));
    // Nothing is drawn on the crosshair's lines.
    for x in c.left()..c.right() {
        let s = sym(buf, x, cy);
        assert!(
            s == "─" || s == "┼",
            "{what}: {s:?} on the crosshair row at {x}\n{}",
            shown()
        );
    }
    for y in c.top()..c.bottom() {
        let s = sym(buf, cx, y);
        assert!(
            s == "│" || s == "┼",
            "{what}: {s:?} on the crosshair column at {y}\n{}",
            shown()
        );
    }
    let by_rank: HashMap<usize, &tpaudit::model::Ranked> =
        ranking.ranked.iter().map(|r| (r.rank, r)).collect();
    let found = marks(buf, &p);
    let mut listed: HashMap<usize, usize> = HashMap::new();
    let mut counted: HashMap<Quadrant, usize> = HashMap::new();
    for m in &found {
        assert!(
            !m.ranks.is_empty(),
            "{what}: a mark without its rank at row {}\n{}",
            m.y,
            shown()
        );
        let q = p
            .quadrant_of(m.from, m.y)
            .unwrap_or_else(|| panic!("{what}: {m:?} outside every quadrant\n{}", shown()));
        assert_eq!(
            p.quadrant_of(m.to - 1, m.y),
            Some(q),
            "{what}: {m:?} crosses a line\n{}",
            shown()
        );
        let lead = by_rank[&m.ranks[0]];
        assert_eq!(
            m.glyph,
            glyph(lead.scores.frequency),
            "{what}: {m:?}'s glyph"
        );
        for r in &m.ranks {
            let t = by_rank
                .get(r)
                .unwrap_or_else(|| panic!("{what}: no touchpoint ranked {r}"));
            assert_eq!(
                t.quadrant,
                q,
                "{what}: #{r} ({:?}) drawn in {q:?}\n{}",
                t.quadrant,
                shown()
            );
            *listed.entry(*r).or_default() += 1;
        }
        *counted.entry(q).or_default() += m.more;
    }
    for (r, n) in &listed {
        assert_eq!(*n, 1, "{what}: #{r} listed {n} times\n{}", shown());
    }
    for q in Quadrant::ALL {
        let hidden = (ranking.ranked.iter())
            .filter(|t| t.quadrant == q && !listed.contains_key(&t.rank))
            .count();
        assert_eq!(
            counted.get(&q).copied().unwrap_or(0),
            hidden,
            "{what}: {q:?} counts what it does not list\n{}",
            shown()
        );
        let r = p.region(q);
        // The short name is a title too: capitalised, as the long one is.
        let short = tpaudit::text::capital(quadrant_short(lang, q));
        let whole = [quadrant_name(lang, q), short.as_str()]
            .iter()
            .any(|name| find_in(buf, r, name).is_some());
        assert!(
            whole,
            "{what}: the title of {q:?} is not whole\n{}",
            shown()
        );
    }
}

/// Old positions (`○` and a rank now, right or left of it) are shown, each in the quadrant its
/// old scores fall in by this crosshair.
fn check_old(buf: &Buffer, ranking: &Ranking, old: &[(usize, Point)], what: &str) {
    let p = plot(buf);
    let c = p.cells;
    let mut seen = 0;
    for y in c.top()..c.bottom() {
        for x in c.left()..c.right() {
            if sym(buf, x, y) != "○" {
                continue;
            }
            seen += 1;
            let digits = |range: &mut dyn Iterator<Item = u16>| -> String {
                range
                    .map(|cx| sym(buf, cx, y))
                    .take_while(|s| s.chars().all(|ch| ch.is_ascii_digit()) && !s.is_empty())
                    .collect()
            };
            let right = digits(&mut (x + 1..c.right()));
            let left: String = digits(&mut (c.left()..x).rev()).chars().rev().collect();
            let label = if right.is_empty() { left } else { right };
            let Ok(rank) = label.parse::<usize>() else {
                continue;
            };
            let (i, was) = old
                .iter()
                .find(|(i, _)| ranking.ranked[*i].rank == rank)
                .unwrap_or_else(|| panic!("{what}: ○{rank} has no old position"));
            let q = ranking.crosshair.quadrant(&was.scores);
            assert_eq!(
                p.quadrant_of(x, y),
                Some(q),
                "{what}: ○{rank} (#{i}) not in {q:?}\n{}",
                text(buf)
            );
        }
    }
    assert!(seen > 0, "{what}: no old position shown\n{}", text(buf));
}

/// The old positions of a re-audit: every touchpoint a step away, some not moved at all.
fn before(ranking: &Ranking) -> Vec<(usize, Point)> {
    (ranking.ranked.iter().enumerate())
        .map(|(i, r)| {
            let d = [Frac::ZERO, Frac::ONE, -Frac::ONE, Frac::new(1, 2)][i % 4];
            let (lo, hi) = (Frac::ONE, Frac::int(5));
            let scores = Scores {
                impact: (r.scores.impact - d).clamp(lo, hi),
                satisfaction: (r.scores.satisfaction + d).clamp(lo, hi),
                ..r.scores
            };
            let point = Point {
                rank: r.rank,
                scores,
                priority: r.priority,
                quadrant: r.quadrant,
                critical: r.critical,
            };
            (i, point)
        })
        .collect()
}

fn check_all(audit: &Audit, name: &str) {
    for mode in MODES {
        let ranking = rank(audit, mode);
        let old = before(&ranking);
        for (w, h) in SIZES {
            let n = ranking.ranked.len();
            for selected in [0, n / 2, n.saturating_sub(1)] {
                for was in [false, true] {
                    let state = MatrixState { selected };
                    let theme = Theme::dark();
                    let view = MatrixView {
                        audit,
                        ranking: &ranking,
                        state: &state,
                        mode,
                        layout: None,
                        lang: audit.lang,
                        theme: &theme,
                        was: None,
                        before: if was { &old } else { &[] },
                        full: false,
                    };
                    let buf = render(view, w, h);
                    let what = format!("{name} {mode:?} {w}x{h} selected {selected} old {was}");
                    check(&buf, audit.lang, &ranking, &what);
                    if was {
                        check_old(&buf, &ranking, &old, &what);
                    }
                }
            }
        }
    }
}

/// `n` touchpoints in pairs mirrored about 3, so that the data mean is the midpoint too and
/// both crosshairs go through the many scores that sit exactly on it: every seventh pair on
/// its centre, others on one of its lines, every third rated once (so many share a spot).
fn generated(n: usize, lang: Lang) -> Audit {
    let mut next = scores_from(0x2545_f491_4f6c_dd1d ^ n as u64);
    let mut tps = Vec::new();
    for k in 0..n / 2 {
        let one = |f: u8, i: u8, s: u8| [f, i, s];
        let ratings: Vec<[u8; 3]> = match k % 7 {
            0 => vec![one(next(5), 3, 3)],
            1 => vec![one(next(5), 3, next(5)); 2],
            2 => vec![one(next(5), next(5), 3)],
            _ if k % 3 == 0 => vec![one(next(5), next(5), next(5))],
            _ => (0..3).map(|_| one(next(5), next(5), next(5))).collect(),
        };
        let mirrored: Vec<[u8; 3]> = ratings.iter().map(|r| [r[0], 6 - r[1], 6 - r[2]]).collect();
        tps.push(tp(&format!("a{k}"), &format!("Touchpoint {k}a"), &ratings));
        tps.push(tp(&format!("b{k}"), &format!("Touchpoint {k}b"), &mirrored));
    }
    let stages = tps
        .chunks(10)
        .enumerate()
        .map(|(s, t)| (format!("Stage {s}"), t.to_vec()))
        .collect();
    audit_named(lang, &["A", "B", "C"], stages)
}

#[test]
fn the_bundled_examples_draw_every_mark_in_its_quadrant_and_readable() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("audits/examples");
    let mut seen = 0;
    for e in std::fs::read_dir(dir).expect("examples") {
        let path = e.expect("entry").path();
        // The folder also holds the exports that go with an example.
        if path.extension().is_none_or(|x| x != "ron") {
            continue;
        }
        let audit = tpaudit::store::load(&path).expect("loads");
        check_all(&audit, &path.display().to_string());
        seen += 1;
    }
    assert_eq!(seen, 3);
}

#[test]
fn thirty_and_a_hundred_touchpoints_draw_every_mark_in_its_quadrant_and_readable() {
    for n in [30, 100] {
        for lang in [Lang::En, Lang::Ru] {
            let audit = generated(n, lang);
            let ranking = rank(&audit, CrosshairMode::DataMean);
            assert_eq!(ranking.ranked.len(), n);
            assert_eq!(
                ranking.crosshair,
                rank(&audit, CrosshairMode::Midpoint).crosshair
            );
            let on_cross = (ranking.ranked.iter())
                .filter(|r| {
                    r.scores.impact == Frac::int(3) || r.scores.satisfaction == Frac::int(3)
                })
                .count();
            assert!(on_cross >= n / 4, "{on_cross} of {n} on the crosshair");
            check_all(&audit, &format!("{n} touchpoints {lang:?}"));
        }
    }
}
