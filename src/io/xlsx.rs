//! Workbooks (`--format xlsx`): each sheet a header and rows of [`Cell`]s, numbers as numbers
//! (scores and priorities shown with one decimal), a frozen bold header in the audit's
//! language, filters on every column, quadrants as their names on their colours, critical and
//! discuss marks.
//!
//! Rows are written as they come and go to a temporary file at once (the writer's constant
//! memory mode), so that a workbook of any length takes the memory of one row; the columns are
//! fitted to the widest cell seen on the way, as the writer's own fitting would.

use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
    cell_autofit_width,
};

use crate::i18n::common::quadrant_name;
use crate::i18n::report::column_name;
use crate::io::report::svg::palette;
use crate::io::table::{Cell, Table};
use crate::model::{Lang, Quadrant};

/// A sheet to write: its name (in the audit's language), its columns and its rows in order.
pub struct Sheet<'a> {
    pub name: &'a str,
    pub header: &'a [&'static str],
    pub rows: Box<dyn Iterator<Item = Vec<Cell>> + 'a>,
}

impl<'a> Sheet<'a> {
    /// A sheet of a table held whole.
    pub fn of_table(name: &'a str, table: &'a Table) -> Sheet<'a> {
        Sheet {
            name,
            header: &table.header,
            rows: Box::new(table.rows.iter().cloned()),
        }
    }
}

/// A workbook of `sheets`, in order, as the bytes of an `.xlsx` file.
pub fn workbook(lang: Lang, sheets: Vec<Sheet>) -> std::io::Result<Vec<u8>> {
    build(lang, sheets).map_err(|e| match e {
        XlsxError::TempFileError(dir, why) => std::io::Error::new(
            why.kind(),
            format!(
                "a workbook's rows are written through a temporary file in {}, which could not \
                 be made ({why}); set TMPDIR to a folder you can write to",
                dir.display()
            ),
        ),
        e => std::io::Error::other(e),
    })
}

fn build(lang: Lang, sheets: Vec<Sheet>) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let styles = Styles::new(lang);
    let mut names: Vec<String> = Vec::new();
    for sheet in sheets {
        let name = sheet_name(sheet.name, &names);
        let ws = book.add_worksheet_with_constant_memory()?;
        ws.set_name(&name)?;
        names.push(name);
        write_sheet(ws, sheet, lang, &styles)?;
    }
    book.save_to_buffer()
}

/// A sheet name Excel accepts: none of `[]:*?/\`, at most 31 characters, unique (case-blind).
fn sheet_name(wanted: &str, taken: &[String]) -> String {
    let clean: String = wanted
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { ' ' } else { c })
        .collect();
    let clean = clean.trim().trim_matches('\'').trim();
    let base: String = if clean.is_empty() { "Sheet" } else { clean }
        .chars()
        .take(31)
        .collect();
    let mut name = base.clone();
    let mut n = 2;
    while taken
        .iter()
        .any(|t| t.to_lowercase() == name.to_lowercase())
    {
        let suffix = format!(" {n}");
        let keep = 31 - suffix.chars().count();
        name = format!("{}{suffix}", base.chars().take(keep).collect::<String>());
        n += 1;
    }
    name
}

/// The cell formats of a workbook.
struct Styles {
    header: Format,
    int: Format,
    num: Format,
    date: Format,
    critical: Format,
    discuss: Format,
    quadrants: Vec<(Quadrant, Format)>,
}

fn rgb(hex: &str) -> Color {
    Color::RGB(u32::from_str_radix(hex.trim_start_matches('#'), 16).unwrap_or(0))
}

impl Styles {
    fn new(lang: Lang) -> Styles {
        Styles {
            header: Format::new()
                .set_bold()
                .set_background_color(rgb("#f6f8fa"))
                .set_border_bottom(FormatBorder::Thin),
            int: Format::new().set_num_format("0"),
            num: Format::new().set_num_format("0.0"),
            date: Format::new().set_num_format(match lang {
                Lang::En => "d mmm yyyy",
                Lang::Ru => "dd.mm.yyyy",
            }),
            critical: Format::new()
                .set_bold()
                .set_align(FormatAlign::Center)
                .set_font_color(rgb("#ffffff"))
                .set_background_color(rgb("#c92a2a")),
            discuss: Format::new()
                .set_bold()
                .set_align(FormatAlign::Center)
                .set_font_color(rgb("#7a5b00"))
                .set_background_color(rgb("#fff3bf")),
            quadrants: Quadrant::ALL
                .into_iter()
                .map(|q| {
                    let p = palette(q);
                    let f = Format::new()
                        .set_font_color(rgb(p.ink))
                        .set_background_color(rgb(p.tint));
                    (q, f)
                })
                .collect(),
        }
    }
}

/// The widest a column is fitted to, in pixels.
const MAX_WIDTH: u32 = 360;

/// What a written cell needs for a column to show it whole, in pixels without the padding:
/// the measure of the writer's own fitting (`Worksheet::autofit`), which needs every cell
/// in memory.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Shown<'s> {
    Text(&'s str),
    Number(f64),
    Date,
    Bool(bool),
    Nothing,
}

impl Shown<'_> {
    fn pixels(self) -> u32 {
        match self {
            Shown::Text(s) => (s.lines())
                .map(|line| cell_autofit_width(line).saturating_sub(7))
                .max()
                .unwrap_or(0),
            Shown::Number(v) => 7 * u32::try_from(v.to_string().len()).unwrap_or(u32::MAX / 8),
            Shown::Date => 68,
            Shown::Bool(true) => 31,
            Shown::Bool(false) => 36,
            Shown::Nothing => 0,
        }
    }
}

/// The fitted width of each column so far.
struct Widths(Vec<u32>);

impl Widths {
    /// Counts a cell of column `c`; `filter`: the cell has the filter's drop-down arrow.
    fn see(&mut self, c: usize, shown: Shown, filter: bool) {
        let mut px = shown.pixels();
        if px == 0 {
            return;
        }
        if filter {
            px += 16;
        }
        px = (px + 7).min(MAX_WIDTH);
        if let Some(w) = self.0.get_mut(c) {
            *w = (*w).max(px);
        }
    }

    fn apply(&self, ws: &mut Worksheet) -> Result<(), XlsxError> {
        for (c, &px) in self.0.iter().enumerate() {
            if px > 0 {
                ws.set_column_autofit_width(col(c), px)?;
            }
        }
        Ok(())
    }
}

fn write_sheet(ws: &mut Worksheet, sheet: Sheet, lang: Lang, s: &Styles) -> Result<(), XlsxError> {
    let header = sheet.header;
    let mut widths = Widths(vec![0; header.len()]);
    for (c, key) in header.iter().enumerate() {
        let name = column_name(lang, key);
        ws.write_string_with_format(0, col(c), name, &s.header)?;
        widths.see(c, Shown::Text(name), true);
    }
    let mut last_row = 0;
    for (r, row) in sheet.rows.enumerate() {
        last_row = u32::try_from(r + 1).unwrap_or(u32::MAX);
        for (c, (cell, key)) in row.iter().zip(header).enumerate() {
            let shown = write_cell(ws, last_row, col(c), cell, key, lang, s)?;
            widths.see(c, shown, false);
        }
    }
    let last_col = col(header.len().saturating_sub(1));
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, last_row, last_col)?;
    widths.apply(ws)?;
    // Printed: landscape, as wide as one page, the header on every page.
    ws.set_landscape().set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    Ok(())
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

/// One cell, by its column: quadrants by name on their colour, `critical` and `discuss` as
/// marks, a due date typed `YYYY-MM-DD` as a date, numbers as numbers. Gives what was shown.
fn write_cell<'s>(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    cell: &'s Cell,
    key: &str,
    lang: Lang,
    s: &Styles,
) -> Result<Shown<'s>, XlsxError> {
    Ok(match cell {
        Cell::Empty => Shown::Nothing,
        Cell::Int(n) => {
            let v = *n as f64;
            ws.write_number_with_format(r, c, v, &s.int)?;
            Shown::Number(v)
        }
        Cell::Num(v) => {
            ws.write_number_with_format(r, c, *v, &s.num)?;
            Shown::Number(*v)
        }
        Cell::Bool(b) => match key {
            "critical" if *b => {
                ws.write_string_with_format(r, c, "!", &s.critical)?;
                Shown::Text("!")
            }
            "discuss" if *b => {
                ws.write_string_with_format(r, c, "?", &s.discuss)?;
                Shown::Text("?")
            }
            "critical" | "discuss" => Shown::Nothing,
            _ => {
                ws.write_boolean(r, c, *b)?;
                Shown::Bool(*b)
            }
        },
        Cell::Text(text) => {
            let quadrant = key
                .starts_with("quadrant")
                .then(|| s.quadrants.iter().find(|(q, _)| q.key() == text))
                .flatten();
            let date = (key == "due")
                .then(|| text.trim().parse::<jiff::civil::Date>().ok())
                .flatten()
                .and_then(|d| {
                    let (y, m, d) = (u16::try_from(d.year()).ok()?, d.month(), d.day());
                    ExcelDateTime::from_ymd(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?).ok()
                });
            if let Some((q, f)) = quadrant {
                let name = quadrant_name(lang, *q);
                ws.write_string_with_format(r, c, name, f)?;
                Shown::Text(name)
            } else if let Some(d) = date {
                ws.write_datetime_with_format(r, c, d, &s.date)?;
                Shown::Date
            } else {
                ws.write_string(r, c, text)?;
                Shown::Text(text)
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_what_excel_takes() {
        assert_eq!(sheet_name("Plan: a/b?", &[]), "Plan  a b");
        assert_eq!(sheet_name("", &[]), "Sheet");
        let long = "x".repeat(40);
        assert_eq!(sheet_name(&long, &[]).chars().count(), 31);
        let taken = vec!["Оценки".to_string()];
        assert_eq!(sheet_name("оценки", &taken), "оценки 2");
    }

    /// A part of a workbook's bytes, as text.
    fn part(bytes: &[u8], name: &str) -> String {
        use std::io::Read;
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
        let mut xml = String::new();
        (zip.by_name(name).expect(name))
            .read_to_string(&mut xml)
            .expect("UTF-8 XML");
        xml
    }

    fn between<'x>(xml: &'x str, open: &str, close: &str) -> &'x str {
        let start = xml.find(open).expect(open) + open.len();
        let end = start + xml[start..].find(close).expect(close);
        &xml[start..end]
    }

    /// Every kind of cell, short and long, Latin and Cyrillic, one and several lines.
    fn varied() -> Table {
        let mut t = Table::new(&[
            "rank", "stage", "priority", "quadrant", "critical", "discuss",
        ]);
        t.header.extend(["due", "notes", "action"]);
        let q = Quadrant::ALL;
        for i in 0..40_usize {
            t.rows.push(vec![
                Cell::int(i * 997),
                Cell::text(["Покупка", "Buy", "Wait and see what happens"][i % 3]),
                Cell::num((i % 4 != 0).then_some(i as f64 * 3.25)),
                Cell::text(q[i % q.len()].key()),
                Cell::Bool(i % 2 == 0),
                Cell::Bool(i % 3 == 0),
                Cell::text(["2026-03-01", "next week", ""][i % 3]),
                Cell::text("word ".repeat(i * 3)),
                Cell::text(format!("one line\n{}\nthird", "W".repeat(i))),
            ]);
        }
        t
    }

    #[test]
    fn streamed_columns_are_fitted_as_the_writers_own_fitting_of_every_cell() {
        for lang in [Lang::En, Lang::Ru] {
            let t = varied();
            let streamed = workbook(lang, vec![Sheet::of_table("s", &t)]).expect("a workbook");
            // The same cells held in memory and fitted by the writer itself.
            let mut book = Workbook::new();
            let styles = Styles::new(lang);
            let ws = book.add_worksheet();
            for (c, key) in t.header.iter().enumerate() {
                ws.write_string_with_format(0, col(c), column_name(lang, key), &styles.header)
                    .expect("header");
            }
            for (r, row) in t.rows.iter().enumerate() {
                for (c, (cell, key)) in row.iter().zip(&t.header).enumerate() {
                    write_cell(ws, r as u32 + 1, col(c), cell, key, lang, &styles).expect("cell");
                }
            }
            ws.autofilter(0, 0, t.rows.len() as u32, col(t.header.len() - 1))
                .expect("filter");
            ws.set_autofit_max_width(MAX_WIDTH).autofit();
            let held = book.save_to_buffer().expect("a workbook");
            let styles = "xl/styles.xml";
            assert_eq!(
                part(&streamed, styles),
                part(&held, styles),
                "the same formats"
            );
            let sheet = "xl/worksheets/sheet1.xml";
            let (streamed, held) = (part(&streamed, sheet), part(&held, sheet));
            let cols = between(&streamed, "<cols>", "</cols>");
            assert_eq!(cols, between(&held, "<cols>", "</cols>"), "{lang:?}");
            // Every column is fitted, the last two (the widest) to the same width.
            assert!(cols.starts_with("<col min=\"1\""), "{cols}");
            assert!(
                cols.ends_with("max=\"9\" width=\"51.42578125\" bestFit=\"1\" customWidth=\"1\"/>"),
                "{cols}"
            );
            // The rows, their cells and their formats are the same too.
            let data = |xml: &str| between(xml, "<sheetData>", "</sheetData>").to_string();
            let shared = held.contains("t=\"s\"");
            assert!(!streamed.contains("t=\"s\""), "strings inline: none shared");
            assert!(shared, "held strings are shared");
            // Each cell at its place with its format: the same as held, but for how its
            // text is kept.
            let places = |xml: &str| -> Vec<String> {
                data(xml)
                    .split("<c ")
                    .skip(1)
                    .map(|c| {
                        let attrs = &c[..c.find('>').expect("a cell tag")];
                        attrs.split(' ').filter(|a| !a.starts_with("t=")).collect()
                    })
                    .collect()
            };
            assert_eq!(places(&streamed), places(&held));
            assert!(
                streamed.contains("<autoFilter ref=\"A1:I41\"/>"),
                "{streamed}"
            );
            assert!(streamed.contains("state=\"frozen\""));
        }
    }
}
