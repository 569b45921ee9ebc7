//! Checks: the registry that runs each rule of [`RULES`] and applies their fixes.
//!
//! A rule family a file, the way autocorrect keeps its rules: each file below holds the
//! functions of its rules and imports only the finding types ([`crate::finding`]), the
//! analysis and the detectors; this file maps each [`RuleId`] to its function. Rules read an
//! [`Analysis`] (the text with its scan and fields) and the writer's values; a finding's span
//! is a byte range in the draft text and its `text` is exactly the source text it is about.

mod damage;
mod figures;
mod ledger;
mod leftovers;
pub use ledger::{ledger_values, LedgerValue};
mod length;
mod placeholders;
mod places;
mod time;
mod typography;
mod world;

use crate::analysis::Analysis;
use crate::fields::Values;
use crate::finding::{CheckOptions, Finding, RuleId, RuleMeta, RULES};
use crate::text::Span;

/// A rule's function: findings about the analysis, pushed onto `out`.
pub type RuleFn = fn(&Analysis, &Values, &CheckOptions, &mut Vec<Finding>);

/// The function of a rule.
pub fn rule_fn(rule: RuleId) -> RuleFn {
    match rule {
        RuleId::Placeholder => placeholders::leftover_placeholders,
        RuleId::FieldValue => placeholders::field_values,
        RuleId::EmptySlot => placeholders::empty_slot,
        RuleId::Truncation => damage::truncation,
        RuleId::Box => damage::boxes,
        RuleId::Censored => damage::censored,
        RuleId::Mojibake => damage::mojibake,
        RuleId::Duplicate => damage::duplicates,
        RuleId::ForeignPlace => places::foreign_place,
        RuleId::MixedLevel => places::mixed_level,
        RuleId::StaleTime => time::stale_time,
        RuleId::SourceLeftover => leftovers::source_leftover,
        RuleId::FigureMismatch => figures::figure_mismatch,
        RuleId::Typography => typography::typography,
        RuleId::Length => length::length,
        RuleId::LedgerMismatch => ledger::ledger_mismatch,
    }
}

/// Run one rule, whether or not it is switched off.
pub fn run_rule(rule: RuleId, a: &Analysis, values: &Values, opts: &CheckOptions) -> Vec<Finding> {
    let mut out = Vec::new();
    rule_fn(rule)(a, values, opts, &mut out);
    out
}

/// Run every enabled rule; findings in text order.
pub fn check(a: &Analysis, values: &Values, opts: &CheckOptions) -> Vec<Finding> {
    let mut out = Vec::new();
    check_rules(a, values, opts, RULES, &mut out);
    in_text_order(&mut out);
    out
}

/// The rules in two parts of about the same cost on a long draft (stale-time, the costliest,
/// ends the first), for a caller that runs the checks in two tasks: [`check_rules`] on the
/// first, then on the second (same `out`), then [`in_text_order`] is [`check`].
pub fn halves() -> (&'static [RuleMeta], &'static [RuleMeta]) {
    RULES.split_at(RuleId::StaleTime as usize + 1)
}

/// Run the enabled rules among `rules`, pushing their findings onto `out` in rule order.
pub fn check_rules(
    a: &Analysis,
    values: &Values,
    opts: &CheckOptions,
    rules: &[RuleMeta],
    out: &mut Vec<Finding>,
) {
    for m in rules {
        if opts.is_on(m.rule) {
            rule_fn(m.rule)(a, values, opts, out);
        }
    }
}

/// Findings in text order (by span; stable, so those of one span stay in rule order).
pub fn in_text_order(findings: &mut [Finding]) {
    crate::order::sort_by_u64(findings, |f| crate::order::pack(f.span.start, f.span.end));
}

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
                values.insert(
                    field.key.clone(),
                    f.fix.as_deref().unwrap_or("").to_string(),
                );
            }
            None => text_fixes.push(f.clone()),
        }
    }
    let text = apply_fixes(&a.text, &text_fixes);
    let values = crate::fields::remap_values(&a.text, &text, &values);
    (text, values)
}

/// The findings whose fixes 全部修复 applies: those that cannot change what the speech says.
pub fn safe_fixes(findings: &[Finding]) -> Vec<Finding> {
    findings
        .iter()
        .filter(|f| f.fix.is_some() && f.safe)
        .cloned()
        .collect()
}

/// Apply the fixes of the given findings to the text (from the end, so spans stay valid).
pub fn apply_fixes(text: &str, findings: &[Finding]) -> String {
    let mut edits: Vec<(Span, String)> = findings
        .iter()
        .filter_map(|f| f.fix.as_deref().map(|fx| (f.span.clone(), fx.to_string())))
        .collect();
    crate::text::apply_edits(text, &mut edits)
}
