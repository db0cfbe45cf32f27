//! The bottom line of every screen (two on the projector when one cannot hold its keys): as
//! many whole key hints as fit, the most needed first; `?` shows the rest. Labels come from
//! the key tables.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::Theme;
use crate::app::App;
use crate::app::keymap::{self, Binding};
use crate::i18n::ui::{T, t};
use crate::model::Lang;

pub(super) fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    draw_in(app, app.lang, theme, frame, area);
}

/// The hints in `lang`: the projector speaks the room's language, the audit's.
pub(super) fn draw_in(app: &App, lang: Lang, theme: &Theme, frame: &mut Frame, area: Rect) {
    let cx = Cx { app, lang };
    let hint = |b: &Binding| {
        [
            Span::styled(format!(" {} ", b.label()), theme.hints.key),
            Span::styled(
                format!("{} ", t(lang, short(app, b.text))),
                theme.hints.text,
            ),
        ]
    };
    let rows = layout(&cx, usize::from(area.width), usize::from(area.height));
    let lines: Vec<Line> = rows
        .into_iter()
        .map(|row| Line::from(row.into_iter().flat_map(hint).collect::<Vec<Span>>()))
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

/// How many lines the hints need at `width`: one, unless one line would leave out a key that
/// must stay in sight (rank 0 or the help), then two.
pub(super) fn rows_for(app: &App, lang: Lang, width: usize) -> usize {
    let cx = Cx { app, lang };
    let table: &[Binding] = keymap::active(app);
    let one: Vec<&Binding> = layout(&cx, width, 1).into_iter().flatten().collect();
    let kept = |b: &Binding| one.iter().any(|x| std::ptr::eq(*x, b));
    let must = table
        .iter()
        .filter(|b| hinted(&cx, b) && rank(b.text) <= 1 && size(&cx, b) <= width);
    if must.into_iter().all(kept) { 1 } else { 2 }
}

/// The hints on at most `rows` lines of `width`: the most needed first, each kept if it still
/// fits; shown in keymap order, which groups related keys, with the help key last.
fn layout(cx: &Cx, width: usize, rows: usize) -> Vec<Vec<&'static Binding>> {
    let table: &'static [Binding] = keymap::active(cx.app);
    let order = |b: &&Binding| {
        (
            b.text == T::Help,
            table.iter().position(|x| std::ptr::eq(x, *b)),
        )
    };
    // A hint wider than the line is never shown.
    let mut wanted: Vec<&Binding> = table
        .iter()
        .filter(|b| hinted(cx, b) && size(cx, b) <= width)
        .collect();
    wanted.sort_by_key(|b| rank_at(b.text, width));
    let mut chosen: Vec<&Binding> = Vec::new();
    for b in wanted {
        let mut trial = chosen.clone();
        trial.push(b);
        trial.sort_by_key(order);
        if flow(cx, &trial, width).len() <= rows.max(1) {
            chosen = trial;
        }
    }
    flow(cx, &chosen, width)
}

/// A key the hint line may show: marked for it, and doing something here.
fn hinted(cx: &Cx, b: &Binding) -> bool {
    b.hint && keymap::acts(cx.app, b)
}

/// Whole hints in their order, a new line when the next one does not fit.
fn flow<'a>(cx: &Cx, hints: &[&'a Binding], width: usize) -> Vec<Vec<&'a Binding>> {
    let mut lines: Vec<Vec<&Binding>> = Vec::new();
    let mut room = 0;
    for b in hints {
        let w = size(cx, b);
        if lines.is_empty() || w > room {
            lines.push(Vec::new());
            room = width;
        }
        room = room.saturating_sub(w);
        lines.last_mut().expect("a line").push(b);
    }
    lines
}

/// A hint's width on screen: ` key text `.
fn size(cx: &Cx, b: &Binding) -> usize {
    crate::text::width(&b.label()) + crate::text::width(t(cx.lang, short(cx.app, b.text))) + 3
}

/// The app whose keys are hinted, and the language the hints are in.
struct Cx<'a> {
    app: &'a App,
    lang: Lang,
}

/// From this width on, the keys of the evidence (the customers' ranking, the data gaps) come
/// before the other keys of the last rank; a narrower line keeps its keys as they were.
const EVIDENCE_HINTS_FROM: usize = 120;

/// A hint's rank on a line of `width`.
fn rank_at(text: T, width: usize) -> u8 {
    match text {
        T::SatisfactionSource | T::FilterGaps if width >= EVIDENCE_HINTS_FROM => 5,
        _ => rank(text),
    }
}

/// Which hints survive on a narrow line: scoring, the way to every other key, the ways between
/// the screens (matrix, list, back) and the projector's full screen, undo, quitting.
fn rank(text: T) -> u8 {
    match text {
        T::Score | T::Open | T::Submit | T::FinishEditing | T::Yes => 0,
        // The projector: the keys that run the room.
        T::WsReveal
        | T::WsShowVotes
        | T::WsNext
        | T::WsShowNext
        | T::WsClose
        | T::WsPick
        | T::WsEndedStop => 0,
        T::Help => 1,
        T::OpenMatrix | T::OpenPriority | T::BackToWalk | T::FullScreen => 2,
        T::Undo | T::Cancel | T::No | T::WsPrev | T::WsShowPrev => 3,
        T::Quit => 4,
        T::EditNotes | T::NewAudit | T::ToggleNa => 5,
        _ => 6,
    }
}

/// The hint line's shorter word for a key whose help text is long.
fn short(app: &App, text: T) -> T {
    use crate::app::workshop::Phase;
    let revealed = app
        .workshop
        .as_ref()
        .is_some_and(|w| w.phase == Phase::Revealed);
    let on_customers = (app.walk.as_ref()).is_some_and(|w| w.ranking.customers().is_some());
    match text {
        // After a reveal, `r` opens the vote again.
        T::WsReveal if revealed => T::HintWsAgain,
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
        T::WsReveal => T::HintWsReveal,
        T::WsShowVotes => T::HintWsShow,
        T::WsNext => T::HintWsNext,
        T::WsShowNext => T::HintWsShowNext,
        T::WsPrev | T::WsShowPrev => T::HintWsPrev,
        T::WsPick => T::HintWsPick,
        T::WsClose => T::HintWsClose,
        T::WsEndedStop => T::HintWsEndedStop,
        T::CycleEvidence => T::HintEvidence,
        // `s` says which ranking it switches to.
        T::SatisfactionSource if on_customers => T::HintSourceTeam,
        T::SatisfactionSource => T::HintSourceCustomers,
        T::FilterGaps => T::HintGaps,
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::dialogs::help::Plan;
    use crate::app::workshop::{Mode, Settings};
    use crate::app::{Cmd, Msg, update};
    use crate::model::{Audit, Stage, Touchpoint};
    use crate::store::DataDir;
    use ratatui::layout::Rect;

    /// The laptop in `laptop`, a workshop in `mode` on an audit in `audit`.
    fn projector(laptop: Lang, audit: Lang, mode: Mode) -> App {
        let now: jiff::Timestamp = "2026-12-03T07:00:00Z".parse().expect("a time");
        let mut a = Audit::new("ws", audit, now);
        let mut stage = Stage::new("s", "Stage");
        stage.touchpoints = crate::model::shared([Touchpoint::new("t0", "T0")]);
        a.stages = vec![stage];
        let mut app = App::new(laptop, DataDir::new("/nonexistent"), Vec::new(), now);
        let path = "/nonexistent/ws.ron".into();
        let audit = Box::new(a);
        update(&mut app, Msg::Opened { path, audit });
        let settings = Settings {
            mode,
            ..Settings::default()
        };
        app.start_workshop(settings, false);
        app
    }

    /// The help's words for the key labelled `label`, wrapped lines joined.
    fn help_for(plan: &Plan, label: &str) -> Option<String> {
        let lines: Vec<_> = plan.columns.concat();
        let at = lines.iter().position(|l| l.label == label)?;
        let rest = lines[at + 1..].iter().take_while(|l| l.label.is_empty());
        let words = std::iter::once(&lines[at])
            .chain(rest)
            .map(|l| l.text.as_str());
        Some(words.collect::<Vec<_>>().join(" "))
    }

    /// Whether every word of the footer's `word` begins a word of the help's `long` (in any
    /// case): "Prev" in "Previous touchpoint", "Чек-лист" in "в чек-листе".
    fn says(long: &str, word: &str) -> bool {
        let words = |s: &str| -> Vec<String> {
            s.split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .filter(|w| !w.is_empty())
                .map(str::to_lowercase)
                .collect()
        };
        let help = words(long);
        let footer = words(word);
        !footer.is_empty() && footer.iter().all(|f| help.iter().any(|h| h.starts_with(f)))
    }

    /// Whatever the laptop's language and the audit's, every key the projector's footer shows
    /// is in its `?` help under the same key, described by the same entry of the catalogue,
    /// whose words (in English and in Russian) include the footer's, in each phase, mode and
    /// size.
    #[test]
    fn every_key_of_the_projector_footer_is_in_its_help() {
        for (laptop, audit) in [
            (Lang::En, Lang::En),
            (Lang::En, Lang::Ru),
            (Lang::Ru, Lang::En),
            (Lang::Ru, Lang::Ru),
        ] {
            for mode in [Mode::Facilitated, Mode::SelfPaced] {
                let mut app = projector(laptop, audit, mode);
                for step in [None, Some(Cmd::Reveal), Some(Cmd::CloseWorkshop)] {
                    if let Some(cmd) = step {
                        update(&mut app, Msg::Cmd(cmd));
                    }
                    let plan = Plan::new(&app, Rect::new(0, 0, 100, 30));
                    for width in [80, 60] {
                        let cx = Cx {
                            app: &app,
                            lang: audit,
                        };
                        let footer: Vec<&Binding> =
                            layout(&cx, width, 2).into_iter().flatten().collect();
                        assert!(footer.len() >= 3, "{footer:?}");
                        for b in footer {
                            let said = help_for(&plan, &b.label());
                            let long = t(laptop, b.text);
                            assert_eq!(said.as_deref(), Some(long), "{:?}", b.label());
                            for lang in [Lang::En, Lang::Ru] {
                                let (word, long) = (t(lang, short(&app, b.text)), t(lang, b.text));
                                assert!(says(long, word), "{lang:?}: {word:?} in {long:?}");
                            }
                        }
                    }
                }
            }
        }
    }
}
