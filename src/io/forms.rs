//! Reading a spreadsheet export as a grid of text cells, for the evidence and survey imports:
//! a UTF-8 byte-order mark is dropped, `,` or `;` is detected from the header line, and every
//! problem names its row (the header is row 1, as a spreadsheet counts) and column.

use std::fmt;

/// One problem with the file, at a row and, when it is about one cell, a column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// 1-based; the header is row 1.
    pub row: usize,
    /// 1-based column number and the column's header.
    pub column: Option<(usize, String)>,
    pub reason: String,
}

impl Problem {
    pub fn row(row: usize, reason: impl Into<String>) -> Problem {
        Problem {
            row,
            column: None,
            reason: reason.into(),
        }
    }

    /// A problem with the cell of `row` in column `col` (0-based) of `grid`.
    pub fn cell(grid: &Grid, row: usize, col: usize, reason: impl Into<String>) -> Problem {
        let name = grid.header.get(col).cloned().unwrap_or_default();
        Problem {
            row,
            column: Some((col + 1, name)),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.column {
            Some((n, name)) if name.trim().is_empty() => {
                write!(f, "row {}, column {n}: {}", self.row, self.reason)
            }
            Some((n, name)) => write!(
                f,
                "row {}, column {n} ({}): {}",
                self.row,
                name.trim(),
                self.reason
            ),
            None => write!(f, "row {}: {}", self.row, self.reason),
        }
    }
}

/// Why a file was refused. Nothing is written when any part of it is bad.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("the file is empty; the first row must name the columns")]
    Empty,
    #[error("the file has a header but no data rows")]
    NoRows,
    #[error(
        "{} problem(s), nothing was written:\n  {}",
        .0.len(),
        .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n  ")
    )]
    Problems(Vec<Problem>),
}

/// The header and the data rows, each with its row number; blank rows are left out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grid {
    pub header: Vec<String>,
    pub rows: Vec<(usize, Vec<String>)>,
}

/// Reads CSV bytes into a grid, or every problem of reading it (bad UTF-8, a broken quote,
/// a row longer than the header).
pub fn read(bytes: &[u8]) -> Result<Grid, ReadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = ::csv::ReaderBuilder::new()
        .delimiter(super::csv_import::detect_delimiter(bytes))
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    let mut problems = Vec::new();
    let mut header = None;
    let mut rows = Vec::new();
    for (i, record) in reader.byte_records().enumerate() {
        let row = i + 1;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(Problem::row(row, format!("cannot read the row: {e}")));
                continue;
            }
        };
        let cells = texts(row, &record, &mut problems);
        match &header {
            None => header = Some(cells),
            Some(h) => {
                if cells.iter().all(|c| c.trim().is_empty()) {
                    continue;
                }
                if cells.len() > h.len() {
                    problems.push(Problem::row(
                        row,
                        format!(
                            "has {} cells but the header has {} columns",
                            cells.len(),
                            h.len()
                        ),
                    ));
                }
                rows.push((row, cells));
            }
        }
    }
    let Some(header) = header else {
        return Err(if problems.is_empty() {
            ReadError::Empty
        } else {
            ReadError::Problems(problems)
        });
    };
    if !problems.is_empty() {
        return Err(ReadError::Problems(problems));
    }
    if rows.is_empty() {
        return Err(ReadError::NoRows);
    }
    Ok(Grid { header, rows })
}

/// A record's cells as text; a cell that is not UTF-8 is a problem and reads as empty.
fn texts(row: usize, record: &::csv::ByteRecord, problems: &mut Vec<Problem>) -> Vec<String> {
    let mut cells = Vec::with_capacity(record.len());
    for (c, cell) in record.iter().enumerate() {
        match std::str::from_utf8(cell) {
            Ok(text) => cells.push(text.to_string()),
            Err(_) => {
                problems.push(Problem {
                    row,
                    column: Some((c + 1, String::new())),
                    reason: "not valid UTF-8 text; save the file as UTF-8".into(),
                });
                cells.push(String::new());
            }
        }
    }
    cells
}

/// Trimmed and lower-cased, for matching names.
pub fn key(s: &str) -> String {
    s.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_semicolons_and_blank_rows() {
        let g = read("\u{feff}a;b\r\n1;2\r\n;\r\n3;\"x;y\"\r\n".as_bytes()).expect("reads");
        assert_eq!(g.header, ["a", "b"]);
        assert_eq!(
            g.rows,
            vec![
                (2, vec!["1".into(), "2".into()]),
                (4, vec!["3".into(), "x;y".into()])
            ]
        );
    }

    #[test]
    fn a_long_row_and_bad_text_are_named() {
        let err = read(b"a,b\n1,2,3\n\xff,1\n").expect_err("refused");
        let text = err.to_string();
        assert!(
            text.contains("row 2: has 3 cells but the header has 2 columns"),
            "{text}"
        );
        assert!(text.contains("row 3, column 1: not valid UTF-8"), "{text}");
        assert_eq!(read(b""), Err(ReadError::Empty));
        assert_eq!(read(b"a,b\n\n"), Err(ReadError::NoRows));
    }
}
