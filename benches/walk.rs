//! Time to handle one key and redraw the walk at 160×45, for 25 and 10,000 touchpoints.
//! The two should stay within 2× of each other: drawing and updating never walk the whole audit.

use std::hint::black_box;
use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tpaudit::app::{App, Msg, keymap, update};
use tpaudit::model::{Audit, Lang, Stage, Touchpoint};
use tpaudit::store::DataDir;

fn audit(stages: usize, per_stage: usize) -> Audit {
    let mut a = Audit::new("bench", Lang::En, jiff::Timestamp::UNIX_EPOCH);
    a.stages = (0..stages)
        .map(|s| {
            let mut st = Stage::new(format!("s{s}"), format!("Stage {s}"));
            st.touchpoints = (0..per_stage)
                .map(|t| {
                    let mut tp =
                        Touchpoint::new(format!("t{s}-{t}"), format!("Touchpoint {s}.{t}"));
                    tp.description = "Where the customer first hears of the shop.".into();
                    tp.questions = vec!["Is a request answered within 15 minutes?".into()];
                    tp
                })
                .collect();
            st
        })
        .collect();
    a
}

fn app(audit: Audit) -> App {
    let mut app = App::new(
        Lang::En,
        DataDir::new("/nonexistent"),
        Vec::new(),
        jiff::Timestamp::UNIX_EPOCH,
    );
    update(&mut app, Msg::Resize(160, 45));
    update(
        &mut app,
        Msg::Opened {
            path: "/nonexistent/audits/bench.ron".into(),
            audit: Box::new(audit),
        },
    );
    app
}

/// Mean time of one key (`update`) plus one redraw, over `rounds` keys.
fn measure(label: &str, audit: Audit, rounds: u32) -> Duration {
    let mut app = app(audit);
    let mut terminal = Terminal::new(TestBackend::new(160, 45)).expect("test terminal");
    let keys = ['3', '4', '2', 'k', 'j', 'j'];
    let mut key_time = Duration::ZERO;
    let mut draw_time = Duration::ZERO;
    for i in 0..rounds {
        let key = KeyEvent::new(
            KeyCode::Char(keys[i as usize % keys.len()]),
            KeyModifiers::NONE,
        );
        let t = Instant::now();
        if let Some(msg) = keymap::dispatch(&app, key) {
            black_box(update(&mut app, msg));
        }
        key_time += t.elapsed();
        let t = Instant::now();
        terminal
            .draw(|f| tpaudit::ui::view(&app, &tpaudit::ui::Theme::dark(), f))
            .expect("draws");
        draw_time += t.elapsed();
    }
    let per_key = key_time / rounds;
    let per_draw = draw_time / rounds;
    println!(
        "{label:>22}: update {per_key:>10.2?}  draw {per_draw:>10.2?}  total {:>10.2?}",
        per_key + per_draw
    );
    per_key + per_draw
}

fn main() {
    let rounds = 3000;
    let small = measure("25 touchpoints", audit(5, 5), rounds);
    let large = measure("10,000 touchpoints", audit(100, 100), rounds);
    let ratio = large.as_secs_f64() / small.as_secs_f64();
    println!(
        "{:>22}: {ratio:.2}× (should stay under 2×)",
        "large / small"
    );
}
