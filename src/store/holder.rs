//! Who holds (or held) an audit's lock, as its lock file records it, and this computer's
//! name to tell a lock held here from one held elsewhere.

/// Who holds (or held) a lock, as written in the lock file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holder {
    pub pid: u32,
    pub host: String,
    pub since: String,
}

impl Holder {
    pub(super) fn current() -> Holder {
        Holder {
            pid: std::process::id(),
            host: this_host(),
            since: jiff::Timestamp::now().to_string(),
        }
    }

    pub(super) fn parse(text: &str) -> Option<Holder> {
        let mut pid = None;
        let mut host = String::new();
        let mut since = String::new();
        for line in text.lines() {
            match line.split_once('=') {
                Some(("pid", v)) => pid = v.trim().parse().ok(),
                Some(("host", v)) => host = v.trim().to_string(),
                Some(("since", v)) => since = v.trim().to_string(),
                _ => {}
            }
        }
        Some(Holder {
            pid: pid?,
            host,
            since,
        })
    }

    pub(super) fn render(&self) -> String {
        format!(
            "pid={}\nhost={}\nsince={}\n",
            self.pid, self.host, self.since
        )
    }
}

impl Holder {
    /// True when the lock file names another computer than this one: whether its process
    /// still runs cannot be seen from here.
    pub fn is_elsewhere(&self) -> bool {
        !self.host.is_empty() && self.host != this_host()
    }
}

impl std::fmt::Display for Holder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "process {} on {} since {}",
            self.pid, self.host, self.since
        )
    }
}

/// This computer's name, as lock files record it.
pub fn this_host() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "unknown host".into())
}
