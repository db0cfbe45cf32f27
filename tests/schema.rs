//! Golden files of every schema version: old files keep opening, and the format written today
//! does not drift without a version bump.

use std::path::Path;

use tpaudit::model::{ActionStatus, Channel, Control, Lang, SCHEMA_VERSION};
use tpaudit::store;
use tpaudit::store::session::AuditFile;

const V1: &str = include_str!("golden/schema/v1.ron");
const V2: &str = include_str!("golden/schema/v2.ron");
const V3: &str = include_str!("golden/schema/v3.ron");

#[test]
fn version_1_golden_file_loads_with_every_field_and_migrates() {
    let a = store::parse(V1, Path::new("tests/golden/schema/v1.ron")).expect("v1 loads");
    assert_eq!(a.version, SCHEMA_VERSION, "migrated in memory");
    assert_eq!(a.title, "golden-v1", "the title starts as the name");
    assert_eq!(a.lang, Lang::Ru);
    assert_eq!(a.participants.len(), 2);
    let tp = &a.stages[0].touchpoints[0];
    assert_eq!(
        (tp.channel, tp.control),
        (Channel::Offline, Control::Indirect)
    );
    assert_eq!(tp.ratings[1].satisfaction, Some(1));
    assert_eq!(
        tp.action.as_ref().map(|x| x.status),
        Some(ActionStatus::InProgress)
    );
    assert!(a.stages[0].touchpoints[1].not_applicable);
    assert_eq!(a.template.as_deref(), Some("universal"));
    // Written in the current version, it has no save time and is the v2 golden file but for
    // the fields version 2 adds.
    let text = store::to_ron(&a).expect("serialize");
    assert!(!text.contains("updated"), "{text}");
    assert!(text.contains("version: 3,"));
}

#[test]
fn version_2_golden_file_loads_with_every_new_field() {
    let a = store::parse(V2, Path::new("tests/golden/schema/v2.ron")).expect("v2 loads");
    assert_eq!(a.title, "Ромашка: аудит «до и после»");
    assert_eq!(a.previous.as_deref(), Some("golden-v1"));
    let agreed = a.stages[0].touchpoints[0].agreed.expect("agreed");
    assert_eq!(
        (agreed.frequency, agreed.impact, agreed.satisfaction),
        (None, Some(5), Some(2))
    );
}

#[test]
fn the_current_version_writes_the_golden_file_byte_for_byte() {
    // When the schema changes, bump SCHEMA_VERSION, add a migration and a new golden file:
    // the old golden files must keep loading.
    assert_eq!(SCHEMA_VERSION, 3);
    let a = store::parse(V3, Path::new("v3.ron")).expect("v3 loads");
    assert_eq!(store::to_ron(&a).expect("serialize"), V3);
}

#[test]
fn a_version_2_file_written_in_version_3_changes_only_its_version_line() {
    // No evidence yet: every new field is at its default and none is written.
    let a = store::parse(V2, Path::new("v2.ron")).expect("v2 loads");
    assert_eq!(
        store::to_ron(&a).expect("serialize"),
        V2.replace("version: 2,", "version: 3,")
    );
}

#[test]
fn version_3_golden_file_loads_with_every_new_field() {
    use tpaudit::model::{Better, Level};
    let a = store::parse(V3, Path::new("v3.ron")).expect("v3 loads");
    let nps = a.nps.expect("nps");
    assert_eq!((nps.counts[0], nps.counts[10], nps.n()), (3, 79, 214));
    let tp = &a.stages[0].touchpoints[0];
    assert_eq!(
        (
            tp.evidence.frequency,
            tp.evidence.impact,
            tp.evidence.satisfaction
        ),
        (Level::Assumed, Level::Observed, Level::Measured)
    );
    assert!(tp.evidence.last_time);
    let m = &tp.measurements[0];
    assert_eq!(
        (m.value, m.target, m.better),
        (26.5, Some(24.0), Better::Lower)
    );
    assert_eq!(
        (m.unit.as_str(), m.date.as_str(), m.met()),
        ("ч", "2026-11-20", Some(false))
    );
    assert!(!m.last_time && tp.measurements[1].last_time);
    assert_eq!(tp.measurements[1].better, Better::Higher, "the default");
    assert_eq!(tp.survey.expect("survey").n(), 214);
    assert!(a.stages[0].touchpoints[1].evidence.is_default());
    assert_eq!(a.stages[0].measurements[0].value, 12400.0);
}

#[test]
fn bad_evidence_is_refused_with_its_place() {
    let bad = V3
        .replace("date: \"2026-11-20\"", "date: \"20.11.2026\"")
        .replace("value: 12400.0", "value: -5.0")
        .replace("satisfaction: measured", "satisfaction: guessed");
    let err = store::parse(&bad, Path::new("x.ron")).expect_err("refused");
    assert!(err.to_string().contains("guessed"), "{err}");
    let bad = V3
        .replace("date: \"2026-11-20\"", "date: \"20.11.2026\"")
        .replace("value: 12400.0", "value: -5.0");
    let text = store::parse(&bad, Path::new("x.ron"))
        .expect_err("refused")
        .to_string();
    assert!(
        text.contains("'Отзывы'") && text.contains("date '20.11.2026' is not YYYY-MM-DD"),
        "{text}"
    );
    assert!(
        text.contains("stage 1 'Осведомлённость': measurement 'customers'")
            && text.contains("a whole number 0 or more"),
        "{text}"
    );
}

#[test]
fn an_old_file_is_kept_whole_before_it_is_first_written_in_the_new_version() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("old.ron");
    std::fs::write(&path, V1).expect("write v1");
    let (mut file, audit) = AuditFile::open(&path).expect("opens");
    let backup = dir.path().join("old.ron.v1.bak");
    assert!(!backup.exists(), "opening alone changes nothing");
    file.save(&audit).expect("saves");
    assert_eq!(std::fs::read_to_string(&backup).expect("backup"), V1);
    let now = std::fs::read_to_string(&path).expect("new file");
    assert!(now.contains("version: 3,") && !now.contains("updated"));
    // A second save leaves the kept version alone.
    let mut changed = audit.clone();
    changed.client = "другой".into();
    file.save(&changed).expect("saves again");
    assert_eq!(std::fs::read_to_string(&backup).expect("backup"), V1);
    drop(file);
}

#[test]
fn bundled_examples_are_stored_exactly_as_tpaudit_writes_them() {
    for (name, text) in store::templates::EXAMPLES {
        let a = store::parse(text, Path::new(name)).expect("example loads");
        assert_eq!(
            &store::to_ron(&a).expect("serialize"),
            text,
            "{name}: saving it unchanged would rewrite lines the user never touched"
        );
    }
}

#[test]
fn optional_fields_may_be_left_out_by_hand() {
    let minimal = r#"(
  version: 2,
  name: "hand-written",
  created: "2026-01-01T00:00:00Z",
  participants: [(id: "p1", name: "Me")],
  stages: [(id: "s", name: "Stage", touchpoints: [(id: "t", name: "Site", ratings: [(participant: "p1", impact: 4)])])],
)"#;
    let a = store::parse(minimal, Path::new("m.ron")).expect("minimal file loads");
    assert_eq!(a.lang, Lang::En);
    assert_eq!(a.display_title(), "hand-written");
    assert_eq!(a.stages[0].touchpoints[0].ratings[0].impact, Some(4));
}

#[test]
fn an_agreed_score_out_of_range_is_refused_with_its_touchpoint() {
    let bad = r#"(
  version: 2,
  name: "x",
  created: "2026-01-01T00:00:00Z",
  participants: [(id: "p1", name: "Me")],
  stages: [(id: "s", name: "Stage", touchpoints: [(id: "t", name: "Site", agreed: (impact: 6))])],
)"#;
    let err = store::parse(bad, Path::new("x.ron")).expect_err("refused");
    let text = err.to_string();
    assert!(
        text.contains("'Site'") && text.contains("agreed impact score 6"),
        "{text}"
    );
}
