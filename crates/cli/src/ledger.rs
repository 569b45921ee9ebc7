//! The ledger commands: reading a ledger file (calamine for .xlsx/.xls/.ods, the engine's
//! delimited reader for .csv/.tsv and pasted cells) and `jianggao ledger` / `unchanged`.

use jianggao_engine::baseline::unchanged;
use jianggao_engine::decimal::shortest;
use jianggao_engine::ledger::cells::Unit;
use jianggao_engine::ledger::facts::{round, Facts};
use jianggao_engine::ledger::{delimited, read, Column, LedgerError, RowRead};
use serde::Serialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The largest spreadsheet file read (an office ledger of a few thousand projects is well under
/// a megabyte; a zip may still unpack to far more, which the reader bounds by its cells).
const MAX_SHEET_BYTES: u64 = 64 * 1024 * 1024;

/// The cells of a ledger file: a spreadsheet (jianggao-sheets, calamine) or a delimited text.
pub fn grid(file: &Path) -> Result<Vec<Vec<String>>, String> {
    let path = file.to_string_lossy();
    let lower = path.to_lowercase();
    if lower.ends_with(".et") || lower.ends_with(".ett") {
        return Err(format!("{path}：{}", LedgerError::WpsEt));
    }
    if jianggao_sheets::is_sheet(&path) {
        let size = std::fs::metadata(file)
            .map_err(|e| format!("无法读取 {path}：{e}"))?
            .len();
        if size > MAX_SHEET_BYTES {
            return Err(format!(
                "表格“{path}”太大（{} MB），台账文件不能超过 {} MB",
                size / 1_048_576,
                MAX_SHEET_BYTES / 1_048_576
            ));
        }
        return sheet_in_child(file, &path);
    }
    let text = crate::input::read_input(file)?;
    Ok(delimited::rows(&text, delimited::delimiter(&text)))
}

/// How long the child reading a spreadsheet may take.
const SHEET_TIME_LIMIT: std::time::Duration = std::time::Duration::from_secs(15);

/// The hidden command the CLI runs itself with to read a spreadsheet (see [`sheet_in_child`]).
pub const SHEET_COMMAND: &str = "__read-sheet";

/// `jianggao __read-sheet FILE`: the cells of a spreadsheet as JSON on stdout, `{"rows": …}` or
/// `{"error": "…"}`.
pub fn sheet_command(file: &Path) -> String {
    #[derive(Serialize)]
    #[serde(rename_all = "lowercase")]
    enum Answer {
        Rows(Vec<Vec<String>>),
        Error(String),
    }
    let path = file.to_string_lossy();
    let answer = match std::fs::read(file) {
        Ok(bytes) => match jianggao_sheets::grid(&bytes, &path) {
            Ok(rows) => Answer::Rows(rows),
            Err(e) => Answer::Error(e),
        },
        Err(e) => Answer::Error(format!("无法读取 {path}：{e}")),
    };
    serde_json::to_string(&answer).unwrap_or_default()
}

/// A spreadsheet read in a process of its own (this program, run with [`SHEET_COMMAND`]): the
/// reader (calamine) trusts more of a file than it should, and a damaged .xls or .xlsb can make
/// it panic or ask for more memory than there is, which ends the process it runs in. Here that
/// is the child's end, and a message; the draft's command goes on or stops with a message.
fn sheet_in_child(file: &Path, path: &str) -> Result<Vec<Vec<String>>, String> {
    #[derive(serde::Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Answer {
        Rows(Vec<Vec<String>>),
        Error(String),
    }
    let broken = || {
        format!(
            "无法读取表格“{path}”：文件已损坏或结构异常，读取时出错。请用 Excel 或 WPS 打开后另存为 .xlsx 再试，或在表格中复制台账后粘贴。"
        )
    };
    let Ok(me) = std::env::current_exe() else {
        // no way to run a child: read here
        let bytes = std::fs::read(file).map_err(|e| format!("无法读取 {path}：{e}"))?;
        return jianggao_sheets::grid(&bytes, path);
    };
    let mut child = std::process::Command::new(me)
        .arg(SHEET_COMMAND)
        .arg(file)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .map_err(|e| format!("无法读取表格“{path}”：{e}"))?;
    // its answer is read as it comes (a pipe holds only so much), and it has a time limit: a
    // ledger reads in well under a second, a damaged file has sent calamine round for ever
    let reader = child.stdout.take().map(|mut out| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = std::io::Read::read_to_end(&mut out, &mut buf);
            buf
        })
    });
    let deadline = std::time::Instant::now() + SHEET_TIME_LIMIT;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if std::time::Instant::now() < deadline => {
                std::thread::sleep(std::time::Duration::from_millis(10))
            }
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
        }
    };
    let stdout = reader.and_then(|r| r.join().ok()).unwrap_or_default();
    let Some(status) = status else {
        return Err(format!(
            "无法读取表格“{path}”：读取超过 {} 秒仍未完成，文件可能已损坏。请用 Excel 或 WPS 打开后另存为 .xlsx 再试，或在表格中复制台账后粘贴。",
            SHEET_TIME_LIMIT.as_secs()
        ));
    };
    if !status.success() {
        return Err(broken());
    }
    match serde_json::from_slice::<Answer>(&stdout) {
        Ok(Answer::Rows(rows)) => Ok(rows),
        Ok(Answer::Error(e)) => Err(e),
        Err(_) => Err(broken()),
    }
}

/// The facts of a ledger file in `unit` (亿元 unless given).
pub fn facts(
    path: &Path,
    unit: Option<Unit>,
    month: Option<u32>,
) -> Result<(jianggao_engine::ledger::Ledger, Facts), String> {
    let g = grid(path)?;
    let ledger = read(&g).map_err(|e| format!("{}：{e}", path.display()))?;
    let f = Facts::of(&ledger, unit.unwrap_or(Unit::Yi), month);
    Ok((ledger, f))
}

pub fn unit_arg(s: &str) -> Result<Unit, String> {
    match s {
        "亿元" | "亿" => Ok(Unit::Yi),
        "万元" | "万" => Ok(Unit::Wan),
        "元" => Ok(Unit::Yuan),
        _ => Err(format!("不支持的单位“{s}”：请用 亿元 或 万元")),
    }
}

/// `jianggao ledger [--json] [--unit 亿元] [--month N] FILE`
pub fn ledger_command(
    path: &Path,
    json: bool,
    unit: Option<Unit>,
    month: Option<u32>,
) -> Result<String, String> {
    let (ledger, f) = facts(path, unit, month)?;
    if json {
        #[derive(Serialize)]
        struct Out<'a> {
            rows: usize,
            header_row: usize,
            skipped: usize,
            unit: Unit,
            /// the rows are groups of projects with their count
            summary: bool,
            columns: BTreeMap<Column, ColumnOut<'a>>,
            /// every column's full name (a header over two rows joined by `·`)
            names: &'a [String],
            /// every row under the header: its class and label
            table: &'a [RowRead],
            /// where the sheet's own totals disagree with its rows
            warnings: &'a [String],
            facts: &'a Facts,
        }
        #[derive(Serialize)]
        struct ColumnOut<'a> {
            index: usize,
            header: &'a str,
        }
        let columns = ledger
            .columns
            .iter()
            .map(|(c, &i)| {
                (
                    *c,
                    ColumnOut {
                        index: i,
                        header: ledger.headers.get(c).map_or("", |s| s.as_str()),
                    },
                )
            })
            .collect();
        let s = serde_json::to_string_pretty(&Out {
            rows: ledger.projects.len(),
            header_row: ledger.header_row,
            skipped: ledger.skipped,
            unit: f.unit,
            summary: ledger.summary,
            columns,
            names: &ledger.names,
            table: &ledger.rows,
            warnings: &ledger.warnings,
            facts: &f,
        })
        .map_err(|e| e.to_string())?;
        return Ok(format!("{s}\n"));
    }
    let u = f.unit.name();
    let mut s = format!(
        "项目 {} 个（表头在第 {} 行，跳过 {} 行）\n",
        f.projects, ledger.header_row, ledger.skipped
    );
    let opt = |v: Option<f64>| v.map_or("—".to_string(), |v| shortest(round(v, 4)));
    let rate = |v: Option<f64>| v.map_or("—".to_string(), |v| shortest(round(v, 2)));
    let cnt = |v: Option<usize>| v.map_or("—".to_string(), |v| v.to_string());
    s += &format!(
        "新建 {}，续建 {}，前期 {}\n",
        cnt(f.new),
        cnt(f.continued),
        cnt(f.preparatory)
    );
    s += &format!(
        "已开工 {}，开工率 {}%\n",
        cnt(f.started),
        rate(f.start_rate)
    );
    s += &format!(
        "总投资 {}{u}，年度计划投资 {}{u}，完成投资 {}{u}，完成率 {}%\n",
        opt(f.total_investment),
        opt(f.year_plan),
        opt(f.completed),
        rate(f.completion_rate)
    );
    if let (Some(m), Some(g)) = (f.month, f.schedule_gap) {
        s += &format!("1—{m}月序时进度差 {} 个百分点\n", shortest(round(g, 2)));
    }
    for (name, g) in &f.groups {
        s += &format!(
            "  {name}：{}总投资 {}{u}，年度计划投资 {}{u}，完成投资 {}{u}，完成率 {}%\n",
            if g.projects > 0 {
                format!("项目 {} 个，", g.projects)
            } else {
                String::new()
            },
            opt(g.total_investment),
            opt(g.year_plan),
            opt(g.completed),
            rate(g.completion_rate)
        );
    }
    for w in &ledger.warnings {
        s += &format!("注意：{w}\n");
    }
    Ok(s)
}

/// `jianggao unchanged [--json] BASE DRAFT`
pub fn unchanged_command(base: &Path, draft: &Path, json: bool) -> Result<String, String> {
    let base = crate::input::read_input(base)?;
    let draft = crate::input::read_input(draft)?;
    let u = unchanged(&base, &draft);
    if json {
        return serde_json::to_string_pretty(&u)
            .map(|s| format!("{s}\n"))
            .map_err(|e| e.to_string());
    }
    let mut s = format!("仍是原文的比例：{:.0}%\n", u.unchanged_share * 100.0);
    for x in &u.sentences {
        s += &format!("{}: {}\n", x.line, x.text);
    }
    Ok(s)
}
