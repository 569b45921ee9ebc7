//! What a check reports, and the facts about each rule: the finding types and the registry's
//! data. Rules (`check/*.rs`) import these types; the registry (`check/mod.rs`) maps each
//! [`RuleId`] to its function; nothing here imports a rule.
//!
//! A rule's id, title, severity and default switch live in [`RULES`] and nowhere else: the CLI
//! (`--disable`, `check` output) and the app (the settings list, which findings are leftovers)
//! read them from here.

use crate::text::{LineIndex, Span};
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fmt;

/// How serious a message is: an error is almost surely wrong and the writer must act, a
/// warning is likely wrong, info is worth a glance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    /// The word shown to the writer.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "错误",
            Severity::Warning => "警告",
            Severity::Info => "提示",
        }
    }
}

/// Every check rule. Serialized as its kebab-case id (`foreign-place`), which is also the
/// key of the CLI's `--disable` and of the app's saved switches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleId {
    Placeholder,
    FieldValue,
    EmptySlot,
    Truncation,
    Box,
    Censored,
    Mojibake,
    Duplicate,
    ForeignPlace,
    MixedLevel,
    StaleTime,
    SourceLeftover,
    FigureMismatch,
    Typography,
    Length,
    LedgerMismatch,
}

/// The facts about a rule.
#[derive(Debug)]
pub struct RuleMeta {
    pub rule: RuleId,
    /// The kebab-case id.
    pub id: &'static str,
    /// What it checks, in Chinese, for the settings list.
    pub title: &'static str,
    /// The severity of its findings. A rule may lower it for a finding it is less sure of
    /// ([`Finding::severity`]); it never raises it.
    pub severity: Severity,
    /// Whether the rule runs unless the writer switches it off.
    pub default_on: bool,
    /// Whether its findings are leftovers: what must be dealt with before the speech is read
    /// (counted in the app's header and asked about before an export).
    pub leftover: bool,
    /// Whether the editor underlines its findings in the text. Placeholders have marks of
    /// their own; a field's value and the whole speech's length have no place in the text.
    pub marks_text: bool,
}

const fn meta(rule: RuleId, id: &'static str, title: &'static str, severity: Severity) -> RuleMeta {
    RuleMeta {
        rule,
        id,
        title,
        severity,
        default_on: true,
        leftover: false,
        marks_text: true,
    }
}

use RuleId as R;
use Severity::{Error, Warning};

/// Every rule, in the order they are listed to the writer; `RULES[r as usize].rule == r`.
pub static RULES: &[RuleMeta] = &[
    RuleMeta {
        leftover: true,
        marks_text: false,
        ..meta(R::Placeholder, "placeholder", "未填的占位符", Error)
    },
    RuleMeta {
        marks_text: false,
        ..meta(R::FieldValue, "field-value", "填写的值不合规", Error)
    },
    meta(R::EmptySlot, "empty-slot", "删掉了却没填的空", Warning),
    RuleMeta {
        leftover: true,
        marks_text: false,
        ..meta(R::Truncation, "truncation", "原文被网站截断", Error)
    },
    meta(R::Box, "box", "“□”代替了丢失的标点", Error),
    meta(R::Censored, "censored", "被网站屏蔽成“_”的字", Warning),
    meta(R::Mojibake, "mojibake", "乱码", Warning),
    meta(R::Duplicate, "duplicate", "重复的段落", Warning),
    meta(R::ForeignPlace, "foreign-place", "外地地名", Error),
    meta(R::MixedLevel, "mixed-level", "县、区、市层级混用", Error),
    meta(
        R::StaleTime,
        "stale-time",
        "过时的年份、规划和提法",
        Warning,
    ),
    meta(
        R::SourceLeftover,
        "source-leftover",
        "范文原稿的人名和活动",
        Warning,
    ),
    meta(R::FigureMismatch, "figure-mismatch", "数字对不上", Error),
    meta(R::Typography, "typography", "公文标点和格式", Warning),
    RuleMeta {
        marks_text: false,
        ..meta(R::Length, "length", "篇幅与目标时长", Warning)
    },
    meta(
        R::LedgerMismatch,
        "ledger-mismatch",
        "与项目台账不符",
        Error,
    ),
];

impl RuleId {
    /// Every rule, in the registry's order.
    pub fn all() -> impl Iterator<Item = RuleId> {
        RULES.iter().map(|m| m.rule)
    }

    pub fn meta(self) -> &'static RuleMeta {
        &RULES[self as usize]
    }

    /// The kebab-case id.
    pub fn id(self) -> &'static str {
        self.meta().id
    }

    pub fn title(self) -> &'static str {
        self.meta().title
    }

    pub fn severity(self) -> Severity {
        self.meta().severity
    }

    pub fn is_leftover(self) -> bool {
        self.meta().leftover
    }

    /// The rule with this kebab-case id.
    pub fn from_id(id: &str) -> Option<RuleId> {
        RULES.iter().find(|m| m.id == id).map(|m| m.rule)
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// `finding.rule == "placeholder"` reads as it means.
impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.id() == *other
    }
}

impl PartialEq<str> for RuleId {
    fn eq(&self, other: &str) -> bool {
        self.id() == other
    }
}

/// One thing a rule found.
///
/// It owns no copy of the text it is about ([`Finding::text`] reads it from the draft at its
/// span), and a message or fix that is the same for every finding of its kind is a borrowed
/// `&'static str`: a pasted page may give thousands of findings, built on every change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    pub rule: RuleId,
    pub severity: Severity,
    pub span: Span,
    pub message: Cow<'static, str>,
    /// A replacement for the span that fixes it, offered as one click.
    pub fix: Option<Cow<'static, str>>,
    /// The fix cannot change what the speech says (punctuation, width, spacing): 全部修复
    /// applies it. Other fixes (a deleted character, a guessed word, a computed figure, a
    /// place or level word) wait for the writer's click on each.
    pub safe: bool,
}

impl Finding {
    /// A finding of `rule` about `span` of `text`, at the rule's severity.
    pub fn new(
        rule: RuleId,
        text: &str,
        span: Span,
        message: impl Into<Cow<'static, str>>,
    ) -> Finding {
        debug_assert!(text.get(span.clone()).is_some(), "{rule}: {span:?}");
        Finding::of(rule, span, message.into())
    }

    /// [`Finding::new`] without the generic message (one copy of the code in the wasm).
    #[inline(never)]
    fn of(rule: RuleId, span: Span, message: Cow<'static, str>) -> Finding {
        Finding {
            rule,
            severity: rule.severity(),
            span,
            message,
            fix: None,
            safe: false,
        }
    }

    /// Exactly the source text at its span, in the text it was found in.
    pub fn text<'a>(&self, source: &'a str) -> &'a str {
        source.get(self.span.clone()).unwrap_or("")
    }

    /// A finding the rule is less sure of: the severity is lowered, never raised above the
    /// rule's own.
    pub fn severity(mut self, s: Severity) -> Finding {
        self.severity = s.max(self.rule.severity());
        self
    }

    /// The replacement that fixes it, applied when the writer clicks it.
    pub fn fix(mut self, fix: impl Into<Cow<'static, str>>) -> Finding {
        self.fix = Some(fix.into());
        self.safe = false;
        self
    }

    /// A replacement that cannot change what the speech says: 全部修复 applies it too.
    pub fn safe_fix(mut self, fix: impl Into<Cow<'static, str>>) -> Finding {
        self.fix = Some(fix.into());
        self.safe = true;
        self
    }

    /// The replacement that fixes it, if there is one.
    pub fn fix_opt<F: Into<Cow<'static, str>>>(mut self, fix: Option<F>) -> Finding {
        self.fix = fix.map(Into::into);
        self
    }
}

/// Which rules are switched off, and the writer's length settings (sent to the tools worker
/// with the draft, for the world rules: [`crate::check::Part`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckOptions {
    pub disabled: BTreeSet<RuleId>,
    /// Speaking rate, characters a minute.
    pub rate: u32,
    /// Target length in minutes, for rule `length`.
    pub target_minutes: Option<f64>,
    /// The facts of the project ledger, for rule `ledger-mismatch`.
    pub ledger: Option<std::sync::Arc<crate::ledger::facts::Facts>>,
}

impl Default for CheckOptions {
    fn default() -> Self {
        CheckOptions {
            disabled: RULES
                .iter()
                .filter(|m| !m.default_on)
                .map(|m| m.rule)
                .collect(),
            rate: crate::timing::DEFAULT_RATE,
            target_minutes: None,
            ledger: None,
        }
    }
}

impl CheckOptions {
    /// Options with the rules of these ids switched off; unknown ids are ignored.
    pub fn disabling<'a>(ids: impl IntoIterator<Item = &'a str>) -> CheckOptions {
        let mut o = CheckOptions::default();
        o.disabled
            .extend(ids.into_iter().filter_map(RuleId::from_id));
        o
    }

    pub fn is_on(&self, rule: RuleId) -> bool {
        !self.disabled.contains(&rule)
    }
}

/// A finding placed by line and column, as the CLI prints it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Located<'a> {
    pub rule: RuleId,
    pub severity: Severity,
    pub line: usize,
    pub column: usize,
    pub text: &'a str,
    pub message: &'a str,
}

/// Findings with 1-based line and char column.
pub fn locate<'a>(text: &'a str, findings: &'a [Finding]) -> Vec<Located<'a>> {
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
                text: f.text(text),
                message: &f.message,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_indexed_by_the_enum_and_ids_are_unique() {
        for (i, m) in RULES.iter().enumerate() {
            assert_eq!(m.rule as usize, i, "{} out of place", m.id);
            assert_eq!(RuleId::from_id(m.id), Some(m.rule));
            // the serialized form is the id
            assert_eq!(
                serde_json::to_string(&m.rule).unwrap(),
                format!("\"{}\"", m.id)
            );
        }
        assert_eq!(RuleId::from_id("no-such-rule"), None);
    }

    #[test]
    fn a_finding_cannot_be_louder_than_its_rule() {
        let f = Finding::new(RuleId::Typography, "abc", 0..1, "m").severity(Severity::Error);
        assert_eq!(f.severity, Severity::Warning);
        let f = Finding::new(RuleId::FigureMismatch, "abc", 0..1, "m").severity(Severity::Info);
        assert_eq!(f.severity, Severity::Info);
        assert_eq!(f.text("abc"), "a");
    }
}
