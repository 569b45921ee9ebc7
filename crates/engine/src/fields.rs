//! Fields: placeholders grouped into fill-in fields, the draft's global facts, validation of
//! values and filling.
//!
//! A field's key is stable text: `fact:place` for a global fact, `name:具体项目1` for a named
//! field (every `[具体项目1]` is one field), `#n` for the n-th unnamed placeholder.

pub use crate::finding::Severity;
use crate::scan::{FieldKind, Form, Placeholder, Role, Scan};
pub use crate::text::chinese_number;
use crate::text::{apply_edits, concat, is_digit, Span};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// The values a writer typed, by field key.
pub type Values = BTreeMap<String, String>;

/// The draft's global facts: filled once, used everywhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Fact {
    Place,
    Level,
    Year,
    Meeting,
    Speaker,
}

impl Fact {
    pub const ALL: [Fact; 5] = [
        Fact::Place,
        Fact::Level,
        Fact::Year,
        Fact::Meeting,
        Fact::Speaker,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Fact::Place => "fact:place",
            Fact::Level => "fact:level",
            Fact::Year => "fact:year",
            Fact::Meeting => "fact:meeting",
            Fact::Speaker => "fact:speaker",
        }
    }

    /// The writer's value for this fact, trimmed, if there is one.
    pub fn value(self, values: &Values) -> Option<&str> {
        values
            .get(self.key())
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    /// The name a template writes in brackets: `【地名】`.
    pub fn name(self) -> &'static str {
        match self {
            Fact::Place => "地名",
            Fact::Level => "层级",
            Fact::Year => "年份",
            Fact::Meeting => "会议名称",
            Fact::Speaker => "讲话人",
        }
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            Fact::Place => &["地名", "本地", "县名", "区名", "市名", "地方名称"],
            Fact::Level => &["层级", "级别", "行政级别"],
            Fact::Year => &["年份", "年度", "本年"],
            Fact::Meeting => &["会议名称", "会议"],
            Fact::Speaker => &["讲话人", "讲话领导", "领导姓名"],
        }
    }

    pub fn kind(self) -> FieldKind {
        match self {
            Fact::Place => FieldKind::Place,
            Fact::Level => FieldKind::Text,
            Fact::Year => FieldKind::Year,
            Fact::Meeting => FieldKind::Text,
            Fact::Speaker => FieldKind::Person,
        }
    }

    pub fn from_name(name: &str) -> Option<Fact> {
        Fact::ALL.into_iter().find(|f| f.aliases().contains(&name))
    }
}

/// A fill-in field: one or more placeholder occurrences that take one value.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Field {
    pub key: String,
    pub name: Option<String>,
    pub fact: Option<Fact>,
    pub kind: FieldKind,
    pub role: Option<Role>,
    pub unit: Option<&'static str>,
    pub label: String,
    pub hint: Option<String>,
    /// The raw text of the first occurrence (`xx`, `201x`).
    pub raw: String,
    /// Indices into the scan's placeholders, in document order.
    pub occurrences: Vec<usize>,
}

/// Group placeholders into fields: the five global facts first, then every field in the order
/// of its first occurrence.
pub fn fields(text: &str, scan: &Scan) -> Vec<Field> {
    let mut out: Vec<Field> = Fact::ALL
        .into_iter()
        .map(|f| Field {
            key: f.key().to_string(),
            name: Some(f.name().to_string()),
            fact: Some(f),
            kind: f.kind(),
            role: None,
            unit: None,
            label: f.name().to_string(),
            hint: None,
            raw: String::new(),
            occurrences: Vec::new(),
        })
        .collect();
    let mut by_key: HashMap<String, usize> = out
        .iter()
        .enumerate()
        .map(|(i, f)| (f.key.clone(), i))
        .collect();
    let mut unnamed = 0;
    for (idx, p) in scan.placeholders.iter().enumerate() {
        let (key, fact) = match &p.name {
            Some(name) => match Fact::from_name(name) {
                Some(f) => (f.key().to_string(), Some(f)),
                None => (concat(&["name:", name]), None),
            },
            None => {
                unnamed += 1;
                (format!("#{unnamed}"), None)
            }
        };
        // an unnamed placeholder's key is new: it is not looked up nor kept for looking up
        if let Some(&i) = p.name.as_ref().and_then(|_| by_key.get(&key)) {
            let f = &mut out[i];
            if f.occurrences.is_empty() && fact.is_none() {
                f.raw = text[p.raw.clone()].to_string();
            }
            f.occurrences.push(idx);
            if f.hint.is_none() {
                f.hint.clone_from(&p.hint);
            }
            continue;
        }
        if p.name.is_some() {
            by_key.insert(key.clone(), out.len());
        }
        out.push(Field {
            key,
            name: p.name.clone(),
            fact,
            kind: p.kind,
            role: p.role,
            unit: p.unit,
            label: p.label.clone(),
            hint: p.hint.clone(),
            raw: text[p.raw.clone()].to_string(),
            occurrences: vec![idx],
        });
    }
    out
}

/// What is wrong with a value, in Chinese, and what to type instead.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Problem {
    pub severity: Severity,
    pub message: String,
    pub suggestion: Option<String>,
}

fn problem(severity: Severity, message: impl Into<String>) -> Problem {
    Problem {
        severity,
        message: message.into(),
        suggestion: None,
    }
}

/// Full-width digits and signs → ASCII; thousands separators and spaces removed.
fn ascii_number(s: &str) -> String {
    s.chars()
        .filter(|&c| c != ',' && c != '，' && c != ' ' && c != '\u{3000}')
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            '－' | '−' => '-',
            other => other,
        })
        .collect()
}

fn parse_number(s: &str) -> Option<f64> {
    let s = ascii_number(s);
    let body = s.strip_prefix('-').unwrap_or(&s);
    let ok = !body.is_empty()
        && body.chars().all(|c| c.is_ascii_digit() || c == '.')
        && body.chars().filter(|&c| c == '.').count() <= 1
        && !body.starts_with('.')
        && !body.ends_with('.');
    if ok {
        crate::decimal::parse(&s)
    } else {
        None
    }
}

fn format_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = crate::decimal::fixed(v, 4);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Units a value may carry that mean the same as the field's unit.
fn strip_unit<'a>(value: &'a str, unit: Option<&str>) -> &'a str {
    let mut v = value.trim();
    if let Some(u) = unit {
        v = v.strip_suffix(u).unwrap_or(v).trim_end();
        // `12.5亿` for a field in 亿元, `12个` for 个百分点 is not stripped
        if u.ends_with('元') {
            v = v.strip_suffix(u.trim_end_matches('元')).unwrap_or(v);
        }
        if u == "个百分点" {
            v = v.strip_suffix("百分点").unwrap_or(v);
        }
    }
    if matches!(unit, Some("%") | Some("％")) {
        v = v.trim_end_matches(['%', '％']).trim_end();
    }
    v
}

/// The value as it goes into the text: trimmed, its unit removed (the text keeps its own),
/// full-width digits made ASCII, a year completed from its written digits (`201x` + `9`).
pub fn normalize(field: &Field, value: &str) -> String {
    let v = strip_unit(value, field.unit);
    if field.kind.is_numeric() {
        let ascii = ascii_number(v);
        if field.kind == FieldKind::Year {
            let digits: String = field.raw.chars().take_while(|&c| is_digit(c)).collect();
            if !digits.is_empty()
                && ascii.chars().all(|c| c.is_ascii_digit())
                && digits.len() + ascii.len() == 4
            {
                return format!("{digits}{ascii}");
            }
        }
        if parse_number(&ascii).is_some() {
            return ascii;
        }
    }
    if field.kind == FieldKind::MonthRange {
        return ascii_number(v).replace(['—', '~', '～', '至', '到', '–'], "-");
    }
    v.to_string()
}

/// Check a value against its field. `None`: fine.
pub fn validate(field: &Field, value: &str) -> Option<Problem> {
    let raw = value.trim();
    if raw.is_empty() {
        return None;
    }
    let v = normalize(field, raw);
    if !crate::scan::scan(&v).placeholders.is_empty() {
        return Some(problem(Severity::Error, "填写的内容里还有占位符"));
    }
    if field.fact == Some(Fact::Level) {
        return (!matches!(v.as_str(), "县" | "区" | "市" | "省" | "镇" | "乡" | "街道"))
            .then(|| problem(Severity::Error, "层级请填：县、区、市或镇、乡"));
    }
    match field.kind {
        k if k.is_numeric() => validate_number(field, &v),
        FieldKind::MonthRange => validate_range(&v),
        _ => None,
    }
}

fn validate_number(field: &Field, v: &str) -> Option<Problem> {
    let Some(n) = parse_number(v) else {
        return Some(not_a_number(field, v));
    };
    let integer = n.fract() == 0.0;
    let unit = field.unit.unwrap_or("");
    match field.kind {
        FieldKind::Count | FieldKind::Rank if !integer => Some(problem(
            Severity::Error,
            format!("{}应为整数", field.kind.label()),
        )),
        FieldKind::Count if n < 0.0 => Some(problem(Severity::Error, "数量不能是负数")),
        FieldKind::Rank if n < 1.0 => Some(problem(Severity::Error, "位次从1开始")),
        FieldKind::Money | FieldKind::Quantity if n < 0.0 => Some(problem(
            Severity::Error,
            format!("{}不能是负数", field.kind.label()),
        )),
        FieldKind::Percent | FieldKind::Points => match field.role {
            Some(Role::Share) | Some(Role::Rate) if n > 100.0 => Some(problem(
                Severity::Warning,
                format!(
                    "{}{}%超过了100%，请核对",
                    role_word(field.role),
                    format_number(n)
                ),
            )),
            Some(Role::Share) | Some(Role::Rate) if n < 0.0 => Some(problem(
                Severity::Error,
                format!("{}不能是负数", role_word(field.role)),
            )),
            _ => None,
        },
        FieldKind::Year if !(integer && (1949.0..=2100.0).contains(&n)) => {
            Some(problem(Severity::Error, "年份请填四位数字，如2026"))
        }
        FieldKind::Month if !(integer && (1.0..=12.0).contains(&n)) => {
            Some(problem(Severity::Error, "月份应在1到12之间"))
        }
        FieldKind::Day if !(integer && (1.0..=31.0).contains(&n)) => {
            Some(problem(Severity::Error, "日期应在1到31之间"))
        }
        _ if unit == "亿元" && n >= 10_000.0 => Some(problem(
            Severity::Warning,
            format!("单位是亿元，{}亿元是否太大？", format_number(n)),
        )),
        _ => None,
    }
}

fn role_word(role: Option<Role>) -> &'static str {
    match role {
        Some(Role::Share) => "占比",
        Some(Role::Rate) => "比率",
        _ => "数值",
    }
}

fn not_a_number(field: &Field, v: &str) -> Problem {
    let unit = field.unit.unwrap_or("");
    // a value in another money unit: `3000万元` for a field in 亿元
    if let Some((num, from)) = [("亿元", 1e8), ("万元", 1e4), ("元", 1.0)]
        .iter()
        .find_map(|&(u, f)| v.strip_suffix(u).and_then(parse_number).map(|n| (n, f)))
    {
        let to = match unit {
            "亿元" => 1e8,
            "万元" => 1e4,
            "元" => 1.0,
            _ => 0.0,
        };
        if to > 0.0 {
            let converted = format_number(num * from / to);
            return Problem {
                severity: Severity::Error,
                message: format!("单位不同：这里的单位是{unit}，应填{converted}"),
                suggestion: Some(converted),
            };
        }
    }
    if let Some(n) = chinese_number(v) {
        let s = format_number(n);
        return Problem {
            severity: Severity::Error,
            message: format!("请填阿拉伯数字：{s}"),
            suggestion: Some(s),
        };
    }
    problem(
        Severity::Error,
        format!(
            "{}只能填数字{}",
            field.kind.label(),
            if unit.is_empty() {
                String::new()
            } else {
                format!("（单位：{unit}）")
            }
        ),
    )
}

fn validate_range(v: &str) -> Option<Problem> {
    let parts: Vec<&str> = v.split('-').collect();
    let months: Option<Vec<f64>> = parts.iter().map(|p| parse_number(p)).collect();
    match months.as_deref() {
        Some([a, b]) if (1.0..=12.0).contains(a) && (1.0..=12.0).contains(b) && a <= b => None,
        Some([a, b]) if a > b => Some(problem(Severity::Error, "起始月份不能晚于结束月份")),
        _ => Some(problem(Severity::Error, "请按“1-10”的样子填写月份区间")),
    }
}

/// The text with every filled field's value in place of its placeholders (and their hints).
/// Unfilled placeholders stay as they are.
pub fn fill(text: &str, scan: &Scan, fields: &[Field], values: &Values) -> String {
    let mut edits = fill_edits(scan, fields, values);
    apply_edits(text, &mut edits)
}

/// The replacements [`fill`] makes, as (span, value) pairs.
pub fn fill_edits(scan: &Scan, fields: &[Field], values: &Values) -> Vec<(Span, String)> {
    let mut edits = Vec::new();
    for f in fields {
        let Some(value) = values.get(&f.key) else {
            continue;
        };
        if value.trim().is_empty() {
            continue;
        }
        let v = normalize(f, value);
        for &i in &f.occurrences {
            if let Some(p) = scan.placeholders.get(i) {
                edits.push((p.span.clone(), v.clone()));
            }
        }
    }
    edits
}

/// Whether a field has a non-empty value.
pub fn is_filled(field: &Field, values: &Values) -> bool {
    values.get(&field.key).is_some_and(|v| !v.trim().is_empty())
}

/// Placeholders written in brackets are named; the rest keep their place in document order.
pub fn is_named(p: &Placeholder) -> bool {
    p.form == Form::Bracket
}

/// After an edit from `old` to `new`, move the values of unnamed fields to their new keys:
/// placeholders before and after the changed region keep their values, wherever their
/// ordinal moved. Values of named fields and facts are kept as they are.
pub fn remap_values(old: &str, new: &str, values: &Values) -> Values {
    // only values of unnamed fields move: without any, there is nothing to scan for
    if !values.keys().any(|k| k.starts_with('#')) || crate::text::same(old, new) {
        return values.clone();
    }
    let prefix = old
        .char_indices()
        .zip(new.chars())
        .find(|((_, a), b)| a != b)
        .map_or(old.len().min(new.len()), |((i, _), _)| i);
    let max_suffix = old.len().min(new.len()) - prefix;
    let mut suffix = 0;
    for (a, b) in old[prefix..].chars().rev().zip(new[prefix..].chars().rev()) {
        if a != b || suffix + a.len_utf8() > max_suffix {
            break;
        }
        suffix += a.len_utf8();
    }
    let delta = new.len() as isize - old.len() as isize;
    let old_scan = crate::scan::scan(old);
    let new_scan = crate::scan::scan(new);
    let unnamed_starts = |s: &Scan| -> Vec<Span> {
        s.placeholders
            .iter()
            .filter(|p| !is_named(p))
            .map(|p| p.span.clone())
            .collect()
    };
    let old_spans = unnamed_starts(&old_scan);
    let new_spans = unnamed_starts(&new_scan);
    let mut out = Values::new();
    for (k, v) in values.iter().filter(|(k, _)| !k.starts_with('#')) {
        out.insert(k.clone(), v.clone());
    }
    let mut taken = vec![false; new_spans.len()];
    // a placeholder inside the changed region (a moved section, a pasted paragraph) keeps its
    // value when the same placeholder with the same words around it is found in the new text
    let signature = |text: &str, span: &Span| {
        let (b, a) = crate::scan::context(text, span, 8);
        (b, text[span.clone()].to_string(), a)
    };
    let mut unmatched: Vec<(usize, &String)> = Vec::new();
    let changed_old = &old[prefix..old.len() - suffix];
    let changed_new = &new[prefix..new.len() - suffix];
    let small_edit = changed_old.len() <= 200
        && changed_new.len() <= 200
        && !changed_old.contains('\n')
        && !changed_new.contains('\n');
    for (oi, span) in old_spans.iter().enumerate() {
        let Some(v) = values.get(&format!("#{}", oi + 1)) else {
            continue;
        };
        let target = if span.end <= prefix {
            Some(span.clone())
        } else if span.start >= old.len() - suffix {
            let s = (span.start as isize + delta) as usize;
            let e = (span.end as isize + delta) as usize;
            Some(s..e)
        } else {
            None
        };
        // the scan's spans are in text order and do not overlap: a binary search finds the
        // one placeholder that starts there
        let positional = target.and_then(|t| {
            let k = new_spans.partition_point(|s| s.start < t.start);
            (new_spans.get(k) == Some(&t)).then_some(k)
        });
        // typing keeps values by position; after a large change (a moved section) the words
        // around the placeholder must agree too, else a coincidental common tail would move a
        // value to another placeholder
        let trusted = positional
            .filter(|&ni| small_edit || signature(old, span) == signature(new, &new_spans[ni]));
        match trusted {
            Some(ni) if !taken[ni] => {
                taken[ni] = true;
                out.insert(format!("#{}", ni + 1), v.clone());
            }
            _ => unmatched.push((oi, v)),
        }
    }
    if unmatched.is_empty() {
        return out;
    }
    // the new placeholders by signature, each list in text order; each value takes the first
    // one not yet taken (a cursor per signature skips the taken ones: linear in all)
    let mut by_signature: HashMap<(String, String, String), (usize, Vec<usize>)> = HashMap::new();
    for (ni, s) in new_spans.iter().enumerate() {
        if !taken[ni] {
            by_signature
                .entry(signature(new, s))
                .or_default()
                .1
                .push(ni);
        }
    }
    for (oi, v) in unmatched {
        let Some((cursor, list)) = by_signature.get_mut(&signature(old, &old_spans[oi])) else {
            continue;
        };
        while list.get(*cursor).is_some_and(|&ni| taken[ni]) {
            *cursor += 1;
        }
        if let Some(&ni) = list.get(*cursor) {
            taken[ni] = true;
            out.insert(format!("#{}", ni + 1), v.clone());
        }
    }
    out
}

/// The speech's year from the writer's facts, when it is a plausible year.
pub fn year_value(values: &Values) -> Option<u32> {
    Fact::Year
        .value(values)
        .and_then(|y| y.parse().ok())
        .filter(|y| (1949..=2100).contains(y))
}
