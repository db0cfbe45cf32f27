//! The priority-list CSV (the contract of PRODUCT.md): one row per ranked touchpoint.

use super::Options;
use crate::model::{Audit, fmt_num};

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
    render_list(audit, opts, false)
}

/// The priority list with the evidence columns of the workbook's ranked sheet after the
/// contract's nine (`report --format csv --evidence`): each scale's evidence level, the
/// customers' n, mean and 95% interval, whether they disagree with the team, and whether the
/// touchpoint is a data gap. The nine columns before them are the contract's, unchanged.
pub fn render_with_evidence(audit: &Audit, opts: &Options) -> String {
    render_list(audit, opts, true)
}

fn render_list(audit: &Audit, opts: &Options, evidence: bool) -> String {
    let ranking = crate::model::voice::rank_from(audit, opts.crosshair, opts.satisfaction);
    let gaps = match evidence {
        true => crate::model::gaps::data_gaps(audit, &ranking),
        false => Vec::new(),
    };
    let mut out = CsvText::new(opts.excel);
    let extra: &[&str] = if evidence {
        &super::columns::EVIDENCE
    } else {
        &[]
    };
    out.row(HEADER.iter().chain(extra));
    for r in &ranking.ranked {
        let stage = &audit.stages[r.at.0];
        let tp = &stage.touchpoints[r.at.1];
        // Only the names are text a spreadsheet could run; the numbers are written as numbers.
        let cells = [
            r.rank.to_string(),
            guard(&stage.name),
            guard(&tp.name),
            num(r.scores.frequency, opts.excel),
            num(r.scores.impact, opts.excel),
            num(r.scores.satisfaction, opts.excel),
            num(r.priority, opts.excel),
            r.quadrant.key().to_string(),
            r.critical.to_string(),
        ];
        match evidence {
            true => out.row(cells.into_iter().chain(evidence_cells(
                tp,
                gaps.contains(&r.at),
                opts.excel,
            ))),
            false => out.row(cells),
        }
    }
    out.finish()
}

/// The evidence cells of a ranked touchpoint: levels by their keys (`measured`, `assumed`…),
/// numbers as numbers, empty where there is no survey or too few answers for an interval.
fn evidence_cells(tp: &crate::model::Touchpoint, gap: bool, excel: bool) -> Vec<String> {
    use crate::model::{Scale, voice};
    let mut cells: Vec<String> = Scale::ALL
        .iter()
        .map(|&s| tp.evidence.get(s).key().to_string())
        .collect();
    let c = voice::customers(tp);
    let ci = c.as_ref().and_then(|c| c.ci95);
    let figure = |v: Option<f64>| v.map_or(String::new(), |v| num(v, excel));
    cells.extend([
        c.as_ref().map_or(String::new(), |c| c.n.to_string()),
        figure(c.as_ref().map(|c| c.mean.to_f64())),
        figure(ci.map(|(lo, _)| lo)),
        figure(ci.map(|(_, hi)| hi)),
        voice::customers_disagree(tp).to_string(),
        gap.to_string(),
    ]);
    cells
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
