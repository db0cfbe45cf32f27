//! Key tables of the analysis screens: the matrix and the priority list.

use crossterm::event::KeyCode as K;

use crate::app::analysis::matrix_nav::Direction;
use crate::app::binding::{
    BACK_TO_WALK, Binding, CYCLE_THEME, DOWN, FIRST, FULL_SCREEN, JUMP_TO_WALK, LAST, N,
    OPEN_COMPARE, OPEN_MATRIX, OPEN_REPORT, REDO, SHOW_HELP, UP, b,
};
use crate::app::msg::Cmd;
use crate::i18n::ui::T;

/// Both analysis screens: satisfaction from the team's ratings or the customers' answers.
const SATISFACTION_SOURCE: Binding = b!(
    SatisfactionSource,
    true,
    [(K::Char('s'), N, Cmd::SatisfactionSource)]
);

/// The importance–performance matrix.
pub static MATRIX: &[Binding] = &[
    b!(
        NearestMark,
        false,
        [
            (K::Left, N, Cmd::Nearest(Direction::Left)),
            (K::Down, N, Cmd::Nearest(Direction::Down)),
            (K::Up, N, Cmd::Nearest(Direction::Up)),
            (K::Right, N, Cmd::Nearest(Direction::Right)),
            (K::Char('h'), N, Cmd::Nearest(Direction::Left)),
            (K::Char('j'), N, Cmd::Nearest(Direction::Down)),
            (K::Char('k'), N, Cmd::Nearest(Direction::Up)),
            (K::Char('l'), N, Cmd::Nearest(Direction::Right))
        ]
    ),
    b!(
        NextRank,
        true,
        [
            (K::Char('n'), N, Cmd::NextRank),
            (K::Char(']'), N, Cmd::NextRank)
        ]
    ),
    b!(
        PrevRank,
        false,
        [
            (K::Char('N'), N, Cmd::PrevRank),
            (K::Char('['), N, Cmd::PrevRank)
        ]
    ),
    b!(
        ToggleCrosshair,
        true,
        [(K::Char('c'), N, Cmd::ToggleCrosshair)]
    ),
    JUMP_TO_WALK,
    b!(OpenPriority, true, [(K::Char('p'), N, Cmd::OpenPriority)]),
    SATISFACTION_SOURCE,
    OPEN_COMPARE,
    FULL_SCREEN,
    CYCLE_THEME,
    b!(Export, false, [(K::Char('E'), N, Cmd::Export)]),
    OPEN_REPORT,
    SHOW_HELP,
    BACK_TO_WALK,
    b!(Quit, false, [(K::Char('q'), N, Cmd::Quit)]),
];

/// The ranked priority list.
pub static PRIORITY: &[Binding] = &[
    DOWN,
    UP,
    FIRST,
    LAST,
    JUMP_TO_WALK,
    b!(
        EditAction,
        true,
        [
            (K::Char('a'), N, Cmd::EditAction),
            (K::Char('t'), N, Cmd::EditAction)
        ]
    ),
    OPEN_MATRIX,
    b!(
        FilterDiscussion,
        false,
        [(K::Char('f'), N, Cmd::FilterDiscussion)]
    ),
    b!(Filter, true, [(K::Char('/'), N, Cmd::Filter)]),
    b!(CycleVariant, true, [(K::Char('v'), N, Cmd::CycleVariant)]),
    SATISFACTION_SOURCE,
    b!(FilterGaps, true, [(K::Char('d'), N, Cmd::FilterGaps)]),
    OPEN_COMPARE,
    b!(Undo, false, [(K::Char('u'), N, Cmd::Undo)]),
    REDO,
    FULL_SCREEN,
    CYCLE_THEME,
    b!(Export, true, [(K::Char('E'), N, Cmd::Export)]),
    OPEN_REPORT,
    SHOW_HELP,
    BACK_TO_WALK,
    b!(Quit, false, [(K::Char('q'), N, Cmd::Quit)]),
];
