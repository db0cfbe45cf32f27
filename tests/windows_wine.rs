//! The Windows build end to end under Wine: the command line of the `.exe` cross-built with
//! MinGW, every output compared with the Linux binary's, in folders whose names have Cyrillic
//! letters and spaces.
//!
//! Runs when `TPAUDIT_WINDOWS_EXE` names the `.exe` and `TPAUDIT_WINE` the Wine loader (`.ci/run`
//! sets both, with `WINEPREFIX` under `target/`); otherwise each test says "skipped: …" and
//! passes, so a machine without Wine still runs the rest of the suite.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use calamine::{Data, Reader, Xlsx, open_workbook_from_rs};

mod e2e_common;

/// The data folder, the same on both sides under each side's own root.
const DATA: &str = "Данные аудита/клиент 1";
/// The Russian example, copied where a consultant might keep it.
const EXAMPLE_RU: &str = "Мои документы/пример магазин.ron";
const EXAMPLE_EN: &str = "Мои документы/online store.ron";
/// The Russian example with some scores changed: the "after" of a comparison.
const AFTER_RU: &str = "Мои документы/после ремонта.ron";
/// An audit file cut short.
const BROKEN: &str = "Мои документы/сломанный файл.ron";

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Side {
    Linux,
    Windows,
}

/// One argument: plain text, or a path below the side's root (written as that side spells it).
enum A<'a> {
    S(&'a str),
    P(&'a str),
}
use A::{P, S};

struct Wine {
    wine: PathBuf,
    exe: PathBuf,
    dir: tempfile::TempDir,
}

impl Wine {
    /// The set-up, or `None` (said on stderr) when the environment names no Windows build.
    fn new(test: &str) -> Option<Wine> {
        let found = (
            std::env::var_os("TPAUDIT_WINDOWS_EXE"),
            std::env::var_os("TPAUDIT_WINE"),
        );
        let (Some(exe), Some(wine)) = found else {
            eprintln!(
                "skipped: {test}: TPAUDIT_WINDOWS_EXE and TPAUDIT_WINE are not set (.ci/run \
                 sets them after cross-building the .exe)"
            );
            return None;
        };
        let dir = tempfile::Builder::new()
            .prefix("wine e2e ")
            .tempdir_in(env!("CARGO_TARGET_TMPDIR"))
            .expect("a temporary folder");
        let wine = Wine {
            wine: wine.into(),
            exe: exe.into(),
            dir,
        };
        for side in [Side::Linux, Side::Windows] {
            let docs = wine.file(side, "Мои документы");
            std::fs::create_dir_all(&docs).expect("documents folder");
            let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("audits/examples");
            let copy = |from: &str, to: &str| {
                std::fs::copy(examples.join(from), wine.file(side, to)).expect("copy example");
            };
            copy("example-retail-ru.ron", EXAMPLE_RU);
            copy("example-online-store-en.ron", EXAMPLE_EN);
            let ru = std::fs::read_to_string(examples.join("example-retail-ru.ron"));
            let after = ru
                .expect("example")
                .replacen("satisfaction: 2,", "satisfaction: 5,", 4);
            std::fs::write(wine.file(side, AFTER_RU), after).expect("write after");
            std::fs::write(
                wine.file(side, BROKEN),
                "(\n  version: 2,\n  name: \"сломан\n",
            )
            .expect("write broken");
            // Reports show when a file last changed: the same moment on both sides.
            for rel in [EXAMPLE_RU, EXAMPLE_EN, AFTER_RU] {
                let file = std::fs::File::options()
                    .write(true)
                    .open(wine.file(side, rel));
                let when = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_795_000_000);
                file.and_then(|f| f.set_modified(when))
                    .expect("set the time");
            }
        }
        Some(wine)
    }

    fn root(&self, side: Side) -> PathBuf {
        let name = match side {
            Side::Linux => "linux side",
            Side::Windows => "windows side",
        };
        self.dir.path().join(name)
    }

    /// A file below a side's root, as this (Linux) process reaches it.
    fn file(&self, side: Side, rel: &str) -> PathBuf {
        self.root(side).join(rel)
    }

    /// A path as the side's program is given it: Wine's drive Z: is the Linux root.
    fn spell(&self, side: Side, rel: &str) -> String {
        let path = self.file(side, rel).display().to_string();
        match side {
            Side::Linux => path,
            Side::Windows => format!("Z:{}", path.replace('/', "\\")),
        }
    }

    /// The `.exe` under Wine, headless. Wine turns the arguments into Windows's UTF-16 by the
    /// locale's character set, so the locale is UTF-8.
    fn exe(&self) -> Command {
        let mut c = Command::new(&self.wine);
        c.arg(&self.exe)
            .env("WINEDEBUG", "-all")
            .env("WINEDLLOVERRIDES", "mscoree,mshtml=")
            .env("LANG", "C.UTF-8");
        c
    }

    /// Runs `tpaudit --data-dir DATA ARGS…` on one side.
    fn run(&self, side: Side, args: &[A]) -> Output {
        let mut cmd = match side {
            Side::Linux => Command::new(env!("CARGO_BIN_EXE_tpaudit")),
            Side::Windows => self.exe(),
        };
        cmd.arg("--data-dir").arg(self.spell(side, DATA));
        for arg in args {
            match arg {
                S(text) => cmd.arg(text),
                P(rel) => cmd.arg(self.spell(side, rel)),
            };
        }
        cmd.env("TPAUDIT_CONFIG_DIR", self.spell(side, "config"))
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .output()
            .expect("the program runs")
    }

    /// Runs on both sides and checks that they succeed or fail alike, writing the same bytes
    /// to stdout and stderr.
    fn same(&self, args: &[A]) -> Output {
        self.compared(args, |bytes| bytes)
    }

    /// Like [`Wine::same`] for messages that name files: the Windows side's paths are spelled
    /// as the Linux side's before the comparison.
    fn same_naming_paths(&self, args: &[A]) -> Output {
        let windows_root = self.spell(Side::Windows, "");
        let linux_root = self.spell(Side::Linux, "");
        self.compared(args, |bytes| {
            let text = String::from_utf8(bytes).expect("UTF-8");
            let text = text.replace(&windows_root, &linux_root);
            text.replace('\\', "/").into_bytes()
        })
    }

    fn compared(&self, args: &[A], as_linux: impl Fn(Vec<u8>) -> Vec<u8>) -> Output {
        let linux = self.run(Side::Linux, args);
        let mut windows = self.run(Side::Windows, args);
        windows.stdout = as_linux(windows.stdout);
        windows.stderr = as_linux(windows.stderr);
        let what = format!("tpaudit {}", self.words(args));
        assert_eq!(
            windows.status.code(),
            linux.status.code(),
            "{what}: {}",
            shown(&windows)
        );
        for (name, w, l) in [
            ("stdout", &windows.stdout, &linux.stdout),
            ("stderr", &windows.stderr, &linux.stderr),
        ] {
            assert!(w == l, "{what}: {name} differs: {}", first_difference(w, l));
        }
        linux
    }

    fn words(&self, args: &[A]) -> String {
        let words: Vec<&str> = args
            .iter()
            .map(|a| match a {
                S(t) | P(t) => *t,
            })
            .collect();
        words.join(" ")
    }

    /// The bytes of a file both sides wrote, the `created:` line left out (it holds the time
    /// the audit was made), as (Linux, Windows).
    fn written(&self, rel: &str) -> (String, String) {
        let read = |side| {
            let text = std::fs::read_to_string(self.file(side, rel)).expect(rel);
            let kept: Vec<&str> = text
                .split_inclusive('\n')
                .filter(|l| !l.trim_start().starts_with("created:"))
                .collect();
            kept.concat()
        };
        (read(Side::Linux), read(Side::Windows))
    }
}

#[test]
fn new_import_and_check_write_the_same_files_as_on_linux() {
    let Some(w) = Wine::new("new, import, check") else {
        return;
    };
    let out = w.same_naming_paths(&[
        S("new"),
        S("Ромашка тест"),
        S("--template"),
        S("retail"),
        S("--lang"),
        S("ru"),
        S("--client"),
        S("ООО \"Ромашка\""),
    ]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Ромашка тест.ron"));
    let (linux, windows) = w.written(&format!("{DATA}/audits/Ромашка тест.ron"));
    assert!(linux.contains("ООО \\\"Ромашка\\\"") && !windows.contains('\r'));
    assert_eq!(windows, linux);
    // A name Windows keeps for a device is refused there as here.
    let refused = w.same_naming_paths(&[S("new"), S("con")]);
    assert!(!refused.status.success());
    for side in [Side::Linux, Side::Windows] {
        let csv = "\u{feff}stage;touchpoint;rater;frequency;impact;satisfaction;notes\r\n\
                   Покупка;\"Касса \"\"у входа\"\", зал\";Анна;5;5;1;\"Долго; очередь\"\r\n\
                   Покупка;Сайт;Борис;3;4;4;\r\n";
        std::fs::write(w.file(side, "Мои документы/оценки из Excel.csv"), csv).expect("csv");
    }
    w.same_naming_paths(&[
        S("import"),
        P("Мои документы/оценки из Excel.csv"),
        S("--name"),
        S("магазин у дома"),
        S("--lang"),
        S("ru"),
    ]);
    let (linux, windows) = w.written(&format!("{DATA}/audits/магазин у дома.ron"));
    assert!(linux.contains("Касса \\\"у входа\\\", зал"), "{linux}");
    assert_eq!(windows, linux);
    for audit in ["Ромашка тест", "магазин у дома"] {
        let out = w.same_naming_paths(&[S("check"), S(audit), S("--lang"), S("ru")]);
        assert!(out.status.success());
    }
    let out = w.same_naming_paths(&[S("check"), P(EXAMPLE_RU)]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("ok (20 touchpoints"));
}

#[test]
fn reports_in_every_format_match_linux_byte_for_byte() {
    let Some(w) = Wine::new("report") else {
        return;
    };
    for (example, lang) in [(EXAMPLE_RU, "ru"), (EXAMPLE_EN, "en")] {
        for format in ["text", "md", "csv", "html", "json", "ratings"] {
            let args = [
                S("report"),
                P(example),
                S("--format"),
                S(format),
                S("--lang"),
                S(lang),
            ];
            let out = w.same(&args);
            assert!(out.status.success() && out.stdout.len() > 200, "{format}");
        }
        w.same(&[
            S("report"),
            P(example),
            S("--format"),
            S("csv"),
            S("--excel"),
        ]);
    }
    let out = w.same(&[S("report"), P(EXAMPLE_RU), S("--format"), S("csv")]);
    assert!(String::from_utf8_lossy(&out.stdout).contains("Касс"));
    let book = "Мои документы/отчёт для клиента.xlsx";
    w.same_naming_paths(&[
        S("report"),
        P(EXAMPLE_RU),
        S("--format"),
        S("xlsx"),
        S("--output"),
        P(book),
    ]);
    // A workbook records when it was written, so its cells are compared, not its bytes.
    assert_eq!(
        cells(&w.file(Side::Windows, book)),
        cells(&w.file(Side::Linux, book))
    );
    assert!(cells(&w.file(Side::Linux, book)).len() >= 3);
}

#[test]
fn compare_combine_and_merge_match_linux() {
    let Some(w) = Wine::new("compare, combine, merge") else {
        return;
    };
    for command in ["compare", "combine"] {
        for format in ["text", "csv", "md", "json"] {
            let args = [
                S(command),
                P(EXAMPLE_RU),
                P(AFTER_RU),
                S("--format"),
                S(format),
            ];
            assert!(w.same(&args).status.success(), "{command} {format}");
        }
    }
    let out = w.same_naming_paths(&[
        S("merge"),
        P(EXAMPLE_RU),
        P(AFTER_RU),
        S("--prefer"),
        S("from"),
    ]);
    assert!(out.status.success());
    let (linux, windows) = w.written(EXAMPLE_RU);
    assert!(linux.contains("satisfaction: 5,"));
    assert_eq!(windows, linux);
    // A broken file is refused alike, naming the file and the place.
    for lang in ["en", "ru"] {
        let out = w.same_naming_paths(&[S("check"), P(BROKEN), S("--lang"), S(lang)]);
        assert!(!out.status.success());
        let out = w.same_naming_paths(&[S("report"), P(BROKEN), S("--lang"), S(lang)]);
        assert!(String::from_utf8_lossy(&out.stderr).contains("сломанный файл.ron"));
    }
}

fn shown(o: &Output) -> String {
    let stderr = String::from_utf8_lossy(&o.stderr);
    format!("status {:?}, stderr: {stderr}", o.status.code())
}

/// Where two outputs part: the line number and both lines, with their line ends shown.
fn first_difference(windows: &[u8], linux: &[u8]) -> String {
    let (w, l) = (
        String::from_utf8_lossy(windows),
        String::from_utf8_lossy(linux),
    );
    let pairs = w.split_inclusive('\n').zip(l.split_inclusive('\n'));
    match pairs.enumerate().find(|(_, (a, b))| a != b) {
        Some((n, (a, b))) => format!("line {}: Windows {a:?}, Linux {b:?}", n + 1),
        None => format!(
            "lengths: Windows {}, Linux {} bytes",
            windows.len(),
            linux.len()
        ),
    }
}

/// Every sheet's cells, by sheet name.
fn cells(path: &Path) -> Vec<(String, Vec<Vec<Data>>)> {
    let bytes = std::fs::read(path).expect("the workbook");
    let mut book: Xlsx<_> =
        open_workbook_from_rs(std::io::Cursor::new(bytes)).expect("a workbook calamine reads");
    let names = book.sheet_names().to_vec();
    names
        .into_iter()
        .map(|name| {
            let range = book.worksheet_range(&name).expect("a sheet");
            let rows = range.rows().map(|r| r.to_vec()).collect();
            (name, rows)
        })
        .collect()
}

#[test]
fn without_a_data_dir_audits_go_to_the_roaming_app_data_folder() {
    let Some(w) = Wine::new("the data folder") else {
        return;
    };
    let out = w
        .exe()
        .args(["new", "папка по умолчанию", "--lang", "ru", "--force"])
        .env_remove("TPAUDIT_DATA_DIR")
        .output()
        .expect("the program runs");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{said}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // %APPDATA%, the folder that roams with a Windows account: C:\Users\NAME\AppData\Roaming.
    let want = r"\AppData\Roaming\tpaudit\data\audits\папка по умолчанию.ron";
    assert!(said.contains(want) && said.contains("C:\\"), "{said}");
}

/// Waits up to `limit` for `ready`; true when it came.
fn wait_until(limit: std::time::Duration, mut ready: impl FnMut() -> bool) -> bool {
    let start = std::time::Instant::now();
    while !ready() {
        if start.elapsed() > limit {
            return false;
        }
        std::thread::sleep(std::time::Duration::from_millis(200));
    }
    true
}

#[test]
fn an_audit_open_on_windows_is_locked_naming_its_holder_until_the_holder_dies() {
    let Some(w) = Wine::new("the lock") else {
        return;
    };
    let Some(tmux) = e2e_common::Tmux::start("wine-lock") else {
        return;
    };
    let prefix = std::env::var("WINEPREFIX").map_or(String::new(), |p| format!("WINEPREFIX='{p}'"));
    let command = format!(
        "exec env LANG=C.UTF-8 WINEDEBUG=-all WINEDLLOVERRIDES='mscoree,mshtml=' {prefix} '{}' '{}' \
         --data-dir '{}' --lang en open '{}'",
        w.wine.display(),
        w.exe.display(),
        w.spell(Side::Windows, DATA),
        w.spell(Side::Windows, EXAMPLE_RU),
    );
    tmux.run("main", (100, 30), &command);
    let lock_file = w.file(Side::Windows, &format!("{EXAMPLE_RU}.lock"));
    let holder = || std::fs::read_to_string(&lock_file).unwrap_or_default();
    let held = wait_until(std::time::Duration::from_secs(60), || {
        holder().contains("since=")
    });
    assert!(held, "the workbench under Wine never locked the audit");
    let pid = holder()
        .lines()
        .find_map(|l| l.strip_prefix("pid=").map(str::to_string));
    let pid = pid.expect("the holder's pid");
    // Another tpaudit refuses to write, and can read who holds the audit.
    let merge = [
        S("merge"),
        P(EXAMPLE_RU),
        P(AFTER_RU),
        S("--prefer"),
        S("from"),
        S("--lang"),
        S("en"),
    ];
    let refused = w.run(Side::Windows, &merge);
    let said = String::from_utf8_lossy(&refused.stderr).into_owned();
    assert!(!refused.status.success(), "{said}");
    assert!(
        said.contains(&format!("open for writing in process {pid} on ")),
        "{said}"
    );
    // The holder dies without cleaning up: its lock file stays, and is taken over.
    let _ = Command::new("kill")
        .args(["-9", &tmux.pane_pid("main").to_string()])
        .status();
    let merged = wait_until(std::time::Duration::from_secs(20), || {
        w.run(Side::Windows, &merge).status.success()
    });
    assert!(merged, "the lock of a dead process was not taken over");
    let text = std::fs::read_to_string(w.file(Side::Windows, EXAMPLE_RU)).expect("the audit");
    assert!(text.contains("satisfaction: 5,"), "{text}");
}
