//! The work file (`.jianggao.json`): a draft handed to a colleague on another machine with all
//! that makes it — the text, the field values and global facts, the baseline it was imported
//! from and the facts of its project ledger. A versioned schema: a file of a newer version is
//! refused with a message rather than read wrong.

use crate::session::Draft;
use serde::{Deserialize, Serialize};

/// What the file says it is.
pub const FORMAT: &str = "jianggao-work";
/// The schema version this build writes and the newest it reads.
pub const VERSION: u32 = 1;
/// The file name's ending.
pub const EXTENSION: &str = ".jianggao.json";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WorkFile {
    pub format: String,
    pub version: u32,
    pub draft: Draft,
}

/// The work file of a draft, as pretty JSON.
pub fn write(draft: &Draft) -> String {
    let w = WorkFile {
        format: FORMAT.into(),
        version: VERSION,
        draft: draft.clone(),
    };
    // compact: the saved draft's serializer, so the browser build carries no second copy
    serde_json::to_string(&w).unwrap_or_default()
}

/// Why a work file cannot be opened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkFileError {
    /// Not JSON, or JSON that is not a work file.
    NotWorkFile,
    /// Written by a newer 讲稿工坊.
    Newer(u32),
    /// A work file whose draft part cannot be read.
    Damaged(String),
    /// A text, a baseline or values larger than a draft may be (bytes).
    TooLarge(usize),
}

impl std::fmt::Display for WorkFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WorkFileError::NotWorkFile => f.write_str("这不是讲稿工坊的工作文件（.jianggao.json）。"),
            WorkFileError::Newer(v) => write!(
                f,
                "这个工作文件由更新版本的讲稿工坊保存（格式版本 {v}），当前版本只能打开版本 {VERSION} 及以前的文件：请刷新或更新讲稿工坊后再打开。当前稿没有改动。"
            ),
            WorkFileError::Damaged(e) => write!(f, "工作文件已损坏，无法读取：{e}。当前稿没有改动。"),
            WorkFileError::TooLarge(n) => write!(
                f,
                "工作文件中的讲稿或字段值太大（{} MB），每项不能超过 {} MB。当前稿没有改动。",
                crate::decimal::fixed(*n as f64 / 1_048_576.0, 1),
                crate::import::MAX_BYTES / 1_048_576
            ),
        }
    }
}

/// Whether a text looks like a work file (so an import can route it here).
pub fn is_workfile(text: &str) -> bool {
    let t = text.trim_start();
    t.starts_with('{') && t.contains(FORMAT)
}

/// Read a work file.
pub fn read(text: &str) -> Result<Draft, WorkFileError> {
    // what it says it is first, without serde_json's Value (kept out of the browser build)
    #[derive(Deserialize)]
    struct Head {
        format: Option<String>,
        version: Option<u64>,
    }
    let head: Head = serde_json::from_str(text).map_err(|_| WorkFileError::NotWorkFile)?;
    if head.format.as_deref() != Some(FORMAT) {
        return Err(WorkFileError::NotWorkFile);
    }
    let version = head.version.unwrap_or(0);
    if version > VERSION as u64 {
        return Err(WorkFileError::Newer(version.min(u32::MAX as u64) as u32));
    }
    // where it broke, in the writer's words (serde_json's own English message, and its error
    // texts in the app's first load, are left out)
    let w: WorkFile = serde_json::from_str(text).map_err(|e| {
        WorkFileError::Damaged(format!(
            "第 {} 行第 {} 列不合工作文件的格式",
            e.line(),
            e.column()
        ))
    })?;
    // as an import is bounded: the text and the baseline each, and the values all together
    // (each fills every occurrence of its field)
    let d = &w.draft;
    let values: usize = d.values.iter().map(|(k, v)| k.len() + v.len()).sum();
    let largest = [
        d.text.len(),
        d.baseline.as_ref().map_or(0, String::len),
        values,
    ]
    .into_iter()
    .max()
    .unwrap_or(0);
    if largest > crate::import::MAX_BYTES {
        return Err(WorkFileError::TooLarge(largest));
    }
    Ok(w.draft)
}
