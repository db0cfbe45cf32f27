//! The audit a re-audit follows: a file `NAME.ron` beside it.

use std::path::{Path, PathBuf};

use super::audit_file::load;
use super::datadir::check_name;
use super::error::Result;
use crate::model::Audit;

/// Where the audit that `audit` (read from `path`) follows would be; `None` when it names none
/// or a name that is not a plain file name.
pub fn previous_path(path: &Path, audit: &Audit) -> Option<PathBuf> {
    let name = audit.previous.as_deref()?;
    check_name(name).ok()?;
    Some(path.with_file_name(format!("{name}.ron")))
}

/// The audit that `audit` follows: `None` when it names none or its file is not there; the
/// error when the file is there but cannot be read.
pub fn load_previous(path: &Path, audit: &Audit) -> Option<Result<Audit>> {
    let previous = previous_path(path, audit)?;
    previous.is_file().then(|| load(&previous))
}

/// The audits before `audit` (read from `path`) in its chain, each the one the next follows,
/// oldest first: as many as are beside `path` and readable, at most `max`, none twice (a
/// chain that loops back stops there). Each comes with its file name.
pub fn load_chain(path: &Path, audit: &Audit, max: usize) -> Vec<(String, Audit)> {
    let mut chain: Vec<(String, Audit)> = Vec::new();
    let own = path.file_stem().map(|s| s.to_string_lossy().into_owned());
    let mut seen: std::collections::HashSet<String> = own.into_iter().collect();
    while chain.len() < max {
        let from = chain.last().map_or(audit, |(_, a)| a);
        let Some(name) = from.previous.clone() else {
            break;
        };
        if !seen.insert(name.clone()) {
            break;
        }
        let Some(Ok(a)) = load_previous(path, from) else {
            break;
        };
        chain.push((name, a));
    }
    chain.reverse();
    chain
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Lang;

    #[test]
    fn the_previous_audit_is_a_plain_name_beside_the_file() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("q1.ron");
        let mut a = Audit::new("q1", Lang::En, jiff::Timestamp::UNIX_EPOCH);
        assert!(load_previous(&path, &a).is_none());
        a.previous = Some("q4".into());
        assert_eq!(previous_path(&path, &a), Some(dir.path().join("q4.ron")));
        assert!(
            load_previous(&path, &a).is_none(),
            "no file, no previous audit"
        );
        crate::store::save(
            &dir.path().join("q4.ron"),
            &Audit::new("q4", Lang::En, jiff::Timestamp::UNIX_EPOCH),
        )
        .expect("save");
        assert!(matches!(load_previous(&path, &a), Some(Ok(p)) if p.name == "q4"));
        std::fs::write(dir.path().join("q4.ron"), "(broken").expect("write");
        assert!(matches!(load_previous(&path, &a), Some(Err(_))));
        a.previous = Some("../q4".into());
        assert_eq!(previous_path(&path, &a), None);
    }

    #[test]
    fn a_chain_is_read_oldest_first_and_stops_at_a_gap_a_loop_or_the_limit() {
        let dir = tempfile::tempdir().expect("temp dir");
        let save = |name: &str, previous: Option<&str>| {
            let mut a = Audit::new(name, Lang::En, jiff::Timestamp::UNIX_EPOCH);
            a.previous = previous.map(String::from);
            crate::store::save(&dir.path().join(format!("{name}.ron")), &a).expect("save");
            a
        };
        save("q1", None);
        save("q2", Some("q1"));
        let q3 = save("q3", Some("q2"));
        let q4 = save("q4", Some("q3"));
        let path = dir.path().join("q4.ron");
        let names = |chain: Vec<(String, Audit)>| -> Vec<String> {
            chain
                .into_iter()
                .map(|(n, a)| {
                    assert_eq!(n, a.name);
                    n
                })
                .collect()
        };
        assert_eq!(names(load_chain(&path, &q4, 10)), ["q1", "q2", "q3"]);
        assert_eq!(names(load_chain(&path, &q4, 2)), ["q2", "q3"]);
        assert_eq!(names(load_chain(&path, &q3, 10)), ["q1", "q2"]);
        // A loop back to the open audit stops there.
        save("q1", Some("q4"));
        assert_eq!(names(load_chain(&path, &q4, 10)), ["q1", "q2", "q3"]);
        // A gap ends the chain.
        std::fs::remove_file(dir.path().join("q2.ron")).expect("remove");
        assert_eq!(names(load_chain(&path, &q4, 10)), ["q3"]);
    }
}
