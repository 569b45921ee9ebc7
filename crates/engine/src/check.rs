//! Checks: a registry of rules, each with a kebab-case id, a severity and Chinese messages.
//!
//! Rules read an [`Analysis`] (the text with its scan and fields) and the writer's values; a
//! finding's span is a byte range in the draft text and its `text` is exactly the source text
//! it is about. Later rules join [`RULES`].

use crate::fields::{is_filled, normalize, validate, Severity, Values};
use crate::scan::FieldKind;
use crate::text::{LineIndex, Span};
use crate::Analysis;
use serde::Serialize;
use std::collections::BTreeSet;

/// One thing a rule found.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub span: Span,
    pub text: String,
    pub message: String,
    /// A replacement for the span that fixes it, offered as one click.
    pub fix: Option<String>,
}

impl Finding {
    /// A finding about `span` of `text`; its `text` is the source text there.
    pub fn new(
        rule: &'static str,
        severity: Severity,
        text: &str,
        span: Span,
        message: String,
        fix: Option<String>,
    ) -> Finding {
        Finding {
            rule,
            severity,
            text: text.get(span.clone()).unwrap_or("").to_string(),
            span,
            message,
            fix,
        }
    }
}

/// A rule of the registry.
pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    /// What it checks, in Chinese, for the settings list.
    pub title: &'static str,
    pub run: fn(&Analysis, &Values, &CheckOptions, &mut Vec<Finding>),
}

/// Every rule, in the order they are listed to the writer.
pub static RULES: &[Rule] = &[
    Rule {
        id: "placeholder",
        severity: Severity::Error,
        title: "未填的占位符",
        run: leftover_placeholders,
    },
    Rule {
        id: "field-value",
        severity: Severity::Error,
        title: "填写的值不合规",
        run: field_values,
    },
    Rule {
        id: "empty-slot",
        severity: Severity::Warning,
        title: "删掉了却没填的空",
        run: crate::rules::empty_slot,
    },
    Rule {
        id: "truncation",
        severity: Severity::Error,
        title: "原文被网站截断",
        run: crate::damage::truncation,
    },
    Rule {
        id: "box",
        severity: Severity::Error,
        title: "“□”代替了丢失的标点",
        run: crate::damage::boxes,
    },
    Rule {
        id: "censored",
        severity: Severity::Warning,
        title: "被网站屏蔽成“_”的字",
        run: crate::damage::censored,
    },
    Rule {
        id: "mojibake",
        severity: Severity::Warning,
        title: "乱码",
        run: crate::damage::mojibake,
    },
    Rule {
        id: "duplicate",
        severity: Severity::Warning,
        title: "重复的段落",
        run: crate::damage::duplicates,
    },
    Rule {
        id: "foreign-place",
        severity: Severity::Error,
        title: "外地地名",
        run: crate::rules::foreign_place,
    },
    Rule {
        id: "mixed-level",
        severity: Severity::Error,
        title: "县、区、市层级混用",
        run: crate::rules::mixed_level,
    },
    Rule {
        id: "stale-time",
        severity: Severity::Warning,
        title: "过时的年份、规划和提法",
        run: crate::rules::stale_time,
    },
    Rule {
        id: "source-leftover",
        severity: Severity::Warning,
        title: "范文原稿的人名和活动",
        run: crate::rules::source_leftover,
    },
    Rule {
        id: "figure-mismatch",
        severity: Severity::Error,
        title: "数字对不上",
        run: crate::rules::figure_mismatch,
    },
    Rule {
        id: "typography",
        severity: Severity::Warning,
        title: "公文标点和格式",
        run: crate::rules::typography,
    },
    Rule {
        id: "length",
        severity: Severity::Warning,
        title: "篇幅与目标时长",
        run: crate::rules::length,
    },
];

/// The rule ids that count as leftovers: what must be filled before the speech is read.
pub const LEFTOVER_RULES: &[&str] = &["placeholder", "truncation"];

/// Apply fixes to a draft: a fix on a placeholder fills its field (the template stays as it
/// is); any other fix replaces its span of text. Returns the new text and values.
pub fn apply_fixes_to_draft(
    a: &Analysis,
    values: &Values,
    findings: &[Finding],
) -> (String, Values) {
    let mut values = values.clone();
    let mut text_fixes = Vec::new();
    for f in findings.iter().filter(|f| f.fix.is_some()) {
        let placeholder = a.scan.placeholders.iter().position(|p| p.raw == f.span);
        match placeholder.and_then(|i| a.field_of(i)) {
            Some(field) => {
                values.insert(field.key.clone(), f.fix.clone().unwrap_or_default());
            }
            None => text_fixes.push(f.clone()),
        }
    }
    let text = apply_fixes(&a.text, &text_fixes);
    let values = crate::fields::remap_values(&a.text, &text, &values);
    (text, values)
}

/// Apply the fixes of the given findings to the text (from the end, so spans stay valid).
pub fn apply_fixes(text: &str, findings: &[Finding]) -> String {
    let mut edits: Vec<(Span, String)> = findings
        .iter()
        .filter_map(|f| f.fix.clone().map(|fx| (f.span.clone(), fx)))
        .collect();
    crate::text::apply_edits(text, &mut edits)
}

/// Which rules are switched off, by id, and the writer's length settings.
#[derive(Debug, Clone, PartialEq)]
pub struct CheckOptions {
    pub disabled: BTreeSet<String>,
    /// Speaking rate, characters a minute.
    pub rate: u32,
    /// Target length in minutes, for rule `length`.
    pub target_minutes: Option<f64>,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            disabled: BTreeSet::new(),
            rate: crate::DEFAULT_RATE,
            target_minutes: None,
        }
    }
}

/// Run every enabled rule; findings in text order.
pub fn check(a: &Analysis, values: &Values, opts: &CheckOptions) -> Vec<Finding> {
    let mut out = Vec::new();
    for rule in RULES {
        if !opts.disabled.contains(rule.id) {
            (rule.run)(a, values, opts, &mut out);
        }
    }
    out.sort_by_key(|f| (f.span.start, f.span.end));
    out
}

/// Rule `placeholder`: every placeholder without a value, including ones typed by hand, and
/// values that themselves hold a placeholder.
fn leftover_placeholders(a: &Analysis, values: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
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
                .is_some_and(|n| n.starts_with(crate::clean::TRUNCATION_MARK));
            if filled || truncated {
                continue;
            }
            let raw = a.text[p.raw.clone()].to_string();
            let what = match (&p.name, p.unit) {
                (Some(name), _) => format!("未填写的字段“{name}”"),
                (None, Some(unit)) => format!("未填写的{}“{raw}{unit}”", p.kind.label()),
                (None, None) => format!("未填写的占位符“{raw}”（{}）", p.kind.label()),
            };
            out.push(Finding {
                rule: "placeholder",
                severity: Severity::Error,
                span: p.raw.clone(),
                text: raw,
                message: format!("{what}：{}", p.label),
                fix: None,
            });
        }
    }
}

/// Rule `field-value`: a filled value that does not fit its field (letters in a count, 130% as
/// a share).
fn field_values(a: &Analysis, values: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
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
        out.push(Finding {
            rule: "field-value",
            severity: problem.severity,
            span: p.raw.clone(),
            text: a.text[p.raw.clone()].to_string(),
            message: format!("“{}”填了“{shown}”：{}", f.label, problem.message),
            fix: None,
        });
    }
}

/// A finding placed by line and column, as the CLI prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Located<'a> {
    pub rule: &'a str,
    pub severity: Severity,
    pub line: usize,
    pub column: usize,
    pub text: &'a str,
    pub message: &'a str,
}

/// Findings with 1-based line and char column.
pub fn locate<'a>(text: &str, findings: &'a [Finding]) -> Vec<Located<'a>> {
    let idx = LineIndex::new(text);
    findings
        .iter()
        .map(|f| {
            let lc = idx.line_col(text, f.span.start);
            Located {
                rule: f.rule,
                severity: f.severity,
                line: lc.line,
                column: lc.column,
                text: &f.text,
                message: &f.message,
            }
        })
        .collect()
}
