//! A collection's numbering and a title said again: `…讲话篇1` under the title it repeats,
//! `范文三`, the title twice at the top (before any line of prose; a numbered heading is no
//! title) or again below the salutation, `…致辞1` glued before the salutation. They leave the
//! text (each a listed, reversible deletion); the speeches are split where they stood.

use super::inline::to_simplified;
use super::repair::{shorten, Repair, RepairKind, Speech};
use super::speeches::{find_speeches, separator_label, starts_numbered};
use crate::text::{is_cjk, is_sentence_end, Span};

const NUM: &str = "一二三四五六七八九十0123456789";

/// A short line with no sentence end: a title, a heading, a label.
fn title_like(t: &str) -> bool {
    let n = t.chars().count();
    (4..=40).contains(&n) && !t.chars().any(is_sentence_end) && !t.contains(['，', '：', ':'])
}

/// Where the collection's numbering at the end of a separator line starts (`讲话稿 篇1`,
/// `致辞篇一`, `讲话范文篇三`, `精编(二)`, `讲话2`).
fn number_suffix(t: &str) -> Option<usize> {
    separator_label(t)?;
    let mut end = t.trim_end().len();
    let s = &t[..end];
    // (二) or a run of numerals
    if let Some(inner) = s.strip_suffix([')', '）']) {
        let k = inner.trim_end_matches(|c| NUM.contains(c));
        if k.len() == inner.len() {
            return None;
        }
        end = k.strip_suffix(['(', '（'])?.len();
    } else {
        let k = s.trim_end_matches(|c| NUM.contains(c));
        if k.len() == s.len() {
            return None;
        }
        end = k.len();
    }
    let mut s = t[..end].trim_end();
    s = s.strip_suffix('篇').unwrap_or(s).trim_end();
    for w in ["范文", "精编", "精选"] {
        s = s.strip_suffix(w).unwrap_or(s);
    }
    Some(s.trim_end().len())
}

/// The collection's number before a title (`第一篇：`, `第2篇 `, `篇三：`): its length, with the
/// colon and spaces after it, when a title follows (not `第一篇章`); `usize::MAX` when the line
/// is a list of the collection's titles (`第1篇… 第2篇…`).
fn number_prefix(t: &str) -> Option<usize> {
    let (head, rest) = number_head(t)?;
    // another number in a short line: a list of titles
    let list = rest.chars().count() <= 80
        && !rest.chars().any(is_sentence_end)
        && rest.match_indices('第').any(|(i, _)| {
            let r = &rest[i + '第'.len_utf8()..];
            let n = r.len() - r.trim_start_matches(|c| NUM.contains(c)).len();
            n > 0 && r[n..].starts_with('篇')
        });
    if list {
        return Some(usize::MAX);
    }
    title_like(rest).then_some(head)
}

/// The collection's number at the start of `t` (after its spaces): its length with the colon
/// and spaces after it, and what follows.
fn number_head(t: &str) -> Option<(usize, &str)> {
    // (a bracket the site opened before it and never closed: `【篇一：…`)
    let lead = t.len() - t.trim_start().trim_start_matches(['【', '[']).len();
    let t = t.trim_start().trim_start_matches(['【', '[']);
    let nums = |s: &str| s.len() - s.trim_start_matches(|c| NUM.contains(c)).len();
    let after = if let Some(r) = t.strip_prefix('第') {
        let n = nums(r);
        (n > 0 && n <= 6)
            .then(|| r[n..].strip_prefix('篇'))
            .flatten()?
    } else {
        let r = t.strip_prefix('篇')?;
        let n = nums(r);
        (n > 0 && n <= 6).then_some(&r[n..])?
    };
    let rest =
        after.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '：' | '、'));
    if !rest.starts_with(is_cjk)
        || (rest.len() == after.len() && rest.starts_with(['章', '幅', '文']))
    {
        return None;
    }
    Some((lead + t.len() - rest.len(), rest))
}

/// `…致辞1尊敬的…`: the title just before, a number, then the text. The length of the title
/// and number at the start of `t` (of the title alone when the number is the text's figure).
fn glued_numbered_title(prev: &str, t: &str) -> Option<usize> {
    let rest = t.strip_prefix(prev)?;
    let after = rest.trim_start().trim_start_matches('篇');
    let num = after
        .trim_start_matches(|c: char| c.is_ascii_digit() || "一二三四五六七八九十".contains(c));
    // (a number with its unit after it is the text's figure: the title said again runs into
    // the dateline, `…发展10月16日，…举行`, and only the title goes)
    let unit =
        num.starts_with(|c: char| "年月日号时点个项家万亿千百余多名位天周期届批".contains(c));
    if num.len() == after.len() || !num.starts_with(is_cjk) {
        return None;
    }
    Some(if unit {
        prev.len()
    } else {
        t.len() - num.len()
    })
}

/// Take the collection's numbering and repeated titles out of `paras` (each with its input
/// span when the paragraph is one line of the input) and join them into the text; the speeches
/// are found before, where the numbering still marks them, and carried over.
pub(super) fn drop_headers(
    paras: Vec<(Option<Span>, String)>,
    input: &str,
    kept: &[Span],
    repairs: &mut Vec<Repair>,
) -> (String, Vec<Speech>) {
    let mut old = paras
        .iter()
        .map(|(_, p)| p.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    if !old.is_empty() {
        old.push('\n');
    }
    let speeches = find_speeches(&old);
    let overlaps = |s: &Span| kept.iter().any(|k| k.start < s.end && s.start < k.end);
    let mut out = String::with_capacity(old.len());
    // (start in the old text, start in the new text, new length)
    let mut map: Vec<(usize, usize, usize)> = Vec::with_capacity(paras.len());
    let mut old_pos = 0;
    let mut last_title = String::new(); // the last paragraph kept, when it is title-like
    let mut last_title_at = 0; // where it starts in the new text
    let mut top = true; // only titles kept so far: the top of the page
                        // the page's first title, and whether a sentence was kept since: the title said again
                        // before the text's first sentence (below the salutation, in 【】) is the site's
    let mut first_title: Option<String> = None;
    let mut prose_seen = false;
    // (the text's first sentence: a title said again opens the text only above one)
    let first_sentence = paras
        .iter()
        .position(|(_, p)| p.contains(['。', '！', '？', '；']));
    for (pi, (span, para)) in paras.iter().enumerate() {
        let mut piece: &str = para;
        let mut again = false; // the title just before, said again: its speech starts there
        if let Some(span) = span.clone().filter(|s| !overlaps(s)) {
            let line = input.get(span.clone()).unwrap_or("");
            let mut drop = false;
            let mut cut: Option<Span> = None; // part of the line taken out
            if let Some(i) = number_suffix(para) {
                let title = para[..i].trim();
                if title.chars().count() < 4 || title == last_title {
                    again = title == last_title;
                    drop = true;
                } else {
                    // (the line as typed: a traditional page's suffix is read simplified)
                    let lt = line.trim_end();
                    let suffix = &para[i..];
                    let n = suffix.chars().count();
                    let at = lt
                        .char_indices()
                        .rev()
                        .nth(n.saturating_sub(1))
                        .map(|(k, _)| k);
                    if let Some(k) = at.filter(|&k| {
                        n > 0 && (&lt[k..] == suffix || to_simplified(&lt[k..]) == suffix)
                    }) {
                        cut = Some(span.start + k..span.start + lt.len());
                        piece = title;
                    }
                }
            } else if top && para == &last_title && !starts_numbered(para) {
                again = true;
                drop = true;
            } else if !prose_seen
                && first_sentence.is_some_and(|k| k > pi)
                && !starts_numbered(para)
                && first_title.as_deref().is_some_and(|f| {
                    para.trim_start_matches(['【', '['])
                        .trim_end_matches(['】', ']'])
                        == f
                })
            {
                again = para == &last_title;
                drop = true;
            } else if let Some((n, (k, _))) = number_prefix(para).zip(number_head(line)) {
                let rest = para.get(n..).unwrap_or("").trim();
                if n == usize::MAX || rest == last_title {
                    // a list of titles, or the title just before said again
                    again = rest == last_title;
                    drop = true;
                } else {
                    // the title stays, its number goes
                    cut = Some(span.start..span.start + k);
                    piece = &para[n..];
                }
            } else if let Some(n) = (!last_title.is_empty())
                .then(|| glued_numbered_title(&last_title, para))
                .flatten()
                .filter(|&n| line.trim_start().starts_with(&para[..n]))
            {
                let lead = line.len() - line.trim_start().len();
                cut = Some(span.start + lead..span.start + lead + n);
                piece = &para[n..];
            }
            if drop {
                repairs.push(Repair {
                    rule: RepairKind::SiteJunk,
                    span: span.clone(),
                    before: shorten(para),
                    after: String::new(),
                    message: format!("删除重复的标题或合集编号“{}”", shorten(para)),
                });
                piece = "";
            } else if let Some(c) = cut {
                let gone = input.get(c.clone()).unwrap_or("").trim().to_string();
                repairs.push(Repair {
                    rule: RepairKind::SiteJunk,
                    span: c,
                    before: shorten(&gone),
                    after: String::new(),
                    message: format!("删除合集编号或重复的标题“{}”", shorten(&gone)),
                });
            }
        }
        let piece = piece.trim();
        let sep = if out.is_empty() || piece.is_empty() {
            0
        } else {
            2
        };
        if again {
            map.push((old_pos, last_title_at, 0));
        } else {
            map.push((old_pos, out.len() + sep, piece.len()));
        }
        if !piece.is_empty() {
            out.push_str(&"\n\n"[..sep]);
            last_title_at = out.len();
            out.push_str(piece);
            // (a line in brackets is a note, a date or 掌声, not the title)
            let note = piece.starts_with(['（', '(']) && piece.ends_with(['）', ')']);
            if top && first_title.is_none() && title_like(piece) && !note {
                first_title = Some(piece.to_string());
            }
            // (a numbered heading is the text's too: the title after it is no site's copy)
            prose_seen |= piece.chars().any(is_sentence_end) || starts_numbered(piece);
            top &= title_like(piece);
            last_title = if title_like(piece) {
                piece.to_string()
            } else {
                String::new()
            };
        }
        old_pos += para.len() + 2;
    }
    if !out.is_empty() {
        out.push('\n');
    }
    let new_at = |off: usize| -> usize {
        if off >= old.len() {
            return out.len();
        }
        let k = map.partition_point(|m| m.0 <= off).saturating_sub(1);
        map.get(k).map_or(out.len(), |&(o, n, len)| {
            (n + (off - o).min(len)).min(out.len())
        })
    };
    let speeches = speeches
        .into_iter()
        .map(|s| Speech {
            title: s.title,
            range: new_at(s.range.start)..new_at(s.range.end),
        })
        .collect();
    (out, speeches)
}
