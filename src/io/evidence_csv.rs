//! `tpaudit evidence`: measurements from an analytics export. Header (any order, any case)
//! `stage,touchpoint,metric,value,unit,target,better,source,date`; `stage`, `metric` and
//! `value` required; an empty `touchpoint` makes a stage-level figure. All or nothing: an
//! unknown stage or touchpoint, or any bad row, refuses the whole file. Pure: bytes and the
//! audit in, the changed audit and a summary out.

use std::collections::HashMap;

use super::forms::{self, Grid, Problem, ReadError, key};
use crate::model::evidence::{FUNNEL_METRIC, MAX_VALUE, put_measurement};
use crate::model::{Audit, Better, Measurement};

/// The columns this import knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Column {
    Stage,
    Touchpoint,
    Metric,
    Value,
    Unit,
    Target,
    Better,
    Source,
    Date,
}

const COLUMNS: [(&str, Column); 9] = [
    ("stage", Column::Stage),
    ("touchpoint", Column::Touchpoint),
    ("metric", Column::Metric),
    ("value", Column::Value),
    ("unit", Column::Unit),
    ("target", Column::Target),
    ("better", Column::Better),
    ("source", Column::Source),
    ("date", Column::Date),
];

/// What an import changed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Summary {
    pub stage_figures: usize,
    pub touchpoint_figures: usize,
    /// Figures that replaced one of the same metric.
    pub replaced: usize,
}

/// Where a figure goes: a stage, or a touchpoint of a stage.
type Place = (usize, Option<usize>);

/// Reads the export into `audit`, or refuses it whole.
pub fn import(bytes: &[u8], audit: &mut Audit) -> Result<Summary, ReadError> {
    let grid = forms::read(bytes)?;
    let columns = header(&grid)?;
    let mut problems = Vec::new();
    let mut figures: Vec<(Place, Measurement)> = Vec::new();
    let mut first_row: HashMap<(Place, String), usize> = HashMap::new();
    for (row, cells) in &grid.rows {
        let cell = |c: Column| {
            columns
                .get(&c)
                .map(|&i| (i, cells.get(i).map_or("", |s| s.trim())))
        };
        match read_row(audit, &grid, *row, &cell) {
            Ok((place, m)) => {
                let k = (place, key(&m.metric));
                if let Some(first) = first_row.get(&k) {
                    let (i, _) = cell(Column::Metric).unwrap_or((0, ""));
                    problems.push(Problem::cell(
                        &grid,
                        *row,
                        i,
                        format!(
                            "'{}' is given for the same place in row {first} too; keep one",
                            m.metric
                        ),
                    ));
                } else {
                    first_row.insert(k, *row);
                    figures.push((place, m));
                }
            }
            Err(mut p) => problems.append(&mut p),
        }
    }
    if !problems.is_empty() {
        return Err(ReadError::Problems(problems));
    }
    Ok(apply(audit, figures))
}

fn apply(audit: &mut Audit, figures: Vec<(Place, Measurement)>) -> Summary {
    let mut summary = Summary::default();
    for ((si, ti), m) in figures {
        let stage = &mut audit.stages[si];
        let list = match ti {
            Some(ti) => {
                summary.touchpoint_figures += 1;
                &mut stage.touchpoints[ti].measurements
            }
            None => {
                summary.stage_figures += 1;
                &mut stage.measurements
            }
        };
        if list.iter().any(|x| x.is(&m.metric)) {
            summary.replaced += 1;
        }
        put_measurement(list, m);
    }
    summary
}

/// Where each known column is; unknown, repeated or missing required columns refuse the file.
fn header(grid: &Grid) -> Result<HashMap<Column, usize>, ReadError> {
    let mut out = HashMap::new();
    let mut problems = Vec::new();
    let known = COLUMNS.map(|(n, _)| n).join(", ");
    for (i, name) in grid.header.iter().enumerate() {
        match COLUMNS.iter().find(|(n, _)| *n == key(name)) {
            Some(&(_, c)) if out.contains_key(&c) => {
                problems.push(Problem::cell(grid, 1, i, "this column appears twice"))
            }
            Some(&(_, c)) => {
                out.insert(c, i);
            }
            None => problems.push(Problem::cell(
                grid,
                1,
                i,
                format!("unknown column (known columns: {known})"),
            )),
        }
    }
    for (name, c) in [
        ("stage", Column::Stage),
        ("metric", Column::Metric),
        ("value", Column::Value),
    ] {
        if !out.contains_key(&c) {
            problems.push(Problem::row(
                1,
                format!("the required column '{name}' is missing"),
            ));
        }
    }
    if problems.is_empty() {
        Ok(out)
    } else {
        Err(ReadError::Problems(problems))
    }
}

/// One row: where it goes and the measurement, or every problem of the row.
fn read_row<'a>(
    audit: &Audit,
    grid: &Grid,
    row: usize,
    cell: &dyn Fn(Column) -> Option<(usize, &'a str)>,
) -> Result<(Place, Measurement), Vec<Problem>> {
    let mut problems = Vec::new();
    let mut bad = |c: Column, reason: String| {
        let (i, _) = cell(c).unwrap_or((0, ""));
        problems.push(Problem::cell(grid, row, i, reason));
    };
    let text = |c: Column| cell(c).map_or("", |(_, t)| t);
    let place = locate(audit, text(Column::Stage), text(Column::Touchpoint));
    if let Err((c, why)) = &place {
        bad(*c, why.clone());
    }
    let metric = text(Column::Metric);
    if metric.is_empty() {
        bad(Column::Metric, "the metric name is missing".into());
    }
    let value = number(text(Column::Value));
    match &value {
        Ok(None) => bad(Column::Value, "the value is missing".into()),
        Err(why) => bad(Column::Value, why.clone()),
        Ok(Some(_)) => {}
    }
    let (target, better) = goal(text(Column::Target), text(Column::Better), &mut bad);
    let date = text(Column::Date);
    if !date.is_empty() && date.parse::<jiff::civil::Date>().is_err() {
        bad(Column::Date, format!("'{date}' is not a date YYYY-MM-DD"));
    }
    if let (Ok((_, None)), Ok(Some(v))) = (&place, &value)
        && key(metric) == FUNNEL_METRIC
        && (*v < 0.0 || v.fract() != 0.0)
    {
        bad(
            Column::Value,
            format!("{v} customers: the funnel counts customers, a whole number 0 or more"),
        );
    }
    match (place, value) {
        (Ok(place), Ok(Some(value))) if problems.is_empty() => Ok((
            place,
            Measurement {
                unit: text(Column::Unit).to_string(),
                target,
                better,
                source: text(Column::Source).to_string(),
                date: date.to_string(),
                ..Measurement::new(metric, value)
            },
        )),
        _ => Err(problems),
    }
}

/// The target and which way is better; a bad cell is reported through `bad`.
fn goal(target: &str, better: &str, bad: &mut impl FnMut(Column, String)) -> (Option<f64>, Better) {
    let target = number(target).unwrap_or_else(|why| {
        bad(Column::Target, why);
        None
    });
    let better = match key(better).as_str() {
        "" | "higher" => Better::Higher,
        "lower" => Better::Lower,
        other => {
            bad(
                Column::Better,
                format!("'{other}' is neither higher nor lower"),
            );
            Better::Higher
        }
    };
    (target, better)
}

/// The stage (by name or id) and touchpoint (by name or id within it) a row names.
fn locate(audit: &Audit, stage: &str, touchpoint: &str) -> Result<Place, (Column, String)> {
    if stage.is_empty() {
        return Err((Column::Stage, "the stage is missing".into()));
    }
    let Some(si) = audit
        .stages
        .iter()
        .position(|s| key(&s.name) == key(stage) || s.id == stage)
    else {
        let names: Vec<&str> = audit.stages.iter().map(|s| s.name.as_str()).collect();
        return Err((
            Column::Stage,
            format!(
                "no stage '{stage}' in the audit (stages: {})",
                names.join(", ")
            ),
        ));
    };
    if touchpoint.is_empty() {
        return Ok((si, None));
    }
    let s = &audit.stages[si];
    s.touchpoints
        .iter()
        .position(|t| key(&t.name) == key(touchpoint) || t.id == touchpoint)
        .map(|ti| (si, Some(ti)))
        .ok_or_else(|| {
            (
                Column::Touchpoint,
                format!("no touchpoint '{touchpoint}' in stage '{}'", s.name),
            )
        })
}

/// A number cell: empty, or a number as a spreadsheet writes it (`12 400`, `0,4`, `14.5`).
fn number(text: &str) -> Result<Option<f64>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    let compact: String = text
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .collect();
    let normal = match compact.split_once(',') {
        None => compact.clone(),
        // `12,400` is twelve thousand four hundred in English and 12.4 in Russian.
        Some((_, decimals)) if decimals.len() == 3 && !compact.contains('.') => {
            return Err(format!(
                "'{text}' is ambiguous: write {} or {}",
                compact.replace(',', ""),
                compact.replace(',', ".")
            ));
        }
        Some(_) if compact.contains('.') => compact.clone(),
        Some(_) => compact.replacen(',', ".", 1),
    };
    match normal.parse::<f64>() {
        Ok(v) if v.is_finite() && v.abs() <= MAX_VALUE => Ok(Some(v)),
        Ok(_) => Err(format!("'{text}' is out of range (at most {MAX_VALUE:e})")),
        Err(_) => Err(format!("'{text}' is not a number")),
    }
}

#[cfg(test)]
mod tests;
