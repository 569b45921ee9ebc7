//! Check rules for damage that stays in a draft: paywall cuts marked by the clean stage, `□`,
//! censored characters, mojibake and duplicated paragraphs. They run on every change, so
//! damage typed or pasted after import is caught too.

use crate::analysis::{sets, Analysis};
use crate::detect::{box_replacement, likely_word, mojibake_spans_at, TRUNCATION_MARK};
use crate::fields::{is_filled, Values};
use crate::finding::{CheckOptions, Finding, RuleId};
use crate::text::WordHasher;
use crate::text::{char_len, Span};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

/// Rule `truncation`: `【此处原文缺失约654字】` left by the clean stage, until the gap is written.
pub(super) fn truncation(a: &Analysis, values: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    for f in &a.fields {
        let Some(name) = f.name.as_deref() else {
            continue;
        };
        if !name.starts_with(TRUNCATION_MARK) || is_filled(f, values) {
            continue;
        }
        let how_much = name
            .strip_prefix(TRUNCATION_MARK)
            .and_then(|r| r.strip_prefix('约'))
            .map(|r| format!("，缺少约{}", r))
            .unwrap_or_default();
        for &i in &f.occurrences {
            let Some(p) = a.scan.placeholders.get(i) else {
                continue;
            };
            out.push(Finding::new(
                RuleId::Truncation,
                &a.text,
                p.raw.clone(),
                format!("原文在此被网站截断{how_much}：请补写或删去"),
            ));
        }
    }
}

/// Rule `box`: `□` where punctuation was lost, with the likely punctuation as a fix.
pub(super) fn boxes(a: &Analysis, _: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    for (i, _) in a.chars.of(sets::BOX) {
        let r = box_replacement(&a.text[..i], &a.text[i + '□'.len_utf8()..]);
        out.push(
            Finding::new(
                RuleId::Box,
                &a.text,
                i..i + '□'.len_utf8(),
                if r == "、" {
                    "“□”是丢失的标点，这里应是“、”"
                } else {
                    "“□”是丢失的标点，这里应是“，”"
                },
            )
            .safe_fix(r),
        );
    }
}

/// Rule `censored`: `_` standing for a character the site masked.
pub(super) fn censored(a: &Analysis, _: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    for span in &a.scan.censored {
        let guess = likely_word(&a.text, span);
        let message: std::borrow::Cow<'static, str> = match guess {
            Some((w, _)) => format!("这里有一个字被网站屏蔽成“_”，可能是“{w}”").into(),
            None => "这里有一个字被网站屏蔽成“_”，请补上".into(),
        };
        out.push(
            Finding::new(RuleId::Censored, &a.text, span.clone(), message)
                .fix_opt(guess.map(|(_, c)| c.to_string())),
        );
    }
}

/// Rule `mojibake`: characters garbled by a wrong encoding.
pub(super) fn mojibake(a: &Analysis, _: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    for span in mojibake_spans_at(&a.text, a.chars.of(sets::MOJIBAKE)) {
        out.push(Finding::new(
            RuleId::Mojibake,
            &a.text,
            span,
            "乱码：这几个字在复制时损坏了，请对照原文改正",
        ));
    }
}

/// Character bigrams of a paragraph, sorted, for comparing two paragraphs.
fn bigrams(s: &str) -> Vec<u64> {
    let chars: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    let mut v: Vec<u64> = chars
        .windows(2)
        .map(|w| (u64::from(w[0] as u32) << 32) | u64::from(w[1] as u32))
        .collect();
    crate::order::sort_by_u64(&mut v, |x| *x);
    v
}

/// Dice similarity of two sorted bigram multisets, 0.0–1.0.
fn similarity(a: &[u64], b: &[u64]) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * common as f64 / total as f64
}

/// Paragraphs shorter than this are not compared (titles, 同志们：, 谢谢大家).
const MIN_CHARS: usize = 20;

/// How many pairs of paragraphs are compared for near-duplicates at most: the rule runs on
/// every keystroke, and a speech has a few dozen paragraphs.
const MAX_COMPARISONS: usize = 1_000;

/// Rule `duplicate`: a paragraph that repeats an earlier one (≥ 90% alike). Exact repeats are
/// found by hashing; near repeats by comparing character bigrams of paragraphs of about the
/// same length, up to [`MAX_COMPARISONS`] pairs.
pub(super) fn duplicates(a: &Analysis, _: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    let paras: Vec<(Span, usize)> = a
        .doc
        .blocks
        .iter()
        .map(|b| (b.content.clone(), char_len(&a.text[b.content.clone()])))
        .filter(|(_, n)| *n >= MIN_CHARS)
        .collect();
    // the line of a place: one more than the line breaks before it (found by the analysis)
    let breaks: Vec<usize> = a.chars.of(sets::NEWLINES).map(|(k, _)| k).collect();
    let report = |j: usize, i: usize, exact: bool, out: &mut Vec<Finding>| {
        let line = 1 + breaks.partition_point(|&b| b < paras[i].0.start);
        let start = paras[j].0.start;
        // its first 12 chars
        let shown = a.text[paras[j].0.clone()]
            .char_indices()
            .nth(12)
            .map_or(paras[j].0.len(), |(k, _)| k);
        out.push(Finding::new(
            RuleId::Duplicate,
            &a.text,
            start..start + shown,
            format!(
                "这一段与第{line}行的段落{}相同，可能重复粘贴了",
                if exact { "完全" } else { "基本" }
            ),
        ));
    };
    let mut first_seen: HashMap<&str, usize, BuildHasherDefault<WordHasher>> =
        HashMap::with_capacity_and_hasher(paras.len(), Default::default());
    let mut exact = vec![false; paras.len()];
    for (j, (span, _)) in paras.iter().enumerate() {
        let t = &a.text[span.clone()];
        match first_seen.get(t) {
            Some(&i) => {
                exact[j] = true;
                report(j, i, true, out);
            }
            None => {
                first_seen.insert(t, j);
            }
        }
    }
    // a text of hundreds of paragraphs is not one speech: exact repeats only
    if paras.len() > 300 {
        return;
    }
    let mut bags: Vec<Option<Vec<u64>>> = vec![None; paras.len()];
    let mut compared = 0usize;
    for j in 1..paras.len() {
        if exact[j] {
            continue;
        }
        for i in 0..j {
            let (li, lj) = (paras[i].1, paras[j].1);
            // only paragraphs of about the same length can be 90% alike
            if exact[i] || li.abs_diff(lj) * 10 > li.max(lj) {
                continue;
            }
            compared += 1;
            if compared > MAX_COMPARISONS {
                return;
            }
            for k in [i, j] {
                if bags[k].is_none() {
                    bags[k] = Some(bigrams(&a.text[paras[k].0.clone()]));
                }
            }
            let (Some(bi), Some(bj)) = (&bags[i], &bags[j]) else {
                continue;
            };
            if similarity(bi, bj) >= 0.9 {
                report(j, i, false, out);
                break;
            }
        }
    }
}
