//! `tpaudit survey AUDIT FILE.csv`: customers' answers from a forms export, all or nothing;
//! a new survey replaces the last one.

use std::path::PathBuf;

use super::evidence::apply_file;
use super::{CliError, Context, file_name, show};
use crate::io::survey_csv;

/// Arguments of `survey`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The audit the survey asked about (name or path to a .ron file)
    pub audit: String,
    /// The responses exported from Google Forms, Yandex Forms or a spreadsheet: one row per
    /// respondent; a column headed with a touchpoint's name (or STAGE / TOUCHPOINT) holds
    /// 1–5, a column headed NPS holds 0–10, other columns are ignored
    pub file: PathBuf,
}

pub fn run(ctx: &Context, args: Args) -> Result<(), CliError> {
    let mut read = None;
    let (path, changed) = apply_file(ctx, &args.audit, &args.file, |bytes, audit| {
        survey_csv::import(bytes, audit).map(|s| read = Some(s.to_string()))
    })?;
    let read = read.unwrap_or_default();
    match changed {
        Some(()) => println!("read {read} into '{}': {}", file_name(&path), show(&path)),
        None => println!(
            "read {read}; '{}' already has this survey; the file is unchanged",
            file_name(&path)
        ),
    }
    Ok(())
}
