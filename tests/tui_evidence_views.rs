//! The evidence views of the workbench: the funnel on the stage list, the matrix and the list
//! ranked by the customers' answers (`s`), and the data gaps (`d`), drawn at 80×24 and 160×45
//! in English and Russian.

mod common;
mod tui_common;

use crossterm::event::KeyCode;
use tpaudit::app::App;
use tpaudit::model::{Audit, Lang, Level, Measurement, Survey};
use tui_common::{draw, key, walk_app};

/// The bundled English example with evidence: a funnel, a survey and measurements.
fn evidence_en() -> Audit {
    tpaudit::store::templates::examples()
        .into_iter()
        .find(|(name, _)| name == "example-evidence-en")
        .map(|(_, a)| a)
        .expect("the bundled evidence example")
}

/// A Russian audit with a funnel, a survey (two touchpoints with 10+ answers, one with 9) and
/// the impact of one touchpoint measured.
fn evidence_ru() -> Audit {
    use common::{fis, stage, tp};
    let people = ["Анна", "Борис"];
    let two = |f, i, s| [("p1", fis(f, i, s)), ("p2", fis(f, i, s))];
    let mut a = common::audit(
        "Интернет-магазин",
        Lang::Ru,
        &people,
        vec![
            stage(
                "aware",
                "Осведомлённость",
                vec![
                    tp("ads", "Реклама в соцсетях", &two(4, 3, 3)),
                    tp("search", "Поиск", &two(5, 4, 4)),
                ],
            ),
            stage(
                "choice",
                "Выбор товара",
                vec![
                    tp("card", "Карточка товара", &two(5, 5, 2)),
                    tp("chat", "Онлайн-чат", &two(3, 4, 2)),
                ],
            ),
            stage(
                "buy",
                "Оформление заказа",
                vec![
                    tp("form", "Форма заказа", &two(5, 5, 3)),
                    tp("pay", "Оплата", &two(5, 5, 4)),
                ],
            ),
            stage(
                "delivery",
                "Доставка",
                vec![tp("courier", "Курьер", &two(4, 5, 4))],
            ),
        ],
    );
    for (s, n) in a.stages.iter_mut().zip([20500.0, 5200.0, 640.0, 590.0]) {
        s.measurements.push(Measurement::new("customers", n));
    }
    let card = &mut a.stages[1].touchpoints[0];
    card.survey = Some(Survey {
        counts: [6, 9, 5, 3, 1],
    });
    card.evidence.impact = Level::Measured;
    let form = &mut a.stages[2].touchpoints[0];
    form.survey = Some(Survey {
        counts: [1, 2, 4, 8, 5],
    });
    let chat = &mut a.stages[1].touchpoints[1];
    chat.survey = Some(Survey {
        counts: [2, 2, 2, 2, 1],
    });
    a
}

fn open(audit: Audit) -> App {
    walk_app(audit)
}

/// The screen's lines, without the quotes the test backend puts around them.
fn lines(screen: &str) -> Vec<String> {
    screen
        .lines()
        .map(|l| l.trim_matches('"').to_string())
        .collect()
}

/// The row of the screen holding `needle`.
fn row_of(screen: &str, needle: &str) -> usize {
    lines(screen)
        .iter()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} not on the screen:\n{screen}"))
}

fn click(app: &mut App, column: u16, row: u16) {
    use crossterm::event::{KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
    let ev = MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column,
        row,
        modifiers: KeyModifiers::NONE,
    };
    if let Some(msg) = tpaudit::app::keymap::mouse(ev) {
        tpaudit::app::update(app, msg);
    }
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Ru => "ru",
    }
}

fn evidence(lang: Lang) -> Audit {
    match lang {
        Lang::En => evidence_en(),
        Lang::Ru => evidence_ru(),
    }
}

#[test]
fn the_stage_list_shows_each_stages_customers_and_the_rate_to_the_next() {
    let mut app = open(evidence_en());
    let screen = draw(&mut app, 160, 45);
    let at = row_of(&screen, "│Awareness ");
    let rows = lines(&screen);
    assert!(rows[at + 1].starts_with("│  48,200 → 25.7% "), "{screen}");
    // 12 400 → 1 860 is the lowest rate (15%), though more customers are lost before it.
    let choosing = row_of(&screen, "│Choosing a product ");
    assert!(
        rows[choosing + 1].starts_with("│  12,400 → 15% ▼ "),
        "{screen}"
    );
    assert!(
        rows[choosing + 2].starts_with("│ ▼ biggest loss (rate) "),
        "{screen}"
    );
    let last = row_of(&screen, "│advocacy ");
    assert!(rows[last + 1].starts_with("│  520 "), "{screen}");
    let f = tpaudit::model::funnel::funnel(&app.walk.as_ref().expect("open").audit);
    assert_eq!(f.biggest_loss, Some(1));
}

#[test]
fn the_narrow_stage_header_says_the_stages_figures_and_that_the_loss_is_a_rate() {
    let mut app = open(evidence_en());
    key(&mut app, KeyCode::Char('['));
    key(&mut app, KeyCode::Char('['));
    let screen = draw(&mut app, 80, 24);
    // 80 columns cut the long stage name's line, with "…" at the very end.
    let bar = &lines(&screen)[0];
    assert!(
        bar.contains("Choosing a product  · 5/5 scored · 12,400 → 15%▼ biggest loss (")
            && bar.ends_with('…'),
        "{screen}"
    );
    let mut app = open(evidence_ru());
    key(&mut app, KeyCode::Char(']'));
    let screen = draw(&mut app, 80, 24);
    assert!(
        lines(&screen)[0].contains("5\u{a0}200 → 12,3%▼ главная потеря (доля)"),
        "{screen}"
    );
    key(&mut app, KeyCode::Char(']'));
    let screen = draw(&mut app, 80, 24);
    assert!(
        lines(&screen)[0].contains("· 640 клиентов → 92,2%"),
        "{screen}"
    );
}

#[test]
fn without_a_customers_count_no_funnel_is_drawn() {
    let mut app = open(tui_common::audit(Lang::En));
    let wide = draw(&mut app, 160, 45);
    let rows = lines(&wide);
    let at = row_of(&wide, "│Awareness ");
    assert!(rows[at + 1].starts_with("│Purchase "), "{wide}");
    let narrow = draw(&mut app, 80, 24);
    assert!(!lines(&narrow)[0].contains('→'), "{narrow}");
    let stage_list: String = rows.iter().flat_map(|r| r.chars().take(26)).collect();
    assert!(!stage_list.contains('→'), "{wide}");
}

#[test]
fn a_click_on_a_stage_below_funnel_lines_selects_that_stage() {
    let mut app = open(evidence_en());
    let screen = draw(&mut app, 160, 45);
    let row = row_of(&screen, "│Checkout ");
    click(&mut app, 3, row as u16);
    assert_eq!(app.walk.as_ref().expect("open").stage, 2);
    // A click on a stage's figures line selects that stage too.
    let row = row_of(&screen, "│  1,710 → 30.4%");
    click(&mut app, 3, row as u16);
    assert_eq!(app.walk.as_ref().expect("open").stage, 3);
}

#[test]
fn snapshots_of_the_stage_list_with_the_funnel() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = open(evidence(lang));
        // The stage with the biggest loss.
        app.walk.as_mut().expect("open").go_stage(1);
        for (w, h) in [(80, 24), (160, 45)] {
            let name = format!("funnel_stages_{}_{w}x{h}", lang_name(lang));
            insta::assert_snapshot!(name, draw(&mut app, w, h));
        }
    }
}
