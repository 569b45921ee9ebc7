//! What the tests of the place, level and time rules share: a text checked with its own facts.

use jianggao_engine::check::check;
use jianggao_engine::{Analysis, CheckOptions, Severity, Values};

/// The writer's facts: own place, level and year.
pub fn facts(place: &str, level: &str, year: &str) -> Values {
    [
        ("fact:place", place),
        ("fact:level", level),
        ("fact:year", year),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

/// (rule, severity, text) of every finding of the place, level, time and leftover rules.
pub fn found(text: &str, place: &str, level: &str, year: &str) -> Vec<(String, Severity, String)> {
    let a = Analysis::new(text);
    check(&a, &facts(place, level, year), &CheckOptions::default())
        .into_iter()
        .filter(|f| {
            [
                "foreign-place",
                "mixed-level",
                "stale-time",
                "source-leftover",
            ]
            .iter()
            .any(|r| f.rule == *r)
        })
        .map(|f| (f.rule.to_string(), f.severity, f.text(text).to_string()))
        .collect()
}

/// The texts of one rule's findings, in order.
#[allow(dead_code)] // (not every test file that shares this module asks by rule)
pub fn texts(text: &str, rule: &str, place: &str, level: &str, year: &str) -> Vec<String> {
    found(text, place, level, year)
        .into_iter()
        .filter(|(r, _, _)| r == rule)
        .map(|(_, _, t)| t)
        .collect()
}
