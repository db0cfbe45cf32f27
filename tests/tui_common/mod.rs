//! Shared helpers for the TUI tests: audits built in code, key presses through the real keymap.
#![allow(dead_code)]

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use jiff::Timestamp;
use tpaudit::app::App;
use tpaudit::app::{Effect, Msg, keymap, update};
use tpaudit::model::{Audit, Lang, Rating, Stage, Touchpoint};
use tpaudit::store::DataDir;

/// The fixed clock of the tests.
pub fn now() -> Timestamp {
    "2026-11-24T10:30:00Z".parse().expect("valid timestamp")
}

/// Two stages: awareness (ads, website), purchase (checkout, delivery, support); an empty third.
pub fn audit(lang: Lang) -> Audit {
    let mut a = Audit::new("demo", lang, now());
    a.client = "ACME".into();
    let mut s1 = Stage::new("awareness", "Awareness");
    let mut ads = Touchpoint::new("ads", "Ads");
    ads.description = "Banners and search ads that bring people to the shop.".into();
    ads.questions = vec!["Does the ad promise what the site delivers?".into()];
    s1.touchpoints = tpaudit::model::shared([ads, Touchpoint::new("website", "Website")]);
    let mut s2 = Stage::new("purchase", "Purchase");
    s2.touchpoints = ["Checkout", "Delivery", "Support"]
        .iter()
        .map(|n| Touchpoint::new(n.to_lowercase(), *n))
        .map(Into::into)
        .collect();
    a.stages = vec![s1, s2];
    a
}

pub fn app(lang: Lang) -> App {
    let templates = tpaudit::store::templates::builtin();
    App::new(lang, DataDir::new("/nonexistent-tpaudit"), templates, now())
}

/// An app with `audit` open in the walk.
pub fn walk_app(audit: Audit) -> App {
    let mut app = app(audit.lang);
    update(
        &mut app,
        Msg::Opened {
            path: "/nonexistent-tpaudit/audits/demo.ron".into(),
            audit: Box::new(audit),
        },
    );
    app
}

pub fn key_with(app: &mut App, code: KeyCode, mods: KeyModifiers) -> Vec<Effect> {
    match keymap::dispatch(app, KeyEvent::new(code, mods)) {
        Some(msg) => update(app, msg),
        None => Vec::new(),
    }
}

pub fn key(app: &mut App, code: KeyCode) -> Vec<Effect> {
    key_with(app, code, KeyModifiers::NONE)
}

/// Types each character as a key press.
pub fn keys(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

/// The active participant's (frequency, impact, satisfaction) of a touchpoint.
pub fn scores(app: &App, stage: usize, tp: usize) -> (Option<u8>, Option<u8>, Option<u8>) {
    let w = app.walk.as_ref().expect("a walk is open");
    let pid = &w.audit.participants[w.participant].id;
    let r = w.audit.stages[stage].touchpoints[tp].rating(pid);
    (
        r.and_then(|r| r.frequency),
        r.and_then(|r| r.impact),
        r.and_then(|r| r.satisfaction),
    )
}

pub fn cursor(app: &App) -> (usize, usize, tpaudit::model::Scale) {
    let w = app.walk.as_ref().expect("a walk is open");
    (w.stage, w.tp, w.scale)
}

/// The passing message of the status line, in words.
pub fn flash(app: &App) -> Option<String> {
    app.flash
        .as_ref()
        .map(|n| tpaudit::ui::notice::text(app.lang, n))
}

/// The status line's error, in words.
pub fn alert(app: &App) -> Option<String> {
    app.alert
        .as_ref()
        .map(|n| tpaudit::ui::notice::text(app.lang, n))
}

/// A disk-full failure writing under `path`.
pub fn no_space(path: &str) -> tpaudit::app::Failure {
    let e = std::io::Error::from_raw_os_error(28);
    tpaudit::store::StoreError::io(path, e).into()
}

/// A save that wrote every change.
pub fn saved() -> Msg {
    Msg::Saved {
        upto: u64::MAX,
        result: Ok(()),
    }
}

/// Draws the app on a test terminal of `w`×`h` and returns the screen as text.
pub fn draw(app: &mut App, w: u16, h: u16) -> String {
    update(app, Msg::Resize(w, h));
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("test terminal");
    terminal
        .draw(|f| tpaudit::ui::view(app, &tpaudit::ui::Theme::dark(), f))
        .expect("draws");
    terminal.backend().to_string()
}

/// A bundled example audit in a language.
pub fn example(lang: Lang) -> Audit {
    tpaudit::store::templates::examples()
        .into_iter()
        .find(|(_, a)| a.lang == lang)
        .map(|(_, a)| a)
        .expect("a bundled example")
}

/// Draws the app in `theme` on a test terminal of `w`×`h` and returns the styled buffer.
pub fn styled(
    app: &mut App,
    theme: &tpaudit::ui::Theme,
    (w, h): (u16, u16),
) -> ratatui::buffer::Buffer {
    update(app, Msg::Resize(w, h));
    let mut terminal =
        ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).expect("test terminal");
    terminal
        .draw(|f| tpaudit::ui::view(app, theme, f))
        .expect("draws");
    terminal.backend().buffer().clone()
}

/// A rating of one participant on all three scales.
pub fn rating(pid: &str, f: u8, i: u8, s: u8) -> Rating {
    Rating {
        frequency: Some(f),
        impact: Some(i),
        satisfaction: Some(s),
        ..Rating::new(pid)
    }
}

/// An audit of three participants (one with a Cyrillic name), its first touchpoint with a
/// guiding question and two lines of notes.
pub fn room_audit(lang: Lang) -> tpaudit::model::Audit {
    let mut a = audit(lang);
    a.participants = ["Анна Смирнова", "Boris Ivanov", "Clara Petrova"]
        .iter()
        .enumerate()
        .map(|(i, n)| tpaudit::model::Participant {
            id: format!("p{}", i + 1),
            name: (*n).to_string(),
        })
        .collect();
    let ads = &mut a.stages[0].touchpoints[0];
    ads.questions
        .push("Is the price in the ad the price at the checkout?".into());
    ads.notes = "Parcel lockers go live in December.\nLAST LINE OF THE NOTES".into();
    a
}

/// Every participant's scores of the touchpoint at `at`, in the audit's order.
pub fn all_scores(
    app: &tpaudit::app::App,
    at: (usize, usize),
) -> Vec<(Option<u8>, Option<u8>, Option<u8>)> {
    let w = app.walk.as_ref().expect("walk");
    let tp = &w.audit.stages[at.0].touchpoints[at.1];
    w.audit
        .participants
        .iter()
        .map(|p| {
            let r = tp.rating(&p.id);
            (
                r.and_then(|r| r.frequency),
                r.and_then(|r| r.impact),
                r.and_then(|r| r.satisfaction),
            )
        })
        .collect()
}

/// The room audit with every participant's ratings on two touchpoints: the website's
/// frequency is 4, 3, 1 (a spread of 3, to discuss), the checkout's all 3s.
pub fn scored_room() -> App {
    let mut app = walk_app(room_audit(Lang::En));
    keys(&mut app, "o");
    keys(&mut app, "j452332152");
    keys(&mut app, "333333333");
    keys(&mut app, "o");
    app
}
