//! The audit cycle in the workbench: last time's scores on the card (hideable, hidden while
//! blind), a re-audit started from the new-audit form, the compare view.

mod tui_common;

use crossterm::event::KeyCode;
use tpaudit::app::{Effect, Msg, update};
use tpaudit::model::reaudit::reaudit;
use tpaudit::model::{Audit, Lang};
use tpaudit::store::{self, DataDir};
use tpaudit::tui::Workbench;
use tui_common::*;

/// Last quarter's audit `q1`, scored: ads, checkout and delivery ranked, support N/A.
pub fn q1(lang: Lang) -> Audit {
    let mut a = audit(lang);
    a.name = "q1".into();
    a.participants = vec![tpaudit::model::Participant {
        id: "p1".into(),
        name: "Anna".into(),
    }];
    let s0 = &mut a.stages[0].touchpoints;
    s0[0].ratings = vec![rating("p1", 4, 3, 3)];
    let s1 = &mut a.stages[1].touchpoints;
    s1[0].ratings = vec![rating("p1", 5, 5, 1)];
    s1[1].ratings = vec![rating("p1", 3, 4, 2)];
    s1[2].not_applicable = true;
    a
}

/// This quarter's `q2`, a re-audit of `q1`: checkout better, delivery worse, a new touchpoint.
pub fn q2(lang: Lang) -> Audit {
    let mut a = reaudit(&q1(lang), "q1", "q2", now());
    let s1 = &mut a.stages[1].touchpoints;
    s1[0].ratings = vec![rating("p1", 5, 5, 4)];
    s1[1].ratings = vec![rating("p1", 4, 5, 1)];
    a.stages[0].touchpoints[0].ratings = vec![rating("p1", 4, 3, 3)];
    a.stages[0]
        .touchpoints
        .push(tpaudit::model::Touchpoint::new("chat", "Chat").into());
    a
}

/// `q2` open in the walk on its checkout, with `q1` loaded as the previous audit.
fn open_q2(lang: Lang) -> tpaudit::app::App {
    open_with(q2(lang))
}

/// `audit`, a re-audit of `q1`, open in the walk on its second stage, `q1` loaded.
fn open_with(audit: Audit) -> tpaudit::app::App {
    open_chain(audit, Vec::new())
}

/// The quarter before `q1`: checkout and delivery both worse than in `q1`, ads better.
fn q0(lang: Lang) -> Audit {
    let mut a = q1(lang);
    a.name = "q0".into();
    a.stages[0].touchpoints[0].ratings = vec![rating("p1", 4, 2, 4)];
    a.stages[1].touchpoints[0].ratings = vec![rating("p1", 5, 5, 1)];
    a.stages[1].touchpoints[1].ratings = vec![rating("p1", 2, 2, 4)];
    a
}

/// `q2` with its checkout's and its ads' action plans marked done since `q1`.
fn q2_with_actions(lang: Lang) -> Audit {
    let mut a = q2(lang);
    let done = |what: &str| {
        Some(tpaudit::model::Action {
            action: what.into(),
            status: tpaudit::model::ActionStatus::Done,
            ..Default::default()
        })
    };
    a.stages[1].touchpoints[0].action = done("One-page checkout");
    a.stages[0].touchpoints[0].action = done("Fewer banners");
    a
}

/// `audit` open as in [`open_with`], the audits before `q1` in its chain loaded too.
fn open_chain(audit: Audit, earlier: Vec<(String, Audit)>) -> tpaudit::app::App {
    let lang = audit.lang;
    let mut app = walk_app(audit);
    update(
        &mut app,
        Msg::PreviousLoaded {
            path: "/nonexistent-tpaudit/audits/demo.ron".into(),
            result: Ok(("q1".into(), Box::new(q1(lang)))),
            earlier,
        },
    );
    let w = app.walk.as_mut().expect("walk");
    (w.stage, w.tp) = (1, 0);
    app
}

#[test]
fn opening_a_re_audit_asks_for_its_previous_audit_and_others_do_not() {
    let mut app = app(Lang::En);
    let path: std::path::PathBuf = "/nonexistent-tpaudit/audits/demo.ron".into();
    let effects = update(
        &mut app,
        Msg::Opened {
            path: path.clone(),
            audit: Box::new(q2(Lang::En)),
        },
    );
    assert_eq!(effects, vec![Effect::LoadPrevious(path.clone())]);
    let effects = update(
        &mut app,
        Msg::Opened {
            path,
            audit: Box::new(q1(Lang::En)),
        },
    );
    assert!(effects.is_empty(), "{effects:?}");
}

#[test]
fn the_card_shows_last_times_scores_and_l_hides_them() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = open_q2(lang);
        let label = tpaudit::i18n::ui::t(lang, tpaudit::i18n::ui::T::LastTime);
        let shown = draw(&mut app, 80, 24);
        insta::assert_snapshot!(format!("last_time_{}_80x24", lang.code()), shown);
        assert!(shown.contains(&format!("{label} (q1)")), "{shown}");
        // Checkout was 5 5 1 last time: rank 1.
        assert!(shown.contains("#1"), "{shown}");
        key(&mut app, KeyCode::Char('L'));
        let hidden = draw(&mut app, 80, 24);
        assert!(!hidden.contains("(q1)"), "{hidden}");
        assert!(flash(&app).is_some());
        key(&mut app, KeyCode::Char('L'));
        assert!(draw(&mut app, 80, 24).contains(label));
        // Blind scoring hides them as it hides the ratings.
        key(&mut app, KeyCode::Char('b'));
        assert!(!draw(&mut app, 80, 24).contains("(q1)"));
        let big = {
            key(&mut app, KeyCode::Char('b'));
            draw(&mut app, 160, 45)
        };
        insta::assert_snapshot!(format!("last_time_{}_160x45", lang.code()), big);
    }
}

#[test]
fn a_new_touchpoint_and_an_unscored_one_say_so() {
    let mut app = open_q2(Lang::En);
    let w = app.walk.as_mut().expect("walk");
    (w.stage, w.tp) = (0, 2);
    let out = draw(&mut app, 160, 45);
    assert!(out.contains("Last time (q1): not in that audit"), "{out}");
    let w = app.walk.as_mut().expect("walk");
    (w.stage, w.tp) = (0, 1);
    let out = draw(&mut app, 160, 45);
    assert!(out.contains("Last time (q1): not scored"), "{out}");
}

#[test]
fn last_time_follows_a_score_change_only_through_the_ranking() {
    let mut app = open_q2(Lang::En);
    let row = |app: &tpaudit::app::App| {
        let w = app.walk.as_ref().expect("walk");
        let p = w.previous.as_ref().expect("previous");
        p.row((1, 0)).and_then(|r| r.change())
    };
    let before = row(&app).expect("ranked in both");
    assert!(before < 0.0, "checkout improved: {before}");
    // Score checkout's satisfaction back down to 1: the comparison follows.
    let w = app.walk.as_mut().expect("walk");
    w.scale = tpaudit::model::Scale::Satisfaction;
    key(&mut app, KeyCode::Char('1'));
    assert_eq!(row(&app), Some(0.0));
}

#[test]
fn without_a_previous_audit_l_says_so() {
    let mut app = walk_app(audit(Lang::En));
    key(&mut app, KeyCode::Char('L'));
    assert!(flash(&app).is_some_and(|f| f.contains("does not follow")));
}

/// A data directory with `q1` scored and `q2` its re-audit, as `tpaudit new q2 --from q1`.
fn data_with_q1_q2(dir: &tempfile::TempDir) -> DataDir {
    let data = DataDir::new(dir.path());
    std::fs::create_dir_all(data.audits_dir()).expect("audits dir");
    store::create(&data.audit_path("q1"), &q1(Lang::En), false).expect("q1");
    store::create(&data.audit_path("q2"), &q2(Lang::En), false).expect("q2");
    data
}

#[test]
fn opening_a_re_audit_from_disk_loads_its_previous_audit_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = data_with_q1_q2(&dir);
    let mut wb = Workbench::new(app(Lang::En));
    wb.data = data.clone();
    wb.run(vec![Effect::Open(data.audit_path("q2"))]);
    let w = wb.walk.as_ref().expect("q2 is open");
    let p = w.previous.as_ref().expect("q1 was loaded");
    assert_eq!((p.name.as_str(), p.audit.name.as_str()), ("q1", "q1"));
}

#[test]
fn an_unreadable_previous_audit_is_a_quiet_note() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = data_with_q1_q2(&dir);
    std::fs::write(data.audit_path("q1"), "(broken").expect("break q1");
    let mut wb = Workbench::new(app(Lang::En));
    wb.data = data.clone();
    wb.run(vec![Effect::Open(data.audit_path("q2"))]);
    assert!(wb.walk.as_ref().is_some_and(|w| w.previous.is_none()));
    assert!(alert(&wb).is_none());
    let note = flash(&wb).expect("a note");
    assert!(note.contains("'q1' could not be read"), "{note}");
    assert!(!wb.flash.as_ref().is_some_and(|n| n.is_error()));
    // A missing one says nothing at all.
    std::fs::remove_file(data.audit_path("q1")).expect("remove q1");
    let mut wb = Workbench::new(app(Lang::En));
    wb.data = data.clone();
    wb.run(vec![Effect::Open(data.audit_path("q2"))]);
    assert!(wb.walk.is_some() && flash(&wb).is_none());
}

mod common;

/// Presses a key and runs its effects, as the loop does.
fn press(wb: &mut Workbench, code: KeyCode) {
    let effects = key(wb, code);
    wb.run(effects);
}

fn type_text(wb: &mut Workbench, text: &str) {
    for c in text.chars() {
        press(wb, KeyCode::Char(c));
    }
}

/// Fills in the new-audit form: `name`, `client`, and the start chosen as following `from`.
fn start_from(wb: &mut Workbench, name: &str, client: &str, from: &str) {
    press(wb, KeyCode::Char('n'));
    type_text(wb, name);
    press(wb, KeyCode::Tab);
    type_text(wb, client);
    press(wb, KeyCode::Tab);
    let Some(tpaudit::app::Modal::NewAudit(form)) = &wb.modal else {
        panic!("the form is open")
    };
    let at = form.audits.iter().position(|a| a == from).expect("listed");
    for _ in 0..wb.templates.len() + at + 1 {
        press(wb, KeyCode::Right);
    }
    // One step back: the arrows go both ways.
    press(wb, KeyCode::Left);
}

#[test]
fn the_new_audit_form_starts_a_re_audit_equal_to_the_command_line_one() {
    let env = common::Env::new();
    let mut before = q1(Lang::Ru);
    before.client = "Tea shop".into();
    before.stages[1].touchpoints[0].action = Some(tpaudit::model::Action {
        action: "Second till".into(),
        status: tpaudit::model::ActionStatus::Done,
        ..Default::default()
    });
    before.stages[1].touchpoints[0].notes = "queue".into();
    env.save("q1", &before);
    env.run(&["new", "q2-cli", "--from", "q1"]).ok();
    for lang in [Lang::En, Lang::Ru] {
        let mut wb = Workbench::new(app(lang));
        wb.data = DataDir::new(env.data());
        wb.run(vec![Effect::List]);
        let name = format!("q2-tui-{}", lang.code());
        start_from(&mut wb, &name, "", "q1");
        // Only the form: the list behind it shows the files' times and, for the selected
        // audit, its temporary path.
        let screen = draw(&mut wb, 80, 24);
        let title = tpaudit::i18n::ui::t(lang, tpaudit::i18n::ui::T::NewAuditTitle);
        let top = screen
            .lines()
            .find(|l| l.contains(title))
            .expect("the form");
        let left = top.chars().position(|c| c == '┌').expect("its corner");
        let right = top.chars().count() - top.chars().rev().position(|c| c == '┐').unwrap();
        let form: Vec<String> = (screen.lines())
            .skip_while(|l| !l.contains(title))
            .take_while(|l| {
                !l.chars()
                    .nth(left)
                    .is_some_and(|c| c != '│' && c != '┌' && c != '└')
            })
            .take(12)
            .map(|l| l.chars().skip(left).take(right - left).collect())
            .collect();
        let form = form.join("\n");
        insta::assert_snapshot!(format!("start_from_{}_80x24", lang.code()), form);
        let words = tpaudit::i18n::ui::t(lang, tpaudit::i18n::ui::T::FromAudit);
        assert!(form.contains(&format!("{words} q1")), "{form}");
        press(&mut wb, KeyCode::Enter);
        assert_eq!(wb.screen, tpaudit::app::Screen::Walk);
        let w = wb.walk.as_ref().expect("the re-audit is open");
        assert_eq!(w.audit.name, name);
        assert!(w.previous.is_some(), "and its previous audit is loaded");
        let (mut cli, tui) = (env.load("q2-cli"), env.load(&name));
        assert_eq!(tui.previous.as_deref(), Some("q1"));
        (cli.name, cli.title) = (name.clone(), name.clone());
        cli.created = tui.created;
        assert_eq!(
            tui, cli,
            "the same audit as `new --from`, apart from the time"
        );
    }
}

#[test]
fn a_client_typed_in_the_form_replaces_the_previous_one_as_client_does() {
    let env = common::Env::new();
    env.save("q1", &q1(Lang::En));
    env.run(&["new", "q2-cli", "--from", "q1", "--client", "New owner"])
        .ok();
    let mut wb = Workbench::new(app(Lang::En));
    wb.data = DataDir::new(env.data());
    wb.run(vec![Effect::List]);
    start_from(&mut wb, "q2-tui", "  New owner ", "q1");
    press(&mut wb, KeyCode::Enter);
    let (mut cli, tui) = (env.load("q2-cli"), env.load("q2-tui"));
    (cli.name, cli.title, cli.created) = (tui.name.clone(), tui.title.clone(), tui.created);
    assert_eq!(tui, cli);
    assert_eq!(tui.client, "New owner");
}

#[test]
fn an_existing_name_is_refused_and_nothing_is_written() {
    let env = common::Env::new();
    env.save("q1", &q1(Lang::En));
    let mut wb = Workbench::new(app(Lang::En));
    wb.data = DataDir::new(env.data());
    wb.run(vec![Effect::List]);
    start_from(&mut wb, "q1", "", "q1");
    press(&mut wb, KeyCode::Enter);
    assert!(matches!(wb.modal, Some(tpaudit::app::Modal::NewAudit(_))));
    assert_eq!(env.load("q1"), q1(Lang::En));
}

#[test]
fn the_compare_view_shows_the_change_of_every_touchpoint() {
    for lang in [Lang::En, Lang::Ru] {
        for (w, h) in [(80, 24), (160, 45)] {
            let mut app = open_q2(lang);
            key(&mut app, KeyCode::Char('C'));
            assert_eq!(app.screen, tpaudit::app::Screen::Compare);
            let out = draw(&mut app, w, h);
            insta::assert_snapshot!(format!("compare_{}_{w}x{h}", lang.code()), out);
            let heading = tpaudit::i18n::ui::t(lang, tpaudit::i18n::ui::T::CompareTitle);
            assert!(out.contains(&format!("{heading} q1")), "{out}");
            // Checkout 125 → 50, delivery 72 → 100 and critical, chat new.
            assert!(out.contains("125    50      −75"), "{out}");
            assert!(out.contains("+52"), "{out}");
            assert!(out.contains("+!"), "{out}");
            let new =
                tpaudit::i18n::cycle::presence_name(lang, tpaudit::model::compare::Presence::Added);
            assert!(out.contains(new), "{out}");
        }
    }
}

#[test]
fn the_compare_view_moves_jumps_to_the_walk_and_goes_back() {
    let mut app = open_q2(Lang::En);
    key(&mut app, KeyCode::Char('C'));
    // Rows: delivery (rank 1), checkout (2), ads (3), website, chat, support.
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen, tpaudit::app::Screen::Walk);
    assert_eq!(cursor(&app).0..cursor(&app).1 + 1, 1..1);
    key(&mut app, KeyCode::Char('C'));
    key(&mut app, KeyCode::Char('G'));
    key(&mut app, KeyCode::Char('k'));
    assert!(
        app.walk
            .as_ref()
            .is_some_and(|w| w.compare_nav.selected > 0)
    );
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(app.screen, tpaudit::app::Screen::Priority);
    key(&mut app, KeyCode::Char('C'));
    assert_eq!(app.screen, tpaudit::app::Screen::Compare);
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, tpaudit::app::Screen::Walk);
}

#[test]
fn the_compare_view_needs_a_previous_audit_and_waits_out_blind_scoring() {
    let mut app = walk_app(audit(Lang::En));
    key(&mut app, KeyCode::Char('C'));
    assert_eq!(app.screen, tpaudit::app::Screen::Walk);
    assert!(flash(&app).is_some_and(|f| f.contains("does not follow")));
    let mut app = walk_app(q2(Lang::En));
    key(&mut app, KeyCode::Char('C'));
    assert!(
        flash(&app).is_some_and(|f| f.contains("not found")),
        "{:?}",
        flash(&app)
    );
    let mut app = open_q2(Lang::En);
    key(&mut app, KeyCode::Char('b'));
    key(&mut app, KeyCode::Char('C'));
    assert_eq!(app.screen, tpaudit::app::Screen::Walk);
}

#[test]
fn the_compare_view_follows_a_new_score() {
    let mut app = open_q2(Lang::En);
    let w = app.walk.as_mut().expect("walk");
    (w.stage, w.tp, w.scale) = (0, 2, tpaudit::model::Scale::Frequency);
    for d in ['5', '5', '5'] {
        key(&mut app, KeyCode::Char(d));
    }
    key(&mut app, KeyCode::Char('C'));
    let out = draw(&mut app, 80, 24);
    assert!(out.contains("Chat"), "{out}");
    let chat = out.lines().find(|l| l.contains("Chat")).expect("chat row");
    assert!(chat.contains("25"), "ranked now: {chat}");
}

#[test]
fn the_matrix_marks_where_the_selected_touchpoint_was_last_time() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = open_q2(lang);
        key(&mut app, KeyCode::Char('m'));
        let out = draw(&mut app, 160, 45);
        insta::assert_snapshot!(format!("matrix_was_{}_160x45", lang.code()), out);
        let label = tpaudit::i18n::ui::t(lang, tpaudit::i18n::ui::T::LastTime);
        // The panel's old mark names the touchpoint by its rank now, as the plot does.
        assert!(out.contains(&format!("○2 {label}: #1")), "{out}");
        let small = draw(&mut app, 80, 24);
        insta::assert_snapshot!(format!("matrix_was_{}_80x24", lang.code()), small);
        // Every touchpoint that moved shows where it was: delivery (1 now) and checkout (2
        // now, its old spot taken by delivery's mark, so a step beside it); ads did not move.
        for text in [&out, &small] {
            assert!(text.contains("○1") && text.contains("○2"), "{text}");
            assert!(!text.contains("○3"), "{text}");
        }
        // Hidden on the card, hidden here too.
        key(&mut app, KeyCode::Esc);
        key(&mut app, KeyCode::Char('L'));
        key(&mut app, KeyCode::Char('m'));
        assert!(!draw(&mut app, 160, 45).contains('○'));
    }
}

#[test]
fn a_long_comparison_scrolls_with_the_selection_and_says_what_is_below() {
    let mut a = q2(Lang::En);
    for i in 0..10 {
        let tp = tpaudit::model::Touchpoint::new(format!("new{i}"), format!("New {i}"));
        a.stages[0].touchpoints.push(tp.into());
    }
    let mut app = open_with(a);
    key(&mut app, KeyCode::Char('C'));
    // 16 rows in all and 7 on a page, above the note on what a change means (kept in sight)
    // and the two lines of actions done.
    let out = draw(&mut app, 60, 16);
    assert!(out.contains("▼ 9 more"), "{out}");
    assert!(out.contains("a negative"), "{out}");
    key(&mut app, KeyCode::Char('G'));
    let out = draw(&mut app, 60, 16);
    assert!(out.contains("▲ 9 more") && out.contains("Support"), "{out}");
    assert!(out.contains("a negative"), "{out}");
    insta::assert_snapshot!("compare_scrolled_en_60x16", out);
}

#[test]
fn a_narrow_compare_view_says_where_a_touchpoint_moved_to() {
    let mut app = open_q2(Lang::En);
    key(&mut app, KeyCode::Char('C'));
    let out = draw(&mut app, 60, 16);
    insta::assert_snapshot!("compare_en_60x16", out);
    assert!(out.contains("→ keep up"), "{out}");
}

#[test]
fn the_compare_view_lists_the_actions_done_since_and_whether_they_helped() {
    for lang in [Lang::En, Lang::Ru] {
        for (w, h) in [(80, 24), (160, 45)] {
            let mut app = open_with(q2_with_actions(lang));
            key(&mut app, KeyCode::Char('C'));
            let out = draw(&mut app, w, h);
            insta::assert_snapshot!(format!("compare_done_{}_{w}x{h}", lang.code()), out);
            let words = tpaudit::i18n::cycle::words(lang);
            assert!(
                out.contains(&format!("{} q1:", words.done_actions)),
                "{out}"
            );
            // Checkout 125 → 50: improved; ads 36 → 36: unchanged.
            let improved =
                tpaudit::i18n::cycle::verdict_one(lang, tpaudit::model::compare::Verdict::Improved);
            let line = out
                .lines()
                .find(|l| l.contains("✓ Checkout: One-page checkout"))
                .unwrap_or_else(|| panic!("{out}"));
            assert!(
                line.contains("125 → 50") && line.contains(improved),
                "{line}"
            );
            assert!(out.contains("✓ Ads: Fewer banners"), "{out}");
        }
        // None done: it says so.
        let mut app = open_q2(lang);
        key(&mut app, KeyCode::Char('C'));
        let none = tpaudit::i18n::cycle::words(lang).no_done_actions;
        let out = draw(&mut app, 160, 45);
        assert!(out.contains(none), "{out}");
    }
}

#[test]
fn over_a_chain_of_three_the_compare_view_shows_each_touchpoints_trend() {
    for lang in [Lang::En, Lang::Ru] {
        let earlier = vec![("q0".to_string(), q0(lang))];
        for (w, h) in [(80, 24), (160, 45)] {
            let mut app = open_chain(q2_with_actions(lang), earlier.clone());
            key(&mut app, KeyCode::Char('C'));
            let out = draw(&mut app, w, h);
            insta::assert_snapshot!(format!("compare_trend_{}_{w}x{h}", lang.code()), out);
            assert!(out.contains("q0 → q1 → q2"), "{out}");
            // The same sparklines as `tpaudit compare q0 q1 q2` prints.
            let audits = [q0(lang), q1(lang), q2_with_actions(lang)];
            let named: Vec<tpaudit::io::report::compare::Named> = audits
                .iter()
                .map(|a| tpaudit::io::report::compare::Named {
                    name: &a.name,
                    audit: a,
                })
                .collect();
            let view = tpaudit::io::report::compare::View::new(
                &named,
                tpaudit::model::CrosshairMode::Midpoint,
            );
            let text = tpaudit::io::report::compare::render(
                &view,
                tpaudit::io::report::Format::Text,
                false,
            );
            for name in ["Checkout", "Delivery", "Ads"] {
                let spark = |s: &str| -> String {
                    let line = s.lines().find(|l| l.contains(name)).expect(name);
                    line.chars().filter(|c| "▁▂▃▅▇·".contains(*c)).collect()
                };
                let want = spark(&text);
                assert_eq!(want.chars().count(), 3, "{text}");
                assert_eq!(spark(&out), want, "{name}\n{out}\n{text}");
            }
        }
    }
    // Two audits make no trend.
    let mut app = open_q2(Lang::En);
    key(&mut app, KeyCode::Char('C'));
    assert!(!draw(&mut app, 160, 45).contains("Trend"));
}

#[test]
fn an_action_marked_done_in_the_sitting_shows_in_the_compare_view() {
    let mut app = open_q2(Lang::En);
    key(&mut app, KeyCode::Char('p'));
    // Rank 2 is the checkout; its plan: an action, then the status twice to done.
    key(&mut app, KeyCode::Char('j'));
    key(&mut app, KeyCode::Char('t'));
    keys(&mut app, "One-page checkout");
    for _ in 0..6 {
        key(&mut app, KeyCode::Tab);
    }
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Char(' '));
    key_with(
        &mut app,
        KeyCode::Char('s'),
        crossterm::event::KeyModifiers::CONTROL,
    );
    key(&mut app, KeyCode::Char('C'));
    let out = draw(&mut app, 100, 30);
    assert!(out.contains("✓ Checkout: One-page checkout"), "{out}");
}

/// `q2` under a long name, its checkout under a long name, and twenty new touchpoints.
fn q2_long(lang: Lang) -> Audit {
    let mut a = q2_with_actions(lang);
    a.name = "northwind-store-2026-q2".into();
    a.stages[1].touchpoints[0].name =
        "Checkout form with address, delivery slot and payment choice".into();
    for i in 0..20 {
        let tp = tpaudit::model::Touchpoint::new(format!("new{i}"), format!("New {i}"));
        a.stages[0].touchpoints.push(tp.into());
    }
    a
}

#[test]
fn the_compare_view_cuts_names_with_an_ellipsis_keeps_the_open_audit_and_the_note() {
    for lang in [Lang::En, Lang::Ru] {
        let earlier = vec![("northwind-store-2026-q0".to_string(), q0(lang))];
        let note = match lang {
            Lang::En => "a negative change is",
            Lang::Ru => "отрицательное изменение",
        };
        for (w, h) in [(80, 24), (160, 45)] {
            let mut app = open_chain(q2_long(lang), earlier.clone());
            key(&mut app, KeyCode::Char('C'));
            let out = draw(&mut app, w, h);
            let title = out.lines().next().unwrap_or_default();
            assert!(
                title
                    .trim_end_matches(['"', ' '])
                    .ends_with("→ northwind-store-2026-q2"),
                "{out}"
            );
            let checkout = out.lines().find(|l| l.contains("−75")).unwrap_or_default();
            assert!(
                checkout.contains("Checkout form w") && checkout.contains('…'),
                "{out}"
            );
            assert!(out.contains(note), "{out}");
            insta::assert_snapshot!(format!("compare_long_{}_{w}x{h}", lang.code()), out);
        }
    }
}
