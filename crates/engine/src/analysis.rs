//! [`Analysis`]: everything derived from a draft's text, computed once per text.

use crate::fields::{self, Field, Values};
use crate::parse::{self, Document, OutlineItem};
use crate::scan::{self, Scan};
use crate::text::CharSets;

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
    /// Where the chars the parser and the rules look for stand ([`crate::lexicon::sets`]):
    /// found in one walk, shared by all of them.
    pub(crate) chars: CharSets,
}

impl Analysis {
    pub fn new(text: &str) -> Analysis {
        let chars = CharSets::new(text, &crate::lexicon::CHAR_SETS);
        let doc = parse::parse_with(text, &chars);
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
            chars,
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
