//! The workshop API as PRODUCT.md contracts it, driven over HTTP on 127.0.0.1 against the
//! workbench's real loop and saver: join, state, vote, reveal, next; every refusal with its
//! status and nothing changed; twelve phones voting at once over thirty touchpoints.

mod workshop_common;

use std::thread;

use tpaudit::app::Cmd;
use tpaudit::app::workshop::Mode;
use tpaudit::model::{Lang, Scale};
use workshop_common::{Room, audit, names, workshop};

fn ratings(a: &tpaudit::model::Audit) -> usize {
    a.touchpoints().map(|(_, _, t)| t.ratings.len()).sum()
}

#[test]
fn join_state_vote_reveal_next() {
    let out = workshop(audit(4, Lang::En), Mode::Facilitated, |room: &Room| {
        let page = room.get("");
        assert_eq!(page.status, 200);
        assert!(page.text.contains("<html"), "the phone page: {}", page.text);
        let anna = room.join("Anna");
        let again = room.try_join("  anna ");
        assert_eq!(
            (again.status, &again.json),
            (409, &serde_json::json!({"error": "name_taken"})),
            "a name a joined phone holds is not given to another phone"
        );
        let boris = room.join("Boris");
        assert_ne!(anna, boris);
        let facilitator = room.join("FACILITATOR");
        assert_eq!(
            facilitator, "p1",
            "a name in the audit rejoins as that participant"
        );

        let s = room.state(&anna);
        assert_eq!(s.status, 200, "{}", s.text);
        assert_eq!(s.json["mode"], "facilitated");
        assert_eq!(s.json["phase"], "voting");
        assert_eq!(s.json["touchpoint"]["id"], "t0");
        assert_eq!(s.json["touchpoint"]["stage"], "Stage 0");
        assert_eq!(s.json["touchpoint"]["name"], "Touchpoint 0");
        assert_eq!(s.json["touchpoint"]["questions"][0], "Does step 0 work?");
        assert_eq!(s.json["joined"], 3);
        assert_eq!(s.json["voted"], 0);
        assert_eq!(
            s.json["mine"],
            serde_json::json!({"frequency": null, "impact": null, "satisfaction": null})
        );
        // Exactly the contract's fields: the self-paced checklist is not among them.
        let mut keys: Vec<&str> = s
            .json
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        keys.sort_unstable();
        assert_eq!(
            keys,
            ["joined", "mine", "mode", "phase", "touchpoint", "voted"]
        );
        // Asking for another touchpoint changes nothing in facilitated mode: the live one.
        let other = room.state_of(&anna, "&touchpoint=t1");
        assert_eq!(other.json["touchpoint"]["id"], "t0");

        assert_eq!(room.vote(&anna, "t0", 4, 5, 2).status, 200);
        let s = room.state(&anna);
        assert_eq!(s.json["voted"], 1);
        assert_eq!(s.json["mine"]["impact"], 5);
        // Boris sees the count, never Anna's scores.
        let s = room.state(&boris);
        assert_eq!(s.json["voted"], 1);
        assert!(!s.text.contains("\"impact\":5"), "{}", s.text);
        assert_eq!(s.json["mine"]["impact"], serde_json::Value::Null);
        // A vote may change, and null clears one scale.
        let clear = serde_json::json!({"participant": "BORIS", "touchpoint": "t0", "impact": null});
        assert_eq!(room.post_vote(clear).status, 404, "ids are exact");
        let body =
            serde_json::json!({"participant": anna, "touchpoint": "t0", "satisfaction": null});
        assert_eq!(room.post_vote(body).status, 200);
        assert_eq!(room.state(&anna).json["voted"], 0);
        assert_eq!(room.vote(&anna, "t0", 4, 5, 3).status, 200);
        assert_eq!(room.vote(&boris, "t0", 1, 2, 3).status, 200);

        room.key(Cmd::Reveal);
        let s = room.state(&anna);
        assert_eq!(s.json["phase"], "revealed");
        assert_eq!(s.json["voted"], 2);
        assert_eq!(room.vote(&anna, "t0", 1, 1, 1).status, 409, "revealed");

        room.key(Cmd::Down);
        let s = room.state(&boris);
        assert_eq!(s.json["phase"], "voting");
        assert_eq!(
            s.json["touchpoint"]["id"], "t3",
            "the checklist's order: stage 0 holds t0, t3"
        );
        assert_eq!(
            room.vote(&boris, "t0", 1, 1, 1).status,
            409,
            "no longer live"
        );
        assert_eq!(room.vote(&boris, "t3", 2, 2, 2).status, 200);

        room.key(Cmd::CloseWorkshop);
        let s = room.state(&boris);
        assert_eq!(s.json["phase"], "closed");
        assert_eq!(room.vote(&boris, "t3", 3, 3, 3).status, 409, "closed");
    });
    let a = &out.saved;
    let names = names(a);
    assert_eq!(names, ["Facilitator", "Anna", "Boris"]);
    let t0 = &a.stages[0].touchpoints[0];
    let anna = t0.rating("anna").expect("Anna's rating");
    assert_eq!(
        (anna.frequency, anna.impact, anna.satisfaction),
        (Some(4), Some(5), Some(3))
    );
    assert_eq!(
        t0.rating("boris").and_then(|r| r.get(Scale::Frequency)),
        Some(1)
    );
    let t3 = &a.stages[0].touchpoints[1];
    assert_eq!(
        t3.rating("boris").and_then(|r| r.get(Scale::Satisfaction)),
        Some(2)
    );
    assert_eq!(ratings(a), 3);
    // A vote is an undoable change like a key's score.
    assert!(!out.app.walk.as_ref().expect("the walk").undo.is_empty());
}

#[test]
fn every_refusal_has_its_status_and_changes_nothing() {
    let out = workshop(audit(3, Lang::En), Mode::Facilitated, |room: &Room| {
        let anna = room.join("Anna");
        let wrong = room.base.replace("/w/", "/w/x");
        let agent = workshop_common::agent();
        for path in ["", "state?participant=anna", "join"] {
            let r = agent
                .get(format!("{wrong}{path}"))
                .call()
                .expect("an answer");
            assert_eq!(r.status().as_u16(), 404, "wrong token: {path}");
        }
        let r = agent
            .post(format!("{wrong}vote"))
            .send(r#"{"participant":"anna","touchpoint":"t0","impact":3}"#)
            .expect("an answer");
        assert_eq!(r.status().as_u16(), 404);
        let origin = room.origin();
        for other in ["/", "/w/", "/etc/passwd", "/w/../../etc/passwd"] {
            let r = agent
                .get(format!("{origin}{other}"))
                .call()
                .expect("an answer");
            assert_eq!(r.status().as_u16(), 404, "{other}");
        }
        let r = room.get("join");
        assert_eq!(r.status, 404, "a wrong method is any other path");
        assert!(r.text.is_empty(), "no hint: {}", r.text);

        assert_eq!(room.state("nobody").status, 404);
        assert_eq!(room.get("state").status, 404);
        assert_eq!(room.vote("nobody", "t0", 3, 3, 3).status, 404);

        for bad in ["0", "6", "2.5", "\"4\"", "4.0", "true"] {
            let body = format!(r#"{{"participant":"{anna}","touchpoint":"t0","frequency":{bad}}}"#);
            let r = room.post("vote", &body);
            assert_eq!(r.status, 400, "score {bad}");
            assert!(r.json["error"].is_string(), "a JSON error: {}", r.text);
        }
        let mixed =
            format!(r#"{{"participant":"{anna}","touchpoint":"t0","frequency":3,"impact":7}}"#);
        assert_eq!(room.post("vote", &mixed).status, 400, "all or nothing");
        assert_eq!(room.post_empty("vote").status, 400, "missing body");
        assert_eq!(room.post("vote", "not json").status, 400);
        assert_eq!(room.post("vote", "[1,2]").status, 400);
        assert_eq!(room.post_empty("join").status, 400);
        assert_eq!(room.post("join", r#"{"name":"   "}"#).status, 400);
        let huge = format!(
            r#"{{"participant":"{anna}","touchpoint":"t0","frequency":3,"pad":"{}"}}"#,
            "x".repeat(5000)
        );
        assert_eq!(room.post("vote", &huge).status, 413);
        assert_eq!(
            room.vote(&anna, "t1", 3, 3, 3).status,
            409,
            "not the live one"
        );
        assert_eq!(
            room.vote(&anna, "nope", 3, 3, 3).status,
            409,
            "no such touchpoint"
        );
        let s = room.state(&anna);
        assert_eq!(s.json["voted"], 0);
    });
    assert_eq!(ratings(&out.saved), 0, "nothing changed");
    assert_eq!(out.saved.participants.len(), 2, "only Anna joined");
}

#[test]
fn a_name_is_cleaned_and_an_invisible_or_over_long_one_refused() {
    let out = workshop(audit(1, Lang::En), Mode::Facilitated, |room: &Room| {
        let id = room.join("  Мария\u{7}\n  Иванова  ");
        let forty = room.join(&"x".repeat(40));
        assert_ne!(id, forty);
        room.join("Ze\u{200B}ro\u{202E}");
        for (name, why) in [
            ("x".repeat(41), "at most 40 characters"),
            ("\u{200B}\u{200C}\u{2060}".to_string(), "a name is needed"),
            (" \u{202E} ".to_string(), "a name is needed"),
        ] {
            let a = room.try_join(&name);
            assert_eq!(a.status, 400, "{name:?}: {}", a.text);
            let said = a.json["error"].as_str().unwrap_or_default();
            assert!(said.contains(why), "{name:?}: {said}");
        }
        // With the invisible characters gone it is the name a phone holds.
        let a = room.try_join("Zero\u{FEFF}");
        assert_eq!(a.status, 409, "{}", a.text);
    });
    let names = names(&out.saved);
    assert_eq!(names[1..], ["Мария Иванова", &"x".repeat(40), "Zero"]);
}

#[test]
fn twelve_phones_vote_at_once_over_thirty_touchpoints() {
    const PEOPLE: usize = 12;
    const TOUCHPOINTS: usize = 30;
    let score = |p: usize, t: usize, k: usize| ((p * 7 + t * 3 + k) % 5 + 1) as u8;
    let out = workshop(
        audit(TOUCHPOINTS, Lang::En),
        Mode::Facilitated,
        move |room: &Room| {
            let ids: Vec<String> = (0..PEOPLE)
                .map(|p| room.join(&format!("Person {p}")))
                .collect();
            for _ in 0..TOUCHPOINTS {
                let live = room.live(&ids[0]);
                let t: usize = live[1..].parse().expect("t<n>");
                thread::scope(|scope| {
                    for (p, id) in ids.iter().enumerate() {
                        let live = &live;
                        scope.spawn(move || {
                            let a =
                                room.vote(id, live, score(p, t, 0), score(p, t, 1), score(p, t, 2));
                            assert_eq!(a.status, 200, "{}", a.text);
                        });
                    }
                });
                let s = room.state(&ids[0]);
                assert_eq!(s.json["voted"], PEOPLE, "{}", s.text);
                assert_eq!(s.json["joined"], PEOPLE);
                room.key(Cmd::Reveal);
                room.key(Cmd::Down);
            }
        },
    );
    let a = &out.saved;
    assert_eq!(
        ratings(a),
        PEOPLE * TOUCHPOINTS,
        "every vote is in the file"
    );
    for (_, _, tp) in a.touchpoints() {
        let t: usize = tp.id[1..].parse().expect("t<n>");
        for p in 0..PEOPLE {
            let r = tp
                .rating(&format!("person-{p}"))
                .unwrap_or_else(|| panic!("person {p} on {}", tp.id));
            for (k, scale) in Scale::ALL.into_iter().enumerate() {
                assert_eq!(
                    r.get(scale),
                    Some(score(p, t, k)),
                    "person {p} {} {scale:?}",
                    tp.id
                );
            }
        }
    }
}

#[test]
fn self_paced_participants_walk_the_whole_checklist() {
    let out = workshop(audit(6, Lang::Ru), Mode::SelfPaced, |room: &Room| {
        let a = room.join("Анна");
        let b = room.join("Борис");
        thread::scope(|scope| {
            for id in [&a, &b] {
                scope.spawn(move || {
                    for _ in 0..6 {
                        let s = room.state(id);
                        assert_eq!(s.json["mode"], "self_paced");
                        let tp = s.json["touchpoint"]["id"]
                            .as_str()
                            .expect("an id")
                            .to_string();
                        assert_eq!(room.vote(id, &tp, 3, 4, 5).status, 200);
                    }
                });
            }
        });
        let s = room.state(&a);
        let done = s.json["checklist"].as_array().expect("the checklist");
        assert!(done.iter().all(|t| t["done"] == true), "{}", s.text);
        assert_eq!(room.state_of(&a, "&touchpoint=t2").json["voted"], 2);
    });
    assert_eq!(ratings(&out.saved), 12);
}

#[test]
fn a_phone_is_its_participant_only_with_its_key() {
    let out = workshop(audit(2, Lang::En), Mode::Facilitated, |room: &Room| {
        let anna = room.join("Anna");
        let boris = room.join("Boris");
        assert_ne!(room.secret_of(&anna), room.secret_of(&boris));
        assert_eq!(room.vote(&anna, "t0", 1, 2, 2).status, 200);
        let anna_key = room.secret_of(&anna);
        let boris_key = room.secret_of(&boris);
        // No key, an empty key, a wrong key, another phone's key: 404 with no body, like an
        // unknown participant; Anna's scores are never in the answer.
        for key in [
            None,
            Some(String::new()),
            Some("x".repeat(22)),
            Some(boris_key.clone()),
        ] {
            let query = match &key {
                None => format!("state?participant={anna}"),
                Some(k) => format!("state?participant={anna}&key={k}"),
            };
            let s = room.get(&query);
            assert_eq!((s.status, s.text.as_str()), (404, ""), "state with {key:?}");
            let mut body = serde_json::json!({
                "participant": anna, "touchpoint": "t0", "satisfaction": 5,
            });
            if let Some(k) = &key {
                body["key"] = serde_json::Value::from(k.clone());
            }
            let v = room.post("vote", &body.to_string());
            assert_eq!((v.status, v.text.as_str()), (404, ""), "vote with {key:?}");
        }
        // A key is for its own participant only.
        let as_boris = room.get(&format!("state?participant={boris}&key={anna_key}"));
        assert_eq!(as_boris.status, 404);
        // A second phone asking for Anna's name is refused, and gets no key.
        for name in ["Anna", "ANNA", " anna ", "An\u{200B}na", "\u{0410}nna"] {
            let a = room.try_join(name);
            assert_eq!(a.status, 409, "{name:?}");
            assert_eq!(a.json, serde_json::json!({"error": "name_taken"}));
        }
        assert_eq!(
            room.secret_of(&anna),
            anna_key,
            "Anna's phone keeps its key"
        );
        assert_eq!(room.state(&anna).json["mine"]["satisfaction"], 2);

        room.key(Cmd::CloseWorkshop);
        let late = room.try_join("Clara");
        assert_eq!(
            (late.status, &late.json),
            (409, &serde_json::json!({"error": "ended"})),
            "no one joins after the end"
        );
        assert_eq!(
            room.state(&anna).json["phase"],
            "closed",
            "joined phones see the end"
        );
    });
    let t0 = &out.saved.stages[0].touchpoints[0];
    let anna = t0.rating("anna").expect("Anna's vote");
    assert_eq!(anna.get(Scale::Satisfaction), Some(2), "never overwritten");
    let names = names(&out.saved);
    assert_eq!(
        names,
        ["Facilitator", "Anna", "Boris"],
        "Clara never joined"
    );
}

#[test]
fn a_path_that_is_not_utf8_is_a_bare_404() {
    workshop(audit(1, Lang::En), Mode::Facilitated, |room: &Room| {
        let origin = room.origin();
        for path in [
            "/w/%FF/",
            "/w/%FF",
            "/w/%FF/state?participant=p1",
            "/w/%C0%AF/join",
        ] {
            let a = workshop_common::agent()
                .get(format!("{origin}{path}"))
                .call()
                .expect("an answer");
            let status = a.status().as_u16();
            let text = a.into_body().read_to_string().unwrap_or_default();
            assert_eq!((status, text.as_str()), (404, ""), "{path}");
        }
        let anna = room.join("Anna");
        let key = room.secret_of(&anna);
        let bad_query = room.get(&format!("state?participant=%FF&key={key}"));
        assert_eq!((bad_query.status, bad_query.text.as_str()), (404, ""));
    });
}

#[test]
fn a_workshop_takes_fifty_phones_and_says_so_to_the_fifty_first() {
    let max = tpaudit::workshop::api::MAX_PHONES;
    let out = workshop(audit(1, Lang::En), Mode::Facilitated, move |room: &Room| {
        for p in 0..max {
            room.join(&format!("Person {p}"));
        }
        let late = room.try_join("Person 50");
        assert_eq!(
            (late.status, &late.json),
            (409, &serde_json::json!({"error": "full"}))
        );
        let s = room.state("person-0");
        assert_eq!(s.json["joined"], max, "those in go on: {}", s.text);
    });
    assert_eq!(
        out.saved.participants.len(),
        1 + max,
        "no one added past the limit"
    );
}

#[test]
fn the_facilitator_lets_a_person_in_from_another_phone() {
    let out = workshop(audit(1, Lang::En), Mode::Facilitated, |room: &Room| {
        let anna = room.join("Anna");
        let old_key = room.secret_of(&anna);
        assert_eq!(room.vote(&anna, "t0", 2, 2, 2).status, 200);
        let asked = room.try_join("anna");
        assert_eq!(asked.status, 409, "{}", asked.text);
        room.key(Cmd::LetIn);
        let again = room.try_join("anna");
        assert_eq!(again.status, 200, "let in: {}", again.text);
        assert_eq!(again.json["participant"], anna.as_str());
        let new_key = room.secret_of(&anna);
        assert_ne!(new_key, old_key, "a new key");
        let old = room.get(&format!("state?participant={anna}&key={old_key}"));
        assert_eq!(old.status, 404, "the old phone's key no longer works");
        let s = room.state(&anna);
        assert_eq!(
            s.json["mine"]["impact"], 2,
            "the same participant, votes kept"
        );
        assert_eq!(room.vote(&anna, "t0", 3, 3, 3).status, 200);
        assert_eq!(
            room.try_join("Anna").status,
            409,
            "held again by the new phone"
        );
    });
    assert_eq!(names(&out.saved), ["Facilitator", "Anna"]);
    let r = out.saved.stages[0].touchpoints[0]
        .rating("anna")
        .expect("Anna's vote");
    assert_eq!(r.get(Scale::Impact), Some(3));
}
