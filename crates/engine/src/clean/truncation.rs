//! Phase 2, truncation: paywall and preview cuts inside a line (`……(省略654字，正式会员可完整
//! 阅读)……`, `未完，全文共2889字`), marked in the draft so the writer fills the gap.

use crate::text::Span;

const CUES: &[&str] = &[
    "省略",
    "未完",
    "此处隐藏",
    "预览结束",
    "试读结束",
    "全文共",
    "剩余",
];

/// The cues of a cut in `line`, in the shape sites give them (`未完,` not `未完工`,
/// `省略654字`), in order: one pass per cue over the line.
fn cues(line: &str) -> Vec<(usize, &'static str)> {
    // most lines hold none of the cues' first chars: one pass, not a search per cue
    if !line.contains(['省', '未', '此', '预', '试', '全', '剩']) {
        return Vec::new();
    }
    let says_chars = |after: &str| -> bool {
        let t: String = after.chars().take(14).collect();
        t.contains('字') && t.chars().any(|c| c.is_ascii_digit())
    };
    let mut out: Vec<(usize, &'static str)> = CUES
        .iter()
        .flat_map(|c| line.match_indices(c).map(move |(i, _)| (i, *c)))
        .filter(|&(i, c)| {
            let after = &line[i + c.len()..];
            match c {
                "未完" => {
                    after.starts_with("待续")
                        || after.chars().next().is_none_or(|n| {
                            matches!(n, ',' | '，' | ')' | '）' | '…' | '。' | '.' | ' ')
                        })
                }
                "预览结束" | "试读结束" => true,
                _ => says_chars(after),
            }
        })
        .collect();
    out.sort_unstable();
    out
}

/// A paywall or preview cut inside a line: (byte range in the line, characters missing if said).
pub(super) fn truncation_in(line: &str) -> Option<(Span, Option<u32>)> {
    truncations(line).into_iter().next()
}

/// Every paywall or preview cut of a line, in order and apart, in time linear in the line: the
/// cues are found once, and each cut looks only a bounded way around its cue (a search from
/// each cut to the end of the line was quadratic in a line of thousands of `未完，`).
pub(super) fn truncations(line: &str) -> Vec<(Span, Option<u32>)> {
    let mut out = Vec::new();
    let mut from = 0;
    for (at, cue) in cues(line) {
        if at < from {
            continue;
        }
        if let Some((span, missing)) = cut_at(&line[from..], at - from, cue) {
            out.push((from + span.start..from + span.end, missing));
            from += span.end;
        }
    }
    out
}

/// The cut around the cue `cue_word` at `cue_at` of `line`, if it is one.
fn cut_at(line: &str, cue_at: usize, cue_word: &str) -> Option<(Span, Option<u32>)> {
    // the cut spans from an opening bracket or dash run before the cue to the closing one after
    let open_at = line[..cue_at]
        .char_indices()
        .rev()
        .take(6)
        .filter(|&(_, c)| matches!(c, '(' | '（' | '…' | '-' | '—' | '.' | '【' | '['))
        .map(|(i, _)| i)
        .min()
        .or_else(|| {
            // a site's name or URL inside the bracket: `(某某网http://…省略402字…)`
            line[..cue_at]
                .char_indices()
                .rev()
                .take(48)
                .take_while(|&(_, c)| !matches!(c, '。' | '，' | '；' | '！' | '？'))
                .find(|&(_, c)| matches!(c, '(' | '（'))
                .map(|(i, _)| i)
        });
    let mut start = open_at.unwrap_or(cue_at);
    // the ellipsis run before a bracket belongs to the cut
    while let Some(c) = line[..start].chars().next_back() {
        if matches!(c, '…' | '.' | '-' | '—') {
            start -= c.len_utf8();
        } else {
            break;
        }
    }
    let after_cue = &line[cue_at..];
    let close_rel = after_cue
        .char_indices()
        .take_while(|&(i, c)| i + c.len_utf8() < 80)
        .find(|&(_, c)| matches!(c, ')' | '）' | '】' | ']'))
        .map(|(i, c)| i + c.len_utf8());
    let mut end = match close_rel {
        Some(e) => cue_at + e,
        _ => {
            // a bare cue ("预览结束", "---此处隐藏1069字---"): up to the dash run's end or the line end
            let mut e = cue_at + cue_word.len();
            let tail = &line[e..];
            let k = tail
                .char_indices()
                .find(|&(_, c)| {
                    !(c.is_ascii_digit() || matches!(c, '字' | '-' | '—' | '…' | ',' | '，' | '.'))
                })
                .map_or(tail.len(), |(i, _)| i);
            e += k;
            e
        }
    };
    while let Some(c) = line[end..].chars().next() {
        if matches!(c, '…' | '.' | '-' | '—') {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    // "全文共2889字,当前仅显示1837字" → 1052 missing; "省略654字" → 654
    let numbers: Vec<u32> = line[start..end]
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|s| s.parse().ok())
        .collect();
    let missing = match (cue_word, numbers.as_slice()) {
        ("全文共" | "未完", [total, shown, ..]) if total > shown => Some(total - shown),
        (_, [n, ..]) => Some(*n),
        _ => None,
    };
    // a bare "全文共N字" that is the speech's own sentence is not a cut
    if cue_word == "全文共" && open_at.is_none() {
        return None;
    }
    Some((start..end, missing))
}
