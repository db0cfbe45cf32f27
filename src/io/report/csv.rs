//! The priority-list CSV (the contract of PRODUCT.md): one row per ranked touchpoint.

use super::Options;
use crate::model::{Audit, Ranked, fmt_num};

/// The header, exactly as the contract states it.
pub const HEADER: [&str; 9] = [
    "rank",
    "stage",
    "touchpoint",
    "frequency",
    "impact",
    "satisfaction",
    "priority",
    "quadrant",
    "critical",
];

/// A score or priority as a CSV cell: at most one decimal, written with a decimal comma for
/// `--excel` (`37,5`), since `;` is there for locales whose decimal separator is the comma.
pub fn num(v: impl Into<f64>, excel: bool) -> String {
    let s = fmt_num(v);
    if excel { s.replace('.', ",") } else { s }
}

/// Renders the priority list; `--excel` adds a UTF-8 BOM, uses `;` and decimal commas.
pub fn render(audit: &Audit, opts: &Options) -> String {
    let ranking = crate::model::voice::rank_from(audit, opts.crosshair, opts.satisfaction);
    let mut out = CsvText::new(opts.excel);
    out.row(HEADER);
    for r in &ranking.ranked {
        out.row(row(audit, r, opts.excel));
    }
    out.finish()
}

/// The contract's nine cells of a ranked touchpoint. Only the names are text a spreadsheet
/// could run; the numbers are written as numbers.
pub fn row(audit: &Audit, r: &Ranked, excel: bool) -> [String; 9] {
    let stage = &audit.stages[r.at.0];
    let tp = &stage.touchpoints[r.at.1];
    [
        r.rank.to_string(),
        guard(&stage.name),
        guard(&tp.name),
        num(r.scores.frequency, excel),
        num(r.scores.impact, excel),
        num(r.scores.satisfaction, excel),
        num(r.priority, excel),
        r.quadrant.key().to_string(),
        r.critical.to_string(),
    ]
}

/// A CSV written row by row into memory: RFC 4180 quoting, `\n` line ends, the cells as they
/// are given (the caller guards what needs it).
pub struct CsvText(::csv::Writer<Vec<u8>>);

impl CsvText {
    /// With `excel`, a UTF-8 BOM and `;` between cells; else `,`.
    pub fn new(excel: bool) -> CsvText {
        let bom = if excel { "\u{feff}".as_bytes() } else { b"" };
        CsvText::with(bom, if excel { b';' } else { b',' })
    }

    fn with(start: &[u8], delimiter: u8) -> CsvText {
        CsvText(
            ::csv::WriterBuilder::new()
                .delimiter(delimiter)
                .from_writer(start.to_vec()),
        )
    }

    pub fn row<I, T>(&mut self, cells: I)
    where
        I: IntoIterator<Item = T>,
        T: AsRef<[u8]>,
    {
        // Writing to a Vec cannot fail; a failure would only mean a bug in the csv crate.
        self.0
            .write_record(cells)
            .expect("writing CSV to memory cannot fail");
    }

    pub fn finish(self) -> String {
        let bytes = self
            .0
            .into_inner()
            .expect("flushing CSV to memory cannot fail");
        String::from_utf8(bytes).expect("CSV built from UTF-8 strings is UTF-8")
    }
}

/// Writes rows with RFC 4180 quoting, every cell guarded against formula injection.
pub fn write_rows(rows: &[Vec<String>], delimiter: u8) -> String {
    let mut out = CsvText::with(b"", delimiter);
    for row in rows {
        out.row(row.iter().map(|c| guard(c)));
    }
    out.finish()
}

/// Prefixes `'` to a cell a spreadsheet would run as a formula (OWASP CSV injection).
pub fn guard(cell: &str) -> String {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}"),
        _ => cell.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guard_prefixes_only_dangerous_starts() {
        for bad in ["=SUM(A1)", "+7", "-1", "@x", "\tx", "\rx"] {
            assert_eq!(guard(bad), format!("'{bad}"));
        }
        for ok in ["a=b", "7", " -1", "", "'x"] {
            assert_eq!(guard(ok), ok);
        }
    }

    #[test]
    fn quoting_follows_rfc_4180() {
        let rows = vec![vec![
            "a,b".to_string(),
            "say \"hi\"".into(),
            "l1\nl2".into(),
        ]];
        assert_eq!(
            write_rows(&rows, b','),
            "\"a,b\",\"say \"\"hi\"\"\",\"l1\nl2\"\n"
        );
        let rows = vec![vec!["a;b".to_string(), "a,b".into()]];
        assert_eq!(write_rows(&rows, b';'), "\"a;b\";a,b\n");
    }

    #[test]
    fn excel_numbers_take_a_decimal_comma() {
        assert_eq!(num(37.5, false), "37.5");
        assert_eq!(num(37.5, true), "37,5");
        assert_eq!(num(101.25, true), "101,3");
        assert_eq!(num(4.0, true), "4");
    }
}
