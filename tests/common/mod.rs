//! Helpers for tests that drive the real `tpaudit` binary in a private data directory.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tpaudit::model::{Audit, Lang, Participant, Rating, Stage, Touchpoint};

/// A temporary data directory and config directory, and a way to run the binary in them.
pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Env {
        Env {
            dir: tempfile::tempdir().expect("a temp dir"),
        }
    }

    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn config(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    pub fn audit_path(&self, name: &str) -> PathBuf {
        self.data().join("audits").join(format!("{name}.ron"))
    }

    /// Runs `tpaudit --data-dir DATA ARGS…` with a private config dir and an English locale.
    pub fn run(&self, args: &[&str]) -> Out {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_tpaudit"));
        cmd.arg("--data-dir").arg(self.data()).args(args);
        self.exec(cmd)
    }

    /// Runs with the data dir given by `TPAUDIT_DATA_DIR` instead of the flag.
    pub fn run_env(&self, args: &[&str]) -> Out {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_tpaudit"));
        cmd.env("TPAUDIT_DATA_DIR", self.data()).args(args);
        self.exec(cmd)
    }

    fn exec(&self, mut cmd: Command) -> Out {
        let out = cmd
            .env("TPAUDIT_CONFIG_DIR", self.config())
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "C")
            .output()
            .expect("the binary runs");
        Out::from(out)
    }

    /// Saves an audit as `NAME.ron` in the data dir.
    pub fn save(&self, name: &str, audit: &Audit) -> PathBuf {
        let path = self.audit_path(name);
        tpaudit::store::save(&path, audit).expect("save the test audit");
        path
    }

    pub fn write(&self, rel: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
        let path = self.dir.path().join(rel);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("create dirs");
        }
        std::fs::write(&path, bytes).expect("write a test file");
        path
    }

    pub fn load(&self, name: &str) -> Audit {
        tpaudit::store::load(&self.audit_path(name)).expect("the audit loads")
    }
}

/// A finished run: exit code and both streams as text.
pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    pub raw: Vec<u8>,
}

impl From<Output> for Out {
    fn from(o: Output) -> Out {
        Out {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
            raw: o.stdout,
        }
    }
}

impl Out {
    /// Asserts success and returns stdout.
    pub fn ok(&self) -> &str {
        assert_eq!(self.code, 0, "expected success, stderr: {}", self.stderr);
        &self.stdout
    }

    /// Asserts exit status 1 with nothing on stdout, and returns stderr.
    pub fn failed(&self) -> &str {
        assert_eq!(self.code, 1, "expected failure, stdout: {}", self.stdout);
        assert!(self.stdout.is_empty(), "stdout: {}", self.stdout);
        &self.stderr
    }
}

/// A touchpoint with one rating per `(participant, [F, I, S])`.
pub fn tp(id: &str, name: &str, ratings: &[(&str, [Option<u8>; 3])]) -> Touchpoint {
    let mut t = Touchpoint::new(id, name);
    t.ratings = ratings
        .iter()
        .map(|(p, [f, i, s])| Rating {
            frequency: *f,
            impact: *i,
            satisfaction: *s,
            ..Rating::new(*p)
        })
        .collect();
    t
}

/// Shorthand for a fully given rating.
pub fn fis(f: u8, i: u8, s: u8) -> [Option<u8>; 3] {
    [Some(f), Some(i), Some(s)]
}

pub fn stage(id: &str, name: &str, touchpoints: Vec<Touchpoint>) -> Stage {
    Stage {
        touchpoints: tpaudit::model::shared(touchpoints),
        ..Stage::new(id, name)
    }
}

/// An audit with the named participants (ids p1, p2, …) and stages.
pub fn audit(name: &str, lang: Lang, people: &[&str], stages: Vec<Stage>) -> Audit {
    let mut a = Audit::new(name, lang, jiff::Timestamp::UNIX_EPOCH);
    a.participants = people
        .iter()
        .enumerate()
        .map(|(i, n)| Participant {
            id: format!("p{}", i + 1),
            name: n.to_string(),
        })
        .collect();
    a.stages = stages;
    a
}

/// An audit with no stage or touchpoint in common with the other test audits.
pub fn unrelated(name: &str) -> Audit {
    audit(
        name,
        Lang::En,
        &["Me"],
        vec![stage("x", "Elsewhere", vec![tp("z", "Z", &[])])],
    )
}

pub fn exists(p: &Path) -> bool {
    p.exists()
}

/// Puts the file's modification time a minute back, then waits until its status-change time
/// (which that sets to now) is old enough for a summary to be kept.
pub fn age(path: &Path) {
    use std::os::unix::fs::MetadataExt;
    let old = std::time::SystemTime::now() - std::time::Duration::from_secs(60);
    let f = std::fs::File::options()
        .write(true)
        .open(path)
        .expect("the audit");
    f.set_modified(old).expect("set the time");
    let coarse = f.metadata().expect("metadata").ctime_nsec() == 0;
    std::thread::sleep(std::time::Duration::from_millis(if coarse {
        2100
    } else {
        150
    }));
}

/// The later quarter's analytics: on-time delivery now meets its target, and a new figure
/// whose name would be markup if it were not escaped.
const NEXT_ANALYTICS: &str = "stage,touchpoint,metric,value,unit,target,better,source,date\n\
Delivery and unboxing,Courier delivery,On-time delivery,96,%,95,higher,Courier reports,2027-02-28\n\
Choosing a product,Product page,Load <b>time</b> & \"speed\",3.1,s,2.5,lower,PageSpeed,2027-02-28\n";

/// Two audits to compare, made as a user makes them. q1: the bundled evidence example; q2: its re-audit with the new analytics and twelve
/// customers' answers about the courier (eight 5s, four 3s: mean 13/3).
pub fn evidence_pair() -> Env {
    let env = Env::new();
    let example = std::fs::read("audits/examples/example-evidence-en.ron").expect("the example");
    env.write("data/audits/q1.ron", example);
    env.run(&["new", "q2", "--from", "q1"]).ok();
    let analytics = env.write("q2.analytics.csv", NEXT_ANALYTICS);
    env.run(&["evidence", "q2", analytics.to_str().expect("utf-8")])
        .ok();
    let mut survey = String::from("\"Timestamp\",\"Courier delivery\"\n");
    for i in 0..12 {
        let answer = if i % 3 == 0 { 3 } else { 5 };
        survey.push_str(&format!("\"2027/02/0{}\",\"{answer}\"\n", i % 9 + 1));
    }
    let survey = env.write("q2.survey.csv", survey);
    env.run(&["survey", "q2", survey.to_str().expect("utf-8")])
        .ok();
    env
}
