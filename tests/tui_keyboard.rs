//! One keyboard in the room: what blind scoring refuses, the list's top 3, agreed values in
//! the list, and what `O` says when no browser opened.

mod tui_common;

use crossterm::event::KeyCode;
use tpaudit::app::workshop::{Server, Settings};
use tpaudit::app::{Msg, Screen, update};
use tpaudit::model::Lang;
use tui_common::*;

/// A walk whose HTML report was exported, so `O` has something to open.
fn exported(lang: Lang) -> tpaudit::app::App {
    let mut app = walk_app(room_audit(lang));
    let report = std::path::PathBuf::from("/nonexistent-tpaudit/demo.html");
    update(&mut app, Msg::Exported(Ok(vec![report])));
    app
}

/// `E` and `O` show every rating and mean: blind refuses them as it refuses the list.
fn assert_reports_refused(app: &mut tpaudit::app::App, says: &str) {
    for k in ['E', 'O'] {
        let effects = key(app, KeyCode::Char(k));
        assert!(effects.is_empty(), "{k} while blind: {effects:?}");
        assert!(app.modal.is_none(), "{k} while blind opens no prompt");
        let f = flash(app).unwrap_or_default();
        assert!(f.contains(says), "{k}: {f}");
    }
}

#[test]
fn blind_scoring_refuses_export_and_the_report_in_both_languages() {
    let mut app = exported(Lang::En);
    keys(&mut app, "b");
    assert_reports_refused(&mut app, "b turns it off first");
    let mut ru = exported(Lang::Ru);
    keys(&mut ru, "b");
    assert_reports_refused(&mut ru, "выключите её клавишей b");
    // Blind off: both work again.
    keys(&mut app, "b");
    assert!(!key(&mut app, KeyCode::Char('O')).is_empty());
    key(&mut app, KeyCode::Char('E'));
    assert!(app.modal.is_some(), "E asks where to write the reports");
}

#[test]
fn a_running_workshop_refuses_export_and_the_report() {
    let mut app = exported(Lang::En);
    app.start_workshop(Settings::default(), false);
    let url = "http://192.168.1.23:8765/w/Qx3vN0bZ7kT2mW9pL5sRyA/";
    let listening = Server::Listening {
        url: url.into(),
        taken: None,
    };
    update(&mut app, Msg::WorkshopServed(listening));
    assert_eq!(app.screen, Screen::Workshop);
    // The projector's walk, the workshop still running: blind holds there.
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.screen, Screen::Walk);
    assert!(app.workshop.is_some(), "the workshop runs on");
    assert_reports_refused(&mut app, "b turns it off first");
}

/// Asserts the drawn list holds each of the panel's `top` lines.
fn assert_panel_holds(list: &str, top: &[String]) {
    for line in top {
        assert!(list.contains(line.as_str()), "lacks {line}: {list}");
    }
}

/// The method's top 3 as the panel writes them: "1. Checkout".
fn method_top3(app: &tpaudit::app::App) -> Vec<String> {
    let w = app.walk.as_ref().expect("walk");
    let ranked = &w.ranking.ranking().ranked;
    let name = |at: (usize, usize)| w.audit.stages[at.0].touchpoints[at.1].name.clone();
    let top: Vec<String> = ranked
        .iter()
        .take(3)
        .map(|r| format!("{}. {}", r.rank, name(r.at)))
        .collect();
    top
}

#[test]
fn the_top_3_panel_ignores_the_name_filter() {
    let mut a = audit(Lang::En);
    // Ranked: Checkout (highest), Support, Delivery.
    for (tp, v) in [(0, 5), (1, 3), (2, 4)] {
        for s in tpaudit::model::Scale::ALL {
            let value = if s == tpaudit::model::Scale::Satisfaction {
                6 - v
            } else {
                v
            };
            a.stages[1].touchpoints[tp].set_score("p1", s, Some(value));
        }
    }
    let mut app = walk_app(a);
    key(&mut app, KeyCode::Char('p'));
    keys(&mut app, "/deliv");
    key(&mut app, KeyCode::Enter);
    let top = method_top3(&app);
    assert_eq!(top, ["1. Checkout", "2. Support", "3. Delivery"]);
    for (w, h) in [(80, 24), (160, 45)] {
        let list = draw(&mut app, w, h);
        assert!(
            list.contains("/deliv"),
            "the table is filtered at {w}×{h}: {list}"
        );
        assert_panel_holds(&list, &top);
    }
}

#[test]
fn the_top_3_panel_ignores_the_discussion_filter() {
    let mut app = scored_room();
    key(&mut app, KeyCode::Char('p'));
    keys(&mut app, "f");
    let list = draw(&mut app, 160, 45);
    assert!(list.contains("only ⚑"), "{list}");
    let top = method_top3(&app);
    assert!(top.iter().any(|l| l.contains("Checkout")), "{top:?}");
    assert_panel_holds(&list, &top);
}

/// The room agreed the website's values at 3, 5, 5 (its frequency ratings were 4, 3, 1): the
/// list's score cells say `=3`, as the walk's grid and every report do; the checkout's means
/// stay plain.
#[test]
fn the_priority_list_marks_agreed_values() {
    let mut app = scored_room();
    keys(&mut app, "gf=355");
    let w = app.walk.as_ref().expect("walk");
    let website = &w.audit.stages[0].touchpoints[1];
    assert_eq!(website.agreed(tpaudit::model::Scale::Frequency), Some(3));
    assert_eq!(website.agreed(tpaudit::model::Scale::Satisfaction), Some(5));
    key(&mut app, KeyCode::Char('p'));
    assert_eq!(app.screen, Screen::Priority);
    let list = draw(&mut app, 100, 30);
    let row = |name: &str| {
        let line = list.lines().find(|l| l.contains(name) && !l.contains(". "));
        line.unwrap_or_else(|| panic!("no {name} row: {list}"))
            .to_string()
    };
    assert!(row("Website").contains("=3  =5  =5"), "{list}");
    assert!(!row("Checkout").contains('='), "{list}");
    insta::assert_snapshot!("list_agreed_100x30", list);
}

/// `O` with no browser to show the report: the status line says so, with the report's path
/// to open by hand, in the interface's language; "Opening…" is gone.
#[test]
fn o_says_when_no_browser_opened_the_report() {
    use tpaudit::app::NoBrowser;
    let report = std::path::PathBuf::from("/nonexistent-tpaudit/demo.html");
    let cases = [
        (
            Lang::En,
            "No browser opened the report (xdg-open ended with code 3): open /nonexistent-tpaudit/demo.html yourself",
        ),
        (
            Lang::Ru,
            "Браузер не открыл отчёт (xdg-open завершился с кодом 3): откройте /nonexistent-tpaudit/demo.html вручную",
        ),
    ];
    for (lang, says) in cases {
        let mut app = exported(lang);
        let effects = key(&mut app, KeyCode::Char('O'));
        assert_eq!(effects, [tpaudit::app::Effect::OpenReport(report.clone())]);
        assert!(flash(&app).is_some(), "O says it is opening the report");
        let why = NoBrowser::GaveUp {
            program: "xdg-open".into(),
            code: Some(3),
        };
        let path = report.clone();
        update(&mut app, Msg::OpenFailed { path, why });
        assert_eq!(flash(&app), None, "no longer opening");
        assert_eq!(alert(&app).as_deref(), Some(says));
        let status = draw(&mut app, 160, 45);
        assert!(status.contains(says), "{status}");
    }
    let mut app = exported(Lang::En);
    let why = NoBrowser::NotStarted {
        program: "/no/such/browser".into(),
        reason: "No such file or directory (os error 2)".into(),
    };
    update(&mut app, Msg::OpenFailed { path: report, why });
    assert_eq!(
        alert(&app).as_deref(),
        Some(
            "No browser opened the report (/no/such/browser: No such file or directory (os error 2)): open /nonexistent-tpaudit/demo.html yourself"
        )
    );
}

/// The runtime's side of `O`: an opener that cannot start answers at once; one that starts
/// and ends in failure (no browser found) is reported through the loop's channel.
#[test]
#[cfg(unix)]
fn the_runtime_reports_an_opener_that_fails_or_is_missing() {
    use tpaudit::app::NoBrowser;
    use tpaudit::tui::event::{Event, Request, channel};
    use tpaudit::tui::export::open_report;
    let report = std::path::Path::new("/nonexistent-tpaudit/demo.html");
    let missing = open_report(report, Some("/no/such/browser".as_ref()), None);
    match missing {
        Some(Msg::OpenFailed {
            path,
            why: NoBrowser::NotStarted { program, .. },
        }) => {
            assert_eq!(path, report);
            assert_eq!(program, "/no/such/browser");
        }
        other => panic!("a missing opener: {other:?}"),
    }
    let (tx, rx) = channel();
    // A program that starts, then gives up as an opener with no browser does.
    let dir = tempfile::tempdir().expect("temp dir");
    let script = dir.path().join("opener");
    std::fs::write(&script, "#!/bin/sh\nexit 3\n").expect("script");
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).expect("mode");
    assert!(open_report(report, Some(script.as_os_str()), Some(tx)).is_none());
    let event = rx
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("the failure comes back to the loop");
    match event {
        Event::Request(Request::Apply(Msg::OpenFailed {
            path,
            why: NoBrowser::GaveUp { program, code },
        })) => {
            assert_eq!(path, report);
            assert_eq!(program, script.display().to_string());
            assert_eq!(code, Some(3));
        }
        other => panic!("{other:?}"),
    }
}
