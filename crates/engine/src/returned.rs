//! A draft that came back (领导改回的稿子) against the one sent: which sentences were changed,
//! added or dropped. Sentences are [`crate::baseline::sentences`], compared without whitespace.
//!
//! The match is patience-style, so no pass is quadratic in the text: sentences the same at both
//! ends are taken off, the sentences found once on each side anchor the rest (their longest
//! run in order), and between two anchors a longest common subsequence is run only while the
//! gap is small ([`GAP_CELLS`]). In each gap, a sent sentence left over is paired with a
//! returned one still near it when they share enough of their characters (a sentence edited,
//! [`Kind::Changed`]); the rest were dropped or added.

use crate::baseline::sentences;
use crate::fields::{is_named, Values};
use crate::text::Span;
use std::collections::HashMap;

/// What happened to a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// Edited: `sent` became `returned`.
    Changed,
    /// In the returned draft only.
    Added,
    /// In the sent draft only.
    Dropped,
}

/// One changed, added or dropped sentence: its byte span in the sent draft and in the returned
/// one (the side it is missing from: `None`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Change {
    pub kind: Kind,
    pub sent: Option<Span>,
    pub returned: Option<Span>,
}

/// Largest gap between two anchors (sent sentences × returned ones) matched sentence by
/// sentence; a larger one (a rewrite of thousands of sentences) is taken as all changed.
const GAP_CELLS: usize = 40_000;

/// How far (in sentences) a leftover sent sentence looks for its edited form.
const PAIR_WINDOW: usize = 6;

/// Share of character bigrams two sentences must have in common to be one sentence edited.
const SAME_SENTENCE: f64 = 0.5;

fn key(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The changes from `sent` to `returned`, in the order of the returned draft (a dropped
/// sentence where it stood).
pub fn compare(sent: &str, returned: &str) -> Vec<Change> {
    let a_spans = sentences(sent);
    let b_spans = sentences(returned);
    let a: Vec<String> = a_spans.iter().map(|s| key(&sent[s.clone()])).collect();
    let b: Vec<String> = b_spans.iter().map(|s| key(&returned[s.clone()])).collect();
    let pairs = matches(&a, &b);
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    for &(mi, mj) in pairs.iter().chain(std::iter::once(&(a.len(), b.len()))) {
        gap(&a, &b, i..mi, j..mj, &a_spans, &b_spans, &mut out);
        i = mi + 1;
        j = mj + 1;
    }
    out
}

/// A returned draft taken as the new draft.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Adopted {
    /// The returned text, where each sentence returned as it was sent is the draft's own again
    /// (its placeholders in place, so that their fields keep their values).
    pub text: String,
    /// The changed and added sentences, as spans of `text`.
    pub marked: Vec<(Kind, Span)>,
    /// For each of `marked`, the sentence as it was sent, filled (empty for an added one).
    pub sent: Vec<String>,
    /// The dropped sentences, as they were sent.
    pub dropped: Vec<String>,
    /// The stretches of the draft copied into `text`, each with where it starts there.
    pub kept: Vec<(Span, usize)>,
}

impl Adopted {
    /// `values` (of `draft`) for the new draft: named fields and facts as they were; an
    /// unnamed field's value (keyed by its place in order) moves with its placeholder when the
    /// sentence holding it was copied from the draft, and is left behind otherwise.
    pub fn values(&self, draft: &str, values: &Values) -> Values {
        let mut out: Values = values
            .iter()
            .filter(|(k, _)| !k.starts_with('#'))
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        let unnamed = |text: &str| -> Vec<Span> {
            crate::scan::scan(text)
                .placeholders
                .into_iter()
                .filter(|p| !is_named(p))
                .map(|p| p.span)
                .collect()
        };
        let (old, new) = (unnamed(draft), unnamed(&self.text));
        for (oi, span) in old.iter().enumerate() {
            let Some(v) = values.get(&format!("#{}", oi + 1)) else {
                continue;
            };
            let k = self.kept.partition_point(|(d, _)| d.start <= span.start);
            let Some((d, at)) = k.checked_sub(1).and_then(|k| self.kept.get(k)) else {
                continue;
            };
            if span.end > d.end {
                continue;
            }
            let moved = span.start - d.start + at..span.end - d.start + at;
            if let Ok(ni) = new.binary_search_by_key(&moved.start, |s| s.start) {
                if new[ni] == moved {
                    out.insert(format!("#{}", ni + 1), v.clone());
                }
            }
        }
        out
    }
}

/// Take `returned` as the new draft of `draft`, which was sent filled by `edits` (its fields'
/// values at their placeholders: [`crate::fields::fill_edits`]).
pub fn adopt(draft: &str, mut edits: Vec<(Span, String)>, returned: &str) -> Adopted {
    // the filled text, and where each value stands in it and in the draft
    crate::order::sort_by_u64(&mut edits, |(s, _)| s.start as u64);
    let mut filled = String::with_capacity(draft.len());
    let mut map: Vec<(Span, Span)> = Vec::new(); // (in the draft, in the filled text)
    let mut at = 0;
    for (span, value) in edits {
        if span.start < at || span.end > draft.len() {
            continue;
        }
        filled.push_str(&draft[at..span.start]);
        let start = filled.len();
        filled.push_str(&value);
        map.push((span.clone(), start..filled.len()));
        at = span.end;
    }
    filled.push_str(&draft[at..]);
    // a position of the filled text in the draft: a value's start or end is its placeholder's
    let to_draft = |pos: usize, end: bool| {
        let k = map.partition_point(|(_, f)| if end { f.start < pos } else { f.start <= pos });
        match k.checked_sub(1).and_then(|k| map.get(k)) {
            None => pos,
            Some((d, f)) if pos < f.end => {
                if end {
                    d.end
                } else {
                    d.start
                }
            }
            Some((d, f)) => pos - f.end + d.end,
        }
    };
    let a_spans = sentences(&filled);
    let b_spans = sentences(returned);
    let a: Vec<String> = a_spans.iter().map(|s| key(&filled[s.clone()])).collect();
    let b: Vec<String> = b_spans.iter().map(|s| key(&returned[s.clone()])).collect();
    let mut text = String::with_capacity(returned.len());
    // (a stretch of the returned text copied as it is: where it starts there and here)
    let mut copied: Vec<(usize, usize)> = Vec::new();
    let mut kept = Vec::new();
    let (mut cursor, mut last) = (0, 0);
    for (i, j) in matches(&a, &b) {
        let (r, s) = (&b_spans[j], &a_spans[i]);
        copied.push((cursor, text.len()));
        text.push_str(&returned[cursor..r.start]);
        let own = to_draft(s.start, false)..to_draft(s.end, true);
        if own.start >= last && own.start <= own.end && own.end <= draft.len() {
            kept.push((own.clone(), text.len()));
            text.push_str(&draft[own.clone()]);
            last = own.end;
        } else {
            copied.push((r.start, text.len()));
            text.push_str(&returned[r.clone()]);
        }
        cursor = r.end;
    }
    copied.push((cursor, text.len()));
    text.push_str(&returned[cursor..]);
    let here = |pos: usize| {
        let k = copied.partition_point(|&(from, _)| from <= pos);
        copied
            .get(k.wrapping_sub(1))
            .map_or(pos, |&(from, to)| pos - from + to)
    };
    let (mut marked, mut sent, mut dropped) = (Vec::new(), Vec::new(), Vec::new());
    for c in compare(&filled, returned) {
        match (c.kind, c.returned, c.sent) {
            (Kind::Dropped, _, Some(s)) => dropped.push(filled[s].to_string()),
            (kind, Some(r), s) => {
                marked.push((kind, here(r.start)..here(r.start) + r.len()));
                sent.push(s.and_then(|s| filled.get(s)).unwrap_or("").to_string());
            }
            _ => {}
        }
    }
    Adopted {
        text,
        marked,
        sent,
        dropped,
        kept,
    }
}

/// The matched sentences (index in `a`, index in `b`), increasing on both sides.
fn matches(a: &[String], b: &[String]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let (mut lo_a, mut lo_b) = (0, 0);
    while lo_a < a.len() && lo_b < b.len() && a[lo_a] == b[lo_b] {
        out.push((lo_a, lo_b));
        lo_a += 1;
        lo_b += 1;
    }
    let (mut hi_a, mut hi_b) = (a.len(), b.len());
    let mut tail = Vec::new();
    while hi_a > lo_a && hi_b > lo_b && a[hi_a - 1] == b[hi_b - 1] {
        hi_a -= 1;
        hi_b -= 1;
        tail.push((hi_a, hi_b));
    }
    middle(a, b, lo_a..hi_a, lo_b..hi_b, &mut out, 0);
    out.extend(tail.into_iter().rev());
    out
}

/// Matches inside `ra` × `rb` (patience anchors, then each gap again, or an LCS when small).
fn middle(
    a: &[String],
    b: &[String],
    ra: std::ops::Range<usize>,
    rb: std::ops::Range<usize>,
    out: &mut Vec<(usize, usize)>,
    depth: usize,
) {
    if ra.is_empty() || rb.is_empty() {
        return;
    }
    if ra.len() * rb.len() <= GAP_CELLS {
        lcs(a, b, ra, rb, out);
        return;
    }
    if depth > 8 {
        return;
    }
    // sentences found exactly once on each side
    let mut count: HashMap<&str, (usize, usize)> = HashMap::new();
    for i in ra.clone() {
        let e = count.entry(a[i].as_str()).or_insert((0, 0));
        e.0 += 1;
        e.1 = i;
    }
    let mut uniq: Vec<(usize, usize)> = Vec::new();
    let mut in_b: HashMap<&str, usize> = HashMap::new();
    for j in rb.clone() {
        *in_b.entry(b[j].as_str()).or_insert(0) += 1;
    }
    for j in rb.clone() {
        if let Some(&(1, i)) = count.get(b[j].as_str()) {
            if in_b.get(b[j].as_str()) == Some(&1) {
                uniq.push((i, j));
            }
        }
    }
    let anchors = longest_increasing(&uniq);
    let (mut i, mut j) = (ra.start, rb.start);
    for &(ai, bj) in &anchors {
        middle(a, b, i..ai, j..bj, out, depth + 1);
        out.push((ai, bj));
        i = ai + 1;
        j = bj + 1;
    }
    middle(a, b, i..ra.end, j..rb.end, out, depth + 1);
}

/// The longest run of `pairs` (in order of their second) increasing in their first.
fn longest_increasing(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // patience sorting: tails[k] = index of the smallest end of a run of length k + 1
    let mut tails: Vec<usize> = Vec::new();
    let mut prev: Vec<Option<usize>> = vec![None; pairs.len()];
    for (k, &(x, _)) in pairs.iter().enumerate() {
        let at = tails.partition_point(|&t| pairs[t].0 < x);
        prev[k] = at.checked_sub(1).map(|p| tails[p]);
        if at == tails.len() {
            tails.push(k);
        } else {
            tails[at] = k;
        }
    }
    let mut out = Vec::new();
    let mut cur = tails.last().copied();
    while let Some(k) = cur {
        out.push(pairs[k]);
        cur = prev[k];
    }
    out.reverse();
    out
}

/// A longest common subsequence of `a[ra]` and `b[rb]` (small: at most [`GAP_CELLS`] cells).
fn lcs(
    a: &[String],
    b: &[String],
    ra: std::ops::Range<usize>,
    rb: std::ops::Range<usize>,
    out: &mut Vec<(usize, usize)>,
) {
    let (n, m) = (ra.len(), rb.len());
    let mut t = vec![0u32; (n + 1) * (m + 1)];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            t[i * (m + 1) + j] = if a[ra.start + i] == b[rb.start + j] {
                t[(i + 1) * (m + 1) + j + 1] + 1
            } else {
                t[(i + 1) * (m + 1) + j].max(t[i * (m + 1) + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if a[ra.start + i] == b[rb.start + j] {
            out.push((ra.start + i, rb.start + j));
            i += 1;
            j += 1;
        } else if t[(i + 1) * (m + 1) + j] >= t[i * (m + 1) + j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
}

/// Character bigrams' Dice coefficient of two sentences (a one-character sentence: itself).
fn similarity(x: &str, y: &str) -> f64 {
    fn grams(s: &str) -> HashMap<(char, char), usize> {
        let cs: Vec<char> = s.chars().collect();
        let mut m = HashMap::new();
        if cs.len() == 1 {
            *m.entry((cs[0], cs[0])).or_insert(0) += 1;
        }
        for w in cs.windows(2) {
            *m.entry((w[0], w[1])).or_insert(0) += 1;
        }
        m
    }
    let (gx, gy) = (grams(x), grams(y));
    let total: usize = gx.values().sum::<usize>() + gy.values().sum::<usize>();
    if total == 0 {
        return 0.0;
    }
    let common: usize = gx
        .iter()
        .map(|(g, &n)| n.min(gy.get(g).copied().unwrap_or(0)))
        .sum();
    2.0 * common as f64 / total as f64
}

/// The changes of one gap between matches: leftovers paired as edits when alike and near,
/// the rest dropped or added, in the returned draft's order.
fn gap(
    a: &[String],
    b: &[String],
    ra: std::ops::Range<usize>,
    rb: std::ops::Range<usize>,
    a_spans: &[Span],
    b_spans: &[Span],
    out: &mut Vec<Change>,
) {
    let mut j = rb.start;
    for i in ra.clone() {
        // the best alike returned sentence within the window ahead
        let found = (j..rb.end.min(j + PAIR_WINDOW))
            .map(|k| (k, similarity(&a[i], &b[k])))
            .filter(|&(_, s)| s >= SAME_SENTENCE)
            .max_by(|x, y| x.1.total_cmp(&y.1));
        match found {
            Some((k, _)) => {
                for span in &b_spans[j..k] {
                    out.push(Change {
                        kind: Kind::Added,
                        sent: None,
                        returned: Some(span.clone()),
                    });
                }
                out.push(Change {
                    kind: Kind::Changed,
                    sent: Some(a_spans[i].clone()),
                    returned: Some(b_spans[k].clone()),
                });
                j = k + 1;
            }
            None => out.push(Change {
                kind: Kind::Dropped,
                sent: Some(a_spans[i].clone()),
                returned: None,
            }),
        }
    }
    for span in &b_spans[j..rb.end] {
        out.push(Change {
            kind: Kind::Added,
            sent: None,
            returned: Some(span.clone()),
        });
    }
}
