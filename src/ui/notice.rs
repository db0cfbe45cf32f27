//! Notices and failures in words, in the interface's language: the glue between the typed
//! values the state holds (`app::notice`, `store::StoreError`) and the catalogue, whose phrases
//! take plain data.

use crate::app::{Failure, Notice, ReadOnly};
use crate::i18n::errors;
use crate::i18n::safety::{self, Who};
use crate::i18n::ui::{self, T, t};
use crate::model::Lang;
use crate::store::StoreError;
use crate::store::lock::Holder;

/// The text of a notice.
pub fn text(lang: Lang, notice: &Notice) -> String {
    match notice {
        Notice::Phrase(key) => t(lang, *key).to_string(),
        Notice::WalkEnd(progress) => ui::walk_end(lang, *progress),
        Notice::ReadOnlyRefused(r) => {
            format!("{}: {}", t(lang, T::ReadOnlyRefused), read_only(lang, r))
        }
        Notice::TookOver(holder) => safety::took_over(lang, who(holder)),
        Notice::KeptIn(side_copy) => safety::kept_in(lang, side_copy),
        Notice::Duplicated(name) => name.clone(),
        Notice::Deleted(name) => ui::deleted(lang, name),
        Notice::Exported(paths) => ui::exported(lang, paths),
        Notice::ExportFailed(f) => ui::export_failed(lang, &failure(lang, f)),
        Notice::Opening(path) => ui::opening(lang, path),
        Notice::OpenFailed(path, why) => open_failed(lang, path, why),
        Notice::Abandoned(copy) => {
            let why = copy.as_ref().err().map(|errors| {
                let texts: Vec<String> = errors.iter().map(|f| failure(lang, f)).collect();
                texts.join("; ")
            });
            let copy = match (copy, &why) {
                (Ok(path), _) => Ok(path.as_path()),
                (Err(_), why) => Err(why.as_deref().unwrap_or_default()),
            };
            safety::abandoned(lang, copy)
        }
        Notice::Failed(f) => failure(lang, f),
        Notice::PreviousUnreadable(name, f) => {
            ui::previous_unreadable(lang, name, &failure(lang, f))
        }
        Notice::Theme(theme) => t(lang, theme_phrase(*theme)).to_string(),
        Notice::ConfigFailed(f) => ui::config_failed(lang, &failure(lang, f)),
    }
}

/// The phrase naming a theme, as the theme key says it.
fn theme_phrase(theme: crate::store::config::ThemeName) -> T {
    use crate::store::config::ThemeName;
    match theme {
        ThemeName::Dark => T::ThemeDark,
        ThemeName::Light => T::ThemeLight,
        ThemeName::Mono => T::ThemeMono,
    }
}

/// The banner of a read-only window: who has the audit open.
pub fn read_only(lang: Lang, r: &ReadOnly) -> String {
    let text = safety::read_only(lang, r.holder.as_ref().map(who));
    match &r.holder {
        // Another computer's lock is never taken over silently: say which key takes it.
        Some(h) if h.is_elsewhere() => {
            let key = crate::app::keymap::WALK
                .iter()
                .find(|b| b.text == T::TakeOver)
                .map(|b| b.short_label())
                .unwrap_or_default();
            format!("{text} · {key}: {}", t(lang, T::TakeOverShort))
        }
        _ => text,
    }
}

/// Why an operation on files failed.
pub fn failure(lang: Lang, f: &Failure) -> String {
    match f {
        Failure::Store(e) => store_error(lang, e),
        Failure::DeleteRefused { name, holder } => {
            safety::delete_refused(lang, name, holder.as_ref().map(who))
        }
        Failure::NoSuchExample(name) => errors::no_such_example(lang, name),
        Failure::NotOpen(path) => errors::not_open(lang, path),
    }
}

/// A storage error in the workbench's words.
pub fn store_error(lang: Lang, e: &StoreError) -> String {
    match e {
        StoreError::Io { path, source } => {
            errors::io(lang, path, source.kind(), &source.to_string())
        }
        StoreError::Syntax {
            path,
            line,
            col,
            message,
        } => errors::syntax(lang, path, (*line, *col), message),
        StoreError::Invalid { path, problems } => errors::invalid(lang, path, problems),
        StoreError::Empty { path } => errors::empty(lang, path),
        StoreError::NewerVersion {
            path,
            found,
            supported,
        } => errors::newer_version(lang, path, *found, *supported),
        StoreError::Exists { name, .. } => errors::exists(lang, name),
        StoreError::NotFound { name, .. } => errors::not_found(lang, name),
        StoreError::BadName { name, why } => errors::bad_name(lang, name, *why),
        StoreError::NoDataDir => errors::no_data_dir(lang),
        StoreError::ReadOnly { path, holder } => {
            errors::read_only_file(lang, path, holder.as_ref().map(who))
        }
        StoreError::Serialize { path, message } => errors::serialize(lang, path, message),
    }
}

pub fn who(h: &Holder) -> Who<'_> {
    Who {
        pid: h.pid,
        host: &h.host,
        since: &h.since,
    }
}

/// "No browser opened the report (xdg-open ended with code 3): open PATH yourself".
fn open_failed(lang: Lang, path: &std::path::Path, why: &crate::app::NoBrowser) -> String {
    let why = match why {
        crate::app::NoBrowser::NotStarted { program, reason } => format!("{program}: {reason}"),
        crate::app::NoBrowser::GaveUp { program, code } => ui::opener_gave_up(lang, program, *code),
    };
    ui::open_failed(lang, path, &why)
}
