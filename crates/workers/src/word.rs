//! The file reader's Word files (`src/bin/reader.rs` runs it): the text of a .docx or .doc
//! (jianggao-word). It lives in the reader, not the tools worker, because the reader already
//! carries the zip and XML readers calamine uses: the Word reading adds only its own code and
//! the OLE container there, where in the tools worker (started for every import) it would add
//! the inflate and XML code too.

use jianggao_web::protocol::{Answer, WordText};

/// The text of Word file `name` (.docx, .doc) as a pasted text's, every tracked change
/// accepted, or the Chinese message of why it cannot be read (WPS's own formats, encrypted,
/// broken, empty).
pub fn word(name: &str, bytes: &[u8]) -> Answer {
    match jianggao_word::read(name, bytes) {
        Ok(r) => Answer::Word(WordText {
            text: r.draft(),
            insertions: r.insertions,
            deletions: r.deletions,
            comments: r.comments,
        }),
        Err(e) => Answer::Error(e.to_string()),
    }
}
