//! Stable ids for stages, touchpoints and participants, so files merge well in git.

/// A readable id from a name: ASCII letters and digits, Cyrillic transliterated, `-` between words.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.to_lowercase().chars() {
        let piece: &str = match c {
            'a'..='z' | '0'..='9' => {
                out.push(c);
                continue;
            }
            'а' => "a",
            'б' => "b",
            'в' => "v",
            'г' => "g",
            'д' => "d",
            'е' | 'ё' | 'э' => "e",
            'ж' => "zh",
            'з' => "z",
            'и' | 'й' | 'ы' => "i",
            'к' => "k",
            'л' => "l",
            'м' => "m",
            'н' => "n",
            'о' => "o",
            'п' => "p",
            'р' => "r",
            'с' => "s",
            'т' => "t",
            'у' => "u",
            'ф' => "f",
            'х' => "h",
            'ц' => "ts",
            'ч' => "ch",
            'ш' => "sh",
            'щ' => "sch",
            'ю' => "yu",
            'я' => "ya",
            'ъ' | 'ь' => "",
            _ => "-",
        };
        out.push_str(piece);
    }
    let joined: Vec<&str> = out.split('-').filter(|p| !p.is_empty()).collect();
    let mut slug = joined.join("-");
    slug.truncate(40);
    slug.trim_end_matches('-').to_string()
}

/// An id derived from `name` that `taken` does not report as used: `slug`, `slug-2`, `slug-3`, …
pub fn unique_id(prefix: &str, name: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = match slug(name) {
        s if s.is_empty() => prefix.to_string(),
        s => s,
    };
    if !taken(&base) {
        return base;
    }
    (2..)
        .map(|n| format!("{base}-{n}"))
        .find(|id| !taken(id))
        .expect("an unbounded range always yields a free id")
}

/// Ids handed out in bulk (an import of many rows): like [`unique_id`], without probing
/// `slug-2`, `slug-3`, … from the start for every name that shares a slug, so claiming n ids
/// costs O(n) whatever the names.
#[derive(Debug, Default)]
pub struct IdPool {
    taken: std::collections::HashSet<String>,
    /// The next suffix worth trying for each slug already claimed.
    next: std::collections::HashMap<String, usize>,
}

impl IdPool {
    /// A pool in which `taken` ids are already used.
    pub fn with_taken(taken: impl IntoIterator<Item = String>) -> IdPool {
        IdPool {
            taken: taken.into_iter().collect(),
            next: Default::default(),
        }
    }

    /// The id [`unique_id`] would give `name` with every id claimed so far taken.
    pub fn claim(&mut self, prefix: &str, name: &str) -> String {
        let base = match slug(name) {
            s if s.is_empty() => prefix.to_string(),
            s => s,
        };
        let id = if self.taken.contains(&base) {
            let start = self.next.get(&base).copied().unwrap_or(2);
            let (n, id) = (start..)
                .map(|n| (n, format!("{base}-{n}")))
                .find(|(_, id)| !self.taken.contains(id))
                .expect("an unbounded range always yields a free id");
            self.next.insert(base, n + 1);
            id
        } else {
            base
        };
        self.taken.insert(id.clone());
        id
    }
}

/// Why a name cannot be an audit's file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameProblem {
    Empty,
    SpaceAtEdge,
    LeadingDot,
    ForbiddenCharacter,
    TooLong,
    /// A name Windows keeps for a device (`CON`, `NUL`, `COM1` …), with or without extension.
    ReservedOnWindows,
    /// Windows drops a trailing dot from a file name, so the file would be another's.
    TrailingDot,
}

impl std::fmt::Display for NameProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NameProblem::Empty => "it is empty",
            NameProblem::SpaceAtEdge => "it starts or ends with a space",
            NameProblem::LeadingDot => "it starts with a dot",
            NameProblem::ForbiddenCharacter => {
                "it contains one of / \\ : * ? \" < > | or a control character"
            }
            NameProblem::TooLong => "it is longer than 100 characters",
            NameProblem::ReservedOnWindows => {
                "Windows keeps this name for a device (CON, PRN, AUX, NUL, COM0–COM9, \
                 LPT0–LPT9), so the file could not be opened there; add a word to it"
            }
            NameProblem::TrailingDot => {
                "it ends with a dot, which Windows drops from file names; remove the dot"
            }
        })
    }
}

#[cfg(test)]
mod pool_tests {
    use super::{IdPool, unique_id};

    #[test]
    fn a_pool_gives_the_ids_unique_id_gives_one_by_one() {
        let names = [
            "Сайт",
            "сайт!",
            "Site",
            "site",
            "site-2",
            "site",
            "",
            "?",
            "Касса",
            "site 2",
            "site",
        ];
        let mut taken = vec!["site".to_string(), "tp".to_string()];
        let mut pool = IdPool::with_taken(taken.clone());
        for name in names {
            let expected = unique_id("tp", name, |id| taken.iter().any(|t| t == id));
            taken.push(expected.clone());
            assert_eq!(pool.claim("tp", name), expected, "{name:?}");
        }
    }
}
