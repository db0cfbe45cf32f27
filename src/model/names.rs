//! Participant names as people type them on a phone or a keyboard: made fit to show, and folded
//! for matching so that two names that look alike are one name.
//!
//! Invisible format characters (Unicode category Cf: zero-width spaces and joiners, direction
//! overrides such as U+202E, the byte-order mark) are removed, as are control characters; runs
//! of white space become one space. A name that is empty afterwards, or longer than
//! [`NAME_MAX`] characters, is refused rather than cut, so that nobody's name is changed
//! silently.
//!
//! Matching folds case and confusable look-alikes with the UTS #39 skeleton (the
//! `unicode-security` crate, maintained with the Rust compiler, which uses it for confusable
//! identifiers): a Cyrillic "А" matches a Latin "A", "ANNA" matches "anna".

use unicode_general_category::{GeneralCategory, get_general_category};

/// The longest name taken, in characters.
pub const NAME_MAX: usize = 40;

/// Why a name was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    /// Nothing visible is left.
    Empty,
    /// More than [`NAME_MAX`] characters.
    TooLong { max: usize },
}

/// Whether a character is never shown: a format character (Cf) or a control character.
fn invisible(c: char) -> bool {
    c.is_control() || get_general_category(c) == GeneralCategory::Format
}

/// A name fit to show: invisible characters removed, white space made single spaces and
/// trimmed; refused when nothing is left or it is over [`NAME_MAX`] characters.
pub fn clean(raw: &str) -> Result<String, NameError> {
    let visible: String = raw
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .filter(|c| !invisible(*c))
        .collect();
    let name = visible.split_whitespace().collect::<Vec<_>>().join(" ");
    match name.chars().count() {
        0 => Err(NameError::Empty),
        n if n > NAME_MAX => Err(NameError::TooLong { max: NAME_MAX }),
        _ => Ok(name),
    }
}

/// The form two names are compared in: invisible characters and extra white space gone, case
/// folded, confusable look-alikes mapped to one prototype. Not for showing.
pub fn fold(name: &str) -> String {
    let visible: String = name.chars().filter(|c| !invisible(*c)).collect();
    let spaced = visible.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = spaced.to_lowercase();
    let skeleton: String = unicode_security::skeleton(&lower).collect();
    skeleton.to_lowercase()
}

/// Whether two names are the same name to a person reading them.
pub fn same(a: &str, b: &str) -> bool {
    fold(a) == fold(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_characters_are_removed_and_white_space_made_single() {
        assert_eq!(clean("An\u{200B}na"), Ok("Anna".into()));
        assert_eq!(clean("\u{202E}Boris\u{202C}"), Ok("Boris".into()));
        assert_eq!(
            clean("\u{FEFF}  Clara \t Ivanova \n"),
            Ok("Clara Ivanova".into())
        );
        assert_eq!(clean("Da\u{2060}na\u{200D}"), Ok("Dana".into()));
        assert_eq!(clean("Eve\u{0007}"), Ok("Eve".into()));
    }

    #[test]
    fn an_invisible_or_over_long_name_is_refused_not_cut() {
        assert_eq!(clean(""), Err(NameError::Empty));
        assert_eq!(clean("\u{200B}\u{200B}\u{200C}"), Err(NameError::Empty));
        assert_eq!(clean(" \u{202E} "), Err(NameError::Empty));
        let longest = "x".repeat(NAME_MAX);
        assert_eq!(clean(&longest), Ok(longest.clone()));
        assert_eq!(
            clean(&format!("{longest}y")),
            Err(NameError::TooLong { max: NAME_MAX })
        );
        // Characters, not bytes: forty Cyrillic letters fit.
        assert!(clean(&"ж".repeat(NAME_MAX)).is_ok());
        // Invisible characters do not count towards the limit.
        assert!(clean(&format!("{longest}\u{200B}")).is_ok());
    }

    #[test]
    fn look_alikes_match_and_different_names_do_not() {
        assert!(same("Anna", "ANNA"));
        assert!(same("Anna", "anna\u{200B}"));
        assert!(same("Anna", "\u{0410}nna"), "Cyrillic capital A");
        assert!(same("anna", "\u{0430}nn\u{0430}"), "Cyrillic small a");
        assert!(same("Olga", "\u{041E}lga"), "Cyrillic capital O");
        assert!(same("Ivan Petrov", " Ivan  Petrov "));
        assert!(same("Семён", "семён"));
        assert!(!same("Anna", "Anan"));
        assert!(!same("Anna", "Hanna"));
        assert!(!same("Boris", "Borys"));
    }
}
