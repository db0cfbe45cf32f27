//! The house's one-way dependencies, checked on the source: the pure core (`app`) imports
//! neither the views (`ui`) nor the runtime (`tui`); the views never import the runtime; the
//! catalogue (`i18n`) never imports storage; the domain (`model`) neither. Inside, no circle
//! runs between the files of `app`, `store` and `io`, and each screen's room (`app/<screen>/`,
//! `ui/<screen>/`) imports nothing from a sibling screen's room: what two screens share stands
//! at the top of `app/` or `ui/`.

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

/// A file of `src/<root>` as a node named by its module path under `src` (`app/walk/card`;
/// a `mod.rs` is its folder, `app/walk`), with its code: comments dropped and the unit tests
/// at the end (`#[cfg(test)] mod tests`) left out, since they build only under `cargo test`.
fn code_files(roots: &[&str]) -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    for root in roots {
        for (path, text) in sources(root) {
            let rel = Path::new(&path).strip_prefix(&src).expect("under src");
            let rel = rel.with_extension("").display().to_string();
            let node = rel.strip_suffix("/mod").map(str::to_string).unwrap_or(rel);
            let mut code = String::new();
            let mut lines = text.lines().peekable();
            while let Some(line) = lines.next() {
                if line.trim() == "#[cfg(test)]"
                    && lines
                        .peek()
                        .is_some_and(|l| l.trim_start().starts_with("mod tests"))
                {
                    break;
                }
                code.push_str(line.split("//").next().unwrap_or(""));
                code.push('\n');
            }
            out.push((node, code));
        }
    }
    out
}

/// The paths a `use` tree names, flattened: `a::{b, c::{d as e}}` gives `a::b` and `a::c::d as
/// e`; a trailing `self` names the module before it.
fn flatten_use(tree: &str) -> Vec<String> {
    let tree: String = tree.split_whitespace().collect::<Vec<_>>().join(" ");
    let Some(open) = tree.find('{') else {
        return vec![tree.trim().trim_end_matches("::self").to_string()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[start..]);
    parts
        .into_iter()
        .filter(|p| !p.trim().is_empty())
        .flat_map(|p| flatten_use(p.trim()))
        .map(|p| {
            if p == "self" {
                prefix.trim_end_matches("::").to_string()
            } else {
                format!("{prefix}{p}")
            }
        })
        .collect()
}

/// Every path a file's code names: its `use` trees (with whether the `use` is public, a
/// re-export) and the `crate::…`, `super::…`, `self::…` and `child::…` paths in its code.
fn named_paths(code: &str, children: &[String]) -> Vec<(bool, String)> {
    // `pub(in crate::app)` names a module that may see an item, not one this file uses.
    let mut code = code.to_string();
    while let Some(at) = code.find("pub(in ") {
        let end = code[at..].find(')').map_or(code.len(), |e| at + e + 1);
        code.replace_range(at..end, "pub");
    }
    let mut out = Vec::new();
    let mut rest = code.as_str();
    // `use` statements, possibly over several lines.
    let mut in_code = String::new();
    while let Some(at) = rest.find("use ") {
        let before = &rest[..at];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let lead = before[line_start..].trim();
        let is_use = lead.is_empty() || lead.starts_with("pub");
        if !is_use || at > 0 && rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            in_code.push_str(&rest[..at + 4]);
            rest = &rest[at + 4..];
            continue;
        }
        in_code.push_str(&rest[..at]);
        let end = rest[at..].find(';').map_or(rest.len(), |e| at + e);
        for path in flatten_use(&rest[at + 4..end]) {
            out.push((!lead.is_empty(), path));
        }
        rest = &rest[end..];
    }
    in_code.push_str(rest);
    // Paths in the code itself.
    let bytes = in_code.as_bytes();
    let mut starts: Vec<String> = vec!["crate::".into(), "super::".into(), "self::".into()];
    starts.extend(children.iter().map(|c| format!("{c}::")));
    for start in &starts {
        let mut from = 0;
        while let Some(at) = in_code[from..].find(start.as_str()) {
            let at = from + at;
            from = at + start.len();
            let prev = at.checked_sub(1).map(|i| bytes[i] as char);
            if prev.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            let len = in_code[at..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(in_code.len() - at);
            out.push((
                false,
                in_code[at..at + len].trim_end_matches(':').to_string(),
            ));
        }
    }
    out
}

/// The import graph between the files of `roots`: each node with the nodes its paths lead to.
/// A path is followed down the folders as far as modules go; a name a folder's `mod.rs`
/// re-exports (`pub use state::App`) is followed on to the file that defines it, so that
/// importing through a folder's front door counts as importing what stands behind it.
fn import_graph(roots: &[&str]) -> Vec<(String, Vec<String>)> {
    let files = code_files(roots);
    let nodes: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    let children = |of: &str| -> Vec<String> {
        nodes
            .iter()
            .filter_map(|n| n.strip_prefix(&format!("{of}/")))
            .filter(|rest| !rest.contains('/'))
            .map(str::to_string)
            .collect()
    };
    let paths: Vec<Vec<(bool, String)>> = files
        .iter()
        .map(|(node, code)| named_paths(code, &children(node)))
        .collect();
    let parent = |n: &str| {
        n.rsplit_once('/')
            .map_or(String::new(), |(p, _)| p.to_string())
    };
    // Resolves `path` named in `me` to the node that defines its item.
    fn resolve(
        me: &str,
        path: &str,
        nodes: &[&str],
        paths: &[Vec<(bool, String)>],
        parent: &dyn Fn(&str) -> String,
        depth: usize,
    ) -> Option<String> {
        let path = path.split(" as ").next().unwrap_or(path).trim();
        let mut segs = path.split("::").peekable();
        let mut at = match *segs.peek()? {
            "crate" => {
                segs.next();
                String::new()
            }
            "self" => {
                segs.next();
                me.to_string()
            }
            "super" => {
                let mut m = me.to_string();
                while segs.peek() == Some(&"super") {
                    segs.next();
                    m = parent(&m);
                }
                m
            }
            _ => me.to_string(),
        };
        let mut moved = false;
        for seg in segs {
            let next = if at.is_empty() {
                seg.to_string()
            } else {
                format!("{at}/{seg}")
            };
            if nodes.contains(&next.as_str()) {
                at = next;
                moved = true;
                continue;
            }
            // An item of `at`: a re-export there leads on to where it is defined.
            if depth < 8
                && let Some(i) = nodes.iter().position(|n| *n == at)
            {
                for (public, p) in &paths[i] {
                    let alias = p
                        .split(" as ")
                        .nth(1)
                        .unwrap_or_else(|| p.rsplit("::").next().unwrap_or(p));
                    if *public && alias.trim() == seg {
                        return resolve(&at, p, nodes, paths, parent, depth + 1);
                    }
                }
            }
            break;
        }
        (moved || path.starts_with("self") || path.starts_with("super")).then_some(at)
    }
    files
        .iter()
        .enumerate()
        .map(|(i, (me, _))| {
            let mut to = Vec::new();
            for (public, path) in &paths[i] {
                let target = resolve(me, path, &nodes, &paths, &parent, 0);
                // A folder's `mod.rs` re-exporting what stands inside it is its front door, not
                // a use: who imports through it is counted as importing the file behind it.
                let facade = *public
                    && target
                        .as_ref()
                        .is_some_and(|t| t.starts_with(&format!("{me}/")));
                if let Some(target) = target.filter(|_| !facade)
                    && target != *me
                    && nodes.contains(&target.as_str())
                    && !to.contains(&target)
                {
                    to.push(target);
                }
            }
            (me.clone(), to)
        })
        .collect()
}

/// The circles of a graph: each strongly connected group of more than one node, sorted.
fn circles(graph: &[(String, Vec<String>)]) -> Vec<Vec<String>> {
    let reach = |from: &str| -> Vec<String> {
        let mut seen = vec![from.to_string()];
        let mut stack = vec![from.to_string()];
        while let Some(n) = stack.pop() {
            for (m, to) in graph {
                if *m == n {
                    for t in to {
                        if !seen.contains(t) {
                            seen.push(t.clone());
                            stack.push(t.clone());
                        }
                    }
                }
            }
        }
        seen
    };
    let reaches: Vec<(String, Vec<String>)> =
        graph.iter().map(|(n, _)| (n.clone(), reach(n))).collect();
    let mut out: Vec<Vec<String>> = Vec::new();
    for (n, r) in &reaches {
        let mut group: Vec<String> = r
            .iter()
            .filter(|m| reaches.iter().any(|(k, rk)| k == *m && rk.contains(n)))
            .cloned()
            .collect();
        group.sort();
        if group.len() > 1 && !out.contains(&group) {
            out.push(group);
        }
    }
    out
}

#[test]
fn no_circle_runs_between_the_files_of_app_store_and_io() {
    let graph = import_graph(&["app", "store", "io"]);
    let found = circles(&graph);
    assert!(
        found.is_empty(),
        "import circles between files:\n{}",
        found
            .iter()
            .map(|c| c.join(" <-> "))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// The screens: each has a room in `src/app/<screen>/` and draws in `src/ui/<screen>/`.
const ROOMS: [&str; 6] = ["home", "walk", "analysis", "compare", "workshop", "dialogs"];

/// The room a node stands in (`app/walk/card` is in `walk`), if any.
fn room_of(node: &str) -> Option<&str> {
    let mut parts = node.split('/');
    let _layer = parts.next();
    let room = parts.next()?;
    ROOMS.iter().find(|r| **r == room).copied()
}

#[test]
fn no_room_imports_from_a_sibling_screens_room() {
    let graph = import_graph(&["app", "ui"]);
    let mut wrong = Vec::new();
    for (from, to) in &graph {
        let Some(mine) = room_of(from) else { continue };
        for target in to {
            if let Some(theirs) = room_of(target)
                && theirs != mine
            {
                wrong.push(format!("{from} -> {target}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "a room imports from a sibling screen's room:\n{}",
        wrong.join("\n")
    );
    // The scan sees the imports it is meant to see: a room reads the top of `app`.
    let edges = |n: &str| graph.iter().find(|(m, _)| m == n).map(|(_, to)| to.clone());
    assert!(edges("app/walk/card").is_some_and(|to| to.contains(&"app/state".to_string())));
}
