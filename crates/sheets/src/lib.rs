//! The cells of a spreadsheet ledger: the first sheet of an .xlsx / .xlsm / .xls / .xlsb / .ods
//! file that reads as a ledger (else the first sheet), as rows of text with the sheet's own row
//! numbers. calamine reads the formats; this crate is used by the CLI and by the spreadsheet
//! reader (`crates/workers`, `ledger-reader`), the web worker the app starts only when a writer
//! opens a spreadsheet.

mod ods;

use calamine::{open_workbook_auto_from_rs, Data, DataRef, Reader, Sheets};
use jianggao_engine::ledger::{read, LedgerError};

/// Whether a file name is a spreadsheet this crate reads.
pub fn is_sheet(name: &str) -> bool {
    let lower = name.to_lowercase();
    [".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"]
        .iter()
        .any(|e| lower.ends_with(e))
}

/// The most rows and columns a ledger sheet may use: a county's projects are a few hundred
/// rows of a few dozen columns. A sheet with a value past them is refused with a message.
pub const MAX_ROWS: u32 = 100_000;
pub const MAX_COLUMNS: u32 = 200;
/// The most cells the rows of a sheet may hold, the blanks before each row's values included
/// (each is a `String`): past it a sheet is refused, as a sheet too large.
const MAX_GRID_CELLS: usize = 2_000_000;

/// Why a sheet is not read: past the limits a ledger can be.
fn too_large(name: &str) -> String {
    format!(
        "表格“{name}”太大：台账最多 {MAX_ROWS} 行、{MAX_COLUMNS} 列，请只保留台账所在的区域后再试，或在表格中复制台账后粘贴。"
    )
}

/// The rows of a sheet from its cells with a value, in any order, as (row, column, text):
/// the sheet's own row numbers are kept (the rows above its first value are empty), and each
/// row runs to its last value. Only the cells present are read, so a sheet whose format
/// reaches row 1,048,576 costs what its values cost; a value past [`MAX_ROWS`] or
/// [`MAX_COLUMNS`] is an error.
fn rows_of(cells: Vec<(u32, u32, String)>, name: &str) -> Result<Vec<Vec<String>>, String> {
    if cells
        .iter()
        .any(|&(r, c, _)| r >= MAX_ROWS || c >= MAX_COLUMNS)
    {
        return Err(too_large(name));
    }
    let height = cells
        .iter()
        .map(|&(r, _, _)| r as usize + 1)
        .max()
        .unwrap_or(0);
    let mut widths = vec![0usize; height];
    for &(r, c, _) in &cells {
        widths[r as usize] = widths[r as usize].max(c as usize + 1);
    }
    if widths.iter().sum::<usize>() > MAX_GRID_CELLS {
        return Err(too_large(name));
    }
    let mut rows: Vec<Vec<String>> = widths.iter().map(|&w| vec![String::new(); w]).collect();
    for (r, c, text) in cells {
        rows[r as usize][c as usize] = text;
    }
    Ok(rows)
}

/// The rows of text of a sheet.
type Grid = Vec<Vec<String>>;

/// The cells with a value of each sheet of a workbook, sheet by sheet: an error is the
/// sheet's (it cannot be read, or it is too large).
fn sheets(bytes: &[u8], name: &str) -> Result<Vec<Result<Grid, String>>, String> {
    // an OpenDocument workbook is read whole when opened, its repeats expanded: measured first
    match ods::extent(bytes) {
        Ok(Some((rows, cols)))
            if rows > u64::from(MAX_ROWS)
                || cols > u64::from(MAX_COLUMNS)
                || rows.saturating_mul(cols) > MAX_GRID_CELLS as u64 =>
        {
            return Err(too_large(name));
        }
        Err(e) => {
            return Err(format!(
                "无法读取表格“{name}”（{e}）：文件已损坏，请用 Excel 或 WPS 打开后另存为 .xlsx 再试，或在表格中复制台账后粘贴。"
            ))
        }
        Ok(_) => {}
    }
    let mut wb = open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).map_err(|e| {
        format!(
            "无法读取表格“{name}”（{e}）：请确认它是 Excel 或 ODS 文件，或在表格中复制台账后粘贴。"
        )
    })?;
    let unreadable = |e: &dyn std::fmt::Display| format!("无法读取表格“{name}”（{e}）");
    // the two cell readers are different types with the same methods (no common trait)
    macro_rules! read_cells {
        ($reader:expr) => {
            match $reader {
                Ok(mut reader) => {
                    let mut cells = Vec::new();
                    loop {
                        match reader.next_cell() {
                            Ok(Some(c)) => push_cell(&mut cells, c.get_position(), c.get_value()),
                            Ok(None) => break Ok(cells),
                            Err(e) => break Err(unreadable(&e)),
                        }
                        if cells.len() > MAX_GRID_CELLS {
                            break Err(too_large(name));
                        }
                    }
                }
                Err(e) => Err(unreadable(&e)),
            }
        };
    }
    let mut out = Vec::new();
    for sheet in wb.sheet_names() {
        // .xlsx and .xlsb are read cell by cell (their sheets name any cell, up to XFD1048576);
        // .xls and .ods come as ranges calamine has bounded
        let cells: Result<Vec<(u32, u32, String)>, String> = match &mut wb {
            Sheets::Xlsx(x) => read_cells!(x.worksheet_cells_reader(&sheet)),
            Sheets::Xlsb(x) => read_cells!(x.worksheet_cells_reader(&sheet)),
            _ => match wb.worksheet_range(&sheet) {
                Ok(range) => {
                    let mut cells = Vec::new();
                    for (r, c, d) in range.used_cells() {
                        let (top, left) = range.start().unwrap_or((0, 0));
                        let text = cell_text(d);
                        if !text.is_empty() {
                            cells.push((top + r as u32, left + c as u32, text));
                        }
                        if cells.len() > MAX_GRID_CELLS {
                            break;
                        }
                    }
                    Ok(cells)
                }
                Err(e) => Err(unreadable(&e)),
            },
        };
        out.push(cells.and_then(|c| rows_of(c, name)));
    }
    Ok(out)
}

/// Keep a cell of a cells reader when it has a value.
fn push_cell(cells: &mut Vec<(u32, u32, String)>, (r, c): (u32, u32), d: &DataRef) {
    let text = cell_text(&Data::from(d.clone()));
    if !text.is_empty() {
        cells.push((r, c, text));
    }
}

/// The cells of the spreadsheet `bytes` named `name`; a Chinese message when it cannot be read.
/// The first sheet that reads as a ledger, else the first sheet read; a sheet that cannot be
/// read or is too large is passed over, and its message is the answer when no sheet is read.
pub fn grid(bytes: &[u8], name: &str) -> Result<Vec<Vec<String>>, String> {
    let lower = name.to_lowercase();
    if lower.ends_with(".et") || lower.ends_with(".ett") {
        return Err(LedgerError::WpsEt.to_string());
    }
    let mut first: Option<Vec<Vec<String>>> = None;
    let mut error: Option<String> = None;
    for sheet in sheets(bytes, name)? {
        match sheet {
            Ok(rows) if read(&rows).is_ok() => return Ok(rows),
            Ok(rows) => {
                first.get_or_insert(rows);
            }
            Err(e) => {
                error.get_or_insert(e);
            }
        }
    }
    match (first, error) {
        (Some(rows), _) => Ok(rows),
        (None, Some(e)) => Err(e),
        (None, None) => Ok(Vec::new()),
    }
}

fn cell_text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) => format!("{f}"),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => if *b { "是" } else { "否" }.to_string(),
        Data::DateTime(d) => excel_date(d.as_f64()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("{e:?}"),
    }
}

/// An Excel date serial (days since 1899-12-30) as `2026-03-15`.
fn excel_date(serial: f64) -> String {
    // civil-from-days (Howard Hinnant), from 1970-01-01
    let z = serial.floor() as i64 - 25569 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y}-{m:02}-{d:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_names() {
        assert_eq!(excel_date(46096.0), "2026-03-15"); // 46023 is 2026-01-01, +31 +28 +14
        assert_eq!(excel_date(25569.0), "1970-01-01");
        assert!(is_sheet("台账.XLSX") && is_sheet("a.ods") && !is_sheet("a.csv"));
        assert!(grid(b"not a sheet", "a.xlsx")
            .unwrap_err()
            .contains("无法读取表格"));
        assert!(grid(b"", "a.et").unwrap_err().contains(".xlsx"));
    }
}
