//! The F, I and S columns of the walk's table and the priority list fit a mean such as `2.7`
//! whole, and stay where they are as ratings come in: at 80×24, in Russian, with three
//! participants.

mod tui_common;

use tpaudit::model::{Audit, Lang, Participant, Scale, Stage, Touchpoint};
use tui_common::*;

/// Three participants; the first touchpoint rated 3 on every scale by all three, the others
/// not yet.
fn room() -> Audit {
    let mut a = Audit::new("room", Lang::Ru, now());
    a.participants = ["Анна", "Борис", "Глеб"]
        .iter()
        .enumerate()
        .map(|(i, n)| Participant {
            id: format!("p{}", i + 1),
            name: (*n).into(),
        })
        .collect();
    let mut s = Stage::new("s", "Покупка");
    s.touchpoints = ["Касса", "Доставка на дом", "Возврат"]
        .iter()
        .enumerate()
        .map(|(i, n)| Touchpoint::new(format!("t{i}"), *n).into())
        .collect();
    for p in ["p1", "p2", "p3"] {
        for scale in Scale::ALL {
            s.touchpoints[0].set_score(p, scale, Some(3));
        }
    }
    a.stages = vec![s];
    a
}

fn line_with<'a>(screen: &'a str, needle: &str) -> &'a str {
    screen
        .lines()
        .find(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("no line with {needle}:\n{screen}"))
}

/// The display column where `needle` ends in `line`.
fn end_of(line: &str, needle: &str) -> usize {
    let at = line.find(needle).expect("on the line");
    line[..at].chars().count() + needle.chars().count()
}

#[test]
fn a_mean_fits_its_column_and_the_columns_do_not_move() {
    let mut app = walk_app(room());
    let before = draw(&mut app, 80, 24);
    let header_before = line_with(&before, "Точка контакта").to_string();
    // Ratings 2, 3 and 3 on every scale of the second touchpoint: means of 2,7 (the Russian decimal comma).
    {
        let w = app.walk.as_mut().expect("walk");
        for (p, v) in [("p1", 2), ("p2", 3), ("p3", 3)] {
            for scale in Scale::ALL {
                w.audit.stages[0].touchpoints[1].set_score(p, scale, Some(v));
            }
        }
        w.ranking.refresh(&w.audit);
    }
    let after = draw(&mut app, 80, 24);
    let header = line_with(&after, "Точка контакта");
    assert_eq!(header, header_before, "the header did not move");
    let row = line_with(&after, "Доставка на дом");
    assert_eq!(row.matches("2,7").count(), 3, "each mean whole: {row}");
    // Each number ends under its letter.
    let whole = line_with(&after, "Касса");
    for (letter, n) in [("Ч", 0), ("В", 1), ("У", 2)] {
        let col = end_of(header, letter);
        let at = row.match_indices("2,7").nth(n).expect("a mean").0;
        assert_eq!(
            row[..at].chars().count() + 3,
            col,
            "{letter}: {row}\n{header}"
        );
        let three = whole.match_indices(" 3").nth(n).expect("a score").0;
        assert_eq!(whole[..three].chars().count() + 2, col, "{letter}: {whole}");
    }
    // The list shows the same means whole.
    tui_common::key(&mut app, crossterm::event::KeyCode::Char('p'));
    let list = draw(&mut app, 80, 24);
    let listed = line_with(&list, "Доставка на дом");
    assert_eq!(listed.matches("2,7").count(), 3, "{listed}");
}
