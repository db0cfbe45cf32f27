//! Workbooks (`--format xlsx`): each sheet a [`Table`], numbers as numbers (scores and
//! priorities shown with one decimal), a frozen bold header in the audit's language, filters
//! on every column, quadrants as their names on their colours, critical and discuss marks.

use rust_xlsxwriter::{
    Color, ExcelDateTime, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError,
};

use crate::i18n::common::quadrant_name;
use crate::i18n::report::column_name;
use crate::io::report::svg::palette;
use crate::io::table::{Cell, Table};
use crate::model::{Lang, Quadrant};

/// A sheet to write: its name (in the audit's language) and its table.
pub struct Sheet<'a> {
    pub name: &'a str,
    pub table: &'a Table,
}

/// A workbook of `sheets`, in order, as the bytes of an `.xlsx` file.
pub fn workbook(lang: Lang, sheets: &[Sheet]) -> std::io::Result<Vec<u8>> {
    build(lang, sheets).map_err(std::io::Error::other)
}

fn build(lang: Lang, sheets: &[Sheet]) -> Result<Vec<u8>, XlsxError> {
    let mut book = Workbook::new();
    let styles = Styles::new(lang);
    let mut names: Vec<String> = Vec::new();
    for sheet in sheets {
        let name = sheet_name(sheet.name, &names);
        let ws = book.add_worksheet();
        ws.set_name(&name)?;
        names.push(name);
        write_table(ws, sheet.table, lang, &styles)?;
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

fn write_table(ws: &mut Worksheet, t: &Table, lang: Lang, s: &Styles) -> Result<(), XlsxError> {
    for (c, key) in t.header.iter().enumerate() {
        ws.write_string_with_format(0, col(c), column_name(lang, key), &s.header)?;
    }
    for (r, row) in t.rows.iter().enumerate() {
        let r = u32::try_from(r + 1).unwrap_or(u32::MAX);
        for (c, (cell, key)) in row.iter().zip(&t.header).enumerate() {
            write_cell(ws, r, col(c), cell, key, lang, s)?;
        }
    }
    let last_row = u32::try_from(t.rows.len()).unwrap_or(u32::MAX);
    let last_col = col(t.header.len().saturating_sub(1));
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(0, 0, last_row, last_col)?;
    ws.set_autofit_max_width(360).autofit();
    // Printed: landscape, as wide as one page, the header on every page.
    ws.set_landscape().set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    Ok(())
}

fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

/// One cell, by its column: quadrants by name on their colour, `critical` and `discuss` as
/// marks, a due date typed `YYYY-MM-DD` as a date, numbers as numbers.
fn write_cell(
    ws: &mut Worksheet,
    r: u32,
    c: u16,
    cell: &Cell,
    key: &str,
    lang: Lang,
    s: &Styles,
) -> Result<(), XlsxError> {
    match cell {
        Cell::Empty => {}
        Cell::Int(n) => {
            ws.write_number_with_format(r, c, *n as f64, &s.int)?;
        }
        Cell::Num(v) => {
            ws.write_number_with_format(r, c, *v, &s.num)?;
        }
        Cell::Bool(b) => match key {
            "critical" if *b => {
                ws.write_string_with_format(r, c, "!", &s.critical)?;
            }
            "discuss" if *b => {
                ws.write_string_with_format(r, c, "?", &s.discuss)?;
            }
            "critical" | "discuss" => {}
            _ => {
                ws.write_boolean(r, c, *b)?;
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
                ws.write_string_with_format(r, c, quadrant_name(lang, *q), f)?;
            } else if let Some(d) = date {
                ws.write_datetime_with_format(r, c, d, &s.date)?;
            } else {
                ws.write_string(r, c, text)?;
            }
        }
    }
    Ok(())
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
}
