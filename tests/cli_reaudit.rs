//! `tpaudit new NAME --from AUDIT`: a re-audit of an earlier audit.

mod common;

use common::{Env, audit, fis, stage, tp};
use tpaudit::model::{Action, ActionStatus, Agreed, Audit, Lang};

fn q4() -> Audit {
    let mut checkout = tp(
        "checkout",
        "Checkout",
        &[("p1", fis(5, 5, 1)), ("p2", fis(4, 5, 2))],
    );
    checkout.notes = "Queue of 20 minutes".into();
    checkout.description = "Paying at the till".into();
    checkout.questions = vec!["Is a customer served within 5 minutes?".into()];
    checkout.agreed = Some(Agreed {
        satisfaction: Some(1),
        ..Agreed::default()
    });
    checkout.action = Some(Action {
        action: "Open a second till".into(),
        owner: "Anna".into(),
        status: ActionStatus::InProgress,
        ..Action::default()
    });
    let mut app = tp("app", "App", &[]);
    app.not_applicable = true;
    let mut a = audit(
        "q4",
        Lang::Ru,
        &["Anna", "Boris"],
        vec![stage("buy", "Buy", vec![checkout, app])],
    );
    a.client = "Tea shop".into();
    a.title = "Tea shop, Q4".into();
    a
}

#[test]
fn a_re_audit_keeps_the_checklist_people_and_plans_and_starts_unscored() {
    let env = Env::new();
    env.save("q4", &q4());
    let out = env.run(&["new", "q1", "--from", "q4"]);
    let text = out.ok();
    assert!(text.contains("re-audit of 'q4'"), "{text}");
    let prev = env.load("q4");
    let a = env.load("q1");
    assert_eq!(a.previous.as_deref(), Some("q4"));
    assert_eq!((a.name.as_str(), a.title.as_str()), ("q1", "q1"));
    assert_eq!(
        a.lang,
        Lang::Ru,
        "the audit keeps the language of the one it follows"
    );
    assert_eq!(a.client, "Tea shop");
    assert_eq!(a.participants, prev.participants);
    let (t, old) = (&a.stages[0].touchpoints[0], &prev.stages[0].touchpoints[0]);
    assert_eq!(
        (&t.id, &t.name, &t.description),
        (&old.id, &old.name, &old.description)
    );
    assert_eq!(t.questions, old.questions);
    assert_eq!(t.action, old.action);
    assert!(t.ratings.is_empty() && t.agreed.is_none() && t.notes.is_empty());
    assert!(a.stages[0].touchpoints[1].not_applicable);
}

#[test]
fn the_previous_audit_is_its_file_name_not_the_name_inside() {
    let env = Env::new();
    // A copied file keeps the name it was saved with; the file name is what resolves.
    env.save("autumn", &q4());
    env.run(&["new", "winter", "--from", "autumn"]).ok();
    assert_eq!(env.load("winter").previous.as_deref(), Some("autumn"));
    // A path into the audits folder is the same audit.
    let path = env.audit_path("autumn");
    env.run(&["new", "spring", "--from", path.to_str().expect("utf-8")])
        .ok();
    assert_eq!(env.load("spring").previous.as_deref(), Some("autumn"));
}

#[test]
fn a_re_audit_refuses_to_replace_an_audit_without_force() {
    let env = Env::new();
    env.save("q4", &q4());
    env.run(&["new", "q1"]).ok();
    let before = std::fs::read(env.audit_path("q1")).expect("read");
    let err = env.run(&["new", "q1", "--from", "q4"]).failed().to_string();
    assert!(
        err.contains("already exists") && err.contains("--force"),
        "{err}"
    );
    assert_eq!(std::fs::read(env.audit_path("q1")).expect("read"), before);
    env.run(&["new", "q1", "--from", "q4", "--force", "--client", "Other"])
        .ok();
    let a = env.load("q1");
    assert_eq!(
        (a.previous.as_deref(), a.client.as_str()),
        (Some("q4"), "Other")
    );
}

#[test]
fn an_audit_outside_the_audits_folder_is_refused_with_what_to_do() {
    let env = Env::new();
    let outside = env.dir.path().join("elsewhere/q4.ron");
    std::fs::create_dir_all(outside.parent().expect("parent")).expect("mkdir");
    tpaudit::store::save(&outside, &q4()).expect("save");
    let err = env
        .run(&["new", "q1", "--from", outside.to_str().expect("utf-8")])
        .failed()
        .to_string();
    assert!(
        err.contains("not in the audits folder") && err.contains("copy it there"),
        "{err}"
    );
    assert!(!env.audit_path("q1").exists());
}

#[test]
fn a_re_audit_cannot_replace_the_audit_it_follows() {
    let env = Env::new();
    let path = env.save("q4", &q4());
    let before = std::fs::read(&path).expect("read");
    let err = env
        .run(&["new", "q4", "--from", "q4", "--force"])
        .failed()
        .to_string();
    assert!(err.contains("cannot take the place"), "{err}");
    assert_eq!(std::fs::read(&path).expect("read"), before);
}

#[test]
fn a_missing_or_broken_previous_audit_is_a_clear_error() {
    let env = Env::new();
    let err = env
        .run(&["new", "q1", "--from", "nope"])
        .failed()
        .to_string();
    assert!(err.contains("no audit named 'nope'"), "{err}");
    env.write("data/audits/bad.ron", "(version: 2,\n  name: oops)");
    let err = env
        .run(&["new", "q1", "--from", "bad"])
        .failed()
        .to_string();
    assert!(err.contains("bad.ron:2:"), "{err}");
    assert!(!env.audit_path("q1").exists());
}

#[test]
fn from_and_template_do_not_go_together() {
    let env = Env::new();
    env.save("q4", &q4());
    let out = env.run(&["new", "q1", "--from", "q4", "--template", "retail"]);
    assert_eq!(out.code, 2, "{}", out.stderr);
    assert!(!env.audit_path("q1").exists());
}
