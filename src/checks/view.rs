//! A finding as the checks panel lists it, the panel's order, and the leftovers the header
//! counts.

use jianggao_engine::order::sort_by_u64;
use jianggao_engine::text::LineIndex;
use jianggao_engine::{Finding, RuleId, Severity};
use std::collections::HashMap;

#[derive(Clone, PartialEq, Debug)]
pub struct FindingView {
    pub rule: RuleId,
    pub severity: Severity,
    pub message: String,
    pub line: usize,
    pub span: (usize, usize),
    /// The replacement that fixes it, if there is one.
    pub fix: Option<String>,
    /// The fix cannot change what the speech says: 全部修复 applies it.
    pub safe: bool,
    /// The row's key in the list: its rule, its message and how many findings of that rule
    /// and message come before it. It stays the same when an edit moves the finding or adds
    /// another before it, so the list moves its rows instead of making them all again (not
    /// the position or the index, which change for every row after a new finding).
    pub key: std::rc::Rc<str>,
}

/// A finding that must be dealt with before the speech is read: an unfilled placeholder, a cut.
pub fn is_leftover(f: &Finding) -> bool {
    f.rule.is_leftover()
}

/// How many leftovers the header counts and the export dialog names.
pub fn leftover_count(findings: &[Finding]) -> usize {
    findings.iter().filter(|f| is_leftover(f)).count()
}

/// The checks list: each finding with its line (from 1) in `text`.
/// Findings as the checks panel lists them: errors first, then warnings, then info, each in
/// text order (the engine gives text order; the sort is stable).
pub fn by_severity(mut findings: Vec<Finding>) -> Vec<Finding> {
    sort_by_u64(&mut findings, |f| f.severity as u64);
    findings
}

pub fn finding_views(text: &str, findings: &[Finding]) -> Vec<FindingView> {
    let idx = LineIndex::new(text);
    let mut seen: HashMap<(RuleId, &str), usize> = HashMap::new();
    findings
        .iter()
        .map(|f| {
            let nth = seen.entry((f.rule, &f.message)).or_default();
            *nth += 1;
            (f, format!("{}:{}:{}", f.rule.id(), f.message, *nth))
        })
        .map(|(f, key)| FindingView {
            rule: f.rule,
            severity: f.severity,
            message: f.message.to_string(),
            line: idx.line(f.span.start),
            span: (f.span.start, f.span.end),
            fix: f.fix.as_deref().map(str::to_string),
            safe: f.safe,
            key: key.into(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::{values, SPEECH};
    use jianggao_engine::check::check;
    use jianggao_engine::{Analysis, CheckOptions, Values};

    #[test]
    fn leftovers_count_the_open_placeholders() {
        let a = Analysis::new(SPEECH);
        let opts = CheckOptions::default();
        let year = values(&[("fact:year", "2026")]);
        let all = check(&a, &year, &opts);
        assert!(all.iter().any(|f| f.rule == "stale-time"), "{all:?}");
        assert_eq!(leftover_count(&all), 5);
        let vals = values(&[
            ("fact:year", "2026"),
            ("#1", "12"),
            ("name:具体项目1", "东港大桥"),
        ]);
        assert_eq!(leftover_count(&check(&a, &vals, &opts)), 2);
    }

    #[test]
    fn leftovers_are_open_slots_and_cuts_not_every_error() {
        // an open count and a paywall cut are leftovers; a □ and another place's name in an
        // own-place slot are errors the writer may still read past, not leftovers
        let text = "县长在全县重大项目推进会上的讲话\n\n同志们：\n\n今年全县共谋划重点项目x个，\
            东港大桥□西湖公园等项目进展顺利。【此处原文缺失约300字】\n\n我们要为建设美丽池州多作贡献。\n";
        let a = Analysis::new(text);
        let facts = values(&[("fact:place", "宁强县"), ("fact:level", "县")]);
        let all = check(&a, &facts, &CheckOptions::default());
        let error = |r: &str| {
            all.iter()
                .any(|f| f.rule == r && f.severity == Severity::Error)
        };
        let rules = ["placeholder", "truncation", "box", "foreign-place"];
        assert!(rules.iter().all(|r| error(r)), "{all:?}");
        assert_eq!(leftover_count(&all), 2, "{all:?}");
        // the cut filled in is no longer one
        let filled = values(&[("fact:place", "宁强县"), ("name:此处原文缺失约300字", "补")]);
        let left = leftover_count(&check(&a, &filled, &CheckOptions::default()));
        assert_eq!(left, 1);
    }

    #[test]
    fn errors_are_listed_first() {
        // a warning (the doubled 的) before an error (□) in the text
        let t = "我们的的工作要抓紧。全县□全市要抓项目。";
        let a = Analysis::new(t);
        let found = check(&a, &Values::new(), &CheckOptions::default());
        let sorted = by_severity(found.clone());
        assert_eq!(sorted.len(), found.len());
        assert!(sorted.windows(2).all(|w| w[0].severity <= w[1].severity));
        assert_eq!(sorted[0].text(t), "□", "the error comes first: {sorted:?}");
        assert_eq!(found[0].text(t), "的的", "the engine gives text order");
    }

    #[test]
    fn finding_views_count_lines_from_one() {
        let a = Analysis::new(SPEECH);
        let findings = check(&a, &Values::new(), &CheckOptions::default());
        let v = finding_views(SPEECH, &findings);
        assert_eq!(v.len(), findings.len());
        let x = SPEECH.find("x个").unwrap();
        let first = v
            .iter()
            .find(|f| f.span.0 == x)
            .expect("the count's finding");
        assert_eq!(first.rule, "placeholder");
        // title, blank, 称谓, blank, 一、, blank, then the line with x个
        assert_eq!(first.line, 7);
    }

    #[test]
    fn a_rows_key_stays_when_a_finding_comes_before_it() {
        // two open counts; then a third typed in front of them: the two keep their keys (the
        // list moves their rows), the new one gets the key of the last of the three
        let text = "今年共谋划项目xx个，完成投资xx亿元。\n";
        let views = |t: &str| {
            let a = Analysis::new(t);
            let f = by_severity(check(&a, &Values::new(), &CheckOptions::default()));
            finding_views(t, &f)
        };
        let before = views(text);
        let after = views(&format!("新开工xx个。{text}"));
        assert_eq!(after.len(), before.len() + 1, "{after:?}");
        let keys = |v: &[FindingView]| v.iter().map(|f| f.key.to_string()).collect::<Vec<_>>();
        let (before, after) = (keys(&before), keys(&after));
        for k in &before {
            assert!(after.contains(k), "{k} is gone from {after:?}");
        }
        let mut unique = after.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), after.len(), "keys are unique: {after:?}");
    }
}
