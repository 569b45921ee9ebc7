//! 讲稿工坊 engine: the speech model, the placeholder scanner, typed fields, checks and export.
//!
//! Pure Rust with no web dependency: it builds natively and for `wasm32-unknown-unknown`, and
//! no function panics on any input. The pipeline is
//! text → [`parse::Document`] → [`scan::Scan`] → [`fields::Field`]s → [`check::Finding`]s →
//! [`export`]. [`Analysis`] computes the derived parts of a draft once per text.

pub mod check;
pub mod clean;
pub mod damage;
pub mod export;
pub mod fields;
pub mod import;
pub mod outline_ops;
pub mod parse;
pub mod places;
pub mod rules;
pub mod scan;
pub mod session;
pub mod templates;
pub mod text;

pub use check::{check, CheckOptions, Finding, RULES};
pub use fields::{Fact, Field, Severity, Values};
pub use parse::{Document, OutlineItem};
pub use scan::{FieldKind, Placeholder, Scan};

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
        export::doc_title(&self.text, &self.doc)
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

/// Length of a speech: characters (whitespace excluded) and speaking minutes at a rate.
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct Length {
    pub chars: usize,
    pub minutes: f64,
}

/// Default speaking rate of official speeches, in characters a minute.
pub const DEFAULT_RATE: u32 = 200;
/// The adjustable range of the speaking rate.
pub const RATE_RANGE: std::ops::RangeInclusive<u32> = 150..=270;

pub fn length(text: &str, rate: u32) -> Length {
    let chars = parse::count_chars(text);
    let rate = rate.clamp(*RATE_RANGE.start(), *RATE_RANGE.end());
    Length {
        chars,
        minutes: chars as f64 / rate as f64,
    }
}
