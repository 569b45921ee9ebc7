//! Rule `typography`: 公文 punctuation and format.

use crate::analysis::{sets, Analysis, DOUBLED};
use crate::fields::Values;
use crate::finding::{CheckOptions, Finding, RuleId};
use crate::lexicon::SLIP_DOUBLES;
use crate::scan::unit_at;
use crate::text::is_cjk;
use std::borrow::Cow;

/// Whether the double `cc` starting at byte `first` of `line` is a slip of the keyboard. It is
/// not when it is half of an AABB reduplication (的的确确, 明明白白), or when the first `c` ends a
/// common word and the second stands as a word of its own (目的|的, 为了|了解, 不了|了之,
/// 面对|对手) — for 市 and 全, which do not stand alone, when the second also starts a word
/// (城市|市容, 安全|全覆盖; but 全市|市上下 is a slip).
fn slip_double(line: &str, first: usize, c: char) -> bool {
    let Some((_, ends, starts)) = SLIP_DOUBLES.iter().find(|(d, _, _)| *d == c) else {
        return false;
    };
    let before: Vec<char> = line[..first].chars().rev().take(2).collect();
    let after: Vec<char> = line[first + 2 * c.len_utf8()..].chars().take(2).collect();
    let aabb = (after.len() == 2 && after[0] == after[1] && after[0] != c)
        || (before.len() == 2 && before[0] == before[1] && before[0] != c);
    let word_before = before.first().is_some_and(|&p| {
        ends.split(' ')
            .any(|w| w.ends_with(c) && w.strip_suffix(c).is_some_and(|h| h.ends_with(p)))
    });
    let word_after = after.first().is_some_and(|&n| {
        starts
            .split(' ')
            .any(|w| w.strip_prefix(c).is_some_and(|t| t.starts_with(n)))
    });
    let stands_alone = !matches!(c, '市' | '全' | '各');
    // 巴中市|市委书记, 纽黑文市|市长, 某州市|市直部门: a city's name, then a word of the city
    let organ = c == '市' && word_after;
    !(aabb || organ || (word_before && (stands_alone || word_after)))
}

/// The message for a half-width mark: a text of its own per mark, not formatted for each of
/// the thousands a pasted page may hold.
fn width_message(c: char, r: &str) -> Cow<'static, str> {
    let known = match (c, r) {
        (',', "，") => "中文句子里的半角“,”应为全角“，”",
        (':', "：") => "中文句子里的半角“:”应为全角“：”",
        (';', "；") => "中文句子里的半角“;”应为全角“；”",
        ('?', "？") => "中文句子里的半角“?”应为全角“？”",
        ('!', "！") => "中文句子里的半角“!”应为全角“！”",
        _ => return format!("中文句子里的半角“{c}”应为全角“{r}”").into(),
    };
    known.into()
}

/// Rule `typography`: 公文 punctuation and spacing: half-width punctuation in Chinese
/// sentences, straight or unpaired quotes, a space between a figure and its unit, half-width
/// `(一)`, doubled characters.
pub(super) fn typography(a: &Analysis, _: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    let text = &a.text;
    debug_assert!(SLIP_DOUBLES
        .iter()
        .all(|(c, _, _)| DOUBLED[0].0 == sets::TYPOGRAPHY && DOUBLED[0].1.contains(c)));
    for b in &a.doc.blocks {
        let line = &text[b.content.clone()];
        let base = b.content.start;
        let mut open_quote = true;
        let (mut opens, mut closes) = (0, 0);
        // only the chars the rule is about (half-width marks, quotes, spaces, and the second
        // of a doubled char a slip doubles), found by the analysis's walk
        for (at, c) in a.chars.within(sets::TYPOGRAPHY, b.content.clone()) {
            let i = at - base;
            let prev = line[..i].chars().next_back();
            match c {
                ',' | ':' | ';' | '?' | '!' => {
                    if let Some(r) = crate::detect::width_fix(line, c, i) {
                        out.push(
                            Finding::new(RuleId::Typography, text, at..at + 1, width_message(c, r))
                                .safe_fix(r),
                        );
                    }
                }
                '"' if prev.is_some_and(is_cjk)
                    || line[i + 1..].chars().next().is_some_and(is_cjk) =>
                {
                    let r = if open_quote { "“" } else { "”" };
                    open_quote = !open_quote;
                    out.push(
                        Finding::new(
                            RuleId::Typography,
                            text,
                            at..at + 1,
                            if r == "“" {
                                "中文里的直引号应为““”"
                            } else {
                                "中文里的直引号应为“””"
                            },
                        )
                        .safe_fix(r),
                    );
                }
                '“' => opens += 1,
                '”' => closes += 1,
                ' ' | '\u{3000}' if prev.is_some_and(|p| p.is_ascii_digit()) => {
                    let rest = &line[i + c.len_utf8()..];
                    if unit_at(rest, 0).is_some()
                        && rest.chars().next().is_some_and(|n| is_cjk(n) || n == '%')
                    {
                        out.push(
                            Finding::new(
                                RuleId::Typography,
                                text,
                                at..at + c.len_utf8(),
                                "数字和单位之间不空格（如“12亿元”）",
                            )
                            .safe_fix(""),
                        );
                    }
                }
                _ => {}
            }
            if prev == Some(c) && slip_double(line, i - c.len_utf8(), c) {
                let start = at - c.len_utf8();
                out.push(
                    Finding::new(
                        RuleId::Typography,
                        text,
                        start..at + c.len_utf8(),
                        format!("“{c}{c}”重复了一个字"),
                    )
                    .fix(c.to_string()),
                );
            }
        }
        if opens != closes {
            out.push(Finding::new(
                RuleId::Typography,
                text,
                b.content.clone(),
                format!("这一段的引号不成对（“ {opens} 个，” {closes} 个）"),
            ));
        }
        // (一) → （一）
        if let Some(n) = &b.numbering {
            let marker = &text[n.marker.clone()];
            if marker.starts_with('(') || marker.ends_with(')') {
                let fixed = marker.replace('(', "（").replace(')', "）");
                out.push(
                    Finding::new(
                        RuleId::Typography,
                        text,
                        n.marker.clone(),
                        format!("公文的序号用全角括号：“{fixed}”"),
                    )
                    .safe_fix(fixed),
                );
            }
        }
    }
}
