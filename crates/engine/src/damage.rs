//! Check rules for damage that stays in a draft: paywall cuts marked by the clean stage, `□`,
//! censored characters, mojibake and duplicated paragraphs. They run on every change, so
//! damage typed or pasted after import is caught too.

use crate::check::Finding;
use crate::clean::{box_replacement, mojibake_spans, TRUNCATION_MARK};
use crate::fields::{is_filled, Severity, Values};
use crate::text::{char_len, Span};
use crate::Analysis;
use std::collections::HashMap;

/// Rule `truncation`: `【此处原文缺失约654字】` left by the clean stage, until the gap is written.
pub fn truncation(
    a: &Analysis,
    values: &Values,
    _: &crate::check::CheckOptions,
    out: &mut Vec<Finding>,
) {
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
                "truncation",
                Severity::Error,
                &a.text,
                p.raw.clone(),
                format!("原文在此被网站截断{how_much}：请补写或删去"),
                None,
            ));
        }
    }
}

/// Rule `box`: `□` where punctuation was lost, with the likely punctuation as a fix.
pub fn boxes(a: &Analysis, _: &Values, _: &crate::check::CheckOptions, out: &mut Vec<Finding>) {
    for (i, _) in a.text.match_indices('□') {
        let r = box_replacement(&a.text[..i], &a.text[i + '□'.len_utf8()..]);
        out.push(Finding::new(
            "box",
            Severity::Error,
            &a.text,
            i..i + '□'.len_utf8(),
            format!("“□”是丢失的标点，这里应是“{r}”"),
            Some(r.to_string()),
        ));
    }
}

/// Common words of the genre, to guess a censored character (`效能革_` → 效能革命).
const WORDS: &[&str] = &[
    "效能革命",
    "真刀实枪",
    "真抓实干",
    "真金白银",
    "攻坚克难",
    "狠抓落实",
    "只争朝夕",
    "凝心聚力",
    "齐心协力",
    "担当作为",
    "腾笼换鸟",
    "招商引资",
    "营商环境",
    "一抓到底",
    "推诿扯皮",
    "集约集聚",
    "集聚发展",
    "高质量发展",
    "跨越式发展",
    "经济发展",
    "项目建设",
    "重点项目",
    "重大项目",
    "领导干部",
    "党委政府",
    "立行立改",
    "雷厉风行",
    "求真务实",
    "开拓创新",
    "改革创新",
    "解放思想",
    "实事求是",
    "与时俱进",
    "全力以赴",
    "千方百计",
    "加快发展",
    "科学发展",
    "转型升级",
    "提质增效",
    "稳中求进",
    "开门红",
    "十四五",
    "十五五",
    "十三五",
    "党中央",
    "省委",
    "市委",
    "县委",
    "区委",
    "决策部署",
    "重要讲话",
    "重要指示",
    "习近平",
    "新时代",
    "新发展理念",
    "共同富裕",
    "乡村振兴",
    "不作为",
    "乱作为",
    "慢作为",
    "庸懒散",
    "形式主义",
    "官僚主义",
    "豆腐渣",
    "发展机遇",
    "战略机遇",
];

/// The likely word for a censored character at `span`, and the character itself: the word's
/// other characters stand right before and after the `_`.
pub fn likely_word(text: &str, span: &Span) -> Option<(&'static str, char)> {
    let before: Vec<char> = text[..span.start].chars().rev().take(4).collect();
    let after: Vec<char> = text[span.end..].chars().take(4).collect();
    let mut best: Option<(&'static str, char)> = None;
    for w in WORDS {
        let chars: Vec<char> = w.chars().collect();
        if chars.len() < 3 || best.is_some_and(|(b, _)| b.chars().count() >= chars.len()) {
            continue;
        }
        let fits = |k: usize| {
            (0..k).all(|j| before.get(k - 1 - j) == Some(&chars[j]))
                && (k + 1..chars.len()).all(|j| after.get(j - k - 1) == Some(&chars[j]))
        };
        if let Some(k) = (0..chars.len()).find(|&k| fits(k)) {
            best = Some((w, chars[k]));
        }
    }
    best
}

/// Rule `censored`: `_` standing for a character the site masked.
pub fn censored(a: &Analysis, _: &Values, _: &crate::check::CheckOptions, out: &mut Vec<Finding>) {
    for span in &a.scan.censored {
        let guess = likely_word(&a.text, span);
        let message = match guess {
            Some((w, _)) => format!("这里有一个字被网站屏蔽成“_”，可能是“{w}”"),
            None => "这里有一个字被网站屏蔽成“_”，请补上".to_string(),
        };
        out.push(Finding::new(
            "censored",
            Severity::Warning,
            &a.text,
            span.clone(),
            message,
            guess.map(|(_, c)| c.to_string()),
        ));
    }
}

/// Rule `mojibake`: characters garbled by a wrong encoding.
pub fn mojibake(a: &Analysis, _: &Values, _: &crate::check::CheckOptions, out: &mut Vec<Finding>) {
    for span in mojibake_spans(&a.text) {
        out.push(Finding::new(
            "mojibake",
            Severity::Warning,
            &a.text,
            span,
            "乱码：这几个字在复制时损坏了，请对照原文改正".to_string(),
            None,
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
    v.sort_unstable();
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
pub fn duplicates(
    a: &Analysis,
    _: &Values,
    _: &crate::check::CheckOptions,
    out: &mut Vec<Finding>,
) {
    let paras: Vec<(Span, usize)> = a
        .doc
        .blocks
        .iter()
        .map(|b| (b.content.clone(), char_len(&a.text[b.content.clone()])))
        .filter(|(_, n)| *n >= MIN_CHARS)
        .collect();
    let lines = crate::text::LineIndex::new(&a.text);
    let report = |j: usize, i: usize, exact: bool, out: &mut Vec<Finding>| {
        let line = lines.line(paras[i].0.start);
        let start = paras[j].0.start;
        let shown: String = a.text[paras[j].0.clone()].chars().take(12).collect();
        out.push(Finding {
            rule: "duplicate",
            severity: Severity::Warning,
            span: start..start + shown.len(),
            text: shown,
            message: format!(
                "这一段与第{line}行的段落{}相同，可能重复粘贴了",
                if exact { "完全" } else { "基本" }
            ),
            fix: None,
        });
    };
    let mut first_seen: HashMap<&str, usize> = HashMap::with_capacity(paras.len());
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
