//! The parse cache of opened audits: an unchanged file is opened from it, a changed one never
//! is, and a broken, foreign or misplaced entry is only ignored.

mod common;

use std::path::Path;

use common::{age, fis, stage, tp};
use tpaudit::model::{Audit, Lang};
use tpaudit::store::parse_cache::ParseCache;
use tpaudit::store::session::{AuditFile, Saved};
use tpaudit::store::{self, DataDir};

/// Four touchpoints, the first `scored` of them rated.
fn audit(scored: usize) -> Audit {
    let tps = (0..4)
        .map(|n| {
            let rated: &[(&str, [Option<u8>; 3])] = if n < scored {
                &[("p1", fis(3, 3, 3))]
            } else {
                &[]
            };
            tp(&format!("t{n}"), &format!("Касса {n}"), rated)
        })
        .collect();
    let mut a = common::audit(
        "shop",
        Lang::Ru,
        &["Анна"],
        vec![stage("s", "Покупка", tps)],
    );
    a.client = "Магазин у дома".into();
    a
}

/// Opens the audit through the cache, as the workbench does, releasing the lock at once.
fn open(path: &Path, cache: &ParseCache) -> Audit {
    AuditFile::open_cached(path, false, cache).expect("opens").1
}

/// The entry's content as a JSON value, and a way to write one back.
fn entry(cache: &ParseCache, path: &Path) -> serde_json::Value {
    let bytes = std::fs::read(cache.entry_path(path)).expect("an entry");
    rmp_serde::from_slice(&bytes).expect("MessagePack")
}

fn put_entry(cache: &ParseCache, path: &Path, value: &serde_json::Value) {
    let bytes = rmp_serde::to_vec_named(value).expect("MessagePack");
    std::fs::write(cache.entry_path(path), bytes).expect("write the entry");
}

/// A data folder with the audit saved in it, aged unless `fresh` (see [`age`]).
fn setup(
    scored: usize,
    fresh: bool,
) -> (tempfile::TempDir, DataDir, std::path::PathBuf, ParseCache) {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = DataDir::new(dir.path());
    let path = data.audit_path("shop");
    store::create(&path, &audit(scored), false).expect("create");
    if !fresh {
        age(&path);
    }
    let cache = ParseCache::new(&data);
    (dir, data, path, cache)
}

#[test]
fn an_unchanged_audit_is_opened_from_the_cache_and_saves_as_usual() {
    let (_dir, data, path, cache) = setup(2, false);
    let first = open(&path, &cache);
    assert_eq!(first, store::load(&path).expect("load"));
    assert!(
        cache
            .entry_path(&path)
            .starts_with(data.root().join("cache"))
    );
    assert!(!cache.entry_path(&path).starts_with(data.audits_dir()));
    // A client planted in the entry is what the next open shows: the file is not parsed.
    let mut value = entry(&cache, &path);
    value["parsed"]["audit"]["client"] = "planted".into();
    put_entry(&cache, &path, &value);
    assert_eq!(open(&path, &cache).client, "planted");
    // Opened from the cache, the file's fingerprint is known: a save is no conflict.
    put_entry(&cache, &path, &entry(&cache, &path));
    let (mut file, mut opened) = AuditFile::open_cached(&path, false, &cache).expect("opens");
    opened.client = "saved".into();
    assert_eq!(file.save(&opened).expect("save"), Saved::Written);
    assert_eq!(store::load(&path).expect("load").client, "saved");
}

#[test]
fn a_changed_audit_is_never_served_from_the_cache() {
    let (_dir, _data, path, cache) = setup(1, false);
    assert_eq!(open(&path, &cache), audit(1));
    // A save (a new file renamed into place) is seen.
    store::save(&path, &audit(3)).expect("save");
    age(&path);
    assert_eq!(open(&path, &cache), audit(3));
    // So is an edit in place of the same size, with the old modification time put back.
    let text = std::fs::read_to_string(&path).expect("text");
    let changed = text.replacen("not_applicable: false", "not_applicable: true ", 1);
    assert_eq!(changed.len(), text.len());
    std::fs::write(&path, &changed).expect("edit in place");
    age(&path);
    let opened = open(&path, &cache);
    assert!(opened.stages[0].touchpoints[0].not_applicable);
    assert_eq!(opened, store::parse(&changed, &path).expect("parses"));
    // A file that is no longer an audit is refused, whatever the cache holds.
    std::fs::write(&path, "(broken").expect("break the file");
    age(&path);
    assert!(AuditFile::open_cached(&path, false, &cache).is_err());
}

#[test]
fn a_broken_foreign_or_misplaced_entry_is_ignored() {
    let (dir, _data, path, cache) = setup(2, false);
    let parsed = store::load(&path).expect("load");
    open(&path, &cache);
    let good = std::fs::read(cache.entry_path(&path)).expect("an entry");
    for junk in [&b""[..], b"\xc1\xc1junk", &good[..good.len() / 2]] {
        std::fs::write(cache.entry_path(&path), junk).expect("write");
        assert_eq!(open(&path, &cache), parsed, "{junk:?}");
    }
    // An entry from another version of tpaudit, or of another file, with a planted client.
    for (field, value) in [("tool", "0.0.0-other"), ("path", "/elsewhere/shop.ron")] {
        open(&path, &cache);
        let mut entry = entry(&cache, &path);
        entry[field] = value.into();
        entry["parsed"]["audit"]["client"] = "planted".into();
        put_entry(&cache, &path, &entry);
        assert_eq!(open(&path, &cache), parsed, "{field}");
    }
    // A copy of the file elsewhere has an entry of its own.
    let copy = dir.path().join("shop.ron");
    std::fs::copy(&path, &copy).expect("copy");
    assert_ne!(cache.entry_path(&copy), cache.entry_path(&path));
}

#[test]
fn a_file_changed_just_now_is_not_kept() {
    let (_dir, _data, path, cache) = setup(2, true);
    assert_eq!(open(&path, &cache), audit(2));
    assert!(
        !cache.entry_path(&path).exists(),
        "an audit changed this instant was cached"
    );
}
