//! The priority list widget: navigation, scrolling, row model, snapshots, tiny sizes.

mod views_support;

use ratatui::layout::Rect;
use std::sync::LazyLock;
use tpaudit::model::{Audit, CrosshairMode, Lang, Ranking, rank};

use tpaudit::app::layout::list_rows;
use tpaudit::app::list_nav::{Line, PriorityState, Rows};
use tpaudit::text::{fit, width};
use tpaudit::ui::Theme;
use tpaudit::ui::widgets::priority::PriorityView;

static DARK: LazyLock<Theme> = LazyLock::new(Theme::dark);
static MONO: LazyLock<Theme> = LazyLock::new(Theme::mono);
use views_support::{example, find, render, text};

fn view<'a>(
    audit: &'a Audit,
    ranking: &'a Ranking,
    state: &'a PriorityState,
    lang: Lang,
) -> PriorityView<'a> {
    PriorityView {
        audit,
        ranking,
        top: ranking,
        state,
        lang,
        theme: &DARK,
        empty: None,
        sure: None,
        full: false,
        from: Default::default(),
    }
}

fn show(lang: Lang, ui: Lang, w: u16, h: u16, selected: usize) -> String {
    let audit = example(lang);
    let ranking = rank(&audit, CrosshairMode::Midpoint);
    let state = PriorityState {
        selected,
        offset: 0,
    };
    text(&render(view(&audit, &ranking, &state, ui), w, h))
}

#[test]
fn rows_put_sections_after_the_ranked_touchpoints() {
    let audit = example(Lang::Ru);
    let ranking = rank(&audit, CrosshairMode::Midpoint);
    let rows = Rows::new(&ranking);
    let (r, u, n) = (
        ranking.ranked.len(),
        ranking.unscored.len(),
        ranking.not_applicable.len(),
    );
    assert_eq!(rows.items(), r + u + n);
    assert_eq!(rows.len(), r + (u + 2) + (n + 2));
    assert_eq!(rows.line(r), Some(Line::Gap));
    assert_eq!(rows.line(r + 1), Some(Line::UnscoredHeading));
    assert_eq!(rows.line(r + 2), Some(Line::Unscored(0)));
    assert_eq!(rows.line(r + u + 3), Some(Line::NotApplicableHeading));
    assert_eq!(rows.line(rows.len() - 1), Some(Line::NotApplicable(n - 1)));
    assert_eq!(rows.line(rows.len()), None);
    for item in 0..rows.items() {
        let line = rows.line(rows.row_of(item)).unwrap();
        assert!(
            matches!(
                line,
                Line::Ranked(_) | Line::Unscored(_) | Line::NotApplicable(_)
            ),
            "{item}: {line:?}"
        );
    }
}

#[test]
fn navigation_stops_at_the_ends_and_maps_to_touchpoints() {
    let audit = example(Lang::En);
    let ranking = rank(&audit, CrosshairMode::Midpoint);
    let mut s = PriorityState::default();
    s.select_prev(&ranking);
    assert_eq!(s.selected, 0);
    assert_eq!(s.selected_touchpoint(&ranking), Some(ranking.ranked[0].at));
    s.select_next(&ranking);
    assert_eq!(s.selected_touchpoint(&ranking), Some(ranking.ranked[1].at));
    s.select_last(&ranking);
    assert_eq!(
        s.selected_touchpoint(&ranking),
        ranking.not_applicable.last().copied()
    );
    s.select_next(&ranking);
    assert_eq!(
        s.selected_touchpoint(&ranking),
        ranking.not_applicable.last().copied()
    );
    s.selected = ranking.ranked.len();
    assert_eq!(s.selected_touchpoint(&ranking), Some(ranking.unscored[0]));
    s.select_first();
    assert_eq!(s.selected, 0);
}

#[test]
fn scrolling_keeps_the_selection_visible() {
    let audit = example(Lang::Ru);
    let ranking = rank(&audit, CrosshairMode::Midpoint);
    let rows = Rows::new(&ranking);
    let height = 5;
    let mut s = PriorityState::default();
    for _ in 0..rows.items() {
        s.select_next(&ranking);
        s.scroll_into_view(height, &ranking);
        let row = rows.row_of(s.selected);
        assert!(
            row >= s.offset && row < s.offset + height,
            "{s:?} row {row}"
        );
    }
    // The first unscored touchpoint brings its heading along.
    s.selected = ranking.ranked.len();
    s.offset = rows.len();
    s.scroll_into_view(height, &ranking);
    assert_eq!(rows.line(s.offset), Some(Line::UnscoredHeading));
    // Moving back up within the window does not scroll.
    let before = s.offset;
    s.select_prev(&ranking);
    s.scroll_into_view(height, &ranking);
    assert!(s.offset <= before);
    s.select_first();
    s.scroll_into_view(height, &ranking);
    assert_eq!(s.offset, 0);
}

#[test]
fn the_view_scrolls_to_a_selection_far_down() {
    let audit = example(Lang::En);
    let ranking = rank(&audit, CrosshairMode::Midpoint);
    let mut state = PriorityState::default();
    state.select_last(&ranking);
    let area = Rect::new(0, 0, 80, 16);
    state.scroll_into_view(list_rows(area, false), &ranking);
    let buf = render(view(&audit, &ranking, &state, Lang::En), 80, 16);
    let (_, at) = ranking.not_applicable[0];
    let name = &audit.stages[ranking.not_applicable[0].0].touchpoints[at].name;
    let (_, y) = find(&buf, &fit(name, 20)[..10]).expect("the selected row is drawn");
    assert_eq!(buf[(0, y)].bg, DARK.selected.bg.unwrap());
    let screen = text(&buf);
    assert!(
        !screen.lines().any(|l| l.starts_with(" 1 ")),
        "the top scrolled away:\n{screen}"
    );
}

#[test]
fn cyrillic_names_are_cut_by_display_width() {
    let cut = fit("Программа лояльности и карта", 12);
    assert_eq!(width(&cut), 12);
    assert!(cut.ends_with('…'));
    assert_eq!(fit("👍🏽 отзыв", 2), "…");
    assert_eq!(width(&fit("👍🏽👍🏽 отзыв", 4)), 3);
    let screen = show(Lang::Ru, Lang::Ru, 80, 24, 0);
    let columns: Vec<usize> = screen
        .lines()
        .filter(|l| l.contains("исправить") && l[..3].trim().parse::<usize>().is_ok())
        .map(|l| width(&l[..l.find("исправить").unwrap()]))
        .collect();
    assert!(
        columns.len() > 3 && columns.windows(2).all(|w| w[0] == w[1]),
        "{columns:?}"
    );
}

#[test]
fn top_three_show_quadrant_and_action() {
    let screen = show(Lang::En, Lang::En, 160, 45, 0);
    assert!(screen.contains("Top 3 for this month"));
    assert!(screen.contains("→ Allow guest checkout and cut the form to 6"));
    assert!(screen.contains("Fix first · critical"));
    let mut audit = example(Lang::En);
    let ranking = rank(&audit, CrosshairMode::Midpoint);
    let (s, t) = ranking.ranked[0].at;
    audit.stages[s].touchpoints[t].action = None;
    let state = PriorityState::default();
    let buf = render(view(&audit, &ranking, &state, Lang::En), 80, 24);
    assert!(text(&buf).contains("1. Checkout form · fix first → no action recorded yet"));
}

#[test]
fn snapshots_of_both_examples() {
    for (name, lang, ui) in [
        ("en", Lang::En, Lang::En),
        ("ru", Lang::Ru, Lang::Ru),
        ("en_ui_ru", Lang::En, Lang::Ru),
    ] {
        insta::assert_snapshot!(format!("priority_{name}_80x24"), show(lang, ui, 80, 24, 0));
        insta::assert_snapshot!(
            format!("priority_{name}_160x45"),
            show(lang, ui, 160, 45, 0)
        );
    }
    let audit = example(Lang::En);
    let ranking = rank(&audit, CrosshairMode::Midpoint);
    let state = PriorityState {
        selected: 20,
        offset: 0,
    };
    let mono = PriorityView {
        theme: &MONO,
        ..view(&audit, &ranking, &state, Lang::En)
    };
    insta::assert_snapshot!(
        "priority_en_mono_80x24_scrolled",
        text(&render(mono, 80, 24))
    );
}

#[test]
fn no_size_panics() {
    let audit = example(Lang::Ru);
    let ranking = rank(&audit, CrosshairMode::Midpoint);
    let state = PriorityState {
        selected: 17,
        offset: 3,
    };
    for w in (1..=200).step_by(7).chain([1, 2, 119, 120, 200]) {
        for h in (1..=60).step_by(3).chain([1, 2, 8, 13, 14, 60]) {
            render(view(&audit, &ranking, &state, Lang::Ru), w, h);
        }
    }
}
