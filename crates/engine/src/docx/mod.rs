//! Word (.docx) export in two layouts, and the paragraph roles the print view shares.
//!
//! * **公文** (GB/T 9704-2012): A4, margins 37 / 35 / 28 / 26 mm (top, bottom, left, right),
//!   22 lines × 28 characters on a document grid, title 22 pt 方正小标宋简体 centred, body 16 pt
//!   仿宋_GB2312 indented two characters, `一、` 黑体, `（一）` 楷体, `1.` and `（1）` 仿宋; page
//!   numbers 14 pt 宋体 `— 1 —`, odd pages right and even pages left, one character in.
//! * **讲话稿** (reading copy): margins 2.5 cm top and bottom, 2.8 cm left and right, body 16 pt
//!   仿宋 at a fixed 29 pt, page numbers centred; **大字版** has a 22 pt body at a fixed 40 pt.
//!
//! The package is OOXML written here ([`parts`]) in a store-only ZIP ([`zip`]); fonts are named,
//! not embedded. Every text goes through [`parts::escape`], so any input gives a valid file.

mod model;
mod parts;
pub mod zip;

pub use model::{paragraphs, Face, Para, Preset, Role};
pub use parts::{FANGSONG, HEI, KAI, SONG, XIAOBIAOSONG};

/// The filled speech as a .docx file in a layout.
pub fn to_docx(text: &str, preset: Preset) -> Vec<u8> {
    let paras = paragraphs(text);
    let title = paras
        .iter()
        .find(|p| p.role == Role::Title)
        .map_or("", |p| p.text.as_str());
    let document = parts::document(&paras, preset);
    let styles = parts::styles(preset);
    let settings = parts::settings(preset);
    let core = parts::core(title);
    let (odd, even) = parts::footers(preset);
    zip::store(&[
        ("[Content_Types].xml", parts::CONTENT_TYPES.as_bytes()),
        ("_rels/.rels", parts::ROOT_RELS.as_bytes()),
        ("docProps/core.xml", core.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        (
            "word/_rels/document.xml.rels",
            parts::DOCUMENT_RELS.as_bytes(),
        ),
        ("word/styles.xml", styles.as_bytes()),
        ("word/settings.xml", settings.as_bytes()),
        ("word/fontTable.xml", parts::FONT_TABLE.as_bytes()),
        ("word/footer1.xml", odd.as_bytes()),
        ("word/footer2.xml", even.as_bytes()),
    ])
}

/// The MIME type of a .docx file.
pub const MIME: &str = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
