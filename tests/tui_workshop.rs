//! The projector's workshop screen at 80×24 and 160×45, in English and Russian: the join URL
//! in full, the QR code where it fits, who joined and who has scored (names only), and after
//! the reveal each scale's distribution, mean, spread and the discussion flag.

mod tui_common;

use tpaudit::app::workshop::{Mode, Request, Server, Settings};
use tpaudit::app::{App, Cmd, Msg, update};
use tpaudit::model::Lang;
use tui_common::{audit, draw, walk_app};

const URL: &str = "http://192.168.1.23:8765/w/Qx3vN0bZ7kT2mW9pL5sRyA/";

/// A workshop started on the app's open audit, listening at [`URL`].
fn serve(app: &mut App) {
    serve_in(app, Mode::Facilitated);
}

fn serve_in(app: &mut App, mode: Mode) {
    let settings = Settings {
        mode,
        ..Settings::default()
    };
    app.start_workshop(settings, false);
    update(
        app,
        Msg::WorkshopServed(Server::Listening {
            url: URL.into(),
            taken: None,
        }),
    );
}

fn room(lang: Lang) -> App {
    room_in(lang, Mode::Facilitated)
}

/// Six people joined; the first four scored the first touchpoint.
fn room_in(lang: Lang, mode: Mode) -> App {
    let mut app = walk_app(audit(lang));
    serve_in(&mut app, mode);
    let people = match lang {
        Lang::En => ["Anna", "Boris", "Chen", "Dana", "Emil", "Fatima"],
        Lang::Ru => ["Анна", "Борис", "Вера", "Глеб", "Дина", "Егор"],
    };
    let votes = [[4, 5, 2], [4, 4, 2], [2, 5, 4], [4, 5, 1]];
    for (i, name) in people.iter().enumerate() {
        update(
            &mut app,
            Msg::Workshop(Request::Join {
                name: (*name).into(),
            }),
        );
        let id = app.workshop.as_ref().and_then(|w| w.joined.last().cloned());
        if let (Some(v), Some(id)) = (votes.get(i), id) {
            let scores = v.map(|x| Some(Some(x)));
            let request = Request::Vote {
                participant: id,
                touchpoint: "ads".into(),
                scores,
            };
            update(&mut app, Msg::Workshop(request));
        }
    }
    app
}

fn lang_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Ru => "ru",
    }
}

#[test]
fn the_projector_while_voting_and_after_the_reveal() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = room(lang);
        for (w, h) in [(80, 24), (160, 45)] {
            let out = draw(&mut app, w, h);
            assert!(out.contains(URL), "the URL in full at {w}×{h}:\n{out}");
            assert!(
                out.contains("▀") || out.contains("█"),
                "a QR code at {w}×{h}"
            );
            assert!(!out.contains("5:"), "no scores before the reveal");
            insta::assert_snapshot!(format!("workshop_voting_{}_{w}x{h}", lang_name(lang)), out);
        }
        update(&mut app, Msg::Cmd(Cmd::Reveal));
        for (w, h) in [(80, 24), (160, 45)] {
            let out = draw(&mut app, w, h);
            insta::assert_snapshot!(
                format!("workshop_revealed_{}_{w}x{h}", lang_name(lang)),
                out
            );
            // The disagreement grid: a row or a column per participant who joined, the
            // frequencies 4, 4, 2, 4 (mean 3.5, spread 2: flagged) and satisfaction's spread 3.
            let first = match lang {
                Lang::En => "Fatima",
                Lang::Ru => "Егор",
            };
            let grid_names = out.matches(first).count();
            assert!(grid_names >= 2, "in the grid and in the joined list: {out}");
            let mean = match lang {
                Lang::En => "3.5",
                Lang::Ru => "3,5",
            };
            assert!(out.contains(mean), "{out}");
            assert!(out.contains("⚑ 2") && out.contains("⚑ 3"), "{out}");
        }
    }
}

#[test]
fn four_of_six_have_scored_and_who() {
    let mut app = room(Lang::En);
    let out = draw(&mut app, 80, 24);
    assert!(out.contains("4 of 6 have scored"), "{out}");
    assert!(out.contains("Waiting for: Emil, Fatima"), "{out}");
}

#[test]
fn a_narrow_screen_shows_the_url_alone() {
    let mut app = room(Lang::En);
    let out = draw(&mut app, 60, 20);
    assert!(out.contains(URL), "{out}");
    assert!(!out.contains('▀'), "no QR code that cannot be read:\n{out}");
}

#[test]
fn the_help_lists_every_workshop_key() {
    let mut app = room(Lang::En);
    tui_common::key(&mut app, crossterm::event::KeyCode::Char('?'));
    let out = draw(&mut app, 100, 30);
    for text in [
        "Reveal / vote again",
        "End (phones are told)",
        "Any touchpoint",
    ] {
        assert!(out.contains(text), "{text}:\n{out}");
    }
}

/// The projector has a status line as the other screens do: whether the votes reached the file,
/// a failed save in the error style, and what a key just did (the theme chosen with Ctrl+T).
#[test]
fn the_projector_says_whether_the_votes_are_saved_and_what_a_key_did() {
    let mut app = room(Lang::En);
    let out = draw(&mut app, 80, 24);
    let status = out.lines().rev().nth(1).expect("status line").to_string();
    assert!(status.contains("not saved yet"), "{out}");
    update(&mut app, tui_common::saved());
    let out = draw(&mut app, 80, 24);
    assert!(out.contains("✓ saved 10:30:00"), "{out}");
    tui_common::key_with(
        &mut app,
        crossterm::event::KeyCode::Char('t'),
        crossterm::event::KeyModifiers::CONTROL,
    );
    let out = draw(&mut app, 80, 24);
    assert!(out.contains("Colours: light, high contrast"), "{out}");
    update(
        &mut app,
        Msg::Saved {
            upto: u64::MAX,
            result: Err(tui_common::no_space("/data/audits/demo.ron")),
        },
    );
    let out = draw(&mut app, 80, 24);
    assert!(out.contains("NOT SAVED"), "{out}");
}

#[test]
fn the_projector_asks_to_let_a_person_in_from_another_phone() {
    for (lang, said) in [
        (
            Lang::En,
            "Anna asks to join from another phone: a lets them in",
        ),
        (
            Lang::Ru,
            "Анна просит войти с другого телефона: a — впустить",
        ),
    ] {
        let mut app = room(lang);
        let id = app.workshop.as_ref().expect("a workshop").joined[0].clone();
        update(&mut app, Msg::WorkshopClaim(id));
        let flat = |out: String| out.split_whitespace().collect::<Vec<_>>().join(" ");
        let shown = flat(draw(&mut app, 160, 45));
        assert!(shown.contains(said), "{shown}");
        update(&mut app, Msg::Cmd(Cmd::LetIn));
        assert!(!flat(draw(&mut app, 160, 45)).contains(said), "asked once");
    }
}

/// Once the workshop has ended, the projector says so in whole words at 60 columns too, in
/// both languages: the way out (Esc) is in that sentence.
#[test]
fn the_ended_note_is_whole_on_a_narrow_screen() {
    for (lang, note) in [
        (
            Lang::En,
            "Phones show that the workshop ended. Esc stops the server.",
        ),
        (
            Lang::Ru,
            "Телефоны показывают, что воркшоп завершён. Esc остановит сервер.",
        ),
    ] {
        let mut app = big_room(lang, Mode::Facilitated);
        update(&mut app, Msg::Cmd(Cmd::CloseWorkshop));
        for (w, h) in [(80, 24), (60, 20)] {
            let out = draw(&mut app, w, h);
            assert!(words_of(&out).contains(note), "{w}×{h}:\n{out}");
        }
    }
}

/// Once the workshop has ended no one joins, and `a` does nothing: a request made before the
/// end is no longer shown.
#[test]
fn an_ended_workshop_shows_no_request_to_join() {
    let mut app = room(Lang::En);
    let id = app.workshop.as_ref().expect("a workshop").joined[0].clone();
    update(&mut app, Msg::WorkshopClaim(id));
    assert!(draw(&mut app, 160, 45).contains("asks to join"));
    update(&mut app, Msg::Cmd(Cmd::CloseWorkshop));
    let out = draw(&mut app, 160, 45);
    assert!(!out.contains("asks to join"), "{out}");
}

#[test]
fn an_ended_workshop_shows_no_code_and_no_url_to_join() {
    let mut app = room(Lang::En);
    update(&mut app, Msg::Cmd(Cmd::CloseWorkshop));
    for (w, h) in [(80, 24), (160, 45)] {
        let out = draw(&mut app, w, h);
        assert!(!out.contains(URL), "{out}");
        assert!(!out.contains("Join on your phone"), "{out}");
        assert!(!out.contains('█'), "no QR code: {out}");
        assert!(out.contains("Phones show that the workshop ended"), "{out}");
    }
}

#[test]
fn a_russian_audit_gets_a_russian_projector_on_an_english_laptop() {
    let mut app = tui_common::app(Lang::En);
    update(
        &mut app,
        Msg::Opened {
            path: "/nonexistent-tpaudit/audits/demo.ron".into(),
            audit: Box::new(audit(Lang::Ru)),
        },
    );
    serve(&mut app);
    let out = draw(&mut app, 160, 45);
    assert!(out.contains("Воркшоп"), "{out}");
    assert!(out.contains("Подключитесь с телефона:"), "{out}");
    // Its status line and footer too: the room reads them as well.
    let join = Request::Join {
        name: "Анна".into(),
    };
    update(&mut app, Msg::Workshop(join));
    let footer = bottom(&draw(&mut app, 80, 24), 2);
    assert!(
        footer.contains("ещё не сохранено"),
        "the status line: {footer}"
    );
    assert!(footer.contains(" n → Дальше "), "{footer}");
    assert!(footer.contains(" c Завершить "), "{footer}");
}

fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Facilitated => "facilitated",
        Mode::SelfPaced => "self_paced",
    }
}

/// The last `n` lines of a drawn screen.
fn bottom(out: &str, n: usize) -> String {
    let lines: Vec<&str> = out.lines().collect();
    lines[lines.len().saturating_sub(n)..].join("\n")
}

/// Self-paced, the projector shows how far each participant is (names and counts, never
/// scores), and its footer never says the phones follow.
#[test]
fn a_self_paced_projector_shows_each_ones_progress() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = room_in(lang, Mode::SelfPaced);
        let ids = app.workshop.as_ref().expect("a workshop").joined.clone();
        // The first one goes on and scores the whole checklist.
        let tps: Vec<String> = app
            .walk
            .as_ref()
            .expect("a walk")
            .audit
            .touchpoints()
            .map(|(_, _, t)| t.id.clone())
            .collect();
        for tp in &tps {
            let request = Request::Vote {
                participant: ids[0].clone(),
                touchpoint: tp.clone(),
                scores: [Some(Some(3)); 3],
            };
            update(&mut app, Msg::Workshop(request));
        }
        let (first, second, last) = match lang {
            Lang::En => ("Anna 5/5 ✓", "Boris 1/5", "Fatima 0/5"),
            Lang::Ru => ("Анна 5/5 ✓", "Борис 1/5", "Егор 0/5"),
        };
        for (w, h) in [(80, 24), (160, 45)] {
            let out = draw(&mut app, w, h);
            for said in [first, second, last] {
                assert!(out.contains(said), "{said} at {w}×{h}:\n{out}");
            }
            assert!(!out.contains("phones follow"), "{out}");
            assert!(!out.contains("5:"), "no scores before the reveal");
            insta::assert_snapshot!(
                format!("workshop_self_paced_{}_{w}x{h}", lang_name(lang)),
                out
            );
        }
        // Once it has ended, nobody walks the checklist any more; the progress stays.
        update(&mut app, Msg::Cmd(Cmd::CloseWorkshop));
        let out = draw(&mut app, 160, 45);
        assert!(!out.contains("walks the whole") && !out.contains("проходит весь"));
        assert!(out.contains(first), "{out}");
    }
}

/// Self-paced, the keys move only the screen, and the help says so.
#[test]
fn the_self_paced_help_says_the_phones_go_their_own_way() {
    let mut app = room_in(Lang::En, Mode::SelfPaced);
    tui_common::key(&mut app, crossterm::event::KeyCode::Char('?'));
    let out = draw(&mut app, 100, 30);
    assert!(out.contains("Next touchpoint on the screen"), "{out}");
    assert!(!out.contains("phones follow"), "{out}");
    let mut app = room(Lang::En);
    tui_common::key(&mut app, crossterm::event::KeyCode::Char('?'));
    assert!(draw(&mut app, 100, 30).contains("Next (phones follow)"));
}

/// The keys that run the room (next, reveal, end, back to the walk) stay in the footer at
/// 80×24 and at 60×20, in both languages and both modes; a second line holds them when one
/// cannot.
#[test]
fn the_footer_keeps_the_room_keys_at_80x24_and_60x20() {
    for lang in [Lang::En, Lang::Ru] {
        for mode in [Mode::Facilitated, Mode::SelfPaced] {
            let mut app = room_in(lang, mode);
            for (w, h) in [(80, 24), (60, 20)] {
                let out = draw(&mut app, w, h);
                let footer = bottom(&out, 2);
                for key in [" n → ", " r ", " c ", " Esc ", " ? "] {
                    assert!(footer.contains(key), "{key:?} at {w}×{h}:\n{out}");
                }
                insta::assert_snapshot!(
                    format!(
                        "workshop_footer_{}_{}_{w}x{h}",
                        mode_name(mode),
                        lang_name(lang)
                    ),
                    out
                );
            }
        }
    }
}

/// The footer says what the keys do now: after a reveal `r` votes again; once the workshop has
/// ended only the way out is left, and the screen says it ended once.
#[test]
fn the_footer_follows_the_phase() {
    let mut app = room(Lang::En);
    assert!(bottom(&draw(&mut app, 80, 24), 1).contains(" r Reveal "));
    update(&mut app, Msg::Cmd(Cmd::Reveal));
    let out = draw(&mut app, 80, 24);
    assert!(bottom(&out, 1).contains(" r Vote again "), "{out}");
    update(&mut app, Msg::Cmd(Cmd::CloseWorkshop));
    for (w, h) in [(80, 24), (60, 20)] {
        let out = draw(&mut app, w, h);
        let footer = bottom(&out, 1);
        assert!(footer.contains(" Esc Stop the server "), "{out}");
        for gone in [" n → ", " r ", " c ", " p "] {
            assert!(!footer.contains(gone), "{gone:?} does nothing now:\n{out}");
        }
        assert_eq!(out.matches("workshop ended").count(), 2, "{out}");
    }
}

/// Before anyone joins there is no "0 of 0 have scored", only who joined: nobody yet.
#[test]
fn an_empty_room_says_nobody_joined_and_nothing_else() {
    let mut app = walk_app(audit(Lang::En));
    serve(&mut app);
    let out = draw(&mut app, 80, 24);
    assert!(out.contains("Joined (0): nobody yet"), "{out}");
    assert!(!out.contains("0 of 0"), "{out}");
}

/// Twelve joined; the first eight scored the first touchpoint.
fn big_room(lang: Lang, mode: Mode) -> App {
    let mut app = walk_app(audit(lang));
    serve_in(&mut app, mode);
    for (i, name) in twelve(lang).iter().enumerate() {
        let join = Request::Join {
            name: (*name).into(),
        };
        update(&mut app, Msg::Workshop(join));
        let id = app.workshop.as_ref().and_then(|w| w.joined.last().cloned());
        if let (true, Some(id)) = (i < 8, id) {
            let v = [1 + i % 5, 5 - i % 4, 2 + i % 3].map(|x| Some(Some(x as u8)));
            let request = Request::Vote {
                participant: id,
                touchpoint: "ads".into(),
                scores: v,
            };
            update(&mut app, Msg::Workshop(request));
        }
    }
    app
}

fn twelve(lang: Lang) -> [&'static str; 12] {
    match lang {
        Lang::En => [
            "Anna", "Boris", "Chen", "Dana", "Emil", "Fatima", "Gustav", "Hana", "Igor", "Julia",
            "Kofi", "Lena",
        ],
        Lang::Ru => [
            "Анна",
            "Борис",
            "Вера",
            "Глеб",
            "Дина",
            "Егор",
            "Жанна",
            "Зоя",
            "Илья",
            "Кира",
            "Лев",
            "Мария",
        ],
    }
}

/// The right-hand column's words, read in order, without the QR code's blocks.
fn words_of(out: &str) -> String {
    let plain: String = out
        .chars()
        .map(|c| if "█▀▄\"".contains(c) { ' ' } else { c })
        .collect();
    plain.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Who joined is a whole list ending with the last to join, or only how many: never cut off
/// mid-list by the bottom of the screen.
fn assert_joined_whole(out: &str, lang: Lang, label: &str) {
    let flat = words_of(out);
    let whole = format!("{label}:");
    if let Some(at) = flat.find(&whole) {
        let last = twelve(lang)[11];
        assert!(flat[at..].contains(last), "{label} cut short:\n{out}");
    } else {
        assert!(flat.contains(label), "{label} is gone:\n{out}");
    }
}

/// With twelve people at 80×24 and 60×20, whatever the phase, the projector keeps the
/// touchpoint, who has scored (or the whole grid) and the keys that run the room in sight; who
/// joined shortens to a count when there is no room.
#[test]
fn twelve_people_keep_what_the_room_needs_in_sight() {
    for lang in [Lang::En, Lang::Ru] {
        let (joined, count, mean, spread) = match lang {
            Lang::En => ("Joined (12)", "8 of 12 have scored", "mean", "spread"),
            Lang::Ru => ("Подключились (12)", "Оценили 8 из 12", "среднее", "разброс"),
        };
        for phase in ["voting", "revealed", "self_paced", "self_paced_revealed"] {
            let mode = match phase {
                "self_paced" | "self_paced_revealed" => Mode::SelfPaced,
                _ => Mode::Facilitated,
            };
            let mut app = big_room(lang, mode);
            if phase.ends_with("revealed") {
                update(&mut app, Msg::Cmd(Cmd::Reveal));
            }
            for (w, h) in [(80, 24), (60, 20)] {
                let out = draw(&mut app, w, h);
                let at = format!("{phase} {} at {w}×{h}", lang_name(lang));
                assert!(out.contains(URL), "the URL, {at}:\n{out}");
                assert!(
                    words_of(&out).contains("Ads"),
                    "the touchpoint, {at}:\n{out}"
                );
                let footer = bottom(&out, 2);
                for key in [" n → ", " r ", " c ", " Esc ", " ? "] {
                    assert!(footer.contains(key), "{key:?}, {at}:\n{out}");
                }
                match phase {
                    "revealed" => {
                        for name in twelve(lang) {
                            assert!(out.contains(name), "{name} in the grid, {at}:\n{out}");
                        }
                        assert!(out.contains(mean) && out.contains(spread), "{at}:\n{out}");
                        assert_joined_whole(&out, lang, joined);
                    }
                    "voting" => {
                        assert!(out.contains(count), "{at}:\n{out}");
                        assert_joined_whole(&out, lang, joined);
                    }
                    "self_paced" => {
                        assert!(out.contains(count), "{at}:\n{out}");
                        let last = format!("{} 0/5", twelve(lang)[11]);
                        assert!(out.contains(&last), "the progress, {at}:\n{out}");
                    }
                    _ => {
                        for name in twelve(lang) {
                            assert!(out.contains(name), "{name} in the grid, {at}:\n{out}");
                        }
                        // Each one's progress whole, or how many are done and under way.
                        let last = format!("{} 0/5", twelve(lang)[11]);
                        let counts = match lang {
                            Lang::En => "Progress (12): 0 done, 8 under way",
                            Lang::Ru => "Прогресс (12): закончили 0, в процессе 8",
                        };
                        let flat = words_of(&out);
                        assert!(
                            out.contains(&last) || flat.contains(counts),
                            "the progress, {at}:\n{out}"
                        );
                    }
                }
                insta::assert_snapshot!(
                    format!("workshop_twelve_{phase}_{}_{w}x{h}", lang_name(lang)),
                    out
                );
            }
        }
    }
}

/// Someone asking to join from another phone is shown even with twelve people on a small
/// screen, with the grid or who has scored still whole, in both modes.
#[test]
fn a_request_to_join_stays_in_sight_with_twelve_people() {
    for (lang, mode) in [
        (Lang::En, Mode::Facilitated),
        (Lang::Ru, Mode::Facilitated),
        (Lang::En, Mode::SelfPaced),
        (Lang::Ru, Mode::SelfPaced),
    ] {
        let said = match lang {
            Lang::En => "Anna asks to join from another phone: a lets them in",
            Lang::Ru => "Анна просит войти с другого телефона: a — впустить",
        };
        let mut app = big_room(lang, mode);
        let id = app.workshop.as_ref().expect("a workshop").joined[0].clone();
        update(&mut app, Msg::WorkshopClaim(id));
        for reveal in [false, true] {
            if reveal {
                update(&mut app, Msg::Cmd(Cmd::Reveal));
            }
            for (w, h) in [(80, 24), (60, 20)] {
                let out = draw(&mut app, w, h);
                assert!(words_of(&out).contains(said), "{w}×{h}:\n{out}");
                assert!(out.contains("Ads"), "the touchpoint at {w}×{h}:\n{out}");
                let last = twelve(lang)[11];
                assert!(out.contains(last), "{last} at {w}×{h}:\n{out}");
            }
        }
        let out = draw(&mut app, 60, 20);
        let name = format!(
            "workshop_twelve_asks_{}_{}_60x20",
            mode_name(mode),
            lang_name(lang)
        );
        insta::assert_snapshot!(name, out);
    }
}
