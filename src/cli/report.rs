//! `tpaudit report AUDIT`: the ranked priority list in any report format.

use super::{CliError, Context, Output, existing_audit, write_report};
use crate::io::report;
use crate::model::voice::SatisfactionFrom;
use crate::store;

/// Arguments of `report`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Audit name, or path to a .ron file
    pub audit: String,
    #[command(flatten)]
    pub out: Output,
    /// Rank by the team's satisfaction ratings, or by the customers' survey answers alone
    /// (the touchpoints with at least 10 answers; the others are listed as not surveyed)
    #[arg(long, value_enum, default_value = "ratings", value_name = "FROM")]
    pub satisfaction: SatisfactionArg,
    /// CSV only: add the evidence columns after the nine of the priority list (levels, the
    /// customers' n, mean and interval, customers_disagree, data_gap); the other formats
    /// carry the evidence already
    #[arg(long)]
    pub evidence: bool,
}

/// Where `--satisfaction` takes satisfaction from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SatisfactionArg {
    /// The team's ratings
    Ratings,
    /// The customers' answers (`tpaudit survey`)
    Customers,
}

/// Renders the report, with the audit it follows when that is beside it; to `-o FILE`
/// atomically, else to stdout.
pub fn run(ctx: &Context, args: Args) -> Result<(), CliError> {
    let path = existing_audit(&ctx.data, &args.audit)?;
    let audit = store::load(&path)?;
    if audit.sitting.blind {
        // The command line is the facilitator's own, so the report is written; but a report
        // put on the projector now would show what the room has not seen yet.
        eprintln!(
            "warning: '{}' is being scored blind: this report shows the ratings and means not revealed yet; keep it off the projector until the room has seen them (b in the workbench ends blind scoring)",
            audit.name
        );
    }
    let opts = report::Options {
        excel: args.out.excel,
        crosshair: args.out.crosshair.into(),
        as_of: store::listing::modified(&path),
        satisfaction: match args.satisfaction {
            SatisfactionArg::Ratings => SatisfactionFrom::Ratings,
            SatisfactionArg::Customers => SatisfactionFrom::Customers,
        },
    };
    let previous = match store::previous::load_previous(&path, &audit) {
        Some(Ok(previous)) => Some(previous),
        Some(Err(e)) => {
            eprintln!(
                "warning: the previous audit could not be read, so the report has no \"since the last audit\" part: {e}"
            );
            None
        }
        None => None,
    };
    let format = args.out.format;
    if args.evidence {
        if format != report::Format::Csv {
            return Err(CliError::EvidenceNotCsv);
        }
        let text = report::csv_evidence::render(&audit, &opts);
        return write_report(args.out.output.as_deref(), format, |to| {
            to.write_all(text.as_bytes())
        });
    }
    write_report(args.out.output.as_deref(), format, |to| {
        report::write_file(&audit, previous.as_ref(), format, &opts, to)
    })
}
