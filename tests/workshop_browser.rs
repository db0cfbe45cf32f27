//! A real browser: Debian's headless Chromium opens the phone page at 360×740 (driven over the
//! DevTools protocol by `tests/browser/workshop_phone.js` under node), joins, taps a value on
//! each scale, sees "saved"; the vote is in the audit file. Skipped with a notice when
//! chromium or node is missing outside CI.

mod workshop_common;

use std::path::Path;
use std::process::Command;

use tpaudit::app::workshop::Mode;
use tpaudit::model::{Lang, Scale};
use workshop_common::{Room, audit, workshop};

const CHROMIUM: &str = "/usr/bin/chromium";

fn present() -> bool {
    let node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    let ok = node && Path::new(CHROMIUM).exists();
    if !ok {
        let ci = std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false");
        assert!(
            !ci,
            "chromium and node are required for the browser test under CI"
        );
        eprintln!("NOTICE: chromium or node not found; the phone page's browser test is skipped");
    }
    ok
}

#[test]
fn a_phone_joins_and_scores_every_scale_in_chromium() {
    if !present() {
        return;
    }
    for lang in [Lang::En, Lang::Ru] {
        let shots = Path::new(env!("CARGO_TARGET_TMPDIR")).to_path_buf();
        let shot = shots.join(format!("workshop_phone_{}.png", lang.code()));
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/workshop_phone.js");
        let out = workshop(audit(3, lang), Mode::Facilitated, move |room: &Room| {
            let run = Command::new("node")
                .arg(&script)
                .args([CHROMIUM, &room.base, "Dana", "4", "5", "2"])
                .arg(&shot)
                .output()
                .expect("node runs");
            assert!(
                run.status.success(),
                "the browser run failed: {}{}",
                String::from_utf8_lossy(&run.stdout),
                String::from_utf8_lossy(&run.stderr)
            );
            assert!(
                std::fs::metadata(&shot).is_ok_and(|m| m.len() > 1000),
                "a screenshot"
            );
        });
        let t0 = &out.saved.stages[0].touchpoints[0];
        let dana = t0.rating("dana").expect("Dana's vote is in the file");
        let got: Vec<Option<u8>> = Scale::ALL.iter().map(|s| dana.get(*s)).collect();
        assert_eq!(got, [Some(4), Some(5), Some(2)]);
    }
}
