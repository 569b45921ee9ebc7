//! The cells of a spreadsheet ledger: the first sheet of an .xlsx / .xlsm / .xls / .xlsb / .ods
//! file that reads as a ledger (else the first sheet), as rows of text with the sheet's own row
//! numbers. calamine reads the formats; this crate is used by the CLI and, compiled to its own
//! wasm, by the web worker the app starts only when a writer opens a spreadsheet.

use calamine::{open_workbook_auto_from_rs, Data, Reader};
use jianggao_engine::ledger::{read, LedgerError};

/// Whether a file name is a spreadsheet this crate reads.
pub fn is_sheet(name: &str) -> bool {
    let lower = name.to_lowercase();
    [".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"]
        .iter()
        .any(|e| lower.ends_with(e))
}

/// The cells of the spreadsheet `bytes` named `name`; a Chinese message when it cannot be read.
pub fn grid(bytes: &[u8], name: &str) -> Result<Vec<Vec<String>>, String> {
    let lower = name.to_lowercase();
    if lower.ends_with(".et") || lower.ends_with(".ett") {
        return Err(LedgerError::WpsEt.to_string());
    }
    let mut wb = open_workbook_auto_from_rs(std::io::Cursor::new(bytes.to_vec())).map_err(|e| {
        format!(
            "无法读取表格“{name}”（{e}）：请确认它是 Excel 或 ODS 文件，或在表格中复制台账后粘贴。"
        )
    })?;
    let mut first: Option<Vec<Vec<String>>> = None;
    for sheet in wb.sheet_names() {
        let Ok(range) = wb.worksheet_range(&sheet) else {
            continue;
        };
        // keep the sheet's own row numbers: pad the rows above its first used cell
        let top = range.start().map_or(0, |(r, _)| r as usize);
        let left = range.start().map_or(0, |(_, c)| c as usize);
        let mut rows: Vec<Vec<String>> = vec![Vec::new(); top];
        for row in range.rows() {
            let mut cells = vec![String::new(); left];
            cells.extend(row.iter().map(cell_text));
            rows.push(cells);
        }
        if read(&rows).is_ok() {
            return Ok(rows);
        }
        first.get_or_insert(rows);
    }
    Ok(first.unwrap_or_default())
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

/// Serve this web worker: say `ready`, then answer each message (an array) with `answer`'s
/// value, in order. The reader and the tools worker differ only in `answer`.
#[cfg(target_arch = "wasm32")]
pub fn serve(answer: impl Fn(js_sys::Array) -> wasm_bindgen::JsValue + 'static) {
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let _ = reply.post_message(&answer(js_sys::Array::from(&e.data())));
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
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
