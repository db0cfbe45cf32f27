//! Renders the HTML report of an example audit in headless Chromium and checks that the
//! matrix really appears: in the DOM, and as pixels of the quadrant and bubble colours.
//! Skipped with a notice when `chromium` is missing, unless `CI` is set.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use scraper::{Html, Selector};
use tpaudit::io::report::{Format, Options, render};
use tpaudit::store::templates;

fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMIUM") {
        return Some(p.into());
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join("chromium"))
        .find(|p| p.is_file())
}

/// Chromium, or `None` (with a notice) where it is not installed; under CI it must be.
fn chromium_or_skip() -> Option<PathBuf> {
    let found = chromium();
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium is required under CI but was not found on PATH"
        );
        eprintln!("notice: chromium not found; skipping the browser test");
    }
    found
}

/// Runs Chromium headless on `page` with extra arguments, killing it after two minutes.
fn run(bin: &Path, profile: &Path, page: &Path, extra: &[String]) -> Output {
    let mut cmd = Command::new(bin);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--window-size=1200,1600",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .args(extra)
    .arg(format!("file://{}", page.display()))
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("start chromium");
    let start = Instant::now();
    while child.try_wait().expect("poll chromium").is_none() {
        if start.elapsed() > Duration::from_secs(120) {
            let _ = child.kill();
            panic!("chromium did not finish within two minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    child.wait_with_output().expect("collect chromium output")
}

fn rgb(hex: &str) -> [u8; 3] {
    let h = hex.trim_start_matches('#');
    let byte = |i: usize| u8::from_str_radix(&h[i..i + 2], 16).expect("hex colour");
    [byte(0), byte(2), byte(4)]
}

/// RGB pixels of a PNG, whatever its colour type, with the image width.
fn pixels(png_bytes: Vec<u8>) -> (Vec<[u8; 3]>, usize) {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(png_bytes));
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().expect("PNG header");
    let mut buf = vec![0; reader.output_buffer_size().expect("PNG size fits memory")];
    let info = reader.next_frame(&mut buf).expect("PNG frame");
    let channels = info.color_type.samples();
    assert!(
        channels >= 3,
        "screenshot is not in colour: {:?}",
        info.color_type
    );
    let px = buf[..info.buffer_size()]
        .chunks_exact(channels)
        .map(|p| [p[0], p[1], p[2]])
        .collect();
    (px, info.width as usize)
}

fn near(p: [u8; 3], want: [u8; 3]) -> bool {
    p.iter().zip(want).all(|(a, b)| a.abs_diff(b) <= 2)
}

/// The box (x0, y0, x1, y1) spanned by long horizontal runs of the quadrant tints: the
/// matrix itself, not the small badges that share its colours.
fn matrix_box(
    px: &[[u8; 3]],
    width: usize,
    tints: &[[u8; 3]],
) -> Option<(usize, usize, usize, usize)> {
    let mut found: Option<(usize, usize, usize, usize)> = None;
    for (y, row) in px.chunks_exact(width).enumerate() {
        let mut run = 0;
        for (x, &p) in row.iter().enumerate() {
            run = if tints.iter().any(|&t| near(p, t)) {
                run + 1
            } else {
                0
            };
            if run >= 150 {
                let (x0, y0, x1, y1) = found.unwrap_or((x + 1 - run, y, x, y));
                found = Some((x0.min(x + 1 - run), y0.min(y), x1.max(x), y1.max(y)));
            }
        }
    }
    found
}

/// Pixels of colour `want` inside the box.
fn count_in(px: &[[u8; 3]], width: usize, b: (usize, usize, usize, usize), want: [u8; 3]) -> usize {
    (b.1..=b.3)
        .flat_map(|y| (b.0..=b.2).map(move |x| y * width + x))
        .filter(|&i| px.get(i).is_some_and(|&p| near(p, want)))
        .count()
}

fn attrs(doc: &Html, selector: &str, attr: &str) -> Vec<String> {
    let sel = Selector::parse(selector).expect("selector");
    doc.select(&sel)
        .filter_map(|e| e.value().attr(attr).map(str::to_string))
        .collect()
}

#[test]
fn chromium_renders_the_matrix() {
    let Some(bin) = chromium_or_skip() else {
        return;
    };
    let (name, audit) = templates::examples()
        .into_iter()
        .next()
        .expect("an example audit");
    let dir = tempfile::tempdir().expect("temp dir");
    let page = dir.path().join(format!("{name}.html"));
    std::fs::write(&page, render(&audit, Format::Html, &Options::default())).expect("write page");
    let ranked = tpaudit::model::rank(&audit, Default::default())
        .ranked
        .len();

    let dom = run(
        &bin,
        &dir.path().join("profile-dom"),
        &page,
        &["--dump-dom".into()],
    );
    let dom = Html::parse_document(&String::from_utf8_lossy(&dom.stdout));
    assert_eq!(
        attrs(&dom, "svg#matrix", "id").len(),
        1,
        "the matrix is in the DOM"
    );
    let bubble_fills = attrs(&dom, "svg#matrix g.bubble circle", "fill");
    assert_eq!(
        bubble_fills.len(),
        ranked,
        "one bubble per ranked touchpoint"
    );
    let tints = attrs(&dom, "svg#matrix rect.quadrant", "fill");
    assert_eq!(tints.len(), 4);

    let shot = dir.path().join("shot.png");
    let out = run(
        &bin,
        &dir.path().join("profile-shot"),
        &page,
        &[format!("--screenshot={}", shot.display())],
    );
    let bytes = std::fs::read(&shot).unwrap_or_else(|e| {
        panic!(
            "no screenshot ({e}); chromium said: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    if let Some(keep) = std::env::var_os("TPAUDIT_KEEP_SCREENSHOT") {
        std::fs::write(keep, &bytes).expect("keep screenshot");
    }
    let (px, width) = pixels(bytes);
    let tint_rgb: Vec<[u8; 3]> = tints.iter().map(|t| rgb(t)).collect();
    let b = matrix_box(&px, width, &tint_rgb).expect("the tinted matrix is on the screenshot");
    assert!(
        b.2 - b.0 > 300 && b.3 - b.1 > 250,
        "matrix drawn too small: {b:?}"
    );
    for tint in &tints {
        let n = count_in(&px, width, b, rgb(tint));
        assert!(
            n > 2_000,
            "quadrant tint {tint} covers only {n} pixels of the matrix"
        );
    }
    let radii = attrs(&dom, "svg#matrix g.bubble circle", "r");
    for (fill, r) in bubble_fills.iter().zip(radii) {
        let r: f64 = r.parse().expect("radius");
        let n = count_in(&px, width, b, rgb(fill));
        let half_disc = (std::f64::consts::PI * r * r / 2.0) as usize;
        assert!(
            n > half_disc,
            "bubble colour {fill} covers only {n} pixels of the matrix"
        );
    }
}

/// The widest the page lays out at a phone's 390 pixels, and the width of the screen it had:
/// the report in a frame 390 pixels wide (headless Chromium's window is never narrower than
/// 500), with a measuring script appended to it (the report itself has none).
fn laid_out_width(bin: &Path, dir: &Path, name: &str, html: &str) -> (f64, f64) {
    let probe = "<script>parent.document.body.setAttribute('data-widths', \
        document.documentElement.scrollWidth + ' ' + window.innerWidth);</script></body>";
    let report = dir.join(format!("{name}-report.html"));
    std::fs::write(&report, html.replacen("</body>", probe, 1)).expect("write report");
    let page = dir.join(format!("{name}-390.html"));
    let frame = format!(
        "<!DOCTYPE html><html><body style=\"margin:0\"><iframe style=\"width:390px;height:844px;border:0\" src=\"{name}-report.html\"></iframe></body></html>"
    );
    std::fs::write(&page, frame).expect("write page");
    let out = run(
        bin,
        &dir.join(format!("profile-{name}-390")),
        &page,
        &["--allow-file-access-from-files".into(), "--dump-dom".into()],
    );
    let dom = Html::parse_document(&String::from_utf8_lossy(&out.stdout));
    let widths = attrs(&dom, "body", "data-widths");
    let widths = widths.first().expect("the measuring script ran");
    let (scroll, viewport) = widths.split_once(' ').expect("two widths");
    (
        scroll.parse().expect("a width"),
        viewport.parse().expect("a width"),
    )
}

/// At a phone's 390 pixels neither example report, its comparison nor a combination is wider
/// than the screen: tables scroll within themselves, the matrix within its frame.
#[test]
fn reports_fit_a_phone_screen_without_sideways_scrolling() {
    let Some(bin) = chromium_or_skip() else {
        return;
    };
    let dir = tempfile::tempdir().expect("temp dir");
    let examples = templates::examples();
    let mut pages: Vec<(String, String)> = examples
        .iter()
        .map(|(name, audit)| {
            (
                name.clone(),
                render(audit, Format::Html, &Options::default()),
            )
        })
        .collect();
    let named: Vec<tpaudit::io::report::many::Named> = examples
        .iter()
        .take(1)
        .chain(examples.iter().take(1))
        .map(|(name, audit)| tpaudit::io::report::many::Named { name, audit })
        .collect();
    let mode = tpaudit::model::CrosshairMode::Midpoint;
    let compare = tpaudit::io::report::compare::View::new(&named, mode);
    pages.push((
        "compare".into(),
        tpaudit::io::report::compare::render(&compare, Format::Html, false),
    ));
    for (name, html) in &pages {
        let (scroll, viewport) = laid_out_width(&bin, dir.path(), name, html);
        assert!(
            viewport <= 400.0,
            "{name}: the window is {viewport} wide, not a phone's"
        );
        assert!(
            scroll <= viewport,
            "{name}: the page is {scroll} px wide on a {viewport} px screen"
        );
    }
}
