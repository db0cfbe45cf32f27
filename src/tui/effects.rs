//! Carrying out effects: the TUI's only contact with the disk, through `store`.

use std::path::Path;

use super::app::App;
use super::disk;
use super::home::free_name;
use super::msg::{Effect, HomeEntry, Msg};
use crate::i18n::{safety, ui};
use crate::store::{self, listing, lock};

/// Performs one effect and returns the message reporting its outcome, if any.
pub fn perform(app: &App, effect: &Effect) -> Option<Msg> {
    match effect {
        Effect::Save => Some(disk::save(app)),
        Effect::Quit => None,
        Effect::List => Some(list(app)),
        Effect::Open(path) => Some(disk::open(app, path)),
        Effect::OpenExample(name) => Some(open_example(app, name)),
        Effect::Create { path, audit } => Some(match store::create(path, audit, false) {
            Ok(()) => disk::open(app, path),
            Err(e) => Msg::Failed(e.to_string()),
        }),
        Effect::Duplicate { from, name } => Some(duplicate(app, from, name)),
        Effect::Delete { path, name } => Some(delete(app, path, name)),
        Effect::Overwrite => Some(disk::overwrite(app)),
        Effect::Reload => Some(disk::reload(app)),
        Effect::DiscardRecovery => disk::discard_recovery(app),
        Effect::Abandon => disk::abandon(app),
        Effect::Export { crosshair } => Some(super::export::export(app, *crosshair)),
    }
}

fn list(app: &App) -> Msg {
    match listing::list(&app.data) {
        Ok(entries) => Msg::Listed(entries.into_iter().map(entry).collect()),
        Err(e) => Msg::Failed(e.to_string()),
    }
}

fn entry(e: listing::Entry) -> HomeEntry {
    HomeEntry {
        progress: e.progress(),
        updated: e.updated(),
        client: e
            .audit
            .as_ref()
            .map(|a| a.client.clone())
            .unwrap_or_default(),
        error: e.audit.as_ref().err().map(|err| err.to_string()),
        name: e.name,
        path: e.path,
        copy_of: e.copy_of,
    }
}

fn open_example(app: &App, name: &str) -> Msg {
    let Some((_, mut audit)) = store::templates::examples()
        .into_iter()
        .find(|(n, _)| n == name)
    else {
        return Msg::Failed(format!("no bundled example named '{name}'"));
    };
    let taken = listing::list(&app.data)
        .map(|l| l.into_iter().map(entry).collect::<Vec<_>>())
        .unwrap_or_default();
    let name = free_name(&taken, name);
    audit.name = name.clone();
    let path = app.data.audit_path(&name);
    match store::create(&path, &audit, false) {
        Ok(()) => disk::open(app, &path),
        Err(e) => Msg::Failed(e.to_string()),
    }
}

fn duplicate(app: &App, from: &Path, name: &str) -> Msg {
    let copied = store::load(from).and_then(|mut audit| {
        audit.name = name.to_string();
        audit.created = app.now;
        store::create(&app.data.audit_path(name), &audit, false)
    });
    match copied {
        Ok(()) => Msg::Info(name.to_string()),
        Err(e) => Msg::Failed(e.to_string()),
    }
}

/// Renames rather than unlinks, so a deleted audit can still be recovered by hand. The audit's
/// lock is held around the rename: an audit another tpaudit has open is never renamed away
/// under it, and none can open it half-way through.
fn delete(app: &App, path: &Path, name: &str) -> Msg {
    // This window's own lock (the audit was open before going home) is no other holder.
    disk::close(app, path);
    let _lock = match lock::acquire(path) {
        Ok(lock::Acquired::Locked(lock)) => lock,
        Ok(lock::Acquired::HeldBy(holder)) => {
            return Msg::Failed(safety::delete_refused(app.lang, name, holder.as_ref()));
        }
        Err(e) => return Msg::Failed(e.to_string()),
    };
    let mut target = path.as_os_str().to_os_string();
    target.push(".deleted");
    match std::fs::rename(path, &target) {
        Ok(()) => Msg::Info(ui::deleted(app.lang, name)),
        Err(e) => Msg::Failed(format!("{}: {e}", path.display())),
    }
}
