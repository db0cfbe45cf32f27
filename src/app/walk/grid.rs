//! The disagreement grid laid out for a width: participants × frequency, impact and
//! satisfaction, with each scale's mean, spread (⚑ when it calls for discussion) and agreed
//! value. The numbers come from `model::disagreement`; this decides where each lands, so the
//! card (whose rows these are, for scrolling and clicks) and the projector show the same grid.
//! Where the scales fit as rows (the names across), the grid is four lines; otherwise the
//! participants are the rows.

use crate::app::walk::row::{Role, Row, RowKind};
use crate::i18n::common::{scale_letter, scale_name};
use crate::i18n::num;
use crate::i18n::ui::{T, t};
use crate::model::disagreement::{Disagreement, ScaleSummary};
use crate::model::{Lang, Scale};
use crate::text::{fit, pad, pad_left, width as cells};

/// A participant's name as a column heading: at most this many columns. Where the names would
/// have to be cut shorter to fit across, the participants become the rows instead, where a name
/// keeps the room the numbers leave.
const NAME_COLUMN: usize = 16;

/// The grid's rows for `width` columns; `active` is the participant whose turn it is (their
/// name is marked).
pub fn rows(d: &Disagreement, lang: Lang, width: usize, active: Option<usize>) -> Vec<Row> {
    let full = Scale::ALL.map(|s| scale_name(lang, s));
    let letters = Scale::ALL.map(|s| scale_letter(lang, s));
    for labels in [full, letters] {
        let table = across(d, lang, (labels, NAME_COLUMN), active);
        if table.width() <= width {
            return table.rows();
        }
    }
    down(d, lang, width, active).rows()
}

/// One cell: its text and how it is drawn.
type Cell = (String, Role);

/// Columns of cells, the first left-aligned and the others right-aligned, two spaces apart.
struct Table {
    columns: Vec<Vec<Cell>>,
}

impl Table {
    fn widths(&self) -> Vec<usize> {
        (self.columns.iter())
            .map(|c| c.iter().map(|(s, _)| cells(s)).max().unwrap_or(0))
            .collect()
    }

    fn width(&self) -> usize {
        let w = self.widths();
        w.iter().sum::<usize>() + 2 * w.len().saturating_sub(1)
    }

    fn rows(&self) -> Vec<Row> {
        let widths = self.widths();
        let height = self.columns.iter().map(Vec::len).max().unwrap_or(0);
        (0..height)
            .map(|r| {
                let mut pieces = Vec::new();
                for (c, (column, w)) in self.columns.iter().zip(&widths).enumerate() {
                    let (text, role) = column
                        .get(r)
                        .cloned()
                        .unwrap_or((String::new(), Role::Plain));
                    if c > 0 {
                        pieces.push(("  ".to_string(), Role::Plain));
                    }
                    let text = if c == 0 {
                        pad(&text, *w)
                    } else {
                        pad_left(&text, *w)
                    };
                    pieces.push((text, role));
                }
                // Trailing blanks would only widen the row.
                if let Some((last, _)) = pieces.last_mut() {
                    let kept = last.trim_end().len();
                    last.truncate(kept);
                }
                Row {
                    kind: RowKind::Text,
                    pieces,
                }
            })
            .collect()
    }
}

/// A summary's word and its cell for a scale.
type Summary = (T, fn(&ScaleSummary, Lang) -> Cell);

/// The summary rows (or columns): mean and spread, and agreed when any scale has a value.
fn summaries(d: &Disagreement) -> Vec<Summary> {
    let all: [Summary; 3] = [
        (T::Mean, mean),
        (T::Spread, spread),
        (T::AgreedLabel, agreed),
    ];
    let shown = if d.any_agreed() { 3 } else { 2 };
    all.into_iter().take(shown).collect()
}

fn value(v: Option<u8>) -> String {
    v.map_or("·".to_string(), |v| v.to_string())
}

fn mean(s: &ScaleSummary, lang: Lang) -> Cell {
    (
        s.mean.map_or("·".to_string(), |m| num(lang, m)),
        Role::Heading,
    )
}

fn spread(s: &ScaleSummary, _: Lang) -> Cell {
    match s.spread {
        None => ("·".to_string(), Role::Dim),
        Some(d) if s.flagged() => (format!("⚑ {d}"), Role::Warning),
        Some(d) => (d.to_string(), Role::Plain),
    }
}

fn agreed(s: &ScaleSummary, _: Lang) -> Cell {
    match s.agreed {
        Some(v) => (format!("= {v}"), Role::Marked),
        None => ("·".to_string(), Role::Dim),
    }
}

fn name_role(i: usize, active: Option<usize>) -> Role {
    if active == Some(i) {
        Role::ActiveScale
    } else {
        Role::Dim
    }
}

/// The scales as rows and the participants across, then mean, spread and (when any) agreed.
fn across(
    d: &Disagreement,
    lang: Lang,
    (labels, name): ([&str; 3], usize),
    active: Option<usize>,
) -> Table {
    let head = |s: &str| (s.to_string(), Role::Dim);
    let mut columns = vec![
        std::iter::once(head(""))
            .chain(labels.iter().map(|l| (l.to_string(), Role::Heading)))
            .collect(),
    ];
    for (i, p) in d.people.iter().enumerate() {
        let mut column = vec![(fit(&p.name, name), name_role(i, active))];
        column.extend(p.ratings.iter().map(|v| (value(*v), Role::Plain)));
        columns.push(column);
    }
    for (word, cell) in summaries(d) {
        let mut column = vec![head(t(lang, word))];
        column.extend(d.scales.iter().map(|s| cell(s, lang)));
        columns.push(column);
    }
    Table { columns }
}

/// The participants as rows and the scales across (by their letters), then the rows of mean,
/// spread and (when any) agreed; names are cut to what `width` leaves.
fn down(d: &Disagreement, lang: Lang, width: usize, active: Option<usize>) -> Table {
    down_part(d, lang, width, active, 0..d.people.len())
}

/// The grid in fewer lines, for a projector short of height: the participants in two blocks
/// side by side, mean, spread and agreed under the first. The plain grid when there are too
/// few people to gain a line, or when the blocks would cut a name shorter than
/// [`SPLIT_NAME`] columns.
pub fn rows_side_by_side(
    d: &Disagreement,
    lang: Lang,
    width: usize,
    active: Option<usize>,
) -> Vec<Row> {
    let plain = rows(d, lang, width, active);
    let n = d.people.len();
    let half = n.div_ceil(2);
    if n < 4 {
        return plain;
    }
    let block = width.saturating_sub(BLOCK_GAP.len()) / 2;
    let left = down_part(d, lang, block, active, 0..half);
    // With the summaries too, so that its columns line up with the first block's; their
    // rows are left out below.
    let right = down_part(d, lang, block, active, half..n);
    let numbers = left.width() - left.widths()[0];
    if block.saturating_sub(numbers) < SPLIT_NAME
        || left.width() + BLOCK_GAP.len() + right.width() > width
        || plain.len() <= left.columns[0].len()
    {
        return plain;
    }
    let left_width = left.width();
    let mut right_rows = right.rows().into_iter().take(1 + n - half);
    (left.rows().into_iter())
        .map(|mut row| {
            if let Some(other) = right_rows.next() {
                let used: usize = row.pieces.iter().map(|(s, _)| cells(s)).sum();
                let gap = " ".repeat(left_width - used + BLOCK_GAP.len());
                row.pieces.push((gap, Role::Plain));
                row.pieces.extend(other.pieces);
            }
            row
        })
        .collect()
}

/// Between the two blocks of a side-by-side grid.
const BLOCK_GAP: &str = "   ";

/// The fewest columns a name keeps in a side-by-side grid; shorter, the grid stays one block.
const SPLIT_NAME: usize = 6;

/// [`down`] for the participants in `people`.
fn down_part(
    d: &Disagreement,
    lang: Lang,
    width: usize,
    active: Option<usize>,
    people: std::ops::Range<usize>,
) -> Table {
    let mut labels: Vec<Cell> = vec![(String::new(), Role::Dim)];
    let chosen = || {
        d.people
            .iter()
            .enumerate()
            .skip(people.start)
            .take(people.len())
    };
    labels.extend(chosen().map(|(i, p)| (p.name.clone(), name_role(i, active))));
    let summaries = summaries(d);
    labels.extend(
        summaries
            .iter()
            .map(|(word, _)| (t(lang, *word).to_string(), Role::Heading)),
    );
    let mut columns = vec![labels];
    for scale in Scale::ALL {
        let mut column = vec![(scale_letter(lang, scale).to_string(), Role::Heading)];
        column.extend(chosen().map(|(_, p)| (value(p.ratings[scale.index()]), Role::Plain)));
        let s = d.scale(scale);
        column.extend(summaries.iter().map(|(_, cell)| cell(s, lang)));
        columns.push(column);
    }
    let mut table = Table { columns };
    // The names give way: the numbers must stay whole.
    let numbers = table.width() - table.widths()[0];
    let room = width.saturating_sub(numbers).max(1);
    for cell in &mut table.columns[0] {
        cell.0 = fit(&cell.0, room);
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Agreed, Touchpoint};

    fn room(names: &[&str]) -> (Touchpoint, Vec<(String, String)>) {
        let mut tp = Touchpoint::new("t", "T");
        let votes = [
            (4, 5, 2),
            (3, 5, 3),
            (1, 4, 4),
            (2, 2, 2),
            (5, 5, 5),
            (3, 3, 3),
        ];
        let people: Vec<(String, String)> = (names.iter().enumerate())
            .map(|(i, n)| (format!("p{i}"), (*n).to_string()))
            .collect();
        for ((id, _), (f, i, s)) in people.iter().zip(votes) {
            tp.set_score(id, Scale::Frequency, Some(f));
            tp.set_score(id, Scale::Impact, Some(i));
            tp.set_score(id, Scale::Satisfaction, Some(s));
        }
        (tp, people)
    }

    fn text(rows: &[Row]) -> Vec<String> {
        rows.iter()
            .map(|r| r.pieces.iter().map(|(s, _)| s.as_str()).collect())
            .collect()
    }

    fn grid(tp: &Touchpoint, people: &[(String, String)]) -> Disagreement {
        Disagreement::of(tp, people.iter().map(|(i, n)| (i.as_str(), n.as_str())))
    }

    #[test]
    fn wide_the_scales_are_rows_with_mean_spread_and_the_flag() {
        let (tp, people) = room(&["Anna", "Boris", "Clara"]);
        let rows = rows(&grid(&tp, &people), Lang::En, 76, Some(1));
        assert_eq!(
            text(&rows),
            [
                "              Anna  Boris  Clara  mean  spread",
                "Frequency        4      3      1   2.7     ⚑ 3",
                "Impact           5      5      4   4.7       1",
                "Satisfaction     2      3      4     3     ⚑ 2",
            ]
        );
        let boris = &rows[0].pieces[4];
        assert_eq!((boris.0.trim(), boris.1), ("Boris", Role::ActiveScale));
        let flag = rows[1].pieces.last().expect("the spread");
        assert_eq!(flag.1, Role::Warning);
    }

    #[test]
    fn an_agreed_value_gets_a_column_and_ends_its_flag() {
        let (mut tp, people) = room(&["Anna", "Boris", "Clara"]);
        tp.agreed = Some(Agreed {
            frequency: Some(3),
            ..Agreed::default()
        });
        let rows = rows(&grid(&tp, &people), Lang::En, 76, None);
        assert_eq!(
            text(&rows),
            [
                "              Anna  Boris  Clara  mean  spread  agreed",
                "Frequency        4      3      1   2.7       3     = 3",
                "Impact           5      5      4   4.7       1       ·",
                "Satisfaction     2      3      4     3     ⚑ 2       ·",
            ]
        );
    }

    #[test]
    fn short_of_room_the_letters_stand_for_the_scales() {
        let (tp, people) = room(&["Anna", "Boris", "Clara"]);
        let rows = rows(&grid(&tp, &people), Lang::Ru, 44, None);
        assert_eq!(
            text(&rows),
            [
                "   Anna  Boris  Clara  среднее  разброс",
                "Ч     4      3      1      2,7      ⚑ 3",
                "В     5      5      4      4,7        1",
                "У     2      3      4        3      ⚑ 2",
            ]
        );
    }

    #[test]
    fn narrow_or_many_the_participants_are_rows() {
        let names = [
            "Anna Berg",
            "Boris",
            "Chen",
            "Dana",
            "Emil",
            "Fatima Al-Sayed",
        ];
        let (tp, people) = room(&names);
        let d = grid(&tp, &people);
        for width in [30, 44] {
            let rows = rows(&d, Lang::En, width, None);
            let lines = text(&rows);
            assert_eq!(lines.len(), 1 + 6 + 2, "{lines:#?}");
            assert!(lines.iter().all(|l| cells(l) <= width), "{lines:#?}");
            assert!(lines[0].ends_with("F    I    S"), "{lines:#?}");
            assert!(lines[7].starts_with("mean"), "{lines:#?}");
            assert!(lines[8].starts_with("spread"), "{lines:#?}");
            assert!(lines[8].ends_with("⚑ 4  ⚑ 3  ⚑ 3"), "{lines:#?}");
        }
        let cut = text(&rows(&d, Lang::En, 24, None));
        assert!(cut.iter().all(|l| cells(l) <= 24), "{cut:#?}");
        assert!(cut[6].starts_with("Fatima A…  "), "{cut:#?}");
    }

    #[test]
    fn a_scale_nobody_rated_shows_dots() {
        let mut tp = Touchpoint::new("t", "T");
        tp.set_score("a", Scale::Frequency, Some(2));
        let d = Disagreement::of(&tp, [("a", "Anna"), ("b", "Boris")]);
        let lines = text(&rows(&d, Lang::En, 76, None));
        assert_eq!(lines[1], "Frequency        2      ·     2       0");
        assert_eq!(lines[2], "Impact           ·      ·     ·       ·");
    }

    #[test]
    fn side_by_side_the_blocks_line_up_and_keep_every_name() {
        let names = ["Anna", "Boris", "Chen", "Dana", "Emil", "Fatima", "Gustav"];
        let (tp, people) = room(&names);
        let d = grid(&tp, &people);
        let lines = text(&rows_side_by_side(&d, Lang::En, 60, None));
        assert_eq!(lines.len(), 1 + 4 + 2, "{lines:#?}");
        assert_eq!(lines[0], "          F    I    S             F    I    S");
        assert!(lines[1].ends_with("Emil      5    5    5"), "{lines:#?}");
        assert!(lines[4].starts_with("Dana"), "{lines:#?}");
        assert!(lines[5].starts_with("mean"), "{lines:#?}");
        assert!(lines.iter().all(|l| cells(l) <= 60), "{lines:#?}");
        // Too narrow for two blocks, and too few people to gain a line: one block.
        assert_eq!(text(&rows_side_by_side(&d, Lang::En, 30, None)).len(), 10);
        let (tp, people) = room(&names[..3]);
        assert_eq!(
            text(&rows_side_by_side(&grid(&tp, &people), Lang::En, 60, None)).len(),
            4
        );
    }
}
