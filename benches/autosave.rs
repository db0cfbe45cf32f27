//! Saving never blocks a key: the time from a key to its frame at 10,000 touchpoints, for a
//! score key and for a navigation key, through the workbench's own runtime (its saver thread,
//! the audit's file session on a real file) and a 160×24 test terminal. Each key is followed
//! by the autosave beat, as in use: after a score the beat hands a snapshot of the audit to the
//! saver thread, after a move it finds nothing to save. The clock runs from the key until the
//! frame is drawn; the save is then let finish before the next key, so every score pays for
//! one snapshot. Target: a score key ≤ 1.2× a navigation key. Run with
//! `cargo bench --bench autosave`.

mod support;

use std::time::{Duration, Instant};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tpaudit::app::{App, Effect, Msg, keymap};
use tpaudit::model::Lang;
use tpaudit::store::DataDir;
use tpaudit::tui::Runtime;

const ROUNDS: usize = 40;

fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path());
    let path = data.audit_path("bench");
    tpaudit::store::save(&path, &support::audit(10_000)).expect("save");
    let mut app = App::new(Lang::En, data, Vec::new(), jiff::Timestamp::now());
    let mut rt = Runtime::threaded().expect("a saver thread");
    rt.dispatch(&mut app, Msg::Resize(160, 24));
    rt.run_effects(&mut app, vec![Effect::Open(path.clone())]);
    assert!(app.walk.is_some(), "the audit opens");
    let mut terminal = Terminal::new(TestBackend::new(160, 24)).expect("test terminal");
    // The time from the key to its frame, and that of the beat alone (the snapshot when saving).
    let mut press = |app: &mut App, rt: &mut Runtime, key: char| -> (Duration, Duration, bool) {
        let key = KeyEvent::new(KeyCode::Char(key), KeyModifiers::NONE);
        let start = Instant::now();
        if let Some(msg) = keymap::dispatch(app, key) {
            rt.dispatch(app, msg);
        }
        let beat = Instant::now();
        rt.dispatch(app, Msg::Tick);
        let beat = beat.elapsed();
        terminal
            .draw(|f| tpaudit::ui::view(app, &tpaudit::ui::Theme::dark(), f))
            .expect("draws");
        let took = start.elapsed();
        let saved = rt.saving();
        rt.settle(app);
        (took, beat, saved)
    };
    println!("key to frame at 10,000 touchpoints (median of {ROUNDS}, then the mean):");
    // Back to back, twice, so a burst of load on a shared machine shows as a disagreement.
    for _ in 0..2 {
        let mut nav = Vec::new();
        let mut score = Vec::new();
        let mut snapshot = Vec::new();
        for i in 0..ROUNDS {
            let (t, _, saved) = press(&mut app, &mut rt, ['j', 'k'][i % 2]);
            assert!(!saved, "a move leaves nothing to save");
            nav.push(t);
            let (t, beat, saved) = press(&mut app, &mut rt, ['2', '4'][i % 2]);
            assert!(saved, "a score is handed to the saver on the beat");
            score.push(t);
            snapshot.push(beat);
        }
        let (nav_median, nav_mean) = stats(&mut nav);
        let (score_median, score_mean) = stats(&mut score);
        let (snapshot_median, snapshot_mean) = stats(&mut snapshot);
        println!(
            "  navigation key: {nav_median:>10.2?}  {nav_mean:>10.2?}  (9 in 10 within {:.2?})",
            nav[ROUNDS * 9 / 10]
        );
        println!(
            "  score key:      {score_median:>10.2?}  {score_mean:>10.2?}  (9 in 10 within {:.2?})",
            score[ROUNDS * 9 / 10]
        );
        println!(
            "    of which the beat that hands the save over: {snapshot_median:>10.2?}  {snapshot_mean:>10.2?}"
        );
        println!(
            "  score / navigation: {:.2}× median, {:.2}× mean (target ≤ 1.2×)",
            score_median.as_secs_f64() / nav_median.as_secs_f64(),
            score_mean.as_secs_f64() / nav_mean.as_secs_f64()
        );
    }
    let w = app.walk.as_ref().expect("walk");
    assert!(
        !w.dirty && w.save_error.is_none(),
        "every score reached the disk"
    );
}

fn stats(times: &mut [Duration]) -> (Duration, Duration) {
    times.sort();
    let mean = times.iter().sum::<Duration>() / times.len() as u32;
    (times[times.len() / 2], mean)
}
