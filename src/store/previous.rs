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
}
