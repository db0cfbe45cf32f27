//! Text fitted by display width, for the layout and for drawing alike. Cuts never split a
//! grapheme, so Cyrillic, CJK and emoji align; widths come from `unicode-width` (`width()`,
//! never `width_cjk()`). It sits beside `app` and `ui` rather than in either: the layout
//! measures text to know where a click lands, the views measure it to draw.

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Display width in terminal columns.
pub fn width(s: &str) -> usize {
    s.width()
}

/// Control characters (a stray newline in a name) would break a one-line cell.
pub fn clean(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// `s` cut to at most `max` columns, without a mark where it was cut.
pub fn cut(s: &str, max: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for g in s.graphemes(true) {
        let gw = g.width();
        if used + gw > max {
            break;
        }
        used += gw;
        out.push_str(g);
    }
    out
}

/// `s` on one line, cut to at most `max` columns, ending in `…` when cut.
pub fn fit(s: &str, max: usize) -> String {
    let s = clean(s);
    if s.width() <= max {
        return s;
    }
    if max == 0 {
        return String::new();
    }
    let mut out = cut(&s, max - 1);
    out.push('…');
    out
}

/// `s` fitted and padded to exactly `w` columns, left-aligned.
pub fn pad(s: &str, w: usize) -> String {
    let mut out = fit(s, w);
    let fill = w.saturating_sub(out.width());
    out.extend(std::iter::repeat_n(' ', fill));
    out
}

/// `s` fitted and padded to exactly `w` columns, right-aligned.
pub fn pad_left(s: &str, w: usize) -> String {
    let body = fit(s, w);
    let fill = w.saturating_sub(body.width());
    let mut out: String = std::iter::repeat_n(' ', fill).collect();
    out.push_str(&body);
    out
}

/// Word-wraps every paragraph of `text` by display width; over-long words are cut.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut out = Vec::new();
    for para in text.lines() {
        let mut line = String::new();
        for word in para.split_whitespace() {
            let word = cut(word, width);
            if !line.is_empty() && line.width() + 1 + word.width() > width {
                out.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&word);
        }
        if !line.is_empty() {
            out.push(line);
        }
    }
    out
}

/// Editable text soft-wrapped into lines of at most `width` columns, as byte ranges into
/// `text`: unlike [`wrap`], nothing is dropped or cut, so a cursor has a place on screen
/// ([`place_in`]). Each paragraph breaks after a space where it can (the space hangs at the end
/// of its line), else inside a word too long for a line; an empty paragraph is an empty line.
/// The newlines themselves belong to no line.
pub fn wrap_ranges(text: &str, width: usize) -> Vec<std::ops::Range<usize>> {
    let width = width.max(1);
    let mut out = Vec::new();
    let mut para = 0;
    for line in text.split('\n') {
        let end = para + line.len();
        let mut start = para;
        loop {
            let cut = line_break(&text[start..end], width);
            out.push(start..start + cut);
            start += cut;
            if start >= end {
                break;
            }
        }
        para = end + 1;
    }
    out
}

/// Where the first wrapped line of `rest` ends: after the last space that fits (a space just
/// past the edge hangs on the line), else after as much as fits (one grapheme at least).
fn line_break(rest: &str, width: usize) -> usize {
    let (mut used, mut fitted, mut after_space) = (0, 0, None);
    for (i, g) in rest.grapheme_indices(true) {
        let gw = g.width();
        if used + gw > width && fitted > 0 {
            return match g {
                " " => i + 1,
                _ => after_space.unwrap_or(fitted),
            };
        }
        used += gw;
        fitted = i + g.len();
        if g == " " {
            after_space = Some(fitted);
        }
    }
    rest.len()
}

/// The row and display column of byte `cursor` in `text` wrapped as `lines` (from
/// [`wrap_ranges`]); at a soft break the cursor is at the start of the next line.
pub fn place_in(text: &str, lines: &[std::ops::Range<usize>], cursor: usize) -> (usize, usize) {
    let row = lines.iter().rposition(|r| r.start <= cursor).unwrap_or(0);
    let col = lines
        .get(row)
        .and_then(|r| text.get(r.start..cursor.max(r.start)))
        .map_or(0, UnicodeWidthStr::width);
    (row, col)
}

/// `s` wrapped at word boundaries into at most `lines` lines of at most `max` columns;
/// the last line ends in `…` when text remains.
pub fn wrap_lines(s: &str, max: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if max == 0 || lines == 0 {
        return out;
    }
    let s = clean(s);
    let mut current = String::new();
    let mut was_cut = false;
    for word in s.split_whitespace() {
        let joined = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if joined.width() <= max {
            current = joined;
            continue;
        }
        if !current.is_empty() {
            out.push(fit(&std::mem::take(&mut current), max));
        }
        if out.len() == lines {
            was_cut = true;
            break;
        }
        current = word.to_string();
    }
    if !current.is_empty() {
        out.push(current);
    }
    if let Some(last) = out.last_mut() {
        *last = if was_cut {
            ending_cut(last, max)
        } else {
            fit(last, max)
        };
    }
    out
}

/// The last line of a cut text marked with `…` (` …` where there is room), giving up whole
/// words rather than cut one for the mark (a single word too long for the line is cut).
fn ending_cut(line: &str, max: usize) -> String {
    let mut words: Vec<&str> = line.split(' ').collect();
    while words.len() > 1 && words.join(" ").width() + 1 > max {
        words.pop();
    }
    let kept = words.join(" ");
    if kept.width() + 2 <= max {
        format!("{kept} …")
    } else {
        fit(&format!("{kept}…"), max)
    }
}

/// `s` on one line of at most `max` columns, cut after a whole word with `…` when it is longer.
pub fn cut_at_word(s: &str, max: usize) -> String {
    wrap_lines(s, max, 1).into_iter().next().unwrap_or_default()
}

/// Lays whole pieces onto lines of at most `width` columns; a piece wider than a line runs
/// over several, broken between words, so none of its text is lost. Each piece keeps its tag
/// (a style role, say) through the flow.
pub fn flow<R: Clone>(pieces: Vec<(String, R)>, width: usize) -> Vec<Vec<(String, R)>> {
    let mut lines = Vec::new();
    let mut line = Vec::new();
    let mut used = 0;
    for (text, tag) in pieces {
        let w = text.width();
        if used + w > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if w > width {
            // Its lines keep the piece's own indent.
            let body = text.trim_start();
            let indent = &text[..text.len() - body.len()];
            let room = width.saturating_sub(indent.width()).max(1);
            let mut parts: Vec<String> = (wrap(body, room).into_iter())
                .map(|part| format!("{indent}{part}"))
                .collect();
            let last = parts.pop().unwrap_or_default();
            lines.extend(parts.into_iter().map(|part| vec![(part, tag.clone())]));
            used = last.width();
            line.push((last, tag));
            continue;
        }
        used += w;
        line.push((text, tag));
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The first non-blank line of a text, trimmed.
pub fn first_line(s: &str) -> &str {
    s.lines()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .unwrap_or("")
}

/// An English count with its noun: `1 touchpoint`, `0 touchpoints`, `3 touchpoints`.
pub fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A Russian count with the noun's form its number takes: `1 точка`, `3 точки`, `5 точек`
/// (`one` after 1, 21, 31…; `few` after 2–4, 22–24…; `many` otherwise, 11–14 included).
pub fn ru_count(n: usize, one: &str, few: &str, many: &str) -> String {
    let form = match (n % 10, n % 100) {
        (_, 11..=14) => many,
        (1, _) => one,
        (2..=4, _) => few,
        _ => many,
    };
    format!("{n} {form}")
}

/// The text with its first letter in upper case.
pub fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_counts_take_the_form_their_number_asks_for() {
        let f = |n| ru_count(n, "точка", "точки", "точек");
        assert_eq!(f(1), "1 точка");
        assert_eq!(f(3), "3 точки");
        assert_eq!(f(5), "5 точек");
        assert_eq!(f(11), "11 точек");
        assert_eq!(f(12), "12 точек");
        assert_eq!(f(21), "21 точка");
        assert_eq!(f(24), "24 точки");
        assert_eq!(f(0), "0 точек");
        assert_eq!(f(111), "111 точек");
    }

    #[test]
    fn counts_agree_with_their_number() {
        assert_eq!(count(0, "touchpoint", "touchpoints"), "0 touchpoints");
        assert_eq!(count(1, "touchpoint", "touchpoints"), "1 touchpoint");
        assert_eq!(count(21, "stage", "stages"), "21 stages");
    }

    #[test]
    fn cuts_keep_graphemes_whole_and_measure_wide_characters() {
        assert_eq!(cut("日本語", 5), "日本");
        assert_eq!(fit("Привет, мир", 7), "Привет…");
        assert_eq!(pad("ab", 4), "ab  ");
        assert_eq!(pad_left("ab", 4), "  ab");
        assert_eq!(fit("a\nb", 3), "a b");
    }

    #[test]
    fn wrapping_by_words_cuts_only_words_longer_than_the_line() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("abcdefghij", 4), ["abcd"]);
        assert_eq!(
            wrap_lines("one two three four", 7, 2),
            ["one two", "three …"]
        );
        assert_eq!(wrap_lines("aaaa bbbbb cccc", 10, 1), ["aaaa …"]);
        assert_eq!(
            cut_at_word("Сохранено в файл отчёта", 18),
            "Сохранено в файл …"
        );
        assert_eq!(cut_at_word("short", 18), "short");
    }

    #[test]
    fn editable_text_wraps_after_spaces_and_keeps_every_character() {
        let text = "Очередь у кассы\n\nдлинноесловобезпробелов ok";
        let lines = wrap_ranges(text, 10);
        let shown: Vec<&str> = lines.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(
            shown,
            [
                "Очередь у ",
                "кассы",
                "",
                "длинноесло",
                "вобезпробе",
                "лов ok"
            ]
        );
        // The cursor after "у " is at the start of the next line; at a newline, at its end.
        let after_u = text.find("кассы").expect("word");
        assert_eq!(place_in(text, &lines, after_u), (1, 0));
        assert_eq!(place_in(text, &lines, after_u + "кассы".len()), (1, 5));
        assert_eq!(place_in(text, &lines, text.len()), (5, 6));
        let empty = wrap_ranges("", 10);
        assert!(empty.len() == 1 && empty[0].is_empty(), "{empty:?}");
        assert_eq!(place_in("", &wrap_ranges("", 10), 0), (0, 0));
    }

    #[test]
    fn flow_keeps_pieces_whole_and_tags_attached() {
        let pieces = vec![("aa ".to_string(), 1), ("bb ".into(), 2), ("cc".into(), 3)];
        let lines = flow(pieces, 6);
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[1], vec![("cc".to_string(), 3)]);
    }

    #[test]
    fn flow_breaks_a_piece_wider_than_a_line_between_words_and_loses_nothing() {
        let pieces = vec![
            ("• First response in chat: 14 min".to_string(), 1),
            (" · missed".into(), 2),
        ];
        let lines = flow(pieces, 30);
        let text: Vec<String> = lines
            .iter()
            .map(|l| l.iter().map(|(t, _)| t.as_str()).collect())
            .collect();
        assert_eq!(text, ["• First response in chat: 14", "min · missed"]);
        assert_eq!(lines[1][1].1, 2, "the tag stays with its piece");
        let indented = flow(vec![("  Anna Berg, the owner ✓".to_string(), 1)], 20);
        let text: Vec<&str> = indented.iter().map(|l| l[0].0.as_str()).collect();
        assert_eq!(text, ["  Anna Berg, the", "  owner ✓"]);
    }
}
