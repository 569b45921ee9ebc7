//! Reading a draft or a delimited ledger: a file or standard input, UTF-8 or GB18030/GBK, or a
//! Word file (.docx/.doc, by its name or its first bytes) read for its text (jianggao-word).

use jianggao_engine::import::{decode, import_text, ImportError, MAX_BYTES};
use std::io::Read;
use std::path::Path;

/// Largest Word file read: its pictures may weigh far more than its text.
const MAX_WORD_BYTES: usize = 64 * 1024 * 1024;

/// Whether `bytes` named `name` are a Word file: its name says so (.docx .doc, WPS's .wps…) or
/// it begins as a zip or an OLE compound file does (a text file never does).
fn is_word(name: &str, bytes: &[u8]) -> bool {
    jianggao_word::is_word_name(name)
        || bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
}

/// A Word file's text, as if every tracked change were accepted; the changes accepted (and the
/// comments left out) are said on stderr.
fn read_word(shown: &str, name: &str, bytes: &[u8]) -> Result<String, String> {
    let r = jianggao_word::read(name, bytes).map_err(|e| format!("{shown}：{e}"))?;
    if r.insertions + r.deletions > 0 {
        eprintln!(
            "提示：{shown} 带有修订（插入 {} 处、删除 {} 处），已按全部接受读取",
            r.insertions, r.deletions
        );
    }
    if r.comments > 0 {
        eprintln!("提示：{shown} 有 {} 条批注，批注不计入正文", r.comments);
    }
    import_text("", &r.draft()).map_err(|e| format!("{shown}：{e}"))
}

/// Read a file or stdin as text; GB18030/GBK text is decoded with a note on stderr; a Word file
/// is read for its text. A file larger than a draft (a Word file: than [`MAX_WORD_BYTES`]) may
/// be is refused before it is read (standard input: past the limit).
pub fn read_input(file: &Path) -> Result<String, String> {
    let stdin = file.as_os_str() == "-";
    let path = file.display();
    let bytes = if stdin {
        let mut buf = Vec::new();
        // one byte past the limit is enough to know the input is too large
        std::io::stdin()
            .take(MAX_WORD_BYTES as u64 + 1)
            .read_to_end(&mut buf)
            .map_err(|e| format!("读取标准输入失败：{e}"))?;
        buf
    } else {
        let path = file;
        let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => format!("找不到文件：{}", path.display()),
            std::io::ErrorKind::PermissionDenied => format!("没有权限读取：{}", path.display()),
            _ => format!("无法读取 {}：{e}", path.display()),
        })?;
        if meta.is_dir() {
            return Err(format!("{} 是一个目录，请给出文件", path.display()));
        }
        let limit = if jianggao_word::is_word_name(&path.to_string_lossy()) {
            MAX_WORD_BYTES
        } else {
            MAX_BYTES
        };
        if meta.len() > limit as u64 {
            return Err(format!(
                "{}：{}",
                path.display(),
                ImportError::TooLarge(meta.len() as usize)
            ));
        }
        std::fs::read(path).map_err(|e| format!("无法读取 {}：{e}", path.display()))?
    };
    let name = if stdin {
        String::new()
    } else {
        file.to_string_lossy().into_owned()
    };
    if bytes.len() > MAX_WORD_BYTES {
        return Err(format!("{path}：{}", ImportError::TooLarge(bytes.len())));
    }
    if is_word(&name, &bytes) {
        return read_word(&path.to_string(), &name, &bytes);
    }
    if bytes.len() > MAX_BYTES {
        return Err(format!("{path}：{}", ImportError::TooLarge(bytes.len())));
    }
    let text = match decode(&bytes) {
        Ok(t) => t,
        Err(ImportError::NotUtf8 { .. }) => {
            let (text, _, had_errors) = encoding_rs::GB18030.decode(&bytes);
            if had_errors {
                return Err(format!(
                    "{path} 不是 UTF-8 文本，也不是 GB18030/GBK 文本；请用 iconv -f 原编码 -t UTF-8 转换后再试"
                ));
            }
            eprintln!("提示：{path} 是 GB18030/GBK 编码，已按此解码");
            text.into_owned()
        }
        Err(e) => return Err(format!("{path}：{e}")),
    };
    import_text(&name, &text).map_err(|e| format!("{path}：{e}"))
}

/// The largest values file read: as large as a draft may be (the values fill its placeholders;
/// a larger file would ask for gigabytes once filled into every occurrence).
const MAX_VALUES_BYTES: u64 = jianggao_engine::import::MAX_BYTES as u64;

pub fn read_values(path: &Path) -> Result<jianggao_engine::fields::Values, String> {
    let shown = path.display();
    let size = std::fs::metadata(path)
        .map_err(|e| format!("无法读取 {shown}：{e}"))?
        .len();
    if size > MAX_VALUES_BYTES {
        return Err(format!(
            "字段值文件 {shown} 太大（{:.1} MB），不能超过 {} MB",
            size as f64 / 1_048_576.0,
            MAX_VALUES_BYTES / 1_048_576
        ));
    }
    let raw = std::fs::read_to_string(path).map_err(|e| format!("无法读取 {shown}：{e}"))?;
    let map: std::collections::BTreeMap<String, serde_json::Value> =
        serde_json::from_str(&raw).map_err(|e| format!("{shown} 不是有效的 JSON 对象：{e}"))?;
    Ok(map
        .into_iter()
        .map(|(k, v)| {
            let s = match v {
                serde_json::Value::String(s) => s,
                other => other.to_string(),
            };
            (k, s)
        })
        .collect())
}
