//! SAFETY.md's first test: kill -9 the real binary at random moments while keys are typed.
//! The file must always pass `check`, and every change typed more than a second before the
//! kill must be in it.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use tpaudit::model::Scale;
use tpaudit::store;

mod e2e_common;

use e2e_common::{Tmux, tpaudit};

/// A small pseudo-random generator, so runs are reproducible from the printed seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn write_csv(dir: &Path) -> PathBuf {
    let mut csv = String::from("stage,touchpoint\n");
    for i in 1..=12 {
        let stage = if i <= 6 { "Awareness" } else { "Purchase" };
        csv.push_str(&format!("{stage},Touchpoint {i:02}\n"));
    }
    let path = dir.join("demo.csv");
    std::fs::write(&path, csv).expect("write csv");
    path
}

/// How many of the typed digits the saved file holds, in order, from the first touchpoint.
fn applied_prefix(path: &Path, typed: &[u8]) -> usize {
    let audit = store::load(path).expect("the file always loads");
    let tps: Vec<_> = audit.touchpoints().map(|(_, _, t)| t.clone()).collect();
    typed
        .iter()
        .enumerate()
        .take_while(|(k, digit)| {
            let tp = &tps[k / 3];
            let scale = Scale::ALL[k % 3];
            tp.ratings.first().and_then(|r| r.get(scale)) == Some(**digit)
        })
        .count()
}

/// How many scores (any scale, any touchpoint) the saved file holds.
fn scores_in_file(path: &Path) -> usize {
    let audit = store::load(path).expect("the file always loads");
    audit
        .touchpoints()
        .flat_map(|(_, _, t)| t.ratings.iter())
        .map(|r| Scale::ALL.iter().filter(|s| r.get(**s).is_some()).count())
        .sum()
}

#[test]
fn e2e_kill_9_while_typing_never_loses_a_change_older_than_a_second() {
    if Tmux::start("kill-probe").is_none() {
        return;
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let csv = write_csv(dir.path());
    let csv = csv.to_string_lossy().into_owned();
    let out = tpaudit(&data, &["import", &csv, "--name", "demo"]);
    assert!(
        out.status.success(),
        "import: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let audit_path = data.join("audits").join("demo.ron");
    let pristine = std::fs::read(&audit_path).expect("read");

    let seed = std::env::var("TPAUDIT_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
                | 1
        });
    eprintln!("kill test seed: {seed} (set TPAUDIT_KILL_SEED to repeat)");
    let mut rng = Rng(seed);
    let rounds = 6;
    for round in 0..rounds {
        std::fs::write(&audit_path, &pristine).expect("reset");
        let _ = std::fs::remove_file(store::backup_path(&audit_path));
        let tmux = Tmux::start(&format!("kill-{round}")).expect("tmux is present");
        tmux.open("main", (100, 30), &data, "demo");
        tmux.wait_for("main", "Touchpoint 01");
        let pid = tmux.pane_pid("main");
        let kill_after = Duration::from_millis(800 + rng.below(2500));
        let start = Instant::now();
        let mut typed: Vec<(u8, Instant)> = Vec::new();
        while start.elapsed() < kill_after && typed.len() < 36 {
            let digit = 1 + rng.below(5) as u8;
            tmux.send("main", &digit.to_string());
            typed.push((digit, Instant::now()));
            std::thread::sleep(Duration::from_millis(30 + rng.below(120)));
        }
        let killed_at = Instant::now();
        let status = Command::new("kill")
            .args(["-9", &pid.to_string()])
            .status()
            .expect("kill");
        assert!(status.success(), "kill -9 {pid}");
        std::thread::sleep(Duration::from_millis(200));

        let check = tpaudit(&data, &["check", "demo"]);
        assert!(
            check.status.success(),
            "round {round}: the file does not pass check after kill -9: {}",
            String::from_utf8_lossy(&check.stderr)
        );
        let digits: Vec<u8> = typed.iter().map(|(d, _)| *d).collect();
        let must_have = typed
            .iter()
            .filter(|(_, at)| killed_at.duration_since(*at) > Duration::from_secs(1))
            .count();
        let have = applied_prefix(&audit_path, &digits);
        eprintln!(
            "round {round}: typed {}, older than 1 s {must_have}, in the file {have}",
            digits.len()
        );
        assert!(
            have >= must_have,
            "round {round} (seed {seed}): {} keys typed, {must_have} of them more than 1 s before the kill, \
             but only {have} are in the file",
            digits.len()
        );
        assert_eq!(
            scores_in_file(&audit_path),
            have,
            "round {round}: the file holds scores that were never typed"
        );
    }
}
