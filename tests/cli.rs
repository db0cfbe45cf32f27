//! The real binary: new, list, templates, check, open, and their error paths.

mod common;

use common::{Env, audit, fis, stage, tp};
use tpaudit::model::Lang;

#[test]
fn new_creates_from_the_default_template_and_says_where() {
    let env = Env::new();
    let out = env.run(&["new", "shop", "--client", "Acme"]);
    let path = env.audit_path("shop");
    assert!(
        out.ok().contains(&path.display().to_string()),
        "{}",
        out.stdout
    );
    let a = env.load("shop");
    assert_eq!((a.name.as_str(), a.client.as_str()), ("shop", "Acme"));
    assert_eq!(a.template.as_deref(), Some("universal"));
    assert_eq!(a.lang, Lang::En);
    assert!(a.touchpoint_count() > 0);
}

#[test]
fn new_takes_the_language_and_template_flags_and_the_env_data_dir() {
    let env = Env::new();
    env.run_env(&["new", "магазин", "--lang", "ru", "--template", "RETAIL"])
        .ok();
    let a = env.load("магазин");
    assert_eq!(a.lang, Lang::Ru);
    assert_eq!(a.template.as_deref(), Some("retail"));
    assert_eq!(a.participants[0].name, "Участник 1");
}

#[test]
fn new_refuses_to_overwrite_without_force() {
    let env = Env::new();
    env.run(&["new", "shop"]).ok();
    let path = env.audit_path("shop");
    let before = std::fs::read(&path).expect("read");
    let err = env
        .run(&["new", "shop", "--client", "Other"])
        .failed()
        .to_string();
    assert!(
        err.contains("already exists") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).expect("read"), before);
    env.run(&["new", "shop", "--client", "Other", "--force"])
        .ok();
    assert_eq!(env.load("shop").client, "Other");
    assert!(tpaudit::store::backup_path(&path).exists());
}

#[test]
fn new_rejects_bad_names_and_unknown_templates() {
    let env = Env::new();
    for bad in ["a/b", ".hidden", " pad", "x:y"] {
        let err = env.run(&["new", bad]).failed().to_string();
        assert!(err.contains("not a valid audit name"), "{bad}: {err}");
    }
    let err = env
        .run(&["new", "x", "--template", "nope"])
        .failed()
        .to_string();
    assert!(
        err.contains("unknown template 'nope'") && err.contains("universal"),
        "{err}"
    );
    assert!(!env.audit_path("x").exists());
}

#[test]
fn list_shows_a_friendly_line_when_empty() {
    let env = Env::new();
    let out = env.run(&["list"]);
    assert!(out.ok().contains("tpaudit new NAME"), "{}", out.stdout);
}

#[test]
fn list_shows_progress_and_unreadable_files() {
    let env = Env::new();
    let mut na = tp("c", "C", &[]);
    na.not_applicable = true;
    let mut a = audit(
        "Shop audit",
        Lang::En,
        &["Me"],
        vec![stage(
            "s",
            "S",
            vec![tp("a", "A", &[("p1", fis(1, 2, 3))]), tp("b", "B", &[]), na],
        )],
    );
    a.client = "Клиент".into();
    env.save("shop", &a);
    // The last change is the file's: noon on 2020-01-01 (UTC), the same date in every zone.
    let noon = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_577_880_000);
    std::fs::File::options()
        .write(true)
        .open(env.dir.path().join("data/audits/shop.ron"))
        .and_then(|f| f.set_modified(noon))
        .expect("set the modification time");
    env.write("data/audits/broken.ron", "(version: 1,\n  name: oops)");
    let out = env.run(&["list"]);
    let text = out.ok();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("name") && lines[0].contains("scored"));
    let row = lines
        .iter()
        .find(|l| l.starts_with("shop"))
        .expect("shop row");
    assert!(row.contains("Клиент") && row.contains("1/3"), "{row}");
    assert!(row.contains("2020-01-01"), "{row}");
    let broken = lines
        .iter()
        .find(|l| l.starts_with("broken"))
        .expect("broken row");
    assert!(
        broken.contains("unreadable") && broken.contains("broken.ron:2:"),
        "{broken}"
    );
}

#[test]
fn templates_lists_builtins_user_templates_and_reports_broken_ones() {
    let env = Env::new();
    let mine = env.write(
        "config/templates/mine.ron",
        r#"(id: "mine", name: (en: "My list", ru: "Мой список"), stages: [
            (id: "s1", name: (en: "One"), touchpoints: [(id: "t1", name: (en: "T1")), (id: "t2", name: (en: "T2"))]),
            (id: "s2", name: (en: "Two"), touchpoints: []),
        ])"#,
    );
    let broken = env.write("config/templates/broken.ron", "(id: \"b\",\n  name: ???)");
    let out = env.run(&["templates"]);
    let text = out.ok();
    assert!(
        text.lines()
            .any(|l| l.starts_with("universal") && l.contains("built-in"))
    );
    let row = text
        .lines()
        .find(|l| l.starts_with("mine"))
        .expect("mine listed");
    assert!(row.contains("My list") && row.contains(&mine.display().to_string()));
    let counts: Vec<&str> = row.split_whitespace().collect();
    assert!(counts.windows(2).any(|w| w == ["2", "2"]), "{row}");
    assert!(
        out.stderr.contains(&format!("{}:2:", broken.display())),
        "{}",
        out.stderr
    );
    let ru = env.run(&["templates", "--lang", "ru"]);
    assert!(ru.ok().contains("Мой список"));
    env.run(&["new", "x", "--template", "mine"]).ok();
    assert_eq!(env.load("x").touchpoint_count(), 2);
}

#[test]
fn check_reports_ok_with_counts() {
    let env = Env::new();
    let a = audit(
        "a",
        Lang::En,
        &["Me"],
        vec![stage(
            "s",
            "S",
            vec![tp("a", "A", &[("p1", fis(1, 2, 3))]), tp("b", "B", &[])],
        )],
    );
    let path = env.save("a", &a);
    let out = env.run(&["check", "a"]);
    assert_eq!(
        out.ok(),
        format!("{}: ok (2 touchpoints, 1 scored)\n", path.display())
    );
    let by_path = env.run(&["check", &path.display().to_string()]);
    assert_eq!(by_path.ok(), out.stdout);
}

#[test]
fn check_points_at_the_syntax_error_and_leaves_the_file_alone() {
    let env = Env::new();
    let text = "(\n  version: 1,\n  name: \"x\",\n  created: ???,\n)";
    let path = env.write("data/audits/bad.ron", text);
    let err = env.run(&["check", "bad"]).failed().to_string();
    assert!(err.starts_with(&format!("{}:4:", path.display())), "{err}");
    assert_eq!(std::fs::read_to_string(&path).expect("read"), text);
    assert!(!tpaudit::store::backup_path(&path).exists());
}

#[test]
fn check_names_the_touchpoint_at_fault() {
    let env = Env::new();
    let a = audit(
        "a",
        Lang::En,
        &["Me"],
        vec![stage("s", "S", vec![tp("a", "Site", &[])])],
    );
    let path = env.save("a", &a);
    let text = std::fs::read_to_string(&path)
        .expect("read")
        .replace("ratings: []", "ratings: [(participant: \"p1\", impact: 7)]");
    std::fs::write(&path, &text).expect("write");
    let err = env.run(&["check", "a"]).failed().to_string();
    assert!(
        err.contains("'Site'") && err.contains("out of range"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(&path).expect("read"), text);
}

#[test]
fn missing_audits_fail_before_anything_starts() {
    let env = Env::new();
    for cmd in ["check", "open", "report"] {
        let err = env.run(&[cmd, "ghost"]).failed().to_string();
        assert!(err.contains("no audit named 'ghost'"), "{cmd}: {err}");
    }
    let err = env.run(&["open", "/nowhere/x.ron"]).failed().to_string();
    assert!(err.contains("/nowhere/x.ron"), "{err}");
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    assert_eq!(env.run(&["frobnicate"]).code, 2);
    assert_eq!(env.run(&["new"]).code, 2);
    assert_eq!(env.run(&["list", "--lang", "de"]).code, 2);
}

#[test]
fn list_marks_side_copies_apart_and_never_shows_sidecars() {
    let env = Env::new();
    let shop = env.save("shop", &audit("Shop", Lang::En, &["Me"], vec![]));
    let bytes = std::fs::read(&shop).expect("read");
    env.write("data/audits/shop.conflict-20261124-103000.ron", &bytes);
    for sidecar in ["recovery", "bak", "v1.bak", "lock", "deleted"] {
        env.write(&format!("data/audits/shop.ron.{sidecar}"), &bytes);
    }
    let out = env.run(&["list"]);
    let text = out.ok();
    let lines: Vec<&str> = text.lines().collect();
    let heading = lines
        .iter()
        .position(|l| l.starts_with("Conflict copies"))
        .expect("a section of its own");
    let shop_row = lines
        .iter()
        .position(|l| l.starts_with("shop "))
        .expect("shop");
    assert!(shop_row < heading, "{text}");
    let copy = lines
        .iter()
        .position(|l| l.starts_with("shop.conflict-20261124-103000"))
        .expect("the copy is listed");
    assert!(
        copy > heading && lines[copy].contains("copy of shop"),
        "{text}"
    );
    assert_eq!(
        lines.iter().filter(|l| l.starts_with("shop")).count(),
        2,
        "no sidecar is listed: {text}"
    );
}

/// Started from a script or a service, with no terminal to draw on, the workbench says so in one
/// plain line (no crash report) and opens nothing: no lock is left behind, the file unchanged.
#[test]
fn the_workbench_without_a_terminal_says_so_and_locks_nothing() {
    let env = Env::new();
    env.run(&["new", "shop"]).ok();
    let path = env.audit_path("shop");
    let before = std::fs::read(&path).expect("the audit");
    // `setsid` leaves the controlling terminal behind, whatever the test runner has.
    let out: common::Out = std::process::Command::new("setsid")
        .arg("--wait")
        .arg(env!("CARGO_BIN_EXE_tpaudit"))
        .arg("--data-dir")
        .arg(env.data())
        .args(["open", "shop"])
        .env("TPAUDIT_CONFIG_DIR", env.config())
        .stdin(std::process::Stdio::null())
        .output()
        .expect("setsid runs")
        .into();
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(
        out.stderr.starts_with("the workbench needs a terminal"),
        "{}",
        out.stderr
    );
    assert!(
        !out.stderr.contains("panicked") && !out.stderr.contains("Location"),
        "{}",
        out.stderr
    );
    assert!(!path.with_extension("ron.lock").exists(), "no lock left");
    assert_eq!(std::fs::read(&path).expect("the audit"), before);
}

#[test]
fn new_confirms_in_the_language_asked_for() {
    let env = Env::new();
    let out = env.run(&["new", "магазин", "--lang", "ru", "--template", "retail"]);
    let said = out.ok();
    assert!(
        said.starts_with("создан аудит «магазин» по шаблону «retail» (этапов: "),
        "{said}"
    );
    assert!(said.contains(&env.audit_path("магазин").display().to_string()));
    let out = env.run(&["new", "shop", "--lang", "en"]);
    assert!(
        out.ok()
            .starts_with("created audit 'shop' from template 'universal' (")
    );
}
