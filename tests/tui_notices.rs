//! Failures reach the screen as typed values and are put into words in the interface's
//! language, with advice that fits the workbench (a key or a choice, never a command-line flag).

mod tui_common;

use crossterm::event::KeyCode;
use tpaudit::app::{App, Failure, Modal, Msg, ReadOnly, update};
use tpaudit::model::Lang;
use tpaudit::store::StoreError;
use tpaudit::store::lock::Holder;
use tpaudit::ui::notice;
use tui_common::*;

fn status_line(app: &mut App) -> String {
    let out = draw(app, 100, 30);
    out.lines().rev().nth(1).unwrap_or_default().to_string()
}

#[test]
fn a_bad_name_in_the_new_audit_form_is_explained_in_the_forms_language() {
    for (lang, want, not) in [
        (Lang::En, "is not a valid audit name", "не годится"),
        (Lang::Ru, "не годится как название аудита", "not a valid"),
    ] {
        let mut app = app(lang);
        key(&mut app, KeyCode::Char('n'));
        keys(&mut app, "a/b");
        key(&mut app, KeyCode::Enter);
        let Some(Modal::NewAudit(form)) = &app.modal else {
            panic!("the form stays open")
        };
        let error = form.error.as_ref().map(|n| notice::text(lang, n));
        let error = error.expect("the name is refused");
        assert!(error.contains(want) && !error.contains(not), "{error}");
        let screen = draw(&mut app, 80, 24);
        assert!(screen.contains("a/b"), "{screen}");
    }
}

#[test]
fn a_failed_save_is_said_in_the_interfaces_language() {
    for (lang, head, why) in [
        (Lang::En, "NOT SAVED", "No space left on device"),
        (Lang::Ru, "НЕ СОХРАНЕНО", "на диске нет места"),
    ] {
        let mut app = walk_app(audit(lang));
        keys(&mut app, "4");
        let result = Err(no_space("/data/audits/demo.ron"));
        update(&mut app, Msg::Saved { upto: 1, result });
        let status = status_line(&mut app);
        assert!(status.contains(head) && status.contains(why), "{status}");
        if lang == Lang::Ru {
            assert!(!status.contains("No space"), "{status}");
        }
    }
}

#[test]
fn a_failed_export_is_said_in_the_interfaces_language() {
    for (lang, head, why) in [
        (Lang::En, "Export failed:", "No such file or directory"),
        (Lang::Ru, "Экспорт не удался:", "файл или папка не найдены"),
    ] {
        let mut app = walk_app(audit(lang));
        let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
        let e = std::io::Error::new(missing.kind(), "No such file or directory (os error 2)");
        let failure = Failure::from(StoreError::io("/gone/demo.md", e));
        update(&mut app, Msg::Exported(Err(failure)));
        let said = alert(&app).expect("an alert");
        assert!(said.starts_with(head) && said.contains(why), "{said}");
        assert!(status_line(&mut app).contains(head));
    }
}

#[test]
fn a_refused_change_in_a_read_only_window_names_the_holder_in_the_interfaces_language() {
    let holder = Holder {
        pid: 4242,
        host: "studio".into(),
        since: "2026-11-24T09:00:00Z".into(),
    };
    for (lang, want) in [
        (Lang::En, "read-only: open in process 4242 on studio"),
        (Lang::Ru, "только чтение: открыт в процессе 4242 на studio"),
    ] {
        let mut app = walk_app(audit(lang));
        let holder = Some(holder.clone());
        app.walk.as_mut().expect("walk").read_only = Some(ReadOnly { holder });
        keys(&mut app, "4");
        assert_eq!(scores(&app, 0, 0), (None, None, None), "nothing changed");
        let said = flash(&app).expect("the refusal is said");
        assert!(said.contains(want), "{said}");
        assert!(status_line(&mut app).contains("4242"));
    }
}

#[test]
fn storage_advice_inside_the_workbench_names_no_command_line_flag() {
    let errors = [
        StoreError::Exists {
            name: "shop".into(),
            path: "/d/audits/shop.ron".into(),
        },
        StoreError::NotFound {
            name: "shop".into(),
            dir: "/d/audits".into(),
        },
        StoreError::NoDataDir,
    ];
    for e in &errors {
        for lang in [Lang::En, Lang::Ru] {
            let text = notice::store_error(lang, e);
            assert!(
                !text.contains("--") && !text.contains("tpaudit list"),
                "{text}"
            );
        }
        // The command line keeps its own advice.
        assert!(
            e.to_string().contains("--") || e.to_string().contains("tpaudit list"),
            "{e}"
        );
    }
}
