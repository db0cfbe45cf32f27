//! Safety messages of the interface, English and Russian: who holds an audit, where a version
//! went, what a crash left behind.

use std::path::Path;

use crate::model::Lang;

/// Who holds an audit's lock, as its lock file says: plain data, so the catalogue needs no
/// storage types.
#[derive(Debug, Clone, Copy)]
pub struct Who<'a> {
    pub pid: u32,
    pub host: &'a str,
    /// When the lock was taken, as written in the lock file.
    pub since: &'a str,
}

/// A holder's time as this computer's clock shows it, to the minute: `2026-12-06 05:21 CET`
/// (the lock file keeps UTC to the nanosecond). Text that is not a time is shown as written.
fn since(holder: &Who) -> String {
    local_time(holder.since, &jiff::tz::TimeZone::system())
}

/// `since` (a UTC timestamp) in the time zone `tz`, to the minute, with the zone's name.
pub fn local_time(since: &str, tz: &jiff::tz::TimeZone) -> String {
    since.parse::<jiff::Timestamp>().map_or_else(
        |_| since.to_string(),
        |t| {
            t.to_zoned_datetime(tz.clone())
                .strftime("%Y-%m-%d %H:%M %Z")
                .to_string()
        },
    )
}

/// "process N on HOST since T": who holds a lock, with a readable local time.
pub fn holder(who: Who) -> String {
    format!("process {} on {} since {}", who.pid, who.host, since(&who))
}

/// "read-only: open in process N on HOST since T".
pub fn read_only(lang: Lang, holder: Option<Who>) -> String {
    match (lang, holder) {
        (Lang::En, Some(h)) => format!(
            "read-only: open in process {} on {} since {}",
            h.pid,
            h.host,
            since(&h)
        ),
        (Lang::Ru, Some(h)) => format!(
            "только чтение: открыт в процессе {} на {} с {}",
            h.pid,
            h.host,
            since(&h)
        ),
        (Lang::En, None) => "read-only: open in another tpaudit".into(),
        (Lang::Ru, None) => "только чтение: открыт в другом tpaudit".into(),
    }
}

/// Deleting an audit another tpaudit has open is refused, naming who has it.
pub fn delete_refused(lang: Lang, name: &str, holder: Option<Who>) -> String {
    match (lang, holder) {
        (Lang::En, Some(h)) => format!(
            "“{name}” was not deleted: it is open in process {} on {} since {}",
            h.pid,
            h.host,
            since(&h)
        ),
        (Lang::Ru, Some(h)) => format!(
            "«{name}» не удалён: он открыт в процессе {} на {} с {}",
            h.pid,
            h.host,
            since(&h)
        ),
        (Lang::En, None) => format!("“{name}” was not deleted: it is open in another tpaudit"),
        (Lang::Ru, None) => format!("«{name}» не удалён: он открыт в другом tpaudit"),
    }
}

/// A stale lock of a dead process was taken over.
pub fn took_over(lang: Lang, h: Who) -> String {
    match lang {
        Lang::En => format!(
            "took over the lock left by process {} on {} (no longer running)",
            h.pid, h.host
        ),
        Lang::Ru => format!(
            "взята блокировка, оставленная процессом {} на {} (он уже не работает)",
            h.pid, h.host
        ),
    }
}

/// The conflict dialog's text: where the user's version went.
pub fn conflict(lang: Lang, side_copy: &Path) -> String {
    let p = side_copy.display();
    match lang {
        Lang::En => format!(
            "Another program changed the file since it was read; it was not touched. Your version was saved to {p}. Autosave waits for your choice."
        ),
        Lang::Ru => format!(
            "Другая программа изменила файл после чтения; он не тронут. Ваша версия сохранена в {p}. Автосохранение ждёт вашего решения."
        ),
    }
}

/// After taking the version on disk: where the user's version stays.
pub fn kept_in(lang: Lang, side_copy: &Path) -> String {
    let p = side_copy.display();
    match lang {
        Lang::En => format!("reloaded from disk; your version stays in {p}"),
        Lang::Ru => format!("загружено с диска; ваша версия осталась в {p}"),
    }
}

/// The recovery dialog's text.
pub fn recovery(lang: Lang, copy: &Path) -> String {
    let p = copy.display();
    match lang {
        Lang::En => format!(
            "tpaudit stopped on an error last time and kept an emergency copy of this audit, newer than the file: {p}"
        ),
        Lang::Ru => format!(
            "В прошлый раз tpaudit остановился из-за ошибки и сохранил аварийную копию аудита, более новую, чем файл: {p}"
        ),
    }
}

/// The unsaved-changes dialog's text, shown when leaving an audit whose save failed.
pub fn unsaved(lang: Lang, error: &str) -> String {
    match lang {
        Lang::En => format!(
            "The changes to this audit could not be saved: {error}. The file keeps its last saved version."
        ),
        Lang::Ru => format!(
            "Изменения аудита не удалось сохранить: {error}. В файле остаётся последняя сохранённая версия."
        ),
    }
}

/// After leaving an audit unsaved: where its emergency copy is, or why there is none.
pub fn abandoned(lang: Lang, copy: Result<&Path, &str>) -> String {
    match (lang, copy) {
        (Lang::En, Ok(p)) => format!(
            "left without saving; the changes are in the emergency copy {}",
            p.display()
        ),
        (Lang::Ru, Ok(p)) => format!(
            "выход без сохранения; изменения в аварийной копии {}",
            p.display()
        ),
        (Lang::En, Err(e)) => {
            format!("left without saving; no emergency copy could be written: {e}")
        }
        (Lang::Ru, Err(e)) => {
            format!("выход без сохранения; аварийную копию записать не удалось: {e}")
        }
    }
}

/// Printed after the terminal is restored from a crash.
pub fn crashed(lang: Lang, error: &str, copy: Option<Result<&Path, &str>>) -> String {
    let kept = match (lang, copy) {
        (Lang::En, Some(Ok(p))) => format!(
            "The audit in memory was written to {}; open the audit again to restore it.",
            p.display()
        ),
        (Lang::Ru, Some(Ok(p))) => format!(
            "Аудит из памяти записан в {}; откройте аудит снова, чтобы восстановить его.",
            p.display()
        ),
        (Lang::En, Some(Err(e))) => format!("The emergency copy could not be written: {e}"),
        (Lang::Ru, Some(Err(e))) => format!("Аварийную копию записать не удалось: {e}"),
        (Lang::En, None) => "No unsaved changes were in memory.".into(),
        (Lang::Ru, None) => "Несохранённых изменений в памяти не было.".into(),
    };
    match lang {
        Lang::En => format!("tpaudit stopped on an internal error: {error}\n{kept}"),
        Lang::Ru => format!("tpaudit остановился из-за внутренней ошибки: {error}\n{kept}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_time_reads_as_local_time_to_the_minute() {
        let moscow = jiff::tz::TimeZone::get("Europe/Moscow").expect("bundled time zones");
        assert_eq!(
            local_time("2026-12-06T03:21:33.743551294Z", &moscow),
            "2026-12-06 06:21 MSK"
        );
        assert_eq!(local_time("yesterday", &moscow), "yesterday");
        let who = Who {
            pid: 7,
            host: "studio",
            since: "2026-12-06T03:21:33.743551294Z",
        };
        let said = holder(who);
        assert!(
            said.starts_with("process 7 on studio since 2026-12-06 "),
            "{said}"
        );
        assert!(!said.contains("33.74"), "{said}");
    }
}
