//! Rules about the fill-in fields: `placeholder` (every placeholder without a value, also ones
//! typed by hand), `field-value` (a value that does not fit its field) and `empty-slot` (a
//! figure or name deleted instead of filled: 刚才，个部门作了发言).

use crate::analysis::sets;
use crate::analysis::Analysis;
use crate::fields::{is_filled, normalize, validate, Values};
use crate::finding::{CheckOptions, Finding, RuleId};
use crate::lexicon::COUNTED_NOUNS;
use crate::scan::FieldKind;
use crate::text::{concat, is_cjk};

/// Rule `placeholder`: every placeholder without a value, including ones typed by hand, and
/// values that themselves hold a placeholder.
pub(super) fn leftover_placeholders(
    a: &Analysis,
    values: &Values,
    _: &CheckOptions,
    out: &mut Vec<Finding>,
) {
    for f in &a.fields {
        let filled = is_filled(f, values);
        for &i in &f.occurrences {
            let Some(p) = a.scan.placeholders.get(i) else {
                continue;
            };
            // a paywall cut marked by the clean stage is reported by rule `truncation`
            let truncated = p
                .name
                .as_deref()
                .is_some_and(|n| n.starts_with(crate::detect::TRUNCATION_MARK));
            if filled || truncated {
                continue;
            }
            let raw = &a.text[p.raw.clone()];
            let (kind, label) = (p.kind.label(), &p.label);
            // one allocation of the right size: a message for every open placeholder
            let message = match (&p.name, p.unit) {
                (Some(name), _) => concat(&["未填写的字段“", name, "”：", label]),
                (None, Some(unit)) => concat(&["未填写的", kind, "“", raw, unit, "”：", label]),
                (None, None) => concat(&["未填写的占位符“", raw, "”（", kind, "）：", label]),
            };
            out.push(Finding::new(
                RuleId::Placeholder,
                &a.text,
                p.raw.clone(),
                message,
            ));
        }
    }
}

/// Rule `field-value`: a filled value that does not fit its field (letters in a count, 130% as
/// a share).
pub(super) fn field_values(
    a: &Analysis,
    values: &Values,
    _: &CheckOptions,
    out: &mut Vec<Finding>,
) {
    for f in &a.fields {
        let Some(v) = values.get(&f.key) else {
            continue;
        };
        let Some(problem) = validate(f, v) else {
            continue;
        };
        let Some(p) = f
            .occurrences
            .first()
            .and_then(|&i| a.scan.placeholders.get(i))
        else {
            continue;
        };
        let shown = if f.kind == FieldKind::Text {
            v.trim().to_string()
        } else {
            normalize(f, v)
        };
        out.push(
            Finding::new(
                RuleId::FieldValue,
                &a.text,
                p.raw.clone(),
                format!("“{}”填了“{shown}”：{}", f.label, problem.message),
            )
            .severity(problem.severity),
        );
    }
}

/// Characters that may stand right before a unit without a figure: numerals and words of amount.
const AMOUNT_CHARS: &str = "零〇一二三四五六七八九十百千万亿两几多数余双半整";

/// Rule `empty-slot`: a figure or a name that was deleted instead of filled: `刚才，个部门作了发言`,
/// `增长%`, `投资亿元`, `稍后，还将作重要讲话`.
pub(super) fn empty_slot(a: &Analysis, _: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    let text = &a.text;
    // only measure words and units can start an emptied slot
    for (i, c) in a.chars.of(sets::MEASURES) {
        let prev = text[..i].chars().next_back();
        let rest = &text[i..];
        // a measure word right after a clause break: 刚才，个部门
        let measure = matches!(prev, Some('，' | '、' | '：' | '。' | '；'))
            && COUNTED_NOUNS.iter().any(|(m, nouns)| {
                *m == c && {
                    let after = &rest[c.len_utf8()..];
                    nouns.split(' ').any(|n| after.starts_with(n))
                }
            });
        // a unit with no figure before it: 增长%, 投资亿元
        // "亿元以上项目", "亿元级" speak of a size class, not a missing figure
        // (the cheap tests first: most of these chars are measure words inside words)
        let money = matches!(c, '亿' | '万') && rest[c.len_utf8()..].starts_with('元');
        let size_class = || {
            ["以上", "以下", "级", "项目", "企业", "大关"]
                .iter()
                .any(|w| rest.get(6..).is_some_and(|r| r.starts_with(w)))
        };
        let unit = (c == '%' || money && !size_class())
            && prev.is_some_and(|p| is_cjk(p) && !AMOUNT_CHARS.contains(p))
            // `多少亿元` is a placeholder word, reported as one
            && !text[..i].ends_with("多少");
        if measure || unit {
            let len = if money { "亿元".len() } else { c.len_utf8() };
            out.push(Finding::new(
                RuleId::EmptySlot,
                text,
                i..i + len,
                format!("“{}”前面少了数字：可能是删去了占位符", &text[i..i + len]),
            ));
        }
    }
    // a speaker deleted from an announcement: 稍后，还将作重要讲话
    // (each pattern holds 作 once: one search for 作, then the patterns around it)
    const SPEAKER_GONE: [&str; 5] = [
        "，还将作",
        "。还将作",
        "，将作重要讲话",
        "请作重要讲话",
        "由作",
    ];
    for (k, _) in a.chars.of(sets::ZUO) {
        for pat in SPEAKER_GONE {
            let Some(i) = pat.find('作').and_then(|o| k.checked_sub(o)) else {
                continue;
            };
            if !text.get(i..).is_some_and(|r| r.starts_with(pat)) {
                continue;
            }
            let start = i + pat.chars().next().map_or(0, char::len_utf8);
            out.push(Finding::new(
                RuleId::EmptySlot,
                text,
                start..i + pat.len(),
                "这里少了讲话人：谁“作讲话”？",
            ));
        }
    }
}
