//! A placeholder's label: the words before it that name it (`年度计划投资（亿元）`), or for a
//! free-text slot the noun after it (`加快推进（文字）高速公路`).

use super::model::{ByteSet, FieldKind};
use super::words::{ends, ends_with_any, starts, words, LOOK};
use crate::lexicon::{
    GAP_BEFORE, LABEL_BREAK_CHARS, LABEL_DROP, LABEL_HEAD_NOUNS, LABEL_LEADS, LABEL_STARTS,
};
use crate::text::{concat, is_cjk, is_clause_break};

/// Longest label head, in chars.
const LABEL_CHARS: usize = 12;

/// Leading function words dropped: `其中预备项目` → `预备项目`.
fn drop_leading(mut s: &str) -> &str {
    while let Some(w) = words(LABEL_DROP).find(|w| starts(s, w) && s.len() > w.len()) {
        s = &s[w.len()..];
    }
    s
}

/// Whether a word starts at `k` of `before`: after a function word or a scope word, or at a
/// word the tables know. `starts` and `leads` are the words of the tables that may occur in
/// `before` (see [`ByteSet`]), the others cannot be at `k`.
fn word_starts_at(before: &str, k: usize, starts_words: &[&str], leads: &[&str]) -> bool {
    let head = &before[..k];
    let rest = &before[k..];
    starts_words.iter().any(|w| starts(rest, w))
        || head
            .chars()
            .next_back()
            .is_some_and(|c| LABEL_BREAK_CHARS.contains(c))
        || leads.iter().any(|w| ends(head, w))
}

/// The words of the clause before a slot that name it: the clause from a word boundary, at
/// most `LABEL_CHARS` chars, leading function words dropped.
fn label_head(before: &str) -> &str {
    let before = drop_leading(before);
    let n = before.chars().count();
    if n <= LABEL_CHARS {
        return before;
    }
    // the longest tail of at most LABEL_CHARS chars that starts at a word boundary; the words
    // of the tables sifted once for all the places a word may start
    let set = ByteSet::of(before);
    let starts_words: Vec<&str> = words(GAP_BEFORE)
        .chain(words(LABEL_STARTS))
        .filter(|w| set.may_hold(w))
        .collect();
    let leads: Vec<&str> = words(LABEL_LEADS).filter(|w| set.may_hold(w)).collect();
    before
        .char_indices()
        .skip(n - LABEL_CHARS)
        .map(|(k, _)| k)
        .find(|&k| word_starts_at(before, k, &starts_words, &leads))
        .map_or("", |k| drop_leading(&before[k..]))
}

/// The words after a free-text slot that name it: the first noun after it (`公司`,
/// `高速公路`), or a short word up to a function word or a break.
fn label_tail(after: &str) -> &str {
    let mut run_end = 0;
    for (k, c) in after.char_indices().take(LOOK) {
        if !is_cjk(c) || LABEL_BREAK_CHARS.contains(c) {
            break;
        }
        run_end = k + c.len_utf8();
    }
    let run = &after[..run_end];
    // a noun the run starts with, the longest (`乡镇` over `乡`), else the first noun in it
    let first = words(LABEL_HEAD_NOUNS)
        .filter(|w| starts(run, w))
        .map(str::len)
        .max();
    let noun_end = first.or_else(|| {
        run.char_indices()
            .map(|(k, c)| k + c.len_utf8())
            .take(8)
            .find(|&e| ends_with_any(&run[..e], LABEL_HEAD_NOUNS))
    });
    match noun_end {
        Some(end) => &run[..end],
        None if run.chars().count() <= 4 => run,
        None => "",
    }
}

/// The rest of the clause after a slot and its unit, spaces dropped, when it is short:
/// `xx 月 xx 日前完成征地拆迁` → `xx日前完成征地拆迁`.
fn clause_after(after: &str) -> String {
    let clause: String = after
        .chars()
        .take(LOOK)
        .take_while(|&c| !is_clause_break(c))
        .filter(|&c| !matches!(c, ' ' | '\u{3000}' | '\t'))
        .collect();
    if clause.chars().count() <= 12 && clause.chars().any(is_cjk) {
        clause
    } else {
        String::new()
    }
}

pub(super) fn make_label(
    before: &str,
    after: &str,
    unit: Option<&str>,
    kind: FieldKind,
    name: Option<&str>,
) -> String {
    if let Some(name) = name {
        return name.to_string();
    }
    let head = label_head(before);
    let suffix = match (unit, kind) {
        (Some(u), _) => u,
        (None, FieldKind::Count) => "个",
        (None, FieldKind::Percent) => "%",
        (None, FieldKind::Points) => "个百分点",
        (None, k) => k.label(),
    };
    let mut tail = String::new();
    if unit.is_none() && !kind.is_numeric() {
        tail = label_tail(after).to_string();
    } else if head.is_empty() || words(LABEL_LEADS).any(|w| w == head) {
        // nothing before but a scope word: name it from the words after its unit
        let rest = unit.map_or(after, |u| after.strip_prefix(u).unwrap_or(after));
        let rest = rest.trim_start_matches([' ', '\u{3000}', '\t']);
        tail = label_tail(rest).to_string();
        if tail.is_empty() {
            tail = clause_after(rest);
        }
    }
    // a quoted name (`建设“xx”战略`): the words before the quote, and after it
    let close = after.chars().next().filter(|c| "”’」》".contains(*c));
    if close.is_some() && head.ends_with(['“', '‘', '「', '《']) && tail.is_empty() {
        let q = after.chars().next().map_or(0, char::len_utf8);
        return concat(&[
            head,
            "（",
            suffix,
            "）",
            &after[..q],
            label_tail(&after[q..]),
        ]);
    }
    if head.is_empty() && tail.is_empty() {
        // a word slot heading its clause, named by the words after it
        // (`（地名）是全省重要的农产品基地`)
        if unit.is_none() && !kind.is_numeric() && kind != FieldKind::MonthRange {
            tail = clause_after(after);
        }
        if tail.is_empty() {
            return kind.label().to_string();
        }
    }
    // one allocation of the right size: a label is made for every placeholder
    concat(&[head, "（", suffix, "）", &tail])
}
