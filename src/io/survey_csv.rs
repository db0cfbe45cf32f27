//! `tpaudit survey`: customers' answers from a forms export (Google Forms, Yandex Forms, a
//! spreadsheet), one row per respondent. A column headed with a touchpoint's name (or
//! `STAGE / TOUCHPOINT` where a name repeats) holds satisfaction 1–5 or nothing; a column
//! headed `NPS` or "How likely are you to recommend…" holds 0–10; every other column is
//! ignored and named. Only counts per answer are kept, nothing about a respondent. A new
//! survey replaces the last one whole. All or nothing. Pure: bytes and the audit in, the
//! changed audit and a summary out.

use std::collections::HashMap;

use super::forms::{self, Grid, Problem, ReadError, key};
use crate::model::{Audit, Nps, Survey, TpRef};

/// Headers that begin a "how likely are you to recommend us" question (lower case).
const NPS_STARTS: [&str; 2] = [
    "how likely are you to recommend",
    "насколько вероятно, что вы порекомендуете",
];

/// What a survey import read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Summary {
    pub respondents: usize,
    pub touchpoint_columns: usize,
    /// Answers in the NPS column, when there is one.
    pub nps_answers: Option<u64>,
    /// The headers of the columns that were not read, in file order.
    pub ignored: Vec<String>,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} respondent{}; {} touchpoint column{}",
            self.respondents,
            if self.respondents == 1 { "" } else { "s" },
            self.touchpoint_columns,
            if self.touchpoint_columns == 1 {
                ""
            } else {
                "s"
            }
        )?;
        if let Some(n) = self.nps_answers {
            write!(f, "; NPS: {n} answer{}", if n == 1 { "" } else { "s" })?;
        }
        if !self.ignored.is_empty() {
            write!(f, "; ignored: {}", self.ignored.join(", "))?;
        }
        Ok(())
    }
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Column {
    Touchpoint(TpRef),
    Nps,
    Ignored,
}

/// Reads the export into `audit`, replacing its survey, or refuses it whole.
pub fn import(bytes: &[u8], audit: &mut Audit) -> Result<Summary, ReadError> {
    let grid = forms::read(bytes)?;
    let columns = header(audit, &grid)?;
    let mut surveys: HashMap<TpRef, [u32; 5]> = HashMap::new();
    let mut nps = [0u32; 11];
    let mut problems = Vec::new();
    for (row, cells) in &grid.rows {
        for (i, col) in columns.iter().enumerate() {
            let text = cells.get(i).map_or("", |s| s.trim());
            let (range, counts): (_, &mut [u32]) = match *col {
                Column::Ignored => continue,
                Column::Nps => (0..=10, &mut nps),
                Column::Touchpoint(at) => (1..=5, surveys.entry(at).or_default()),
            };
            match answer(text, &range) {
                Ok(Some(v)) => counts[usize::from(v - range.start())] += 1,
                Ok(None) => {}
                Err(why) => problems.push(Problem::cell(&grid, *row, i, why)),
            }
        }
    }
    if !problems.is_empty() {
        return Err(ReadError::Problems(problems));
    }
    Ok(apply(audit, &grid, &columns, surveys, nps))
}

fn apply(
    audit: &mut Audit,
    grid: &Grid,
    columns: &[Column],
    surveys: HashMap<TpRef, [u32; 5]>,
    nps: [u32; 11],
) -> Summary {
    for stage in &mut audit.stages {
        for tp in stage.touchpoints.iter_mut() {
            if tp.survey.is_some() {
                tp.survey = None;
            }
        }
    }
    for (&(si, ti), &counts) in &surveys {
        let survey = Survey { counts };
        audit.stages[si].touchpoints[ti].survey = (survey.n() > 0).then_some(survey);
    }
    let has_nps = columns.contains(&Column::Nps);
    let nps = Nps { counts: nps };
    audit.nps = (has_nps && nps.n() > 0).then_some(nps);
    Summary {
        respondents: grid.rows.len(),
        touchpoint_columns: surveys.len(),
        nps_answers: has_nps.then(|| nps.n()),
        ignored: grid
            .header
            .iter()
            .zip(columns)
            .filter(|(_, c)| **c == Column::Ignored)
            .map(|(h, _)| h.trim().to_string())
            .collect(),
    }
}

/// What each column holds; two columns for one touchpoint or two NPS columns refuse the file,
/// as does a name several touchpoints share, and a file with nothing to read.
fn header(audit: &Audit, grid: &Grid) -> Result<Vec<Column>, ReadError> {
    let names = touchpoint_names(audit);
    let mut problems = Vec::new();
    let mut columns = Vec::new();
    let mut first: HashMap<Column, usize> = HashMap::new();
    for (i, h) in grid.header.iter().enumerate() {
        let col = column(audit, &names, h).unwrap_or_else(|why| {
            problems.push(Problem::cell(grid, 1, i, why));
            Column::Ignored
        });
        if col != Column::Ignored {
            if let Some(j) = first.get(&col) {
                problems.push(Problem::cell(
                    grid,
                    1,
                    i,
                    format!("column {} holds the same question; keep one", j + 1),
                ));
            }
            first.entry(col).or_insert(i);
        }
        columns.push(col);
    }
    if problems.is_empty() && first.is_empty() {
        problems.push(Problem::row(
            1,
            "no column is headed with a touchpoint's name, `STAGE / TOUCHPOINT` or NPS; rename the survey's columns to the touchpoints they ask about",
        ));
    }
    if problems.is_empty() {
        Ok(columns)
    } else {
        Err(ReadError::Problems(problems))
    }
}

/// What a column headed `h` holds; a name several touchpoints share is an error saying how to
/// head the column instead.
fn column(audit: &Audit, names: &HashMap<String, Vec<TpRef>>, h: &str) -> Result<Column, String> {
    let k = key(h);
    if k == "nps" || NPS_STARTS.iter().any(|s| k.starts_with(s)) {
        return Ok(Column::Nps);
    }
    match names.get(&k).map(Vec::as_slice) {
        Some([at]) => Ok(Column::Touchpoint(*at)),
        Some(several) => {
            let stages: Vec<String> = several
                .iter()
                .map(|&(si, _)| format!("'{} / {}'", audit.stages[si].name, h.trim()))
                .collect();
            Err(format!(
                "several touchpoints have this name; head the column {}",
                stages.join(" or ")
            ))
        }
        None => Ok(Column::Ignored),
    }
}

/// Every touchpoint by its name and by `STAGE / TOUCHPOINT`, in lower case.
fn touchpoint_names(audit: &Audit) -> HashMap<String, Vec<TpRef>> {
    let mut names: HashMap<String, Vec<TpRef>> = HashMap::new();
    for (si, ti, tp) in audit.touchpoints() {
        if tp.not_applicable {
            continue;
        }
        names.entry(key(&tp.name)).or_default().push((si, ti));
        let full = format!("{} / {}", key(&audit.stages[si].name), key(&tp.name));
        names.entry(full).or_default().push((si, ti));
    }
    names
}

/// One answer: empty, or a whole number in `range`.
fn answer(text: &str, range: &std::ops::RangeInclusive<u8>) -> Result<Option<u8>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    let (lo, hi) = (range.start(), range.end());
    match text.parse::<i64>() {
        Ok(v) if (i64::from(*lo)..=i64::from(*hi)).contains(&v) => Ok(Some(v as u8)),
        Ok(v) => Err(format!("{v} is out of range {lo}–{hi}")),
        Err(_) => Err(format!("'{text}' is not a whole number {lo}–{hi}")),
    }
}

#[cfg(test)]
mod tests;
