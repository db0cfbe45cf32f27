//! What makes an audit made on Linux or a Mac open on Windows, checked on every system: audit
//! names Windows cannot use as file names are refused wherever a name becomes a file (the
//! store, `new`, `import --name`, the workbench's new-audit form and duplicate), and an audit
//! file whose lines end in CRLF, as a Windows editor may leave it, reads the same. Keys the
//! Windows console reports in its own way (AltGr as Ctrl+Alt) reach the same commands.

mod common;
mod tui_common;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use tpaudit::app::{Effect, Modal, keymap, update};
use tpaudit::model::Lang;
use tpaudit::model::ids::NameProblem;
use tpaudit::store::{self, DataDir, StoreError, listing};
use tpaudit::tui::Workbench;
use tpaudit::tui::event::typed_with_altgr;
use tpaudit::ui::notice;

const RESERVED: &[&str] = &[
    "CON",
    "con",
    "Prn",
    "aux",
    "NUL",
    "nul.txt",
    "COM1",
    "com9",
    "LPT1",
    "lpt9.audit",
    "COM0",
    "CON .x",
    "com²",
];

fn why(name: &str) -> Option<NameProblem> {
    match store::check_name(name) {
        Ok(()) => None,
        Err(StoreError::BadName { why, .. }) => Some(why),
        Err(other) => panic!("{name:?}: {other}"),
    }
}

#[test]
fn windows_device_names_and_trailing_dots_are_refused_on_every_system() {
    for name in RESERVED {
        assert_eq!(why(name), Some(NameProblem::ReservedOnWindows), "{name:?}");
    }
    for name in ["shop.", "Ромашка...", "a.b."] {
        assert_eq!(why(name), Some(NameProblem::TrailingDot), "{name:?}");
    }
    assert_eq!(why("shop "), Some(NameProblem::SpaceAtEdge));
    // Names that only start like a device name are ordinary names.
    for name in [
        "CONSOLE",
        "console audit",
        "com10",
        "LPT",
        "Aux plan",
        "nul-audit",
        "Ромашка 2026",
        "a.b",
        "com1x",
        "Компания",
    ] {
        assert_eq!(why(name), None, "{name:?}");
    }
}

#[test]
fn the_refusal_says_why_in_both_languages() {
    let err = StoreError::BadName {
        name: "CON".into(),
        why: NameProblem::ReservedOnWindows,
    };
    let en = notice::text(Lang::En, &tpaudit::app::Notice::Failed(err.into()));
    assert!(en.contains("“CON”") && en.contains("Windows"), "{en}");
    let err = StoreError::BadName {
        name: "магазин.".into(),
        why: NameProblem::TrailingDot,
    };
    let ru = notice::text(Lang::Ru, &tpaudit::app::Notice::Failed(err.into()));
    assert!(ru.contains("«магазин.»") && ru.contains("точкой"), "{ru}");
}

#[test]
fn new_and_import_refuse_a_windows_device_name_and_write_nothing() {
    let env = common::Env::new();
    for name in ["con", "LPT1", "shop."] {
        let err = env.run(&["new", name]).failed().to_string();
        assert!(
            err.contains("not a valid audit name") && err.contains("Windows"),
            "{name}: {err}"
        );
    }
    let csv = env.write(
        "in.csv",
        "stage,touchpoint,rater,frequency,impact,satisfaction\nS,T,Anna,3,4,2\n",
    );
    let csv = csv.display().to_string();
    let err = env
        .run(&["import", &csv, "--name", "Aux"])
        .failed()
        .to_string();
    assert!(err.contains("Windows"), "{err}");
    env.run(&["import", &csv, "--name", "aux plan"]).ok();
    let names: Vec<String> = listing::list(&DataDir::new(env.data()))
        .expect("a listing")
        .into_iter()
        .map(|e| e.name)
        .collect();
    assert_eq!(names, ["aux plan"]);
}

fn home(dir: &tempfile::TempDir) -> Workbench {
    let mut app = Workbench::new(tui_common::app(Lang::En));
    app.data = DataDir::new(dir.path());
    app.run(vec![Effect::List]);
    app
}

fn press(app: &mut Workbench, code: KeyCode) {
    let effects = tui_common::key(app, code);
    app.run(effects);
}

fn retype(app: &mut Workbench, text: &str) {
    for _ in 0..40 {
        press(app, KeyCode::Backspace);
    }
    tui_common::keys(app, text);
    press(app, KeyCode::Enter);
}

#[test]
fn the_workbench_refuses_a_device_name_for_a_duplicate_and_a_new_audit() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut app = home(&dir);
    app.run(vec![Effect::OpenExample("example-retail-ru".into())]);
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('c'));
    retype(&mut app, "COM3");
    let Some(Modal::Prompt { error, .. }) = &app.modal else {
        panic!("the name prompt stays open")
    };
    let error = notice::text(Lang::En, error.as_ref().expect("the name is refused"));
    assert!(error.contains("Windows"), "{error}");
    assert!(!dir.path().join("audits/COM3.ron").exists());
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('n'));
    tui_common::keys(&mut app, "Ромашка.");
    press(&mut app, KeyCode::Enter);
    let Some(Modal::NewAudit(form)) = &app.modal else {
        panic!("the form stays open")
    };
    let error = notice::text(Lang::En, form.error.as_ref().expect("refused"));
    assert!(error.contains("ends with a dot"), "{error}");
}

#[test]
fn an_audit_file_with_crlf_line_endings_reads_the_same() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path());
    for example in ["example-retail-ru", "example-online-store-en"] {
        let source = format!(
            "{}/audits/examples/{example}.ron",
            env!("CARGO_MANIFEST_DIR")
        );
        let lf = std::fs::read_to_string(&source).expect("the example");
        assert!(!lf.contains('\r'));
        let unix = data.audit_path(&format!("{example}-lf"));
        let windows = data.audit_path(&format!("{example}-crlf"));
        data.ensure().expect("audits folder");
        std::fs::write(&unix, &lf).expect("write");
        std::fs::write(&windows, lf.replace('\n', "\r\n")).expect("write");
        let (a, b) = (store::load(&unix), store::load(&windows));
        let (a, b) = (a.expect("LF reads"), b.expect("CRLF reads"));
        assert_eq!(a, b, "{example}");
        assert!(
            a.stages
                .iter()
                .flat_map(|s| s.touchpoints.iter())
                .any(|t| !t.notes.is_empty())
        );
    }
    // The audit list reads the same figures from both.
    let entries = listing::list(&data).expect("a listing");
    let progress = |name: &str| {
        let e = entries.iter().find(|e| e.name == name).expect(name);
        e.progress().expect("readable")
    };
    for example in ["example-retail-ru", "example-online-store-en"] {
        let (lf, crlf) = (format!("{example}-lf"), format!("{example}-crlf"));
        assert_eq!(progress(&lf), progress(&crlf), "{example}");
    }
}

/// A key as the Windows console reports a character typed with AltGr: Ctrl and Alt held.
fn altgr(app: &mut tpaudit::app::App, c: char) {
    let raw = KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL | KeyModifiers::ALT);
    if let Some(msg) = keymap::dispatch(app, typed_with_altgr(raw)) {
        update(app, msg);
    }
}

#[test]
fn characters_typed_with_altgr_on_windows_work_as_commands_and_as_text() {
    let mut app = tui_common::walk_app(tui_common::audit(Lang::En));
    let stage = |app: &tpaudit::app::App| app.walk.as_ref().expect("walk").stage;
    altgr(&mut app, ']');
    assert_eq!(stage(&app), 1, "AltGr+] moves to the next stage");
    altgr(&mut app, '[');
    assert_eq!(stage(&app), 0);
    tui_common::key(&mut app, KeyCode::Enter);
    tui_common::keys(&mut app, "mail");
    for c in ['@', '{', '€', '\\'] {
        altgr(&mut app, c);
    }
    tui_common::key(&mut app, KeyCode::Enter);
    let notes = &app.walk.as_ref().expect("walk").audit.stages[0].touchpoints[0].notes;
    assert_eq!(notes, "mail@{€\\");
    // Ctrl alone still gives the command.
    let key = KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL);
    assert_eq!(typed_with_altgr(key), key);
}
