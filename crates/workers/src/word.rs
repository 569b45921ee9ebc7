//! The file reader's Word files (`src/bin/reader.rs` runs it): the text of a .docx or .doc
//! (jianggao-word), with the list of its tracked changes and comments. It lives in the
//! reader, not the tools worker, because the reader already carries the zip and XML readers
//! calamine uses: the Word reading adds only its own code and the OLE container there, where
//! in the tools worker (started for every import) it would add the inflate and XML code too.

use jianggao_engine::revisions::{Decision, Kind, Tracked};
use jianggao_web::protocol::{Answer, WordText};

/// The text of Word file `name` (.docx, .doc) as a pasted text's, every tracked change
/// accepted but those numbered in `reject` (the order of [`WordText::changes`]), or the
/// Chinese message of why it cannot be read (WPS's own formats, encrypted, broken, empty).
pub fn word(name: &str, bytes: &[u8], reject: &[usize]) -> Answer {
    match jianggao_word::read_with(name, bytes, jianggao_word::Revisions::Track) {
        Ok(r) => {
            let tracked = r.tracked();
            let mut decisions = vec![Decision::Accept; tracked.revisions.len()];
            for &i in reject {
                if let Some(d) = decisions.get_mut(i) {
                    *d = Decision::Reject;
                }
            }
            Answer::Word(WordText {
                text: tracked.text(&decisions),
                insertions: r.insertions,
                deletions: r.deletions,
                comments: r.comments,
                changes: changes(&tracked),
                remarks: remarks(&tracked),
            })
        }
        Err(e) => Answer::Error(e.to_string()),
    }
}

/// Each tracked change as the list shows it: what, the text, its paragraph and author.
pub fn changes(t: &Tracked) -> Vec<String> {
    t.revisions
        .iter()
        .map(|r| {
            let what = match r.kind {
                Kind::Insertion => "插入",
                Kind::Deletion => "删除",
            };
            let by = if r.author.is_empty() {
                String::new()
            } else {
                format!("，{}", r.author)
            };
            format!("{what}“{}”（第 {} 段{by}）", r.text, r.paragraph + 1)
        })
        .collect()
}

/// Each comment with the paragraph it is on and its author.
pub fn remarks(t: &Tracked) -> Vec<String> {
    t.comments
        .iter()
        .map(|c| {
            let at = c
                .paragraph
                .map(|p| format!("第 {} 段", p + 1))
                .unwrap_or_default();
            format!("{at} {}：{}", c.author, c.text).trim().to_string()
        })
        .collect()
}
