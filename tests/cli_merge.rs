//! `tpaudit merge INTO FROM…`: pre-work into one audit, all or nothing, never while INTO is open.

mod common;

use common::{Env, audit, fis, stage, tp, unrelated};
use tpaudit::model::{Audit, Lang};
use tpaudit::store::lock::{Acquired, acquire};

/// The workshop audit: Anna has rated the checkout; the chat is unrated.
fn workshop() -> Audit {
    audit(
        "workshop",
        Lang::En,
        &["Anna"],
        vec![stage(
            "buy",
            "Buy",
            vec![
                tp("checkout", "Checkout", &[("p1", fis(5, 5, 1))]),
                tp("chat", "Chat", &[]),
            ],
        )],
    )
}

/// One participant's pre-work: the same checklist scored by `name` alone.
fn prework(name: &str, checkout: [u8; 3], chat: [u8; 3]) -> Audit {
    let [a, b, c] = checkout;
    let [d, e, f] = chat;
    audit(
        name,
        Lang::En,
        &[name],
        vec![stage(
            "buy",
            "Buy",
            vec![
                tp("checkout", "Checkout", &[("p1", fis(a, b, c))]),
                tp("chat", "Chat", &[("p1", fis(d, e, f))]),
            ],
        )],
    )
}

fn env() -> Env {
    let env = Env::new();
    env.save("workshop", &workshop());
    env.save("boris", &prework("Boris", [4, 4, 2], [2, 3, 3]));
    env.save("vera", &prework("Vera", [5, 4, 1], [2, 2, 4]));
    env
}

fn bytes(env: &Env, name: &str) -> Vec<u8> {
    std::fs::read(env.audit_path(name)).expect("read")
}

#[test]
fn pre_work_of_new_participants_is_merged_with_every_rating() {
    let env = env();
    let out = env.run(&["merge", "workshop", "boris", "vera"]);
    let text = out.ok();
    assert!(
        text.contains("merged boris, vera into 'workshop'"),
        "{text}"
    );
    assert!(text.contains("12 ratings added"), "{text}");
    assert!(text.contains("participants added: Boris, Vera"), "{text}");
    let a = env.load("workshop");
    let names: Vec<&str> = a.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Anna", "Boris", "Vera"]);
    let checkout = &a.stages[0].touchpoints[0];
    assert_eq!(checkout.ratings.len(), 3);
    let report = env.run(&["report", "workshop", "--format", "csv"]);
    // Checkout: F 14/3, I 13/3, S 4/3; chat: F 2, I 2.5, S 3.5.
    assert!(
        report
            .ok()
            .contains("Buy,Checkout,4.7,4.3,1.3,94.4,fix_first,false"),
        "{}",
        report.stdout
    );
    assert!(tpaudit::store::backup_path(&env.audit_path("workshop")).exists());
}

#[test]
fn merging_the_same_file_twice_changes_nothing_the_second_time() {
    let env = env();
    env.run(&["merge", "workshop", "boris"]).ok();
    let once = bytes(&env, "workshop");
    let out = env.run(&["merge", "workshop", "boris"]);
    assert!(out.ok().contains("nothing to merge"), "{}", out.stdout);
    assert_eq!(bytes(&env, "workshop"), once);
}

#[test]
fn a_different_rating_refuses_the_whole_merge_with_every_conflict() {
    let env = env();
    // Anna's own pre-work disagrees with what she said in the room on two scales.
    env.save("anna", &prework("anna", [5, 4, 2], [1, 1, 1]));
    let before = bytes(&env, "workshop");
    let err = env
        .run(&["merge", "workshop", "boris", "anna"])
        .failed()
        .to_string();
    assert!(err.contains("merge refused, nothing written"), "{err}");
    assert!(
        err.contains("Buy / Checkout: Anna rated impact 5 in workshop, 4 in anna"),
        "{err}"
    );
    assert!(
        err.contains("Buy / Checkout: Anna rated satisfaction 1 in workshop, 2 in anna"),
        "{err}"
    );
    assert!(
        err.contains("--prefer into") && err.contains("--prefer from"),
        "{err}"
    );
    assert_eq!(
        bytes(&env, "workshop"),
        before,
        "boris merged cleanly, yet nothing is written"
    );
    assert!(!tpaudit::store::backup_path(&env.audit_path("workshop")).exists());

    env.run(&["merge", "workshop", "anna", "--prefer", "into"])
        .ok();
    let checkout = env.load("workshop").stages[0].touchpoints[0].clone();
    assert_eq!(checkout.ratings[0].satisfaction, Some(1));
    assert_eq!(
        env.load("workshop").stages[0].touchpoints[1].ratings[0].impact,
        Some(1)
    );
    env.run(&["merge", "workshop", "anna", "--prefer", "from"])
        .ok();
    assert_eq!(
        env.load("workshop").stages[0].touchpoints[0].ratings[0].satisfaction,
        Some(2)
    );
}

#[test]
fn a_touchpoint_into_lacks_is_refused_unless_added() {
    let env = env();
    let mut extra = prework("Gleb", [3, 3, 3], [3, 3, 3]);
    extra.stages[0]
        .touchpoints
        .push(tp("bot", "Telegram bot", &[("p1", fis(2, 3, 2))]).into());
    extra.stages.push(stage(
        "after",
        "After",
        vec![
            tp("review", "Review request", &[("p1", fis(3, 2, 2))]),
            tp("loyalty", "Loyalty card", &[]),
        ],
    ));
    env.save("gleb", &extra);
    let before = bytes(&env, "workshop");
    let err = env.run(&["merge", "workshop", "gleb"]).failed().to_string();
    assert!(
        err.contains("Buy / Telegram bot: in gleb but not in workshop"),
        "{err}"
    );
    assert!(
        err.contains("After / Review request: in gleb but not in workshop"),
        "{err}"
    );
    assert!(
        !err.contains("Loyalty card"),
        "unrated, it brings nothing: {err}"
    );
    assert!(err.contains("--add-missing"), "{err}");
    assert_eq!(bytes(&env, "workshop"), before);
    let out = env.run(&["merge", "workshop", "gleb", "--add-missing"]);
    assert!(
        out.ok().contains("3 touchpoints added; 1 stage added"),
        "{}",
        out.stdout
    );
    let a = env.load("workshop");
    let names: Vec<&str> = a.stages[0]
        .touchpoints
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(names, ["Checkout", "Chat", "Telegram bot"]);
    assert_eq!(a.stages[1].name, "After");
    let once = bytes(&env, "workshop");
    env.run(&["merge", "workshop", "gleb", "--add-missing"])
        .ok();
    assert_eq!(bytes(&env, "workshop"), once);
}

#[test]
fn unrated_touchpoints_into_lacks_are_passed_over() {
    let env = env();
    let mut extra = prework("Gleb", [3, 3, 3], [3, 3, 3]);
    extra.stages[0]
        .touchpoints
        .push(tp("bot", "Telegram bot", &[]).into());
    env.save("gleb", &extra);
    let out = env.run(&["merge", "workshop", "gleb"]);
    assert!(
        out.ok()
            .contains("1 unrated touchpoint the audit lacks passed over"),
        "{}",
        out.stdout
    );
    assert_eq!(env.load("workshop").touchpoint_count(), 2);
}

#[test]
fn merging_into_itself_is_refused() {
    let env = env();
    let before = bytes(&env, "workshop");
    let err = env
        .run(&["merge", "workshop", "workshop"])
        .failed()
        .to_string();
    assert!(err.contains("cannot merge 'workshop' into itself"), "{err}");
    let path = env.audit_path("workshop");
    let err = env
        .run(&["merge", "workshop", "boris", path.to_str().expect("utf-8")])
        .failed()
        .to_string();
    assert!(err.contains("into itself"), "{err}");
    assert_eq!(bytes(&env, "workshop"), before);
}

#[test]
fn an_audit_open_in_a_workbench_is_not_merged_into() {
    let env = env();
    let path = env.audit_path("workshop");
    let lock = match acquire(&path).expect("lock") {
        Acquired::Locked(lock) => lock,
        Acquired::HeldBy(h) => panic!("held by {h:?}"),
    };
    let before = bytes(&env, "workshop");
    let err = env
        .run(&["merge", "workshop", "boris"])
        .failed()
        .to_string();
    assert!(
        err.contains(&format!(
            "open for writing in process {}",
            std::process::id()
        )),
        "{err}"
    );
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(bytes(&env, "workshop"), before);
    drop(lock);
    env.run(&["merge", "workshop", "boris"]).ok();
}

#[test]
fn a_missing_or_broken_audit_is_a_clear_error() {
    let env = env();
    let before = bytes(&env, "workshop");
    let err = env.run(&["merge", "workshop", "nope"]).failed().to_string();
    assert!(err.contains("no audit named 'nope'"), "{err}");
    env.write("data/audits/broken.ron", "(version: 2,\n  name: oops)");
    let err = env
        .run(&["merge", "workshop", "boris", "broken"])
        .failed()
        .to_string();
    assert!(err.contains("broken.ron:2:"), "{err}");
    let err = env.run(&["merge", "nope", "boris"]).failed().to_string();
    assert!(err.contains("no audit named 'nope'"), "{err}");
    assert_eq!(bytes(&env, "workshop"), before);
    env.save("other", &unrelated("other"));
    let err = env
        .run(&["merge", "workshop", "other", "--add-missing"])
        .failed()
        .to_string();
    assert!(
        err.contains("'other' has no touchpoint in common with workshop"),
        "{err}"
    );
    assert_eq!(bytes(&env, "workshop"), before);
    let out = env.run(&["merge", "workshop"]);
    assert_eq!(out.code, 2, "FROM is required: {}", out.stderr);
}
