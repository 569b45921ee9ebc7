//! What the writer takes away: the exported speech or a backup of the draft, as a file with a
//! name, and how it leaves the page (download or clipboard).

use jianggao_engine::export::{file_name, title_of, to_markdown, to_text, TextOptions};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Format {
    Markdown,
    Text,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Delivery {
    Download,
    Copy,
}

/// A file to download or copy.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct ExportFile {
    pub name: String,
    pub mime: &'static str,
    pub content: String,
}

/// The filled speech in a format, named after its title.
pub fn export_file(filled: &str, format: Format) -> ExportFile {
    let title = title_of(filled).unwrap_or_else(|| "讲稿".into());
    let (content, ext, mime) = match format {
        Format::Markdown => (to_markdown(filled), "md", "text/markdown;charset=utf-8"),
        Format::Text => (
            to_text(filled, TextOptions { indent: true }),
            "txt",
            "text/plain;charset=utf-8",
        ),
    };
    ExportFile {
        name: file_name(&title, ext),
        mime,
        content,
    }
}

/// The draft as it is, placeholders and all: the way out when the browser cannot save.
pub fn backup_file(text: &str) -> ExportFile {
    let title = title_of(text).unwrap_or_else(|| "讲稿".into());
    ExportFile {
        name: file_name(&format!("{title}-草稿备份"), "txt"),
        mime: "text/plain;charset=utf-8",
        content: text.to_string(),
    }
}

/// Download or copy a file; `say` gets the message for the writer.
pub fn deliver(file: ExportFile, how: Delivery, say: impl Fn(String) + 'static) {
    match how {
        Delivery::Download => match crate::dom::download(&file.name, file.mime, &file.content) {
            Ok(()) => say(format!("已下载 {}", file.name)),
            Err(e) => say(e),
        },
        Delivery::Copy => crate::dom::copy(file.content, move |r| {
            say(match r {
                Ok(()) => "已复制到剪贴板".to_string(),
                Err(e) => e,
            })
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILLED: &str =
        "县长在全县重大项目推进会上的讲话\n\n同志们：\n\n一、总体情况\n\n今年共有12个项目。\n";

    #[test]
    fn export_files_are_named_after_the_title() {
        let md = export_file(FILLED, Format::Markdown);
        assert_eq!(md.name, "县长在全县重大项目推进会上的讲话.md");
        assert_eq!(md.mime, "text/markdown;charset=utf-8");
        assert!(
            md.content.starts_with("# 县长在全县重大项目推进会上的讲话"),
            "{}",
            md.content
        );
        let txt = export_file(FILLED, Format::Text);
        assert_eq!(txt.name, "县长在全县重大项目推进会上的讲话.txt");
        assert_eq!(txt.mime, "text/plain;charset=utf-8");
        assert!(txt.content.contains("12个项目"));
        assert!(!txt.content.contains('#'));
    }

    #[test]
    fn backup_keeps_the_draft_as_it_is() {
        let b = backup_file("今年共有x个项目。");
        assert!(b.name.ends_with("-草稿备份.txt"), "{}", b.name);
        assert_eq!(b.content, "今年共有x个项目。");
    }
}
