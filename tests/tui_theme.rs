//! One theme and one ranking for every screen: the walk table, the priority list and the matrix
//! colour a quadrant alike, and they all show the crosshair the user chose.

mod tui_common;

use crossterm::event::KeyCode;
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use tpaudit::app::{Msg, Screen, update};
use tpaudit::i18n::common::{quadrant_name, quadrant_short};
use tpaudit::model::{Audit, Lang, Quadrant, Scale, Stage, Touchpoint};
use tpaudit::ui::Theme;
use tui_common::*;

/// One touchpoint in each quadrant at the scale midpoint (frequency, impact, satisfaction),
/// two more low ones that pull the data mean down to 17/7, and "Point 6" at 3/3: low priority
/// at the midpoint, keep up at the data mean.
fn quadrants() -> Audit {
    let mut a = Audit::new("q", Lang::En, now());
    let mut s = Stage::new("s", "Stage");
    let scores = [
        (3, 5, 1),
        (3, 5, 5),
        (3, 1, 1),
        (3, 1, 5),
        (3, 1, 1),
        (3, 1, 1),
        (3, 3, 3),
    ];
    for (i, (f, im, sat)) in scores.into_iter().enumerate() {
        let mut tp = Touchpoint::new(format!("t{i}"), format!("Point {i}"));
        for (scale, v) in Scale::ALL.into_iter().zip([f, im, sat]) {
            tp.set_score("p1", scale, Some(v));
        }
        s.touchpoints.push(tp.into());
    }
    a.stages = vec![s];
    a
}

/// The foreground colour where `needle` is drawn (first cell), if it is on screen.
fn fg_of(buf: &Buffer, needle: &str) -> Option<Color> {
    let width = usize::from(buf.area.width);
    let cells = buf.content();
    let first = needle.chars().next()?.to_string();
    (0..cells.len()).find_map(|i| {
        let matches = needle.chars().enumerate().all(|(k, c)| {
            let j = i + k;
            j / width == i / width && cells.get(j).is_some_and(|x| x.symbol() == c.to_string())
        });
        (matches && cells[i].symbol() == first).then(|| cells[i].fg)
    })
}

#[test]
fn every_screen_colours_a_quadrant_alike() {
    for theme in [Theme::dark(), Theme::light()] {
        let mut app = walk_app(quadrants());
        update(&mut app, Msg::Resize(160, 45));
        // The selected row takes the selection's colours: select the last, a second "low".
        key(&mut app, KeyCode::Char('G'));
        let walk = styled(&mut app, &theme, (160, 45));
        key(&mut app, KeyCode::Char('p'));
        let list = styled(&mut app, &theme, (160, 45));
        key(&mut app, KeyCode::Char('m'));
        let matrix = styled(&mut app, &theme, (160, 45));
        for q in Quadrant::ALL {
            let want = theme.quadrant(q).fg;
            let short = quadrant_short(Lang::En, q);
            assert_eq!(fg_of(&walk, short), want, "walk table, {q:?}");
            assert_eq!(fg_of(&list, short), want, "priority list, {q:?}");
            assert_eq!(
                fg_of(&matrix, quadrant_name(Lang::En, q)),
                want,
                "matrix, {q:?}"
            );
        }
    }
    let dark = Theme::dark();
    assert_eq!(dark.quadrant(Quadrant::Overkill).fg, Some(Color::Yellow));
}

#[test]
fn the_walk_table_shows_the_quadrant_of_the_crosshair_chosen_in_the_matrix() {
    let mut app = walk_app(quadrants());
    let row = |out: &str| {
        let line = out.lines().find(|l| l.contains("Point 6 ")).unwrap_or("");
        line.to_string()
    };
    let low = quadrant_short(Lang::En, Quadrant::LowPriority);
    let keep_up = quadrant_short(Lang::En, Quadrant::KeepUp);
    let before = row(&draw(&mut app, 160, 45));
    assert!(
        before.contains(low) && !before.contains(keep_up),
        "{before}"
    );
    key(&mut app, KeyCode::Char('m'));
    key(&mut app, KeyCode::Char('c'));
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Walk);
    let after = row(&draw(&mut app, 160, 45));
    assert!(
        after.contains(keep_up),
        "the table follows the mean crosshair: {after}"
    );
    // The list and the export take the same crosshair.
    let w = app.walk.as_ref().expect("walk");
    assert_eq!(
        w.ranking.ranked((0, 6)).map(|r| r.quadrant),
        Some(Quadrant::KeepUp)
    );
    app.export_dir = Some("/reports".into());
    key(&mut app, KeyCode::Char('E'));
    let export = key(&mut app, KeyCode::Enter);
    assert_eq!(
        export,
        vec![tpaudit::app::Effect::Export {
            crosshair: tpaudit::model::CrosshairMode::DataMean,
            dir: "/reports".into(),
        }]
    );
}

#[test]
fn the_light_theme_is_black_on_white_with_no_grey_text() {
    let light = Theme::light();
    assert_eq!(light.root.fg, Some(Color::Black));
    assert_eq!(light.root.bg, Some(Color::White));
    let greys = [Color::DarkGray, Color::Gray];
    for style in [
        light.dim,
        light.hints.text,
        light.status.unsaved,
        light.card.dim,
    ] {
        assert!(!style.fg.is_some_and(|c| greys.contains(&c)), "{style:?}");
    }
    insta::assert_debug_snapshot!("theme_light", light);
    let mut app = walk_app(quadrants());
    let buf = styled(&mut app, &light, (100, 30));
    assert!(
        buf.content().iter().all(|c| c.bg != Color::Reset),
        "the light theme paints every cell"
    );
}
