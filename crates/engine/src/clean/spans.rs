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

/// The runs of `all` that are one line each (a line's spans are next to each other there), as
/// index ranges into `all`.
pub(super) fn line_runs(all: &[(usize, Span, Verdict)]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut k = 0;
    for run in all.chunk_by(|a, b| a.0 == b.0) {
        out.push(k..k + run.len());
        k += run.len();
    }
    out
}

/// HTML tags and nothing else (`</p> <p class="x">`).
fn is_tag(s: &str) -> bool {
    let t = s.trim();
    t.starts_with('<') && t.ends_with('>') && t.is_ascii()
}

/// The nearest sure verdict before and after each span of `all`, in two passes (a walk from
/// each unsure span was quadratic in a run of them: 100,000 lines of `[ ]`). A tag pasted with
/// the text (`<p class=…>`) wraps prose as well as junk: it is no neighbour to vote.
#[allow(clippy::type_complexity)]
pub(super) fn sure_neighbours(
    lines: &[&str],
    all: &[(usize, Span, Verdict)],
) -> (Vec<Option<Verdict>>, Vec<Option<Verdict>>) {
    let sure = |x: &(usize, Span, Verdict)| {
        x.2 != Verdict::Unsure && !(x.2 == Verdict::Junk && is_tag(&lines[x.0][x.1.clone()]))
    };
    let mut before: Vec<Option<Verdict>> = Vec::with_capacity(all.len());
    let mut last = None;
    for x in all {
        before.push(last);
        if sure(x) {
            last = Some(x.2);
        }
    }
    let mut after: Vec<Option<Verdict>> = vec![None; all.len()];
    let mut next = None;
    for (k, x) in all.iter().enumerate().rev() {
        after[k] = next;
        if sure(x) {
            next = Some(x.2);
        }
    }
    (before, after)
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

/// A `>` of a breadcrumb at `i` (every `>` of its run): after a space (`首页 > 范文`), or
/// between words in a line with no sentence in it (`景县新闻网>>景县要闻`; `plain`: the line
/// has none of `，。；！？`, found once for the line).
fn is_crumb_gt(line: &str, i: usize, plain: bool) -> bool {
    if !line[i..].starts_with('>') {
        return false;
    }
    let before = line[..i].trim_end_matches('>');
    let after = line[i..].trim_start_matches('>');
    before.ends_with(' ')
        || (plain
            && before.chars().next_back().is_some_and(crate::text::is_cjk)
            && after
                .chars()
                .next()
                .is_some_and(|n| crate::text::is_cjk(n) || n == ' '))
}

/// Where a breadcrumb's last separator stands (`首页 > 范文 > 标题`, `您当前的位置：某某网>>要闻`):
/// every item before it is the page's. A run of `>` is one separator, placed at its last `>`;
/// one separator counts after a short plain item in a line with nothing of a sentence
/// (`某某协会行业信息 → 行业信息`, `文献详情 >标题`).
pub(super) fn crumb_end(line: &str) -> Option<usize> {
    let plain = no_sentence(line);
    let crumbs: Vec<usize> = line
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, '›' | '»' | '→')
                || (c == '>' && !line[i + 1..].starts_with('>') && is_crumb_gt(line, i, plain))
        })
        .map(|(i, _)| i)
        .collect();
    let one = crumbs.len() == 1 && {
        let item = line[..crumbs[0]].trim_end_matches('>').trim();
        (2..=16).contains(&item.chars().count())
            && item
                .chars()
                .all(|c| crate::text::is_cjk(c) || matches!(c, ' ' | '：' | ':'))
            && plain
            && !line.contains([',', ';'])
    };
    (crumbs.len() >= 2 || one).then(|| crumbs[crumbs.len() - 1])
}

/// Whether a line has none of the marks of a sentence (`，。；！？`).
pub(super) fn no_sentence(line: &str) -> bool {
    !line.contains(['，', '。', '；', '！', '？'])
}

/// The spans of a line: byte ranges, separators excluded.
pub(super) fn spans(line: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    // a short bracket is one piece with what is around it: a byline `（记者 王某 李某）` is not
    // cut at its spaces (its halves judged apart, the opening one went)
    let mut bracket_end = 0;
    let mut tag_end = 0;
    // a line of sentences (a comma and an end, or ending as a sentence does) keeps the spaces a document's text puts around
    // its figures (`截止 1-5 月底，共实施项目 9 个。`): they are no furniture between items
    let sentence = (line.contains(['，', ',']) && line.contains(['。', '；', '！', '？']))
        || line.trim_end().ends_with(['。', '：', '；', '！', '？']);
    let plain = no_sentence(line);
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
        // (nor is a tag of the page's markup cut at its spaces or marks: `<span style="…;">` is
        // one piece with the words around it, and goes alone, markup.rs)
        if c == '<' && i >= tag_end {
            if let Some(len) = super::markup::tag_at(&line[i..]) {
                tag_end = i + len;
            }
        }
        if i < tag_end {
            start.get_or_insert(i);
            continue;
        }
        // (nor is a sentence at the space before a prompt put into it: `要统 点击查看全文筹用好`)
        let inside = c.is_whitespace()
            && (i < bracket_end
                || (start.is_some() && prompts::opens_with_prompt(&line[end..]))
                || figure_space(line, i, end, sentence)
                || (sentence && punctuation_space(line, i, end)));
        // nor is a middle dot joining two names in a sentence (`甲区·乙县协作联席会议`)
        let joins = c == '·'
            && sentence
            && line[..i]
                .chars()
                .next_back()
                .is_some_and(crate::text::is_cjk)
            && line[end..].chars().next().is_some_and(crate::text::is_cjk);
        if !inside && !joins && (is_separator(c) || (c == '>' && is_crumb_gt(line, i, plain))) {
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
        // (nor a colon inside a short bracket: `（举报电话：…）` is a piece of its sentence, not the
        // end of a label)
        let bracket_colon = matches!(c, '：' | ':') && i < bracket_end;
        if is_end(c)
            && !bracket_colon
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

/// Whether the space at `i..end` stands between a clause's punctuation and a word
/// (`会议强调 ， 要…支撑 。`, not `投资 xx ，`): some
/// pages space every mark of their sentences, and a mark belongs to its sentence, not to
/// furniture between items.
fn punctuation_space(line: &str, i: usize, end: usize) -> bool {
    let mark = |c: Option<char>| c.is_some_and(|c| "，、。；：！？".contains(c));
    let word = |c: Option<char>| c.is_some_and(crate::text::is_cjk);
    let (before, after) = (line[..i].chars().next_back(), line[end..].chars().next());
    (mark(before) && word(after)) || (word(before) && mark(after))
}

/// Whether the space at `i..end` stands between a figure and a word of its sentence: an ASCII
/// figure on one side (`9`, `1-5`, `30.6%`) and a Chinese char on the other. Outside a line of
/// sentences (a headline) only a figure with its unit after it is one (`全县 1-4 月重大项目`, not
/// `1797 期`).
fn figure_space(line: &str, i: usize, end: usize, sentence: bool) -> bool {
    let before = line[..i].chars().next_back();
    let after = line[end..].chars().next();
    let figure = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit() || c == '%');
    let word = |c: Option<char>| c.is_some_and(crate::text::is_cjk);
    // the figure's token is no date or time of the page (`工作会 2014-04-01 17:10`)
    let token = |t: &str| !(t.contains([':', '/']) || (t.contains('-') && t.len() >= 8));
    let token_before = line[..i].rsplit(char::is_whitespace).next().unwrap_or("");
    let token_after = line[end..].split(char::is_whitespace).next().unwrap_or("");
    // the unit after the figure: right after this space, or after the figure's token
    let unit_at = |k: usize| {
        let k = k + line[k..].len() - line[k..].trim_start().len();
        crate::scan::unit_at(line, k).is_some()
    };
    if figure(before) && word(after) && token(token_before) {
        sentence || unit_at(end)
    } else if word(before) && figure(after) && token(token_after) {
        sentence || unit_at(end + token_after.len())
    } else {
        false
    }
}

/// Whether every figure of `t` has its unit after it (`1-4 月`, `36个`, `38.2%`).
pub(super) fn figures_have_units(t: &str) -> bool {
    let mut rest = t;
    while let Some(k) = rest.find(|c: char| c.is_ascii_digit()) {
        let run = rest[k..]
            .find(|c: char| !(c.is_ascii_digit() || matches!(c, '.' | '-' | '%')))
            .map_or(rest.len(), |e| k + e);
        let after = rest[run..].trim_start();
        // (a year that opens a title needs no 年: `2021教师节…`)
        let year = k == 0
            && rest.len() == t.len()
            && run == 4
            && (rest.starts_with("19") || rest.starts_with("20"));
        if !rest[k..run].ends_with('%') && crate::scan::unit_at(after, 0).is_none() && !year {
            return false;
        }
        rest = after;
    }
    true
}
