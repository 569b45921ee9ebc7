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
    /// Where the chars the parser and the rules look for stand ([`sets`]):
    /// found in one walk, shared by all of them.
    pub(crate) chars: CharSets,
}

impl Analysis {
    pub fn new(text: &str) -> Analysis {
        let chars = CharSets::with_doubles(text, &CHAR_SETS, &DOUBLED, Some(sets::SCAN_STARTS));
        let doc = parse::parse_with(text, &chars, sets::LEAD_BREAKS);
        let outline = parse::outline_with(text, &doc, &|line| chars.line_chars(line));
        // the scan looks only where the walk found a char that may start a placeholder
        let scan = scan::scan_at(text, &mut chars.of(sets::SCAN_STARTS).map(|(k, _)| k));
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

    /// About how long the text with the values in place would be, in bytes (each occurrence of
    /// a filled field takes its value), without building it: a value repeated in every
    /// occurrence may ask for far more than a draft (a 2 MB value in 100,000 places is 200 GB),
    /// so a caller bounds it before [`Analysis::filled`].
    pub fn filled_len(&self, values: &Values) -> usize {
        self.fields
            .iter()
            .filter_map(|f| Some((f, values.get(&f.key)?)))
            .fold(self.text.len(), |n, (f, v)| {
                n.saturating_add(f.occurrences.len().saturating_mul(v.len()))
            })
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

/// The sets of chars the analysis finds in one walk for the parser and the checks
/// ([`CharSets`]): each rule reads its set's hits instead of walking the text.
/// The index of each set in [`CHAR_SETS`], and who reads it.
pub mod sets {
    pub const TITLE_FIRSTS: usize = 0; // source-leftover: 副区长, 书记, 主任…
    pub const DI: usize = 1; // source-leftover: 第十四届…
    pub const MEASURES: usize = 2; // empty-slot; 个 项 家 also figure-mismatch's list counts
    pub const ZUO: usize = 3; // empty-slot: 还将作重要讲话
    pub const MOJIBAKE: usize = 4; // mojibake: the chars that start a run
    pub const BOX: usize = 5; // box
    pub const LEVELS: usize = 6; // mixed-level
    pub const ENDS: usize = 7; // figure-mismatch: sentence ends
    pub const NEWLINES: usize = 8; // figure-mismatch: sentences
    pub const QI: usize = 9; // figure-mismatch: 其中
    pub const DAO: usize = 10; // figure-mismatch: 到位
    pub const LEAD_BREAKS: usize = 11; // the parser: clause breaks before 一是, 二要…
    pub const TYPOGRAPHY: usize = 12; // typography: marks, quotes, spaces; slip doubles (DOUBLED)
    pub const SCAN_STARTS: usize = 13; // the scan: the chars that may start a placeholder
}

/// The chars of each set of [`sets`], at its index.
pub const CHAR_SETS: [&[char]; 14] = [
    &['副', '区', '县', '市', '省', '书', '主', '局', '部'],
    &['第'],
    &['个', '项', '家', '名', '位', '%', '亿', '万'],
    &['作'],
    crate::detect::MOJIBAKE_STARTS,
    &['□'],
    &['县', '区', '市', '镇', '乡'],
    &['。', '！', '？', '；', '!', '?'],
    &['\n'],
    &['其'],
    &['到'],
    crate::parse::LEAD_BREAKS,
    &[
        ',', ':', ';', '?', '!', '"', ' ', '“', '”', '\u{3000}', // the marks
    ],
    &SCAN_STARTS,
];

/// The chars that may start a placeholder ([`scan::scan_at`]) besides the Latin letters and
/// digits, which the walk adds itself ([`CharSets::with_doubles`]'s `latin`).
const SCAN_STARTS: [char; 14] = [
    '*', '_', '[', '{', '＊', '［', '＿', '○', '【', '（', '某', '多', 'ⅹ', 'Ⅹ',
];

/// The chars of a set only where they stand right after themselves: typography's slip
/// doubles (the chars of `lexicon::SLIP_DOUBLES`; a lone 的 is not looked at).
pub const DOUBLED: [(usize, &[char]); 1] = [(
    sets::TYPOGRAPHY,
    &[
        '的', '是', '和', '了', '各', '市', '全', '我', '把', '对', '为', '与', '及', '将', '就',
        '都', '还', '被', '让', '从', '向',
    ],
)];
