//! A table of typed cells: what the CSV writers of compare and combine write, and what a
//! spreadsheet writer can write with numbers as numbers.

use crate::io::report::csv::{CsvText, guard, num};

/// One cell: text, a whole number, a score or priority, a yes/no, or nothing.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Int(i64),
    /// A score or a priority: written with at most one decimal.
    Num(f64),
    Bool(bool),
    Empty,
}

impl Cell {
    pub fn text(s: impl Into<String>) -> Cell {
        Cell::Text(s.into())
    }

    /// A count or a rank.
    pub fn int(n: usize) -> Cell {
        Cell::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }

    /// `Num(v)`, or empty without a value.
    pub fn num(v: Option<impl Into<f64>>) -> Cell {
        v.map_or(Cell::Empty, |v| Cell::Num(v.into()))
    }

    /// The cell as CSV shows it (`excel`: a decimal comma). Only text is guarded against
    /// formula injection: a number is data, never a formula, so a negative change is written
    /// `-37.5` (`-37,5` with `excel`) and a spreadsheet reads it as the number it is.
    pub fn csv(&self, excel: bool) -> String {
        match self {
            Cell::Text(s) => guard(s),
            Cell::Int(n) => n.to_string(),
            Cell::Num(v) => num(*v, excel),
            Cell::Bool(b) => b.to_string(),
            Cell::Empty => String::new(),
        }
    }
}

/// A header row and rows of cells.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub header: Vec<&'static str>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    pub fn new(header: &[&'static str]) -> Table {
        Table {
            header: header.to_vec(),
            rows: Vec::new(),
        }
    }

    /// CSV text: RFC 4180 quoting, `\n` line ends; with `excel`, a UTF-8 BOM, `;` and
    /// decimal commas.
    pub fn to_csv(&self, excel: bool) -> String {
        csv_of(&self.header, &self.rows, excel)
    }
}

/// CSV text of a header and rows, written as they come (see [`Table::to_csv`]), so that rows
/// made one at a time are never all held.
pub fn csv_of<R: AsRef<[Cell]>>(
    header: &[&str],
    rows: impl IntoIterator<Item = R>,
    excel: bool,
) -> String {
    let mut out = CsvText::new(excel);
    out.row(header);
    for row in rows {
        out.row(row.as_ref().iter().map(|c| c.csv(excel)));
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::report::csv::write_rows;

    #[test]
    fn text_is_guarded_and_numbers_negative_ones_too_are_written_as_numbers() {
        let mut t = Table::new(&["name", "change", "n", "ok", "none"]);
        t.rows.push(vec![
            Cell::text("=SUM(A1)"),
            Cell::Num(-37.25),
            Cell::int(3),
            Cell::Bool(true),
            Cell::Empty,
        ]);
        t.rows.push(vec![
            Cell::text("a,\"b\""),
            Cell::Num(4.0),
            Cell::int(0),
            Cell::Bool(false),
            Cell::num(None::<f64>),
        ]);
        assert_eq!(
            t.to_csv(false),
            "name,change,n,ok,none\n'=SUM(A1),-37.3,3,true,\n\"a,\"\"b\"\"\",4,0,false,\n"
        );
        assert_eq!(
            t.to_csv(true),
            "\u{feff}name;change;n;ok;none\n'=SUM(A1);-37,3;3;true;\n\"a,\"\"b\"\"\";4;0;false;\n"
        );
    }

    #[test]
    fn writing_matches_the_priority_list_writer_for_text() {
        let rows = vec![vec!["a,b".to_string(), "x\ny".into()]];
        let mut t = Table::new(&["h1", "h2"]);
        t.rows.push(vec![Cell::text("a,b"), Cell::text("x\ny")]);
        let expected = format!("h1,h2\n{}", write_rows(&rows, b','));
        assert_eq!(t.to_csv(false), expected);
    }
}
