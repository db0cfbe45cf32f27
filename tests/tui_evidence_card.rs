//! What the walk's card and table show of the evidence behind the scores, on the bundled
//! example with evidence (English) and on the Russian example with evidence added, at 80×24
//! and 160×45.

mod tui_common;

use tpaudit::app::App;
use tpaudit::model::{Audit, Better, Lang, Level, Measurement, Survey};
use tui_common::*;

/// A bundled example by its name.
fn bundled(name: &str) -> Audit {
    tpaudit::store::templates::examples()
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, a)| a)
        .expect("a bundled example")
}

/// The Russian example, its shop sign given evidence: levels, a met and a missed measurement,
/// and 40 customers' answers.
fn russian() -> Audit {
    let mut a = bundled("example-retail-ru");
    let tp = &mut a.stages[0].touchpoints[0];
    tp.evidence.frequency = Level::Measured;
    tp.evidence.impact = Level::Reported;
    let mut passers = Measurement::new("Прохожих в час", 320.0);
    passers.unit = "чел.".into();
    passers.target = Some(250.0);
    passers.source = "счётчик".into();
    passers.date = "2026-11-20".into();
    let mut enter = Measurement::new("Заходят в магазин", 2.5);
    enter.unit = "%".into();
    enter.target = Some(4.0);
    enter.better = Better::Higher;
    tp.measurements = vec![passers, enter];
    tp.survey = Some(Survey {
        counts: [2, 3, 5, 18, 12],
    });
    a
}

/// `audit` open in the walk on touchpoint `tp` of stage `stage`.
fn open_at(audit: Audit, (stage, tp): (usize, usize)) -> App {
    let mut app = walk_app(audit);
    let w = app.walk.as_mut().expect("a walk is open");
    (w.stage, w.tp) = (stage, tp);
    app
}

/// The English example on its product page: observed satisfaction, a missed measurement and
/// 61 customers' answers.
fn product_page() -> App {
    open_at(bundled("example-evidence-en"), (1, 2))
}

#[test]
fn the_card_shows_levels_measurements_and_customers_in_english() {
    for (w, h) in [(80, 24), (160, 45)] {
        let mut app = product_page();
        let screen = draw(&mut app, w, h);
        insta::assert_snapshot!(format!("card_en_{w}x{h}"), screen);
    }
    let mut app = product_page();
    insta::assert_snapshot!("card_en_80x24_evidence", scrolled(&mut app, 3));
}

/// The 80×24 screen with the card scrolled down `pages` times, to its evidence.
fn scrolled(app: &mut App, pages: usize) -> String {
    draw(app, 80, 24);
    for _ in 0..pages {
        key(app, crossterm::event::KeyCode::PageDown);
    }
    draw(app, 80, 24)
}

#[test]
fn the_card_shows_levels_measurements_and_customers_in_russian() {
    for (w, h) in [(80, 24), (160, 45)] {
        let mut app = open_at(russian(), (0, 0));
        let screen = draw(&mut app, w, h);
        insta::assert_snapshot!(format!("card_ru_{w}x{h}"), screen);
    }
    let mut app = open_at(russian(), (0, 0));
    insta::assert_snapshot!("card_ru_80x24_evidence", scrolled(&mut app, 3));
}

/// The card's text of `app` on a wide screen, where the whole card fits.
fn card_text(app: &mut App) -> String {
    draw(app, 200, 60)
}

#[test]
fn the_customers_mean_has_n_its_interval_and_a_decimal_comma_in_russian() {
    let mut app = open_at(russian(), (0, 0));
    let screen = card_text(&mut app);
    assert!(
        screen.contains("Клиенты: 3,9 (n = 40, 95%: 3,5–4,2)"),
        "{screen}"
    );
    assert!(screen.contains("1–5 ▁▂▃█▆ 2 · 3 · 5 · 18 · 12"), "{screen}");
    assert!(screen.contains("≠ клиенты − команда = +1,9"), "{screen}");
    assert!(
        screen.contains("320 чел. · достигнуто (цель ≥ 250)"),
        "{screen}"
    );
    assert!(
        screen.contains("2,5 % · не достигнуто (цель ≥ 4)"),
        "{screen}"
    );
}

#[test]
fn met_is_green_and_missed_is_red_in_the_dark_theme() {
    use ratatui::style::Color;
    let mut app = open_at(russian(), (0, 0));
    let buffer = styled(&mut app, &tpaudit::ui::Theme::dark(), (200, 60));
    let colour_of = |word: &str| {
        let area = buffer.area;
        for y in 0..area.height {
            let line: String = (0..area.width)
                .map(|x| buffer[(x, y)].symbol().to_string())
                .collect();
            if let Some(byte) = line.find(word) {
                let x = line[..byte].chars().count() as u16;
                return buffer[(x + 1, y)].fg;
            }
        }
        panic!("{word} is not on screen");
    };
    assert_eq!(colour_of("достигнуто ("), Color::LightGreen);
    assert_eq!(colour_of("не достигнуто"), Color::LightRed);
}

#[test]
fn under_ten_answers_the_card_says_too_few_rather_than_flag() {
    let mut a = russian();
    a.stages[0].touchpoints[0].survey = Some(Survey {
        counts: [1, 1, 1, 1, 5],
    });
    let mut app = open_at(a, (0, 0));
    app.lang = Lang::En;
    let screen = card_text(&mut app);
    assert!(screen.contains("Customers: 3.9 (n = 9)"), "{screen}");
    assert!(screen.contains("too few answers to compare"), "{screen}");
    assert!(!screen.contains("≠"), "{screen}");
    assert!(!screen.contains("customers − team"), "{screen}");
}

#[test]
fn blind_keeps_the_customers_but_hides_the_difference_until_revealed() {
    use crossterm::event::KeyCode;
    let mut app = product_page();
    key(&mut app, KeyCode::Char('b'));
    let screen = card_text(&mut app);
    assert!(
        screen.contains("Customers: 3.5 (n = 61, 95%: 3.2–3.8)"),
        "{screen}"
    );
    assert!(screen.contains("once the scores are revealed"), "{screen}");
    assert!(!screen.contains("customers − team"), "{screen}");
    assert!(!screen.contains("≠"), "{screen}");
    key(&mut app, KeyCode::Char('v'));
    let screen = card_text(&mut app);
    assert!(screen.contains("≠ customers − team = +0.5"), "{screen}");
}

#[test]
fn each_scale_line_says_its_level_and_a_guess_carries_a_question_mark() {
    let mut app = product_page();
    let screen = card_text(&mut app);
    assert!(screen.contains("▶ Frequency (assumed?)"), "{screen}");
    assert!(screen.contains("  Satisfaction (observed)"), "{screen}");
    let mut app = open_at(russian(), (0, 0));
    let screen = draw(&mut app, 120, 40);
    assert!(
        screen.contains("Влияние: 3 умеренное (сотрудники)"),
        "{screen}"
    );
    assert!(
        screen.contains("Удовлетворённость: 2 плохо (догадка?)"),
        "{screen}"
    );
}

#[test]
fn the_table_draws_a_guessed_satisfaction_as_a_guess_without_moving_a_column() {
    use ratatui::style::Modifier;
    let mut app = product_page();
    let (w, h) = (80, 24);
    let buffer = styled(&mut app, &tpaudit::ui::Theme::dark(), (w, h));
    let line = |y: u16| -> String {
        (0..w)
            .map(|x| buffer[(x, y)].symbol().to_string())
            .collect()
    };
    let header = (0..h)
        .find(|&y| line(y).contains("Touchpoint"))
        .expect("a header");
    let head = line(header);
    let byte = head.find("  S ").expect("the S column");
    let s = head[..byte].chars().count() as u16 + 2;
    let row = |name: &str| (0..h).find(|&y| line(y).contains(name)).expect(name);
    let italic = |y: u16| buffer[(s, y)].modifier.contains(Modifier::ITALIC);
    assert!(
        italic(row("Home page")),
        "an assumed satisfaction is a guess"
    );
    assert!(!italic(row("Product page")), "an observed one is not");
    // Without any evidence the table reads the same, column for column.
    let mut plain = bundled("example-evidence-en");
    for stage in &mut plain.stages {
        for tp in stage.touchpoints.iter_mut() {
            tp.evidence = Default::default();
        }
    }
    let mut bare = open_at(plain, (1, 2));
    let table = |screen: &str| screen.lines().take(9).collect::<Vec<_>>().join("\n");
    assert_eq!(table(&draw(&mut bare, w, h)), table(&draw(&mut app, w, h)));
}

/// The card's line that starts with `label`, and how far below the card's top it is.
fn card_line(screen: &str, card_title: &str, label: &str) -> Option<(usize, String)> {
    let lines: Vec<&str> = screen.lines().collect();
    let top = lines.iter().position(|l| l.contains(card_title))?;
    lines[top..]
        .iter()
        .position(|l| l.trim_matches('"').starts_with(&format!("│{label}")))
        .map(|at| (at, lines[top + at].trim_matches('"').to_string()))
}

#[test]
fn the_card_summarises_its_evidence_in_a_line_near_its_top() {
    let mut app = product_page();
    let screen = draw(&mut app, 80, 24);
    let (below, line) = card_line(&screen, "┌Product page", "Evidence: ").expect(&screen);
    assert!(below <= 2, "under the turn line:\n{screen}");
    assert!(
        line.starts_with("│Evidence: customers 3.5 (n = 61) ≠ team · 1 of 1 target missed"),
        "{screen}"
    );
    let mut app = open_at(russian(), (0, 0));
    let screen = draw(&mut app, 80, 24);
    let title = &app.walk.as_ref().expect("a walk").audit.stages[0].touchpoints[0].name;
    let (below, line) = card_line(&screen, &format!("┌{title}"), "Данные: ").expect(&screen);
    // Under the turn, which takes two lines for three participants.
    assert!(below <= 3, "under the turn line:\n{screen}");
    assert!(
        line.starts_with("│Данные: клиенты 3,9 (n = 40) ≠ команда · целей не достигнуто: 1 из 2"),
        "{screen}"
    );
}

#[test]
fn the_summary_says_missed_in_red_and_nothing_of_the_team_while_blind() {
    use crossterm::event::KeyCode;
    use ratatui::style::Color;
    let mut app = product_page();
    let buffer = styled(&mut app, &tpaudit::ui::Theme::dark(), (80, 24));
    let line = |y: u16| -> String {
        (0..80)
            .map(|x| buffer[(x, y)].symbol().to_string())
            .collect()
    };
    let row = (0..24u16)
        .find(|&y| line(y).starts_with("│Evidence: "))
        .expect("the summary");
    let line = line(row);
    let x = line[..line.find("missed").expect("missed")].chars().count() as u16;
    assert_eq!(buffer[(x, row)].fg, Color::LightRed);
    key(&mut app, KeyCode::Char('b'));
    let screen = draw(&mut app, 80, 24);
    let (_, line) = card_line(&screen, "┌Product page", "Evidence: ").expect(&screen);
    assert!(
        line.starts_with("│Evidence: customers 3.5 (n = 61) · 1 of 1 target missed"),
        "{screen}"
    );
    assert!(!screen.contains('≠') && !screen.contains('≈'), "{screen}");
}

#[test]
fn without_measurements_or_answers_the_card_has_no_summary() {
    let mut a = bundled("example-evidence-en");
    let tp = &mut a.stages[1].touchpoints[2];
    (tp.measurements, tp.survey) = (Vec::new(), None);
    let mut app = open_at(a, (1, 2));
    let screen = draw(&mut app, 160, 45);
    assert!(!screen.contains("Evidence: "), "{screen}");
    assert!(!screen.contains("│Customers: "), "{screen}");
}

#[test]
fn the_plan_is_wrapped_at_whole_words_on_a_narrow_card() {
    let mut app = product_page();
    let screen = draw(&mut app, 160, 45);
    let card: Vec<String> = screen
        .lines()
        .filter_map(|l| l.trim_matches('"').rsplit("││").next().map(str::to_string))
        .collect();
    let at = card
        .iter()
        .position(|l| l.starts_with("Action (planned): Add a brewing guide"))
        .expect(&screen);
    let plan: String = card[at..at + 3]
        .iter()
        .map(|l| l.trim_end_matches('│').trim_end())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        plan.contains(
            "Action (planned): Add a brewing guide and the expected delivery date to every \
             product page. · Anna Berg · 2026-12-15"
        ),
        "{screen}"
    );
    assert!(!screen.contains("deliv│"), "{screen}");
}
