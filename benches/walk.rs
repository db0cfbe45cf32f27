//! Time to handle one key and redraw the walk, for 25 and 10,000 touchpoints, like with like:
//! at the same terminal size (160×24) both audits fill the stage list and the touchpoint
//! table, so the two frames hold as much text. Target: the larger within 1.2× of the smaller,
//! since drawing and updating never walk the whole audit. Run with `cargo bench --bench walk`.
//!
//! The 25 touchpoints are spread so as to fill the screen: seven stages whose names wrap to
//! three lines (21 lines for a list of 20) and a first stage of 19 touchpoints (a table of 19
//! rows). The keys score and move within that first stage, so every frame stays full; the
//! bench checks that the first and the last frame are.

use std::hint::black_box;
use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tpaudit::app::{App, Msg, keymap, update};
use tpaudit::model::{Audit, Lang, Stage, Touchpoint};
use tpaudit::store::DataDir;

const WIDTH: u16 = 160;
const HEIGHT: u16 = 24;

/// An audit whose stages hold `sizes[i]` touchpoints each; stage names wrap to three lines in
/// the stage list.
fn audit(sizes: &[usize]) -> Audit {
    let mut a = Audit::new("bench", Lang::En, jiff::Timestamp::UNIX_EPOCH);
    a.stages = sizes
        .iter()
        .enumerate()
        .map(|(s, &n)| {
            let mut st = Stage::new(
                format!("s{s}"),
                format!("Stage {s}: where customers first hear of the shop and call"),
            );
            st.touchpoints = (0..n)
                .map(|t| {
                    let mut tp =
                        Touchpoint::new(format!("t{s}-{t}"), format!("Touchpoint {s}.{t}"));
                    tp.description = "Where the customer first hears of the shop.".into();
                    tp.questions = vec!["Is a request answered within 15 minutes?".into()];
                    tp
                })
                .map(Into::into)
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
    update(&mut app, Msg::Resize(WIDTH, HEIGHT));
    update(
        &mut app,
        Msg::Opened {
            path: "/nonexistent/audits/bench.ron".into(),
            audit: Box::new(audit),
        },
    );
    app
}

/// Panics unless the stage list and the table reach the bottom of their boxes: the row above
/// each box's bottom border holds text.
fn assert_full(label: &str, terminal: &Terminal<TestBackend>) {
    let buffer = terminal.backend().buffer();
    let area = buffer.area;
    // The boxes end on the row with the bottom corners; the last row inside is the one above.
    let bottom = (0..area.height)
        .rev()
        .find(|&y| buffer[(0, y)].symbol() == "└")
        .expect("the stage list's box");
    let last_inside = bottom - 1;
    let lefts: Vec<u16> = (0..area.width)
        .filter(|&x| buffer[(x, bottom)].symbol() == "└")
        .collect();
    for (what, &x) in ["stage list", "table"].iter().zip(&lefts) {
        let text: String = (x + 1..x + 20)
            .map(|c| buffer[(c, last_inside)].symbol().to_string())
            .collect();
        assert!(
            !text.trim().is_empty(),
            "{label}: the {what} is not full at {WIDTH}×{HEIGHT}"
        );
    }
}

/// Mean time of one key (`update`) plus one redraw, over `rounds` keys.
fn measure(label: &str, audit: Audit, rounds: u32) -> (Duration, Duration) {
    let mut app = app(audit);
    let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).expect("test terminal");
    let draw = |terminal: &mut Terminal<TestBackend>, app: &App| {
        terminal
            .draw(|f| tpaudit::ui::view(app, &tpaudit::ui::Theme::dark(), f))
            .expect("draws");
    };
    draw(&mut terminal, &app);
    assert_full(label, &terminal);
    // Scores (which rank again) and moves that come back to where they started.
    let keys = ['3', '4', '2', 'k', '5', '1', 'j', 'j', 'k', 'k'];
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
        draw(&mut terminal, &app);
        draw_time += t.elapsed();
    }
    assert_full(label, &terminal);
    let per_key = key_time / rounds;
    let per_draw = draw_time / rounds;
    println!(
        "{label:>22}: update {per_key:>10.2?}  draw {per_draw:>10.2?}  total {:>10.2?}",
        per_key + per_draw
    );
    (per_key, per_draw)
}

fn main() {
    let rounds = 3000;
    let mut small_sizes = vec![19];
    small_sizes.extend([1; 6]);
    // Back to back, twice, so a burst of load on a shared machine shows as a disagreement.
    for _ in 0..2 {
        let (small_key, small_draw) = measure("25 touchpoints", audit(&small_sizes), rounds);
        let (large_key, large_draw) = measure("10,000 touchpoints", audit(&[100; 100]), rounds);
        let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
        println!(
            "{:>22}: redraw {:.2}× (target ≤ 1.2×), key {:.2}×",
            "large / small",
            ratio(large_draw, small_draw),
            ratio(large_key, small_key),
        );
    }
}
