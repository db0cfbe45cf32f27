//! The workshop screen, for the projector: the join URL in full and as a QR code, who joined,
//! the live touchpoint and who has scored it (names, never scores) until the reveal, then the
//! disagreement grid: everyone's ratings, each scale's mean, spread, discussion flag and agreed
//! value (the grid the walk's card shows).

mod qr;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::Theme;
use crate::app::workshop::{Mode, Phase, Server, Workshop, voted};
use crate::app::{App, Walk};
use crate::i18n::workshop::{self as words, W, w as say};
use crate::model::disagreement::Disagreement;
use crate::model::{Lang, Touchpoint};
use crate::text::{fit, wrap};
use qr::Qr;

pub fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let (Some(ws), Some(walk)) = (app.workshop.as_ref(), app.walk.as_ref()) else {
        return;
    };
    // The room reads the audit's language, as its phones do, whatever the laptop's.
    let lang = walk.audit.lang;
    let width = usize::from(area.width);
    let top = heading(app, ws, walk, theme, width);
    let rows = u16::try_from(top.len()).unwrap_or(2).min(area.height);
    let header = Rect {
        height: rows,
        ..area
    };
    // Every key that runs the room stays in sight: a second line of hints when one is short.
    let keys = if super::hints::rows_for(app, lang, width) > 1 && area.height >= 16 {
        2
    } else {
        1
    };
    let body = Rect {
        y: area.y + rows + 1,
        height: area.height.saturating_sub(rows + 2 + keys),
        ..area
    };
    let hints = Rect {
        y: area.bottom().saturating_sub(keys),
        height: keys,
        ..area
    };
    // Whether the votes reach the file, and what a key just did (the theme, an error), as on
    // the matrix and the list.
    let status = Rect {
        y: area.bottom().saturating_sub(keys + 1),
        height: 1,
        ..area
    };
    frame.render_widget(Paragraph::new(top), header);
    // An ended workshop takes no one new: no code to scan.
    let url = match &ws.server {
        Server::Listening { url, .. } if ws.phase != Phase::Closed => Some(url.as_str()),
        _ => None,
    };
    let (qr, info, lines) = arrange(
        Room {
            lang,
            ws,
            walk,
            theme,
        },
        (body, url),
    );
    if let Some(q) = &qr {
        let (w, h) = q.size();
        let left = Rect {
            width: w,
            height: h,
            ..body
        };
        q.draw(frame.buffer_mut(), left);
    }
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), info);
    super::status::draw(app, walk, theme, frame, status);
    super::hints::draw_in(app, lang, theme, frame, hints);
}

/// Two lines: the title with the mode and phase, then the join URL in full (or why there is
/// none yet).
fn heading<'a>(
    app: &'a App,
    ws: &Workshop,
    walk: &Walk,
    theme: &Theme,
    width: usize,
) -> Vec<Line<'a>> {
    let lang = walk.audit.lang;
    let mode = match ws.mode {
        Mode::Facilitated => W::Facilitated,
        Mode::SelfPaced => W::SelfPaced,
    };
    let phase = match ws.phase {
        Phase::Voting => W::Voting,
        Phase::Revealed => W::Revealed,
        Phase::Closed => W::Closed,
    };
    let title = format!(
        " {} · {} · {} · {}",
        say(lang, W::Title),
        walk.audit.display_title(),
        say(lang, mode),
        say(lang, phase)
    );
    let second = match &ws.server {
        Server::Listening { .. } if ws.phase == Phase::Closed => {
            // Whole words on as many lines as it takes: the way out is in it.
            let mut lines = vec![Line::styled(fit(&title, width), theme.title)];
            let note = wrap(say(lang, W::EndedNote), width.saturating_sub(1).max(1));
            for l in note {
                lines.push(Line::styled(format!(" {l}"), theme.status.flash));
            }
            return lines;
        }
        Server::Starting => Line::styled(format!(" {}", say(lang, W::Starting)), theme.dim),
        Server::Failed(why) => {
            Line::styled(format!(" {}", words::failed(lang, why)), theme.status.error)
        }
        Server::Listening { url, taken } => {
            let label = format!(" {} ", say(lang, W::JoinOnPhone));
            let strong = theme.header.add_modifier(Modifier::BOLD);
            if crate::text::width(&label) + url.len() > width {
                // Too narrow for both: the URL gets lines of its own, whole.
                let mut lines = vec![Line::styled(fit(&title, width), theme.title)];
                lines.push(Line::raw(label));
                let chars: Vec<char> = url.chars().collect();
                for chunk in chars.chunks(width.saturating_sub(1).max(1)) {
                    lines.push(Line::styled(
                        format!(" {}", String::from_iter(chunk)),
                        strong,
                    ));
                }
                return lines;
            }
            let mut spans = vec![Span::raw(label), Span::styled(url.clone(), strong)];
            let port = url
                .rsplit(':')
                .next()
                .and_then(|p| p.split('/').next())
                .and_then(|p| p.parse::<u16>().ok());
            if let (Some(asked), Some(used)) = (taken, port) {
                spans.push(Span::styled(
                    format!("  {}", words::port_taken(lang, *asked, used)),
                    theme.status.flash,
                ));
            }
            if url.contains("//127.")
                && !app.workshop_settings.bind.is_some_and(|b| b.is_loopback())
            {
                spans.push(Span::styled(
                    format!("  {}", say(lang, W::NoNetwork)),
                    theme.status.flash,
                ));
            }
            Line::from(spans)
        }
    };
    vec![Line::styled(fit(&title, width), theme.title), second]
}

/// What the projector draws from: the room's language, the workshop, the audit's walk and
/// the colours.
#[derive(Clone, Copy)]
struct Room<'a> {
    lang: Lang,
    ws: &'a Workshop,
    walk: &'a Walk,
    theme: &'a Theme,
}

impl Room<'_> {
    /// A participant's name, by id.
    fn name(&self, id: &str) -> String {
        let name = self.walk.audit.participant_name(id);
        name.unwrap_or(id).to_string()
    }
}

/// What the right-hand column gives up, least first, when the screen cannot hold it all: the
/// room must keep the touchpoint, who has scored (or the grid), and who asks to join.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Squeeze {
    /// Everything.
    Nothing,
    /// Who joined becomes a count ("Joined (12)"), the self-paced note goes.
    Counts,
    /// No blank lines between the parts.
    Tight,
    /// The grid in two blocks side by side; while voting, the count and who is awaited only.
    Compact,
    /// The touchpoint by its name alone, without its place and stage.
    Bare,
}

impl Squeeze {
    const ALL: [Squeeze; 5] = [
        Squeeze::Nothing,
        Squeeze::Counts,
        Squeeze::Tight,
        Squeeze::Compact,
        Squeeze::Bare,
    ];
}

/// The right-hand column's room and how much it gives up.
#[derive(Clone, Copy)]
struct Fit {
    width: usize,
    roomy: bool,
    squeeze: Squeeze,
}

/// The QR code (if any), where the details go and the details: the QR code beside them while
/// they fit, squeezed as little as they need; where even squeezed they cannot fit beside it,
/// the details get the whole width (the URL stays in full at the top).
fn arrange<'a>(room: Room, (body, url): (Rect, Option<&str>)) -> (Option<Qr>, Rect, Vec<Line<'a>>) {
    let beside = |qr: &Option<Qr>| match qr {
        Some(q) => {
            let w = q.size().0;
            Rect {
                x: body.x + w + 2,
                width: body.width.saturating_sub(w + 2),
                ..body
            }
        }
        None => body,
    };
    let code = || url.and_then(|u| Qr::fit(u, body.width * 3 / 5, body.height));
    let mut last = None;
    for qr in [code(), None] {
        let info = beside(&qr);
        for squeeze in Squeeze::ALL {
            let fit = Fit {
                width: usize::from(info.width),
                roomy: info.height >= 30,
                squeeze,
            };
            let lines = details(room, fit);
            if lines.len() <= usize::from(info.height) {
                return (qr, info, lines);
            }
            last = Some((info, lines));
        }
    }
    let (info, lines) = last.unwrap_or((body, Vec::new()));
    (None, info, lines)
}

/// The right-hand column: the live touchpoint, who has scored or the reveal, who joined.
fn details<'a>(room: Room, fit: Fit) -> Vec<Line<'a>> {
    let width = fit.width;
    let mut lines = Vec::new();
    let gap = |lines: &mut Vec<Line>| {
        if fit.squeeze < Squeeze::Tight {
            lines.push(Line::raw(""));
        }
    };
    if let Some((s, t)) = room.ws.live_at(room.walk) {
        let tp = &room.walk.audit.stages[s].touchpoints[t];
        live_heading(room.lang, room.walk, (s, t), room.theme, fit, &mut lines);
        gap(&mut lines);
        if room.ws.mode == Mode::SelfPaced
            && room.ws.phase != Phase::Closed
            && fit.squeeze < Squeeze::Counts
        {
            lines.extend(
                wrap(say(room.lang, W::SelfPacedNote), width.max(1))
                    .into_iter()
                    .map(Line::raw),
            );
            gap(&mut lines);
        }
        match room.ws.phase {
            Phase::Revealed | Phase::Closed => reveal(room, tp, fit, &mut lines),
            Phase::Voting => votes(room, tp, fit, &mut lines),
        }
        gap(&mut lines);
    }
    match room.ws.mode {
        Mode::Facilitated => joined(room, fit, &mut lines),
        Mode::SelfPaced => progress(room, fit, &mut lines),
    }
    claims(room, fit, &mut lines);
    lines
}

/// Who asks to join from another phone under a name a phone holds, and the key that lets
/// them in.
fn claims(room: Room, fit: Fit, lines: &mut Vec<Line<'_>>) {
    let Some(first) = room.ws.claim.as_ref() else {
        return;
    };
    let width = fit.width;
    let name = room
        .walk
        .audit
        .participants
        .iter()
        .find(|p| &p.id == first)
        .map_or(first.as_str(), |p| p.name.as_str());
    if fit.squeeze < Squeeze::Tight {
        lines.push(Line::raw(""));
    }
    for line in crate::text::wrap(&words::claim(room.lang, name), width) {
        lines.push(Line::styled(line, room.theme.status.flash));
    }
}

/// The live touchpoint's place and stage, its name, and on a large screen what the phones
/// show too (description, guiding questions).
fn live_heading(
    lang: Lang,
    walk: &Walk,
    (s, t): (usize, usize),
    theme: &Theme,
    squeezed: Fit,
    lines: &mut Vec<Line<'_>>,
) {
    let Fit { width, roomy, .. } = squeezed;
    let tp = &walk.audit.stages[s].touchpoints[t];
    let total = walk.audit.touchpoint_count();
    let index = walk
        .audit
        .touchpoints()
        .position(|(si, ti, _)| (si, ti) == (s, t))
        .unwrap_or(0);
    if squeezed.squeeze < Squeeze::Bare {
        lines.push(Line::styled(
            fit(
                &format!(
                    "{} · {}",
                    words::position(lang, index + 1, total),
                    walk.audit.stages[s].name
                ),
                width,
            ),
            theme.dim,
        ));
    }
    for l in wrap(&tp.name, width.max(1)) {
        lines.push(Line::styled(l, theme.header.add_modifier(Modifier::BOLD)));
    }
    if roomy {
        for l in wrap(&tp.description, width.max(1)).into_iter().take(4) {
            lines.push(Line::styled(l, theme.dim));
        }
        for q in tp.questions.iter().take(3) {
            lines.push(Line::styled(fit(&format!("• {q}"), width), theme.dim));
        }
    }
}

/// While a vote runs: how many have scored the touchpoint, who has and who is awaited.
fn votes(room: Room, tp: &Touchpoint, fit: Fit, lines: &mut Vec<Line<'_>>) {
    let width = fit.width;
    let name = |id: &str| room.name(id);
    if room.ws.joined.is_empty() {
        // "0 of 0 have scored" says nothing: who joined says it all.
        return;
    }
    let scored = voted(&room.ws.joined, tp);
    lines.push(Line::styled(
        words::scored_of(room.lang, scored.len(), room.ws.joined.len()),
        room.theme.card.heading,
    ));
    let names: Vec<String> = scored.iter().map(|id| name(id)).collect();
    let waiting: Vec<String> = room
        .ws
        .joined
        .iter()
        .filter(|id| !scored.contains(&id.as_str()))
        .map(|id| name(id))
        .collect();
    if fit.squeeze < Squeeze::Compact {
        list(lines, say(room.lang, W::Scored), &names, room.theme, width);
    }
    list(
        lines,
        say(room.lang, W::Waiting),
        &waiting,
        room.theme,
        width,
    );
}

/// Who joined, by name, or that nobody has yet; only how many when the screen is short.
fn joined(room: Room, squeezed: Fit, lines: &mut Vec<Line<'_>>) {
    let width = squeezed.width;
    let name = |id: &str| room.name(id);
    let joined: Vec<String> = room.ws.joined.iter().map(|id| name(id)).collect();
    let label = format!("{} ({})", say(room.lang, W::Joined), joined.len());
    if joined.is_empty() {
        let text = format!("{label}: {}", say(room.lang, W::NobodyYet));
        lines.push(Line::styled(fit(&text, width), room.theme.dim));
    } else if squeezed.squeeze >= Squeeze::Counts {
        lines.push(Line::styled(fit(&label, width), room.theme.card.heading));
    } else {
        list(lines, &label, &joined, room.theme, width);
    }
}

/// Self-paced: each participant who joined and how far they are, "Anna 12/18" (names and
/// counts only, never scores), ✓ for one who has scored every touchpoint that applies.
fn progress(room: Room, squeezed: Fit, lines: &mut Vec<Line<'_>>) {
    let width = squeezed.width;
    let all = crate::app::workshop::progress(&room.ws.joined, &room.walk.audit);
    if all.is_empty() {
        joined(room, squeezed, lines);
        return;
    }
    if squeezed.squeeze >= Squeeze::Compact {
        // No room for each name: how many are done and how many under way, never cut.
        let done = all.iter().filter(|p| p.of > 0 && p.done == p.of).count();
        let started = all.iter().filter(|p| p.done > 0).count() - done;
        let text = words::progress_counts(room.lang, all.len(), done, started);
        for l in wrap(&text, width.max(1)) {
            lines.push(Line::styled(l, room.theme.card.heading));
        }
        return;
    }
    let heading = format!("{} ({})", say(room.lang, W::Progress), all.len());
    lines.push(Line::styled(fit(&heading, width), room.theme.card.heading));
    let entries: Vec<String> = all
        .iter()
        .map(|p| {
            let name = room
                .walk
                .audit
                .participant_name(&p.participant)
                .unwrap_or(&p.participant);
            let done = if p.of > 0 && p.done == p.of {
                " ✓"
            } else {
                ""
            };
            fit(&format!("{name} {}/{}{done}", p.done, p.of), width)
        })
        .collect();
    // Whole entries on each line, so a name never parts from its count.
    let mut line = String::new();
    for entry in entries {
        if !line.is_empty() && crate::text::width(&line) + 2 + crate::text::width(&entry) > width {
            lines.push(Line::raw(std::mem::take(&mut line)));
        }
        if !line.is_empty() {
            line.push_str(", ");
        }
        line.push_str(&entry);
    }
    lines.push(Line::raw(line));
}

/// "Label: Anna, Boris, …" wrapped to the width; nothing when there are no names.
fn list(lines: &mut Vec<Line<'_>>, label: &str, names: &[String], theme: &Theme, width: usize) {
    if names.is_empty() {
        return;
    }
    let text = format!("{label}: {}", names.join(", "));
    for (i, l) in wrap(&text, width.max(1)).into_iter().enumerate() {
        lines.push(if i == 0 {
            Line::styled(l, theme.card.heading)
        } else {
            Line::raw(l)
        });
    }
}

/// After the reveal: the disagreement grid of the participants who joined.
fn reveal(room: Room, tp: &crate::model::Touchpoint, fit: Fit, lines: &mut Vec<Line<'_>>) {
    let people = room.ws.joined.iter().map(|id| {
        let name = room.walk.audit.participant_name(id).unwrap_or(id);
        (id.as_str(), name)
    });
    let d = Disagreement::of(tp, people);
    let grid = if fit.squeeze >= Squeeze::Compact {
        super::widgets::grid::lines_side_by_side(&d, room.lang, fit.width, room.theme)
    } else {
        super::widgets::grid::lines(&d, room.lang, fit.width, None, room.theme)
    };
    lines.extend(grid);
}
