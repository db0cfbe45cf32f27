//! The key table of the compare screen.

use crossterm::event::KeyCode as K;

use crate::app::binding::{
    BACK_TO_WALK, Binding, CYCLE_THEME, DOWN, FIRST, JUMP_TO_WALK, LAST, N, OPEN_MATRIX, SHOW_HELP,
    UP, b,
};
use crate::app::msg::Cmd;
use crate::i18n::ui::T;

/// The compare view: this audit against the one it follows.
pub static COMPARE: &[Binding] = &[
    DOWN,
    UP,
    FIRST,
    LAST,
    JUMP_TO_WALK,
    OPEN_MATRIX,
    b!(OpenPriority, true, [(K::Char('p'), N, Cmd::OpenPriority)]),
    SHOW_HELP,
    BACK_TO_WALK,
    CYCLE_THEME,
    b!(Quit, false, [(K::Char('q'), N, Cmd::Quit)]),
];
