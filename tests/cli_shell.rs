//! `tpaudit completions SHELL` and `tpaudit man`: made from the command line's own
//! definitions; bash loads the completions and completes `tpaudit rep` to `report`.

mod common;

use common::Env;

#[test]
fn every_shell_gets_completions_naming_every_subcommand() {
    let env = Env::new();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = env.run(&["completions", shell]);
        let text = out.ok();
        for sub in [
            "report",
            "compare",
            "combine",
            "import",
            "merge",
            "completions",
            "man",
        ] {
            assert!(text.contains(sub), "{shell} completions lack {sub}");
        }
    }
}

#[test]
fn completions_need_no_data_directory() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_tpaudit"))
        .args(["completions", "fish"])
        .env_remove("HOME")
        .env_remove("XDG_DATA_HOME")
        .env("TPAUDIT_DATA_DIR", "")
        .output()
        .expect("the binary runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn bash_completes_rep_to_report() {
    let env = Env::new();
    let script = env.write("tpaudit.bash", env.run(&["completions", "bash"]).ok());
    let probe = format!(
        "source {}; COMP_WORDS=(tpaudit rep); COMP_CWORD=1; COMP_LINE='tpaudit rep'; COMP_POINT=11; \
         _tpaudit tpaudit rep tpaudit; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display()
    );
    let Ok(out) = std::process::Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &probe])
        .output()
    else {
        eprintln!("no bash here; skipped");
        return;
    };
    let words = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(words.trim(), "report", "bash offered: {words}");
}

#[test]
fn the_man_page_documents_the_commands() {
    let env = Env::new();
    let out = env.run(&["man"]);
    let page = out.ok();
    assert!(
        page.contains(".TH tpaudit 1"),
        "{}",
        &page[..page.len().min(300)]
    );
    for sub in ["report", "compare", "combine", "completions"] {
        assert!(page.contains(sub), "the man page lacks {sub}");
    }
}

#[test]
fn version_is_printed() {
    let env = Env::new();
    let out = env.run(&["--version"]);
    assert_eq!(
        out.ok().trim(),
        format!("tpaudit {}", env!("CARGO_PKG_VERSION"))
    );
}

/// Runs bash completion of `line` (the cursor at its end) and returns the words offered.
fn bash_offers(env: &Env, words: &[&str]) -> Option<Vec<String>> {
    let script = env.write("tpaudit.bash", env.run(&["completions", "bash"]).ok());
    let line = words.join(" ");
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let probe = format!(
        "cd {dir}; source {script}; COMP_WORDS=({words}); COMP_CWORD={cword}; COMP_LINE='{line}'; \
         COMP_POINT={point}; _tpaudit tpaudit '{cur}' '{prev}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        dir = env.dir.path().display(),
        script = script.display(),
        words = quoted.join(" "),
        cword = words.len() - 1,
        point = line.len(),
        cur = words[words.len() - 1],
        prev = words[words.len() - 2],
    );
    let out = std::process::Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &probe])
        .output()
        .ok()?;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect(),
    )
}

#[test]
fn bash_completes_template_ids_after_template() {
    let env = Env::new();
    env.write("universal-notes.txt", "a file beside, not a template");
    for command in ["new", "import"] {
        let Some(offered) = bash_offers(&env, &["tpaudit", command, "x", "--template", ""]) else {
            eprintln!("no bash here; skipped");
            return;
        };
        for id in ["universal", "retail"] {
            assert!(offered.iter().any(|w| w == id), "{command}: {offered:?}");
        }
        assert!(
            !offered
                .iter()
                .any(|w| w.contains("notes") || w.contains("tpaudit.bash")),
            "{command}: file names offered: {offered:?}"
        );
        let Some(narrowed) = bash_offers(&env, &["tpaudit", command, "x", "--template", "ret"])
        else {
            return;
        };
        assert_eq!(narrowed, ["retail"], "{command}");
    }
}

#[test]
fn the_man_page_lists_every_commands_options_and_refers_to_no_other_page() {
    let env = Env::new();
    let page = env.run(&["man"]).ok().to_string();
    assert!(
        !page.contains("(1)"),
        "a reference to a page that does not exist"
    );
    let section = |name: &str| {
        let head = format!(".SS \"tpaudit {name}\"\n");
        let start = page
            .find(&head)
            .unwrap_or_else(|| panic!("no section for {name}"));
        let rest = &page[start + head.len()..];
        rest[..rest.find(".SS ").unwrap_or(rest.len())].to_string()
    };
    for (name, options) in [
        (
            "new",
            &[
                "\\-\\-template",
                "\\-\\-from",
                "\\-\\-client",
                "\\-\\-force",
            ][..],
        ),
        (
            "report",
            &["\\-\\-format", "\\-\\-excel", "\\-\\-crosshair"][..],
        ),
        ("combine", &["\\-\\-long", "\\-\\-format"][..]),
        ("workshop", &["\\-\\-port"][..]),
    ] {
        let text = section(name);
        for option in options {
            assert!(text.contains(option), "{name} lacks {option}:\n{text}");
        }
    }
}
