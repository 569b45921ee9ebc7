//! A document's tracked changes (修订) as a list the writer goes through: each insertion or
//! deletion with its paragraph and text, the comments (批注) with the paragraph they are on,
//! and the text that follows from accepting or rejecting each. Filled by the Word reader
//! (crates/word `Reading::tracked`); plain data here, so that the app can show it.

use serde::{Deserialize, Serialize};

/// An insertion or a deletion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    Insertion,
    Deletion,
}

/// One tracked change.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    pub kind: Kind,
    pub author: String,
    /// As the file gives it (ISO 8601), or empty.
    pub date: String,
    /// Index in [`Tracked::paragraphs`].
    pub paragraph: usize,
    pub text: String,
}

/// A comment and the paragraph it is on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Comment {
    pub author: String,
    pub text: String,
    /// Index in [`Tracked::paragraphs`]; `None` when its place was not found.
    pub paragraph: Option<usize>,
}

/// A piece of a paragraph: text as it stands, or the text of revision `revision`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Piece {
    pub text: String,
    pub revision: Option<usize>,
}

/// What the writer decided for a revision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Accept,
    Reject,
}

/// A document's paragraphs with their tracked changes, and its comments.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tracked {
    pub paragraphs: Vec<Vec<Piece>>,
    pub revisions: Vec<Revision>,
    pub comments: Vec<Comment>,
}

/// Paragraphs as a pasted text has them: a blank line between them, each without trailing
/// space, an empty one dropped, a line end after the last (a Word file's draft form; accepting
/// every revision of [`Tracked`] gives the same text as the reading).
pub fn draft_text<S: AsRef<str>>(paragraphs: impl IntoIterator<Item = S>) -> String {
    let mut out = String::new();
    for p in paragraphs {
        let p = p.as_ref().trim_end();
        if p.trim().is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(p);
    }
    out.push('\n');
    out
}

impl Tracked {
    /// The text with revision `i` decided as `decisions[i]` (accepted when not given): an
    /// insertion stays when accepted, a deletion when rejected. Paragraphs as a pasted text's
    /// (a blank line between them); a paragraph left empty is dropped.
    pub fn text(&self, decisions: &[Decision]) -> String {
        let mut paragraphs = Vec::with_capacity(self.paragraphs.len());
        for para in &self.paragraphs {
            let mut p = String::new();
            for piece in para {
                let keep = match piece.revision {
                    None => true,
                    Some(r) => {
                        let d = decisions.get(r).copied().unwrap_or(Decision::Accept);
                        match self.revisions.get(r).map(|x| x.kind) {
                            Some(Kind::Insertion) => d == Decision::Accept,
                            Some(Kind::Deletion) => d == Decision::Reject,
                            None => true,
                        }
                    }
                };
                if keep {
                    p.push_str(&piece.text);
                }
            }
            paragraphs.push(p);
        }
        draft_text(paragraphs)
    }

    /// Every revision decided alike.
    pub fn all(&self, d: Decision) -> String {
        self.text(&vec![d; self.revisions.len()])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn piece(text: &str, revision: Option<usize>) -> Piece {
        Piece {
            text: text.into(),
            revision,
        }
    }

    #[test]
    fn each_decision_gives_its_text() {
        let rev = |kind, paragraph, text: &str| Revision {
            kind,
            author: "办公室".into(),
            date: String::new(),
            paragraph,
            text: text.into(),
        };
        let t = Tracked {
            paragraphs: vec![
                vec![
                    piece("我们要", None),
                    piece("始终", Some(0)),
                    piece("抓好落实，", None),
                    piece("努力", Some(1)),
                    piece("办好实事。", None),
                ],
                vec![piece("整段删去。", Some(2))],
                vec![piece("最后一段。", None)],
            ],
            revisions: vec![
                rev(Kind::Insertion, 0, "始终"),
                rev(Kind::Deletion, 0, "努力"),
                rev(Kind::Deletion, 1, "整段删去。"),
            ],
            comments: vec![],
        };
        assert_eq!(
            t.all(Decision::Accept),
            "我们要始终抓好落实，办好实事。\n\n最后一段。\n"
        );
        assert_eq!(
            t.all(Decision::Reject),
            "我们要抓好落实，努力办好实事。\n\n整段删去。\n\n最后一段。\n"
        );
        assert_eq!(
            t.text(&[Decision::Reject, Decision::Accept, Decision::Reject]),
            "我们要抓好落实，办好实事。\n\n整段删去。\n\n最后一段。\n"
        );
        // not decided: accepted
        assert_eq!(t.text(&[]), t.all(Decision::Accept));
    }
}
