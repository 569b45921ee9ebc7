//! A .docx (Office Open XML) read into blocks: the main document's paragraphs and tables in
//! order, each numbered paragraph with the label Word draws, footnotes and text boxes as
//! asides right after the paragraph (or table) they belong to, endnotes at the end. Headers,
//! footers and comments are not text of the speech and are not read into it.

use crate::numbering::{format_number, Numbering, Styles, Suffix};
use crate::xml::{self, Element};
use crate::{Block, CommentInfo, Mark, RevisionInfo, Revisions, WordError};
use jianggao_engine::revisions::Kind;
use std::collections::HashMap;
use std::io::Read;

/// Largest part read (decompressed): a document part of a long report is a few MB.
const MAX_PART: u64 = 64 * 1024 * 1024;

pub struct Parsed {
    pub blocks: Vec<Block>,
    pub insertions: usize,
    pub deletions: usize,
    pub revisions: Vec<RevisionInfo>,
    pub comment_list: Vec<CommentInfo>,
}

type Zip<'a> = zip::ZipArchive<std::io::Cursor<&'a [u8]>>;

fn part(zip: &mut Zip<'_>, name: &str) -> Result<Option<String>, WordError> {
    let name = name.trim_start_matches('/');
    let Ok(f) = zip.by_name(name) else {
        return Ok(None);
    };
    let mut bytes = Vec::new();
    f.take(MAX_PART + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| WordError::Broken)?;
    if bytes.len() as u64 > MAX_PART {
        return Err(WordError::Broken);
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    Ok(Some(String::from_utf8_lossy(bytes).into_owned()))
}

fn parse_part(zip: &mut Zip<'_>, name: &str) -> Result<Option<Element>, WordError> {
    match part(zip, name)? {
        Some(text) => xml::parse(&text).map(Some).ok_or(WordError::Broken),
        None => Ok(None),
    }
}

/// The relationships of part `path`: type's last segment → target path in the package.
fn rels(zip: &mut Zip<'_>, path: &str) -> Result<HashMap<String, String>, WordError> {
    let (dir, file) = path.rsplit_once('/').unwrap_or(("", path));
    let rels_path = if dir.is_empty() {
        format!("_rels/{file}.rels")
    } else {
        format!("{dir}/_rels/{file}.rels")
    };
    let mut out = HashMap::new();
    let Some(root) = parse_part(zip, &rels_path)? else {
        return Ok(out);
    };
    for r in root.elements().filter(|e| e.name == "Relationship") {
        let (Some(t), Some(target)) = (r.attr("Type"), r.attr("Target")) else {
            continue;
        };
        if r.attr("TargetMode") == Some("External") {
            continue;
        }
        let kind = t.rsplit('/').next().unwrap_or(t).to_string();
        let full = if let Some(abs) = target.strip_prefix('/') {
            abs.to_string()
        } else if dir.is_empty() {
            target.to_string()
        } else {
            format!("{dir}/{target}")
        };
        out.entry(kind).or_insert(full);
    }
    Ok(out)
}

pub fn read(bytes: &[u8], revisions: Revisions) -> Result<Parsed, WordError> {
    let mut zip =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| WordError::Broken)?;
    let main = rels(&mut zip, "")?
        .remove("officeDocument")
        .unwrap_or_else(|| "word/document.xml".to_string());
    let Some(doc) = parse_part(&mut zip, &main)? else {
        // a zip without a Word document: an .xlsx, an .odt, a .pptx renamed
        return Err(if zip.by_name("content.xml").is_ok() {
            WordError::Odf
        } else {
            WordError::NotWord
        });
    };
    let parts = rels(&mut zip, &main)?;
    let mut get = |kind: &str| -> Result<Option<Element>, WordError> {
        match parts.get(kind) {
            Some(p) => parse_part(&mut zip, p),
            None => Ok(None),
        }
    };
    let numbering = Numbering::read(get("numbering")?.as_ref());
    let styles = Styles::read(get("styles")?.as_ref());
    let notes = |root: Option<Element>| -> HashMap<String, Element> {
        root.map(|r| {
            r.elements()
                .filter(|e| e.attr("type").is_none_or(|t| t == "normal"))
                .filter_map(|e| Some((e.attr("id")?.to_string(), e.clone())))
                .collect()
        })
        .unwrap_or_default()
    };
    let footnotes = notes(get("footnotes")?);
    let endnotes = notes(get("endnotes")?);
    let comment_list = get("comments")?.map_or(Vec::new(), |c| {
        let mut all = Vec::new();
        c.find_all("comment", &mut all);
        all.into_iter()
            .map(|e| {
                let mut ps = Vec::new();
                e.find_all("p", &mut ps);
                let text = ps
                    .iter()
                    .map(|p| {
                        let mut ts = Vec::new();
                        p.find_all("t", &mut ts);
                        ts.iter().map(|t| t.text()).collect::<String>()
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
                CommentInfo {
                    id: e.attr("id").unwrap_or_default().to_string(),
                    author: e.attr("author").unwrap_or_default().to_string(),
                    text,
                }
            })
            .collect()
    });
    let body = doc.child("body").ok_or(WordError::Broken)?;
    let mut w = Walker {
        numbering,
        styles,
        footnotes,
        endnotes,
        revisions,
        insertions: 0,
        deletions: 0,
        fields: Vec::new(),
        footnote_no: 0,
        endnote_no: 0,
        note_mark: String::new(),
        endnote_blocks: Vec::new(),
        depth: 0,
        marks: Vec::new(),
        revision_list: Vec::new(),
        comment_refs: Vec::new(),
    };
    let mut blocks = Vec::new();
    w.blocks(body, &mut blocks);
    blocks.append(&mut w.endnote_blocks);
    Ok(Parsed {
        blocks,
        insertions: w.insertions,
        deletions: w.deletions,
        revisions: w.revision_list,
        comment_list,
    })
}

struct Walker {
    numbering: Numbering,
    styles: Styles,
    footnotes: HashMap<String, Element>,
    endnotes: HashMap<String, Element>,
    revisions: Revisions,
    insertions: usize,
    deletions: usize,
    /// The open fields: whether each is past its `separate` (showing its result).
    fields: Vec<bool>,
    footnote_no: u32,
    endnote_no: u32,
    /// The mark a note's own `w:footnoteRef` draws (the note being read).
    note_mark: String,
    endnote_blocks: Vec<Block>,
    depth: usize,
    /// The tracked changes of the paragraph being read, and all of the document's.
    marks: Vec<Mark>,
    revision_list: Vec<RevisionInfo>,
    /// The comments on the paragraph being read.
    comment_refs: Vec<String>,
}

/// Whether an element holds any text of its own (a revision that changes only formatting does
/// not count as an insertion or a deletion).
fn has_text(e: &Element) -> bool {
    e.elements().any(|c| match c.name.as_str() {
        "t" | "delText" => !c.text().is_empty(),
        "tab" | "br" | "cr" => true,
        _ => has_text(c),
    })
}

impl Walker {
    fn showing(&self) -> bool {
        self.fields.iter().all(|&result| result)
    }

    /// Block-level content (a body, a cell, a text box, a note) into `out`.
    fn blocks(&mut self, parent: &Element, out: &mut Vec<Block>) {
        self.depth += 1;
        if self.depth > 64 {
            self.depth -= 1;
            return;
        }
        for e in parent.elements() {
            match e.name.as_str() {
                "p" => self.paragraph(e, out),
                "tbl" => self.table(e, out),
                "sdt" => {
                    if let Some(c) = e.child("sdtContent") {
                        self.blocks(c, out)
                    }
                }
                "customXml" | "sdtContent" | "ins" | "moveTo" => self.blocks(e, out),
                "del" | "moveFrom" if self.revisions == Revisions::Markup => self.blocks(e, out),
                "AlternateContent" => {
                    if let Some(c) = choice(e) {
                        self.blocks(c, out)
                    }
                }
                _ => {}
            }
        }
        self.depth -= 1;
    }

    fn paragraph(&mut self, p: &Element, out: &mut Vec<Block>) {
        let ppr = p.child("pPr");
        let mut text = String::new();
        let (label, gap) = match self
            .styles
            .num_ref(ppr)
            .and_then(|r| self.numbering.next_label(&r))
        {
            Some(l) => (l.text, l.suffix != Suffix::Nothing),
            None => (String::new(), false),
        };
        let mut asides = Vec::new();
        let saved = (
            std::mem::take(&mut self.marks),
            std::mem::take(&mut self.comment_refs),
        );
        self.inline(p, &mut text, &mut asides, false);
        let marks = std::mem::replace(&mut self.marks, saved.0);
        let comments = std::mem::replace(&mut self.comment_refs, saved.1);
        out.push(Block::Para {
            label,
            gap,
            text,
            aside: false,
            marks,
            comments,
        });
        out.append(&mut asides);
    }

    fn table(&mut self, tbl: &Element, out: &mut Vec<Block>) {
        let mut rows = Vec::new();
        let mut asides = Vec::new();
        let mut trs = Vec::new();
        collect_rows(tbl, &mut trs, self.revisions);
        for tr in trs {
            let mut cells = Vec::new();
            let mut tcs = Vec::new();
            collect(tr, "tc", &mut tcs);
            for tc in tcs {
                let mut inner = Vec::new();
                self.blocks(tc, &mut inner);
                let mut paras = Vec::new();
                for b in inner {
                    match b {
                        Block::Para { aside: true, .. } => asides.push(b),
                        Block::Para {
                            label,
                            gap,
                            text,
                            marks,
                            ..
                        } => {
                            // a cell's changes are taken as accepted when they are listed
                            let text = if self.revisions == Revisions::Track {
                                crate::accepted(&text, &marks, &self.revision_list)
                            } else {
                                text
                            };
                            paras.push(crate::with_label(&label, gap, &text, crate::Style::Draft))
                        }
                        Block::Table(rows) => {
                            for row in rows {
                                for cell in row {
                                    paras.extend(cell);
                                }
                            }
                        }
                    }
                }
                cells.push(paras);
            }
            rows.push(cells);
        }
        out.push(Block::Table(rows));
        out.append(&mut asides);
    }

    /// Inline content of a paragraph (runs, and what holds runs) into `text`; notes and text
    /// boxes met on the way into `asides`.
    fn inline(&mut self, parent: &Element, text: &mut String, asides: &mut Vec<Block>, del: bool) {
        for e in parent.elements() {
            match e.name.as_str() {
                "r" => self.run(e, text, asides, del),
                "ins" | "moveTo" => {
                    if has_text(e) {
                        self.insertions += 1;
                    }
                    let start = text.len();
                    self.inline(e, text, asides, del);
                    self.mark(e, Kind::Insertion, start, text.len());
                }
                "del" | "moveFrom" => {
                    if has_text(e) {
                        self.deletions += 1;
                    }
                    if self.revisions != Revisions::Accept {
                        let start = text.len();
                        self.inline(e, text, asides, true);
                        self.mark(e, Kind::Deletion, start, text.len());
                    }
                }
                "commentRangeStart" => self.comment_on(e),
                "sdt" => {
                    if let Some(c) = e.child("sdtContent") {
                        self.inline(c, text, asides, del)
                    }
                }
                "hyperlink" | "smartTag" | "customXml" | "fldSimple" | "dir" | "bdo"
                | "sdtContent" | "oMath" | "oMathPara" | "e" | "num" | "den" | "sub" | "sup"
                | "deg" | "lim" | "fName" => self.inline(e, text, asides, del),
                "ruby" => {
                    if let Some(b) = e.child("rubyBase") {
                        self.inline(b, text, asides, del)
                    }
                }
                "AlternateContent" => {
                    if let Some(c) = choice(e) {
                        self.inline(c, text, asides, del)
                    }
                }
                _ => {}
            }
        }
    }

    fn run(&mut self, r: &Element, text: &mut String, asides: &mut Vec<Block>, del: bool) {
        let hidden = self.revisions != Revisions::Markup
            && r.child("rPr")
                .and_then(|p| p.child("vanish"))
                .is_some_and(|v| !matches!(v.attr("val"), Some("0" | "false" | "off")));
        for e in r.elements() {
            let show = !hidden && self.showing();
            match e.name.as_str() {
                "t" if show => text.push_str(&e.text()),
                "delText" if show && del => text.push_str(&e.text()),
                "tab" | "ptab" if show => text.push('\t'),
                "br" | "cr" if show => text.push('\n'),
                "noBreakHyphen" if show => text.push('-'),
                "sym" if show => {
                    if let Some(c) = e
                        .attr("char")
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .and_then(char::from_u32)
                        .filter(|c| !('\u{E000}'..='\u{F8FF}').contains(c))
                    {
                        text.push(c)
                    }
                }
                "fldChar" => match e.attr("fldCharType") {
                    Some("begin") => self.fields.push(false),
                    Some("separate") => {
                        if let Some(last) = self.fields.last_mut() {
                            *last = true;
                        }
                    }
                    Some("end") => {
                        self.fields.pop();
                    }
                    _ => {}
                },
                "footnoteReference" if show => {
                    self.footnote_no += 1;
                    let mark = self.footnote_no.to_string();
                    let custom = e.attr("customMarkFollows").is_some();
                    if !custom {
                        text.push_str(&mark);
                    }
                    if let Some(note) = e.attr("id").and_then(|id| self.footnotes.get(id)) {
                        let note = note.clone();
                        self.note(&note, mark, asides);
                    }
                }
                "endnoteReference" if show => {
                    self.endnote_no += 1;
                    let mark = format_number(self.endnote_no, "lowerRoman");
                    text.push_str(&mark);
                    if let Some(note) = e.attr("id").and_then(|id| self.endnotes.get(id)) {
                        let note = note.clone();
                        let mut blocks = Vec::new();
                        self.note(&note, mark, &mut blocks);
                        self.endnote_blocks.append(&mut blocks);
                    }
                }
                "footnoteRef" | "endnoteRef" if show => text.push_str(&self.note_mark.clone()),
                "commentReference" => self.comment_on(e),
                "drawing" | "pict" | "object" | "AlternateContent" if show => {
                    self.text_boxes(e, asides)
                }
                _ => {}
            }
        }
    }

    /// Revision `e` (of `kind`) spans `start..end` of the paragraph's text: listed, and marked.
    fn mark(&mut self, e: &Element, kind: Kind, start: usize, end: usize) {
        if end <= start {
            return;
        }
        self.revision_list.push(RevisionInfo {
            kind,
            author: e.attr("author").unwrap_or_default().to_string(),
            date: e.attr("date").unwrap_or_default().to_string(),
        });
        self.marks.push(Mark {
            range: start..end,
            revision: self.revision_list.len() - 1,
        });
    }

    /// Comment `e` (its start or its reference) is on the paragraph being read.
    fn comment_on(&mut self, e: &Element) {
        if let Some(id) = e.attr("id") {
            if !self.comment_refs.iter().any(|c| c == id) {
                self.comment_refs.push(id.to_string());
            }
        }
    }

    /// A note's paragraphs as asides, its own mark drawn as `mark`.
    fn note(&mut self, note: &Element, mark: String, asides: &mut Vec<Block>) {
        let saved_mark = std::mem::replace(&mut self.note_mark, mark);
        let saved_fields = std::mem::take(&mut self.fields);
        let mut blocks = Vec::new();
        self.blocks(note, &mut blocks);
        self.note_mark = saved_mark;
        self.fields = saved_fields;
        asides.extend(blocks.into_iter().map(into_aside));
    }

    /// The text boxes inside a drawing (the first of alternate contents only), as asides.
    fn text_boxes(&mut self, e: &Element, asides: &mut Vec<Block>) {
        if self.depth > 64 {
            return;
        }
        if e.name == "txbxContent" {
            let saved_fields = std::mem::take(&mut self.fields);
            let mut blocks = Vec::new();
            self.blocks(e, &mut blocks);
            self.fields = saved_fields;
            asides.extend(blocks.into_iter().map(into_aside));
            return;
        }
        if e.name == "AlternateContent" {
            if let Some(c) = choice(e) {
                self.depth += 1;
                self.text_boxes(c, asides);
                self.depth -= 1;
            }
            return;
        }
        self.depth += 1;
        for c in e.elements() {
            self.text_boxes(c, asides);
        }
        self.depth -= 1;
    }
}

fn into_aside(b: Block) -> Block {
    match b {
        Block::Para {
            label,
            gap,
            text,
            marks,
            comments,
            ..
        } => Block::Para {
            label,
            gap,
            text,
            aside: true,
            marks,
            comments,
        },
        Block::Table(rows) => Block::Para {
            label: String::new(),
            gap: false,
            marks: Vec::new(),
            comments: Vec::new(),
            text: rows
                .iter()
                .map(|r| {
                    r.iter()
                        .map(|c| c.join(" ").trim().to_string())
                        .collect::<Vec<_>>()
                        .join("\t")
                })
                .collect::<Vec<_>>()
                .join("\n"),
            aside: true,
        },
    }
}

/// The content of `mc:AlternateContent` drawn: its first `mc:Choice`, else its `mc:Fallback`.
fn choice(e: &Element) -> Option<&Element> {
    e.child("Choice").or_else(|| e.child("Fallback"))
}

fn collect<'a>(parent: &'a Element, name: &str, out: &mut Vec<&'a Element>) {
    for e in parent.elements() {
        if e.name == name {
            out.push(e);
        } else if matches!(e.name.as_str(), "sdt" | "sdtContent" | "customXml") {
            collect(e, name, out);
        }
    }
}

/// A table's rows, a deleted row (`w:trPr/w:del`) left out unless the markup is shown.
fn collect_rows<'a>(tbl: &'a Element, out: &mut Vec<&'a Element>, revisions: Revisions) {
    let mut all = Vec::new();
    collect(tbl, "tr", &mut all);
    out.extend(all.into_iter().filter(|tr| {
        revisions == Revisions::Markup || tr.child("trPr").and_then(|p| p.child("del")).is_none()
    }));
}
