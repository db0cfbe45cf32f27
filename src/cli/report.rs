//! `tpaudit report AUDIT`: the ranked priority list in any report format.

use std::io::Write;
use std::path::PathBuf;

use super::{CliError, Context, CrosshairArg, existing_audit, show};
use crate::io::report::{self, Format};
use crate::store;

/// Arguments of `report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Audit name, or path to a .ron file
    pub audit: String,
    /// Report format
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// CSV for spreadsheet programs in a Russian locale: UTF-8 BOM and `;` delimiters
    #[arg(long)]
    pub excel: bool,
    /// Where the quadrant crosshair sits
    #[arg(long, value_enum, default_value = "midpoint")]
    pub crosshair: CrosshairArg,
    /// Write to FILE (atomically) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// Renders the report; to `-o FILE` atomically, else to stdout.
pub fn run(ctx: &Context, args: Args) -> Result<(), CliError> {
    let path = existing_audit(&ctx.data, &args.audit)?;
    let audit = store::load(&path)?;
    let opts = report::Options {
        excel: args.excel,
        crosshair: args.crosshair.into(),
        as_of: store::listing::modified(&path),
    };
    let text = report::render(&audit, args.format, &opts);
    match args.output {
        Some(out) => {
            store::atomic::write_atomic(&out, text.as_bytes()).map_err(|source| CliError::Io {
                path: out.clone(),
                source,
            })?;
            eprintln!("wrote {}", show(&out));
        }
        None => {
            let mut stdout = std::io::stdout().lock();
            stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush())
                .map_err(|source| CliError::Io {
                    path: PathBuf::from("<stdout>"),
                    source,
                })?;
        }
    }
    Ok(())
}
