//! What the writer takes away: the exported speech or a backup of the draft, as a file with a
//! name, and how it leaves the page (download or clipboard).

use jianggao_engine::docx::{Preset, MIME as DOCX_MIME};
use jianggao_engine::export::{file_name, title_of, to_markdown, to_text, TextOptions};
use yew::Callback;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Format {
    Markdown,
    Text,
    /// Word in a layout: 公文, 讲话稿 or 讲话稿大字版.
    Docx(Preset),
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
    pub content: Vec<u8>,
}

/// The filled speech in a format, named after its title, to `done`: Markdown and text at once,
/// a .docx when the tools worker has written it (or the message why not; nothing is lost).
pub fn export_file(filled: &str, format: Format, done: Callback<Result<ExportFile, String>>) {
    match format {
        Format::Docx(preset) => {
            let title = title_of(filled).unwrap_or_else(|| "讲稿".into());
            crate::workers::docx(
                filled,
                preset,
                Callback::from(move |r: Result<Vec<u8>, String>| {
                    done.emit(r.map(|content| docx_file(&title, preset, content)))
                }),
            );
        }
        _ => done.emit(Ok(text_file(filled, format))),
    }
}

/// The filled speech as Markdown, or else as plain text.
pub fn text_file(filled: &str, format: Format) -> ExportFile {
    let title = title_of(filled).unwrap_or_else(|| "讲稿".into());
    let (content, name, mime) = match format {
        Format::Markdown => (
            to_markdown(filled).into_bytes(),
            file_name(&title, "md"),
            "text/markdown;charset=utf-8",
        ),
        _ => (
            to_text(filled, TextOptions { indent: true }).into_bytes(),
            file_name(&title, "txt"),
            "text/plain;charset=utf-8",
        ),
    };
    ExportFile {
        name,
        mime,
        content,
    }
}

/// A .docx of the speech titled `title` in `preset`: the layout in the name, so the three
/// files of one speech can sit side by side.
pub fn docx_file(title: &str, preset: Preset, content: Vec<u8>) -> ExportFile {
    ExportFile {
        name: file_name(&format!("{title}（{}）", preset.label()), "docx"),
        mime: DOCX_MIME,
        content,
    }
}

/// The draft as it is, placeholders and all: the way out when the browser cannot save.
pub fn backup_file(text: &str) -> ExportFile {
    let title = title_of(text).unwrap_or_else(|| "讲稿".into());
    ExportFile {
        name: file_name(&format!("{title}-草稿备份"), "txt"),
        mime: "text/plain;charset=utf-8",
        content: text.as_bytes().to_vec(),
    }
}

/// The work file (`.jianggao.json`) of a draft: everything needed to go on elsewhere.
pub fn workfile_file(draft: &jianggao_engine::session::Draft) -> ExportFile {
    let title = title_of(&draft.text).unwrap_or_else(|| "讲稿".into());
    let name = file_name(&title, "json")
        .trim_end_matches(".json")
        .to_string();
    ExportFile {
        name: format!("{name}{}", jianggao_engine::workfile::EXTENSION),
        mime: "application/json",
        content: jianggao_engine::workfile::write(draft).into_bytes(),
    }
}

/// Download or copy a file; `say` gets the message for the writer.
pub fn deliver(file: ExportFile, how: Delivery, say: impl Fn(String) + 'static) {
    match how {
        Delivery::Download => match crate::dom::download(&file.name, file.mime, &file.content) {
            Ok(()) => say(format!("已下载 {}", file.name)),
            Err(e) => say(e),
        },
        Delivery::Copy => crate::dom::copy(
            String::from_utf8_lossy(&file.content).into_owned(),
            move |r| {
                say(match r {
                    Ok(()) => "已复制到剪贴板".to_string(),
                    Err(e) => e,
                })
            },
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILLED: &str =
        "县长在全县重大项目推进会上的讲话\n\n同志们：\n\n一、总体情况\n\n今年共有12个项目。\n";

    #[test]
    fn export_files_are_named_after_the_title() {
        let md = text_file(FILLED, Format::Markdown);
        let md_text = String::from_utf8(md.content.clone()).unwrap();
        assert_eq!(md.name, "县长在全县重大项目推进会上的讲话.md");
        assert_eq!(md.mime, "text/markdown;charset=utf-8");
        assert!(
            md_text.starts_with("# 县长在全县重大项目推进会上的讲话"),
            "{md_text}"
        );
        let txt = text_file(FILLED, Format::Text);
        assert_eq!(txt.name, "县长在全县重大项目推进会上的讲话.txt");
        assert_eq!(txt.mime, "text/plain;charset=utf-8");
        let txt_text = String::from_utf8(txt.content).unwrap();
        assert!(txt_text.contains("12个项目"));
        assert!(!txt_text.contains('#'));
    }

    #[test]
    fn word_files_carry_the_layout_in_their_name() {
        let names: Vec<String> = Preset::ALL
            .into_iter()
            .map(|p| docx_file("县长在全县重大项目推进会上的讲话", p, Vec::new()).name)
            .collect();
        assert_eq!(
            names,
            [
                "县长在全县重大项目推进会上的讲话（公文）.docx",
                "县长在全县重大项目推进会上的讲话（讲话稿）.docx",
                "县长在全县重大项目推进会上的讲话（讲话稿大字版）.docx",
            ]
        );
        let f = docx_file(
            "讲稿",
            Preset::Gongwen,
            jianggao_engine::docx::to_docx(FILLED, Preset::Gongwen),
        );
        assert_eq!(f.mime, DOCX_MIME);
        // a ZIP whose first entry is the package's content types
        assert_eq!(&f.content[..4], b"PK\x03\x04");
        assert_eq!(&f.content[30..49], b"[Content_Types].xml");
    }

    #[test]
    fn backup_keeps_the_draft_as_it_is() {
        let b = backup_file("今年共有x个项目。");
        assert!(b.name.ends_with("-草稿备份.txt"), "{}", b.name);
        assert_eq!(b.content, "今年共有x个项目。".as_bytes());
    }
}
