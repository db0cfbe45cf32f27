//! `tpaudit import FILE.csv --name NAME`: an audit from a spreadsheet, all or nothing.

use std::path::PathBuf;

use super::{CliError, Context, find_template, show};
use crate::io::csv_import;
use crate::model::Audit;
use crate::store;
use crate::text::count;

/// Arguments of `import`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// CSV file with the columns stage, touchpoint, and optionally frequency, impact,
    /// satisfaction, notes, rater, and frequency_evidence, impact_evidence,
    /// satisfaction_evidence (measured, observed, customers, reported or assumed)
    pub file: PathBuf,
    /// Name of the new audit
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// Start from this template; rows matching its stages and touchpoints fill them
    #[arg(long, value_name = "ID")]
    pub template: Option<String>,
    /// Client or business the audit is for
    #[arg(long, value_name = "TEXT")]
    pub client: Option<String>,
    /// What reports and screens call the audit: any text (else the name)
    #[arg(long, value_name = "TEXT")]
    pub title: Option<String>,
    /// Replace an existing audit of the same name
    #[arg(long)]
    pub force: bool,
}

/// Reads the CSV, builds the audit, and writes it only when every row is valid.
pub fn run(ctx: &Context, args: Args) -> Result<(), CliError> {
    store::check_name(&args.name)?;
    let path = ctx.data.audit_path(&args.name);
    // Fail before reading the CSV, so the user fixes one thing at a time.
    if !args.force && path.exists() {
        return Err(store::StoreError::Exists {
            name: args.name,
            path,
        }
        .into());
    }
    let now = jiff::Timestamp::now();
    let base = match &args.template {
        Some(id) => find_template(id)?.instantiate(&args.name, ctx.lang, now),
        None => Audit::new(&args.name, ctx.lang, now),
    };
    let bytes = std::fs::read(&args.file).map_err(|source| CliError::Io {
        path: args.file.clone(),
        source,
    })?;
    let mut audit = csv_import::parse_bytes(&bytes, base).map_err(|source| CliError::Import {
        path: args.file.clone(),
        source,
    })?;
    if let Some(client) = args.client {
        audit.client = client.trim().to_string();
    }
    if let Some(title) = args.title.filter(|t| !t.trim().is_empty()) {
        audit.title = title.trim().to_string();
    }
    let _lock = super::lock_existing(&path)?;
    store::create(&path, &audit, args.force)?;
    println!(
        "imported {}, {}, {} into audit '{}': {}",
        count(audit.stages.len(), "stage", "stages"),
        count(audit.touchpoint_count(), "touchpoint", "touchpoints"),
        count(audit.participants.len(), "participant", "participants"),
        audit.name,
        show(&path)
    );
    Ok(())
}
