//! A small text editor for notes and prompts: grapheme-wise editing, display-width cursor.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Spaces a tab becomes.
const TAB: &str = "    ";

/// Editable text with a cursor on a grapheme boundary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Editor {
    text: String,
    /// Byte offset, always on a grapheme boundary.
    cursor: usize,
    multiline: bool,
}

impl Editor {
    /// An editor holding `text` with the cursor at its end.
    pub fn new(text: &str, multiline: bool) -> Self {
        let text = clean(text, multiline);
        Editor {
            cursor: text.len(),
            text,
            multiline,
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Inserts text at the cursor, dropping control characters (newlines kept when multi-line).
    pub fn insert(&mut self, s: &str) {
        let s = clean(s, self.multiline);
        self.text.insert_str(self.cursor, &s);
        self.cursor += s.len();
    }

    /// Handles one key; returns true when it changed the text.
    pub fn key(&mut self, key: KeyEvent) -> bool {
        // Alt+key usually is Esc typed quickly before a key; it must not type into the text.
        let plain = !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        // Word by word, as in a shell or a browser's text field: Ctrl or Alt with the arrows,
        // Alt+Backspace (Ctrl+Backspace where the terminal tells it apart) as Ctrl+W.
        let word = key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match key.code {
            KeyCode::Left if word => {
                self.cursor = self.word_start();
                return false;
            }
            KeyCode::Right if word => {
                self.cursor = self.word_end();
                return false;
            }
            KeyCode::Backspace if word => return self.control(KeyCode::Char('w')),
            _ => {}
        }
        if key.modifiers.contains(KeyModifiers::CONTROL) {
            return self.control(key.code);
        }
        match key.code {
            KeyCode::Char(c) if plain => self.insert(c.encode_utf8(&mut [0; 4])),
            KeyCode::Enter if self.multiline => self.insert("\n"),
            KeyCode::Tab => self.insert("\t"),
            KeyCode::Backspace => return self.backspace(),
            KeyCode::Delete => return self.delete(),
            KeyCode::Left => self.cursor = self.prev_boundary(),
            KeyCode::Right => self.cursor = self.next_boundary(),
            KeyCode::Home => self.cursor = self.line_start(),
            KeyCode::End => self.cursor = self.line_end(),
            KeyCode::Up => self.vertical(false),
            KeyCode::Down => self.vertical(true),
            _ => return false,
        }
        matches!(key.code, KeyCode::Char(_) | KeyCode::Enter | KeyCode::Tab)
    }

    /// The shell's editing keys: Ctrl+A and Ctrl+E go to the line's start and end, Ctrl+U and
    /// Ctrl+K delete to them, Ctrl+W deletes the word before the cursor.
    fn control(&mut self, code: KeyCode) -> bool {
        let from = match code {
            KeyCode::Char('a') => {
                self.cursor = self.line_start();
                return false;
            }
            KeyCode::Char('e') => {
                self.cursor = self.line_end();
                return false;
            }
            KeyCode::Char('u') => self.line_start(),
            KeyCode::Char('w') => self.word_start(),
            KeyCode::Char('k') => {
                let end = self.line_end();
                if end == self.cursor {
                    return false;
                }
                self.text.replace_range(self.cursor..end, "");
                return true;
            }
            _ => return false,
        };
        if from == self.cursor {
            return false;
        }
        self.text.replace_range(from..self.cursor, "");
        self.cursor = from;
        true
    }

    /// Where the word before the cursor starts (spaces before the cursor skipped first).
    fn word_start(&self) -> usize {
        let before = &self.text[self.line_start()..self.cursor];
        let trimmed = before.trim_end_matches([' ', '\t']);
        let start = trimmed
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        self.line_start() + start
    }

    /// Where the word after the cursor ends (spaces after the cursor skipped first).
    fn word_end(&self) -> usize {
        let after = &self.text[self.cursor..self.line_end()];
        let skipped = after.len() - after.trim_start_matches([' ', '\t']).len();
        let rest = &after[skipped..];
        let word = rest.find(char::is_whitespace).unwrap_or(rest.len());
        self.cursor + skipped + word
    }

    fn backspace(&mut self) -> bool {
        let start = self.prev_boundary();
        if start == self.cursor {
            return false;
        }
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
        true
    }

    fn delete(&mut self) -> bool {
        let end = self.next_boundary();
        if end == self.cursor {
            return false;
        }
        self.text.replace_range(self.cursor..end, "");
        true
    }

    fn prev_boundary(&self) -> usize {
        self.text[..self.cursor]
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn next_boundary(&self) -> usize {
        self.text[self.cursor..]
            .graphemes(true)
            .next()
            .map_or(self.cursor, |g| self.cursor + g.len())
    }

    fn line_start(&self) -> usize {
        self.text[..self.cursor].rfind('\n').map_or(0, |i| i + 1)
    }

    fn line_end(&self) -> usize {
        self.text[self.cursor..]
            .find('\n')
            .map_or(self.text.len(), |i| self.cursor + i)
    }

    /// Moves to the adjacent line, keeping the display column as near as the text allows.
    fn vertical(&mut self, down: bool) {
        let col = self.text[self.line_start()..self.cursor].width();
        let target = if down {
            let end = self.line_end();
            if end == self.text.len() {
                return;
            }
            end + 1
        } else {
            let start = self.line_start();
            if start == 0 {
                return;
            }
            self.text[..start - 1].rfind('\n').map_or(0, |i| i + 1)
        };
        let line_end = self.text[target..]
            .find('\n')
            .map_or(self.text.len(), |i| target + i);
        let mut pos = target;
        for (i, g) in self.text[target..line_end].grapheme_indices(true) {
            if self.text[target..target + i + g.len()].width() > col {
                break;
            }
            pos = target + i + g.len();
        }
        self.cursor = pos;
    }

    /// The text soft-wrapped to `width` columns, and the cursor's row and column in it.
    pub fn wrapped(&self, width: usize) -> (Vec<&str>, (usize, usize)) {
        let ranges = crate::text::wrap_ranges(&self.text, width);
        let at = crate::text::place_in(&self.text, &ranges, self.cursor);
        let lines = ranges.into_iter().map(|r| &self.text[r]).collect();
        (lines, at)
    }

    /// The cursor as (line, display column), for drawing.
    pub fn cursor_position(&self) -> (usize, usize) {
        let before = &self.text[..self.cursor];
        let line = before.matches('\n').count();
        (line, before[self.line_start()..].width())
    }
}

/// Strips control characters; tabs become spaces, CRLF and CR become newlines (or spaces).
fn clean(s: &str, multiline: bool) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\n' if multiline => out.push('\n'),
            '\n' => out.push(' '),
            '\t' => out.push_str(TAB),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(e: &mut Editor, code: KeyCode) {
        e.key(KeyEvent::new(code, KeyModifiers::NONE));
    }

    #[test]
    fn backspace_removes_a_whole_grapheme() {
        let mut e = Editor::new("Привет 👍🏽", false);
        press(&mut e, KeyCode::Backspace);
        assert_eq!(e.text(), "Привет ");
        press(&mut e, KeyCode::Left);
        press(&mut e, KeyCode::Backspace);
        assert_eq!(e.text(), "Приве ");
        assert_eq!(e.cursor_position(), (0, 5));
    }

    #[test]
    fn paste_strips_controls_and_expands_tabs() {
        let mut e = Editor::new("", true);
        e.insert("a\tb\u{1b}[31m\r\nс\u{7}");
        assert_eq!(e.text(), "a    b[31m\nс");
        let mut one = Editor::new("", false);
        one.insert("x\ny");
        assert_eq!(one.text(), "x y");
    }

    #[test]
    fn control_and_alt_keys_do_not_type() {
        let mut e = Editor::new("a", false);
        assert!(!e.key(KeyEvent::new(KeyCode::Char('q'), KeyModifiers::ALT)));
        assert!(!e.key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)));
        assert_eq!(e.text(), "a");
    }

    #[test]
    fn ctrl_and_alt_arrows_move_by_word_and_alt_backspace_deletes_one() {
        let with = |code, m| KeyEvent::new(code, m);
        let mut e = Editor::new("Анна  Смирнова, owner", false);
        e.key(with(KeyCode::Left, KeyModifiers::CONTROL));
        assert_eq!(e.cursor_position(), (0, 16), "before `owner`");
        e.key(with(KeyCode::Left, KeyModifiers::ALT));
        assert_eq!(e.cursor_position(), (0, 6), "before `Смирнова,`");
        e.key(with(KeyCode::Left, KeyModifiers::CONTROL));
        e.key(with(KeyCode::Left, KeyModifiers::CONTROL));
        assert_eq!(e.cursor_position(), (0, 0), "stops at the start");
        e.key(with(KeyCode::Right, KeyModifiers::CONTROL));
        assert_eq!(e.cursor_position(), (0, 4), "after `Анна`");
        e.key(with(KeyCode::Right, KeyModifiers::ALT));
        assert_eq!(e.cursor_position(), (0, 15), "after `Смирнова,`");
        assert!(e.key(with(KeyCode::Backspace, KeyModifiers::ALT)));
        assert_eq!(e.text(), "Анна   owner");
        e.key(with(KeyCode::End, KeyModifiers::NONE));
        e.key(with(KeyCode::Right, KeyModifiers::CONTROL));
        assert_eq!(e.cursor_position(), (0, 12), "stops at the end");
    }

    fn ctrl(e: &mut Editor, c: char) -> bool {
        e.key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
    }

    #[test]
    fn the_shell_editing_keys_work() {
        let mut e = Editor::new("Participant 1", false);
        assert!(ctrl(&mut e, 'w'));
        assert_eq!(e.text(), "Participant ");
        assert!(ctrl(&mut e, 'u'));
        assert_eq!(e.text(), "");
        e.insert("Анна Смирнова");
        ctrl(&mut e, 'a');
        assert_eq!(e.cursor_position(), (0, 0));
        press(&mut e, KeyCode::Delete);
        assert_eq!(e.text(), "нна Смирнова");
        press(&mut e, KeyCode::Right);
        press(&mut e, KeyCode::Right);
        assert!(ctrl(&mut e, 'k'));
        assert_eq!(e.text(), "нн");
        press(&mut e, KeyCode::Home);
        e.insert("А");
        ctrl(&mut e, 'e');
        press(&mut e, KeyCode::End);
        e.insert("а");
        assert_eq!(e.text(), "Анна");
        press(&mut e, KeyCode::Left);
        assert_eq!(e.cursor_position(), (0, 3));
        // Only the current line goes in a multi-line text.
        let mut notes = Editor::new("one\ntwo words", true);
        ctrl(&mut notes, 'w');
        ctrl(&mut notes, 'u');
        assert_eq!(notes.text(), "one\n");
    }

    #[test]
    fn up_and_down_keep_the_display_column() {
        let mut e = Editor::new("日本語\nabcdef", true);
        press(&mut e, KeyCode::Up);
        assert_eq!(e.cursor_position(), (0, 6));
        press(&mut e, KeyCode::Left);
        press(&mut e, KeyCode::Down);
        assert_eq!(e.cursor_position(), (1, 4));
    }
}
