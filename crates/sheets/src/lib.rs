//! The cells of a spreadsheet ledger: the first sheet of an .xlsx / .xlsm / .xls / .xlsb / .ods
//! file that reads as a ledger (else the first sheet), as rows of text with the sheet's own row
//! numbers. calamine reads the formats; this crate is used by the CLI and, compiled to its own
//! wasm, by the web worker the app starts only when a writer opens a spreadsheet.

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

/// The clean stage for the app, as the tools worker runs it: the text of file `name` (empty
/// when pasted) is read as a draft (`import_text`: line breaks, Markdown) and cleaned, keeping
/// `kept` (the JSON of the byte spans the writer put back, `[]` on import). The answer is JSON:
/// `{"cleaned": Cleaned}` (the first [`REPORT_REPAIRS`] repairs, the ones the report lists, and
/// the counts of all) or `{"error": "…"}` (a Chinese message: an empty or binary text, a
/// request it cannot read).
///
/// [`REPORT_REPAIRS`]: jianggao_engine::clean::REPORT_REPAIRS
pub fn clean_json(name: &str, text: &str, kept: &str) -> String {
    use jianggao_engine::clean::{clean_keeping, Cleaned, REPORT_REPAIRS};
    use jianggao_engine::import::import_text;
    // written straight from the structs: a `serde_json::Value` tree of a 2 MB paste's tens of
    // thousands of repairs would be built first, then written
    #[derive(serde::Serialize)]
    #[serde(rename_all = "lowercase")]
    enum Answer {
        Cleaned(Cleaned),
        Error(String),
    }
    let answer = match serde_json::from_str::<Vec<jianggao_engine::text::Span>>(kept) {
        Err(_) => Answer::Error("清理组件收到的请求无法识别，原稿未改动".into()),
        Ok(kept) => match import_text(name, text) {
            Ok(input) => {
                let mut cleaned = clean_keeping(&input, &kept);
                cleaned.keep_first(REPORT_REPAIRS);
                Answer::Cleaned(cleaned)
            }
            Err(e) => Answer::Error(e.to_string()),
        },
    };
    serde_json::to_string(&answer)
        .unwrap_or_else(|_| r#"{"error":"清理组件出错，原稿未改动"}"#.into())
}

/// A page of our own words shaped like a downloaded speech: site navigation, a second speech,
/// page markers, a broken line, □, pinyin and traditional lines, a site footer.
const WARM_PAGE: &str = include_str!("warm_page.txt");

/// How many copies of [`WARM_PAGE`] one warm-up clean reads, and how many cleans it runs.
const WARM_COPIES: usize = 12;
const WARM_ROUNDS: usize = 2;

/// Clean a sample page a few times (about 60,000 chars in all) and answer as [`clean_json`]
/// does, so that the clean's hot code is compiled at full speed before the writer's text comes.
/// The browser first runs a worker's wasm from a quick baseline compile and optimizes the
/// functions that have run the most in the background: a 2 MB page cleaned first was
/// ~0.2 s slower than the same page cleaned second. The tools worker runs it in `warm`.
/// Returns the answers' total length (so that nothing is optimized away).
pub fn warm_up() -> usize {
    let page = WARM_PAGE.repeat(WARM_COPIES);
    (0..WARM_ROUNDS)
        .map(|_| clean_json("", &page, "[]").len())
        .sum()
}

/// Serve this web worker: say `ready`, then answer each message (an array) with the value
/// `answer`'s future gives, one message at a time and in order (the app pairs answers with
/// requests by their order). The reader and the tools worker differ only in `answer`.
#[cfg(target_arch = "wasm32")]
pub fn serve<F>(answer: impl Fn(js_sys::Array) -> F + 'static)
where
    F: std::future::Future<Output = wasm_bindgen::JsValue> + 'static,
{
    use std::cell::{Cell, RefCell};
    use std::collections::VecDeque;
    use std::rc::Rc;
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let answer = Rc::new(answer);
    let queue = Rc::new(RefCell::new(VecDeque::<js_sys::Array>::new()));
    let busy = Rc::new(Cell::new(false));
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            queue.borrow_mut().push_back(js_sys::Array::from(&e.data()));
            if busy.replace(true) {
                return; // the running loop takes it in turn
            }
            let (queue, busy, answer, reply) =
                (queue.clone(), busy.clone(), answer.clone(), reply.clone());
            wasm_bindgen_futures::spawn_local(async move {
                loop {
                    let next = queue.borrow_mut().pop_front();
                    let Some(message) = next else { break };
                    let value = answer(message).await;
                    let _ = reply.post_message(&value);
                }
                busy.set(false);
            });
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

    /// What the tools worker answers the app: the same `Cleaned` as the engine's, read back
    /// from its JSON; the spans put back are kept; errors are messages.
    #[test]
    fn clean_answers_round_trip() {
        use jianggao_engine::clean::{clean, clean_keeping, Cleaned, REPORT_REPAIRS};
        #[derive(serde::Deserialize)]
        struct Answer {
            cleaned: Option<Cleaned>,
            error: Option<String>,
        }
        let read = |json: String| serde_json::from_str::<Answer>(&json).unwrap();
        let text = "在全镇项目推进会上的讲话\r\n\r\n下面是小编为大家整理的范文，供大家参考。\r\n\r\n同志们：\r\n\r\n今年安排項目x個□總投資**億元。\r\n\r\n收藏 分享 举报\r\n";
        let input = text.replace("\r\n", "\n");
        let want = clean(&input);
        assert!(want.repairs.len() >= 3, "{:?}", want.repairs);
        let got = read(clean_json("", text, "[]")).cleaned.unwrap();
        assert_eq!(got, want);
        // a deletion put back: its span, sent as JSON, is kept
        let junk = want
            .repairs
            .iter()
            .find(|r| jianggao_engine::clean::is_deletion(r))
            .unwrap();
        let kept = serde_json::to_string(std::slice::from_ref(&junk.span)).unwrap();
        let again = read(clean_json("", text, &kept)).cleaned.unwrap();
        assert_eq!(
            again,
            clean_keeping(&input, std::slice::from_ref(&junk.span))
        );
        assert!(again.text.contains("小编"), "{}", again.text);
        // a page of many repairs: the report's first ones, and the counts of all
        let many = "同志们要抓好落实,加快推进项目建设,确保完成任务。\n\n".repeat(400);
        let want = clean(&many);
        assert!(
            want.repairs.len() > REPORT_REPAIRS,
            "{}",
            want.repairs.len()
        );
        let got = read(clean_json("", &many, "[]")).cleaned.unwrap();
        assert_eq!(got.repairs[..], want.repairs[..REPORT_REPAIRS]);
        assert_eq!(
            (got.total(), got.summary()),
            (want.repairs.len(), want.summary())
        );
        assert!(got.text == want.text, "the cleaned text differs");
        // Markdown is read as the draft's plain form, as the app's import did
        let md = read(clean_json("a.md", "# 标题\n\n同志们：\n", "[]"))
            .cleaned
            .unwrap();
        assert!(md.text.starts_with("标题"), "{}", md.text);
        // what cannot be a draft, and a request the worker cannot read: messages, no text
        let empty = read(clean_json("", "  \n ", "[]"));
        assert!(empty.cleaned.is_none());
        assert_eq!(empty.error.unwrap(), "导入的内容是空的，原稿未改动");
        assert!(read(clean_json("", text, "not json"))
            .error
            .unwrap()
            .contains("原稿未改动"));
    }

    /// The warm-up page takes the clean down its junk-judging paths, not just the plain one:
    /// each kind of repair it is meant to warm is found, and two speeches.
    #[test]
    fn warm_page_exercises_the_clean() {
        use jianggao_engine::clean::clean;
        let cleaned = clean(WARM_PAGE);
        let rules: std::collections::BTreeSet<&str> =
            cleaned.repairs.iter().map(|r| r.rule.id()).collect();
        for rule in ["site-junk", "page-marker", "line-break", "box"] {
            assert!(rules.contains(rule), "{rule} not in {rules:?}");
        }
        assert_eq!(cleaned.speeches.len(), 2);
        assert!(warm_up() > WARM_ROUNDS * WARM_PAGE.len());
    }
}
