//! The spans of a line the junk judge weighs one by one: cut at sentence ends, colons and the
//! separators of site furniture, never inside a short bracket or at the space before a prompt.

use super::prompts;
use crate::text::Span;

/// What a span of a line looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Verdict {
    Prose,
    Junk,
    Unsure,
}

/// Where a span ends: sentence ends and colons (kept with the span before), and separators of
/// site furniture (dropped between spans).
pub(super) fn is_end(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '；' | '：' | '!' | '?' | ';')
}

pub(super) fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '|' | '｜' | '›' | '»' | '•' | '·' | '▪' | '■' | '►' | '★' | '☆' | '●' | '◆'
        )
}

/// The spans of a line: byte ranges, separators excluded.
pub(super) fn spans(line: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    // a short bracket is one piece with what is around it: a byline `（记者 王某 李某）` is not
    // cut at its spaces (its halves judged apart, the opening one went)
    let mut bracket_end = 0;
    let mut it = line.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        let end = i + c.len_utf8();
        if matches!(c, '（' | '(') && i >= bracket_end {
            if let Some((k, close)) = line[end..]
                .char_indices()
                .take(24)
                .find(|&(_, n)| matches!(n, '）' | ')' | '（' | '('))
                .filter(|&(_, n)| matches!(n, '）' | ')'))
            {
                bracket_end = end + k + close.len_utf8();
            }
        }
        // (nor is a sentence at the space before a prompt put into it: `要统 点击查看全文筹用好`)
        let inside = c.is_whitespace()
            && (i < bracket_end || (start.is_some() && prompts::opens_with_prompt(&line[end..])));
        if !inside && (is_separator(c) || (c == '>' && line[..i].ends_with(' '))) {
            if let Some(s) = start.take() {
                out.push(s..i);
            }
            continue;
        }
        if start.is_none() {
            start = Some(i);
        }
        // a sentence end closes the span unless more closing marks follow (。” ）)
        let next = it.peek().map(|&(_, n)| n);
        if is_end(c)
            && !next.is_some_and(|n| is_end(n) || matches!(n, '”' | '’' | '）' | ')' | '】'))
        {
            if let Some(s) = start.take() {
                out.push(s..end);
            }
        }
    }
    if let Some(s) = start {
        out.push(s..line.len());
    }
    out
}
