//! What is still the downloaded 范文: the sentences of a draft unchanged since the text it was
//! imported from (its baseline). Filling a placeholder alone does not make a sentence the
//! writer's own: a baseline sentence's placeholders match any value.

use crate::text::WordHasher;
use crate::text::{LineIndex, Span};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use std::hash::BuildHasherDefault;

type Fast = BuildHasherDefault<WordHasher>;

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
    /// Every sentence's start, and running sums of characters and unchanged characters
    /// (one more entry than starts), for the share of any range in O(log n).
    #[serde(skip)]
    starts: Vec<usize>,
    #[serde(skip)]
    sum_all: Vec<usize>,
    #[serde(skip)]
    sum_same: Vec<usize>,
}

impl Unchanged {
    /// The share of `range` of the draft (e.g. an outline item's section) still the source's:
    /// unchanged characters over all characters of the sentences that start in it.
    pub fn share_in(&self, range: &Span) -> f64 {
        let i = self.starts.partition_point(|&s| s < range.start);
        let j = self.starts.partition_point(|&s| s < range.end);
        let all = self.sum_all[j] - self.sum_all[i];
        let same = self.sum_same[j] - self.sum_same[i];
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

/// [`ink`] and its count of chars, borrowed when the sentence has no whitespace inside (most
/// have none: a 2 MB draft's sentences were each copied char by char).
fn ink_counted(s: &str) -> (std::borrow::Cow<'_, str>, usize) {
    let (mut n, mut spaced) = (0, false);
    for c in s.chars() {
        if c.is_whitespace() {
            spaced = true;
        } else {
            n += 1;
        }
    }
    if spaced {
        (std::borrow::Cow::Owned(ink(s)), n)
    } else {
        (std::borrow::Cow::Borrowed(s), n)
    }
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
    Baseline::new(base).unchanged(draft)
}

/// A baseline read once, to be compared with the draft at every pause: its sentences without
/// placeholders, and the patterns of those with them. (The baseline stays while the draft is
/// typed in; reading it again at each pause cost a scan and a copy of every sentence.)
pub struct Baseline {
    exact: HashSet<String, Fast>,
    /// Patterns by their first piece; a sentence is tried against those whose first piece it
    /// starts with (one lookup per length of first piece there is).
    patterns: HashMap<String, Vec<Pattern>, Fast>,
    /// The lengths in chars of the first pieces, and the longest.
    lengths: Vec<usize>,
    longest: usize,
}

impl Baseline {
    pub fn new(base: &str) -> Baseline {
        Baseline::with_scan(base, &crate::scan::scan(base))
    }

    /// The baseline whose scan is at hand: `scan` is `base`'s (a draft just imported is its own
    /// baseline, and its analysis has scanned it already).
    pub fn with_scan(base: &str, scan: &crate::scan::Scan) -> Baseline {
        let mut exact: HashSet<String, Fast> = HashSet::default();
        let mut patterns: HashMap<String, Vec<Pattern>, Fast> = HashMap::default();
        let mut lengths: Vec<usize> = Vec::new();
        let mut holes = scan.placeholders.iter().map(|p| p.span.clone()).peekable();
        for s in sentences(base) {
            // placeholders in text order: those before this sentence are passed once
            while holes.peek().is_some_and(|h| h.start < s.start) {
                holes.next();
            }
            let mut inside: Vec<Span> = Vec::new();
            while let Some(h) = holes.peek().filter(|h| h.end <= s.end).cloned() {
                inside.push(h);
                holes.next();
            }
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
            let n = pieces[0].chars().count();
            if !lengths.contains(&n) {
                lengths.push(n);
            }
            patterns
                .entry(pieces[0].clone())
                .or_default()
                .push(Pattern { pieces });
        }
        let longest = lengths.iter().copied().max().unwrap_or(0);
        Baseline {
            exact,
            patterns,
            lengths,
            longest,
        }
    }

    /// The sentences of `draft` still this baseline's, and their share of the draft.
    pub fn unchanged(&self, draft: &str) -> Unchanged {
        let Baseline {
            exact,
            patterns,
            lengths,
            longest,
        } = self;
        let longest = *longest;
        let mut bounds: Vec<usize> = Vec::new();
        let idx = LineIndex::new(draft);
        let (mut starts, mut sum_all, mut sum_same) = (Vec::new(), vec![0], vec![0]);
        let mut out = Vec::new();
        for s in sentences(draft) {
            let (t, n) = ink_counted(&draft[s.clone()]);
            let same = exact.contains(t.as_ref()) || {
                // a pattern's first piece is looked up by its length in chars: the sentence's char
                // bounds up to the longest first piece
                bounds.clear();
                bounds.extend(t.char_indices().map(|(i, _)| i).take(longest + 1));
                bounds.push(t.len());
                lengths.iter().any(|&l| {
                    l <= n
                        && patterns
                            .get(&t[..bounds[l]])
                            .is_some_and(|ps| ps.iter().any(|p| p.matches(&t)))
                })
            };
            starts.push(s.start);
            sum_all.push(sum_all[sum_all.len() - 1] + n);
            sum_same.push(sum_same[sum_same.len() - 1] + if same { n } else { 0 });
            if same {
                out.push(Sentence {
                    line: idx.line_col(draft, s.start).line,
                    text: draft[s.clone()].to_string(),
                    span: s,
                });
            }
        }
        let (total, same) = (sum_all[sum_all.len() - 1], sum_same[sum_same.len() - 1]);
        Unchanged {
            unchanged_share: if total == 0 {
                0.0
            } else {
                same as f64 / total as f64
            },
            sentences: out,
            starts,
            sum_all,
            sum_same,
        }
    }
}
