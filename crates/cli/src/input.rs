//! Reading a draft or a delimited ledger: a file or standard input, UTF-8 or GB18030/GBK.

use jianggao_engine::import::{decode, import_text, ImportError};
use std::io::Read;

/// Read a file or stdin as text; GB18030/GBK text is decoded with a note on stderr.
pub fn read_input(path: &str) -> Result<String, String> {
    let bytes = if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("读取标准输入失败：{e}"))?;
        buf
    } else {
        let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => format!("找不到文件：{path}"),
            std::io::ErrorKind::PermissionDenied => format!("没有权限读取：{path}"),
            _ => format!("无法读取 {path}：{e}"),
        })?;
        if meta.is_dir() {
            return Err(format!("{path} 是一个目录，请给出文件"));
        }
        std::fs::read(path).map_err(|e| format!("无法读取 {path}：{e}"))?
    };
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
    import_text(if path == "-" { "" } else { path }, &text).map_err(|e| format!("{path}：{e}"))
}
