//! What is still the downloaded 范文: the sentences of a draft unchanged since the text it was
//! imported from (its baseline). Filling a placeholder alone does not make a sentence the
//! writer's own: a baseline sentence's placeholders match any value.

use crate::text::{LineIndex, Span};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// A sentence of the draft still word for word the baseline.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sentence {
    /// Line in the draft, from 1.
    pub line: usize,
    pub text: String,
    #[serde(skip)]
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unchanged {
    /// The share of the draft's characters (without whitespace) in unchanged sentences, 0–1.
    pub unchanged_share: f64,
    pub sentences: Vec<Sentence>,
}

impl Unchanged {
    /// The share of `range` of the draft (e.g. an outline item's section) still the source's:
    /// unchanged characters over all characters of the sentences that start in it.
    pub fn share_in(&self, draft: &str, range: &Span) -> f64 {
        let (mut all, mut same) = (0usize, 0usize);
        for s in sentences(draft) {
            if range.contains(&s.start) {
                all += ink(&draft[s]).chars().count();
            }
        }
        for s in &self.sentences {
            if range.contains(&s.span.start) {
                same += ink(&s.text).chars().count();
            }
        }
        if all == 0 {
            0.0
        } else {
            same as f64 / all as f64
        }
    }
}

/// The sentences of `text` with their spans: each ends after `。！？；` or at a line end.
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        let end = i + c.len_utf8();
        if matches!(c, '。' | '！' | '？' | '；' | '\n') {
            push_trimmed(text, start..end, &mut out);
            start = end;
        }
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, s: Span, out: &mut Vec<Span>) {
    let t = &text[s.clone()];
    let lead = t.len() - t.trim_start().len();
    let tail = t.len() - t.trim_end().len();
    if lead + tail < t.len() {
        out.push(s.start + lead..s.end - tail);
    }
}

fn ink(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The first two characters of `s`, the key patterns are found by (a first piece shorter than
/// that is keyed by what it has).
fn head(s: &str) -> String {
    s.chars().take(2).collect()
}

/// A baseline sentence with placeholders: its literal pieces, in order.
struct Pattern {
    pieces: Vec<String>,
}

impl Pattern {
    fn matches(&self, s: &str) -> bool {
        let n = self.pieces.len();
        let (first, last) = (&self.pieces[0], &self.pieces[n - 1]);
        if !s.starts_with(first.as_str())
            || !s.ends_with(last.as_str())
            || s.len() < first.len() + last.len()
        {
            return false;
        }
        let mut rest = &s[first.len()..s.len() - last.len()];
        for p in &self.pieces[1..n - 1] {
            match rest.find(p.as_str()) {
                Some(i) => rest = &rest[i + p.len()..],
                None => return false,
            }
        }
        true
    }
}

/// The sentences of `draft` unchanged since `base`, and their share of the draft.
pub fn unchanged(base: &str, draft: &str) -> Unchanged {
    let scan = crate::scan::scan(base);
    let mut exact: HashSet<String> = HashSet::new();
    // patterns by the first two characters of their first piece (a sentence is tried only
    // against those it starts like), and those starting with a placeholder
    let mut patterns: HashMap<String, Vec<Pattern>> = HashMap::new();
    for s in sentences(base) {
        let inside: Vec<Span> = scan
            .placeholders
            .iter()
            .map(|p| p.span.clone())
            .filter(|h| h.start >= s.start && h.end <= s.end)
            .collect();
        if inside.is_empty() {
            exact.insert(ink(&base[s]));
            continue;
        }
        let mut pieces = Vec::new();
        let mut at = s.start;
        for h in &inside {
            pieces.push(ink(&base[at..h.start]));
            at = h.end;
        }
        pieces.push(ink(&base[at..s.end]));
        patterns
            .entry(head(&pieces[0]))
            .or_default()
            .push(Pattern { pieces });
    }
    let idx = LineIndex::new(draft);
    let mut total = 0usize;
    let mut same = 0usize;
    let mut out = Vec::new();
    for s in sentences(draft) {
        let t = ink(&draft[s.clone()]);
        let n = t.chars().count();
        total += n;
        let tried = |k: &str| {
            patterns
                .get(k)
                .is_some_and(|ps| ps.iter().any(|p| p.matches(&t)))
        };
        let first: String = t.chars().take(1).collect();
        if exact.contains(&t) || tried(&head(&t)) || tried(&first) || tried("") {
            same += n;
            out.push(Sentence {
                line: idx.line_col(draft, s.start).line,
                text: draft[s.clone()].to_string(),
                span: s,
            });
        }
    }
    Unchanged {
        unchanged_share: if total == 0 {
            0.0
        } else {
            same as f64 / total as f64
        },
        sentences: out,
    }
}
