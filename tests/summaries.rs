//! The audit list's summaries cache: used while a file is unchanged, never once it changed,
//! and a broken or foreign cache is only ignored.

mod common;

use common::age;
use tpaudit::model::{Audit, Lang, Participant, Scale, Stage, Touchpoint};
use tpaudit::store::{self, DataDir, listing, summaries};

fn audit(scored: usize) -> Audit {
    let mut a = Audit::new("shop", Lang::En, jiff::Timestamp::UNIX_EPOCH);
    a.client = "Corner shop".into();
    a.participants = vec![Participant {
        id: "p1".into(),
        name: "Anna".into(),
    }];
    let mut stage = Stage::new("s", "Purchase");
    for n in 0..4 {
        let mut tp = Touchpoint::new(format!("t{n}"), format!("Till {n}"));
        if n < scored {
            for scale in Scale::ALL {
                tp.set_score("p1", scale, Some(3));
            }
        }
        stage.touchpoints.push(tp.into());
    }
    a.stages.push(stage);
    a
}

fn scored(data: &DataDir) -> Vec<(String, usize)> {
    listing::list(data)
        .expect("a listing")
        .into_iter()
        .map(|e| (e.name.clone(), e.progress().expect("readable").scored))
        .collect()
}

fn cache(data: &DataDir) -> serde_json::Value {
    let bytes = std::fs::read(summaries::cache_path(data)).expect("a cache file");
    serde_json::from_slice(&bytes).expect("JSON")
}

#[test]
fn an_unchanged_audit_is_summarised_from_the_cache() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path());
    let path = data.audit_path("shop");
    store::create(&path, &audit(2), false).expect("create");
    age(&path);
    assert_eq!(scored(&data), vec![("shop".to_string(), 2)]);
    // The cache holds the summary; a figure planted in it is what the next listing shows,
    // which proves the file itself is not read again.
    let mut value = cache(&data);
    value["entries"]["shop.ron"][1]["progress"]["scored"] = 99.into();
    std::fs::write(summaries::cache_path(&data), value.to_string()).expect("write");
    assert_eq!(scored(&data), vec![("shop".to_string(), 99)]);
}

#[test]
fn a_changed_audit_is_read_again_whatever_the_cache_says() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path());
    let path = data.audit_path("shop");
    store::create(&path, &audit(1), false).expect("create");
    age(&path);
    assert_eq!(scored(&data), vec![("shop".to_string(), 1)]);
    // A save (a new file renamed into place), then an edit in place of the same size and with
    // the old modification time put back: each is seen.
    store::save(&path, &audit(3)).expect("save");
    age(&path);
    assert_eq!(scored(&data), vec![("shop".to_string(), 3)]);
    let text = std::fs::read_to_string(&path).expect("text");
    let fewer = text.replacen("not_applicable: false", "not_applicable: true ", 1);
    assert_eq!(fewer.len(), text.len());
    std::fs::write(&path, fewer).expect("edit in place");
    age(&path);
    assert_eq!(scored(&data), vec![("shop".to_string(), 2)]);
}

#[test]
fn a_broken_or_foreign_cache_is_ignored() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path());
    let path = data.audit_path("shop");
    store::create(&path, &audit(2), false).expect("create");
    age(&path);
    std::fs::create_dir_all(summaries::cache_path(&data).parent().expect("a folder"))
        .expect("cache folder");
    for junk in ["", "{", "[1,2]", "\u{0}\u{1}binary"] {
        std::fs::write(summaries::cache_path(&data), junk).expect("write");
        assert_eq!(scored(&data), vec![("shop".to_string(), 2)], "{junk:?}");
    }
    // A cache from another version of tpaudit, with a wrong figure under the right stamp.
    scored(&data);
    let mut value = cache(&data);
    value["tool"] = "0.0.0-other".into();
    value["entries"]["shop.ron"][1]["progress"]["scored"] = 99.into();
    std::fs::write(summaries::cache_path(&data), value.to_string()).expect("write");
    assert_eq!(scored(&data), vec![("shop".to_string(), 2)]);
    // The cache lives beside the audits folder, never in it.
    assert!(!summaries::cache_path(&data).starts_with(data.audits_dir()));
}

#[test]
fn a_file_changed_just_now_is_not_kept() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path());
    store::create(&data.audit_path("shop"), &audit(2), false).expect("create");
    assert_eq!(scored(&data), vec![("shop".to_string(), 2)]);
    let kept = std::fs::read(summaries::cache_path(&data))
        .ok()
        .and_then(|b| serde_json::from_slice::<serde_json::Value>(&b).ok())
        .map(|v| v["entries"]["shop.ron"].is_null());
    assert_ne!(
        kept,
        Some(false),
        "a summary of a file changed this second was kept"
    );
}
