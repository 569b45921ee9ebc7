//! Reading a file or pasted text into a draft: decoding, format by file name, and a clear
//! Chinese message for everything that cannot be a draft. An import that fails changes nothing.

use std::fmt;

/// Largest file taken as a draft (speeches are a few thousand characters).
pub const MAX_BYTES: usize = 2 * 1024 * 1024;

/// Why a file or text cannot become a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge(usize),
    Binary,
    /// Not UTF-8; `gb18030` tells whether it reads as GB18030/GBK text.
    NotUtf8 {
        gb18030_likely: bool,
    },
    UnsupportedType(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::Empty => write!(f, "导入的内容是空的，原稿未改动"),
            ImportError::TooLarge(n) => write!(
                f,
                "文件太大（{} MB），讲稿一般不超过 2 MB，原稿未改动",
                crate::decimal::fixed(*n as f64 / 1024.0 / 1024.0, 1)
            ),
            ImportError::Binary => write!(
                f,
                "这不是文本文件（像是 Word、PDF 或图片），请先另存为 .txt 再导入，原稿未改动"
            ),
            ImportError::NotUtf8 {
                gb18030_likely: true,
            } => write!(
                f,
                "文件是 GBK/GB18030 编码：请用记事本打开，“另存为”时把编码选为 UTF-8，再导入"
            ),
            ImportError::NotUtf8 {
                gb18030_likely: false,
            } => {
                write!(f, "文件不是 UTF-8 编码的文本，请另存为 UTF-8 后再导入")
            }
            ImportError::UnsupportedType(ext) => write!(
                f,
                "不支持 .{ext} 文件：请导入 .txt 或 .md 文本文件，原稿未改动"
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// Whether bytes look like GB18030/GBK text: valid double-byte sequences and no control bytes.
pub fn looks_like_gb18030(bytes: &[u8]) -> bool {
    let mut i = 0;
    let mut pairs = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b < 0x09 {
                return false;
            }
            i += 1;
            continue;
        }
        if !(0x81..=0xFE).contains(&b) {
            return false;
        }
        let Some(&n) = bytes.get(i + 1) else {
            return false;
        };
        if (0x30..=0x39).contains(&n) {
            i += 4; // four-byte GB18030 sequence
        } else if (0x40..=0xFE).contains(&n) && n != 0x7F {
            i += 2;
        } else {
            return false;
        }
        pairs += 1;
    }
    pairs > 0
}

/// Bytes → text: UTF-8 (a BOM is dropped), or a clear error.
pub fn decode(bytes: &[u8]) -> Result<String, ImportError> {
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge(bytes.len()));
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(ImportError::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(_) => Err(ImportError::NotUtf8 {
            gb18030_likely: looks_like_gb18030(bytes),
        }),
    }
}

/// Text of a given file name (or pasted, when `name` is empty) → the draft's text: Markdown is
/// read into the draft's plain form, line breaks become `\n`.
pub fn import_text(name: &str, text: &str) -> Result<String, ImportError> {
    if text.len() > MAX_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    if text.contains('\0') {
        return Err(ImportError::Binary);
    }
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    match ext.as_str() {
        "md" | "markdown" => Ok(crate::export::import_markdown(&text)),
        "" | "txt" | "text" => Ok(text),
        "doc" | "docx" | "pdf" | "wps" | "png" | "jpg" | "jpeg" | "xls" | "xlsx" => {
            Err(ImportError::UnsupportedType(ext))
        }
        _ => Ok(text),
    }
}
