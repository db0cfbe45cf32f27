//! Every bundled example and template is stored exactly as tpaudit writes it, so the first
//! save of a bundled file changes nothing the user did not change.

use std::path::{Path, PathBuf};

use tpaudit::store;

fn files(dir: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("audits")
        .join(dir);
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("bundled folder")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    out.sort();
    assert!(!out.is_empty(), "no bundled files in {}", dir.display());
    out
}

#[test]
fn every_bundled_example_loads_and_saves_byte_for_byte() {
    for path in files("examples") {
        let text = std::fs::read_to_string(&path).expect("read");
        let audit = store::parse(&text, &path).expect("parses");
        let written = store::to_ron(&audit).expect("writes");
        assert!(
            written == text,
            "{} is not stored as tpaudit writes it; regenerate it with store::to_ron",
            path.display()
        );
        // And saving it through the store writes the same bytes.
        let dir = tempfile::tempdir().expect("tmp");
        let copy = dir.path().join("copy.ron");
        store::save(&copy, &audit).expect("save");
        assert_eq!(std::fs::read_to_string(&copy).expect("read"), text);
    }
}

#[test]
fn every_bundled_template_loads_and_saves_byte_for_byte() {
    for path in files("templates") {
        let text = std::fs::read_to_string(&path).expect("read");
        let template = store::templates::parse_template(&text, &path).expect("parses");
        let written = store::templates::to_ron(&template).expect("writes");
        assert!(
            written == text,
            "{} is not stored as tpaudit writes it; regenerate it with store::templates::to_ron",
            path.display()
        );
    }
}
