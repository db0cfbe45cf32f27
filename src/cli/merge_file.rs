//! `tpaudit merge-file BASE OURS THEIRS [PATH]`: git's merge driver for audits.
//!
//! Configured with `git config merge.tpaudit.driver "tpaudit merge-file %O %A %B %P"` and
//! `*.ron merge=tpaudit` in `.gitattributes`. Merges stage by stage, touchpoint by touchpoint
//! and participant by participant (`model::merge3`), writes the result over OURS atomically
//! (git's `%A`, the file git keeps) and exits 0; when the same field was changed to different
//! values on both sides it keeps OURS' value, writes THEIRS beside the audit as
//! `NAME.ron.theirs`, names every conflict with both values on stderr and exits 1, so git
//! reports a conflict while the file stays a valid audit.

use std::path::{Path, PathBuf};

use super::{CliError, show};
use crate::model::merge3::merge3;
use crate::store;

/// Arguments of `merge-file`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The common ancestor (git's %O)
    pub base: PathBuf,
    /// Our version, where the result is written (git's %A)
    pub ours: PathBuf,
    /// Their version (git's %B)
    pub theirs: PathBuf,
    /// The audit's path in the repository (git's %P): where THEIRS goes on a conflict, as
    /// PATH.theirs (without it, beside OURS)
    pub path: Option<PathBuf>,
}

/// Where THEIRS is kept on a conflict: `NAME.ron.theirs`.
pub fn theirs_path(path: &Path) -> PathBuf {
    crate::store::atomic::side_path(path, ".theirs")
}

pub fn run(args: Args) -> Result<(), CliError> {
    let ours = store::load(&args.ours)?;
    let (theirs, theirs_bytes) = store::audit_file::load_with_bytes(&args.theirs)?;
    // A file both sides added has an empty ancestor: then only what both sides share is common.
    let base = match std::fs::metadata(&args.base) {
        Ok(m) if m.len() == 0 => {
            let mut b = ours.clone();
            b.participants.clear();
            b.stages.clear();
            b
        }
        _ => store::load(&args.base)?,
    };
    let merged = merge3(&base, &ours, &theirs);
    let text = store::audit_file::serialize(&args.ours, &merged.audit)?;
    store::atomic::write_atomic(&args.ours, text.as_bytes()).map_err(|source| CliError::Io {
        path: args.ours.clone(),
        source,
    })?;
    if merged.conflicts.is_empty() {
        return Ok(());
    }
    let beside = theirs_path(args.path.as_deref().unwrap_or(&args.ours));
    store::ignore::keep_side_files_out(store::ignore::folder_of(&beside));
    store::atomic::write_atomic(&beside, &theirs_bytes).map_err(|source| CliError::Io {
        path: beside.clone(),
        source,
    })?;
    let shown = args.path.as_deref().unwrap_or(&args.ours);
    let list = merged
        .conflicts
        .iter()
        .map(|c| format!("  {c}"))
        .collect::<Vec<_>>()
        .join("\n");
    Err(CliError::MergeConflicts {
        path: show(shown),
        count: crate::text::count(merged.conflicts.len(), "field", "fields"),
        theirs: show(&beside),
        list,
    })
}
