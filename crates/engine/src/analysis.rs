//! [`Analysis`]: everything derived from a draft's text, computed once per text.

use crate::fields::{self, Field, Values};
use crate::parse::{self, Document, OutlineItem};
use crate::scan::{self, Scan};

/// Everything derived from a draft's text: its structure, placeholders and fields. Values are
/// not part of it: filling a field does not re-scan the text.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub text: String,
    pub doc: Document,
    pub outline: Vec<OutlineItem>,
    pub scan: Scan,
    pub fields: Vec<Field>,
    /// For each placeholder, the index of its field.
    owner: Vec<Option<usize>>,
}

impl Analysis {
    pub fn new(text: &str) -> Analysis {
        let doc = parse::parse(text);
        let outline = parse::outline(text, &doc);
        let scan = scan::scan(text);
        let fields = fields::fields(text, &scan);
        let mut owner = vec![None; scan.placeholders.len()];
        for (fi, f) in fields.iter().enumerate() {
            for &p in &f.occurrences {
                if let Some(slot) = owner.get_mut(p) {
                    *slot = Some(fi);
                }
            }
        }
        Analysis {
            text: text.to_string(),
            doc,
            outline,
            scan,
            fields,
            owner,
        }
    }

    /// The text with the values in place.
    pub fn filled(&self, values: &Values) -> String {
        fields::fill(&self.text, &self.scan, &self.fields, values)
    }

    /// The title, if the document has one.
    pub fn title(&self) -> Option<&str> {
        crate::export::doc_title(&self.text, &self.doc)
    }

    /// The field a placeholder belongs to.
    pub fn field_of(&self, placeholder: usize) -> Option<&Field> {
        self.owner
            .get(placeholder)
            .copied()
            .flatten()
            .and_then(|i| self.fields.get(i))
    }
}
