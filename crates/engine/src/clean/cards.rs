//! A record card: a library's or a shop's fields of a document, one to a line, each a short
//! label and its value (`作  者：某某`, `文献类型 期刊论文`, `出 版 物：《某刊》`). Judged as a
//! block: three field lines in a run make a card. A label goes; its value goes too unless it is
//! the text itself (a title, or prose: an abstract that is the speech's opening).

use super::spans::{is_end, line_runs, Verdict};
use crate::text::{is_cjk, Span};
use crate::title::is_speech_title;

/// What a card does to one of its lines.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Field {
    /// the whole line is the card's
    Whole,
    /// the label (with its colon and spaces) goes, the value stays
    Label(Span),
}

/// The label of a field line: its end (after the colon or the spaces after it), and whether the
/// value after it is empty. A label is 2 to 5 characters, spaced out or not (`出 版 物`), ended by
/// a colon or by a space before the value.
fn label_end(t: &str) -> Option<(usize, bool)> {
    let mut chars = 0;
    let mut end_word = 0;
    let mut spaced = false;
    let mut it = t.char_indices().peekable();
    while let Some(&(i, c)) = it.peek() {
        if is_cjk(c) {
            chars += 1;
            end_word = i + c.len_utf8();
            it.next();
            // a space inside the label only between single characters (`出 版 物`)
            let gap = t[end_word..].len() - t[end_word..].trim_start().len();
            if gap > 0 {
                let after = t[end_word + gap..].chars();
                let single = after.clone().next().is_some_and(is_cjk)
                    && after.clone().nth(1).is_some_and(|n| !is_cjk(n));
                if single && (chars == 1 || spaced) {
                    spaced = true;
                    while it.peek().is_some_and(|&(_, c)| c == ' ' || c == '\u{3000}') {
                        it.next();
                    }
                    continue;
                }
                break;
            }
        } else {
            break;
        }
    }
    // (a place's name is a headline's subject, `青山：招商氛围浓厚`, not a field's name)
    if !(2..=5).contains(&chars) || crate::places::places().is_form(&t[..end_word]) {
        return None;
    }
    let rest = &t[end_word..];
    let trimmed = rest.trim_start();
    let (end, colon) = match trimmed.strip_prefix(['：', ':']) {
        Some(r) => (t.len() - r.trim_start().len(), true),
        None if trimmed.len() < rest.len() => (t.len() - trimmed.len(), false),
        None => return None,
    };
    let value = t[end..].trim();
    // a value runs on; an empty one needs its colon (`学科分类：`)
    (colon || !value.is_empty()).then_some((end, value.is_empty()))
}

/// A value that is the text's own prose: a long run with a sentence's punctuation (an abstract
/// that is the speech's opening).
fn is_prose(v: &str) -> bool {
    let cjk = v.chars().filter(|&c| is_cjk(c)).count();
    cjk >= 30 && v.contains(['，', ',']) && v.chars().any(is_end)
}

/// A label that is a clause of a report: someone said what the prose after it says (`会议强调：`,
/// `他指出：`), not a card's name for a field (`摘要：`).
fn says(label: &str) -> bool {
    let l = label.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '：' | ':'));
    ["强调", "指出", "要求", "表示", "提出", "认为", "说"]
        .iter()
        .any(|v| l.ends_with(v) && l.len() > v.len())
}

/// A field's value: short and without a clause's punctuation (`期刊论文`, `2000年01期`,
/// `《某刊》 (LATIN TITLE)`), or a list of key words.
fn is_short(v: &str) -> bool {
    !v.contains(['，', '。', '！', '？', '；', ',', ';', '!', '?'])
        && !v.ends_with(['：', ':'])
        && (v.chars().count() <= 60 || is_word_list(v))
}

/// Words between spaces, none of them a clause (`森林防火 森林火灾 火灾次数`).
fn is_word_list(v: &str) -> bool {
    let mut n = 0;
    v.split_whitespace().all(|w| {
        n += 1;
        w.chars().count() <= 10
    }) && n >= 3
}

/// The marks of a record on a field (not on a line of prose that happens to open with a short
/// phrase and a space): a colon after the label, a label spaced out, figures or a Latin word in
/// the value (a placeholder `xx` is none).
fn marked(t: &str, e: usize) -> bool {
    let label = &t[..e];
    let latin = t[e..]
        .split(|c: char| !c.is_ascii_alphabetic())
        .any(|w| w.len() >= 2 && !w.chars().all(|c| c == 'x' || c == 'X'));
    label.contains(['：', ':'])
        || label.trim_end().contains(' ')
        || latin
        || t[e..].bytes().any(|b| b.is_ascii_digit())
}

/// The card fields of a page's lines (as read: simplified, readings out), by line. A card: a run
/// of field lines (blank lines between allowed), three of them short, two of those with a
/// record's marks; a field whose value is prose keeps it (only its label goes), as does one
/// whose value is a speech's title.
pub(super) fn cards(simple: &[String]) -> Vec<Option<Field>> {
    let mut out: Vec<Option<Field>> = vec![None; simple.len()];
    // (label end, short value)
    let fields: Vec<Option<(usize, bool)>> = simple
        .iter()
        .map(|l| {
            let t = l.trim();
            // (a salutation, `同志们：`, is the speech's first line, never a field)
            if super::blocks::is_salutation(t) {
                return None;
            }
            let (e, _) = label_end(t)?;
            let v = t[e..].trim();
            if is_short(v) {
                Some((e, true))
            } else {
                (is_prose(v) && !says(&t[..e])).then_some((e, false))
            }
        })
        .collect();
    let mut run: Vec<usize> = Vec::new();
    let mut flush = |run: &mut Vec<usize>| {
        let short: Vec<usize> = run
            .iter()
            .copied()
            .filter(|&li| fields[li].is_some_and(|f| f.1))
            .collect();
        let marks = short
            .iter()
            .filter(|&&li| fields[li].is_some_and(|(e, _)| marked(simple[li].trim(), e)))
            .count();
        // (labels with their colons, or many fields: a title and a date line are no card)
        let labelled = short
            .iter()
            .filter(|&&li| {
                fields[li].is_some_and(|(e, _)| {
                    let label = &simple[li].trim()[..e];
                    label.contains(['：', ':']) || label.trim_end().contains(' ')
                })
            })
            .count();
        if short.len() >= 3 && marks >= 2 && (labelled >= 2 || short.len() >= 4) {
            for &li in run.iter() {
                let t = simple[li].trim();
                let lead = simple[li].len() - simple[li].trim_start().len();
                if let Some((e, short)) = fields[li] {
                    let v = t[e..].trim();
                    out[li] = Some(if !short || is_speech_title(v) {
                        Field::Label(lead..lead + e)
                    } else {
                        Field::Whole
                    });
                }
            }
        }
        run.clear();
    };
    for (li, l) in simple.iter().enumerate() {
        if l.trim().is_empty() {
            continue;
        }
        if fields[li].is_some() {
            run.push(li);
        } else {
            flush(&mut run);
        }
    }
    flush(&mut run);
    out
}

/// A line of the page's facts (`推荐人： 来源： 阅读： 9.58K 次`, `栏目：… / 发布于： / 人气：1.5W`):
/// with a label of the page's in it, its other short labelled spans no one was sure of are its
/// labels too, empty or with their values.
pub(super) fn facts_lines(lines: &[&str], all: &mut [(usize, Span, Verdict)]) {
    let labelled = |t: &str| {
        let t = t.trim();
        // (or a separator, a counter's unit: `/`, `次`)
        t.chars().count() <= 1
            || t.contains(['：', ':'])
                && t.chars().count() <= 12
                && !t.contains(['，', '。', '；', '！', '？', ','])
    };
    for run in line_runs(all) {
        let (k, end) = (run.start, run.end);
        let line = &all[k..end];
        let text = |x: &(usize, Span, Verdict)| &lines[x.0][x.1.clone()];
        let facts = line
            .iter()
            .any(|x| x.2 == Verdict::Junk && text(x).contains(['：', ':']))
            && line.iter().any(|x| x.2 == Verdict::Unsure)
            && line
                .iter()
                .all(|x| x.2 == Verdict::Junk || (x.2 == Verdict::Unsure && labelled(text(x))));
        if facts {
            for x in all[k..end].iter_mut() {
                x.2 = Verdict::Junk;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{cards, label_end, Field};

    #[test]
    fn a_verse_or_sentences_with_a_space_are_no_card() {
        let page = |t: &str| t.lines().map(String::from).collect::<Vec<_>>();
        let verse = page("春风十里 不如家乡\n山高水长 情谊更深\n千帆竞发 百舸争流\n");
        assert!(cards(&verse).iter().all(Option::is_none));
        let slots = page("加快推进 ** 高速公路项目建设。\n要以 xx 项目为龙头，\n列席 xx 代表团审议。\n全年 xx 个项目开工建设。\n");
        assert!(cards(&slots).iter().all(Option::is_none));
        let head = page("关于全县 1-4 月重大项目推进情况的汇报\n发布时间：2025-05-08 09:30\n现将 2025 年 1-4 月重大项目推进情况汇报如下：\n");
        assert!(cards(&head).iter().all(Option::is_none));
        // the salutation under a site's labelled links opens the speech
        let links = page("推荐阅读：开工仪式主持词\n推荐阅读：开工仪式主持词\n各位来宾：\n");
        assert_eq!(cards(&links)[2], None);
        let card = page("资源类型 期刊论文\n年 卷 期：2021年第4期\n页    码：3-4页\n");
        assert!(cards(&card).iter().all(|f| *f == Some(Field::Whole)));
    }

    #[test]
    fn labels_spaced_or_not() {
        assert_eq!(
            label_end("作     者：某某").map(|x| x.0),
            Some("作     者：".len())
        );
        assert_eq!(
            label_end("出 版 物：《某刊》").map(|x| x.0),
            Some("出 版 物：".len())
        );
        assert_eq!(
            label_end("文献类型 期刊论文").map(|x| x.0),
            Some("文献类型 ".len())
        );
        assert_eq!(label_end("学科分类：").map(|x| x.1), Some(true));
        // a sentence is no label, nor a heading run into its text
        assert_eq!(label_end("同志们，今天召开会议"), None);
        assert_eq!(label_end("一、看进度 从观摩情况看"), None);
    }
}
