//! The HTML report printed to PDF by headless Chromium, read back page by page with `pdftotext`:
//! every section heading is on the same page as what follows it, the matrix's heading on the
//! matrix's page, the summary cards in one row on A4, the title and page numbers in the margins.
//! Skipped with a notice when `chromium` or `pdftotext` is missing, unless `CI` is set.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use scraper::{Html, Selector};
use tpaudit::io::report::{Format, Options, render};

fn tool(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

fn tools() -> Option<(PathBuf, PathBuf)> {
    let found = tool("chromium").zip(tool("pdftotext"));
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium and pdftotext are required under CI"
        );
        eprintln!("notice: chromium or pdftotext not found; skipping the print test");
    }
    found
}

fn print_to_pdf(chromium: &Path, dir: &Path, html: &Path) -> PathBuf {
    let pdf = dir.join("out.pdf");
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", html.display()))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start chromium");
    let start = Instant::now();
    while child.try_wait().expect("poll").is_none() {
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("chromium did not finish within two minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(pdf.is_file(), "no PDF written");
    pdf
}

/// The text of each page, as lines with the margins' title and page number left out.
fn pages(pdftotext: &Path, pdf: &Path, title: &str) -> Vec<Vec<String>> {
    let out = Command::new(pdftotext)
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    text.split('\u{c}')
        .map(|page| {
            page.lines()
                .map(|l| l.trim().to_string())
                .filter(|l| !l.is_empty())
                .collect::<Vec<_>>()
        })
        .filter(|p: &Vec<String>| !p.is_empty())
        .map(|p| {
            p.into_iter()
                .filter(|l| l != title && !is_page_number(l))
                .collect()
        })
        .collect()
}

fn is_page_number(l: &str) -> bool {
    let mut parts = l.split(" / ");
    let num =
        |s: Option<&str>| s.is_some_and(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()));
    num(parts.next()) && num(parts.next()) && parts.next().is_none()
}

/// The y of each word's top on page 1, in order (`pdftotext -bbox`).
fn first_page_words(pdftotext: &Path, pdf: &Path) -> Vec<(String, f64)> {
    let out = Command::new(pdftotext)
        .args(["-bbox", "-f", "1", "-l", "1"])
        .arg(pdf)
        .arg("-")
        .output()
        .expect("pdftotext -bbox");
    let text = String::from_utf8(out.stdout).expect("utf-8");
    let doc = Html::parse_document(&text);
    let sel = Selector::parse("word").expect("selector");
    doc.select(&sel)
        .map(|w| {
            let y = w
                .value()
                .attr("ymin")
                .and_then(|v| v.parse().ok())
                .expect("ymin");
            (w.text().collect::<String>(), y)
        })
        .collect()
}

fn check(example: &str, matrix_mark: &str, card_words: &[&str]) {
    let Some((chromium, pdftotext)) = tools() else {
        return;
    };
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("audits/examples")
        .join(format!("{example}.ron"));
    let audit = tpaudit::store::load(&path).expect("example");
    let page = render(&audit, Format::Html, &Options::default());
    let dir = tempfile::tempdir().expect("tmp");
    let html = dir.path().join("report.html");
    std::fs::write(&html, &page).expect("write");
    let pdf = print_to_pdf(&chromium, dir.path(), &html);
    let title = audit.display_title().to_string();
    let pages = pages(&pdftotext, &pdf, &title);

    // Every section heading has content after it on its own page.
    let doc = Html::parse_document(&page);
    let h2 = Selector::parse("h2").expect("selector");
    for heading in doc.select(&h2) {
        let heading: String = heading.text().collect();
        let heading = heading.trim().to_string();
        let (n, at) = pages
            .iter()
            .enumerate()
            .find_map(|(n, p)| p.iter().position(|l| *l == heading).map(|i| (n, i)))
            .unwrap_or_else(|| panic!("{example}: heading {heading:?} not found in the PDF"));
        assert!(
            at + 1 < pages[n].len(),
            "{example}: heading {heading:?} is the last line of page {}",
            n + 1
        );
    }
    // The matrix is on its heading's page.
    let matrix: String = doc
        .select(&Selector::parse(".matrix-section h2").expect("selector"))
        .next()
        .expect("matrix heading")
        .text()
        .collect();
    let on = |needle: &str| {
        pages
            .iter()
            .position(|p| p.iter().any(|l| l.contains(needle)))
            .unwrap_or_else(|| panic!("{example}: {needle:?} not in the PDF"))
    };
    assert_eq!(
        on(matrix.trim()),
        on(matrix_mark),
        "{example}: the matrix heading and the matrix are on different pages"
    );
    // The margins hold the title and "page / pages" on every page.
    let raw = Command::new(&pdftotext)
        .arg(&pdf)
        .arg("-")
        .output()
        .expect("pdftotext");
    let raw = String::from_utf8(raw.stdout).expect("utf-8");
    let count = raw.split('\u{c}').filter(|p| !p.trim().is_empty()).count();
    assert!(count >= 2, "{example}: {count} page(s)");
    assert!(
        raw.contains(&format!("1 / {count}")) && raw.contains(&format!("{count} / {count}")),
        "{example}: no page numbers in the margins"
    );
    assert!(
        raw.matches(title.as_str()).count() >= count,
        "{example}: no title in the margins"
    );

    // The summary cards' labels start on one line of page 1: one row.
    let words = first_page_words(&pdftotext, &pdf);
    let ys: Vec<f64> = card_words
        .iter()
        .map(|w| {
            words
                .iter()
                .find(|(t, _)| t == w)
                .unwrap_or_else(|| panic!("{example}: card word {w:?} not on page 1"))
                .1
        })
        .collect();
    for (w, y) in card_words.iter().zip(&ys) {
        assert!(
            (y - ys[0]).abs() < 2.0,
            "{example}: card {w:?} is on another row ({y} vs {})",
            ys[0]
        );
    }
}

#[test]
fn the_russian_example_prints_with_headings_kept_and_cards_in_a_row() {
    check(
        "example-retail-ru",
        "Перекрестье: У 3",
        &[
            "Оценено",
            "Критичные",
            "Исправить",
            "Так",
            "Низкий",
            "Возможно,",
        ],
    );
}

#[test]
fn the_english_example_prints_with_headings_kept_and_cards_in_a_row() {
    check(
        "example-online-store-en",
        "Crosshair: S 3",
        &["Scored", "Critical", "Fix", "Keep", "Low", "Possible"],
    );
}

/// The PDF's pages (title and page numbers left out) of `audit`'s printed report.
fn printed(
    tools: &(PathBuf, PathBuf),
    audit: &tpaudit::model::Audit,
) -> (String, Vec<Vec<String>>) {
    let page = render(audit, Format::Html, &Options::default());
    let dir = tempfile::tempdir().expect("tmp");
    let html = dir.path().join("report.html");
    std::fs::write(&html, &page).expect("write");
    let pdf = print_to_pdf(&tools.0, dir.path(), &html);
    (page, pages(&tools.1, &pdf, audit.display_title()))
}

fn example(name: &str) -> tpaudit::model::Audit {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("audits/examples")
        .join(format!("{name}.ron"));
    tpaudit::store::load(&path).expect("example")
}

/// Page 1 holds the matrix after the summary, and the matrix's legend is on the matrix's
/// page, whole: the first and the last touchpoint of the legend both.
#[test]
fn page_one_holds_the_matrix_and_the_legend_stays_with_it() {
    let Some(tools) = tools() else {
        return;
    };
    for (name, mark) in [
        ("example-online-store-en", "Crosshair: S 3"),
        ("example-retail-ru", "Перекрестье: У 3"),
    ] {
        let (page, pages) = printed(&tools, &example(name));
        let on = |needle: &str| {
            pages
                .iter()
                .position(|p| p.iter().any(|l| l.contains(needle)))
                .unwrap_or_else(|| panic!("{name}: {needle:?} not in the PDF"))
        };
        assert_eq!(on(mark), 0, "{name}: the matrix is not on page 1");
        let doc = Html::parse_document(&page);
        let legend: Vec<String> = doc
            .select(&Selector::parse("table.legend tbody td:nth-child(2)").expect("selector"))
            .map(|td| td.text().collect::<String>())
            .collect();
        for tp in [legend.first(), legend.last()].into_iter().flatten() {
            let first_word = tp.split_whitespace().next().expect("a name");
            assert_eq!(
                on(first_word),
                0,
                "{name}: legend entry {tp:?} is not with the matrix"
            );
        }
    }
}

/// The Russian example grown or cut to `n` touchpoints: copies of its touchpoints (new ids)
/// added to its stages in turn, or its last touchpoints removed.
fn russian_of(n: usize) -> tpaudit::model::Audit {
    let mut audit = example("example-retail-ru");
    let all: Vec<tpaudit::model::Touchpoint> = audit
        .stages
        .iter()
        .flat_map(|s| s.touchpoints.iter().map(|t| (**t).clone()))
        .collect();
    let mut k = 0;
    while audit.touchpoint_count() < n {
        let mut t = all[k % all.len()].clone();
        t.id = format!("{}-copy-{k}", t.id);
        t.name = format!("{} ({})", t.name, k + 2);
        let stages = audit.stages.len();
        audit.stages[k % stages].touchpoints.push(t.into());
        k += 1;
    }
    while audit.touchpoint_count() > n {
        let stage = audit
            .stages
            .iter_mut()
            .rev()
            .find(|s| s.touchpoints.len() > 1)
            .expect("a stage to shorten");
        stage.touchpoints.pop();
    }
    audit
}

/// However long the list (the Russian example at 24 to 34 touchpoints), the last page holds
/// more than the closing line.
#[test]
fn the_last_page_never_holds_only_the_closing_line() {
    let Some(tools) = tools() else {
        return;
    };
    for n in 24..=34 {
        let audit = russian_of(n);
        let (page, pages) = printed(&tools, &audit);
        let footer: String = Html::parse_document(&page)
            .select(&Selector::parse("footer").expect("selector"))
            .next()
            .expect("a footer")
            .text()
            .collect();
        let last = pages.last().expect("a page");
        assert!(
            last.iter().any(|l| *l != footer.trim()),
            "{n} touchpoints: the last page holds only {last:?}"
        );
    }
}
