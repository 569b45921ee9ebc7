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
    // (the count is its own, right after it: not the next cut's, `剩余x……此处隐藏1280字`)
    let says_chars = |after: &str| -> bool {
        let t: String = after.chars().take(14).collect();
        let digit = t.find(|c: char| c.is_ascii_digit());
        t.contains('字')
            && digit.is_some_and(|d| {
                !t[..d].contains(['…', '-', '—', '.']) && t[..d].chars().count() <= 4
            })
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

/// Where a bracketed cut that its cue's count did not close ends in `rest`: at a closing
/// bracket right after a run of dots or dashes, within a short stretch without a sentence's end
/// (`,下载文档可见全文......)`); not at a bracket of the prose (`---地名】`).
fn closed_by_run(rest: &str) -> Option<usize> {
    let (i, c) = rest
        .char_indices()
        .take_while(|&(i, c)| i < 80 && !matches!(c, '。' | '！' | '？' | '(' | '（' | '【' | '['))
        .find(|&(_, c)| matches!(c, ')' | '）' | '】' | ']'))?;
    let before = &rest[..i];
    let run = before.len() - before.trim_end_matches(['…', '.', '-', '—']).len();
    (run >= 2).then_some(i + c.len_utf8())
}

/// The cut around the cue `cue_word` at `cue_at` of `line`, if it is one.
fn cut_at(line: &str, cue_at: usize, cue_word: &str) -> Option<(Span, Option<u32>)> {
    // the cut spans from an opening bracket or dash run right before the cue to the closing
    // one after: never from a bracket of the prose a few chars back (`在【项目总（未完…）数】`)
    let is_open = |c: char| matches!(c, '(' | '（' | '【' | '[');
    let before = &line[..cue_at];
    let run = before.trim_end_matches(['…', '-', '—', '.']);
    // a bracket right before the run opens the cut only if it closes right after the run
    // that closes it (`【……此处隐藏N字……】`, not `推动【---此处隐藏N字---地名】`)
    let run_opener = (run.len() < before.len())
        .then(|| run.char_indices().next_back().filter(|&(_, c)| is_open(c)))
        .flatten()
        .map(|(i, _)| i);
    let open_at = if run.len() < before.len() {
        Some(run.len())
    } else if let Some((i, _)) = before
        .char_indices()
        .next_back()
        .filter(|&(_, c)| is_open(c))
    {
        Some(i)
    } else {
        // a site's name or URL inside the bracket: `(某某网http://…省略402字…)`
        before
            .char_indices()
            .rev()
            .take(48)
            .take_while(|&(_, c)| {
                !matches!(
                    c,
                    '。' | '，' | '；' | '！' | '？' | ')' | '）' | '】' | ']'
                )
            })
            .find(|&(_, c)| matches!(c, '(' | '（'))
            .map(|(i, _)| i)
            .filter(|&i| {
                let inner = &before[i..];
                inner.contains("http") || inner.contains("www") || inner.contains(['网', '網'])
            })
    };
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
    // the cut closes with a bracket only if one opened it: a cut between dashes or dots stops
    // at their end, and the prose after it keeps its own brackets (`……此处隐藏N字……，各县（市、区）`)
    let bracketed = open_at.is_some_and(|o| line[o..].starts_with(is_open));
    let close_rel = after_cue
        .char_indices()
        .take_while(|&(i, c)| bracketed && i + c.len_utf8() < 80)
        .find(|&(_, c)| matches!(c, ')' | '）' | '】' | ']'))
        .map(|(i, c)| i + c.len_utf8());
    let mut end = match close_rel {
        Some(e) => cue_at + e,
        _ => {
            // a bare cue ("预览结束", "---此处隐藏1069字---", "未完，"): its count and the
            // dash run after it (below), and no more: the prose after the run keeps its figures
            // (`---此处隐藏520字---1号地块`)
            let e = cue_at + cue_word.len();
            let tail = &line[e..];
            let mut k = tail
                .chars()
                .next()
                .filter(|&c| matches!(c, ',' | '，'))
                .map_or(0, char::len_utf8);
            k += tail[k..].bytes().take_while(u8::is_ascii_digit).count();
            if let Some(w) = ["个字", "字"].iter().find(|w| tail[k..].starts_with(**w)) {
                k += w.len();
            }
            e + k
        }
    };
    while let Some(c) = line[end..].chars().next() {
        if matches!(c, '…' | '.' | '-' | '—') {
            end += c.len_utf8();
        } else {
            break;
        }
    }
    if let Some(o) = run_opener {
        if let Some(c) = line[end..]
            .chars()
            .next()
            .filter(|&c| matches!(c, ')' | '）' | '】' | ']'))
        {
            start = o;
            end += c.len_utf8();
        } else if let Some(close) = closed_by_run(&line[end..]) {
            // the site's words after the count run on to the run that closes the bracket
            // (`(......此处隐藏了394字,下载文档可见全文......)`): all of it is the cut
            start = o;
            end += close;
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
