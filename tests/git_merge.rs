//! `tpaudit merge-file` as git's merge driver: real `git merge` of two branches that edited one
//! audit, with the driver configured as the files guide (`docs/files.md`) says.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tpaudit::model::{Audit, Participant, Scale, Touchpoint};
use tpaudit::store;

mod e2e_common;
use e2e_common::{BIN, Tmux, tpaudit};

fn git(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args(args)
        .current_dir(dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .expect("git runs")
}

fn ok(dir: &Path, args: &[&str]) {
    let out = git(dir, args);
    assert!(
        out.status.success(),
        "git {args:?}: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A repository holding the bundled English example as `audit.ron`, committed on `main`, with
/// the merge driver configured; a branch `theirs` made from it.
fn repo() -> (tempfile::TempDir, PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    ok(dir, &["init", "-q", "-b", "main"]);
    ok(dir, &["config", "user.email", "t@example.com"]);
    ok(dir, &["config", "user.name", "T"]);
    ok(
        dir,
        &[
            "config",
            "merge.tpaudit.driver",
            &format!("'{BIN}' merge-file %O %A %B %P"),
        ],
    );
    std::fs::write(dir.join(".gitattributes"), "*.ron merge=tpaudit\n").unwrap();
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("audits/examples/example-online-store-en.ron");
    let mut audit = store::load(&example).unwrap();
    audit.name = "audit".into();
    let path = dir.join("audit.ron");
    std::fs::write(&path, store::to_ron(&audit).unwrap()).unwrap();
    ok(dir, &["add", "."]);
    ok(dir, &["commit", "-q", "-m", "audit"]);
    ok(dir, &["branch", "theirs"]);
    (tmp, path)
}

/// Edits the audit on a branch and commits.
fn commit_on(dir: &Path, branch: &str, edit: impl FnOnce(&mut Audit)) {
    ok(dir, &["checkout", "-q", branch]);
    let path = dir.join("audit.ron");
    let mut audit = store::load(&path).unwrap();
    edit(&mut audit);
    std::fs::write(&path, store::to_ron(&audit).unwrap()).unwrap();
    ok(dir, &["commit", "-q", "-am", branch]);
}

/// Everything a command printed, standard output then standard error.
fn said(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn merge(dir: &Path) -> Output {
    ok(dir, &["checkout", "-q", "main"]);
    git(dir, &["merge", "--no-edit", "theirs"])
}

fn check(path: &Path) {
    let out = Command::new(BIN).arg("check").arg(path).output().unwrap();
    assert!(
        out.status.success(),
        "check: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn tp<'a>(a: &'a mut Audit, id: &str) -> &'a mut Touchpoint {
    let (s, t) = a.find_touchpoint(id).unwrap();
    &mut a.stages[s].touchpoints[t]
}

fn untracked(dir: &Path) -> String {
    String::from_utf8(git(dir, &["status", "--porcelain"]).stdout).unwrap()
}

#[test]
fn different_touchpoints_of_one_stage_merge_cleanly() {
    let (tmp, path) = repo();
    let dir = tmp.path();
    let first = store::load(&path).unwrap().stages[0].touchpoints[0]
        .id
        .clone();
    let second = store::load(&path).unwrap().stages[0].touchpoints[1]
        .id
        .clone();
    let f = first.clone();
    commit_on(dir, "main", |a| {
        tp(a, &f).set_score("p1", Scale::Impact, Some(1));
        tp(a, &f).notes = "ours".into();
    });
    let s = second.clone();
    commit_on(dir, "theirs", |a| {
        tp(a, &s).set_score("p2", Scale::Satisfaction, Some(5));
        tp(a, &s).action = Some(tpaudit::model::Action {
            action: "Fix it".into(),
            ..Default::default()
        });
    });
    let out = merge(dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    check(&path);
    let mut a = store::load(&path).unwrap();
    assert_eq!(tp(&mut a, &first).rating("p1").unwrap().impact, Some(1));
    assert_eq!(tp(&mut a, &first).notes, "ours");
    assert_eq!(
        tp(&mut a, &second).rating("p2").unwrap().satisfaction,
        Some(5)
    );
    assert_eq!(
        tp(&mut a, &second).action.as_ref().unwrap().action,
        "Fix it"
    );
    assert_eq!(untracked(dir), "");
}

#[test]
fn both_add_a_touchpoint_to_the_same_stage_and_both_are_kept() {
    let (tmp, path) = repo();
    let dir = tmp.path();
    let add = |name: &str, score: u8| {
        let name = name.to_string();
        move |a: &mut Audit| {
            // The id the workbench gives a new touchpoint of the same default name.
            let mut t = Touchpoint::new("new-touchpoint", name);
            t.set_score("p1", Scale::Frequency, Some(score));
            a.stages[1].touchpoints.push(t.into());
        }
    };
    commit_on(dir, "main", add("Phone order", 2));
    commit_on(dir, "theirs", add("Letter", 4));
    let out = merge(dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    check(&path);
    let a = store::load(&path).unwrap();
    let stage = &a.stages[1].touchpoints;
    let phone = stage.iter().find(|t| t.name == "Phone order").unwrap();
    let letter = stage.iter().find(|t| t.name == "Letter").unwrap();
    assert_eq!(phone.rating("p1").unwrap().frequency, Some(2));
    assert_eq!(letter.rating("p1").unwrap().frequency, Some(4));
    assert_ne!(phone.id, letter.id);
}

#[test]
fn both_add_a_participant_and_both_keep_their_ratings() {
    let (tmp, path) = repo();
    let dir = tmp.path();
    let id = store::load(&path).unwrap().stages[0].touchpoints[0]
        .id
        .clone();
    let add = |name: &str, score: u8| {
        let (name, id) = (name.to_string(), id.clone());
        move |a: &mut Audit| {
            a.participants.push(Participant {
                id: "p3".into(),
                name,
            });
            tp(a, &id).set_score("p3", Scale::Impact, Some(score));
        }
    };
    commit_on(dir, "main", add("Chris", 2));
    commit_on(dir, "theirs", add("Dana", 5));
    let out = merge(dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    check(&path);
    let mut a = store::load(&path).unwrap();
    let pid = |a: &Audit, n: &str| {
        a.participants
            .iter()
            .find(|p| p.name == n)
            .unwrap()
            .id
            .clone()
    };
    let (chris, dana) = (pid(&a, "Chris"), pid(&a, "Dana"));
    assert_eq!(tp(&mut a, &id).rating(&chris).unwrap().impact, Some(2));
    assert_eq!(tp(&mut a, &id).rating(&dana).unwrap().impact, Some(5));
}

#[test]
fn a_true_conflict_keeps_ours_names_both_values_and_writes_theirs_beside() {
    let (tmp, path) = repo();
    let dir = tmp.path();
    let id = store::load(&path).unwrap().stages[0].touchpoints[0]
        .id
        .clone();
    let other = store::load(&path).unwrap().stages[2].touchpoints[0]
        .id
        .clone();
    let (i, o) = (id.clone(), other.clone());
    commit_on(dir, "main", move |a| tp(a, &i).notes = "Our note".into());
    let i = id.clone();
    commit_on(dir, "theirs", move |a| {
        tp(a, &i).notes = "Their note".into();
        tp(a, &o).notes = "Untouched by us".into();
    });
    let out = merge(dir);
    assert!(!out.status.success());
    let all = said(&out);
    assert!(
        all.contains("\"Our note\"") && all.contains("\"Their note\""),
        "{all}"
    );
    assert!(all.contains("notes"), "{all}");
    check(&path);
    let mut a = store::load(&path).unwrap();
    assert_eq!(tp(&mut a, &id).notes, "Our note");
    assert_eq!(tp(&mut a, &other).notes, "Untouched by us");
    let mut theirs = store::load(&dir.join("audit.ron.theirs")).unwrap();
    assert_eq!(tp(&mut theirs, &id).notes, "Their note");
}

/// The `.gitignore` lines the files guide recommends, read from the guide itself.
fn recommended_gitignore() -> String {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/files.md"))
            .unwrap();
    let start = readme
        .find("Put this `.gitignore`")
        .expect("docs/files.md recommends a .gitignore");
    readme[start..]
        .lines()
        .skip_while(|l| !l.starts_with("    "))
        .take_while(|l| l.starts_with("    "))
        .map(|l| format!("{}\n", l.trim()))
        .collect()
}

#[test]
fn the_recommended_gitignore_keeps_side_files_out_of_git_status() {
    let (tmp, path) = repo();
    let dir = tmp.path();
    std::fs::write(dir.join(".gitignore"), recommended_gitignore()).unwrap();
    ok(dir, &["add", ".gitignore"]);
    ok(dir, &["commit", "-q", "-m", "ignore side files"]);
    // What tpaudit leaves beside an audit: a backup (a real save), the lock, an emergency copy,
    // a conflict copy and an old version's backup.
    let mut audit = store::load(&path).unwrap();
    audit.client = "Changed".into();
    store::save(&path, &audit).unwrap();
    assert!(store::backup_path(&path).exists());
    for side in [
        "audit.ron.lock",
        "audit.ron.recovery",
        "audit.conflict-20261201-101500.ron",
        "audit.ron.v1.bak",
    ] {
        std::fs::write(dir.join(side), "x").unwrap();
    }
    assert_eq!(untracked(dir), " M audit.ron\n");
}

/// Scores the first touchpoint of stage `stage` (0-based) 4 5 2, writes a note and an action
/// plan on the next one, adds a touchpoint to the stage and leaves through the audits list (which
/// writes the list's cache), as a person at the keyboard would.
fn work_in_the_workbench(
    tmux: &Tmux,
    data: &Path,
    stage: usize,
    note: &str,
    action: &str,
    new: &str,
) {
    let session = format!("s{stage}");
    tmux.open(&session, (100, 30), data, "shop");
    tmux.wait_for(&session, "0/32 scored");
    for _ in 0..stage {
        tmux.keys(&session, &["]"]);
    }
    tmux.keys(
        &session,
        &["4", "5", "2", "Enter", note, "Enter", "t", action, "C-s"],
    );
    tmux.keys(&session, &["a", new, "Enter"]);
    tmux.wait_for(&session, "1/33 scored");
    tmux.wait_for(&session, "saved");
    tmux.keys(&session, &["Escape"]);
    tmux.wait_for(&session, "shop");
    tmux.keys(&session, &["q"]);
    tmux.wait_exit(&session);
}

/// `DIR/origin`: a data folder holding the audit `shop` made from the universal template, in a
/// fresh git repository with nothing committed yet.
fn origin_with_a_new_audit(dir: &Path) -> PathBuf {
    let origin = dir.join("origin");
    std::fs::create_dir(&origin).unwrap();
    let out = tpaudit(
        &origin,
        &["new", "shop", "--template", "universal", "--lang", "en"],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    ok(&origin, &["init", "-q", "-b", "main"]);
    ok(&origin, &["config", "user.email", "t@example.com"]);
    ok(&origin, &["config", "user.name", "T"]);
    origin
}

/// Two clones of a data folder, each edited through the workbench in a different stage (scores,
/// a note, an action plan, a new touchpoint): plain `git merge`, no merge driver, merges without
/// a conflict, `check` passes, both sides' work is in the file, and `git status` after each
/// session shows the audit alone, not tpaudit's side files.
#[test]
fn two_clones_edited_in_the_workbench_merge_with_plain_git() {
    let Some(tmux) = Tmux::start("git-clones") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let origin = origin_with_a_new_audit(tmp.path());
    std::fs::write(origin.join(".gitignore"), recommended_gitignore()).unwrap();
    ok(&origin, &["add", "."]);
    ok(&origin, &["commit", "-q", "-m", "audit"]);
    let [a, b] = ["a", "b"].map(|c| {
        ok(tmp.path(), &["clone", "-q", "origin", c]);
        let dir = tmp.path().join(c);
        ok(&dir, &["config", "user.email", &format!("{c}@example.com")]);
        ok(&dir, &["config", "user.name", c]);
        dir
    });

    work_in_the_workbench(
        &tmux,
        &a,
        0,
        "Slow replies",
        "Answer within an hour",
        "Podcast sponsorship",
    );
    work_in_the_workbench(
        &tmux,
        &b,
        2,
        "Queue at the till",
        "Open a second till",
        "Gift wrapping",
    );
    for dir in [&a, &b] {
        assert!(dir.join("cache").exists(), "the session listed the audits");
        assert_eq!(
            untracked(dir),
            " M audits/shop.ron\n",
            "only the audit changed"
        );
        ok(dir, &["commit", "-q", "-am", "scored"]);
    }

    let pull = git(
        &a,
        &["pull", "-q", "--no-rebase", "--no-edit", "../b", "main"],
    );
    assert!(
        pull.status.success(),
        "plain git merge: {}{}",
        String::from_utf8_lossy(&pull.stdout),
        String::from_utf8_lossy(&pull.stderr)
    );
    let path = a.join("audits/shop.ron");
    check(&path);
    let merged = store::load(&path).unwrap();
    for (stage, note, action, new) in [
        (
            0,
            "Slow replies",
            "Answer within an hour",
            "Podcast sponsorship",
        ),
        (
            2,
            "Queue at the till",
            "Open a second till",
            "Gift wrapping",
        ),
    ] {
        let tps = &merged.stages[stage].touchpoints;
        let scored = &tps[0];
        let who = &merged.participants[0].id;
        let r = scored
            .ratings
            .iter()
            .find(|r| &r.participant == who)
            .expect("the scores survived the merge");
        assert_eq!(
            [Scale::Frequency, Scale::Impact, Scale::Satisfaction].map(|s| r.get(s)),
            [Some(4), Some(5), Some(2)],
            "{}",
            scored.name
        );
        assert_eq!(tps[1].notes, note);
        assert_eq!(
            tps[1].action.as_ref().map(|p| p.action.as_str()),
            Some(action)
        );
        assert!(
            tps.iter().any(|t| t.name == new),
            "{new} is in stage {stage}"
        );
    }
    assert_eq!(merged.touchpoint_count(), 34);
    assert_eq!(untracked(&a), "");
}

/// A repository with only `.gitattributes` set up (the merge driver), no `.gitignore`: a clone
/// scored in the workbench, saved and quit, then saved from the command line and left with
/// every kind of side file tpaudit writes, shows the audit alone in `git status`; committed,
/// the status is clean. tpaudit wrote the audits folder's `.gitignore` itself.
#[test]
fn side_files_stay_out_of_git_status_without_a_gitignore_of_ours() {
    let Some(tmux) = Tmux::start("git-side-files") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let origin = origin_with_a_new_audit(tmp.path());
    std::fs::write(origin.join(".gitattributes"), "*.ron merge=tpaudit\n").unwrap();
    ok(&origin, &["add", "."]);
    ok(&origin, &["commit", "-q", "-m", "audit"]);
    let tracked = String::from_utf8(git(&origin, &["ls-files"]).stdout).unwrap();
    assert_eq!(
        tracked, ".gitattributes\naudits/shop.ron\n",
        "nothing else committed"
    );
    ok(tmp.path(), &["clone", "-q", "origin", "clone"]);
    let clone = tmp.path().join("clone");
    assert!(!clone.join("audits/.gitignore").exists(), "a fresh clone");
    ok(&clone, &["config", "user.email", "c@example.com"]);
    ok(&clone, &["config", "user.name", "C"]);

    work_in_the_workbench(
        &tmux,
        &clone,
        0,
        "Slow replies",
        "Answer within an hour",
        "Podcast",
    );
    assert!(
        clone.join("audits/.gitignore").exists(),
        "written on first use"
    );
    assert_eq!(untracked(&clone), " M audits/shop.ron\n");
    ok(&clone, &["commit", "-q", "-am", "scored"]);

    let path = clone.join("audits/shop.ron");
    let mut audit = store::load(&path).unwrap();
    audit.client = "Changed".into();
    store::save(&path, &audit).unwrap();
    assert!(store::backup_path(&path).exists());
    ok(&clone, &["commit", "-q", "-am", "client"]);
    let audits = clone.join("audits");
    for side in [
        "shop.ron.lock",
        "shop.ron.recovery",
        "shop.conflict-20261201-101500.ron",
        "shop.ron.v1.bak",
        "shop.ron.theirs",
        "old.ron.deleted",
        ".shop.ron.a1b2c3.tmp",
    ] {
        std::fs::write(audits.join(side), "x").unwrap();
    }
    assert_eq!(untracked(&clone), "", "git status is clean");
}

/// A rating both sides changed differently is named by the participant's name, not the id.
#[test]
fn a_rating_conflict_names_the_participant_by_name() {
    let (tmp, path) = repo();
    let dir = tmp.path();
    let audit = store::load(&path).unwrap();
    let id = audit.stages[0].touchpoints[0].id.clone();
    let who = audit.participants[0].clone();
    let rate = |v: u8| {
        let (id, p) = (id.clone(), who.id.clone());
        move |a: &mut Audit| {
            let t = tp(a, &id);
            match t.ratings.iter_mut().find(|r| r.participant == p) {
                Some(r) => r.satisfaction = Some(v),
                None => t.ratings.push(tpaudit::model::Rating {
                    satisfaction: Some(v),
                    ..tpaudit::model::Rating::new(&p)
                }),
            }
        }
    };
    commit_on(dir, "main", rate(1));
    commit_on(dir, "theirs", rate(5));
    let out = merge(dir);
    assert!(!out.status.success());
    let all = said(&out);
    assert!(
        all.contains(&format!("satisfaction rated by '{}'", who.name)),
        "{all}"
    );
    assert!(!all.contains(&format!("'{}'", who.id)), "{all}");
}
