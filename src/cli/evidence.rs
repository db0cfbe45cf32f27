//! `tpaudit evidence AUDIT FILE.csv`: measurements from an analytics export, all or nothing.
//! The audit is written only when every row is good, and refused while it is open for writing
//! elsewhere (as `merge` is).

use std::path::{Path, PathBuf};

use super::{CliError, Context, existing_audit, file_name, show};
use crate::io::evidence_csv;
use crate::io::forms::ReadError;
use crate::model::Audit;
use crate::store::session::Saved;
use crate::text::count;

/// Arguments of `evidence`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The audit to add the measurements to (name or path to a .ron file)
    pub audit: String,
    /// CSV with the columns stage, metric, value and optionally touchpoint, unit, target,
    /// better (higher or lower), source, date (YYYY-MM-DD); an empty touchpoint makes a
    /// stage-level figure, and a stage's `customers` figure makes the funnel
    pub file: PathBuf,
}

pub fn run(ctx: &Context, args: Args) -> Result<(), CliError> {
    let (path, summary) = apply_file(ctx, &args.audit, &args.file, evidence_csv::import)?;
    let Some(s) = summary else {
        println!(
            "nothing changed: '{}' already has these figures; the file is unchanged",
            file_name(&path)
        );
        return Ok(());
    };
    let mut parts = vec![
        count(
            s.touchpoint_figures,
            "touchpoint figure",
            "touchpoint figures",
        ),
        count(s.stage_figures, "stage figure", "stage figures"),
    ];
    if s.replaced > 0 {
        parts.push(format!("{} replaced", s.replaced));
    }
    println!(
        "read {} into '{}': {}",
        parts.join(", "),
        file_name(&path),
        show(&path)
    );
    Ok(())
}

/// Reads `file` and applies it to the audit with its lock held; writes the audit when the
/// file changed it. The summary is `None` when nothing changed.
pub(super) fn apply_file<S>(
    ctx: &Context,
    audit: &str,
    file: &Path,
    apply: impl FnOnce(&[u8], &mut Audit) -> Result<S, ReadError>,
) -> Result<(PathBuf, Option<S>), CliError> {
    let path = existing_audit(&ctx.data, audit)?;
    let bytes = std::fs::read(file).map_err(|source| CliError::Io {
        path: file.to_path_buf(),
        source,
    })?;
    let (mut locked, before) = super::merge::open_locked(&path)?;
    let mut after = before.clone();
    let summary = apply(&bytes, &mut after).map_err(|source| CliError::Read {
        path: file.to_path_buf(),
        source,
    })?;
    if after == before {
        return Ok((path, None));
    }
    match locked.save(&after)? {
        Saved::Written => Ok((path, Some(summary))),
        Saved::Conflict { side_copy } => Err(CliError::ChangedWhileImporting { path, side_copy }),
    }
}
