//! `tpaudit combine AUDIT AUDIT…`: one priority list over several audits of one checklist.

use super::{CliError, Context, Output, first_repeated, load_several, named, write_file};
use crate::io::report::combine::{View, render_file};

/// Arguments of `combine`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Audits (names or paths to .ron files), say one per store of a chain; ties in the
    /// combined list keep the first audit's checklist order
    #[arg(value_name = "AUDIT")]
    pub audits: Vec<String>,
    #[command(flatten)]
    pub out: Output,
    /// CSV: one row per touchpoint and audit, for pivot tables
    #[arg(long)]
    pub long: bool,
}

/// Loads every audit, checks that each shares touchpoints with those before it and that none
/// is given twice, and writes the combined list.
pub fn run(ctx: &Context, args: Args) -> Result<(), CliError> {
    if args.out.format == crate::io::report::Format::Ratings {
        return Err(CliError::RatingsOfMany);
    }
    let loaded = load_several(
        &ctx.data,
        &args.audits,
        "combine",
        "tpaudit combine AUDIT AUDIT [MORE…]",
    )?;
    if let Some(i) = first_repeated(loaded.iter().map(|l| l.path.as_path())) {
        return Err(CliError::Twice {
            name: loaded[i].name.clone(),
        });
    }
    let named = named(&loaded);
    let view = View::new(&named, args.out.crosshair.into());
    if let Some(k) = view.c.disjoint() {
        return Err(CliError::nothing_in_common(&named, k));
    }
    let bytes = render_file(&view, args.out.format, args.out.excel, args.long);
    write_file(args.out.output.as_deref(), args.out.format, bytes)
}
