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

/// The modules of `src/ui` each file names through `super::…` or `crate::ui::…`: a file's node
/// is its path under `src/ui` without `.rs` (`mod.rs` is its folder, the root is `""`).
fn ui_imports() -> Vec<(String, Vec<String>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join("ui");
    let node = |path: &str| -> String {
        let rel = Path::new(path).strip_prefix(&root).expect("under src/ui");
        let rel = rel.with_extension("").display().to_string();
        rel.strip_suffix("mod")
            .map(|r| r.trim_end_matches('/').to_string())
            .unwrap_or(rel)
    };
    let files = sources("ui");
    let nodes: Vec<String> = files.iter().map(|(p, _)| node(p)).collect();
    let join = |base: &str, name: &str| {
        if base.is_empty() {
            name.to_string()
        } else {
            format!("{base}/{name}")
        }
    };
    files
        .iter()
        .map(|(path, text)| {
            let me = node(path);
            // `super` of a plain file is its folder's `mod.rs`; of a `mod.rs`, the folder above:
            // either way the node one step up.
            let parent = me
                .rsplit_once('/')
                .map(|(p, _)| p.to_string())
                .unwrap_or_default();
            let mut to = Vec::new();
            for line in text.lines() {
                let code = line.split("//").next().unwrap_or("");
                for (prefix, base) in [("super::", parent.as_str()), ("crate::ui::", "")] {
                    let mut rest = code;
                    while let Some(at) = rest.find(prefix) {
                        rest = &rest[at + prefix.len()..];
                        let names: Vec<&str> = if let Some(list) = rest.strip_prefix('{') {
                            let end = list.find('}').unwrap_or(list.len());
                            list[..end].split(',').map(str::trim).collect()
                        } else {
                            vec![rest]
                        };
                        for name in names {
                            // Follow `a::b::c` down the folders as far as modules go.
                            let mut target = base.to_string();
                            for part in name.split("::") {
                                let ident: String = part
                                    .chars()
                                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                                    .collect();
                                let next = join(&target, &ident);
                                if ident.is_empty() || !nodes.contains(&next) {
                                    break;
                                }
                                target = next;
                            }
                            if target != me && !to.contains(&target) {
                                to.push(target);
                            }
                        }
                    }
                }
            }
            (me, to)
        })
        .collect()
}

#[test]
fn the_views_import_each_other_without_a_circle() {
    let graph = ui_imports();
    let edges = |n: &str| -> Vec<String> {
        graph
            .iter()
            .find(|(m, _)| m == n)
            .map(|(_, to)| to.clone())
            .unwrap_or_default()
    };
    // A module may always use its ancestors' items (a folder's `mod.rs` re-exports, a widget's
    // parts its types): those edges point up the tree and cannot close a circle by themselves.
    let is_ancestor = |of: &str, a: &str| a.is_empty() || of.starts_with(&format!("{a}/"));
    for (start, _) in &graph {
        let mut stack = vec![vec![start.clone()]];
        while let Some(path) = stack.pop() {
            let at = path.last().expect("a path");
            for next in edges(at).into_iter().filter(|n| !is_ancestor(at, n)) {
                assert!(
                    next != *start,
                    "import circle in src/ui: {} -> {next}",
                    path.join(" -> ")
                );
                if !path.contains(&next) {
                    let mut longer = path.clone();
                    longer.push(next);
                    stack.push(longer);
                }
            }
        }
    }
    // The scan sees the imports it is meant to see.
    assert!(edges("widgets/matrix/plot").contains(&"widgets".to_string()));
    assert!(edges("analysis").contains(&"widgets/matrix".to_string()));
}
