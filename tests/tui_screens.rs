//! What a room sees on the workbench's screens, in both languages: numbers in the language's
//! habits, the home screen's help, a not-applicable touchpoint's card, the matrix's legend and
//! details.

mod tui_common;

use crossterm::event::KeyCode;
use tpaudit::model::Lang;
use tui_common::*;

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Ru => "ru",
    }
}

/// A number written with a point between two digits: `4.7`.
fn decimal_points(screen: &str) -> Vec<String> {
    screen
        .lines()
        .filter(|l| {
            let c: Vec<char> = l.chars().collect();
            c.windows(3)
                .any(|w| w[0].is_ascii_digit() && w[1] == '.' && w[2].is_ascii_digit())
        })
        .map(str::to_string)
        .collect()
}

/// The demo audit with two participants whose ratings differ by one, so means have a decimal.
fn halves(lang: Lang) -> tpaudit::model::Audit {
    let mut a = audit(lang);
    a.participants = ["Anna", "Boris"]
        .iter()
        .enumerate()
        .map(|(i, n)| tpaudit::model::Participant {
            id: format!("p{i}"),
            name: (*n).into(),
        })
        .collect();
    for stage in &mut a.stages {
        for k in 0..stage.touchpoints.len() {
            let d = u8::try_from(k % 3).unwrap_or(0);
            stage.touchpoints[k].ratings =
                vec![rating("p0", 2 + d, 4, 1 + d), rating("p1", 3 + d, 5, 2 + d)];
        }
    }
    a
}

#[test]
fn russian_screens_write_every_number_with_the_decimal_comma() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = walk_app(halves(lang));
        let mut screens = vec![("walk", draw(&mut app, 160, 45))];
        key(&mut app, KeyCode::Char('m'));
        screens.push(("matrix", draw(&mut app, 160, 45)));
        key(&mut app, KeyCode::Char('p'));
        screens.push(("list", draw(&mut app, 160, 45)));
        for (name, screen) in screens {
            assert!(
                screen.contains("4,5") == (lang == Lang::Ru)
                    && screen.contains("4.5") == (lang == Lang::En),
                "{name} {lang:?}:\n{screen}"
            );
            if lang == Lang::Ru {
                assert_eq!(decimal_points(&screen), Vec::<String>::new(), "{name}");
            }
        }
    }
}

#[test]
fn the_home_screens_help_says_j_is_next_and_k_is_previous() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = app(lang);
        key(&mut app, KeyCode::Char('?'));
        let screen = draw(&mut app, 80, 24);
        let line = |k: &str| {
            screen
                .lines()
                .find(|l| l.contains(k))
                .unwrap_or_default()
                .to_string()
        };
        let (next, prev) = match lang {
            Lang::En => ("Next", "Previous"),
            Lang::Ru => ("Следующая", "Предыдущая"),
        };
        assert!(line("j ↓").contains(next), "{screen}");
        assert!(line("k ↑").contains(prev), "{screen}");
        insta::assert_snapshot!(format!("home_help_{}_80x24", lang_name(lang)), screen);
    }
}

#[test]
fn a_not_applicable_touchpoints_card_shows_no_selected_value() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = walk_app(audit(lang));
        keys(&mut app, "3h");
        let scored = draw(&mut app, 80, 24);
        assert!(scored.contains("● 3"), "{scored}");
        // Marking it moves on to the next touchpoint: back to it.
        keys(&mut app, "xk");
        for (w, h) in [(80, 24), (160, 45)] {
            let screen = draw(&mut app, w, h);
            assert!(!screen.contains('●'), "{screen}");
            insta::assert_snapshot!(format!("na_card_{}_{w}x{h}", lang_name(lang)), screen);
        }
        // The rating is kept: taking the mark off shows it again.
        keys(&mut app, "xk");
        assert!(draw(&mut app, 80, 24).contains("● 3"));
    }
}

/// The panel's lines of a matrix screen: what is right of the panel's separator.
fn panel(screen: &str) -> Vec<String> {
    screen
        .lines()
        .filter_map(|l| {
            l.rsplit_once('│')
                .map(|(_, p)| p.trim_end_matches('"').trim().to_string())
        })
        .collect()
}

#[test]
fn the_matrix_legend_explains_its_marks_says_how_many_more_and_why_critical() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = walk_app(example(lang));
        key(&mut app, KeyCode::Char('m'));
        let (legend, more, reason) = match lang {
            Lang::En => (
                "! critical, ranked first",
                "▼ ",
                "critical: I 5≥4.5, S 1.5≤2",
            ),
            Lang::Ru => (
                "! критично, идёт первым",
                "▼ ещё",
                "критично: В 5≥4,5; У 2≤2",
            ),
        };
        for (w, h) in [(80, 24), (160, 45)] {
            let screen = draw(&mut app, w, h);
            let side = panel(&screen);
            assert!(side.iter().any(|l| l.starts_with(legend)), "{screen}");
            assert!(
                side.iter()
                    .any(|l| l.contains('⚑') && !l.contains(char::is_numeric))
            );
            assert!(side.iter().any(|l| l == reason), "{screen}");
            insta::assert_snapshot!(format!("matrix_{}_{w}x{h}", lang_name(lang)), screen);
        }
        // At 80×24 the list is cut and says so; the count is what is left below.
        let screen = draw(&mut app, 80, 24);
        let side = panel(&screen);
        let last_rank = side
            .iter()
            .filter_map(|l| l.split_whitespace().next()?.parse::<usize>().ok())
            .max()
            .unwrap_or(0);
        let n = app
            .walk
            .as_ref()
            .map_or(0, |w| w.ranking.ranking().ranked.len());
        let below = format!("{more} {}", n - last_rank).replace("  ", " ");
        assert!(side.iter().any(|l| l.contains(&below)), "{below}\n{screen}");
    }
}

#[test]
fn the_key_bar_keeps_the_projectors_full_screen_key_at_100_columns() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = walk_app(example(lang));
        key(&mut app, KeyCode::Char('m'));
        let screen = draw(&mut app, 100, 30);
        let bar = screen.lines().last().unwrap_or_default().to_string();
        let full = match lang {
            Lang::En => "z Full screen",
            Lang::Ru => "z Весь экран",
        };
        assert!(bar.contains(full), "{bar}");
    }
}

#[test]
fn a_joined_label_lists_every_rank_in_full_screen() {
    let mut app = walk_app(example(Lang::Ru));
    key(&mut app, KeyCode::Char('m'));
    let normal = draw(&mut app, 80, 24);
    assert!(normal.contains("13+2⚑"), "{normal}");
    key(&mut app, KeyCode::Char('z'));
    let full = draw(&mut app, 160, 45);
    assert!(!full.contains('+'), "{full}");
    assert!(full.contains("13,14,16⚑"), "{full}");
    insta::assert_snapshot!("matrix_full_ru_160x45", full);
}
