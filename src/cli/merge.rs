//! `tpaudit merge INTO FROM…`: participants' pre-work into one audit, all or nothing.

use std::fmt::Write;
use std::path::Path;

use super::{CliError, Context, existing_audit, file_name, same_file, show};
use crate::model::matching::match_touchpoints;
use crate::model::merge::{Conflict, Merged, Options, Prefer, merge};
use crate::model::{Audit, Scale};
use crate::store;
use crate::store::session::{Access, AuditFile, Saved};
use crate::text::count;

/// Whose rating stands on a conflict, on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PreferArg {
    /// Keep INTO's rating
    Into,
    /// Take the rating being merged in
    From,
}

/// Arguments of `merge`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// The audit to merge into (name or path to a .ron file)
    pub into: String,
    /// Audits whose participants and ratings to bring in, say each participant's pre-work
    #[arg(value_name = "FROM", required = true)]
    pub from: Vec<String>,
    /// When a participant rated a scale differently, keep INTO's rating or take FROM's
    #[arg(long, value_enum)]
    pub prefer: Option<PreferArg>,
    /// Add the touchpoints INTO lacks, to the stage of the same name (made if there is none)
    #[arg(long)]
    pub add_missing: bool,
}

/// Merges with INTO locked; writes INTO atomically (keeping `.bak`) only when every FROM merges
/// without an unsettled conflict and something changed.
pub fn run(ctx: &Context, args: Args) -> Result<(), CliError> {
    let into_path = existing_audit(&ctx.data, &args.into)?;
    let into_name = file_name(&into_path);
    let from = load_from(ctx, &args.from, &into_path)?;
    let (mut file, into) = open_locked(&into_path)?;
    // A FROM of another checklist is a mistake, not a list of touchpoints to add.
    for (name, audit) in &from {
        if audit.touchpoint_count() > 0 && match_touchpoints(&into, audit).kept.is_empty() {
            return Err(CliError::NothingInCommon {
                audit: name.clone(),
                others: into_name,
            });
        }
    }
    let opts = Options {
        prefer: args.prefer.map(|p| match p {
            PreferArg::Into => Prefer::Into,
            PreferArg::From => Prefer::From,
        }),
        add_missing: args.add_missing,
    };
    let theirs: Vec<&Audit> = from.iter().map(|(_, a)| a).collect();
    let (merged, what) =
        merge(&into, &theirs, opts).map_err(|conflicts| CliError::MergeRefused {
            list: conflict_list(&conflicts, &into_name, &from),
            into: into_name.clone(),
        })?;
    let names = from
        .iter()
        .map(|(n, _)| n.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if merged == into {
        println!(
            "nothing to merge: '{into_name}' already has every rating of {names}; the file is unchanged"
        );
        return Ok(());
    }
    match file.save(&merged)? {
        Saved::Written => {
            let path = show(&into_path);
            println!(
                "merged {names} into '{into_name}': {}: {path}",
                summary(&what)
            );
            Ok(())
        }
        Saved::Conflict { side_copy } => Err(CliError::ChangedWhileMerging {
            path: into_path,
            side_copy,
        }),
    }
}

/// The FROM audits with their names; INTO among them is refused.
fn load_from(
    ctx: &Context,
    args: &[String],
    into: &Path,
) -> Result<Vec<(String, Audit)>, CliError> {
    let mut from = Vec::new();
    for arg in args {
        let path = existing_audit(&ctx.data, arg)?;
        if same_file(&path, into) {
            return Err(CliError::MergeIntoItself {
                name: file_name(into),
            });
        }
        from.push((file_name(&path), store::load(&path)?));
    }
    Ok(from)
}

/// INTO opened for writing, read again once its lock is held so no earlier save is missed;
/// refused, naming the holder, while another tpaudit has it open.
pub(super) fn open_locked(path: &Path) -> Result<(AuditFile, Audit), CliError> {
    let (mut file, _) = AuditFile::open(path)?;
    if let Access::ReadOnly(holder) = file.access() {
        return Err(super::locked(path, holder.as_ref()));
    }
    let audit = file.reload()?;
    Ok((file, audit))
}

fn summary(m: &Merged) -> String {
    let mut parts = vec![format!("{} added", count(m.ratings, "rating", "ratings"))];
    if m.replaced > 0 {
        parts.push(format!("{} replaced", m.replaced));
    }
    if !m.participants.is_empty() {
        parts.push(format!("participants added: {}", m.participants.join(", ")));
    }
    if m.touchpoints > 0 {
        parts.push(format!(
            "{} added",
            count(m.touchpoints, "touchpoint", "touchpoints")
        ));
    }
    if m.stages > 0 {
        parts.push(format!("{} added", count(m.stages, "stage", "stages")));
    }
    if m.passed_over > 0 {
        parts.push(format!(
            "{} the audit lacks passed over",
            count(m.passed_over, "unrated touchpoint", "unrated touchpoints")
        ));
    }
    parts.join("; ")
}

fn scale_word(s: Scale) -> &'static str {
    match s {
        Scale::Frequency => "frequency",
        Scale::Impact => "impact",
        Scale::Satisfaction => "satisfaction",
    }
}

/// One line per conflict, then what would settle them.
fn conflict_list(conflicts: &[Conflict], into: &str, from: &[(String, Audit)]) -> String {
    let mut out = String::new();
    let (mut ratings, mut missing) = (false, false);
    for c in conflicts {
        match c {
            Conflict::Rating {
                from: k,
                stage,
                touchpoint,
                participant,
                scale,
                into: mine,
                theirs,
            } => {
                ratings = true;
                let _ = writeln!(
                    out,
                    "  {stage} / {touchpoint}: {participant} rated {} {mine} in {into}, {theirs} in {}",
                    scale_word(*scale),
                    from[*k].0
                );
            }
            Conflict::Missing {
                from: k,
                stage,
                touchpoint,
            } => {
                missing = true;
                let _ = writeln!(
                    out,
                    "  {stage} / {touchpoint}: in {} but not in {into}",
                    from[*k].0
                );
            }
        }
    }
    if ratings {
        let _ = writeln!(
            out,
            "Pass --prefer into to keep {into}'s ratings, or --prefer from to take the ones merged in."
        );
    }
    if missing {
        let _ = writeln!(
            out,
            "Pass --add-missing to add the touchpoints {into} lacks."
        );
    }
    out.trim_end().to_string()
}
