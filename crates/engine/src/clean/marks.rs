//! Marks a page put inside the prose, told from the text's own: a char said three times over
//! (`一期笔笔笔项目`), a Latin dot inside a phrase (`演练的.消防`) against one that ends a
//! sentence typed with Latin marks (`讲话.区委书记`).

use crate::text::{is_cjk, Span};

/// Chars that cannot end a sentence: a dot after one is a mark put inside it (`演练的.消防`).
const NO_SENTENCE_END: &str = "的和与及在对把是为将被从向以而或";

/// Whether a half-width dot between Chinese characters at `i` ends a sentence typed with
/// Latin marks (`…并发表了讲话.区委书记某某…`): a clause of at least eight chars before it,
/// back to the last mark, ending on a char a sentence may end on, and one of at least six after
/// it. A dot put inside a phrase (`感谢参加演练的.消防部门`) is a mark to take out.
pub(super) fn sentence_dot(line: &str, i: usize) -> bool {
    let marks = |c: char| "，。；！？、：,;!?:.".contains(c) || !is_cjk(c);
    let before = line[..i].chars().rev().take_while(|&c| !marks(c)).count();
    let after = line[i + 1..].chars().take_while(|&c| !marks(c)).count();
    before >= 8
        && after >= 6
        && line[..i]
            .chars()
            .next_back()
            .is_some_and(|p| !NO_SENTENCE_END.contains(p))
}

/// Chars a text may hold three times over: numerals (`一一一`), a name left open (`某某某`),
/// laughter and thanks.
const MAY_TRIPLE: &str = "一二三四五六七八九十百千万亿〇零某哈呵嘿谢";

/// A Chinese character said three or more times in a row inside a line (`一期笔笔笔项目`): a
/// site's mark or a key held down, never the text's own word.
pub(super) fn tripled_chars(line: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut run: Option<(usize, char, usize)> = None; // (start, char, count)
    let close = |run: Option<(usize, char, usize)>, end: usize, out: &mut Vec<Span>| {
        if let Some((start, c, n)) = run {
            if n >= 3 && !MAY_TRIPLE.contains(c) {
                out.push(start..end);
            }
        }
    };
    for (i, c) in line.char_indices() {
        match run {
            Some((_, r, ref mut n)) if r == c => *n += 1,
            _ => {
                close(run, i, &mut out);
                run = is_cjk(c).then_some((i, c, 1));
            }
        }
    }
    close(run, line.len(), &mut out);
    out
}
