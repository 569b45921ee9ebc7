//! The rule registry (`finding.rs`): every rule's id, title, severity and switches are read from
//! one table; a finding's builders set its fix and whether 全部修复 may apply it; options switch
//! off exactly the named rules; the CLI places findings by line and char column.

use jianggao_engine::finding::{locate, Located};
use jianggao_engine::{CheckOptions, Finding, RuleId, Severity, DEFAULT_RATE, RULES};
use std::collections::BTreeSet;

#[test]
fn severities_have_their_words_and_sort_errors_first() {
    let words: Vec<&str> = [Severity::Error, Severity::Warning, Severity::Info]
        .iter()
        .map(|s| s.label())
        .collect();
    assert_eq!(words, ["错误", "警告", "提示"]);
    assert!(Severity::Error < Severity::Warning && Severity::Warning < Severity::Info);
}

#[test]
fn every_rule_is_listed_once_with_its_facts() {
    let all: Vec<RuleId> = RuleId::all().collect();
    assert_eq!(all.len(), RULES.len());
    assert_eq!(all.first(), Some(&RuleId::Placeholder));
    assert_eq!(all.last(), Some(&RuleId::LedgerMismatch));
    let ids: BTreeSet<&str> = all.iter().map(|r| r.id()).collect();
    let titles: BTreeSet<&str> = all.iter().map(|r| r.title()).collect();
    assert_eq!((ids.len(), titles.len()), (all.len(), all.len()));

    let r = RuleId::ForeignPlace;
    assert_eq!((r.id(), r.title()), ("foreign-place", "外地地名"));
    assert_eq!(r.to_string(), "foreign-place");
    assert_eq!(r.severity(), Severity::Error);
    assert_eq!(RuleId::Typography.severity(), Severity::Warning);
    assert_eq!(RuleId::Typography.meta().rule, RuleId::Typography);
    assert_eq!(RuleId::from_id("typography"), Some(RuleId::Typography));
}

#[test]
fn the_leftovers_are_the_open_slots_and_the_cuts() {
    let leftovers: Vec<RuleId> = RuleId::all().filter(|r| r.is_leftover()).collect();
    assert_eq!(leftovers, [RuleId::Placeholder, RuleId::Truncation]);
    let unmarked: Vec<RuleId> = RuleId::all().filter(|r| !r.meta().marks_text).collect();
    assert_eq!(
        unmarked,
        [
            RuleId::Placeholder,
            RuleId::FieldValue,
            RuleId::Truncation,
            RuleId::Length
        ]
    );
}

#[test]
fn a_rule_equals_its_id_and_nothing_else() {
    assert!(RuleId::Box == "box");
    assert!(RuleId::Box != "censored");
    assert!(<RuleId as PartialEq<str>>::eq(&RuleId::Box, "box"));
    assert!(!<RuleId as PartialEq<str>>::eq(&RuleId::Box, "boxes"));
}

#[test]
fn a_fix_is_safe_only_when_given_as_safe() {
    let text = "全县，全市";
    let f = Finding::new(RuleId::Typography, text, 6..9, "全角逗号");
    assert_eq!(
        (f.severity, &f.fix, f.safe),
        (Severity::Warning, &None, false)
    );
    assert_eq!(f.text(text), "，");
    // a span off the text reads as nothing
    assert_eq!(f.text("全"), "");

    let safe = f.clone().safe_fix("、");
    assert_eq!((safe.fix.as_deref(), safe.safe), (Some("、"), true));
    let unsafe_again = safe.fix("和");
    assert_eq!(
        (unsafe_again.fix.as_deref(), unsafe_again.safe),
        (Some("和"), false)
    );
    let opt = f.clone().fix_opt(Some("；"));
    assert_eq!((opt.fix.as_deref(), opt.safe), (Some("；"), false));
    assert_eq!(opt.fix_opt(None::<&str>).fix, None);
}

#[test]
fn options_switch_off_only_the_named_rules() {
    let d = CheckOptions::default();
    assert!(
        RuleId::all().all(|r| d.is_on(r)),
        "every rule is on by default"
    );
    assert_eq!(d.rate, DEFAULT_RATE);
    assert_eq!((d.target_minutes, d.ledger.is_none()), (None, true));

    let o = CheckOptions::disabling(["box", "no-such-rule", "length"]);
    let off: Vec<RuleId> = o.disabled.iter().copied().collect();
    assert_eq!(off, [RuleId::Box, RuleId::Length]);
    assert!(!o.is_on(RuleId::Box) && !o.is_on(RuleId::Length));
    assert!(o.is_on(RuleId::Typography));
}

#[test]
fn located_findings_count_lines_and_chars_from_one() {
    let text = "一、总体\n今年□全县";
    let at = text.find('□').unwrap_or(0);
    let findings = [
        Finding::new(RuleId::Box, text, at..at + '□'.len_utf8(), "方框"),
        Finding::new(RuleId::Length, text, 0..0, "篇幅").severity(Severity::Info),
    ];
    let located = locate(text, &findings);
    assert_eq!(
        located,
        [
            Located {
                rule: RuleId::Box,
                severity: Severity::Error,
                line: 2,
                column: 3,
                text: "□",
                message: "方框",
            },
            Located {
                rule: RuleId::Length,
                severity: Severity::Info,
                line: 1,
                column: 1,
                text: "",
                message: "篇幅",
            },
        ]
    );
}
