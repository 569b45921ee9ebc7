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
    for item in numbered {
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
    out
}
