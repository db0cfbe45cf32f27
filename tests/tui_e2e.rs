//! The real binary in a tmux pseudo-terminal, typed at as a person would.

use std::path::Path;
use std::process::Command;

mod e2e_common;

use e2e_common::{Tmux, tpaudit};

/// Types `4 5 2 q` into an open audit and waits for the program to leave.
fn score_first(tmux: &Tmux, data: &Path) {
    tmux.open("main", (100, 30), data, "demo");
    tmux.wait_for("main", "demo");
    tmux.keys("main", &["4", "5", "2", "q"]);
    tmux.wait_exit("main");
}

#[test]
fn e2e_import_score_and_report() {
    let Some(tmux) = Tmux::start("import") else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("demo.csv");
    std::fs::write(
        &csv,
        "stage,touchpoint\nAwareness,Ads\nAwareness,Website\nPurchase,Checkout\n",
    )
    .expect("csv written");
    let data = dir.path().join("data");
    let csv_arg = csv.to_string_lossy().into_owned();
    let out = tpaudit(&data, &["import", &csv_arg, "--name", "demo"]);
    assert!(
        out.status.success(),
        "import: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    score_first(&tmux, &data);
    let out = tpaudit(&data, &["report", "demo", "--format", "csv"]);
    assert!(
        out.status.success(),
        "report: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = String::from_utf8_lossy(&out.stdout);
    let row = report
        .lines()
        .find(|l| l.contains(",Ads,"))
        .expect("Ads is ranked");
    assert!(row.contains(",4,5,2,"), "scores 4,5,2 in: {row}");
}

/// A data dir holding `demo` with two unscored touchpoints.
fn demo_data() -> (
    tempfile::TempDir,
    tpaudit::store::DataDir,
    tpaudit::model::Audit,
) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut audit =
        tpaudit::model::Audit::new("demo", tpaudit::model::Lang::En, jiff::Timestamp::now());
    let mut stage = tpaudit::model::Stage::new("awareness", "Awareness");
    stage.touchpoints = tpaudit::model::shared([
        tpaudit::model::Touchpoint::new("ads", "Ads"),
        tpaudit::model::Touchpoint::new("site", "Website"),
    ]);
    audit.stages = vec![stage];
    let data = tpaudit::store::DataDir::new(dir.path());
    tpaudit::store::save(&data.audit_path("demo"), &audit).expect("saved");
    (dir, data, audit)
}

#[test]
fn e2e_open_score_quit_saves_the_file() {
    let Some(tmux) = Tmux::start("open") else {
        return;
    };
    let (dir, data, audit) = demo_data();
    let before = std::fs::read_to_string(data.audit_path("demo")).expect("read");
    score_first(&tmux, dir.path());
    let back = tpaudit::store::load(&data.audit_path("demo")).expect("loads");
    let r = back.stages[0].touchpoints[0].rating("p1").expect("rated");
    assert_eq!(
        (r.frequency, r.impact, r.satisfaction),
        (Some(4), Some(5), Some(2))
    );
    // The file changed only where the scores went: no save time is written.
    let after = std::fs::read_to_string(data.audit_path("demo")).expect("read");
    let changed: Vec<&str> = after.lines().filter(|l| !before.contains(l)).collect();
    assert!(
        changed.iter().all(|l| l.contains("ratings")
            || l.contains("participant")
            || l.contains("frequency")
            || l.contains("impact")
            || l.contains("satisfaction")
            || l.trim() == "("
            || l.trim() == ")"
            || l.trim() == "),"
            || l.trim() == "],"),
        "unexpected changed lines: {changed:?}"
    );
    assert_eq!(back.created, audit.created);
}

#[test]
fn e2e_sigterm_saves_before_leaving() {
    let Some(tmux) = Tmux::start("term") else {
        return;
    };
    let (dir, data, _) = demo_data();
    tmux.open("main", (100, 30), dir.path(), "demo");
    tmux.wait_for("main", "demo");
    tmux.keys("main", &["3"]);
    tmux.wait_for("main", "3   ·   ·");
    let pid = tmux.pane_pid("main").to_string();
    assert!(
        Command::new("kill")
            .args(["-TERM", &pid])
            .status()
            .expect("kill runs")
            .success()
    );
    tmux.wait_exit("main");
    let back = tpaudit::store::load(&data.audit_path("demo")).expect("loads");
    let r = back.stages[0].touchpoints[0]
        .rating("p1")
        .expect("rated before SIGTERM");
    assert_eq!(r.frequency, Some(3));
}
