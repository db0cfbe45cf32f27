//! Every relative link in the README and the guides under `docs/` leads somewhere: the file
//! exists, and a `#anchor` into a Markdown file names one of its headings by GitHub's rule for
//! heading ids (lower case, punctuation dropped, spaces to hyphens, Cyrillic kept).

use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The Markdown pages the project publishes: the README and every `docs/*.md`.
fn pages() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut pages = vec![root.join("README.md")];
    let mut docs: Vec<PathBuf> = std::fs::read_dir(root.join("docs"))
        .expect("the docs folder is readable")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    docs.sort();
    pages.extend(docs);
    pages
}

/// The lines of a page that are prose or headings: fenced and indented code blocks left out.
fn prose_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut fenced = false;
    let mut previous_blank_or_code = true;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            fenced = !fenced;
            continue;
        }
        let indented_code = line.starts_with("    ") && previous_blank_or_code;
        previous_blank_or_code = line.trim().is_empty() || indented_code;
        if !fenced && !indented_code {
            lines.push(line);
        }
    }
    lines
}

/// A line with its inline code spans taken out, so that `` `[a](b)` `` is not read as a link.
fn without_code_spans(line: &str) -> String {
    line.split('`').step_by(2).collect::<Vec<_>>().join(" ")
}

/// The targets of the inline links (and images) of a page, in order.
fn link_targets(text: &str) -> Vec<String> {
    let mut targets = Vec::new();
    for line in prose_lines(text) {
        let line = without_code_spans(line);
        let mut rest = line.as_str();
        while let Some(start) = rest.find("](") {
            let after = &rest[start + 2..];
            let Some(end) = after.find(')') else { break };
            let target = after[..end].split_whitespace().next().unwrap_or("");
            targets.push(target.trim_matches(['<', '>']).to_string());
            rest = &after[end..];
        }
    }
    targets
}

/// GitHub's id for a heading: lower case, every character that is not a letter, a digit, a
/// space, a hyphen or an underscore dropped, then each space a hyphen.
fn slug(heading: &str) -> String {
    heading
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'))
        .map(|c| if c == ' ' { '-' } else { c })
        .collect()
}

/// The anchors of a page's headings; a repeated heading gets `-1`, `-2`… as on GitHub.
fn anchors(text: &str) -> HashSet<String> {
    let mut seen = HashSet::new();
    for line in prose_lines(text) {
        let hashes = line.chars().take_while(|&c| c == '#').count();
        if hashes == 0 || hashes > 6 || !line[hashes..].starts_with(' ') {
            continue;
        }
        let base = slug(line[hashes..].trim());
        let mut anchor = base.clone();
        let mut n = 0;
        while seen.contains(&anchor) {
            n += 1;
            anchor = format!("{base}-{n}");
        }
        seen.insert(anchor);
    }
    seen
}

/// What is wrong with one link of the page at `page`, if anything.
fn broken(page: &Path, page_text: &str, target: &str) -> Option<String> {
    if target.contains("://") || target.starts_with("mailto:") {
        return None;
    }
    let (file, anchor) = match target.split_once('#') {
        Some((file, anchor)) => (file, Some(anchor)),
        None => (target, None),
    };
    let (path, text) = if file.is_empty() {
        (page.to_path_buf(), page_text.to_string())
    } else {
        let path = page.parent().unwrap().join(file);
        if !path.exists() {
            return Some(format!("{target}: no file {}", path.display()));
        }
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        (path, text)
    };
    let anchor = anchor?;
    let is_markdown = path.extension().is_some_and(|ext| ext == "md");
    if is_markdown && !anchors(&text).contains(anchor) {
        return Some(format!("{target}: no heading with the id #{anchor}"));
    }
    None
}

/// Every broken link of one page, as `page: target: reason`.
fn broken_links(page: &Path, text: &str) -> Vec<String> {
    link_targets(text)
        .iter()
        .filter_map(|target| broken(page, text, target))
        .map(|reason| format!("{}: {reason}", page.display()))
        .collect()
}

#[test]
fn every_relative_link_in_the_readme_and_the_guides_resolves() {
    let pages = pages();
    assert!(pages.len() > 1, "the README and at least one guide");
    let mut problems = Vec::new();
    let mut links = 0;
    for page in &pages {
        let text = std::fs::read_to_string(page).unwrap();
        links += link_targets(&text).len();
        problems.extend(broken_links(page, &text));
    }
    assert!(
        links > 10,
        "the pages link to each other ({links} links found)"
    );
    assert!(
        problems.is_empty(),
        "broken links:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_readme_links_to_every_guide() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let targets = link_targets(&readme);
    for guide in pages().iter().skip(1) {
        let name = format!("docs/{}", guide.file_name().unwrap().to_string_lossy());
        assert!(
            targets
                .iter()
                .any(|t| t.split('#').next() == Some(name.as_str())),
            "the README links to {name}"
        );
    }
}

#[test]
fn headings_get_githubs_ids_cyrillic_included() {
    assert_eq!(
        slug("The audit cycle: audit, act, re-audit, compare"),
        "the-audit-cycle-audit-act-re-audit-compare"
    );
    assert_eq!(
        slug("Аудит в git: «слияние» и `.gitignore`"),
        "аудит-в-git-слияние-и-gitignore"
    );
    assert_eq!(
        slug("How fast it is (10,000 touchpoints)"),
        "how-fast-it-is-10000-touchpoints"
    );
    let page = "# Отчёты\n\n## Keys\n\n### Keys\n\n```\n# not a heading\n```\n";
    let ids = anchors(page);
    assert!(ids.contains("отчёты") && ids.contains("keys") && ids.contains("keys-1"));
    assert!(!ids.contains("not-a-heading"));
}

#[test]
fn a_missing_file_or_heading_is_reported_and_code_is_not_read_as_a_link() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let page = root.join("README.md");
    let text = "# Отчёты для клиента\n\nSee [x](docs/no-such-guide.md), [y](#нет-такого), \
                [z](#отчёты-для-клиента), [w](docs/ARCHITECTURE.md#no-such-heading), \
                [v](https://example.com/a#b) and `[u](not-a-link.md)`.\n\n    [t](code.md)\n";
    let problems = broken_links(&page, text);
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(problems[0].contains("docs/no-such-guide.md: no file"));
    assert!(problems[1].contains("#нет-такого: no heading"));
    assert!(problems[2].contains("docs/ARCHITECTURE.md#no-such-heading: no heading"));
}
