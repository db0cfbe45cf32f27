//! The matrix and priority-list screens: a title line, the widget, status and key hints.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::Theme;
use super::widgets::matrix::MatrixView;
use super::widgets::priority::PriorityView;
use super::widgets::priority::gaps::GapsView;
use crate::app::{App, Screen, Walk, layout};
use crate::i18n::evidence_views::not_surveyed;
use crate::i18n::ui::{self, T, t};
use crate::text::width;

pub(super) fn draw(app: &App, theme: &Theme, frame: &mut Frame, area: Rect) {
    let Some(w) = &app.walk else { return };
    let full = app.full_screen;
    let [title_area, body, status_area, hints] = layout::analysis(area, full);
    let title = match app.screen {
        Screen::Matrix => {
            let (plot, _) = layout::matrix(body, full);
            let before = before(w);
            let view = MatrixView {
                audit: &w.audit,
                ranking: w.ranking.shown(),
                state: &w.matrix,
                mode: w.ranking.mode(),
                layout: w.marks.get(plot, w.ranking.generation(), app.lang),
                lang: app.lang,
                theme,
                was: was(w),
                before: &before,
                full,
            };
            frame.render_widget(view, body);
            T::MatrixTitle
        }
        _ => {
            let listed = w.list_ranking();
            let top = w.ranked_by_variant();
            let nothing = listed.ranked.is_empty()
                && listed.unscored.is_empty()
                && listed.not_applicable.is_empty();
            // How sure a place is weighs the team's ratings: not said of the customers' ranking.
            let sure = (listed.ranked.get(w.priority.selected))
                .filter(|_| w.ranking.customers().is_none())
                .and_then(|r| w.sure_line(r.at, app.lang));
            let view = PriorityView {
                audit: &w.audit,
                ranking: &listed,
                top: &top,
                state: &w.priority,
                lang: app.lang,
                theme,
                empty: (nothing && !w.filter.is_empty()).then(|| t(app.lang, T::NoMatch)),
                sure,
                full,
                from: w.ranking.satisfaction_from(),
            };
            if w.gaps_only {
                frame.render_widget(GapsView { list: view }, body);
            } else {
                frame.render_widget(view, body);
            }
            T::PriorityTitle
        }
    };
    title_line(app, w, title, theme, frame, title_area);
    super::status::draw(app, w, theme, frame, status_area);
    if !full {
        super::hints::draw(app, theme, frame, hints);
    }
}

/// Last time's standing of the matrix's selected touchpoint, when the card would show it.
fn was(w: &Walk) -> Option<crate::model::compare::Point> {
    // Last time's standing is the team's: not drawn beside the customers' ranking.
    if w.ranking.customers().is_some() {
        return None;
    }
    let at = w.matrix.selected_touchpoint(w.ranking.shown())?;
    let p = w.previous.as_ref().filter(|_| w.shows_previous(at))?;
    p.row(at)?.first().copied()
}

/// Last time's standing of every ranked touchpoint the card would show it for, by index into
/// the ranking: the matrix marks where each one was.
fn before(w: &Walk) -> Vec<(usize, crate::model::compare::Point)> {
    let Some(p) = w
        .previous
        .as_ref()
        .filter(|_| w.ranking.customers().is_none())
    else {
        return Vec::new();
    };
    let ranked = &w.ranking.shown().ranked;
    (ranked.iter().enumerate())
        .filter(|(_, r)| w.shows_previous(r.at))
        .filter_map(|(i, r)| Some((i, *p.row(r.at)?.first()?)))
        .collect()
}

/// Where satisfaction comes from, once the audit has a survey (so a screenshot of either
/// ranking says which it is), and the data-gaps filter.
fn source_tags(w: &Walk, lang: crate::model::Lang, title: T) -> Vec<String> {
    let words = crate::i18n::evidence_views::words(lang);
    let surveyed = w.surveyed();
    let mut tags = Vec::new();
    match w.ranking.customers() {
        Some(_) => tags.push(format!("[{}] ", words.from_customers)),
        None if surveyed => tags.push(format!("[{}] ", words.from_team)),
        None => {}
    }
    if title == T::PriorityTitle && w.gaps_only {
        tags.push(format!("[{}] ", words.gaps_tag));
    }
    tags
}

/// "Priority matrix  Audit title  12 ranked · 2 critical".
fn title_line(app: &App, w: &Walk, title: T, theme: &Theme, frame: &mut Frame, area: Rect) {
    let lang = app.lang;
    let mut counts = format!(
        "{} {} · {}",
        w.ranking.shown().ranked.len(),
        t(lang, T::Ranked),
        ui::critical_count(lang, w.ranking.shown_critical())
    );
    if let Some(c) = w.ranking.customers() {
        counts.push_str(&format!(" · {}", not_surveyed(lang, c.not_surveyed.len())));
    }
    let label = format!(" {} ", t(lang, title));
    // What the list is showing (a variant, a filter) stands right after the screen's name, so
    // the room always sees it: the audit's title gives way first.
    let source = source_tags(w, lang, title);
    let mut tags = source.clone();
    if let Some(variant) = w.variant_name(lang).filter(|_| title == T::PriorityTitle) {
        tags.push(format!("[{variant}] "));
    }
    if title == T::PriorityTitle && w.discuss_only {
        tags.push(format!("[{}] ", t(lang, T::DiscussOnly)));
    }
    let tags_w: usize = tags.iter().map(|s| width(s)).sum();
    // Without the hints (full screen), the way back is said at the right.
    let back = format!("  {} ", t(lang, T::FullScreenOff));
    let back_w = if app.full_screen { back.width() } else { 0 };
    // The title gives way to the screen's name, the counts and the way back.
    let room = usize::from(area.width)
        .saturating_sub(width(&label) + tags_w + width(&counts) + 3 + back_w);
    let mut spans = vec![Span::styled(label, theme.title)];
    spans.extend(
        tags.into_iter()
            .map(|s| Span::styled(s, theme.status.flash)),
    );
    // Beside the source of satisfaction, a title with no room left goes rather than push the
    // counts off the line.
    if room >= 8 || source.is_empty() {
        spans.push(Span::raw(format!(
            " {}  ",
            super::audit_title(&w.audit, room)
        )));
    } else {
        spans.push(Span::raw(" "));
    }
    let used: usize = spans.iter().map(Span::width).sum();
    let counts = whole_pieces(&counts, usize::from(area.width).saturating_sub(used));
    spans.push(Span::styled(counts, theme.dim));
    let used: usize = spans.iter().map(Span::width).sum();
    if app.full_screen && used + back.width() <= usize::from(area.width) {
        let pad = usize::from(area.width) - used - back.width();
        spans.push(Span::raw(" ".repeat(pad)));
        spans.push(Span::styled(back, theme.dim));
    }
    let line = Line::from(spans);
    frame.render_widget(Paragraph::new(line), area);
}

/// As many of the ` · `-joined pieces of `counts` as fit whole in `room` columns, so a narrow
/// line drops a count ("not surveyed: 15") rather than cut it from its number.
fn whole_pieces(counts: &str, room: usize) -> String {
    let mut out = String::new();
    for piece in counts.split(" · ") {
        let next = if out.is_empty() {
            piece.to_string()
        } else {
            format!("{out} · {piece}")
        };
        if width(&next) > room {
            break;
        }
        out = next;
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn counts_give_way_a_whole_piece_at_a_time() {
        let counts = "6 ranked · 0 critical · not surveyed: 15";
        assert_eq!(super::whole_pieces(counts, 80), counts);
        assert_eq!(super::whole_pieces(counts, 38), "6 ranked · 0 critical");
        assert_eq!(super::whole_pieces(counts, 10), "6 ranked");
        assert_eq!(super::whole_pieces(counts, 5), "");
    }
}
