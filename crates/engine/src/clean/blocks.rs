//! Blocks judged with their neighbours, after each span had its verdict on its own: a byline
//! inside a report's line, a programme's time on a label line, the items of a site's list
//! under its label below the text.

use super::bylines::{is_byline, is_dateline};
use super::spans::{line_runs, Verdict};
use crate::text::{is_sentence_end, Span};
use crate::title::is_speech_title;

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
    // a dateline on a line of its own, with only its bylines after it, opens the report on the
    // next line (`某某网10月18日讯（本网记者 某某）` above the lead): it is the report's line
    for run in line_runs(all) {
        let (k, end) = (run.start, run.end);
        let li = all[k].0;
        let text = |x: &(usize, Span, Verdict)| simplify(&lines[x.0][x.1.clone()]);
        let first = text(&all[k]);
        // (the dateline and its bracketed byline are one span: `…日讯（本网记者 某某）`)
        let signed = first.find(['（', '(']).is_some_and(|o| {
            let rest = &first[o..];
            is_dateline(&first[..o])
                && rest.ends_with(['）', ')'])
                && is_byline(rest)
                && reporter(rest)
        });
        let opens = (is_dateline(&first) || signed)
            && all[k + 1..end].iter().all(|x| {
                let t = text(x);
                is_byline(&t) && reporter(&t)
            })
            && all.get(end).is_some_and(|x| prose_line[x.0]);
        if opens {
            prose_line[li] = true;
            all[k].2 = Verdict::Prose;
        }
    }
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

/// A line of the page's furniture: spans of the site's with short words between them and nothing
/// of a sentence (a forum's poster and place: `某网友 | 来自湖南`). The words no one was sure of
/// go with the site's spans of their line.
pub(super) fn furniture_lines(lines: &[&str], all: &mut [(usize, Span, Verdict)]) {
    let short_word = |t: &str| {
        let t = t.trim();
        t.chars().count() <= 8
            && t.chars().filter(|&c| crate::text::is_cjk(c)).count() >= 2
            && !t.contains([
                '，', '。', '；', '！', '？', '、', ',', ';', '!', '?', '：', ':',
            ])
    };
    for run in line_runs(all) {
        let (k, end) = (run.start, run.end);
        let line = &all[k..end];
        let furniture = line.len() >= 2
            && line.iter().any(|x| x.2 == Verdict::Junk)
            && line.iter().all(|x| {
                x.2 == Verdict::Junk
                    || (x.2 == Verdict::Unsure && short_word(&lines[x.0][x.1.clone()]))
            });
        if furniture {
            for x in all[k..end].iter_mut() {
                x.2 = Verdict::Junk;
            }
        }
    }
}

/// A date in words with the time of day (`4月18日上午9:30`, `5月6日下午`): a text's schedule.
fn told_time_of_day(v: &str) -> bool {
    v.contains('日')
        && ["上午", "下午", "中午", "晚上", "早上", "凌晨", "傍晚"]
            .iter()
            .any(|w| v.contains(w))
}

/// A label with a time of day said in words (`活动时间：2023年4月18日上午9:30`) is a programme's
/// line, not the page's stamp (`发布时间：2023-04-11 08:15:42`).
pub(super) fn programme_times(lines: &[&str], all: &mut [(usize, Span, Verdict)]) {
    // (the spans of a line are next to each other in `all`: a line of two is a window of two
    // between other lines)
    for k in 0..all.len().saturating_sub(1) {
        let li = all[k].0;
        let alone = all[k + 1].0 == li
            && (k == 0 || all[k - 1].0 != li)
            && all.get(k + 2).is_none_or(|x| x.0 != li);
        if alone {
            let (l, v) = (
                &lines[li][all[k].1.clone()],
                &lines[li][all[k + 1].1.clone()],
            );
            if l.ends_with(['：', ':']) && l.chars().count() <= 8 && told_time_of_day(v) {
                all[k].2 = Verdict::Prose;
                all[k + 1].2 = Verdict::Prose;
            }
        }
    }
}

/// A list item: a number (`1.`, `2、`, `①`) or a bullet before a short title-like line.
fn list_item(t: &str) -> bool {
    let t = t.trim();
    let d = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let rest = if d > 0 {
        t[d..].strip_prefix(['.', '、', '．'])
    } else {
        t.strip_prefix(['①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '·', '•'])
    };
    rest.is_some_and(|r| {
        let n = r.trim().chars().count();
        (2..=40).contains(&n) && !r.chars().any(is_sentence_end) && !r.contains(['，', ','])
    })
}

/// The number of a ranked line (`- 1 某某标题`, `03 某某标题`): a bare number of one or two
/// digits, after a bullet or none, with a space after it and a title-like item (no clause's
/// marks inside). A speech numbers its points `1.`, `1、` or `（1）`, with sentences after them.
fn ranked(t: &str) -> Option<u32> {
    let t = t
        .trim()
        .trim_start_matches(['-', '•', '·', '*'])
        .trim_start();
    let d = t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    let item = t[d..].strip_prefix([' ', '\u{3000}'])?.trim();
    let n = item.chars().count();
    ((1..=2).contains(&d)
        && (4..=40).contains(&n)
        && !item.contains(['，', '。', '；', '、', '：', ',', ';', ':']))
    .then(|| t[..d].parse().ok())
    .flatten()
}

/// The lines of a site's ranked list (a hot list, a list of related titles by number): three or
/// more lines next to each other (blank lines apart), each [`ranked`], numbered one after another.
pub(super) fn ranked_lists(lines: &[String]) -> Vec<bool> {
    let mut out = vec![false; lines.len()];
    let mut run: Vec<usize> = Vec::new();
    let mut prev: Option<u32> = None;
    let close = |run: &mut Vec<usize>, out: &mut Vec<bool>| {
        if run.len() >= 3 {
            for &li in run.iter() {
                out[li] = true;
            }
        }
        run.clear();
    };
    for (li, l) in lines.iter().enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        match ranked(l) {
            Some(n) if prev.is_some_and(|p| p + 1 == n) => run.push(li),
            Some(n) => {
                close(&mut run, &mut out);
                run.push(li);
                prev = Some(n);
                continue;
            }
            None => close(&mut run, &mut out),
        }
        prev = ranked(l);
    }
    close(&mut run, &mut out);
    out
}

/// The items of a site's list under its label (`【…】相关文章：` then `1.…主持词`) below the
/// text: numbered title-like lines after a line of junk that ends in a colon, with no sentence
/// of the text after them, are the list's. `whole`: the lines judged junk whole; the lines to
/// add to them are returned.
pub(super) fn listed_below(lines: &[&str], whole: &[bool]) -> Vec<usize> {
    let last_text = lines
        .iter()
        .enumerate()
        .rposition(|(li, l)| !whole[li] && l.chars().any(is_sentence_end));
    let mut out = Vec::new();
    let mut in_list = false;
    for (li, l) in lines.iter().enumerate() {
        let t = l.trim();
        if t.is_empty() {
            continue;
        }
        if whole[li] {
            in_list = t.ends_with(['：', ':']);
            continue;
        }
        if in_list && last_text.is_none_or(|e| li > e) && list_item(t) {
            out.push(li);
        } else {
            in_list = false;
        }
    }
    out
}

/// A speech's title with the site's tag after a bar (`在…仪式上的致辞|重点项目开工仪式`) above
/// the text: the tag is the page's, the title the text's.
pub(super) fn title_tags(
    lines: &[&str],
    all: &mut [(usize, Span, Verdict)],
    above: usize,
    simplify: &impl Fn(&str) -> String,
) {
    for k in 0..all.len().saturating_sub(1) {
        let li = all[k].0;
        if li >= above || all[k + 1].0 != li {
            continue;
        }
        let line = lines[li];
        let (a, b) = (all[k].1.clone(), all[k + 1].1.clone());
        if a.end > b.start || !line[a.end..b.start].contains(['|', '｜']) {
            continue;
        }
        let tag = &line[b];
        if is_speech_title(&simplify(&line[a]))
            && tag.chars().count() <= 20
            && !tag.contains(['，', '。', '！', '？', '；', ','])
        {
            all[k + 1].2 = Verdict::Junk;
        }
    }
}

/// A salutation on a line of its own: `同志们：`, `各位领导、各位来宾：`.
pub(super) fn is_salutation(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() <= 30
        && (t.ends_with('：') || t.ends_with(':'))
        && ["同志", "来宾", "朋友", "领导", "代表"]
            .iter()
            .any(|w| t.contains(w))
}
