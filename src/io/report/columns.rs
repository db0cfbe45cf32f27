//! Plain-text columns: the layout the text report, its evidence section and the command
//! line's tables share.

use unicode_width::UnicodeWidthStr;

/// Lays out rows in columns two spaces apart, measured in terminal cells.
pub fn align(rows: &[Vec<String>], right: &[bool]) -> String {
    let cols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..cols)
        .map(|c| {
            rows.iter()
                .filter_map(|r| r.get(c))
                .map(|s| s.width())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            let pad = " ".repeat(widths[c].saturating_sub(cell.width()));
            if c > 0 {
                line.push_str("  ");
            }
            if right.get(c).copied().unwrap_or(false) {
                line.push_str(&pad);
                line.push_str(cell);
            } else {
                line.push_str(cell);
                line.push_str(&pad);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The evidence columns: after the agreed values in the workbook's ranked sheet, and after
/// the contract's nine in `report --format csv --evidence`.
pub const EVIDENCE: [&str; 9] = [
    "frequency_evidence",
    "impact_evidence",
    "satisfaction_evidence",
    "customers_n",
    "customers_mean",
    "customers_ci95_low",
    "customers_ci95_high",
    "customers_disagree",
    "data_gap",
];
