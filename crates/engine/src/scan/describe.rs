//! What a placeholder is about, from the words around it: its kind (the unit after it, the
//! word before it, its name), its role (a growth, a share, a gap), its hint and its label.

use super::model::{
    is_cross, is_star, is_underscore, skip_spaces, FieldKind, Form, Placeholder, Role,
};
use crate::lexicon::{UnitClass, HINT_START, ORG_AFTER, PERSON_AFTER, PLACE_AFTER, UNITS};
use crate::text::{char_at, is_cjk, is_clause_break, is_digit, Span};

pub fn unit_at(text: &str, i: usize) -> Option<(&'static str, UnitClass)> {
    let rest = &text[i..];
    UNITS.iter().find(|(u, _)| rest.starts_with(u)).copied()
}

pub(super) fn starts_with_any(rest: &str, words: &[&'static str]) -> Option<&'static str> {
    words.iter().copied().find(|w| rest.starts_with(w))
}

/// The words of the clause before `at`, at most `max` chars.
pub fn clause_before(text: &str, at: usize, max: usize) -> &str {
    let mut start = at;
    for (k, c) in text[..at].char_indices().rev().take(max) {
        if is_clause_break(c)
            || is_star(c)
            || is_cross(c)
            || is_underscore(c)
            || matches!(c, ' ' | ']' | '】' | '］' | '}')
        {
            break;
        }
        start = k;
    }
    &text[start..at]
}

fn hint_after(text: &str, at: usize) -> Option<(String, usize)> {
    let i = skip_spaces(text, at);
    let (open, close) = match char_at(text, i)? {
        '(' => ('(', ')'),
        '（' => ('（', '）'),
        _ => return None,
    };
    let inner_start = i + open.len_utf8();
    let rest = &text[inner_start..];
    starts_with_any(rest, HINT_START)?;
    let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
    let close_at = line.find([close, ')', '）'])?;
    let hint = rest[..close_at].trim().to_string();
    let close_len = rest[close_at..].chars().next().map_or(1, char::len_utf8);
    Some((hint, inner_start + close_at + close_len))
}

/// A placeholder at `raw`, written in `form`, with its `name` if it is a named field and
/// whether it is a month range, described from the words around it.
pub(super) fn describe(
    text: &str,
    raw: Span,
    form: Form,
    name: Option<String>,
    range: bool,
) -> Placeholder {
    let (hint, span_end) = match hint_after(text, raw.end) {
        Some((h, end)) => (Some(h), end),
        None => (None, raw.end),
    };
    let after_i = skip_spaces(text, raw.end);
    let unit = unit_at(text, after_i);
    let after = &text[after_i..];
    let before = clause_before(text, raw.start, 12);
    let raw_text = &text[raw.clone()];
    let has_digits = raw_text.chars().next().is_some_and(is_digit);

    let mut role = None;
    let kind = if range {
        FieldKind::MonthRange
    } else if before.ends_with('第') {
        FieldKind::Rank
    } else if let Some(name) = &name {
        kind_from_name(name).unwrap_or_else(|| kind_from_after(after, unit.map(|u| u.1)))
    } else if has_digits {
        FieldKind::Year
    } else {
        kind_from_after(after, unit.map(|u| u.1))
    };
    if matches!(kind, FieldKind::Percent | FieldKind::Points) {
        role = role_from_before(text, raw.start, kind);
    }
    let unit_str = unit.map(|u| u.0);
    let label = make_label(before, after, unit_str, kind, name.as_deref());
    Placeholder {
        span: raw.start..span_end,
        raw,
        form,
        name,
        hint,
        unit: unit_str,
        kind,
        role,
        label,
    }
}

fn kind_from_after(after: &str, unit: Option<UnitClass>) -> FieldKind {
    if after.starts_with("人民") {
        return FieldKind::Place;
    }
    if starts_with_any(after, PERSON_AFTER).is_some() {
        return FieldKind::Person;
    }
    if let Some(u) = unit {
        return match u {
            UnitClass::Count => FieldKind::Count,
            UnitClass::Money => FieldKind::Money,
            UnitClass::Percent => FieldKind::Percent,
            UnitClass::Points => FieldKind::Points,
            UnitClass::Quantity | UnitClass::Days => FieldKind::Quantity,
            UnitClass::Year => FieldKind::Year,
            UnitClass::Month => FieldKind::Month,
            UnitClass::Day => FieldKind::Day,
        };
    }
    if starts_with_any(after, ORG_AFTER).is_some() {
        return FieldKind::Organization;
    }
    if starts_with_any(after, PLACE_AFTER).is_some() {
        return FieldKind::Place;
    }
    FieldKind::Text
}

fn kind_from_name(name: &str) -> Option<FieldKind> {
    const BY_NAME: &[(&str, FieldKind)] = &[
        ("年份", FieldKind::Year),
        ("年度", FieldKind::Year),
        ("日期", FieldKind::Text),
        ("同志", FieldKind::Person),
        ("姓名", FieldKind::Person),
        ("讲话人", FieldKind::Person),
        ("领导", FieldKind::Person),
        ("单位", FieldKind::Organization),
        ("部门", FieldKind::Organization),
        ("地名", FieldKind::Place),
        ("地方", FieldKind::Place),
        ("县名", FieldKind::Place),
        ("区名", FieldKind::Place),
        ("市名", FieldKind::Place),
        ("金额", FieldKind::Money),
        ("投资", FieldKind::Money),
        ("个数", FieldKind::Count),
        ("数量", FieldKind::Count),
        ("比例", FieldKind::Percent),
    ];
    BY_NAME
        .iter()
        .find(|(w, _)| name.contains(w))
        .map(|&(_, k)| k)
}

fn role_from_before(text: &str, at: usize, kind: FieldKind) -> Option<Role> {
    let before = clause_before(text, at, 16);
    if kind == FieldKind::Points {
        return ["滞后", "落后", "慢于", "低于", "高于", "快于", "超过"]
            .iter()
            .any(|w| before.contains(w))
            .then_some(Role::Gap);
    }
    if before.contains('占') || before.contains("比重") || before.contains("占比") {
        Some(Role::Share)
    } else if before.contains('率') {
        Some(Role::Rate)
    } else if ["增长", "增速", "增幅", "下降", "提高", "同比", "环比", "增"]
        .iter()
        .any(|w| before.contains(w))
    {
        Some(Role::Growth)
    } else {
        None
    }
}

fn make_label(
    before: &str,
    after: &str,
    unit: Option<&str>,
    kind: FieldKind,
    name: Option<&str>,
) -> String {
    if let Some(name) = name {
        return name.to_string();
    }
    let before = before.trim_start_matches(['的', '和', '及', '与', '等', '请', '在', '共', '有']);
    let before: String = {
        let n = before.chars().count();
        before.chars().skip(n.saturating_sub(10)).collect()
    };
    let suffix = match unit {
        Some(u) => format!("（{u}）"),
        None => {
            let word: String = after.chars().take_while(|&c| is_cjk(c)).take(4).collect();
            if word.is_empty() {
                format!("（{}）", kind.label())
            } else {
                format!("…{word}")
            }
        }
    };
    if before.is_empty() {
        format!("{}{}", kind.label(), suffix)
    } else {
        format!("{before}{suffix}")
    }
}

/// The words around a span, for showing a field in context: `…年度计划投资【x】亿元…`.
pub fn context(text: &str, span: &Span, chars: usize) -> (String, String) {
    let start = crate::text::floor_char_boundary(text, span.start);
    let end = crate::text::floor_char_boundary(text, span.end.max(start));
    let before: String = {
        let b: Vec<char> = text[..start]
            .chars()
            .rev()
            .take_while(|&c| c != '\n')
            .take(chars)
            .collect();
        b.into_iter().rev().collect()
    };
    let after: String = text[end..]
        .chars()
        .take_while(|&c| c != '\n')
        .take(chars)
        .collect();
    (before, after)
}
