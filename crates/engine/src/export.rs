//! Export to Markdown and plain text, and import of Markdown back to the draft's plain form.
//!
//! The draft's own form is plain text with Chinese numbering; Markdown is an exchange format:
//! the title becomes `#`, numbered headings become `##`, `###`… by their outline level, and
//! characters Markdown would read as syntax are escaped. [`import_markdown`] undoes that, so
//! parsing an exported file gives back the same structure.

use crate::parse::{parse, BlockKind, Document};

/// Options of the plain-text export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TextOptions {
    /// Indent paragraphs with two full-width spaces, as printed speeches are.
    pub indent: bool,
}

fn escape_md(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if matches!(c, '\\' | '*' | '_' | '`' | '<' | '>') {
            out.push('\\');
        }
        out.push(c);
    }
    // a line that Markdown would read as a list or heading
    let bytes = out.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    if digits > 0
        && bytes.get(digits) == Some(&b'.')
        && matches!(bytes.get(digits + 1), None | Some(b' '))
    {
        out.insert(digits, '\\');
    } else if out.starts_with(['#', '-', '+']) {
        out.insert(0, '\\');
    }
    out
}

/// Markdown: the title as `#`, headings as `##`… by level, one paragraph per block.
pub fn to_markdown(text: &str) -> String {
    let doc = parse(text);
    let mut parts: Vec<String> = Vec::with_capacity(doc.blocks.len());
    for b in &doc.blocks {
        let content = escape_md(&text[b.content.clone()]);
        let line = match b.kind {
            BlockKind::Title => format!("# {content}"),
            BlockKind::Heading => {
                let hashes = "#".repeat((b.level as usize + 1).min(6));
                format!("{hashes} {content}")
            }
            _ => content,
        };
        parts.push(line);
    }
    let mut out = parts.join("\n\n");
    out.push('\n');
    out
}

/// Plain text: one paragraph per block, a blank line between them, Chinese numbering kept.
pub fn to_text(text: &str, opts: TextOptions) -> String {
    let doc = parse(text);
    let mut parts: Vec<String> = Vec::with_capacity(doc.blocks.len());
    for b in &doc.blocks {
        let content = &text[b.content.clone()];
        let indent = opts.indent
            && matches!(
                b.kind,
                BlockKind::Paragraph | BlockKind::Heading | BlockKind::Closing
            );
        parts.push(if indent {
            format!("\u{3000}\u{3000}{content}")
        } else {
            content.to_string()
        });
    }
    let mut out = parts.join("\n\n");
    out.push('\n');
    out
}

/// Markdown → the draft's plain text: heading markers dropped, escapes undone, lines of one
/// paragraph joined, a blank line between paragraphs.
pub fn import_markdown(md: &str) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    for line in md.lines() {
        // the spaces the parser does not keep at a line start (a no-break space is text)
        let t = line.trim_start_matches([' ', '\t', '\u{3000}']).trim_end();
        if t.is_empty() {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            continue;
        }
        let hashes = t.chars().take_while(|&c| c == '#').count();
        let is_heading = hashes > 0 && hashes <= 6 && t[hashes..].starts_with(' ');
        let body = if is_heading { t[hashes..].trim() } else { t };
        let body = unescape_md(body);
        if is_heading {
            if !current.is_empty() {
                paragraphs.push(std::mem::take(&mut current));
            }
            paragraphs.push(body);
        } else {
            join_line(&mut current, &body);
        }
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    let mut out = paragraphs.join("\n\n");
    out.push('\n');
    out
}

fn join_line(current: &mut String, line: &str) {
    let latin_edge = current
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_alphanumeric())
        && line
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric());
    if latin_edge {
        current.push(' ');
    }
    current.push_str(line);
}

fn unescape_md(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(&n) = chars.peek() {
                if n.is_ascii_punctuation() {
                    out.push(n);
                    chars.next();
                    continue;
                }
            }
        }
        out.push(c);
    }
    out
}

/// The title of a text (its first block, if it is one), for file names.
pub fn title_of(text: &str) -> Option<String> {
    doc_title(text, &parse(text)).map(str::to_string)
}

/// The title block's text in a parsed document.
pub fn doc_title<'a>(text: &'a str, doc: &Document) -> Option<&'a str> {
    doc.blocks
        .iter()
        .find(|b| b.kind == BlockKind::Title)
        .map(|b| &text[b.content.clone()])
}

/// A file name from the title: characters Windows and browsers refuse replaced by `_`.
pub fn file_name(title: &str, ext: &str) -> String {
    let cleaned: String = title
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| if r#"\/:*?"<>|"#.contains(c) { '_' } else { c })
        .take(60)
        .collect();
    let cleaned = cleaned.trim();
    let base = if cleaned.is_empty() {
        "讲稿"
    } else {
        cleaned
    };
    format!("{base}.{ext}")
}
