//! Saving off the loop and leaving no debris: the saver thread reports through the loop's
//! channel, temp files are uniquely named, and those a crash left are removed on open.

mod safety_common;

use std::time::{Duration, SystemTime};

use safety_common::*;
use tpaudit::app::{App, Effect, Msg, update};
use tpaudit::model::Lang;
use tpaudit::tui::Runtime;

fn temps(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("list")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

#[test]
fn a_save_on_the_saver_thread_comes_back_through_the_channel() {
    let (_dir, data, path) = data_with_demo();
    let templates = tpaudit::store::templates::builtin();
    let mut app = App::new(Lang::En, data, templates, jiff::Timestamp::now());
    let mut rt = Runtime::threaded().expect("a saver thread");
    rt.run_effects(&mut app, vec![Effect::Open(path.clone())]);
    let effects = update(&mut app, Msg::Cmd(tpaudit::app::Cmd::Score(4)));
    assert!(effects.is_empty());
    let effects = update(&mut app, Msg::Tick);
    assert_eq!(effects, vec![Effect::Save]);
    rt.run_effects(&mut app, effects);
    assert!(rt.saving(), "the loop does not wait for the disk");
    rt.settle(&mut app);
    assert!(!rt.saving());
    let w = app.walk.as_ref().expect("walk");
    assert!(!w.dirty && w.save_error.is_none());
    assert_eq!(scores_on_disk(&path, 0).0, Some(4));
    assert!(rt.sender().is_some(), "other parts can send into the loop");
}

/// The saver gives way to the loop: on Linux it is a batch thread, which never takes the
/// processor from the loop the moment a snapshot wakes it.
#[cfg(target_os = "linux")]
#[test]
fn the_saver_thread_gives_way_to_the_loop() {
    let _rt = Runtime::threaded().expect("a saver thread");
    let savers = || -> Vec<i32> {
        std::fs::read_dir("/proc/self/task")
            .expect("this process's threads")
            .filter_map(Result::ok)
            .filter(|t| {
                std::fs::read_to_string(t.path().join("comm")).is_ok_and(|c| c.trim() == "saver")
            })
            .filter_map(|t| t.file_name().to_str()?.parse().ok())
            .collect()
    };
    // SAFETY: sched_getscheduler only reads the policy of the thread it is given.
    let policy = |tid: i32| unsafe { libc::sched_getscheduler(tid) };
    // The thread sets its policy as it starts: wait for it, within two seconds.
    let start = std::time::Instant::now();
    let mut found = savers();
    while start.elapsed() < Duration::from_secs(2)
        && (found.is_empty() || found.iter().any(|&t| policy(t) != libc::SCHED_BATCH))
    {
        std::thread::sleep(Duration::from_millis(10));
        found = savers();
    }
    assert!(!found.is_empty(), "a saver thread runs");
    for tid in found {
        assert_eq!(policy(tid), libc::SCHED_BATCH, "saver thread {tid}");
    }
}

#[test]
fn a_change_made_while_a_save_runs_keeps_the_audit_dirty() {
    let (_dir, data, path) = data_with_demo();
    let mut app = open(&data, &path);
    type_keys(&mut app, "4");
    let upto = app.walk.as_ref().expect("walk").edits;
    type_keys(&mut app, "5");
    update(
        &mut app,
        Msg::Saved {
            upto,
            result: Ok(()),
        },
    );
    assert!(
        app.walk.as_ref().expect("walk").dirty,
        "the 5 is not on disk yet"
    );
    assert_eq!(update(&mut app, Msg::Tick), vec![Effect::Save]);
}

#[test]
fn saves_leave_no_temp_files_and_stale_ones_are_removed_on_open() {
    let (_dir, data, path) = data_with_demo();
    let folder = path.parent().expect("folder").to_path_buf();
    let stale = folder.join(".demo.ron.Xy12Ab.tmp");
    let old_pid_style = folder.join(".demo.ron.4194301.tmp");
    let other = folder.join(".other.ron.Xy12Ab.tmp");
    let long_ago = SystemTime::now() - Duration::from_secs(3600);
    for p in [&stale, &old_pid_style, &other] {
        let f = std::fs::File::create(p).expect("create");
        f.set_modified(long_ago).expect("age it");
    }
    tpaudit::store::atomic::mark_process_start();
    let mut app = open(&data, &path);
    assert!(
        !stale.exists() && !old_pid_style.exists(),
        "a crash's debris is gone"
    );
    assert!(other.exists(), "another audit's files are left alone");
    type_keys(&mut app, "45");
    tick(&mut app);
    assert_eq!(scores_on_disk(&path, 0).0, Some(4));
    assert_eq!(temps(&folder), [".other.ron.Xy12Ab.tmp"]);
}

#[cfg(unix)]
#[test]
fn a_save_keeps_the_files_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, data, path) = data_with_demo();
    let shared = std::fs::Permissions::from_mode(0o664);
    std::fs::set_permissions(&path, shared).expect("chmod");
    let mut app = open(&data, &path);
    type_keys(&mut app, "4");
    tick(&mut app);
    assert_eq!(scores_on_disk(&path, 0).0, Some(4));
    let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
    assert_eq!(mode & 0o777, 0o664, "not the private mode of a temp file");
}

#[test]
fn the_save_snapshot_shares_the_stages_and_touchpoints_and_a_later_change_leaves_it_alone() {
    let (_dir, data, path) = data_with_demo();
    let mut app = open(&data, &path);
    type_keys(&mut app, "4");
    let job = tpaudit::tui::disk::SaveJob::of(&app, false).expect("an open audit");
    let shares = |app: &App, job: &tpaudit::tui::disk::SaveJob, (s, t): (usize, usize)| {
        let w = app.walk.as_ref().expect("walk");
        tpaudit::model::Shared::ptr_eq(
            &w.audit.stages[s].touchpoints[t],
            &job.audit.stages[s].touchpoints[t],
        )
    };
    // Each stage's list of touchpoints is shared too: the snapshot costs a count per stage.
    let lists = |app: &App, job: &tpaudit::tui::disk::SaveJob, s: usize| {
        let w = app.walk.as_ref().expect("walk");
        tpaudit::model::SharedList::ptr_eq(
            &w.audit.stages[s].touchpoints,
            &job.audit.stages[s].touchpoints,
        )
    };
    assert!(shares(&app, &job, (0, 0)) && shares(&app, &job, (0, 1)));
    assert!(lists(&app, &job, 0));
    // A score on the second touchpoint copies that one alone (and the list of its stage); the
    // snapshot keeps its value.
    type_keys(&mut app, "j5");
    assert!(shares(&app, &job, (0, 0)), "the first is still shared");
    assert!(!shares(&app, &job, (0, 1)), "the changed one is copied");
    assert!(!lists(&app, &job, 0), "its stage's list is copied");
    assert_eq!(job.audit.stages[0].touchpoints[1].ratings.len(), 0);
    let w = app.walk.as_ref().expect("walk");
    assert_eq!(w.audit.stages[0].touchpoints[1].ratings.len(), 1);
}
