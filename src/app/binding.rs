//! The key tables' parts: a binding (a description and its keys), how a key is written on
//! screen ([`key_label`]), the `b!` macro the tables are written with, and the bindings several
//! screens share (the moves down, up, to the first and the last, the theme, the help…), so each
//! is written once and reads the same in every table, its help and its hints.

use crossterm::event::{KeyCode as K, KeyModifiers as M};

use super::msg::Cmd;
use super::state::{App, Walk};
use crate::i18n::ui::T;

/// Keys with one meaning: what they do, and each key's command.
#[derive(Debug)]
pub struct Binding {
    pub text: T,
    /// Shown in the bottom hint line as well as in the help.
    pub hint: bool,
    /// In a form, these keys type into a focused text field instead (space, arrows).
    pub typed: bool,
    pub keys: &'static [(K, M, Cmd)],
}

impl Binding {
    /// Every key of the binding, as the help and hints show them: `1-5`, `j ↓`, `Ctrl+R`.
    pub fn label(&self) -> String {
        let mut labels: Vec<String> = Vec::new();
        for (k, m, _) in self.keys {
            let label = key_label(*k, *m);
            if !labels.contains(&label) {
                labels.push(label);
            }
        }
        collapse_runs(labels).join(" ")
    }

    /// The first key's label, for a line that names one key per choice.
    pub fn short_label(&self) -> String {
        self.keys
            .first()
            .map_or_else(String::new, |(k, m, _)| key_label(*k, *m))
    }
}

/// Whether a hinted key does something on the screen as it is now: the customers' ranking
/// needs an audit with customers' answers. The hint line leaves out a key that would only say
/// it cannot act.
pub fn acts(app: &App, b: &Binding) -> bool {
    match b.text {
        T::SatisfactionSource => app.walk.as_ref().is_some_and(Walk::surveyed),
        _ => true,
    }
}

/// How a key is written on screen.
pub fn key_label(code: K, mods: M) -> String {
    let name = match code {
        K::Char(' ') => "Space".to_string(),
        K::Char(c) if mods.contains(M::CONTROL) => c.to_uppercase().to_string(),
        K::Char(c) => c.to_string(),
        K::Backspace => "⌫".into(),
        K::Left => "←".into(),
        K::Right => "→".into(),
        K::Up => "↑".into(),
        K::Down => "↓".into(),
        K::Enter => "Enter".into(),
        K::Esc => "Esc".into(),
        K::Tab => "Tab".into(),
        // Terminals report Shift+Tab as BackTab, with or without the Shift modifier.
        K::BackTab => return "S-Tab".into(),
        K::Home => "Home".into(),
        K::End => "End".into(),
        K::PageUp => "PgUp".into(),
        K::PageDown => "PgDn".into(),
        K::Delete => "Del".into(),
        K::F(n) => format!("F{n}"),
        other => format!("{other:?}"),
    };
    let mut out = String::new();
    if mods.contains(M::CONTROL) {
        out.push_str("Ctrl+");
    }
    if mods.contains(M::ALT) {
        out.push_str("Alt+");
    }
    out.push_str(&name);
    out
}

/// Runs of three or more consecutive digits are written as a range: `1 2 3 4 5` is `1-5`.
fn collapse_runs(labels: Vec<String>) -> Vec<String> {
    let digit = |s: &str| match s.as_bytes() {
        [d] if d.is_ascii_digit() => Some(*d),
        _ => None,
    };
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < labels.len() {
        let mut j = i;
        while j + 1 < labels.len()
            && matches!((digit(&labels[j]), digit(&labels[j + 1])), (Some(a), Some(b)) if b == a + 1)
        {
            j += 1;
        }
        if j >= i + 2 {
            out.push(format!("{}-{}", labels[i], labels[j]));
        } else {
            out.extend(labels[i..=j].iter().cloned());
        }
        i = j + 1;
    }
    out
}

pub(crate) const N: M = M::NONE;
pub(crate) const C: M = M::CONTROL;
pub(crate) const A: M = M::ALT;

macro_rules! b {
    ($text:ident, $hint:expr, [$(($k:expr, $m:expr, $c:expr)),* $(,)?]) => {
        Binding { text: T::$text, hint: $hint, typed: false, keys: &[$(($k, $m, $c)),*] }
    };
    (typed $text:ident, $hint:expr, [$(($k:expr, $m:expr, $c:expr)),* $(,)?]) => {
        Binding { text: T::$text, hint: $hint, typed: true, keys: &[$(($k, $m, $c)),*] }
    };
}
pub(crate) use b;

/// A binding several screens share.
pub(crate) const DOWN: Binding = b!(
    Down,
    false,
    [(K::Char('j'), N, Cmd::Down), (K::Down, N, Cmd::Down)]
);

/// A binding several screens share.
pub(crate) const UP: Binding = b!(Up, false, [(K::Char('k'), N, Cmd::Up), (K::Up, N, Cmd::Up)]);

/// A binding several screens share.
pub(crate) const FIRST: Binding = b!(
    First,
    false,
    [(K::Char('g'), N, Cmd::First), (K::Home, N, Cmd::First)]
);

/// A binding several screens share.
pub(crate) const LAST: Binding = b!(
    Last,
    false,
    [(K::Char('G'), N, Cmd::Last), (K::End, N, Cmd::Last)]
);

/// A binding several screens share.
pub(crate) const CYCLE_THEME: Binding = b!(CycleTheme, false, [(K::Char('t'), C, Cmd::CycleTheme)]);

/// A binding several screens share.
pub(crate) const SHOW_HELP: Binding = b!(Help, true, [(K::Char('?'), N, Cmd::Help)]);

/// A binding several screens share.
pub(crate) const OPEN_COMPARE: Binding =
    b!(OpenCompare, false, [(K::Char('C'), N, Cmd::OpenCompare)]);

/// A binding several screens share.
pub(crate) const OPEN_REPORT: Binding = b!(OpenReport, false, [(K::Char('O'), N, Cmd::OpenReport)]);

/// A binding several screens share.
pub(crate) const REDO: Binding = b!(Redo, false, [(K::Char('r'), C, Cmd::Redo)]);

/// A binding several screens share.
pub(crate) const OPEN_MATRIX: Binding = b!(OpenMatrix, true, [(K::Char('m'), N, Cmd::OpenMatrix)]);

/// A binding several screens share.
pub(crate) const BACK_TO_WALK: Binding = b!(BackToWalk, true, [(K::Esc, N, Cmd::Back)]);

/// A binding several screens share.
pub(crate) const JUMP_TO_WALK: Binding = b!(JumpToWalk, true, [(K::Enter, N, Cmd::JumpToWalk)]);

/// A binding several screens share.
pub(crate) const FULL_SCREEN: Binding = b!(FullScreen, true, [(K::Char('z'), N, Cmd::FullScreen)]);
