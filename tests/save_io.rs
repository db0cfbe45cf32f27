//! What one save costs: one read of the file (to see whether another program changed it) and
//! one write; the first save of a sitting also keeps the file as it was opened as `.bak`.
//! Alone in its binary, so that no other test's I/O is counted.

mod common;

use tpaudit::model::Scale;
use tpaudit::store::io_count;
use tpaudit::store::session::{AuditFile, Saved};

#[test]
fn a_save_reads_once_and_writes_once_and_the_backup_is_the_version_opened() {
    let env = common::Env::new();
    let audit = common::audit(
        "demo",
        tpaudit::model::Lang::En,
        &["Anna"],
        vec![common::stage("s", "S", vec![common::tp("a", "A", &[])])],
    );
    let path = env.save("demo", &audit);
    let opened = std::fs::read(&path).expect("read");
    let (mut file, mut audit) = AuditFile::open(&path).expect("open");
    let mut counts = Vec::new();
    for v in 1..=4 {
        audit.stages[0].touchpoints[0].set_score("p1", Scale::Impact, Some(v));
        let before = io_count::now();
        assert_eq!(file.save(&audit).expect("save"), Saved::Written);
        counts.push(io_count::since(before));
    }
    let (first, rest) = counts.split_first().expect("four saves");
    assert_eq!(
        (first.reads, first.writes),
        (1, 2),
        "the first save keeps the .bak"
    );
    for c in rest {
        assert_eq!((c.reads, c.writes), (1, 1), "{counts:?}");
    }
    let bak = std::fs::read(tpaudit::store::backup_path(&path)).expect("a backup");
    assert_eq!(bak, opened, "the .bak is the file as it was opened");
}
