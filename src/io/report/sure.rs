//! How sure the ranking is, in sentences for the Markdown and HTML reports: the stable top,
//! what the rest of the top rests on, and the quadrants under the other crosshair.

use super::facts::Facts;
use crate::i18n::robust as words;
use crate::model::CrosshairMode;
use crate::model::robust::{TOP, reliance};

/// The sentences, each escaped by `esc` for the report's markup.
pub fn sentences(f: &Facts, esc: fn(&str) -> String) -> Vec<String> {
    let rob = &f.robustness;
    let names: Vec<String> = (rob.stable_top.iter())
        .filter_map(|&at| {
            f.ranked(at)
                .map(|r| format!("{}. {}", r.rank, f.tp(at).name))
        })
        .map(|n| esc(&n))
        .collect();
    let mut out = vec![words::stable_top(f.lang, &names)];
    for s in rob.ranked.iter().take(TOP) {
        if rob.stable_top.contains(&s.at) {
            continue;
        }
        let Some(why) = reliance(f.audit, rob, s) else {
            continue;
        };
        let who = match &why {
            crate::model::robust::Reliance::Voice { participant, .. } => {
                f.participant(participant).to_string()
            }
            _ => String::new(),
        };
        let line = words::reliance(f.lang, s.rank, &f.tp(s.at).name, &why, &who);
        out.push(esc(&line));
    }
    out.push(esc(&other_crosshair(f)));
    out
}

fn other_crosshair(f: &Facts) -> String {
    let moved: Vec<(usize, String, crate::model::Quadrant)> = (f.rows())
        .zip(&f.robustness.ranked)
        .filter(|(row, s)| row.r.quadrant != s.quadrant_other_crosshair)
        .map(|(row, s)| (row.r.rank, row.tp.name.clone(), s.quadrant_other_crosshair))
        .collect();
    words::other_crosshair(f.lang, f.mode == CrosshairMode::Midpoint, &moved)
}
