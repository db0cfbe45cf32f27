//! The one generator of hostile text for every property test: what a client might type or
//! paste, and what breaks naive writers, escapers and terminals. Cyrillic, CJK, emoji (with
//! joiners) and combining marks; quotes, backslashes, CR/LF and tabs; RON, CSV, Markdown and
//! HTML syntax; spreadsheet formula triggers; control characters and terminal escapes.
#![allow(dead_code)]

use proptest::prelude::*;

/// Fixed pieces, each a known way to break something.
const PIECES: &[&str] = &[
    "Сайт компании: корзина",
    "Касса, очередь",
    "👩‍💻🚀 🚚📦 доставка",
    "漢字 e\u{301}",
    "\"quoted\" 'single'",
    "back\\slash\\",
    "line\nbreak\r\n",
    "\ttab",
    "),]}(#![enable]",
    "r#\"raw\"#",
    "=SUM(A1)",
    "+7 999",
    "-minus",
    "@home",
    "a|b; semi",
    "*bold* _it_ [x](y) `c`",
    "# heading",
    "<script>alert(1)</script>",
    "&amp; &lt;",
    "\u{0}\u{7f}\u{200b}",
    "\u{1b}[31mred\u{1b}[0m",
    "\u{1b}]0;title\u{7}",
];

/// Ordinary words between the hostile pieces.
const WORDS: &str = "[a-zA-Zа-яА-ЯёЁ0-9 ]{1,12}";

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(PIECES).prop_map(str::to_string),
        1 => WORDS,
    ]
}

/// Any text, possibly empty.
pub fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..4).prop_map(|v| v.concat())
}

/// Any text with something visible in it: a name.
pub fn name() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 1..4)
        .prop_map(|v| v.concat())
        .prop_filter("a name is not blank", |s| !s.trim().is_empty())
}

/// Pasted text as a terminal may deliver it, up to 10,000 characters.
pub fn paste() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(piece(), 0..8).prop_map(|v| v.concat()),
        (1usize..10_000).prop_map(|n| "\u{1b}[2J界\t".chars().cycle().take(n).collect()),
    ]
}

/// A name as a report shows it: control characters other than line breaks are left out,
/// since HTML and Markdown readers turn them into spaces anyway.
pub fn printable_name() -> impl Strategy<Value = String> {
    name()
        .prop_map(|s| {
            s.chars()
                .filter(|c| !c.is_control() || *c == '\n')
                .collect()
        })
        .prop_filter("a name is not blank", |s: &String| !s.trim().is_empty())
}
