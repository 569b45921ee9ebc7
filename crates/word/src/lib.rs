//! 讲稿工坊 Word files in: the visible text of a .docx or a .doc, as the draft's plain text (one
//! paragraph a line, a blank line between paragraphs, as a pasted text), for the CLI and the
//! tools worker (never the app's first load).
//!
//! * .docx: paragraphs in order, each numbered paragraph with the label Word draws from
//!   numbering.xml (`一、` `（一）` `1.` `①`…, its own `w:numPr` or its style's); a table as
//!   rows of cells separated by tabs; footnotes and text boxes after the paragraph they belong
//!   to, endnotes at the end; headers, footers, page numbers and comments left out; 修订 read as
//!   if all were accepted (`w:ins` shown, `w:del` not; [`Reading::insertions`] /
//!   [`Reading::deletions`] count them); a field shows its result, not its code.
//! * .doc: the main document's text through the piece table, each numbered paragraph with its
//!   label (the LST/LFO tables), a table as rows of cells (the paragraphs' properties), fields'
//!   results, footnotes after their paragraph (module `doc`); tracked changes not counted.
//! * WPS's .wps/.et, an encrypted file, a broken or empty one: a [`WordError`], whose message
//!   (Chinese) tells the writer what to do. Never a panic.
//!
//! [`Style::LibreOffice`] renders the same reading as LibreOffice's own text export lays it out
//! (every table cell's paragraph on its line, notes and text boxes left out, deleted text shown
//! as the markup shows it): the acceptance script (`tests/compare.py`) compares that with
//! `soffice --convert-to txt:Text` of the same file.

mod doc;
mod docx;
mod numbering;
mod xml;

pub use numbering::format_number;

use std::fmt;

/// A piece of the document read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A paragraph: its list label (empty when not numbered) and whether Word puts a gap (a
    /// tab or a space) after it, its text (a line break inside it as `\n`); `aside` for a
    /// footnote's, an endnote's or a text box's paragraph.
    Para {
        label: String,
        gap: bool,
        text: String,
        aside: bool,
        /// The tracked changes in `text` (read with [`Revisions::Track`] or `Markup`).
        marks: Vec<Mark>,
        /// The ids of the comments on this paragraph.
        comments: Vec<String>,
    },
    /// A table: rows of cells, each cell its paragraphs.
    Table(Vec<Vec<Vec<String>>>),
}

/// Where tracked change `revision` (an index in [`Reading::revisions`]) stands in a
/// paragraph's text (bytes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub range: std::ops::Range<usize>,
    pub revision: usize,
}

/// A tracked change: insertion or deletion, its author and date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevisionInfo {
    pub kind: jianggao_engine::revisions::Kind,
    pub author: String,
    pub date: String,
}

/// A comment: its id, author and text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommentInfo {
    pub id: String,
    pub author: String,
    pub text: String,
}

/// How tracked changes are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Revisions {
    /// As if all were accepted: insertions shown, deletions not.
    Accept,
    /// As LibreOffice's text export writes them: both, and hidden text (`w:vanish`) too.
    Markup,
    /// Both, each marked ([`Mark`]) for the list of changes ([`Reading::tracked`]); hidden text
    /// left out.
    Track,
}

/// How the reading is laid out as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// The draft's form: a blank line between paragraphs, a table's row on one line (cells
    /// separated by tabs), asides after what they belong to.
    Draft,
    /// LibreOffice's text export's form (for the acceptance comparison).
    LibreOffice,
}

/// Which kind of file was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Docx,
    Doc,
}

/// A Word file read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    pub format: Format,
    pub blocks: Vec<Block>,
    /// Tracked insertions and deletions (each `w:ins`/`w:del` holding text); .doc: 0.
    pub insertions: usize,
    pub deletions: usize,
    /// Comments (批注) in the file, not part of the text.
    pub comments: usize,
    /// The tracked changes marked in the blocks (read with [`Revisions::Track`] or `Markup`).
    pub revisions: Vec<RevisionInfo>,
    pub comment_list: Vec<CommentInfo>,
}

/// Why a file cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WordError {
    Empty,
    Broken,
    Encrypted,
    Wps,
    OldWord,
    Odf,
    NotWord,
    /// The file is an OLE file of another program (Excel, PowerPoint…).
    OtherOffice,
}

impl fmt::Display for WordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            WordError::Empty => "Word 文件是空的（0 字节），原稿未改动",
            WordError::Broken => {
                "Word 文件已损坏或不完整，读不出文字：请在 Word 或 WPS 中打开，另存为 .docx 后再导入，原稿未改动"
            }
            WordError::Encrypted => {
                "Word 文件设了打开密码（已加密），读不出文字：请在 Word 或 WPS 中取消密码，另存为 .docx 后再导入，原稿未改动"
            }
            WordError::Wps => {
                "这是 WPS 自己的格式（.wps/.et），读不出文字：请在 WPS 中“另存为” Word 文档（.docx）后再导入，原稿未改动"
            }
            WordError::OldWord => {
                "这是 Word 95 或更早版本的文件，读不出文字：请在 Word 或 WPS 中另存为 .docx 后再导入，原稿未改动"
            }
            WordError::Odf => {
                "这是 OpenDocument 文件（.odt 等），不是 Word 文件：请另存为 .docx 后再导入，原稿未改动"
            }
            WordError::NotWord => {
                "这个文件不是 Word 文档，读不出文字：请导入 .docx、.doc、.txt 或 .md 文件，原稿未改动"
            }
            WordError::OtherOffice => {
                "这是 Excel 或 PowerPoint 等文件，不是 Word 文档：请导入 .docx、.doc、.txt 或 .md 文件，原稿未改动"
            }
        })
    }
}

impl std::error::Error for WordError {}

/// Whether a file of this name is read here (by its extension: .docx .docm .dotx .doc .dot,
/// and WPS's .wps/.et, which get their message).
pub fn is_word_name(name: &str) -> bool {
    matches!(
        extension(name).as_str(),
        "docx" | "docm" | "dotx" | "dotm" | "doc" | "dot" | "wps" | "et" | "dps"
    )
}

fn extension(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default()
}

const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Read a Word file's bytes (named `name`, for WPS's formats) with tracked changes read as
/// `revisions`.
pub fn read_with(name: &str, bytes: &[u8], revisions: Revisions) -> Result<Reading, WordError> {
    if bytes.is_empty() {
        return Err(WordError::Empty);
    }
    if matches!(extension(name).as_str(), "wps" | "et" | "dps") {
        return Err(WordError::Wps);
    }
    if bytes.starts_with(b"PK") {
        let p = docx::read(bytes, revisions)?;
        return Ok(Reading {
            format: Format::Docx,
            blocks: p.blocks,
            insertions: p.insertions,
            deletions: p.deletions,
            comments: p.comment_list.len(),
            revisions: p.revisions,
            comment_list: p.comment_list,
        });
    }
    if bytes.starts_with(OLE) {
        let mut cfb =
            cfb::CompoundFile::open(std::io::Cursor::new(bytes)).map_err(|_| WordError::Broken)?;
        if cfb.is_stream("EncryptionInfo") || cfb.is_stream("EncryptedPackage") {
            return Err(WordError::Encrypted);
        }
        if !cfb.is_stream("WordDocument") {
            return Err(WordError::OtherOffice);
        }
        let doc = doc::Doc::open(&mut cfb)?;
        return Ok(Reading {
            format: Format::Doc,
            blocks: doc::blocks(&doc)?,
            insertions: 0,
            deletions: 0,
            comments: 0,
            revisions: Vec::new(),
            comment_list: Vec::new(),
        });
    }
    if bytes.starts_with(b"{\\rtf") {
        // Word's "save as .doc" of an RTF: not read here
        return Err(WordError::NotWord);
    }
    Err(match extension(name).as_str() {
        "docx" | "docm" | "dotx" | "dotm" | "doc" | "dot" => WordError::Broken,
        _ => WordError::NotWord,
    })
}

/// Read a Word file as the writer sees it with every change accepted.
pub fn read(name: &str, bytes: &[u8]) -> Result<Reading, WordError> {
    read_with(name, bytes, Revisions::Accept)
}

impl Reading {
    /// The reading as text in `style`.
    pub fn text(&self, style: Style) -> String {
        let mut parts: Vec<String> = Vec::new();
        for b in &self.blocks {
            match (b, style) {
                (Block::Para { aside: true, .. }, Style::LibreOffice) => {}
                (
                    Block::Para {
                        label, gap, text, ..
                    },
                    _,
                ) => parts.push(with_label(label, *gap, text, style)),
                (Block::Table(rows), Style::Draft) => parts.push(
                    rows.iter()
                        .map(|r| {
                            r.iter()
                                .map(|c| {
                                    c.iter()
                                        .map(|p| p.trim())
                                        .filter(|p| !p.is_empty())
                                        .collect::<Vec<_>>()
                                        .join(" ")
                                })
                                .collect::<Vec<_>>()
                                .join("\t")
                        })
                        .filter(|row| !row.trim().is_empty())
                        .collect::<Vec<_>>()
                        .join("\n"),
                ),
                (Block::Table(rows), Style::LibreOffice) => {
                    for cell in rows.iter().flatten() {
                        parts.extend(cell.iter().cloned());
                    }
                }
            }
        }
        match style {
            Style::Draft => jianggao_engine::revisions::draft_text(parts),
            Style::LibreOffice => {
                let mut out = parts.join("\n");
                out.push('\n');
                out
            }
        }
    }

    /// The paragraphs (as the draft has them) with their tracked changes, and the comments with
    /// the paragraph they are on: the list the writer accepts or rejects. Read with
    /// [`Revisions::Track`]; accepting all gives [`Reading::draft`] of the same file.
    pub fn tracked(&self) -> jianggao_engine::revisions::Tracked {
        use jianggao_engine::revisions::{Comment, Piece, Revision, Tracked};
        let mut t = Tracked::default();
        let mut texts: Vec<String> = vec![String::new(); self.revisions.len()];
        let mut paragraph_of: Vec<usize> = vec![0; self.revisions.len()];
        let mut comment_at: std::collections::HashMap<&str, usize> = Default::default();
        for b in &self.blocks {
            let at = t.paragraphs.len();
            match b {
                Block::Para {
                    label,
                    gap,
                    text,
                    marks,
                    comments,
                    ..
                } => {
                    let full = with_label(label, *gap, text, Style::Draft);
                    let prefix = &full[..full.len() - text.len()];
                    let mut pieces = Vec::new();
                    if !prefix.is_empty() {
                        pieces.push(Piece {
                            text: prefix.to_string(),
                            revision: None,
                        });
                    }
                    for (range, revision) in split(text, marks) {
                        let piece = &text[range];
                        if let Some(r) = revision {
                            if let Some(x) = texts.get_mut(r) {
                                x.push_str(piece);
                                paragraph_of[r] = at;
                            }
                        }
                        match pieces.last_mut() {
                            Some(Piece { text, revision: r }) if *r == revision => {
                                text.push_str(piece)
                            }
                            _ => pieces.push(Piece {
                                text: piece.to_string(),
                                revision,
                            }),
                        }
                    }
                    for id in comments {
                        comment_at.entry(id.as_str()).or_insert(at);
                    }
                    t.paragraphs.push(pieces);
                }
                Block::Table(_) => {
                    let one = Reading {
                        format: self.format,
                        blocks: vec![b.clone()],
                        insertions: 0,
                        deletions: 0,
                        comments: 0,
                        revisions: Vec::new(),
                        comment_list: Vec::new(),
                    };
                    t.paragraphs.push(vec![Piece {
                        text: one.draft().trim_end().to_string(),
                        revision: None,
                    }]);
                }
            }
        }
        for (i, r) in self.revisions.iter().enumerate() {
            t.revisions.push(Revision {
                kind: r.kind,
                author: r.author.clone(),
                date: r.date.clone(),
                paragraph: paragraph_of[i],
                text: std::mem::take(&mut texts[i]),
            });
        }
        for c in &self.comment_list {
            t.comments.push(Comment {
                author: c.author.clone(),
                text: c.text.clone(),
                paragraph: comment_at.get(c.id.as_str()).copied(),
            });
        }
        t
    }

    /// The draft's text ([`Style::Draft`]).
    pub fn draft(&self) -> String {
        self.text(Style::Draft)
    }
}

/// A paragraph's text with its label as the draft writes it (a table cell's paragraph).
fn with_label_of(b: &Block) -> String {
    match b {
        Block::Para {
            label, gap, text, ..
        } => with_label(label, *gap, text, Style::Draft),
        Block::Table(_) => String::new(),
    }
}

/// A paragraph's text with its label: LibreOffice's text export writes a space after every
/// label (whatever Word's `w:suff`); the draft writes none between a label and Chinese (`一、总体情况`, as a
/// writer types it) and a space between two Latin letters or digits (`1. Overview`).
fn with_label(label: &str, gap: bool, text: &str, style: Style) -> String {
    if label.is_empty() {
        return text.to_string();
    }
    let space = match style {
        Style::LibreOffice => true,
        Style::Draft => {
            gap && label.chars().last().is_some_and(|c| c.is_ascii())
                && text
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_alphanumeric())
        }
    };
    format!("{label}{}{text}", if space { " " } else { "" })
}

/// A paragraph's text cut where its marks begin and end: each piece's byte range and the
/// revision it belongs to (an inner mark, recorded first, wins over the one around it).
fn split(text: &str, marks: &[Mark]) -> Vec<(std::ops::Range<usize>, Option<usize>)> {
    let mut owner: Vec<Option<usize>> = vec![None; text.len()];
    for m in marks {
        let end = m.range.end.min(text.len());
        for o in owner.iter_mut().take(end).skip(m.range.start) {
            if o.is_none() {
                *o = Some(m.revision);
            }
        }
    }
    let mut out: Vec<(std::ops::Range<usize>, Option<usize>)> = Vec::new();
    let mut start = 0;
    for i in 1..=text.len() {
        if i == text.len() || (owner[i] != owner[start] && text.is_char_boundary(i)) {
            out.push((start..i, owner[start]));
            start = i;
        }
    }
    out
}

/// A paragraph's text with every deletion marked in it left out (a table cell read with
/// [`Revisions::Track`]: its changes are taken as accepted).
fn accepted(text: &str, marks: &[Mark], revisions: &[RevisionInfo]) -> String {
    split(text, marks)
        .into_iter()
        .filter(|(_, r)| {
            !r.and_then(|r| revisions.get(r))
                .is_some_and(|x| x.kind == jianggao_engine::revisions::Kind::Deletion)
        })
        .map(|(range, _)| &text[range])
        .collect()
}
