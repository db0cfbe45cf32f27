//! One redraw of the matrix and of the priority list, and one navigation key on each, for 25
//! and 10,000 scored touchpoints. Compared like with like: the same terminal size, every list
//! row filled in both. The ranking and the matrix marks are kept with the audit, so a redraw
//! costs what is on screen, not the audit's size.

mod support;

use std::hint::black_box;
use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use support::audit;
use tpaudit::app::{App, Msg, keymap, update};
use tpaudit::model::{Audit, Lang};
use tpaudit::store::DataDir;
use tpaudit::ui::Theme;

/// A size where 25 touchpoints already fill every row of the list.
const SIZE: (u16, u16) = (160, 24);

fn app(audit: Audit, screen_key: char) -> App {
    let data = DataDir::new("/nonexistent");
    let mut app = App::new(Lang::En, data, Vec::new(), jiff::Timestamp::UNIX_EPOCH);
    update(&mut app, Msg::Resize(SIZE.0, SIZE.1));
    let path = "/nonexistent/audits/bench.ron".into();
    let audit = Box::new(audit);
    update(&mut app, Msg::Opened { path, audit });
    press(&mut app, screen_key);
    app
}

fn press(app: &mut App, c: char) {
    let key = KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    if let Some(msg) = keymap::dispatch(app, key) {
        black_box(update(app, msg));
    }
}

/// Mean time of one navigation key and of one redraw on a screen.
fn measure(audit: Audit, screen_key: char, keys: [char; 2], rounds: u32) -> (Duration, Duration) {
    let mut app = app(audit, screen_key);
    let theme = Theme::dark();
    let mut terminal = Terminal::new(TestBackend::new(SIZE.0, SIZE.1)).expect("test terminal");
    let (mut key_time, mut draw_time) = (Duration::ZERO, Duration::ZERO);
    for i in 0..rounds {
        let t = Instant::now();
        press(&mut app, keys[(i / 8 % 2) as usize]);
        key_time += t.elapsed();
        let t = Instant::now();
        terminal
            .draw(|f| tpaudit::ui::view(&app, &theme, f))
            .expect("draws");
        draw_time += t.elapsed();
    }
    (key_time / rounds, draw_time / rounds)
}

fn main() {
    let rounds = 1500;
    println!(
        "{:<24} {:>12} {:>12} {:>12} {:>12}",
        "160×24", "key (25)", "key (10k)", "draw (25)", "draw (10k)"
    );
    for (label, screen, keys) in [
        ("matrix", 'm', ['n', 'N']),
        ("priority list", 'p', ['j', 'k']),
    ] {
        let small = measure(audit(25), screen, keys, rounds);
        let large = measure(audit(10_000), screen, keys, rounds);
        let ratio = large.1.as_secs_f64() / small.1.as_secs_f64();
        println!(
            "{label:<24} {:>12.2?} {:>12.2?} {:>12.2?} {:>12.2?}   redraw {ratio:.2}× (should stay under 1.2×)",
            small.0, large.0, small.1, large.1
        );
    }
}
