//! Phase 4, page chunks: document viewers that number their page chunks `1、` `2、` `3、`, each
//! cut mid-sentence.

use crate::text::is_sentence_end;

/// Lines `1、…`, `2、…`, `3、…` in sequence that are page chunks of a document site: long,
/// cut mid-sentence. Returns, for each chunk line index, the byte length of its marker.
pub(super) fn page_chunks(lines: &[(usize, &str)]) -> Vec<(usize, usize)> {
    let numbered: Vec<(usize, u32, usize)> = lines
        .iter()
        .enumerate()
        .filter_map(|(li, (_, l))| {
            let d = l.chars().take_while(char::is_ascii_digit).count();
            let rest = &l[d..];
            (d > 0 && d <= 3 && rest.starts_with('、'))
                .then(|| l[..d].parse().ok().map(|n| (li, n, d + '、'.len_utf8())))
                .flatten()
        })
        .collect();
    // runs of consecutive numbers starting at 1
    let mut out = Vec::new();
    let mut run: Vec<(usize, u32, usize)> = Vec::new();
    let flush = |run: &mut Vec<(usize, u32, usize)>, out: &mut Vec<(usize, usize)>| {
        if run.len() >= 3 {
            let long = run
                .iter()
                .filter(|(li, _, _)| lines[*li].1.chars().count() >= 200)
                .count();
            let cut = run
                .iter()
                .filter(|(li, _, _)| {
                    !lines[*li]
                        .1
                        .trim_end()
                        .chars()
                        .next_back()
                        .is_some_and(is_sentence_end)
                })
                .count();
            if long * 10 >= run.len() * 7 && cut * 2 >= run.len() {
                out.extend(run.iter().map(|&(li, _, len)| (li, len)));
            }
        }
        run.clear();
    };
    for &item in &numbered {
        match run.last() {
            Some(&(_, n, _)) if item.1 == n + 1 => run.push(item),
            _ => {
                flush(&mut run, &mut out);
                if item.1 == 1 {
                    run.push(item);
                }
            }
        }
    }
    flush(&mut run, &mut out);
    // a single chunk: `N、` (N ≥ 2) right after a long line of prose left open mid-sentence
    // (`…全力推进重` | `2、点工程建设…`) continues that sentence: it is a page marker. A list
    // item follows a sentence end, a colon or a short lead-in (`我讲三点意见`).
    let prev_open = |li: usize| -> bool {
        let Some(p) = (0..li).rev().find(|&k| !lines[k].1.trim().is_empty()) else {
            return false;
        };
        let prev = lines[p].1.trim();
        prev.chars().count() >= 12
            && prev.contains(['，', ','])
            && ![
                "意见", "几点", "方面", "如下", "要求", "措施", "任务", "以下", "几个",
            ]
            .iter()
            .any(|w| prev.ends_with(w))
            && !prev.chars().next_back().is_some_and(|c| {
                is_sentence_end(c) || matches!(c, '：' | ':' | '”' | '）' | ')' | '】' | '…' | '！')
            })
    };
    // (whether a line is a chunk already: a table, not a walk over the chunks found)
    let mut taken = vec![false; lines.len()];
    for &(li, _) in &out {
        taken[li] = true;
    }
    let first = lines.iter().position(|(_, l)| !l.trim().is_empty());
    let first_numbered = numbered
        .iter()
        .find(|&&(f, k, _)| Some(f) == first && k == 1)
        .copied();
    for &(li, n, len) in &numbered {
        if n >= 2 && !taken[li] && prev_open(li) {
            out.push((li, len));
            taken[li] = true;
            // the text's first line `1、…` then numbers the first chunk, and so does a long
            // `1、…` line under the viewer's own lines (its name, size and pages above it)
            let long_first = numbered
                .iter()
                .rev()
                .find(|&&(f, k, _)| f < li && k == 1)
                .filter(|&&(f, _, _)| lines[f].1.chars().count() >= 100)
                .copied();
            if let Some((f, _, flen)) = first_numbered.or(long_first) {
                if !taken[f] {
                    out.push((f, flen));
                    taken[f] = true;
                }
            }
        }
    }
    out.sort_unstable();
    out
}
