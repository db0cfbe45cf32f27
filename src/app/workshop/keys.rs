//! The key table of the workshop screen (the projector's view of a running workshop).

use crossterm::event::KeyCode as K;

use crate::app::keymap::{Binding, C, N, b};
use crate::app::msg::Cmd;
use crate::i18n::ui::T;

/// The workshop screen.
pub static WORKSHOP: &[Binding] = &[
    b!(WsReveal, true, [(K::Char('r'), N, Cmd::Reveal)]),
    b!(
        WsNext,
        true,
        [(K::Char('n'), N, Cmd::Down), (K::Right, N, Cmd::Down)]
    ),
    b!(
        WsPrev,
        true,
        [(K::Char('p'), N, Cmd::Up), (K::Left, N, Cmd::Up)]
    ),
    b!(
        Down,
        false,
        [(K::Char('j'), N, Cmd::Down), (K::Down, N, Cmd::Down)]
    ),
    b!(Up, false, [(K::Char('k'), N, Cmd::Up), (K::Up, N, Cmd::Up)]),
    b!(WsPick, true, [(K::Esc, N, Cmd::Back)]),
    b!(WsClose, true, [(K::Char('c'), N, Cmd::CloseWorkshop)]),
    b!(WsStop, false, [(K::Char('W'), N, Cmd::Workshop)]),
    b!(CycleTheme, false, [(K::Char('t'), C, Cmd::CycleTheme)]),
    b!(Help, true, [(K::Char('?'), N, Cmd::Help)]),
    b!(Quit, true, [(K::Char('q'), N, Cmd::Quit)]),
];
