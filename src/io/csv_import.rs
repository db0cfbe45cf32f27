//! CSV import (the contract of PRODUCT.md): a spreadsheet of stages, touchpoints and scores
//! becomes an audit. Pure: bytes in, audit or every problem out; the caller writes the file.
//!
//! Row numbers count CSV records as a spreadsheet counts rows: the header is row 1, the first
//! data record row 2, a quoted multi-line cell stays one row. Rows whose cells are all blank are
//! skipped (spreadsheets often export them at the end).

use std::collections::HashMap;

use crate::model::{Audit, Scale};

/// Why a CSV file could not be imported. Nothing is imported when any row is bad.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("the file is empty; the first row must name the columns (stage, touchpoint, …)")]
    Empty,
    #[error("the file has a header but no data rows")]
    NoRows,
    #[error(
        "{} problem(s), nothing was imported:\n  {}",
        .0.len(),
        .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n  ")
    )]
    Rows(Vec<RowProblem>),
}

/// The columns the contract knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Column {
    Stage,
    Touchpoint,
    Score(Scale),
    /// `frequency_evidence` and the like: what the touchpoint's score on a scale rests on.
    Evidence(Scale),
    Notes,
    Rater,
}

const COLUMNS: &str = "stage, touchpoint, frequency, impact, satisfaction, notes, rater, \
frequency_evidence, impact_evidence, satisfaction_evidence";

impl Column {
    /// The column of a header: the contract's name, or the heading the workbook's ratings sheet
    /// shows in either language, so that sheet saved as CSV imports back.
    fn from_header(name: &str) -> Option<Column> {
        let name = name.trim().to_lowercase();
        let key = crate::i18n::report::column_key(&name).unwrap_or(&name);
        match key {
            "stage" => Some(Column::Stage),
            "touchpoint" => Some(Column::Touchpoint),
            "frequency" => Some(Column::Score(Scale::Frequency)),
            "impact" => Some(Column::Score(Scale::Impact)),
            "satisfaction" => Some(Column::Score(Scale::Satisfaction)),
            "notes" => Some(Column::Notes),
            "rater" => Some(Column::Rater),
            "frequency_evidence" => Some(Column::Evidence(Scale::Frequency)),
            "impact_evidence" => Some(Column::Evidence(Scale::Impact)),
            "satisfaction_evidence" => Some(Column::Evidence(Scale::Satisfaction)),
            _ => None,
        }
    }
}

/// Imports CSV text into `base` (an empty audit, or one made from a template).
pub fn parse(text: &str, base: Audit) -> Result<Audit, ImportError> {
    parse_bytes(text.as_bytes(), base)
}

/// Imports CSV bytes into `base`; bad UTF-8 is reported with its row like any other problem.
pub fn parse_bytes(bytes: &[u8], base: Audit) -> Result<Audit, ImportError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(detect_delimiter(bytes))
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut records = reader.byte_records();
    let header = match records.next() {
        None => return Err(ImportError::Empty),
        Some(Err(e)) => return Err(ImportError::Rows(vec![csv_problem(1, &e)])),
        Some(Ok(h)) => h,
    };
    let (columns, mut problems) = read_header(&header);
    let mut rows = Vec::new();
    for (i, record) in records.enumerate() {
        let row = i + 2;
        match record {
            Err(e) => problems.push(csv_problem(row, &e)),
            Ok(rec) => match read_row(row, &rec, &columns, header.len()) {
                Ok(Some(r)) => rows.push((row, r)),
                Ok(None) => {}
                Err(mut p) => problems.append(&mut p),
            },
        }
    }
    let has_rater = columns.contains(&Some(Column::Rater));
    problems.extend(duplicates(&rows, has_rater));
    problems.extend(evidence::disagreements(&rows));
    if !problems.is_empty() {
        return Err(ImportError::Rows(problems));
    }
    if rows.is_empty() {
        return Err(ImportError::NoRows);
    }
    Ok(build(base, rows, has_rater))
}

/// `;` when the header line has more semicolons than commas (outside quotes), else `,`.
pub(crate) fn detect_delimiter(bytes: &[u8]) -> u8 {
    let (mut commas, mut semis, mut quoted) = (0usize, 0usize, false);
    for &b in bytes {
        match b {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            b',' if !quoted => commas += 1,
            b';' if !quoted => semis += 1,
            _ => {}
        }
    }
    if semis > commas { b';' } else { b',' }
}

fn csv_problem(row: usize, e: &::csv::Error) -> RowProblem {
    RowProblem {
        row,
        reason: format!("cannot read the row: {e}"),
    }
}

fn read_header(header: &::csv::ByteRecord) -> (Vec<Option<Column>>, Vec<RowProblem>) {
    let mut problems = Vec::new();
    let mut problem = |reason: String| problems.push(RowProblem { row: 1, reason });
    let mut columns = Vec::new();
    for (i, cell) in header.iter().enumerate() {
        let Ok(name) = std::str::from_utf8(cell) else {
            problem(format!("column {} header is not valid UTF-8 text", i + 1));
            columns.push(None);
            continue;
        };
        let col = Column::from_header(name);
        match col {
            None if name.trim().is_empty() => problem(format!("column {} has no name", i + 1)),
            None => problem(format!(
                "unknown column '{}' (known columns: {COLUMNS})",
                name.trim()
            )),
            Some(c) if columns.contains(&Some(c)) => {
                problem(format!("column '{}' appears twice", name.trim()))
            }
            Some(_) => {}
        }
        columns.push(col);
    }
    for (col, name) in [(Column::Stage, "stage"), (Column::Touchpoint, "touchpoint")] {
        if !columns.contains(&Some(col)) {
            problem(format!("the required column '{name}' is missing"));
        }
    }
    (columns, problems)
}

/// Reads one data row: `Ok(None)` for a blank row, every problem of the row otherwise.
fn read_row(
    row: usize,
    rec: &::csv::ByteRecord,
    columns: &[Option<Column>],
    width: usize,
) -> Result<Option<Row>, Vec<RowProblem>> {
    let mut problems = Vec::new();
    let mut problem = |reason: String| problems.push(RowProblem { row, reason });
    if rec.iter().all(|c| c.iter().all(u8::is_ascii_whitespace)) {
        return Ok(None);
    }
    if rec.len() != width {
        problem(format!(
            "has {} cells but the header has {width} columns",
            rec.len()
        ));
    }
    let mut out = Row {
        stage: String::new(),
        touchpoint: String::new(),
        scores: [None; 3],
        levels: [None; 3],
        notes: String::new(),
        rater: None,
    };
    let mut bad_text = false;
    for (i, (cell, col)) in rec.iter().zip(columns).enumerate() {
        let Some(col) = col else { continue };
        let Ok(text) = std::str::from_utf8(cell) else {
            problem(format!("column {} is not valid UTF-8 text", i + 1));
            bad_text = true;
            continue;
        };
        match *col {
            Column::Stage => out.stage = unguard(text.trim()).to_string(),
            Column::Touchpoint => out.touchpoint = unguard(text.trim()).to_string(),
            Column::Notes => out.notes = unguard(text.trim()).to_string(),
            Column::Rater => out.rater = Some(unguard(text.trim()).to_string()),
            Column::Score(scale) => match score(text) {
                Ok(v) => out.scores[scale.index()] = v,
                Err(why) => problem(format!("{} {why}", scale_key(scale))),
            },
            Column::Evidence(scale) => match evidence::level(text) {
                Ok(v) => out.levels[scale.index()] = v,
                Err(why) => problem(format!("{}_evidence {why}", scale_key(scale))),
            },
        }
    }
    // A name that is not text was already reported; calling it missing too would mislead.
    if out.stage.is_empty() && !bad_text {
        problem("the stage name is missing".into());
    }
    if out.touchpoint.is_empty() && !bad_text {
        problem("the touchpoint name is missing".into());
    }
    if problems.is_empty() {
        Ok(Some(out))
    } else {
        Err(problems)
    }
}

/// A cell as it was before tpaudit's CSV writers guarded it against formula injection: the
/// `'` they put before a leading `=`, `+`, `-`, `@`, tab or carriage return is taken off, so
/// the ratings CSV (and any CSV tpaudit wrote) imports with the names it had.
fn unguard(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => text,
    }
}

/// A score cell: empty, or a whole number 1–5.
fn score(text: &str) -> Result<Option<u8>, String> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    match t.parse::<i64>() {
        Ok(v @ 1..=5) => Ok(Some(v as u8)),
        Ok(v) => Err(format!("score {v} is out of range 1–5")),
        Err(_) => Err(format!("score '{t}' is not a whole number 1–5")),
    }
}

/// Rows that score a touchpoint its rater already scored. Touchpoints and raters are numbered
/// once each (the row before is tried first, by its names as written), so a row costs a lookup
/// of two numbers, not three new strings.
fn duplicates(rows: &[(usize, Row)], has_rater: bool) -> Vec<RowProblem> {
    let mut touchpoints: HashMap<(String, String), usize> = HashMap::new();
    let mut raters: HashMap<String, usize> = HashMap::new();
    let mut seen: HashMap<(usize, usize), usize> = HashMap::new();
    let mut last: Option<(&str, &str, usize)> = None;
    let mut out = Vec::new();
    for (row, r) in rows {
        let tp = match last {
            Some((stage, name, n))
                if (stage, name) == (r.stage.as_str(), r.touchpoint.as_str()) =>
            {
                n
            }
            _ => {
                let next = touchpoints.len();
                *touchpoints
                    .entry((key(&r.stage), key(&r.touchpoint)))
                    .or_insert(next)
            }
        };
        last = Some((&r.stage, &r.touchpoint, tp));
        let rater_key = r.rater.as_deref().map(key).unwrap_or_default();
        let next = raters.len();
        let rater = *raters.entry(rater_key).or_insert(next);
        if let Some(first) = seen.get(&(tp, rater)) {
            let by = match (&r.rater, has_rater) {
                (Some(name), true) if !name.is_empty() => format!(" by rater '{name}'"),
                _ => String::new(),
            };
            out.push(RowProblem {
                row: *row,
                reason: format!(
                    "touchpoint '{}' in stage '{}' is already scored{by} in row {first}",
                    r.touchpoint, r.stage
                ),
            });
        } else {
            seen.insert((tp, rater), *row);
        }
    }
    out
}

mod build;
mod evidence;
mod row;
use build::build;
pub use row::RowProblem;
use row::{Row, key, scale_key};

#[cfg(test)]
mod tests;
