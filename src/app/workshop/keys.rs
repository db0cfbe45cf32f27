//! The key table of the workshop screen (the projector's view of a running workshop).

use crossterm::event::KeyCode as K;

use crate::app::binding::{Binding, CYCLE_THEME, DOWN, N, SHOW_HELP, UP, b};
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
    DOWN,
    UP,
    b!(WsPick, true, [(K::Esc, N, Cmd::Back)]),
    b!(WsClose, true, [(K::Char('c'), N, Cmd::CloseWorkshop)]),
    b!(WsLetIn, false, [(K::Char('a'), N, Cmd::LetIn)]),
    b!(WsRemoveGhost, false, [(K::Char('x'), N, Cmd::RemoveGhost)]),
    b!(WsStop, false, [(K::Char('W'), N, Cmd::Workshop)]),
    CYCLE_THEME,
    SHOW_HELP,
    b!(Quit, true, [(K::Char('q'), N, Cmd::Quit)]),
];
