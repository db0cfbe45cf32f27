//! A running workshop's secrets, kept beside its audit until the workshop ends: the join URL's
//! token and each joined phone's key. A restart of tpaudit (a crash, a quit and reopen) reads
//! them back, so the room keeps its URL and every phone stays joined.
//!
//! They live in a side file, `NAME.ron.workshop`, never in the audit file: the audit is shared
//! (git, e-mail), the keys are not. The file is written atomically with [`write_atomic_with`]
//! and readable by its owner only.

use std::collections::BTreeMap;
use std::fs::File;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::atomic::write_atomic_with;
use super::error::{Result, StoreError};

/// What a workshop needs to go on after a restart.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Secrets {
    /// The join URL's token.
    pub token: String,
    /// Each joined phone's key, by participant id.
    #[serde(default)]
    pub keys: BTreeMap<String, String>,
    /// The port the workshop listened on: a restart without `--port` listens there again, so
    /// the URL stays the same even when the first start had to take a free port.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub port: Option<u16>,
}

/// The side file of an audit's workshop: `NAME.ron.workshop`.
pub fn secrets_path(audit: &Path) -> PathBuf {
    super::atomic::side_path(audit, ".workshop")
}

/// The secrets of the audit's running workshop; `None` when there is none.
pub fn load(audit: &Path) -> Result<Option<Secrets>> {
    let path = secrets_path(audit);
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(StoreError::io(path, e)),
    };
    ron::from_str(&text)
        .map(Some)
        .map_err(|e| super::audit_file::syntax_error(&path, &e))
}

/// Writes the secrets beside the audit, whole or not at all, readable by the owner only.
pub fn save(audit: &Path, secrets: &Secrets) -> Result<()> {
    let path = secrets_path(audit);
    let text =
        ron::ser::to_string_pretty(secrets, ron::ser::PrettyConfig::default()).map_err(|e| {
            StoreError::Serialize {
                path: path.clone(),
                message: e.to_string(),
            }
        })?;
    write_atomic_with(&path, |file| {
        owner_only(file)?;
        std::io::Write::write_all(file, text.as_bytes())
    })
    .map_err(|e| StoreError::io(&path, e))
}

#[cfg(unix)]
fn owner_only(file: &mut File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn owner_only(_file: &mut File) -> std::io::Result<()> {
    Ok(())
}

/// Forgets the workshop's secrets: it has ended, its URL and keys no longer work.
pub fn remove(audit: &Path) -> Result<()> {
    let path = secrets_path(audit);
    match std::fs::remove_file(&path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(StoreError::io(path, e)),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secrets() -> Secrets {
        Secrets {
            token: "t".repeat(22),
            keys: [("anna".to_string(), "k".repeat(22))].into(),
            port: Some(8766),
        }
    }

    #[test]
    fn a_side_file_without_a_port_still_reads() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let audit = dir.path().join("shop.ron");
        let token = "t".repeat(22);
        std::fs::write(
            secrets_path(&audit),
            format!("(token: \"{token}\", keys: {{}})"),
        )
        .expect("a side file written before ports were kept");
        let read = load(&audit).expect("read").expect("a workshop");
        assert_eq!((read.token, read.port), (token, None));
    }

    #[test]
    fn the_secrets_survive_a_restart_beside_the_audit_never_in_it() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let audit = dir.path().join("shop.ron");
        std::fs::write(&audit, "audit").expect("an audit file");
        assert_eq!(load(&audit).expect("no file is no workshop"), None);
        save(&audit, &secrets()).expect("saved");
        assert_eq!(load(&audit).expect("read back"), Some(secrets()));
        assert_eq!(secrets_path(&audit), dir.path().join("shop.ron.workshop"));
        assert_eq!(std::fs::read_to_string(&audit).expect("the audit"), "audit");
        let leftovers: Vec<_> = std::fs::read_dir(dir.path())
            .expect("the folder")
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "no temp file left: {leftovers:?}");
        remove(&audit).expect("removed");
        assert_eq!(load(&audit).expect("gone"), None);
        remove(&audit).expect("removing twice is fine");
    }

    #[cfg(unix)]
    #[test]
    fn only_the_owner_can_read_the_keys() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("a temp dir");
        let audit = dir.path().join("shop.ron");
        save(&audit, &secrets()).expect("saved");
        let mode = std::fs::metadata(secrets_path(&audit))
            .expect("the side file")
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "mode {mode:o}");
    }

    #[test]
    fn a_damaged_side_file_is_an_error_with_its_path() {
        let dir = tempfile::tempdir().expect("a temp dir");
        let audit = dir.path().join("shop.ron");
        std::fs::write(secrets_path(&audit), "(token: ").expect("a broken file");
        let e = load(&audit).expect_err("refused");
        assert!(e.to_string().contains("shop.ron.workshop"), "{e}");
    }
}
