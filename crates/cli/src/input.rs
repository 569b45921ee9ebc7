//! Reading a draft or a delimited ledger: a file or standard input, UTF-8 or GB18030/GBK.

use jianggao_engine::import::{decode, import_text, ImportError, MAX_BYTES};
use std::io::Read;
use std::path::Path;

/// Read a file or stdin as text; GB18030/GBK text is decoded with a note on stderr. A file
/// larger than a draft may be is refused before it is read (standard input: past the limit).
pub fn read_input(file: &Path) -> Result<String, String> {
    let stdin = file.as_os_str() == "-";
    let path = file.display();
    let bytes = if stdin {
        let mut buf = Vec::new();
        // one byte past the limit is enough to know the input is too large
        std::io::stdin()
            .take(MAX_BYTES as u64 + 1)
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
        if meta.len() > MAX_BYTES as u64 {
            return Err(format!(
                "{}：{}",
                path.display(),
                ImportError::TooLarge(meta.len() as usize)
            ));
        }
        std::fs::read(path).map_err(|e| format!("无法读取 {}：{e}", path.display()))?
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
    let name = if stdin {
        String::new()
    } else {
        file.to_string_lossy().into_owned()
    };
    import_text(&name, &text).map_err(|e| format!("{path}：{e}"))
}
