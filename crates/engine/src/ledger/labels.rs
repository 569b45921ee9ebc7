//! The labels and plain numbers of a ledger's rows: a count written in a label (`（9个）`), a
//! heading's numbering (`一、`, `（二）`), a label without either.

use super::cells::{self, squeeze};

/// The numeric value of a plain number cell (`12,345.6`, `78.9%`), none for text.
pub(crate) fn number(cell: &str) -> Option<f64> {
    let s = squeeze(cell);
    let (n, rest) = cells::leading_number(&s)?;
    let lead = &s[..s.find(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c))?];
    (lead.chars().all(|c| "-－约近".contains(c))
        && rest
            .chars()
            .all(|c| !crate::text::is_cjk(c) || "个项宗亿万元".contains(c)))
    .then_some(n)
}

/// A count written inside a label: `一、产业项目（9个）`, `全市（198个项目）`, `（27项）`.
pub(crate) fn count_in_label(label: &str) -> Option<f64> {
    let open = label.find(['（', '('])?;
    let inner = &label[open..];
    let (n, rest) = cells::leading_number(inner)?;
    (rest.starts_with('个') || rest.starts_with('项') || rest.starts_with('宗')).then_some(n)
}

/// A label without its numbering, its count and a leading `其中：`.
pub fn clean_label(label: &str) -> String {
    let mut s = squeeze(label);
    for p in ["其中：", "其中:", "其中", "含：", "包括："] {
        if let Some(rest) = s.strip_prefix(p) {
            s = rest.to_string();
            break;
        }
    }
    // `一、` `（二）` `3.`
    let numbering = |s: &str| -> Option<usize> {
        let mut it = s.char_indices();
        let (_, first) = it.next()?;
        if first == '（' || first == '(' {
            let close = s.find(['）', ')'])?;
            let inner = &s[first.len_utf8()..close];
            return (inner.chars().count() <= 3
                && inner
                    .chars()
                    .all(|c| "一二三四五六七八九十".contains(c) || c.is_ascii_digit()))
            .then(|| close + s[close..].chars().next().map_or(1, char::len_utf8));
        }
        let end = s
            .find(|c: char| !("一二三四五六七八九十".contains(c) || c.is_ascii_digit()))
            .filter(|&e| e > 0)?;
        let sep = s[end..].chars().next()?;
        "、.．".contains(sep).then(|| end + sep.len_utf8())
    };
    if let Some(e) = numbering(&s) {
        s = s[e..].to_string();
    }
    if let Some(open) = s.rfind(['（', '(']) {
        if count_in_label(&s[open..]).is_some() {
            s.truncate(open);
        }
    }
    s.trim_end_matches(['：', ':']).to_string()
}

/// Whether a label is a numbered heading (`一、`, `（二）`), and its level (1, 2).
pub(crate) fn heading_level(label: &str) -> Option<u8> {
    let s = squeeze(label);
    let first = s.chars().next()?;
    if "一二三四五六七八九十".contains(first) && s.contains('、') {
        let before = &s[..s.find('、')?];
        return before
            .chars()
            .all(|c| "一二三四五六七八九十".contains(c))
            .then_some(1);
    }
    if first == '（' || first == '(' {
        let close = s.find(['）', ')'])?;
        let inner = &s[first.len_utf8()..close];
        return (!inner.is_empty() && inner.chars().all(|c| "一二三四五六七八九十".contains(c)))
            .then_some(2);
    }
    None
}
