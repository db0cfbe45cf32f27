//! `tpaudit compare BEFORE AFTER [MORE…]`: what changed between audits of one checklist.

use super::{CliError, Context, Output, load_several, named, write_file};
use crate::io::report::compare::{View, render_file};

/// Arguments of `compare`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Audits (names or paths to .ron files), oldest first: BEFORE AFTER, or more for a trend;
    /// the CSV of two is the compare contract, of more one row per touchpoint and audit
    #[arg(value_name = "AUDIT")]
    pub audits: Vec<String>,
    #[command(flatten)]
    pub out: Output,
}

/// Loads every audit, checks that each shares touchpoints with those before it, and writes
/// the comparison.
pub fn run(ctx: &Context, args: Args) -> Result<(), CliError> {
    if args.out.format == crate::io::report::Format::Ratings {
        return Err(CliError::RatingsOfMany);
    }
    let loaded = load_several(
        &ctx.data,
        &args.audits,
        "compare",
        "tpaudit compare BEFORE AFTER [MORE…], oldest first",
    )?;
    let named = named(&loaded);
    let view = View::new(&named, args.out.crosshair.into());
    if let Some(k) = view.cmp.disjoint() {
        return Err(CliError::nothing_in_common(&named, k));
    }
    write_file(
        args.out.output.as_deref(),
        args.out.format,
        render_file(&view, args.out.format, args.out.excel),
    )
}
