//! Helpers for the data-safety tests: a real data directory, effects run as the loop runs them.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tpaudit::app::{App, Effect, keymap, update};
use tpaudit::model::{Audit, Lang, Stage, Touchpoint};
use tpaudit::store::DataDir;
use tpaudit::tui::Workbench;

/// A temporary data directory holding the audit `demo` (two unscored touchpoints).
pub fn data_with_demo() -> (tempfile::TempDir, DataDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path().join("data"));
    let path = data.audit_path("demo");
    tpaudit::store::save(&path, &demo()).expect("saved");
    (dir, data, path)
}

pub fn demo() -> Audit {
    let mut audit = Audit::new("demo", Lang::En, jiff::Timestamp::now());
    let mut stage = Stage::new("awareness", "Awareness");
    stage.touchpoints = tpaudit::model::shared([
        Touchpoint::new("ads", "Ads"),
        Touchpoint::new("site", "Website"),
    ]);
    audit.stages = vec![stage];
    audit
}

/// Runs effects as the loop does, feeding their outcomes back into `update`.
pub fn run(app: &mut Workbench, effects_in: Vec<Effect>) {
    app.run(effects_in);
}

/// A workbench on `data` that has opened `path` as `tpaudit open` does.
pub fn open(data: &DataDir, path: &Path) -> Workbench {
    let templates = tpaudit::store::templates::builtin();
    let app = App::new(Lang::En, data.clone(), templates, jiff::Timestamp::now());
    let mut wb = Workbench::new(app);
    wb.run(vec![Effect::List, Effect::Open(path.to_path_buf())]);
    wb
}

/// A key press through the real keymap, its effects carried out.
pub fn press(app: &mut Workbench, code: KeyCode) {
    if let Some(msg) = keymap::dispatch(app, KeyEvent::new(code, KeyModifiers::NONE)) {
        let effects = update(app, msg);
        run(app, effects);
    }
}

pub fn type_keys(app: &mut Workbench, text: &str) {
    for c in text.chars() {
        press(app, KeyCode::Char(c));
    }
}

/// One autosave beat, its effects carried out.
pub fn tick(app: &mut Workbench) {
    let effects = update(app, tpaudit::app::Msg::Tick);
    run(app, effects);
}

/// The status line's error, in words.
pub fn alert(app: &App) -> Option<String> {
    app.alert
        .as_ref()
        .map(|n| tpaudit::ui::notice::text(app.lang, n))
}

/// The passing message of the status line, in words.
pub fn flash(app: &App) -> Option<String> {
    app.flash
        .as_ref()
        .map(|n| tpaudit::ui::notice::text(app.lang, n))
}

/// The screen as text, drawn at 120×30.
pub fn screen(app: &App) -> String {
    let mut terminal = Terminal::new(TestBackend::new(120, 30)).expect("test terminal");
    terminal
        .draw(|f| tpaudit::ui::view(app, &tpaudit::ui::Theme::dark(), f))
        .expect("draws");
    let buffer = terminal.backend().buffer();
    buffer
        .content()
        .chunks(usize::from(buffer.area.width))
        .map(|row| row.iter().map(|c| c.symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The (frequency, impact, satisfaction) of participant p1 on touchpoint `tp` of the file.
pub fn scores_on_disk(path: &Path, tp: usize) -> (Option<u8>, Option<u8>, Option<u8>) {
    let audit = tpaudit::store::load(path).expect("the file loads");
    let r = audit.stages[0].touchpoints[tp].rating("p1");
    (
        r.and_then(|r| r.frequency),
        r.and_then(|r| r.impact),
        r.and_then(|r| r.satisfaction),
    )
}
