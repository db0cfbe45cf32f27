//! The key table of the home screen, the list of audits.

use crossterm::event::KeyCode as K;

use crate::app::binding::{Binding, CYCLE_THEME, N, SHOW_HELP, b};
use crate::app::msg::Cmd;
use crate::i18n::ui::T;

/// The list of audits.
pub static HOME: &[Binding] = &[
    b!(
        Down,
        false,
        [
            (K::Char('j'), N, Cmd::Down),
            (K::Char('k'), N, Cmd::Up),
            (K::Down, N, Cmd::Down),
            (K::Up, N, Cmd::Up)
        ]
    ),
    b!(Open, true, [(K::Enter, N, Cmd::Open)]),
    b!(NewAudit, true, [(K::Char('n'), N, Cmd::New)]),
    b!(Duplicate, true, [(K::Char('c'), N, Cmd::Duplicate)]),
    b!(Delete, true, [(K::Char('d'), N, Cmd::Delete)]),
    CYCLE_THEME,
    SHOW_HELP,
    b!(Quit, true, [(K::Char('q'), N, Cmd::Quit)]),
];
