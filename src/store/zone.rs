//! The local time zone, read from the one file that names it. jiff's `TimeZone::system()`
//! indexes the whole zoneinfo tree (some hundred folders) before its first lookup, which costs
//! more than drawing a screen; dates only need the zone in use.

use std::path::Path;

use jiff::tz::TimeZone;

const ZONEINFO: &str = "/usr/share/zoneinfo";

/// The zone `TZ` names (a zone name, a file, or a POSIX rule), else `/etc/localtime`; when
/// neither can be read this way, whatever jiff finds.
pub fn local_zone() -> TimeZone {
    let from_env = std::env::var("TZ").ok().filter(|tz| !tz.is_empty());
    let found = match &from_env {
        Some(tz) => from_tz(tz),
        None => from_file("/etc/localtime", localtime_name().as_deref()),
    };
    found.unwrap_or_else(TimeZone::system)
}

fn from_tz(tz: &str) -> Option<TimeZone> {
    let name = tz.strip_prefix(':').unwrap_or(tz);
    if name.starts_with('/') {
        return from_file(name, None);
    }
    // A zone name never climbs out of the zoneinfo folder.
    let is_name = !name.split('/').any(|part| part.is_empty() || part == "..");
    is_name
        .then(|| from_file(&format!("{ZONEINFO}/{name}"), Some(name)))
        .flatten()
        .or_else(|| TimeZone::posix(name).ok())
}

fn from_file(path: &str, name: Option<&str>) -> Option<TimeZone> {
    let bytes = std::fs::read(path).ok()?;
    TimeZone::tzif(name.unwrap_or("Local"), &bytes).ok()
}

/// The zone's name from `/etc/localtime`'s link into the zoneinfo folder (`Europe/Moscow`).
fn localtime_name() -> Option<String> {
    let target = std::fs::read_link("/etc/localtime").ok()?;
    let text = target.to_str()?;
    let at = text.find("zoneinfo/")?;
    let name = &text[at + "zoneinfo/".len()..];
    Path::new(name).is_relative().then(|| name.to_string())
}

/// A moment as the audit lists show when an audit last changed: `2026-12-03 10:26`, in `zone`.
pub fn to_the_minute(t: jiff::Timestamp, zone: &TimeZone) -> String {
    zone.to_datetime(t).strftime("%Y-%m-%d %H:%M").to_string()
}

#[cfg(test)]
mod tests {
    use super::from_tz;

    #[test]
    fn a_zone_name_a_posix_rule_and_nonsense() {
        if std::path::Path::new("/usr/share/zoneinfo/Europe/Moscow").exists() {
            let moscow = from_tz("Europe/Moscow").expect("a zone from its file");
            assert_eq!(moscow.iana_name(), Some("Europe/Moscow"));
        }
        let rule = from_tz("MSK-3").expect("a POSIX rule");
        let noon = jiff::Timestamp::from_second(1_700_000_000).expect("a time");
        assert_eq!(rule.to_offset(noon).seconds(), 3 * 3600);
        assert!(from_tz("../../etc/passwd").is_none());
    }
}
