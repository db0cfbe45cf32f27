//! Golden files of every schema version: old files keep opening, and the format written today
//! does not drift without a version bump.

use std::path::Path;

use tpaudit::model::{ActionStatus, Channel, Control, Lang, SCHEMA_VERSION};
use tpaudit::store;

const V1: &str = include_str!("golden/schema/v1.ron");

#[test]
fn version_1_golden_file_loads_with_every_field() {
    let a = store::parse(V1, Path::new("tests/golden/schema/v1.ron")).expect("v1 loads");
    assert_eq!(a.version, 1);
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
}

#[test]
fn the_current_version_writes_the_golden_file_byte_for_byte() {
    // When the schema changes, bump SCHEMA_VERSION, add a migration and a new golden file:
    // the old golden file must keep loading.
    assert_eq!(SCHEMA_VERSION, 1);
    let a = store::parse(V1, Path::new("v1.ron")).expect("v1 loads");
    assert_eq!(store::to_ron(&a).expect("serialize"), V1);
}

#[test]
fn optional_fields_may_be_left_out_by_hand() {
    let minimal = r#"(
  version: 1,
  name: "hand-written",
  created: "2026-01-01T00:00:00Z",
  updated: "2026-01-01T00:00:00Z",
  participants: [(id: "p1", name: "Me")],
  stages: [(id: "s", name: "Stage", touchpoints: [(id: "t", name: "Site", ratings: [(participant: "p1", impact: 4)])])],
)"#;
    let a = store::parse(minimal, Path::new("m.ron")).expect("minimal file loads");
    assert_eq!(a.lang, Lang::En);
    assert_eq!(a.stages[0].touchpoints[0].ratings[0].impact, Some(4));
}
