//! The house's one-way dependencies, checked on the source: the pure core (`app`) imports
//! neither the views (`ui`) nor the runtime (`tui`); the views never import the runtime; the
//! catalogue (`i18n`) never imports storage; the domain (`model`) neither.

use std::path::Path;

/// Every `.rs` file under `src/<module>`, with its text.
fn sources(module: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut dirs = vec![
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("src")
            .join(module),
    ];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).expect("a source folder") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("source text");
                out.push((path.display().to_string(), text));
            }
        }
    }
    assert!(!out.is_empty(), "no sources under src/{module}");
    out
}

fn assert_no_import(module: &str, forbidden: &[&str]) {
    for (path, text) in sources(module) {
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for f in forbidden {
                assert!(
                    !code.contains(f),
                    "{path}:{}: {module} must not use {f}",
                    n + 1
                );
            }
        }
    }
}

#[test]
fn the_pure_core_imports_neither_the_views_nor_the_runtime() {
    assert_no_import(
        "app",
        &["crate::ui", "crate::tui", "std::fs", "std::thread"],
    );
}

#[test]
fn the_views_never_reach_the_runtime_or_the_disk() {
    assert_no_import("ui", &["crate::tui", "std::fs", "crate::store::session"]);
}

#[test]
fn the_catalogue_and_the_domain_never_import_storage() {
    assert_no_import("i18n", &["crate::store", "crate::ui", "crate::app"]);
    assert_no_import(
        "model",
        &["crate::store", "crate::ui", "crate::app", "crate::tui"],
    );
}
