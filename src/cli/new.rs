//! `tpaudit new NAME`: a fresh audit from a checklist template.

use super::{CliError, Context, find_template, show};
use crate::store;

/// Arguments of `new`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Audit name; the file is NAME.ron in the audits folder
    pub name: String,
    /// Checklist template id (see `tpaudit templates`)
    #[arg(long, default_value = "universal", value_name = "ID")]
    pub template: String,
    /// Client or business the audit is for
    #[arg(long, value_name = "TEXT")]
    pub client: Option<String>,
    /// Replace an existing audit of the same name
    #[arg(long)]
    pub force: bool,
}

/// Creates `<data>/audits/NAME.ron` in the UI language and prints where it went.
pub fn run(ctx: &Context, args: Args) -> Result<(), CliError> {
    store::check_name(&args.name)?;
    let template = find_template(&args.template)?;
    let mut audit = template.instantiate(&args.name, ctx.lang, jiff::Timestamp::now());
    if let Some(client) = args.client {
        audit.client = client.trim().to_string();
    }
    let path = ctx.data.audit_path(&args.name);
    store::create(&path, &audit, args.force)?;
    println!(
        "created audit '{}' from template '{}' ({} stages, {} touchpoints): {}",
        audit.name,
        template.id,
        audit.stages.len(),
        audit.touchpoint_count(),
        show(&path)
    );
    Ok(())
}
