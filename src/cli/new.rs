//! `tpaudit new NAME`: a fresh audit from a checklist template, or a re-audit of an earlier one.

use std::path::Path;

use super::{CliError, Context, existing_audit, file_name, find_template};
use crate::i18n::commands::{Origin, created};
use crate::model::reaudit::reaudit;
use crate::store::{self, DataDir};

/// Arguments of `new`.
#[derive(Debug, clap::Args)]
pub struct Args {
    /// Audit name; the file is NAME.ron in the audits folder
    pub name: String,
    /// Checklist template id (see `tpaudit templates`)
    #[arg(long, default_value = "universal", value_name = "ID")]
    pub template: String,
    /// Re-audit: start from this audit's checklist, participants and action plans, unscored
    #[arg(long, value_name = "AUDIT", conflicts_with = "template")]
    pub from: Option<String>,
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

/// Creates `<data>/audits/NAME.ron` and prints where it went: from a template in the UI
/// language, or with `--from` as a re-audit in the language of the audit it follows.
pub fn run(ctx: &Context, args: Args) -> Result<(), CliError> {
    store::check_name(&args.name)?;
    let (mut audit, origin) = match &args.from {
        Some(from) => {
            let (audit, previous) = re_audit(&ctx.data, from, &args.name)?;
            (audit, Made::ReAudit(previous))
        }
        None => {
            let template = find_template(&args.template)?;
            let audit = template.instantiate(&args.name, ctx.lang, jiff::Timestamp::now());
            (audit, Made::Template(template.id))
        }
    };
    if let Some(client) = args.client {
        audit.client = client.trim().to_string();
    }
    if let Some(title) = args.title.filter(|t| !t.trim().is_empty()) {
        audit.title = title.trim().to_string();
    }
    let path = ctx.data.audit_path(&args.name);
    let _lock = super::lock_existing(&path)?;
    store::create(&path, &audit, args.force)?;
    let origin = match &origin {
        Made::Template(id) => Origin::Template(id),
        Made::ReAudit(previous) => Origin::ReAudit(previous),
    };
    let size = (audit.stages.len(), audit.touchpoint_count());
    println!("{}", created(ctx.lang, &audit.name, origin, size, &path));
    Ok(())
}

/// What a new audit was made from, owned until it is said.
enum Made {
    Template(String),
    ReAudit(String),
}

/// The re-audit `name` of the audit `from`, and the name it records as the previous audit.
/// The previous audit must sit in the audits folder, since an audit names it by file name.
fn re_audit(
    data: &DataDir,
    from: &str,
    name: &str,
) -> Result<(crate::model::Audit, String), CliError> {
    let path = existing_audit(data, from)?;
    let previous = store::load(&path)?;
    let dir = data.audits_dir();
    if !same_dir(path.parent(), &dir) {
        return Err(CliError::NotBeside {
            path,
            dir: dir.clone(),
        });
    }
    let stem = file_name(&path);
    if stem == name {
        return Err(CliError::ReauditOverItself { name: stem });
    }
    let audit = reaudit(&previous, &stem, name, jiff::Timestamp::now());
    Ok((audit, stem))
}

/// True when `parent` is the folder `dir`, however either is spelled.
fn same_dir(parent: Option<&Path>, dir: &Path) -> bool {
    let parent = match parent {
        Some(p) if p.as_os_str().is_empty() => Path::new("."),
        Some(p) => p,
        None => return false,
    };
    match (parent.canonicalize(), dir.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
