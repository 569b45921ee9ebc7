//! Blocks judged with their neighbours, after each span had its verdict on its own: a byline
//! inside a report's line.

use super::bylines::{is_byline, is_dateline};
use super::spans::Verdict;
use crate::text::Span;

/// A reporter's byline in a line of the report (`本报讯（记者 林某）3月5日，…`, `…见效。（记者
/// 林某）`, `某某网讯 记者林某 报道 …`) is the report's own signature, published with it: in
/// brackets, or right after the dateline. A byline on a line of its own, and the page's staff
/// (`责任编辑：某某`), are the page's.
pub(super) fn signed_reports(
    lines: &[&str],
    all: &mut [(usize, Span, Verdict)],
    simplify: &impl Fn(&str) -> String,
) {
    let mut prose_line = vec![false; lines.len()];
    for (li, sp, v) in all.iter() {
        prose_line[*li] |= *v == Verdict::Prose && !is_byline(&simplify(&lines[*li][sp.clone()]));
    }
    let reporter = |t: &str| ["记者", "通讯员", "实习生"].iter().any(|r| t.contains(r));
    // (after a dateline: the spans since it on its line are all bylines)
    let mut after_dateline = false;
    for k in 0..all.len() {
        let (li, sp) = (all[k].0, all[k].1.clone());
        if k > 0 && all[k - 1].0 != li {
            after_dateline = false;
        }
        let t = simplify(&lines[li][sp]);
        let byline = is_byline(&t);
        let bracketed = t.starts_with(['（', '(']) && t.ends_with(['）', ')']);
        if all[k].2 == Verdict::Junk
            && byline
            && prose_line[li]
            && reporter(&t)
            && (bracketed || after_dateline)
        {
            all[k].2 = Verdict::Prose;
        }
        after_dateline = is_dateline(&t) || (after_dateline && byline);
    }
}
