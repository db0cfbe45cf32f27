//! The status line never cuts a message mid-word: a message too long to sit beside the save
//! time takes its place while it shows, and one too long for the whole line is cut after a
//! whole word with `…`.

mod tui_common;

use tpaudit::app::update;
use tpaudit::i18n::ui::{T, t};
use tpaudit::model::Lang;
use tui_common::*;

/// The status line (the last line but one) of a screen drawn by `draw`, without its quotes.
fn status_line(screen: &str) -> String {
    let lines: Vec<&str> = screen.lines().collect();
    let line = lines[lines.len() - 2];
    line.trim_matches('"').trim_end().to_string()
}

/// The words of `line` before its `…` all begin `message`, whole: the cut fell between words.
fn assert_cut_between_words(line: &str, message: &str) {
    let kept = line
        .trim()
        .strip_suffix('…')
        .expect("a cut ends in …")
        .trim_end();
    assert!(
        message.starts_with(kept),
        "{kept:?} is not a start of {message:?}"
    );
    let next = message[kept.len()..].chars().next();
    assert_eq!(next, Some(' '), "cut mid-word: {line:?} of {message:?}");
}

#[test]
fn a_long_message_at_80_columns_takes_the_save_times_place_whole() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = walk_app(room_audit(lang));
        update(&mut app, saved());
        let idle = status_line(&draw(&mut app, 80, 24));
        assert!(idle.contains(t(lang, T::Saved)), "{idle}");
        keys(&mut app, "o");
        update(&mut app, saved());
        let screen = draw(&mut app, 80, 24);
        let line = status_line(&screen);
        let message = t(lang, T::RoundRobinOn);
        assert!(line.contains(message), "the whole message: {line:?}");
        assert!(!line.contains(t(lang, T::Saved)), "{line:?}");
        insta::assert_snapshot!(format!("round_robin_on_{}_80x24", lang.code()), screen);
        // Once the message passes, the save time is back.
        keys(&mut app, "j");
        let after = status_line(&draw(&mut app, 80, 24));
        assert!(after.contains(t(lang, T::Saved)), "{after}");
    }
}

#[test]
fn a_message_longer_than_the_line_is_cut_between_words() {
    for lang in [Lang::En, Lang::Ru] {
        let mut app = walk_app(room_audit(lang));
        update(&mut app, saved());
        keys(&mut app, "o");
        let screen = draw(&mut app, 60, 20);
        let line = status_line(&screen);
        assert!(line.ends_with('…'), "{line:?}");
        assert_cut_between_words(&line, t(lang, T::RoundRobinOn));
        // The analysis screens' status line cuts the same way.
        let mut list = scored_room();
        update(&mut list, saved());
        keys(&mut list, "p");
        list.flash = Some(tpaudit::app::Notice::Phrase(T::BlindNoReport));
        list.lang = lang;
        let line = status_line(&draw(&mut list, 60, 20));
        assert_cut_between_words(&line, t(lang, T::BlindNoReport));
    }
}
