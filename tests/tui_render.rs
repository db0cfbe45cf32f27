//! Every screen drawn on a test terminal and compared with reviewed snapshots.

mod tui_common;

use crossterm::event::KeyCode;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tpaudit::app::App;
use tpaudit::app::HomeEntry;
use tpaudit::app::{Msg, update};
use tpaudit::model::Lang;
use tui_common::*;

fn draw(app: &mut App, w: u16, h: u16) -> String {
    update(app, Msg::Resize(w, h));
    let mut terminal = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    terminal
        .draw(|f| tpaudit::ui::view(app, &tpaudit::ui::Theme::dark(), f))
        .expect("draws");
    terminal.backend().to_string()
}

fn home_app(lang: Lang) -> App {
    let mut app = app(lang);
    let a = audit(lang);
    update(
        &mut app,
        Msg::Listed(vec![HomeEntry {
            name: "demo".into(),
            title: String::new(),
            path: "/x/audits/demo.ron".into(),
            copy_of: None,
            client: "ACME".into(),
            progress: Some(tpaudit::model::score::progress(
                a.touchpoints().map(|(_, _, t)| t),
            )),
            updated: Some(now()),
            error: None,
        }]),
    );
    app
}

/// A walk with a scored touchpoint, a second participant and notes, saved at the fixed time.
fn walk_state(lang: Lang) -> App {
    let mut app = walk_app(audit(lang));
    keys(&mut app, "452");
    update(
        &mut app,
        Msg::Saved {
            upto: u64::MAX,
            result: Ok(()),
        },
    );
    key(&mut app, KeyCode::Char('k'));
    app
}

fn lang_name(lang: Lang) -> &'static str {
    lang.code()
}

/// Snapshots one state at 80×24 and at the smallest size drawn in full, 60×16.
fn snap(name: &str, lang: Lang, make: impl Fn(Lang) -> App) {
    for (w, h) in [(80, 24), (60, 16)] {
        let mut app = make(lang);
        let out = draw(&mut app, w, h);
        insta::assert_snapshot!(format!("{name}_{}_{w}x{h}", lang_name(lang)), out);
    }
}

#[test]
fn screens_in_both_languages() {
    for lang in [Lang::En, Lang::Ru] {
        // Below the minimum every screen is the same notice: one snapshot of it is enough.
        let mut app = walk_state(lang);
        let out = draw(&mut app, 40, 12);
        insta::assert_snapshot!(format!("too_small_{}_40x12", lang_name(lang)), out);
        snap("home", lang, home_app);
        snap("walk", lang, walk_state);
        snap("help", lang, |l| {
            let mut app = walk_state(l);
            key(&mut app, KeyCode::Char('?'));
            app
        });
        snap("notes", lang, |l| {
            let mut app = walk_state(l);
            key(&mut app, KeyCode::Enter);
            keys(&mut app, "Клиенты ждут ответа 2 дня 🙁");
            app
        });
        snap("new_form", lang, |l| {
            let mut app = home_app(l);
            key(&mut app, KeyCode::Char('n'));
            key(&mut app, KeyCode::Enter);
            app
        });
        snap("confirm", lang, |l| {
            let mut app = home_app(l);
            key(&mut app, KeyCode::Char('d'));
            app
        });
        snap("walk_participants", lang, |l| {
            let mut app = walk_state(l);
            key(&mut app, KeyCode::Char('+'));
            keys(&mut app, "Анна");
            key(&mut app, KeyCode::Enter);
            keys(&mut app, "2");
            // Not applicable moves on; back to it, to see its card.
            key(&mut app, KeyCode::Char('x'));
            key(&mut app, KeyCode::Char('k'));
            app
        });
    }
}

#[test]
fn wide_walk_uses_the_space() {
    let mut app = walk_state(Lang::En);
    insta::assert_snapshot!("walk_en_160x45", draw(&mut app, 160, 45));
}

#[test]
fn no_size_panics_and_the_table_draws_only_visible_rows() {
    let mut big = audit(Lang::En);
    let template = big.stages[1].touchpoints[0].clone();
    big.stages[1].touchpoints = (0..500)
        .map(|i| tpaudit::model::Touchpoint {
            id: format!("t{i}"),
            name: format!("Touchpoint {i}"),
            ..(*template).clone()
        })
        .map(Into::into)
        .collect();
    let mut app = walk_app(big);
    key(&mut app, KeyCode::Char(']'));
    key(&mut app, KeyCode::Char('G'));
    for (w, h) in [
        (1, 1),
        (2, 3),
        (59, 15),
        (60, 16),
        (99, 30),
        (100, 30),
        (300, 100),
    ] {
        let out = draw(&mut app, w, h);
        if w >= 60 && h >= 16 {
            assert!(
                out.contains("Touchpoint 499"),
                "the selection is scrolled into view at {w}x{h}"
            );
            assert!(
                !out.contains("Touchpoint 0 "),
                "rows above the window are not drawn at {w}x{h}"
            );
        }
    }
    key(&mut app, KeyCode::Char('?'));
    draw(&mut app, 1, 1);
    draw(&mut app, 61, 17);
}

/// An audit whose names are as long as those of the built-in templates.
fn long_names() -> tpaudit::model::Audit {
    use tpaudit::model::{Stage, Touchpoint};
    let mut a = audit(Lang::En);
    a.stages[0].touchpoints[1] =
        Touchpoint::new("social", "Targeted ads in social networks").into();
    a.stages[1] = Stage::new("retention", "Retention and advocacy");
    a.stages[1].touchpoints =
        tpaudit::model::shared([Touchpoint::new("loyal", "Loyalty programme")]);
    a
}

#[test]
fn names_and_questions_are_shown_whole_at_100x30() {
    let mut app = walk_app(long_names());
    keys(&mut app, "452");
    let out = draw(&mut app, 100, 30);
    // The card's title has it whole; the table, whose score columns fit a mean such as 2.7,
    // cuts it with an ellipsis.
    assert!(out.contains("┌Targeted ads in social networks─"), "{out}");
    assert!(out.contains("│Targeted ads in social ne… "), "{out}");
    assert!(
        out.contains("│Retention and "),
        "the stage name wraps: {out}"
    );
    assert!(out.contains("│advocacy "), "{out}");
    assert!(out.contains("How many customers meet it?"), "{out}");
}

#[test]
fn the_hint_line_holds_whole_hints_and_always_the_help_key() {
    for (w, lang) in [
        (60, Lang::En),
        (80, Lang::En),
        (60, Lang::Ru),
        (100, Lang::Ru),
    ] {
        let mut app = walk_app(audit(lang));
        let out = draw(&mut app, w, 24);
        let hints = out.lines().last().unwrap_or_default();
        let help = if lang == Lang::En {
            "? All keys"
        } else {
            "? Все клавиши"
        };
        assert!(hints.contains(help), "{hints}");
        assert!(hints.contains("1-5 "), "{hints}");
        for b in tpaudit::app::keymap::WALK.iter().filter(|b| b.hint) {
            let label = format!(" {} ", b.label());
            // A hint is either absent or followed by its full word.
            if let Some(at) = hints.find(&label) {
                let rest = &hints[at + label.len()..];
                assert!(!rest.trim_end_matches('"').trim().is_empty(), "{hints}");
            }
        }
    }
}

#[test]
fn help_scrolls_when_the_keys_do_not_fit() {
    let mut app = walk_app(audit(Lang::En));
    update(&mut app, Msg::Resize(60, 16));
    key(&mut app, KeyCode::Char('?'));
    let out = draw(&mut app, 60, 16);
    assert!(out.contains("j k scroll"), "{out}");
    assert!(out.contains(" 1-5     Score"), "{out}");
    assert!(!out.contains("Quit (saves first)"), "{out}");
    for _ in 0..100 {
        key(&mut app, KeyCode::Char('j'));
    }
    let out = draw(&mut app, 60, 16);
    assert!(
        out.contains("Quit (saves first)"),
        "the end is reachable: {out}"
    );
    assert!(!out.contains(" 1-5     Score"), "{out}");
    assert_eq!(
        app.help_scroll,
        tpaudit::app::help::max_scroll(&app),
        "scrolling stops at the end"
    );
    key(&mut app, KeyCode::Char('k'));
    assert_eq!(app.modal, Some(tpaudit::app::Modal::Help));
    key(&mut app, KeyCode::Char('x'));
    assert_eq!(app.modal, None, "any other key closes");
    assert_eq!(app.help_scroll, 0, "and the next help starts at the top");
}

#[test]
fn the_end_of_the_walk_is_said_on_the_status_line() {
    let mut app = walk_app(audit(Lang::En));
    keys(&mut app, "111222333444555");
    let out = draw(&mut app, 100, 30);
    assert!(out.contains("Every touchpoint is scored. Press p"), "{out}");
    assert!(out.contains("│Support "), "{out}");
}

#[test]
fn notes_are_shown_in_full_on_the_card_when_there_is_room() {
    let mut a = audit(Lang::En);
    a.stages[0].touchpoints[0].notes =
        "Parcel lockers go live in December.\nTwo complaints about the courier last week.".into();
    let mut app = walk_app(a);
    let out = draw(&mut app, 100, 30);
    assert!(out.contains("Parcel lockers go live in"), "{out}");
    assert!(
        out.contains("December."),
        "the first line is not cut: {out}"
    );
    assert!(
        out.contains("Two complaints about the"),
        "the second line is shown: {out}"
    );
}

#[test]
fn a_failing_save_takes_the_whole_status_line() {
    let mut app = walk_app(audit(Lang::En));
    let reason = "/home/anna/.local/share/tpaudit/audits: No space left on device (os error 28)";
    let failure = no_space("/home/anna/.local/share/tpaudit/audits");
    app.walk.as_mut().expect("walk").save_error = Some(failure);
    let out = draw(&mut app, 100, 30);
    let status = out.lines().rev().nth(1).unwrap_or_default();
    assert!(
        status.contains(reason),
        "the whole reason is shown: {status}"
    );
    assert!(
        status
            .trim_matches('"')
            .trim_start()
            .starts_with("NOT SAVED"),
        "the error leads the line instead of being squeezed beside the audit's name: {status}"
    );
}

/// The safety dialogs: a file changed on disk, an emergency copy found, a save that failed
/// while leaving the audit.
#[test]
fn safety_dialogs_in_both_languages() {
    use tpaudit::app::{Leave, Modal};
    for lang in [Lang::En, Lang::Ru] {
        snap("dialog_conflict", lang, |lang| {
            let mut app = walk_state(lang);
            app.modal = Some(Modal::Conflict {
                side_copy: "/data/audits/demo.conflict-20261124-101500.ron".into(),
            });
            app
        });
        snap("dialog_recovery", lang, |lang| {
            let mut app = walk_state(lang);
            let copy = app.walk.as_ref().expect("walk").audit.clone();
            app.modal = Some(Modal::Recovery {
                path: "/data/audits/demo.ron.recovery".into(),
                audit: Box::new(copy),
            });
            app
        });
        snap("dialog_unsaved", lang, |lang| {
            let mut app = walk_state(lang);
            app.modal = Some(Modal::Unsaved {
                error: no_space("/data/audits"),
                then: Leave::Home,
            });
            app
        });
    }
}
