//! The priority-list CSV (the contract of PRODUCT.md): one row per ranked touchpoint.

use super::Options;
use crate::model::{Audit, fmt_num, rank};

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
pub fn num(v: f64, excel: bool) -> String {
    let s = fmt_num(v);
    if excel { s.replace('.', ",") } else { s }
}

/// Renders the priority list; `--excel` adds a UTF-8 BOM, uses `;` and decimal commas.
pub fn render(audit: &Audit, opts: &Options) -> String {
    let ranking = rank(audit, opts.crosshair);
    let mut rows: Vec<Vec<String>> = vec![HEADER.iter().map(|h| h.to_string()).collect()];
    for r in &ranking.ranked {
        let stage = &audit.stages[r.at.0];
        let tp = &stage.touchpoints[r.at.1];
        rows.push(vec![
            r.rank.to_string(),
            stage.name.clone(),
            tp.name.clone(),
            num(r.scores.frequency, opts.excel),
            num(r.scores.impact, opts.excel),
            num(r.scores.satisfaction, opts.excel),
            num(r.priority, opts.excel),
            r.quadrant.key().to_string(),
            r.critical.to_string(),
        ]);
    }
    let mut out = String::new();
    if opts.excel {
        out.push('\u{feff}');
    }
    out.push_str(&write_rows(&rows, if opts.excel { b';' } else { b',' }));
    out
}

/// Writes rows with RFC 4180 quoting, every cell guarded against formula injection.
pub fn write_rows(rows: &[Vec<String>], delimiter: u8) -> String {
    let guarded: Vec<Vec<String>> = rows
        .iter()
        .map(|row| row.iter().map(|c| guard(c)).collect())
        .collect();
    write_guarded(&guarded, delimiter)
}

/// Writes rows with RFC 4180 quoting, as they are: the caller has guarded what needs it.
pub fn write_guarded(rows: &[Vec<String>], delimiter: u8) -> String {
    let mut writer = ::csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    for row in rows {
        // Writing to a Vec cannot fail; a failure would only mean a bug in the csv crate.
        writer
            .write_record(row)
            .expect("writing CSV to memory cannot fail");
    }
    let bytes = writer
        .into_inner()
        .expect("flushing CSV to memory cannot fail");
    String::from_utf8(bytes).expect("CSV built from UTF-8 strings is UTF-8")
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
