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
