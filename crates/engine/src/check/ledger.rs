//! `ledger-mismatch`: a figure the draft writes — in its text or as a field's value — that
//! disagrees with the project ledger beyond rounding. Also the ledger's values for the fields
//! whose words name a ledger fact.

use crate::analysis::Analysis;
use crate::fields::Values;
use crate::finding::{CheckOptions, Finding, RuleId};
use crate::ledger::cells::Unit;
use crate::ledger::claims::{claims_for, sentence_start, Scopes};
use crate::ledger::facts::Facts;
use crate::ledger::figures::{
    classify_in, clause_start, counts_projects, disagreement, schedule_side, Claim, Measure,
    Quantity, CLAUSE_REACH, NOT_TOTALS,
};
use crate::scan::Placeholder;
use crate::text::floor_char_boundary;

pub(super) fn ledger_mismatch(
    a: &Analysis,
    values: &Values,
    opts: &CheckOptions,
    out: &mut Vec<Finding>,
) {
    let Some(facts) = opts.ledger.as_deref() else {
        return;
    };
    // a figure about a group is compared with the group's facts
    let mut found: Vec<(Claim, f64, &Facts)> = claims_for(&a.text, Some(facts))
        .into_iter()
        .filter_map(|(c, g)| {
            let f = match g {
                Some(g) => &facts.groups.get(g)?.1,
                None => facts,
            };
            disagreement(&c, f).map(|t| (c, t, f))
        })
        .collect();
    // the fields' values stand where their placeholders are
    let scopes = Scopes::new(&a.text, facts);
    for (i, p) in a.scan.placeholders.iter().enumerate() {
        let Some(value) = a.field_of(i).and_then(|f| values.get(&f.key)) else {
            continue;
        };
        let Some((measure, quantity, group)) = slot(&a.text, p, facts, &scopes) else {
            continue;
        };
        let facts = match group {
            Some(g) => match facts.groups.get(g) {
                Some((_, f)) => f,
                None => continue,
            },
            None => facts,
        };
        let Some((v, _)) = crate::ledger::cells::leading_number(value.trim()) else {
            continue;
        };
        let claim = Claim {
            span: p.span.clone(),
            value: v,
            decimals: value.trim().split('.').nth(1).map_or(0, |d| {
                d.chars().take_while(char::is_ascii_digit).count() as i32
            }),
            measure,
            quantity,
            approximate: false,
            behind: schedule_side(&a.text[clause_start(&a.text, p.span.start)..p.span.start])
                == Some(true),
        };
        if let Some(t) = disagreement(&claim, facts) {
            found.push((claim, t, facts));
        }
    }
    for (c, truth, facts) in found {
        let unit = match c.measure {
            Measure::Money(u) => u,
            _ => facts.unit,
        };
        let written = c
            .quantity
            .written(facts, unit)
            .unwrap_or_else(|| crate::decimal::shortest(truth));
        let unit_name = match c.measure {
            Measure::Money(u) => u.name(),
            Measure::Percent => "%",
            Measure::Points => "个百分点",
            Measure::Count => "个",
        };
        let mut f = Finding::new(
            RuleId::LedgerMismatch,
            &a.text,
            c.span.clone(),
            format!(
                "与台账不符：台账的{}是 {written}{unit_name}，这里写的是 {}{unit_name}",
                c.quantity.label(),
                fmt_number(c.value)
            ),
        );
        if a.text
            .get(c.span.clone())
            .is_some_and(|s| s.starts_with(|ch: char| ch.is_ascii_digit()))
        {
            f.fix = Some(
                format!(
                    "{written}{}",
                    &a.text[c.span.clone()].trim_start_matches(|ch: char| ch.is_ascii_digit()
                        || ch == '.'
                        || ch == ',')
                )
                .into(),
            );
        }
        out.push(f);
    }
}

fn fmt_number(v: f64) -> String {
    crate::decimal::shortest(v)
}

/// The measure and the ledger fact of a placeholder's slot, from its unit and its clause, and
/// the group of the ledger its sentence names (`桃源镇完成投资xx万元`), if any.
fn slot(
    text: &str,
    p: &Placeholder,
    facts: &Facts,
    scopes: &Scopes,
) -> Option<(Measure, Quantity, Option<usize>)> {
    // a named slot whose name is a part or a target (`【观摩项目数】`)
    if p.name
        .as_deref()
        .is_some_and(|n| NOT_TOTALS.iter().any(|w| n.contains(w)))
    {
        return None;
    }
    let unit = p.unit?;
    let (measure, _) = Measure::of_unit(unit)?;
    // the unit within 3 bytes of the placeholder (only there: not searched along the line)
    let near = floor_char_boundary(text, p.span.end + 3 + unit.len());
    let unit_end = p.span.end
        + text
            .get(p.span.end..near)
            .and_then(|s| s.find(unit))
            .filter(|&i| i <= 3)
            .map_or(0, |i| i + unit.len());
    let before = &text[clause_start(text, p.span.start)..p.span.start];
    let rest = &text[unit_end..floor_char_boundary(text, unit_end + CLAUSE_REACH).max(unit_end)];
    let after = &rest[..rest
        .find(['，', '。', '；', '\n', '、', ',', ';', '！', '？'])
        .unwrap_or(rest.len())];
    if measure == Measure::Count && !counts_projects(after) {
        return None;
    }
    let group = scopes.at(
        text,
        sentence_start(text, p.span.start),
        p.span.start,
        unit_end,
        measure == Measure::Count,
    );
    classify_in(before, after, measure, &facts.title, group.is_some()).map(|q| (measure, q, group))
}

/// A value the ledger gives a field: its key, the fact, the value as the draft writes it.
#[derive(Debug, Clone, PartialEq)]
pub struct LedgerValue {
    pub key: String,
    pub label: String,
    pub quantity: Quantity,
    pub value: String,
}

/// The ledger's values for the fields whose slot names a ledger fact (the first slot decides).
pub fn ledger_values(a: &Analysis, whole: &Facts) -> Vec<LedgerValue> {
    let mut out = Vec::new();
    let scopes = Scopes::new(&a.text, whole);
    for f in &a.fields {
        let Some(&first) = f.occurrences.first() else {
            continue;
        };
        let p = &a.scan.placeholders[first];
        let Some((measure, quantity, group)) = slot(&a.text, p, whole, &scopes) else {
            continue;
        };
        let facts = match group {
            Some(g) => match whole.groups.get(g) {
                Some((_, f)) => f,
                None => continue,
            },
            None => whole,
        };
        let unit = match measure {
            Measure::Money(u) => u,
            _ => Unit::Yi,
        };
        // a gap written as behind (低于序时进度) is offered only when the ledger is behind
        if quantity == Quantity::ScheduleGap {
            let side = schedule_side(&a.text[clause_start(&a.text, p.span.start)..p.span.start]);
            let behind = facts.schedule_gap.is_some_and(|g| g < 0.0);
            if side.is_some_and(|s| s != behind) {
                continue;
            }
        }
        if let Some(value) = quantity.written(facts, unit) {
            out.push(LedgerValue {
                key: f.key.clone(),
                label: f.label.clone(),
                quantity,
                value,
            });
        }
    }
    out
}
