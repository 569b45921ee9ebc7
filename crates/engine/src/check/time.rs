//! Rule `stale-time`: years, plan periods (十四五) and era words that are out of date in the
//! speech's year.

use crate::analysis::Analysis;
use crate::fields::Values;
use crate::finding::{CheckOptions, Finding, RuleId};
use crate::parse::BlockKind;

/// Plan periods: (name, the last year it is current).
const PLANS: &[(&str, u32)] = &[("十二五", 2015), ("十三五", 2020), ("十四五", 2025)];

const ERA_WORDS: &[&str] = &[
    "疫情防控",
    "新冠",
    "复工复产",
    "六稳六保",
    "抗疫",
    "疫情影响",
    "受疫情",
    "常态化防控",
];

/// The month the speech is given, from a dateline `（2026年3月18日）`.
fn speech_month(a: &Analysis) -> Option<u32> {
    a.doc
        .blocks
        .iter()
        .take(4)
        .filter(|b| matches!(b.kind, BlockKind::Subtitle | BlockKind::Title))
        .find_map(|b| {
            let t = &a.text[b.content.clone()];
            let y = t.find('年')?;
            let m = t[y..].find('月')? + y;
            t[y + '年'.len_utf8()..m]
                .parse()
                .ok()
                .filter(|m| (1..=12).contains(m))
        })
}

/// Rule `stale-time`: years before the draft's year, `201x`, plan periods that are over, era
/// words, and month ranges later than the speech's date.
pub(super) fn stale_time(a: &Analysis, values: &Values, _: &CheckOptions, out: &mut Vec<Finding>) {
    let text = &a.text;
    let year = crate::fields::year_value(values);
    // 4-digit years
    if let Some(y) = year {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i + 4 <= bytes.len() {
            let is_year = bytes[i..i + 4].iter().all(u8::is_ascii_digit)
                && (i == 0 || !bytes[i - 1].is_ascii_digit())
                && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
                && text[i + 4..].starts_with(['年', '-', '—', '～']);
            if is_year {
                let v: u32 = text[i..i + 4].parse().unwrap_or(0);
                if (1990..y.saturating_sub(1)).contains(&v) {
                    out.push(Finding::new(
                        RuleId::StaleTime,
                        text,
                        i..i + 4,
                        format!(
                            "{v}年比本稿的{y}年早{}年：若是模板里的旧年份，请改为当年的数字",
                            y - v
                        ),
                    ));
                }
                i += 4;
                continue;
            }
            i += 1;
        }
    }
    // 201x-style years
    for p in &a.scan.placeholders {
        let raw = &text[p.raw.clone()];
        if raw.len() == 4 && raw.starts_with("201") {
            out.push(Finding::new(
                RuleId::StaleTime,
                text,
                p.raw.clone(),
                format!("“{raw}年”是十几年前的模板写法：请填本年度"),
            ));
        }
    }
    // plan periods
    if let Some(y) = year {
        for (plan, last) in PLANS {
            if y <= *last {
                continue;
            }
            for (i, _) in text.match_indices(plan) {
                let current = if y <= 2030 {
                    "十五五"
                } else {
                    "新的五年规划"
                };
                out.push(Finding::new(RuleId::StaleTime, text, i..i + plan.len(), format!("“{plan}”到{last}年已经结束，{y}年处在“{current}”时期：若写的是当前任务，请改")).fix_opt((y <= 2030).then(|| current.to_string())));
            }
        }
    }
    for w in ERA_WORDS {
        for (i, _) in text.match_indices(w) {
            out.push(Finding::new(
                RuleId::StaleTime,
                text,
                i..i + w.len(),
                format!("“{w}”是前几年的提法，请确认今年还适用"),
            ));
        }
    }
    // month ranges later than the speech
    if let Some(m) = speech_month(a) {
        for (i, _) in text.match_indices("1-") {
            let rest = &text[i + 2..];
            let d = rest.chars().take_while(char::is_ascii_digit).count();
            if d == 0 || !rest[d..].starts_with('月') {
                continue;
            }
            let end: u32 = rest[..d].parse().unwrap_or(0);
            if end >= m {
                let span = i..i + 2 + d + '月'.len_utf8();
                out.push(Finding::new(
                    RuleId::StaleTime,
                    text,
                    span,
                    format!("讲话在{m}月，还没有“1-{end}月”的数据：这是旧稿的月份吧？"),
                ));
            }
        }
    }
}
