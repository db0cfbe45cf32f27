//! Carrying out effects: the workbench's only contact with the disk, through `store`.

use std::path::Path;

use super::disk::{self, SaveJob};
use super::runtime::Runtime;
use crate::app::{App, Effect, Failure, HomeEntry, Msg, Notice, free_name};
use crate::store::parse_cache::ParseCache;
use crate::store::{self, listing, lock};

impl Runtime {
    /// Performs one effect and returns the message reporting its outcome, if any. A save on the
    /// saver thread reports later, through the loop's channel.
    pub fn perform(&mut self, app: &App, effect: &Effect) -> Option<Msg> {
        let session = self.session.clone();
        let cache = ParseCache::new(&app.data);
        match effect {
            Effect::Save => self.save(app, false),
            Effect::Overwrite => self.save(app, true),
            Effect::Quit => None,
            Effect::List => Some(list(app)),
            Effect::LoadTemplates => Some(Msg::Templates(templates())),
            Effect::Open(path) => Some(disk::open(&session, path, &cache)),
            Effect::TakeOver(path) => Some(disk::open_taking_over(&session, path, &cache)),
            Effect::OpenExample(name) => Some(open_example(app, &session, name)),
            Effect::Create { path, audit } => Some(match store::create(path, audit, false) {
                Ok(()) => disk::open(&session, path, &cache),
                Err(e) => Msg::Failed(e.into()),
            }),
            Effect::Duplicate { from, name } => Some(duplicate(app, from, name)),
            Effect::Reaudit {
                from,
                path,
                name,
                client,
            } => Some(reaudit(
                app,
                &session,
                (from, path),
                name,
                client.as_deref(),
            )),
            Effect::Delete { path, name } => Some(delete(&session, path, name)),
            Effect::Reload => disk::reload(app, &session),
            Effect::DiscardRecovery => disk::discard_recovery(app),
            Effect::Abandon => disk::abandon(app, &session),
            Effect::Export { crosshair, dir } => Some(super::export::export(app, *crosshair, dir)),
            Effect::OpenReport(path) => {
                let browser = std::env::var_os("BROWSER");
                super::export::open_report(path, browser.as_deref(), self.sender())
            }
            Effect::LoadPrevious(path) => load_previous(app, path),
            // The loop hands a workshop reply to the phone that asked (`Runtime::workshop`).
            Effect::Reply(_) => None,
            Effect::ReleasePhone(participant) => {
                self.release_phone(participant);
                None
            }
            Effect::SaveTheme(theme) => {
                let dir = self.config_dir.as_ref()?;
                let saved = store::config::save_theme(dir, *theme);
                saved
                    .err()
                    .map(|e| Msg::Info(Notice::ConfigFailed(e.into())))
            }
        }
    }

    /// Hands a snapshot of the open audit to the saver; while one save is under way, the next
    /// waits for it, so saves reach the disk in order.
    fn save(&mut self, app: &App, overwrite: bool) -> Option<Msg> {
        if self.in_flight {
            self.pending = Some(self.pending.unwrap_or(false) || overwrite);
            return None;
        }
        let Some(job) = SaveJob::of(app, overwrite) else {
            return Some(Msg::Saved {
                upto: 0,
                result: Ok(()),
            });
        };
        let outcome = self.saver.save(&self.session, job);
        self.in_flight = outcome.is_none();
        outcome
    }
}

/// Whether an effect works on the open audit's file session, and so must wait for a save
/// under way to finish first.
pub(super) fn needs_settled_session(effect: &Effect) -> bool {
    matches!(
        effect,
        Effect::Open(_)
            | Effect::TakeOver(_)
            | Effect::OpenExample(_)
            | Effect::Create { .. }
            | Effect::Reaudit { .. }
            | Effect::Delete { .. }
            | Effect::Reload
            | Effect::Abandon
    )
}

/// The most audits of a chain the compare view's trend reads, the open one included.
const MAX_CHAIN: usize = 12;

/// The audit the open audit at `path` follows, and the audits before it in the chain (for the
/// compare view's trend): nothing when it names none or its file is not
/// there (the card then simply has no last time).
fn load_previous(app: &App, path: &Path) -> Option<Msg> {
    let w = app.walk.as_ref().filter(|w| w.path == path)?;
    let name = w.audit.previous.clone()?;
    let result = store::previous::load_previous(path, &w.audit)?;
    let earlier = match &result {
        Ok(previous) => store::previous::load_chain(path, previous, MAX_CHAIN - 2),
        Err(_) => Vec::new(),
    };
    Some(Msg::PreviousLoaded {
        path: path.to_path_buf(),
        result: result
            .map(|audit| (name, Box::new(audit)))
            .map_err(Failure::from),
        earlier,
    })
}

/// Built-in templates and the user's; a user template that cannot be read is left out here
/// (`tpaudit templates` says why).
fn templates() -> Vec<crate::model::Template> {
    let user = store::config_dir().map(|c| store::templates::user_templates_dir(&c));
    let (available, _) = store::templates::available(user.as_deref());
    available.into_iter().map(|a| a.template).collect()
}

fn list(app: &App) -> Msg {
    match listing::list(&app.data) {
        Ok(entries) => Msg::Listed(entries.into_iter().map(entry).collect()),
        Err(e) => Msg::Failed(e.into()),
    }
}

fn entry(e: listing::Entry) -> HomeEntry {
    HomeEntry {
        progress: e.progress(),
        updated: e.updated(),
        client: e
            .summary
            .as_ref()
            .map(|s| s.client.clone())
            .unwrap_or_default(),
        title: e
            .summary
            .as_ref()
            .map(|s| s.title.clone())
            .ok()
            .filter(|t| t.trim() != e.name)
            .unwrap_or_default(),
        name: e.name,
        path: e.path,
        copy_of: e.copy_of,
        error: e.summary.err().map(Failure::from),
    }
}

fn open_example(app: &App, session: &disk::Session, name: &str) -> Msg {
    let Some((_, mut audit)) = store::templates::examples()
        .into_iter()
        .find(|(n, _)| n == name)
    else {
        return Msg::Failed(Failure::NoSuchExample(name.to_string()));
    };
    let taken = listing::list(&app.data)
        .map(|l| l.into_iter().map(entry).collect::<Vec<_>>())
        .unwrap_or_default();
    let name = free_name(&taken, name);
    audit.name = name.clone();
    let path = app.data.audit_path(&name);
    match store::create(&path, &audit, false) {
        Ok(()) => disk::open(session, &path, &ParseCache::new(&app.data)),
        Err(e) => Msg::Failed(e.into()),
    }
}

/// Creates the re-audit `name` of the audit at `from` as `tpaudit new NAME --from` does (the
/// same `model::reaudit`, naming the previous audit by its file name), then opens it.
fn reaudit(
    app: &App,
    session: &disk::Session,
    (from, path): (&Path, &Path),
    name: &str,
    client: Option<&str>,
) -> Msg {
    let previous_name = from
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let created = store::load(from).and_then(|previous| {
        let mut audit = crate::model::reaudit::reaudit(&previous, &previous_name, name, app.now);
        if let Some(client) = client {
            audit.client = client.to_string();
        }
        store::create(path, &audit, false)
    });
    match created {
        Ok(()) => disk::open(session, path, &ParseCache::new(&app.data)),
        Err(e) => Msg::Failed(e.into()),
    }
}

fn duplicate(app: &App, from: &Path, name: &str) -> Msg {
    let copied = store::load(from).and_then(|mut audit| {
        audit.name = name.to_string();
        audit.created = app.now;
        store::create(&app.data.audit_path(name), &audit, false)
    });
    match copied {
        Ok(()) => Msg::Info(Notice::Duplicated(name.to_string())),
        Err(e) => Msg::Failed(e.into()),
    }
}

/// Renames rather than unlinks, so a deleted audit can still be recovered by hand. The audit's
/// lock is held around the rename: an audit another tpaudit has open is never renamed away
/// under it, and none can open it half-way through.
fn delete(session: &disk::Session, path: &Path, name: &str) -> Msg {
    // This window's own lock (the audit was open before going home) is no other holder.
    disk::close(session, path);
    let _lock = match lock::acquire(path) {
        Ok(lock::Acquired::Locked(lock)) => lock,
        Ok(lock::Acquired::HeldBy(holder)) => {
            let name = name.to_string();
            return Msg::Failed(Failure::DeleteRefused { name, holder });
        }
        Err(e) => return Msg::Failed(e.into()),
    };
    let mut target = path.as_os_str().to_os_string();
    target.push(".deleted");
    match std::fs::rename(path, &target) {
        Ok(()) => Msg::Info(Notice::Deleted(name.to_string())),
        Err(e) => Msg::Failed(store::StoreError::io(path, e).into()),
    }
}
