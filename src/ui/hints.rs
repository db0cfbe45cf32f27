//! The bottom line of every screen: as many whole key hints as fit, the most needed first;
//! `?` shows the rest. Labels come from the key tables.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Theme;
use crate::app::App;
use crate::app::keymap::{self, Binding};
use crate::i18n::ui::{T, t};

pub(super) fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let table: &[Binding] = keymap::active(app);
    let hint = |b: &Binding| {
        [
            Span::styled(format!(" {} ", b.label()), theme.hints.key),
            Span::styled(format!("{} ", t(app.lang, short(b.text))), theme.hints.text),
        ]
    };
    let width = |b: &Binding| hint(b).iter().map(Span::width).sum::<usize>();
    let mut wanted: Vec<&Binding> = table.iter().filter(|b| b.hint).collect();
    wanted.sort_by_key(|b| rank(b.text));
    let mut room = usize::from(area.width);
    let mut chosen: Vec<&Binding> = Vec::new();
    for b in wanted {
        if width(b) <= room {
            room -= width(b);
            chosen.push(b);
        }
    }
    // Shown in keymap order, which groups related keys, with the help key last.
    chosen.sort_by_key(|b| {
        (
            b.text == T::Help,
            table.iter().position(|x| std::ptr::eq(x, *b)),
        )
    });
    let spans: Vec<Span> = chosen.into_iter().flat_map(hint).collect();
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

/// Which hints survive on a narrow line: scoring, the way to every other key, the ways between
/// the screens (matrix, list, back) and the projector's full screen, undo, quitting.
fn rank(text: T) -> u8 {
    match text {
        T::Score | T::Open | T::Submit | T::FinishEditing | T::Yes => 0,
        T::Help => 1,
        T::OpenMatrix | T::OpenPriority | T::BackToWalk | T::FullScreen => 2,
        T::Undo | T::Cancel | T::No => 3,
        T::Quit => 4,
        T::EditNotes | T::NewAudit | T::ToggleNa => 5,
        _ => 6,
    }
}

/// The hint line's shorter word for a key whose help text is long.
fn short(text: T) -> T {
    match text {
        T::Score => T::HintScore,
        T::ToggleNa => T::HintNa,
        T::Quit => T::HintQuit,
        T::EditNotes => T::Notes,
        T::OpenMatrix => T::HintMatrix,
        T::OpenPriority => T::HintList,
        T::BackToWalk => T::HintBack,
        T::JumpToWalk => T::HintJump,
        T::Filter => T::HintFilter,
        T::CycleVariant => T::HintVariant,
        T::CycleTheme => T::HintTheme,
        T::FullScreen => T::HintFullScreen,
        T::CycleEvidence => T::HintEvidence,
        other => other,
    }
}
