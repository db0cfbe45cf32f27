//! The matrix widget: state navigation, mark placement, crosshair, snapshots, tiny sizes.

mod views_support;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use tpaudit::app::matrix_nav::{Direction, MatrixState, nearest};
use tpaudit::app::ranking::RankCache;
use tpaudit::model::{Audit, CrosshairMode, Lang, Ranking, Scale, Stage, Touchpoint, rank};
use tpaudit::ui::Theme;
use tpaudit::ui::widgets::matrix::MatrixView;
use views_support::{example, find_in, render, text};

/// The crosshair a ranking was made with: the label names it.
fn mode_of(ranking: &Ranking) -> CrosshairMode {
    match ranking.crosshair == tpaudit::model::Crosshair::MIDPOINT {
        true => CrosshairMode::Midpoint,
        false => CrosshairMode::DataMean,
    }
}

fn draw(
    audit: &Audit,
    ranking: &Ranking,
    state: MatrixState,
    ui: Lang,
    theme: Theme,
    w: u16,
    h: u16,
) -> Buffer {
    let view = MatrixView {
        audit,
        ranking,
        state: &state,
        mode: mode_of(ranking),
        layout: None,
        lang: ui,
        theme: &theme,
        was: None,
        before: &[],
        full: false,
    };
    render(view, w, h)
}

fn show(lang: Lang, ui: Lang, w: u16, h: u16, theme: Theme) -> String {
    let audit = example(lang);
    let state = MatrixState::default();
    let ranking = rank(&audit, CrosshairMode::Midpoint);
    text(&draw(&audit, &ranking, state, ui, theme, w, h))
}

/// An audit with one stage of hand-scored touchpoints (frequency, impact, satisfaction).
fn hand(scores: &[(u8, u8, u8)]) -> Audit {
    let mut audit = Audit::new("hand", Lang::En, jiff::Timestamp::UNIX_EPOCH);
    let mut stage = Stage::new("s", "Stage");
    for (i, &(f, im, s)) in scores.iter().enumerate() {
        let mut tp = Touchpoint::new(format!("t{i}"), format!("Point {i}"));
        tp.set_score("p1", Scale::Frequency, Some(f));
        tp.set_score("p1", Scale::Impact, Some(im));
        tp.set_score("p1", Scale::Satisfaction, Some(s));
        stage.touchpoints.push(tp.into());
    }
    audit.stages.push(stage);
    audit
}

#[test]
fn next_and_prev_follow_rank_order_and_stop_at_the_ends() {
    let audit = example(Lang::En);
    let ranking = rank(&audit, CrosshairMode::Midpoint);
    let mut s = MatrixState::default();
    s.select_prev(&ranking);
    assert_eq!(s.selected, 0);
    s.select_next(&ranking);
    s.select_next(&ranking);
    assert_eq!(s.selected, 2);
    for _ in 0..100 {
        s.select_next(&ranking);
    }
    assert_eq!(s.selected, ranking.ranked.len() - 1);
    assert_eq!(
        s.selected_touchpoint(&ranking),
        Some(ranking.ranked.last().map(|r| r.at).unwrap())
    );
}

#[test]
fn nearest_moves_to_the_closest_mark_in_each_direction() {
    // 0: centre; 1: right; 2: far right; 3: up; 4: down-left; 5: up and far to the right
    let audit = hand(&[
        (3, 3, 3),
        (3, 3, 4),
        (3, 3, 5),
        (3, 4, 3),
        (3, 2, 2),
        (3, 4, 5),
    ]);
    let ranking = rank(&audit, CrosshairMode::Midpoint);
    let index_of = |tp: usize| ranking.ranked.iter().position(|r| r.at == (0, tp)).unwrap();
    let from = index_of(0);
    assert_eq!(nearest(&ranking, from, Direction::Right), Some(index_of(1)));
    assert_eq!(nearest(&ranking, from, Direction::Up), Some(index_of(3)));
    assert_eq!(nearest(&ranking, from, Direction::Down), Some(index_of(4)));
    assert_eq!(nearest(&ranking, from, Direction::Left), Some(index_of(4)));
    assert_eq!(nearest(&ranking, index_of(2), Direction::Right), None);
    let mut s = MatrixState {
        selected: index_of(3),
    };
    assert!(s.select_nearest(Direction::Right, &ranking));
    assert_eq!(s.selected_touchpoint(&ranking), Some((0, 5)));
    assert!(!s.select_nearest(Direction::Up, &ranking));
    assert_eq!(s.selected_touchpoint(&ranking), Some((0, 5)));
}

#[test]
fn toggling_the_crosshair_keeps_the_selected_touchpoint() {
    let audit = example(Lang::Ru);
    let mut s = MatrixState::default();
    let mut cache = RankCache::new(&audit, CrosshairMode::Midpoint);
    let before = cache.ranking().clone();
    assert!(s.select_touchpoint(before.ranked[5].at, &before));
    cache.toggle_crosshair(&audit);
    assert_eq!(cache.mode(), CrosshairMode::DataMean);
    let after = cache.ranking();
    assert_ne!(after.crosshair, before.crosshair);
    assert_eq!(s.selected_touchpoint(after), Some(before.ranked[5].at));
    cache.toggle_crosshair(&audit);
    assert_eq!(cache.mode(), CrosshairMode::Midpoint);
}

#[test]
fn selection_is_clamped_and_empty_rankings_select_nothing() {
    let empty = hand(&[]);
    let ranking = rank(&empty, CrosshairMode::Midpoint);
    let mut s = MatrixState { selected: 7 };
    s.select_next(&ranking);
    assert_eq!(s.selected_touchpoint(&ranking), None);
    assert!(!s.select_nearest(Direction::Up, &ranking));
    let one = hand(&[(3, 3, 3)]);
    let ranking = rank(&one, CrosshairMode::Midpoint);
    assert_eq!(s.selected_touchpoint(&ranking), Some((0, 0)));
}

/// The cell of a mark's glyph, its label written right (`◉1`) or left (`1◉`) of it, searched
/// left of the legend panel (80 columns wide views keep the plot in the first 48).
fn mark_at(buf: &Buffer, glyph: &str, label: &str) -> (u16, u16) {
    let plot = Rect::new(0, 0, 48, buf.area.height);
    if let Some(at) = find_in(buf, plot, &format!("{glyph}{label}")) {
        return at;
    }
    let (x, y) = find_in(buf, plot, &format!("{label}{glyph}"))
        .unwrap_or_else(|| panic!("no mark {glyph}{label} in\n{}", text(buf)));
    (x + label.chars().count() as u16, y)
}

/// The crosshair's centre on the plot (the panel's label also shows `┼`).
fn cross(buf: &Buffer) -> (u16, u16) {
    let below_title = Rect::new(0, 1, buf.area.width, buf.area.height - 1);
    find_in(buf, below_title, "┼").expect("a crosshair")
}

#[test]
fn marks_land_in_their_quadrants() {
    // ranks: fix first (I5 S1) is critical → 1; keep up, low priority and overkill follow.
    let audit = hand(&[(5, 5, 1), (3, 5, 5), (3, 1, 1), (1, 1, 5)]);
    let ranking = rank(&audit, CrosshairMode::Midpoint);
    let buf = draw(
        &audit,
        &ranking,
        MatrixState::default(),
        Lang::En,
        Theme::dark(),
        80,
        24,
    );
    let plot = cross(&buf);
    let rank_of = |tp: usize| ranking.find((0, tp)).unwrap().rank.to_string();
    let (fix, keep, low, over) = (
        mark_at(&buf, "◉", &rank_of(0)),
        mark_at(&buf, "•", &rank_of(1)),
        mark_at(&buf, "•", &rank_of(2)),
        mark_at(&buf, "·", &rank_of(3)),
    );
    assert!(
        fix.0 < plot.0 && fix.1 < plot.1,
        "fix first top-left: {fix:?} vs {plot:?}"
    );
    assert!(
        keep.0 > plot.0 && keep.1 < plot.1,
        "keep up top-right: {keep:?}"
    );
    assert!(
        low.0 < plot.0 && low.1 > plot.1,
        "low priority bottom-left: {low:?}"
    );
    assert!(
        over.0 > plot.0 && over.1 > plot.1,
        "overkill bottom-right: {over:?}"
    );
    let theme = Theme::dark();
    let bg = |q| theme.quadrant_area(q).area.bg;
    // The first mark is selected by default; the others wear their quadrant's tint.
    assert_eq!(buf[fix].bg, theme.selected.bg.unwrap());
    assert_eq!(
        buf[(fix.0 + 3, fix.1 + 1)].bg,
        bg(tpaudit::model::Quadrant::FixFirst).unwrap()
    );
    assert_eq!(buf[keep].bg, bg(tpaudit::model::Quadrant::KeepUp).unwrap());
    assert_eq!(
        buf[(plot.0 + 3, plot.1 + 2)].bg,
        bg(tpaudit::model::Quadrant::Overkill).unwrap()
    );
}

#[test]
fn coincident_marks_are_all_listed_or_counted() {
    let same = [(3, 5, 1); 3];
    let audit = hand(&same);
    let ranking = rank(&audit, CrosshairMode::Midpoint);
    let buf = draw(
        &audit,
        &ranking,
        MatrixState::default(),
        Lang::En,
        Theme::dark(),
        80,
        24,
    );
    mark_at(&buf, "•", "1,2,3");
    let many = hand(&[(3, 5, 1); 12]);
    let ranking = rank(&many, CrosshairMode::Midpoint);
    let buf = draw(
        &many,
        &ranking,
        MatrixState { selected: 4 },
        Lang::En,
        Theme::dark(),
        80,
        24,
    );
    let at = mark_at(&buf, "•", "5+11");
    assert!(buf[at].modifier.contains(Modifier::BOLD));
    assert_eq!(buf[at].bg, Theme::dark().selected.bg.unwrap());
}

#[test]
fn the_crosshair_moves_to_the_data_mean() {
    let audit = hand(&[(3, 5, 5), (3, 5, 4), (3, 4, 5), (3, 4, 4)]);
    let mid = rank(&audit, CrosshairMode::Midpoint);
    let mean = rank(&audit, CrosshairMode::DataMean);
    let styles = Theme::mono;
    let a = draw(
        &audit,
        &mid,
        MatrixState::default(),
        Lang::En,
        styles(),
        80,
        24,
    );
    let state = MatrixState::default();
    let b = draw(&audit, &mean, state, Lang::En, styles(), 80, 24);
    let (ca, cb) = (cross(&a), cross(&b));
    assert!(
        cb.0 > ca.0 && cb.1 < ca.1,
        "mean 4.5/4.5 is up and right of 3/3: {ca:?} {cb:?}"
    );
    assert!(text(&a).contains("midpoint: S 3 · I 3"));
    assert!(text(&b).contains("data mean: S 4.5 · I 4.5"));
}

#[test]
fn snapshots_of_both_examples() {
    let colored = Theme::dark;
    for (name, lang, ui) in [
        ("en", Lang::En, Lang::En),
        ("ru", Lang::Ru, Lang::Ru),
        ("en_ui_ru", Lang::En, Lang::Ru),
    ] {
        insta::assert_snapshot!(
            format!("matrix_{name}_80x24"),
            show(lang, ui, 80, 24, colored())
        );
        insta::assert_snapshot!(
            format!("matrix_{name}_160x45"),
            show(lang, ui, 160, 45, colored())
        );
    }
    insta::assert_snapshot!(
        "matrix_en_mono_80x24",
        show(Lang::En, Lang::En, 80, 24, Theme::mono())
    );
    insta::assert_snapshot!(
        "matrix_ru_mono_80x24",
        show(Lang::Ru, Lang::Ru, 80, 24, Theme::mono())
    );
    insta::assert_snapshot!(
        "matrix_en_40x12",
        show(Lang::En, Lang::En, 40, 12, colored())
    );
}

#[test]
fn nothing_scored_draws_axes_and_a_message() {
    let audit = hand(&[]);
    let ranking = rank(&audit, CrosshairMode::Midpoint);
    let buf = draw(
        &audit,
        &ranking,
        MatrixState::default(),
        Lang::Ru,
        Theme::dark(),
        80,
        24,
    );
    assert!(text(&buf).contains("Пока ничего не оценено"));
    assert!(text(&buf).contains("↑ Влияние"));
}

#[test]
fn no_size_panics() {
    let audit = example(Lang::Ru);
    let ranking = rank(&audit, CrosshairMode::DataMean);
    let state = MatrixState { selected: 9 };
    for w in (1..=200).step_by(7).chain([1, 2, 3, 59, 60, 61, 200]) {
        for h in (1..=60).step_by(3).chain([1, 2, 6, 7, 8, 60]) {
            draw(&audit, &ranking, state, Lang::Ru, Theme::dark(), w, h);
        }
    }
}

#[test]
fn the_grid_keeps_a_point_on_the_crosshair_on_its_side_and_every_quadrant_open() {
    use tpaudit::app::matrix_nav::Grid;
    use tpaudit::model::Quadrant;
    // S exactly 3 is not above the midpoint: left of the line, never on it.
    let audit = hand(&[(3, 5, 3), (3, 3, 5), (3, 3, 3), (3, 4, 4)]);
    let ranking = rank(&audit, CrosshairMode::Midpoint);
    let grid = Grid::new(Rect::new(0, 0, 48, 22), ranking.crosshair).expect("room");
    for r in &ranking.ranked {
        let (x, y) = grid.position(r);
        assert_ne!(x, grid.cross_x, "{r:?}");
        assert_ne!(y, grid.cross_y, "{r:?}");
        assert_eq!(grid.quadrant_at(x, y), r.quadrant, "{r:?}");
    }
    // Everyone at satisfaction 1: the data mean sits on the axis, yet the left half keeps a
    // column of its own for them.
    let audit = hand(&[(3, 5, 1), (3, 1, 1)]);
    let ranking = rank(&audit, CrosshairMode::DataMean);
    let grid = Grid::new(Rect::new(0, 0, 48, 22), ranking.crosshair).expect("room");
    for q in Quadrant::ALL {
        assert!(!grid.region(q).is_empty(), "{q:?}");
    }
    for r in &ranking.ranked {
        let (x, y) = grid.position(r);
        assert!(x < grid.cross_x && y != grid.cross_y, "{r:?}");
    }
}
