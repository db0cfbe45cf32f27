//! Key tables of the analysis screens (matrix, priority list) and of the action-plan form.

use crossterm::event::{KeyCode as K, KeyModifiers as M};

use super::keymap::{Binding, C, N, b};
use super::msg::Cmd;
use crate::i18n::ui::T;
use crate::views::Direction;

/// The importance–performance matrix.
pub static MATRIX: &[Binding] = &[
    b!(
        "← ↓ ↑ → h j k l",
        NearestMark,
        false,
        [
            (K::Left, N, Cmd::Nearest(Direction::Left)),
            (K::Char('h'), N, Cmd::Nearest(Direction::Left)),
            (K::Down, N, Cmd::Nearest(Direction::Down)),
            (K::Char('j'), N, Cmd::Nearest(Direction::Down)),
            (K::Up, N, Cmd::Nearest(Direction::Up)),
            (K::Char('k'), N, Cmd::Nearest(Direction::Up)),
            (K::Right, N, Cmd::Nearest(Direction::Right)),
            (K::Char('l'), N, Cmd::Nearest(Direction::Right))
        ]
    ),
    b!(
        "n ]",
        NextRank,
        true,
        [
            (K::Char('n'), N, Cmd::NextRank),
            (K::Char(']'), N, Cmd::NextRank)
        ]
    ),
    b!(
        "N [",
        PrevRank,
        false,
        [
            (K::Char('N'), N, Cmd::PrevRank),
            (K::Char('['), N, Cmd::PrevRank)
        ]
    ),
    b!(
        "c",
        ToggleCrosshair,
        true,
        [(K::Char('c'), N, Cmd::ToggleCrosshair)]
    ),
    b!("Enter", JumpToWalk, true, [(K::Enter, N, Cmd::JumpToWalk)]),
    b!(
        "p",
        OpenPriority,
        true,
        [(K::Char('p'), N, Cmd::OpenPriority)]
    ),
    b!("E", Export, false, [(K::Char('E'), N, Cmd::Export)]),
    b!("?", Help, true, [(K::Char('?'), N, Cmd::Help)]),
    b!("Esc", BackToWalk, true, [(K::Esc, N, Cmd::Back)]),
    b!("q", Quit, false, [(K::Char('q'), N, Cmd::Quit)]),
];

/// The ranked priority list.
pub static PRIORITY: &[Binding] = &[
    b!(
        "j ↓",
        Down,
        false,
        [(K::Char('j'), N, Cmd::Down), (K::Down, N, Cmd::Down)]
    ),
    b!(
        "k ↑",
        Up,
        false,
        [(K::Char('k'), N, Cmd::Up), (K::Up, N, Cmd::Up)]
    ),
    b!(
        "g",
        First,
        false,
        [(K::Char('g'), N, Cmd::First), (K::Home, N, Cmd::First)]
    ),
    b!(
        "G",
        Last,
        false,
        [(K::Char('G'), N, Cmd::Last), (K::End, N, Cmd::Last)]
    ),
    b!("Enter", JumpToWalk, true, [(K::Enter, N, Cmd::JumpToWalk)]),
    b!(
        "a t",
        EditAction,
        true,
        [
            (K::Char('a'), N, Cmd::EditAction),
            (K::Char('t'), N, Cmd::EditAction)
        ]
    ),
    b!("m", OpenMatrix, true, [(K::Char('m'), N, Cmd::OpenMatrix)]),
    b!("u", Undo, false, [(K::Char('u'), N, Cmd::Undo)]),
    b!("Ctrl+R", Redo, false, [(K::Char('r'), C, Cmd::Redo)]),
    b!("E", Export, true, [(K::Char('E'), N, Cmd::Export)]),
    b!("?", Help, true, [(K::Char('?'), N, Cmd::Help)]),
    b!("Esc", BackToWalk, true, [(K::Esc, N, Cmd::Back)]),
    b!("q", Quit, false, [(K::Char('q'), N, Cmd::Quit)]),
];

/// The action-plan form; other keys edit the text fields.
pub static ACTION: &[Binding] = &[
    b!(
        "Tab ↓",
        NextField,
        false,
        [(K::Tab, N, Cmd::NextField), (K::Down, N, Cmd::NextField)]
    ),
    b!(
        "S-Tab ↑",
        PrevField,
        false,
        [
            (K::BackTab, N, Cmd::PrevField),
            (K::BackTab, M::SHIFT, Cmd::PrevField),
            (K::Up, N, Cmd::PrevField)
        ]
    ),
    b!("Enter", NextFieldOrSave, true, [(K::Enter, N, Cmd::Submit)]),
    // Typed into the status field rather than dispatched, so space still types in text fields.
    b!("Space ← →", ChangeStatus, true, []),
    b!("Ctrl+S", SaveForm, true, [(K::Char('s'), C, Cmd::SaveForm)]),
    b!("Esc", Cancel, true, [(K::Esc, N, Cmd::Cancel)]),
];
