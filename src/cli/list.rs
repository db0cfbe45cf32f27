//! `tpaudit list`: the audits in the data directory, unreadable ones included.

use super::{CliError, Context, show};
use crate::io::report::text::align;
use crate::model::Lang;
use crate::store::listing;
use crate::store::summaries::Summary;

/// Prints one aligned row per audit file: name, client, progress, n/a, last change.
pub fn run(ctx: &Context) -> Result<(), CliError> {
    let entries = listing::list(&ctx.data)?;
    let ru = ctx.lang == Lang::Ru;
    if entries.is_empty() {
        if ru {
            println!(
                "В {} пока нет аудитов. Создайте первый: tpaudit new ИМЯ",
                show(&ctx.data.audits_dir())
            );
        } else {
            println!(
                "No audits in {} yet. Create one with: tpaudit new NAME",
                show(&ctx.data.audits_dir())
            );
        }
        return Ok(());
    }
    let header = if ru {
        ["имя", "клиент", "оценено", "неприм.", "изменён"]
    } else {
        ["name", "client", "scored", "n/a", "changed"]
    };
    let mut rows = vec![header.map(str::to_string).to_vec()];
    let mut broken = Vec::new();
    let mut copies = Vec::new();
    for e in &entries {
        match (&e.summary, &e.copy_of) {
            (Err(err), _) => broken.push((e, err)),
            (Ok(a), Some(of)) => copies.push(copy_row(&e.name, of, a, e.modified, ru)),
            (Ok(a), None) => rows.push(row(&e.name, a, e.modified)),
        }
    }
    print!("{}", align(&rows, &[false, false, true, true, false]));
    // Side copies are apart from the audits, so one is never taken for the audit it copies.
    if !copies.is_empty() {
        println!();
        println!(
            "{}",
            if ru {
                "Копии при конфликте (ваша версия, когда файл изменили на диске):"
            } else {
                "Conflict copies (your version when the file changed on disk):"
            }
        );
        print!("{}", align(&copies, &[false, false, true, false]));
    }
    // Broken files are listed after the table: their errors are too long for a column.
    for (e, err) in broken {
        let what = if ru {
            "не читается"
        } else {
            "unreadable"
        };
        println!("{}  {what}: {err}", e.name);
    }
    Ok(())
}

/// The file name comes first: it is what `open NAME` takes.
fn row(name: &str, a: &Summary, modified: Option<jiff::Timestamp>) -> Vec<String> {
    let p = a.progress;
    vec![
        name.to_string(),
        a.client.clone(),
        p.fraction(),
        p.not_applicable.to_string(),
        local_time(modified),
    ]
}

/// A side copy: its name, whose copy it is, progress, last change.
fn copy_row(
    name: &str,
    of: &str,
    a: &Summary,
    modified: Option<jiff::Timestamp>,
    ru: bool,
) -> Vec<String> {
    let p = a.progress;
    let copy = if ru {
        format!("копия «{of}»")
    } else {
        format!("copy of {of}")
    };
    vec![
        name.to_string(),
        copy,
        format!("{}/{}", p.scored, p.total),
        local_time(modified),
    ]
}

/// The time in the user's zone, to the minute; blank when the file system keeps none.
fn local_time(t: Option<jiff::Timestamp>) -> String {
    t.map(|t| {
        static ZONE: std::sync::OnceLock<jiff::tz::TimeZone> = std::sync::OnceLock::new();
        crate::store::zone::to_the_minute(t, ZONE.get_or_init(crate::store::zone::local_zone))
    })
    .unwrap_or_default()
}
