//! Key tables of the analysis screens (matrix, priority list) and of the action-plan form.

use crossterm::event::{KeyCode as K, KeyModifiers as M};

use crate::app::analysis::matrix_nav::Direction;
use crate::app::keymap::{Binding, C, N, b};
use crate::app::msg::Cmd;
use crate::i18n::ui::T;

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
    b!(JumpToWalk, true, [(K::Enter, N, Cmd::JumpToWalk)]),
    b!(OpenPriority, true, [(K::Char('p'), N, Cmd::OpenPriority)]),
    b!(OpenCompare, false, [(K::Char('C'), N, Cmd::OpenCompare)]),
    b!(FullScreen, true, [(K::Char('z'), N, Cmd::FullScreen)]),
    b!(CycleTheme, false, [(K::Char('t'), C, Cmd::CycleTheme)]),
    b!(Export, false, [(K::Char('E'), N, Cmd::Export)]),
    b!(OpenReport, false, [(K::Char('O'), N, Cmd::OpenReport)]),
    b!(Help, true, [(K::Char('?'), N, Cmd::Help)]),
    b!(BackToWalk, true, [(K::Esc, N, Cmd::Back)]),
    b!(Quit, false, [(K::Char('q'), N, Cmd::Quit)]),
];

/// The compare view: this audit against the one it follows.
pub static COMPARE: &[Binding] = &[
    b!(
        Down,
        false,
        [(K::Char('j'), N, Cmd::Down), (K::Down, N, Cmd::Down)]
    ),
    b!(Up, false, [(K::Char('k'), N, Cmd::Up), (K::Up, N, Cmd::Up)]),
    b!(
        First,
        false,
        [(K::Char('g'), N, Cmd::First), (K::Home, N, Cmd::First)]
    ),
    b!(
        Last,
        false,
        [(K::Char('G'), N, Cmd::Last), (K::End, N, Cmd::Last)]
    ),
    b!(JumpToWalk, true, [(K::Enter, N, Cmd::JumpToWalk)]),
    b!(OpenMatrix, true, [(K::Char('m'), N, Cmd::OpenMatrix)]),
    b!(OpenPriority, true, [(K::Char('p'), N, Cmd::OpenPriority)]),
    b!(Help, true, [(K::Char('?'), N, Cmd::Help)]),
    b!(BackToWalk, true, [(K::Esc, N, Cmd::Back)]),
    b!(CycleTheme, false, [(K::Char('t'), C, Cmd::CycleTheme)]),
    b!(Quit, false, [(K::Char('q'), N, Cmd::Quit)]),
];

/// The ranked priority list.
pub static PRIORITY: &[Binding] = &[
    b!(
        Down,
        false,
        [(K::Char('j'), N, Cmd::Down), (K::Down, N, Cmd::Down)]
    ),
    b!(Up, false, [(K::Char('k'), N, Cmd::Up), (K::Up, N, Cmd::Up)]),
    b!(
        First,
        false,
        [(K::Char('g'), N, Cmd::First), (K::Home, N, Cmd::First)]
    ),
    b!(
        Last,
        false,
        [(K::Char('G'), N, Cmd::Last), (K::End, N, Cmd::Last)]
    ),
    b!(JumpToWalk, true, [(K::Enter, N, Cmd::JumpToWalk)]),
    b!(
        EditAction,
        true,
        [
            (K::Char('a'), N, Cmd::EditAction),
            (K::Char('t'), N, Cmd::EditAction)
        ]
    ),
    b!(OpenMatrix, true, [(K::Char('m'), N, Cmd::OpenMatrix)]),
    b!(
        FilterDiscussion,
        false,
        [(K::Char('f'), N, Cmd::FilterDiscussion)]
    ),
    b!(Filter, true, [(K::Char('/'), N, Cmd::Filter)]),
    b!(OpenCompare, false, [(K::Char('C'), N, Cmd::OpenCompare)]),
    b!(Undo, false, [(K::Char('u'), N, Cmd::Undo)]),
    b!(Redo, false, [(K::Char('r'), C, Cmd::Redo)]),
    b!(FullScreen, true, [(K::Char('z'), N, Cmd::FullScreen)]),
    b!(CycleTheme, false, [(K::Char('t'), C, Cmd::CycleTheme)]),
    b!(Export, true, [(K::Char('E'), N, Cmd::Export)]),
    b!(OpenReport, false, [(K::Char('O'), N, Cmd::OpenReport)]),
    b!(Help, true, [(K::Char('?'), N, Cmd::Help)]),
    b!(BackToWalk, true, [(K::Esc, N, Cmd::Back)]),
    b!(Quit, false, [(K::Char('q'), N, Cmd::Quit)]),
];

/// The action-plan form; other keys edit the text fields.
pub static ACTION: &[Binding] = &[
    b!(
        NextField,
        false,
        [(K::Tab, N, Cmd::NextField), (K::Down, N, Cmd::NextField)]
    ),
    b!(
        PrevField,
        false,
        [
            (K::BackTab, N, Cmd::PrevField),
            (K::BackTab, M::SHIFT, Cmd::PrevField),
            (K::Up, N, Cmd::PrevField)
        ]
    ),
    b!(NextFieldOrSave, true, [(K::Enter, N, Cmd::Submit)]),
    // In a text field these keys type: space and the arrows belong to the text there.
    b!(
        typed ChangeStatus,
        true,
        [
            (K::Char(' '), N, Cmd::StatusNext),
            (K::Left, N, Cmd::StatusPrev),
            (K::Right, N, Cmd::StatusNext)
        ]
    ),
    b!(SaveForm, true, [(K::Char('s'), C, Cmd::SaveForm)]),
    b!(Cancel, true, [(K::Esc, N, Cmd::Cancel)]),
];
