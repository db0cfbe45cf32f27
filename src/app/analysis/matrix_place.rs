//! Where the matrix plot's quadrant titles, marks and labels go, laid out once per plot area,
//! ranking and language (kept in `MarkCache`), never per frame. Each mark stays inside the quadrant
//! the method puts its touchpoints in (never on a crosshair line), every label keeps a free
//! cell on each side, and no label covers a title or another mark. A mark whose label finds no
//! room at its cell moves a step or two within its quadrant; when a quadrant is too crowded
//! for that, neighbouring marks are joined into one (`◉3+2`) until every mark has a label.

use std::collections::HashMap;

use ratatui::layout::Rect;

use crate::app::analysis::plane::{Grid, Mark};
use crate::i18n::common::{quadrant_name, quadrant_short};
use crate::model::{Lang, Quadrant, Ranking};
use crate::text::{fit, width};

/// Labels listing more ranks than fit in this many columns are shortened to `◉3+2`.
const MAX_LABEL: usize = 9;

/// The width of a mark's glyph (every frequency glyph takes one cell).
const GLYPH: usize = 1;

/// How far a mark may move from its cell to find room for its label: (columns, rows).
const NUDGE: (i32, i32) = (3, 1);

/// Cells already taken by titles, marks and labels.
#[derive(Debug, Clone)]
pub struct Occupied {
    cells: Rect,
    taken: Vec<bool>,
}

impl Occupied {
    pub fn new(cells: Rect) -> Occupied {
        Occupied {
            cells,
            taken: vec![false; usize::from(cells.width) * usize::from(cells.height)],
        }
    }

    fn index(&self, x: u16, y: u16) -> Option<usize> {
        let inside = x >= self.cells.x && x < self.cells.right();
        let inside = inside && y >= self.cells.y && y < self.cells.bottom();
        inside.then(|| {
            usize::from(y - self.cells.y) * usize::from(self.cells.width)
                + usize::from(x - self.cells.x)
        })
    }

    pub fn is_taken(&self, x: u16, y: u16) -> bool {
        self.index(x, y).is_some_and(|i| self.taken[i])
    }

    pub fn take(&mut self, from: u16, to: u16, y: u16) {
        for x in from..to {
            if let Some(i) = self.index(x, y) {
                self.taken[i] = true;
            }
        }
    }

    /// True when columns `from..to` of row `y` lie inside `region` and, padded by one column
    /// on each side, are free.
    pub fn fits(&self, from: u16, to: u16, y: u16, region: Rect) -> bool {
        let inside = from >= region.x && to <= region.right() && from < to;
        let inside = inside && y >= region.y && y < region.bottom();
        inside && (from.saturating_sub(1)..=to).all(|x| !self.is_taken(x, y))
    }
}

/// A quadrant's title as laid out.
#[derive(Debug, Clone)]
pub struct Title {
    pub quadrant: Quadrant,
    pub x: u16,
    pub y: u16,
    pub text: String,
}

/// A mark as laid out: its glyph's cell, its touchpoints (indices into `ranking.ranked`, best
/// rank first) and its label, when one found room.
#[derive(Debug, Clone)]
pub struct Placed {
    pub x: u16,
    pub y: u16,
    /// The columns glyph and label take on row `y`, as laid out (first, past the last).
    pub span: (u16, u16),
    pub members: Vec<usize>,
    pub critical: bool,
    pub label: Option<Label>,
}

/// How a mark's label is written: every rank or a count, right of the glyph or left of it.
#[derive(Debug, Clone, Copy)]
pub struct Label {
    pub compact: bool,
    pub left: bool,
}

/// The label of touchpoints `members` led by `lead`, after its glyph: every rank (`3,14`) or,
/// compact, a count (`3+1`); `⚑` when one of them needs discussion.
pub fn label_text(ranking: &Ranking, members: &[usize], lead: usize, compact: bool) -> String {
    let ranked = &ranking.ranked;
    let flag = match members.iter().any(|&i| ranked[i].needs_discussion) {
        true => "⚑",
        false => "",
    };
    let first = ranked[lead].rank;
    if compact && members.len() > 1 {
        return format!("{first}+{}{flag}", members.len() - 1);
    }
    let others = members.iter().filter(|&&i| i != lead);
    let ranks: Vec<String> = std::iter::once(first)
        .chain(others.map(|&i| ranked[i].rank))
        .map(|r| r.to_string())
        .collect();
    format!("{}{flag}", ranks.join(","))
}

/// The plot's titles and marks, and the cells they take (where old positions may go).
#[derive(Debug, Clone)]
pub struct Layout {
    pub titles: Vec<Title>,
    pub marks: Vec<Placed>,
    pub occupied: Occupied,
}

/// Lays out the titles, then the marks around them.
pub fn layout(lang: Lang, ranking: &Ranking, grid: &Grid, grouped: &[Mark]) -> Layout {
    let mut occupied = Occupied::new(grid.cells);
    let titles = titles(lang, grid, grouped, &mut occupied);
    let marks = marks(ranking, grid, grouped, &mut occupied);
    Layout {
        titles,
        marks,
        occupied,
    }
}

/// The titles of the quadrants, each in the row nearest its outer edge whose span is clear
/// of marks (the outer row when none is), one column clear of the crosshair.
pub fn titles(lang: Lang, grid: &Grid, marks: &[Mark], occupied: &mut Occupied) -> Vec<Title> {
    let glyphs: Vec<(u16, u16)> = marks.iter().map(|m| (m.x, m.y)).collect();
    let mut out = Vec::new();
    for q in Quadrant::ALL {
        let r = grid.region(q);
        let room = usize::from(r.width.saturating_sub(1));
        let long = quadrant_name(lang, q);
        let text = match width(long) <= room {
            true => long.to_string(),
            // A title, so capitalised as the long name is ("исправить" → "Исправить").
            false => fit(&crate::text::capital(quadrant_short(lang, q)), room),
        };
        let w = width(&text) as u16;
        if w == 0 {
            continue;
        }
        let left = matches!(q, Quadrant::FixFirst | Quadrant::LowPriority);
        let x = if left { r.x } else { r.right() - w };
        let top = matches!(q, Quadrant::FixFirst | Quadrant::KeepUp);
        let rows: Vec<u16> = match top {
            true => (r.y..r.bottom()).collect(),
            false => (r.y..r.bottom()).rev().collect(),
        };
        let clear = |y: u16| {
            !glyphs
                .iter()
                .any(|&(gx, gy)| gy == y && gx + 1 >= x && gx <= x + w)
        };
        let y = rows.iter().copied().find(|&y| clear(y)).unwrap_or(rows[0]);
        occupied.take(x, x + w, y);
        out.push(Title {
            quadrant: q,
            x,
            y,
            text,
        });
    }
    out
}

/// Lays out every mark, quadrant by quadrant, around what `occupied` already holds.
pub fn marks(
    ranking: &Ranking,
    grid: &Grid,
    marks: &[Mark],
    occupied: &mut Occupied,
) -> Vec<Placed> {
    let mut out = Vec::with_capacity(marks.len());
    for q in Quadrant::ALL {
        let own: Vec<Group> = marks
            .iter()
            .filter(|m| ranking.ranked[m.members[0]].quadrant == q)
            .map(|m| Group {
                x: m.x,
                y: m.y,
                members: m.members.clone(),
                critical: m.critical,
            })
            .collect();
        if !own.is_empty() {
            out.extend(quadrant(ranking, grid.region(q), own, occupied));
        }
    }
    out
}

#[derive(Clone)]
struct Group {
    x: u16,
    y: u16,
    members: Vec<usize>,
    critical: bool,
}

/// The marks of one quadrant: as they are, or joined in ever larger blocks of cells until
/// every one has a label (or the whole quadrant is one mark).
fn quadrant(
    ranking: &Ranking,
    region: Rect,
    groups: Vec<Group>,
    occupied: &mut Occupied,
) -> Vec<Placed> {
    let mut size: u16 = 1;
    loop {
        let joined = match size {
            1 => groups.clone(),
            _ => join(&groups, region, size),
        };
        let mut trial = occupied.clone();
        let (placed, all) = place_all(ranking, region, &joined, &mut trial);
        if all || joined.len() == 1 || size >= region.width.max(region.height) {
            *occupied = trial;
            return placed;
        }
        size = size.saturating_mul(2);
    }
}

/// Groups joined by blocks of `size`×`size` cells of the region; a joined mark stands where
/// its best-ranked touchpoint's mark stood.
fn join(groups: &[Group], region: Rect, size: u16) -> Vec<Group> {
    let mut blocks: HashMap<(u16, u16), Group> = HashMap::new();
    for g in groups {
        let key = ((g.x - region.x) / size, (g.y - region.y) / size);
        match blocks.get_mut(&key) {
            Some(b) => {
                if g.members[0] < b.members[0] {
                    (b.x, b.y) = (g.x, g.y);
                }
                b.members.extend(&g.members);
                b.critical |= g.critical;
            }
            None => {
                blocks.insert(key, g.clone());
            }
        }
    }
    let mut out: Vec<Group> = blocks.into_values().collect();
    for g in &mut out {
        g.members.sort_unstable();
    }
    out.sort_by_key(|g| g.members[0]);
    out
}

/// Places each group, best rank first: its label right or left of its glyph, every rank or
/// a count, at its cell or a step away. False when one found no room (it keeps its glyph).
fn place_all(
    ranking: &Ranking,
    region: Rect,
    groups: &[Group],
    occ: &mut Occupied,
) -> (Vec<Placed>, bool) {
    let mut anchors = Occupied::new(occ.cells);
    for g in groups {
        anchors.take(g.x, g.x + 1, g.y);
    }
    let mut out = Vec::with_capacity(groups.len());
    let mut all = true;
    for g in groups {
        if let Some(i) = anchors.index(g.x, g.y) {
            anchors.taken[i] = false;
        }
        let mut texts = Vec::new();
        let full = label_text(ranking, &g.members, g.members[0], false);
        if GLYPH + width(&full) <= MAX_LABEL {
            texts.push((full, false));
        }
        if g.members.len() > 1 {
            texts.push((label_text(ranking, &g.members, g.members[0], true), true));
        }
        let widths: Vec<u16> = texts
            .iter()
            .map(|(t, _)| (GLYPH + width(t)) as u16)
            .collect();
        let found = spot(occ, Some(&anchors), region, (g.x, g.y), &widths).map(|s| {
            occ.take(s.from, s.from + widths[s.option], s.y);
            let label = Label {
                compact: texts[s.option].1,
                left: s.left,
            };
            (s.x, s.y, (s.from, s.from + widths[s.option]), label)
        });
        let (x, y, span, label) = match found {
            Some((x, y, span, label)) => (x, y, span, Some(label)),
            // No room at all (a tiny plot): the glyph alone, where it covers nothing.
            None if !occ.is_taken(g.x, g.y) => {
                all = false;
                occ.take(g.x, g.x + 1, g.y);
                (g.x, g.y, (g.x, g.x + 1), None)
            }
            None => {
                all = false;
                continue;
            }
        };
        out.push(Placed {
            x,
            y,
            span,
            members: g.members.clone(),
            critical: g.critical,
            label,
        });
    }
    (out, all)
}

/// Where a glyph and its label found room: the glyph's cell, the label's first column, which
/// of the widths asked for fit and whether the label is left of the glyph.
#[derive(Debug, Clone, Copy)]
pub struct Spot {
    pub x: u16,
    pub y: u16,
    pub from: u16,
    pub option: usize,
    pub left: bool,
}

/// The nearest spot to `at` inside `region` where a label of one of `widths` (glyph included,
/// preferred first) fits right or left of its glyph, clear of `occ` and of the glyphs in
/// `avoid`; a mark moves at most [`NUDGE`] from its cell, sideways before up or down.
pub fn spot(
    occ: &Occupied,
    avoid: Option<&Occupied>,
    region: Rect,
    at: (u16, u16),
    widths: &[u16],
) -> Option<Spot> {
    let mut steps: Vec<(i32, i32)> = (-NUDGE.1..=NUDGE.1)
        .flat_map(|dy| (-NUDGE.0..=NUDGE.0).map(move |dx| (dx, dy)))
        .collect();
    steps.sort_by_key(|&(dx, dy)| (dx.abs() + 3 * dy.abs(), dy, dx));
    let avoided = |x: u16, y: u16| avoid.is_some_and(|a| a.is_taken(x, y));
    for (dx, dy) in steps {
        let (Ok(x), Ok(y)) = (
            u16::try_from(i32::from(at.0) + dx),
            u16::try_from(i32::from(at.1) + dy),
        ) else {
            continue;
        };
        for (option, &w) in widths.iter().enumerate() {
            for left in [false, true] {
                let Some(from) = (match left {
                    false => Some(x),
                    true => (x + 1).checked_sub(w),
                }) else {
                    continue;
                };
                let clear = (from..from + w).all(|cx| !avoided(cx, y));
                if clear && occ.fits(from, from + w, y, region) {
                    return Some(Spot {
                        x,
                        y,
                        from,
                        option,
                        left,
                    });
                }
            }
        }
    }
    None
}
