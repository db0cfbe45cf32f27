//! The key table of the walk screen: scoring, moving, participants, checklist editing.

use crossterm::event::{KeyCode as K, KeyModifiers as M};

use crate::app::binding::{
    A, Binding, CYCLE_THEME, DOWN, FIRST, LAST, N, OPEN_COMPARE, OPEN_MATRIX, OPEN_REPORT, REDO,
    SHOW_HELP, UP, b,
};
use crate::app::msg::Cmd;
use crate::i18n::ui::T;

/// The audit walk.
pub static WALK: &[Binding] = &[
    b!(
        Score,
        true,
        [
            (K::Char('1'), N, Cmd::Score(1)),
            (K::Char('2'), N, Cmd::Score(2)),
            (K::Char('3'), N, Cmd::Score(3)),
            (K::Char('4'), N, Cmd::Score(4)),
            (K::Char('5'), N, Cmd::Score(5))
        ]
    ),
    b!(
        Clear,
        false,
        [(K::Char('0'), N, Cmd::Clear), (K::Backspace, N, Cmd::Clear)]
    ),
    b!(
        ScalePrev,
        false,
        [
            (K::Left, N, Cmd::ScalePrev),
            (K::Char('h'), N, Cmd::ScalePrev)
        ]
    ),
    b!(
        ScaleNext,
        false,
        [
            (K::Right, N, Cmd::ScaleNext),
            (K::Char('l'), N, Cmd::ScaleNext)
        ]
    ),
    DOWN,
    UP,
    FIRST,
    LAST,
    b!(CardDown, false, [(K::PageDown, N, Cmd::CardScroll(4))]),
    b!(CardUp, false, [(K::PageUp, N, Cmd::CardScroll(-4))]),
    b!(PrevStage, false, [(K::Char('['), N, Cmd::PrevStage)]),
    b!(NextStage, false, [(K::Char(']'), N, Cmd::NextStage)]),
    b!(ToggleNa, true, [(K::Char('x'), N, Cmd::ToggleNa)]),
    b!(EditNotes, true, [(K::Enter, N, Cmd::EditNotes)]),
    // What a score rests on: its evidence level, and the touchpoint's measurements.
    b!(CycleEvidence, true, [(K::Char('s'), N, Cmd::CycleEvidence)]),
    b!(
        EditMeasurements,
        false,
        [(K::Char('M'), N, Cmd::EditMeasurements)]
    ),
    b!(Undo, true, [(K::Char('u'), N, Cmd::Undo)]),
    REDO,
    // Participants: Tab cycles as in most TUIs, freeing `p` for the priority list.
    b!(NextParticipant, false, [(K::Tab, N, Cmd::NextParticipant)]),
    b!(
        PrevParticipant,
        false,
        [
            (K::BackTab, N, Cmd::PrevParticipant),
            (K::BackTab, M::SHIFT, Cmd::PrevParticipant)
        ]
    ),
    b!(
        AddParticipant,
        false,
        [(K::Char('+'), N, Cmd::AddParticipant)]
    ),
    b!(
        RenameParticipant,
        false,
        [(K::Char('N'), N, Cmd::RenameParticipant)]
    ),
    b!(EditTitle, false, [(K::Char('i'), N, Cmd::EditTitle)]),
    b!(
        RemoveParticipant,
        false,
        [(K::Char('-'), N, Cmd::RemoveParticipant)]
    ),
    b!(ToggleBlind, false, [(K::Char('b'), N, Cmd::ToggleBlind)]),
    b!(Reveal, false, [(K::Char('v'), N, Cmd::Reveal)]),
    b!(
        ToggleRoundRobin,
        false,
        [(K::Char('o'), N, Cmd::ToggleRoundRobin)]
    ),
    b!(
        NextDiscussion,
        false,
        [(K::Char('f'), N, Cmd::NextDiscussion)]
    ),
    b!(Agree, false, [(K::Char('='), N, Cmd::Agree)]),
    b!(AddTp, false, [(K::Char('a'), N, Cmd::AddTp)]),
    b!(RenameTp, false, [(K::Char('r'), N, Cmd::RenameTp)]),
    b!(
        EditDescription,
        false,
        [(K::Char('e'), N, Cmd::EditDescription)]
    ),
    b!(DeleteTp, false, [(K::Char('D'), N, Cmd::DeleteTp)]),
    b!(
        MoveTpUp,
        false,
        [(K::Char('K'), N, Cmd::MoveTpUp), (K::Up, A, Cmd::MoveTpUp)]
    ),
    b!(
        MoveTpDown,
        false,
        [
            (K::Char('J'), N, Cmd::MoveTpDown),
            (K::Down, A, Cmd::MoveTpDown)
        ]
    ),
    b!(AddStage, false, [(K::Char('A'), N, Cmd::AddStage)]),
    b!(RenameStage, false, [(K::Char('R'), N, Cmd::RenameStage)]),
    b!(DeleteStage, false, [(K::Char('X'), N, Cmd::DeleteStage)]),
    b!(MoveStageUp, false, [(K::Char('<'), N, Cmd::MoveStageUp)]),
    b!(
        MoveStageDown,
        false,
        [(K::Char('>'), N, Cmd::MoveStageDown)]
    ),
    // The analysis screens, action plans and exports.
    OPEN_MATRIX,
    b!(OpenPriority, true, [(K::Char('p'), N, Cmd::OpenPriority)]),
    b!(Filter, true, [(K::Char('/'), N, Cmd::Filter)]),
    b!(EditAction, false, [(K::Char('t'), N, Cmd::EditAction)]),
    b!(Export, false, [(K::Char('E'), N, Cmd::Export)]),
    OPEN_REPORT,
    b!(Workshop, false, [(K::Char('W'), N, Cmd::Workshop)]),
    // The audit cycle.
    b!(
        TogglePrevious,
        false,
        [(K::Char('L'), N, Cmd::TogglePrevious)]
    ),
    OPEN_COMPARE,
    b!(TakeOver, false, [(K::Char('T'), N, Cmd::TakeOver)]),
    CYCLE_THEME,
    SHOW_HELP,
    b!(Back, false, [(K::Esc, N, Cmd::Back)]),
    b!(Quit, true, [(K::Char('q'), N, Cmd::Quit)]),
];
