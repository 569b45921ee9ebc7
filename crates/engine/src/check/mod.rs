//! Checks: the registry that runs each rule of [`RULES`] and applies their fixes.
//!
//! A rule family a file, the way autocorrect keeps its rules: each file below holds the
//! functions of its rules and imports only the finding types ([`crate::finding`]), the
//! analysis and the detectors; this file maps each [`RuleId`] to its function. Rules read an
//! [`Analysis`] (the text with its scan and fields) and the writer's values; a finding's span
//! is a byte range in the draft text and its `text` is exactly the source text it is about.

mod damage;
mod era;
mod figures;
mod ledger;
mod leftovers;
pub use ledger::{ledger_values, LedgerValue};
mod length;
mod placeholders;
mod places;
mod recount;
mod time;
mod typography;
mod world;

use crate::analysis::Analysis;
use crate::fields::Values;
use crate::finding::{CheckOptions, Finding, RuleId, RULES};
use crate::text::Span;

/// A rule's function: findings about the analysis, pushed onto `out`.
pub type RuleFn = fn(&Analysis, &Values, &CheckOptions, &mut Vec<Finding>);

/// The two parts of the checks. The **form** rules are about the template's fields and what
/// is still to fill (placeholders, a field's value, an emptied slot, a cut) and the length:
/// what the writer's form and counts need at once, so the app runs them on the page at every
/// pause. The **review** rules read the finished text (damage from the page, punctuation, other
/// places and levels, times, figures, the source's traces, the ledger): the app runs them in
/// the tools worker, a moment later, so neither their code nor the place table is in the first
/// load. The CLI runs both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Form,
    Review,
}

/// The function of a form rule (`None`: a review rule). Two tables, not one with a tag: the
/// app's page calls only this one, so the review rules' code is left out of its build.
pub fn form_rule_fn(rule: RuleId) -> Option<RuleFn> {
    Some(match rule {
        RuleId::Placeholder => placeholders::leftover_placeholders,
        RuleId::FieldValue => placeholders::field_values,
        RuleId::EmptySlot => placeholders::empty_slot,
        RuleId::Truncation => damage::truncation,
        RuleId::Length => length::length,
        _ => return None,
    })
}

/// The function of a review rule (`None`: a form rule).
pub fn review_rule_fn(rule: RuleId) -> Option<RuleFn> {
    Some(match rule {
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
        RuleId::LedgerMismatch => ledger::ledger_mismatch,
        _ => return None,
    })
}

impl Part {
    /// The part `rule` belongs to (by id alone: asking takes no rule's code into a build).
    pub const fn of(rule: RuleId) -> Part {
        match rule {
            RuleId::Placeholder
            | RuleId::FieldValue
            | RuleId::EmptySlot
            | RuleId::Truncation
            | RuleId::Length => Part::Form,
            _ => Part::Review,
        }
    }
}

/// The function of a rule.
pub fn rule_fn(rule: RuleId) -> RuleFn {
    form_rule_fn(rule)
        .or_else(|| review_rule_fn(rule))
        .unwrap_or(|_, _, _, _| {})
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
    check_form(a, values, opts, &mut out);
    check_review(a, values, opts, &mut out);
    in_text_order(&mut out);
    out
}

/// Run the enabled form rules, pushing their findings onto `out` in rule order. Then
/// [`check_review`] (same `out`), then [`in_text_order`] is [`check`].
pub fn check_form(a: &Analysis, values: &Values, opts: &CheckOptions, out: &mut Vec<Finding>) {
    run_each(form_rule_fn, a, values, opts, out);
}

/// Run the enabled review rules, pushing their findings onto `out` in rule order.
pub fn check_review(a: &Analysis, values: &Values, opts: &CheckOptions, out: &mut Vec<Finding>) {
    run_each(review_rule_fn, a, values, opts, out);
}

#[inline(always)]
fn run_each(
    table: fn(RuleId) -> Option<RuleFn>,
    a: &Analysis,
    values: &Values,
    opts: &CheckOptions,
    out: &mut Vec<Finding>,
) {
    for m in RULES {
        if let Some(f) = table(m.rule).filter(|_| opts.is_on(m.rule)) {
            f(a, values, opts, out);
        }
    }
}

/// Whether any rule of `part` is on.
pub fn any_on(opts: &CheckOptions, part: Part) -> bool {
    RULES
        .iter()
        .any(|m| opts.is_on(m.rule) && Part::of(m.rule) == part)
}

/// Findings in text order, those of one span in rule order (each rule's own order kept), so
/// the two parts' findings put together are in the order of [`check`].
pub fn in_text_order(findings: &mut [Finding]) {
    crate::order::sort_by_u64(findings, |f| f.rule as u64);
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
