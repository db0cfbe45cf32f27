//! `tpaudit check AUDIT`: validate a file, read-only.

use super::{CliError, Context, existing_audit, show};
use crate::model::score;
use crate::store;

/// Loads and validates the audit; prints `PATH: ok (N touchpoints, M scored)` on success.
pub fn run(ctx: &Context, arg: &str) -> Result<(), CliError> {
    let path = existing_audit(&ctx.data, arg)?;
    let audit = store::load(&path)?;
    let progress = score::progress(audit.touchpoints().map(|(_, _, t)| t));
    println!(
        "{}: ok ({} touchpoints, {} scored)",
        show(&path),
        progress.total,
        progress.scored
    );
    Ok(())
}
