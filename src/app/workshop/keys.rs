//! The key tables of the workshop screen (the projector's view of a running workshop): one for
//! a facilitated workshop, where the phones follow the live touchpoint, and one for a
//! self-paced one, where each phone goes its own way and the keys move only the screen.

use crossterm::event::KeyCode as K;

use crate::app::binding::{Binding, CYCLE_THEME, DOWN, N, SHOW_HELP, UP, b};
use crate::app::msg::Cmd;
use crate::i18n::ui::T;

const PICK: Binding = b!(WsPick, true, [(K::Esc, N, Cmd::Back)]);
const CLOSE: Binding = b!(WsClose, true, [(K::Char('c'), N, Cmd::CloseWorkshop)]);
const LET_IN: Binding = b!(WsLetIn, false, [(K::Char('a'), N, Cmd::LetIn)]);
const GHOST: Binding = b!(WsRemoveGhost, false, [(K::Char('x'), N, Cmd::RemoveGhost)]);
const STOP: Binding = b!(WsStop, false, [(K::Char('W'), N, Cmd::Workshop)]);
const QUIT: Binding = b!(Quit, true, [(K::Char('q'), N, Cmd::Quit)]);

/// A running workshop's table: its reveal, next and previous (worded for the mode), then the
/// keys both modes share.
macro_rules! running {
    ($reveal:ident, $next:ident, $prev:ident) => {
        &[
            b!($reveal, true, [(K::Char('r'), N, Cmd::Reveal)]),
            b!(
                $next,
                true,
                [(K::Char('n'), N, Cmd::Down), (K::Right, N, Cmd::Down)]
            ),
            b!(
                $prev,
                true,
                [(K::Char('p'), N, Cmd::Up), (K::Left, N, Cmd::Up)]
            ),
            DOWN,
            UP,
            PICK,
            CLOSE,
            LET_IN,
            GHOST,
            STOP,
            CYCLE_THEME,
            SHOW_HELP,
            QUIT,
        ]
    };
}

/// The workshop screen of a facilitated workshop: the phones follow `n` and `p`, and `r`
/// closes or reopens the vote.
pub static WORKSHOP: &[Binding] = running!(WsReveal, WsNext, WsPrev);

/// The workshop screen of a self-paced workshop: `n` and `p` choose the touchpoint the screen
/// shows, `r` shows or hides its votes there; no phone follows and no phone is locked.
pub static SELF_PACED: &[Binding] = running!(WsShowVotes, WsShowNext, WsShowPrev);

/// The workshop screen once the workshop has ended: the phones show the thank-you, no key
/// moves or reveals anything any more, and `Esc` stops the server.
pub static ENDED: &[Binding] = &[
    b!(WsEndedStop, true, [(K::Esc, N, Cmd::Back)]),
    STOP,
    CYCLE_THEME,
    SHOW_HELP,
    QUIT,
];
