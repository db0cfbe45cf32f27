//! The evidence views of the workbench: the funnel on the stage list, the matrix and the list
//! ranked by the customers' answers (`s`), and the data gaps (`d`), drawn at 80×24 and 160×45
//! in English and Russian.

mod common;
mod tui_common;

use crossterm::event::KeyCode;
use tpaudit::app::App;
use tpaudit::model::voice::{self, SatisfactionFrom};
use tpaudit::model::{Audit, CrosshairMode, Lang, Level, Measurement, Survey, gaps};
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
fn on_a_narrow_stage_list_the_loss_note_is_cut_after_a_whole_word() {
    let mut app = open(evidence_en());
    let screen = draw(&mut app, 100, 30);
    let choosing = row_of(&screen, "│  12,400 → 15% ▼");
    let note = &lines(&screen)[choosing + 1];
    assert!(note.starts_with("│ ▼ biggest loss … "), "{screen}");
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
    // 80 columns leave no room for the loss note whole: the figures and the mark, no word cut.
    let bar = &lines(&screen)[0];
    assert!(
        bar.contains("Choosing a product  · 5/5 scored  · 12,400 → 15% ▼ ")
            && !bar.contains('…')
            && !bar.contains("biggest"),
        "{screen}"
    );
    let mut app = open(evidence_ru());
    key(&mut app, KeyCode::Char(']'));
    let screen = draw(&mut app, 80, 24);
    assert!(
        lines(&screen)[0].contains("5\u{a0}200 → 12,3% ▼ главная потеря (доля)"),
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

fn walk(app: &App) -> &tpaudit::app::Walk {
    app.walk.as_ref().expect("an open audit")
}

/// The touchpoint ids of a ranking's ranked rows, in rank order.
fn ids(audit: &Audit, ranking: &tpaudit::model::Ranking) -> Vec<String> {
    (ranking.ranked.iter())
        .map(|r| audit.stages[r.at.0].touchpoints[r.at.1].id.clone())
        .collect()
}

/// The list's ranked touchpoint ids in the order it shows them.
fn listed(app: &App) -> Vec<String> {
    let w = walk(app);
    ids(&w.audit, &w.list_ranking())
}

#[test]
fn s_ranks_the_list_as_report_satisfaction_customers_does() {
    let env = common::Env::new();
    let path = env.save("evidence", &evidence_en());
    let out = env.run(&[
        "report",
        path.to_str().expect("a path"),
        "--format",
        "json",
        "--satisfaction",
        "customers",
    ]);
    let json: serde_json::Value = serde_json::from_str(out.ok()).expect("JSON");
    let report: Vec<String> = (json["ranked"].as_array().expect("ranked").iter())
        .map(|r| r["touchpoint_id"].as_str().expect("an id").to_string())
        .collect();
    let mut app = open(evidence_en());
    key(&mut app, KeyCode::Char('p'));
    key(&mut app, KeyCode::Char('s'));
    assert_eq!(listed(&app), report);
    let w = walk(&app);
    let model = voice::rank_by_customers(&w.audit, w.ranking.mode());
    assert_eq!(w.ranking.shown(), &model.ranking);
    // Every ranked touchpoint has at least 10 answers and the customers' mean as satisfaction.
    for r in &w.ranking.shown().ranked {
        let tp = &w.audit.stages[r.at.0].touchpoints[r.at.1];
        let c = voice::customers(tp).expect("surveyed");
        assert!(c.n >= 10);
        assert_eq!(r.scores.satisfaction, c.mean);
    }
    let not_surveyed = json["not_surveyed"].as_array().expect("not surveyed").len();
    assert_eq!(model.not_surveyed.len(), not_surveyed);
    let screen = draw(&mut app, 160, 45);
    assert!(lines(&screen)[0].contains("[S: customers]"), "{screen}");
    assert!(
        lines(&screen)[0].contains(&format!("not surveyed: {not_surveyed}")),
        "{screen}"
    );
    // The matrix shows the same ranking, and says so.
    key(&mut app, KeyCode::Char('m'));
    let screen = draw(&mut app, 160, 45);
    assert!(
        lines(&screen)[0].starts_with(" Priority matrix [S: customers]"),
        "{screen}"
    );
    assert!(screen.contains("6 ●  Packaging and unboxing"), "{screen}");
    // The selected mark's details say what its satisfaction is: the customers' mean and n.
    assert!(screen.contains("#2 Checkout form"), "{screen}");
    assert!(
        screen.contains("F 4  I 5  S 2.7  priority 65.8"),
        "{screen}"
    );
    assert!(screen.contains("customers 2.7 (n = "), "{screen}");
    // s again: the team's ranking of every scored touchpoint.
    key(&mut app, KeyCode::Char('s'));
    let w = walk(&app);
    assert_eq!(w.ranking.satisfaction_from(), SatisfactionFrom::Ratings);
    assert_eq!(w.ranking.shown(), w.ranking.ranking());
    assert!(lines(&draw(&mut app, 160, 45))[0].contains("[S: team]"));
}

#[test]
fn the_customers_ranking_follows_score_changes_and_the_crosshair() {
    let mut app = open(evidence_en());
    key(&mut app, KeyCode::Char('p'));
    key(&mut app, KeyCode::Char('s'));
    // The first of the customers' ranking: its frequency and impact lowered to 1 by one
    // participant, it moves down there too.
    key(&mut app, KeyCode::Char('g'));
    let first = listed(&app)[0].clone();
    key(&mut app, KeyCode::Enter);
    for digit in ['1', '1'] {
        key(&mut app, KeyCode::Char(digit));
    }
    key(&mut app, KeyCode::Char('p'));
    let w = walk(&app);
    let model = voice::rank_by_customers(&w.audit, w.ranking.mode());
    assert_eq!(w.ranking.shown(), &model.ranking);
    assert_ne!(listed(&app)[0], first, "it moved down");
    key(&mut app, KeyCode::Char('m'));
    key(&mut app, KeyCode::Char('c'));
    let w = walk(&app);
    let mean = voice::rank_by_customers(&w.audit, CrosshairMode::DataMean);
    assert_eq!(w.ranking.shown(), &mean.ranking);
}

#[test]
fn without_a_survey_s_says_how_to_import_one_and_stays_on_the_team() {
    let mut app = open(tui_common::example(Lang::En));
    key(&mut app, KeyCode::Char('p'));
    key(&mut app, KeyCode::Char('s'));
    assert_eq!(
        tui_common::flash(&app).as_deref(),
        Some("No survey imported: tpaudit survey AUDIT FILE.csv")
    );
    assert_eq!(
        walk(&app).ranking.satisfaction_from(),
        SatisfactionFrom::Ratings
    );
    // No survey, no source tag: the title is as it always was.
    let screen = draw(&mut app, 160, 45);
    assert!(!lines(&screen)[0].contains("[S:"), "{screen}");
    let mut app = open(tui_common::example(Lang::Ru));
    key(&mut app, KeyCode::Char('m'));
    key(&mut app, KeyCode::Char('s'));
    assert_eq!(
        tui_common::flash(&app).as_deref(),
        Some("Опрос не загружен: tpaudit survey АУДИТ ФАЙЛ.csv")
    );
}

#[test]
fn variants_are_the_teams_and_filters_work_on_either_ranking() {
    let mut app = open(evidence_en());
    key(&mut app, KeyCode::Char('p'));
    key(&mut app, KeyCode::Char('v'));
    assert_eq!(walk(&app).list_variant(), 1);
    key(&mut app, KeyCode::Char('s'));
    // The customers' ranking has no variants: v says so and changes nothing.
    let before = listed(&app);
    key(&mut app, KeyCode::Char('v'));
    assert_eq!(
        tui_common::flash(&app).as_deref(),
        Some("Variants re-rank the team's ratings: s goes back to them first")
    );
    assert_eq!(listed(&app), before);
    let screen = draw(&mut app, 160, 45);
    assert!(
        !lines(&screen)[0].contains("without"),
        "no variant tag: {screen}"
    );
    // The name filter keeps the customers' ranks.
    tui_common::keys(&mut app, "/page");
    key(&mut app, KeyCode::Enter);
    let w = walk(&app);
    let shown = w.list_ranking();
    assert_eq!(ids(&w.audit, &shown), ["product-page"]);
    let full = voice::rank_by_customers(&w.audit, w.ranking.mode()).ranking;
    let rank = full
        .ranked
        .iter()
        .find(|r| r.at == shown.ranked[0].at)
        .expect("ranked");
    assert_eq!(shown.ranked[0].rank, rank.rank);
    // Back on the team's ratings, the variant chosen before is still there.
    key(&mut app, KeyCode::Esc);
    key(&mut app, KeyCode::Char('s'));
    assert_eq!(walk(&app).list_variant(), 1);
    assert!(walk(&app).variant_name(Lang::En).is_some());
}

#[test]
fn blind_scoring_still_refuses_the_list_and_the_matrix() {
    let mut app = open(evidence_en());
    key(&mut app, KeyCode::Char('b'));
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(app.screen, tpaudit::app::Screen::Walk);
    key(&mut app, KeyCode::Char('m'));
    assert_eq!(app.screen, tpaudit::app::Screen::Walk);
}

#[test]
fn d_lists_only_the_data_gaps_in_rank_order_with_why() {
    let mut app = open(evidence_en());
    key(&mut app, KeyCode::Char('p'));
    key(&mut app, KeyCode::Char('d'));
    let w = walk(&app);
    let gaps = gaps::data_gaps(&w.audit, w.ranking.ranking());
    assert!(!gaps.is_empty());
    let shown: Vec<_> = w.list_ranking().ranked.iter().map(|r| r.at).collect();
    assert_eq!(shown, gaps);
    assert!(w.list_ranking().unscored.is_empty() && w.list_ranking().not_applicable.is_empty());
    let screen = draw(&mut app, 160, 45);
    let rows = lines(&screen);
    assert!(rows[0].contains("[data gaps]"), "{screen}");
    assert!(rows[1].contains(" Impact  Satisfaction"), "{screen}");
    // Search ads: impact measured, satisfaction a guess nothing backs.
    let search = &rows[row_of(&screen, "Search and shopping ads")];
    assert!(
        search.contains("         assumed: no survey ≥10, no measurement"),
        "{screen}"
    );
    // Product page: impact a guess, satisfaction backed by the survey.
    let product = &rows[row_of(&screen, "Product page")];
    assert!(
        product.contains(" assumed ") && !product.contains("no survey"),
        "{screen}"
    );
    assert!(
        screen.contains("What to measure before spending money"),
        "{screen}"
    );
    // In the customers' ranking, the gaps are that ranking's.
    key(&mut app, KeyCode::Char('s'));
    let w = walk(&app);
    let by_customers = voice::rank_by_customers(&w.audit, w.ranking.mode()).ranking;
    let shown: Vec<_> = w.list_ranking().ranked.iter().map(|r| r.at).collect();
    assert_eq!(shown, gaps::data_gaps(&w.audit, &by_customers));
    key(&mut app, KeyCode::Char('d'));
    assert_eq!(
        listed(&app).len(),
        by_customers.ranked.len(),
        "d again shows all"
    );
}

#[test]
fn without_gaps_the_view_says_so() {
    let mut audit = evidence_ru();
    for s in audit.stages.iter_mut() {
        for tp in s.touchpoints.iter_mut() {
            tp.evidence.impact = Level::Measured;
            tp.evidence.satisfaction = Level::Observed;
        }
    }
    let mut app = open(audit);
    key(&mut app, KeyCode::Char('p'));
    key(&mut app, KeyCode::Char('d'));
    let screen = draw(&mut app, 80, 24);
    assert!(screen.contains("Пробелов нет"), "{screen}");
    assert!(lines(&screen)[0].contains("[пробелы в данных]"), "{screen}");
}

#[test]
fn snapshots_of_the_customers_ranking_and_the_data_gaps() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = open(evidence(lang));
        key(&mut app, KeyCode::Char('p'));
        key(&mut app, KeyCode::Char('s'));
        let l = lang_name(lang);
        for (w, h) in [(80, 24), (160, 45)] {
            insta::assert_snapshot!(format!("customers_list_{l}_{w}x{h}"), draw(&mut app, w, h));
        }
        key(&mut app, KeyCode::Char('m'));
        for (w, h) in [(80, 24), (160, 45)] {
            insta::assert_snapshot!(
                format!("customers_matrix_{l}_{w}x{h}"),
                draw(&mut app, w, h)
            );
        }
        key(&mut app, KeyCode::Char('s'));
        key(&mut app, KeyCode::Char('p'));
        key(&mut app, KeyCode::Char('d'));
        for (w, h) in [(80, 24), (160, 45)] {
            insta::assert_snapshot!(format!("data_gaps_{l}_{w}x{h}"), draw(&mut app, w, h));
        }
    }
}

mod follows_edits {
    use super::*;
    use proptest::prelude::*;

    /// Keys of the walk that change scores, flags and the checklist's place, and undo them.
    fn walk_key() -> impl Strategy<Value = char> {
        prop::sample::select(vec![
            '1', '2', '3', '4', '5', 'j', 'k', '[', ']', 'x', 'u', 'l', 'h', 'n',
        ])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(48))]

        /// Whatever is scored, flagged or undone in the walk, the customers' ranking the
        /// analysis screens show is the one `rank_by_customers` gives the audit afresh.
        #[test]
        fn the_customers_ranking_is_always_the_models(keys in prop::collection::vec(walk_key(), 1..40)) {
            let mut app = open(evidence_en());
            key(&mut app, KeyCode::Char('p'));
            key(&mut app, KeyCode::Char('s'));
            key(&mut app, KeyCode::Esc);
            for k in keys {
                key(&mut app, KeyCode::Char(k));
            }
            let w = walk(&app);
            let model = voice::rank_by_customers(&w.audit, w.ranking.mode());
            prop_assert_eq!(w.ranking.shown(), &model.ranking);
            prop_assert_eq!(w.ranking.customers().map(|c| &c.not_surveyed), Some(&model.not_surveyed));
        }
    }
}

#[test]
fn the_customers_ranking_shows_no_team_satisfaction_on_rows_not_scored_yet() {
    // The order form: 20 customers' answers (mean 3.7), the team's impact not rated yet and
    // its satisfaction 3.
    let mut audit = evidence_ru();
    let form = &mut audit.stages[2].touchpoints[0];
    for r in &mut form.ratings {
        (r.impact, r.satisfaction) = (None, Some(3));
    }
    let mut app = open(audit);
    key(&mut app, KeyCode::Char('p'));
    key(&mut app, KeyCode::Char('s'));
    let w = walk(&app);
    assert_eq!(w.list_ranking().unscored, vec![(2, 0)]);
    let screen = draw(&mut app, 160, 45);
    let row = &lines(&screen)[row_of(&screen, "Форма заказа")];
    let cells: Vec<&str> = row.split_whitespace().collect();
    let at = cells
        .iter()
        .rposition(|c| *c == "заказа")
        .expect("the name");
    assert_eq!(&cells[at + 1..at + 4], ["5", "–", "3,7"], "{screen}");
    // Back on the team's ranking the row shows the team's satisfaction.
    key(&mut app, KeyCode::Char('s'));
    let screen = draw(&mut app, 160, 45);
    let row = &lines(&screen)[row_of(&screen, "Форма заказа")];
    let cells: Vec<&str> = row.split_whitespace().collect();
    assert_eq!(&cells[at + 1..at + 4], ["5", "–", "3"], "{screen}");
}

/// The bottom hint line of the screen.
fn hint_line(screen: &str) -> String {
    lines(screen).last().cloned().unwrap_or_default()
}

#[test]
fn the_hint_line_shows_s_and_d_where_they_act_and_fit() {
    for lang in [Lang::En, Lang::Ru] {
        let (source, back, gaps) = match lang {
            Lang::En => (" s Customers ", " s Team ", " d Data gaps "),
            Lang::Ru => (" s Клиенты ", " s Команда ", " d Пробелы "),
        };
        let mut app = open(evidence(lang));
        app.lang = lang;
        key(&mut app, KeyCode::Char('p'));
        for width in [120, 160] {
            let line = hint_line(&draw(&mut app, width, 40));
            assert!(
                line.contains(source) && line.contains(gaps),
                "{width}: {line}"
            );
        }
        insta::assert_snapshot!(
            format!("list_hints_{}_120x30", lang_name(lang)),
            draw(&mut app, 120, 30)
        );
        // The matrix has no data-gaps filter, and says nothing of one.
        key(&mut app, KeyCode::Char('m'));
        let line = hint_line(&draw(&mut app, 160, 40));
        assert!(line.contains(source) && !line.contains(gaps), "{line}");
        insta::assert_snapshot!(
            format!("matrix_hints_{}_160x45", lang_name(lang)),
            draw(&mut app, 160, 45)
        );
        // On the customers' ranking `s` says it goes back to the team's.
        key(&mut app, KeyCode::Char('s'));
        let line = hint_line(&draw(&mut app, 160, 40));
        assert!(line.contains(back), "{line}");
    }
    // Without a survey `s` would only say how to import one: not hinted.
    let mut app = open(tui_common::audit(Lang::En));
    key(&mut app, KeyCode::Char('p'));
    let line = hint_line(&draw(&mut app, 160, 40));
    assert!(
        !line.contains(" s ") && line.contains(" d Data gaps "),
        "{line}"
    );
    key(&mut app, KeyCode::Char('m'));
    let line = hint_line(&draw(&mut app, 160, 40));
    assert!(!line.contains(" s "), "{line}");
}

/// Each of `actions` that a line of `screen` shows after `→` is shown whole or cut after a
/// whole word, with "…".
fn actions_cut_at_words(screen: &str, actions: &[String]) {
    for line in lines(screen) {
        let Some((_, shown)) = line.split_once(" → ") else {
            continue;
        };
        let shown = shown.trim_end();
        let Some(action) = actions.iter().find(|a| {
            let kept = shown.trim_end_matches('…').trim_end();
            !kept.is_empty() && a.starts_with(kept)
        }) else {
            continue;
        };
        let kept = shown.trim_end_matches('…').trim_end();
        let next = action[kept.len()..].chars().next();
        assert!(
            next.is_none() || next == Some(' '),
            "cut mid-word: {shown:?} of {action:?}\n{screen}"
        );
    }
}

#[test]
fn the_customers_ranking_at_80_columns_cuts_nothing_mid_word() {
    let mut app = open(evidence_en());
    key(&mut app, KeyCode::Char('p'));
    key(&mut app, KeyCode::Char('s'));
    let w = walk(&app);
    let actions: Vec<String> = (w.audit.touchpoints())
        .filter_map(|(_, _, t)| t.action.as_ref().map(|a| a.action.clone()))
        .collect();
    let screen = draw(&mut app, 80, 24);
    actions_cut_at_words(&screen, &actions);
    assert!(
        screen.contains("→ Move the cookie banner to the bottom, …"),
        "{screen}"
    );
    // With the data gaps the title keeps each count whole, dropping the last that does not fit.
    key(&mut app, KeyCode::Char('d'));
    let screen = draw(&mut app, 80, 24);
    let title = &lines(&screen)[0];
    assert!(title.contains("· 0 critical"), "{screen}");
    assert!(!title.contains("not surveyed"), "{screen}");
    // The heading of the gaps, then what it means, whole.
    let heading = row_of(&screen, "What to measure before spending money");
    let intro = &lines(&screen)[heading + 1];
    assert_eq!(
        intro.trim_end(),
        "Top-ranked touchpoints whose place rests on a guess",
        "{screen}"
    );
}

#[test]
fn the_matrix_details_at_80_columns_never_cut_the_priority_number() {
    let mut app = open(evidence_en());
    key(&mut app, KeyCode::Char('m'));
    key(&mut app, KeyCode::Char('s'));
    let screen = draw(&mut app, 80, 24);
    assert!(screen.contains("#2 Checkout form"), "{screen}");
    assert!(screen.contains("│ F 4  I 5  S 2.7"), "{screen}");
    assert!(screen.contains("│ priority 65.8"), "{screen}");
    assert!(!screen.contains("65…"), "{screen}");
}
