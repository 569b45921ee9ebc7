//! The figures a draft writes and which ledger fact each one states: `完成投资86.2亿元` is the
//! completed investment, `占年度计划的71%` the completion rate, `续建项目60个` the continued
//! projects. The fact is read from the words of the figure's clause: the nearest fact word
//! before it, else the first after it (`45个新建项目`). Used to cross-check the draft's figures
//! against the ledger and to offer a ledger value to a field.

use super::cells::Unit;
use super::facts::{money_decimals, round, Facts};
use crate::text::{floor_char_boundary, Span};
use serde::{Deserialize, Serialize};

/// A fact of the ledger a figure can state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Quantity {
    Projects,
    New,
    Continued,
    Preparatory,
    Started,
    StartRate,
    TotalInvestment,
    YearPlan,
    Completed,
    CompletionRate,
    ScheduleGap,
}

impl Quantity {
    pub fn label(self) -> &'static str {
        match self {
            Quantity::Projects => "项目总数",
            Quantity::New => "新建项目数",
            Quantity::Continued => "续建项目数",
            Quantity::Preparatory => "前期项目数",
            Quantity::Started => "已开工项目数",
            Quantity::StartRate => "开工率",
            Quantity::TotalInvestment => "总投资",
            Quantity::YearPlan => "年度计划投资",
            Quantity::Completed => "完成投资",
            Quantity::CompletionRate => "投资完成率",
            Quantity::ScheduleGap => "与序时进度之差",
        }
    }

    /// The ledger's value, in `unit` for money.
    pub fn value(self, f: &Facts, unit: Unit) -> Option<f64> {
        let money = |v: Option<f64>| v.map(|v| v * f.unit.in_wan() / unit.in_wan());
        let n = |v: Option<usize>| v.map(|v| v as f64);
        match self {
            Quantity::Projects => (f.projects > 0).then_some(f.projects as f64),
            Quantity::New => n(f.new),
            Quantity::Continued => n(f.continued),
            Quantity::Preparatory => n(f.preparatory),
            Quantity::Started => n(f.started),
            Quantity::StartRate => f.start_rate,
            Quantity::TotalInvestment => money(f.total_investment),
            Quantity::YearPlan => money(f.year_plan),
            Quantity::Completed => money(f.completed),
            Quantity::CompletionRate => f.completion_rate,
            Quantity::ScheduleGap => f.schedule_gap,
        }
    }

    /// The value as a speech writes it: whole counts, rates to one decimal, money as speeches
    /// round it in `unit`; trailing zeros dropped.
    pub fn written(self, f: &Facts, unit: Unit) -> Option<String> {
        let v = self.value(f, unit)?;
        let d = match self {
            Quantity::TotalInvestment | Quantity::YearPlan | Quantity::Completed => {
                money_decimals(unit)
            }
            Quantity::StartRate | Quantity::CompletionRate | Quantity::ScheduleGap => 1,
            _ => 0,
        };
        let v = if self == Quantity::ScheduleGap {
            v.abs()
        } else {
            v
        };
        let s = crate::decimal::fixed(round(v, d), d as u32);
        Some(if s.contains('.') {
            s.trim_end_matches('0').trim_end_matches('.').to_string()
        } else {
            s
        })
    }
}

/// The kind of figure its unit makes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    Count,
    Money(Unit),
    Percent,
    Points,
}

impl Measure {
    /// The measure a unit written after a figure gives: `个`, `亿元`, `%`, `个百分点`.
    pub fn of_unit(after: &str) -> Option<(Measure, usize)> {
        for (u, m) in [
            ("个百分点", Measure::Points),
            ("百分点", Measure::Points),
            ("亿元", Measure::Money(Unit::Yi)),
            ("万元", Measure::Money(Unit::Wan)),
            ("亿", Measure::Money(Unit::Yi)),
            ("%", Measure::Percent),
            ("％", Measure::Percent),
            ("个", Measure::Count),
            ("项", Measure::Count),
        ] {
            if after.starts_with(u) {
                return Some((m, u.len()));
            }
        }
        None
    }
}

const COUNT_WORDS: &[(&str, Quantity)] = &[
    ("新开工", Quantity::New),
    ("新建", Quantity::New),
    ("续建", Quantity::Continued),
    ("前期", Quantity::Preparatory),
    ("预备", Quantity::Preparatory),
    ("已开工", Quantity::Started),
    ("开工", Quantity::Started),
    ("项目", Quantity::Projects),
];
const MONEY_WORDS: &[(&str, Quantity)] = &[
    ("总投资", Quantity::TotalInvestment),
    ("投资总额", Quantity::TotalInvestment),
    ("年度计划投资", Quantity::YearPlan),
    ("年计划投资", Quantity::YearPlan),
    ("年度投资计划", Quantity::YearPlan),
    ("计划投资", Quantity::YearPlan),
    ("年度计划", Quantity::YearPlan),
    ("完成投资", Quantity::Completed),
    ("完成年度计划投资", Quantity::Completed),
    ("完成年度投资", Quantity::Completed),
    ("累计完成", Quantity::Completed),
    ("完成", Quantity::Completed),
];
const PERCENT_WORDS: &[(&str, Quantity)] = &[
    ("开工率", Quantity::StartRate),
    ("完成率", Quantity::CompletionRate),
    ("年度计划的", Quantity::CompletionRate),
    ("年度计划", Quantity::CompletionRate),
    ("年度投资计划", Quantity::CompletionRate),
    ("年计划", Quantity::CompletionRate),
    ("投资计划的", Quantity::CompletionRate),
    ("年度目标的", Quantity::CompletionRate),
    ("完成计划的", Quantity::CompletionRate),
    ("完成年度", Quantity::CompletionRate),
];

/// Words that make a clause's figure something other than a ledger total: a target or a
/// threshold (`确保`, `不低于`, `平均每月要完成`), what is left to do (`还需`, `还有…没有`),
/// a part of the projects (`仍有`, `签约`, `技改`, `产业类项目`, `省重点`, `观摩`), an event's
/// own set (`今天`, `集中`, `同时`).
pub const NOT_TOTALS: &[&str] = &[
    "还需",
    "需要",
    "要完成",
    "平均",
    "每月",
    "争取",
    "力争",
    "确保",
    "不低于",
    "不少于",
    "以上",
    "以下",
    "低于",
    "超过",
    "仍有",
    "也有",
    "另有",
    "上年",
    "去年",
    "还有",
    "没有",
    "滞后",
    "签约",
    "技改",
    "省重点",
    "省级重点",
    "类项目",
    "领域",
    "竣工",
    "集中",
    "同时",
    "今天",
    "观摩",
];

/// Which fact a figure of `measure` states, from its clause's text before it and after it.
pub fn classify(before: &str, after: &str, measure: Measure) -> Option<Quantity> {
    classify_in(before, after, measure, "", false)
}

/// [`classify`] for a ledger titled `title` (a word of its title, `省重点`, `集中开工`, is what
/// all its projects are, not a part of them); `scoped`: the clause is about a group the draft
/// names (`其中住建项目15个`), whose count its 项目 is.
pub fn classify_in(
    before: &str,
    after: &str,
    measure: Measure,
    title: &str,
    scoped: bool,
) -> Option<Quantity> {
    if measure == Measure::Points {
        return (before.contains("序时") || before.contains("时间进度"))
            .then_some(Quantity::ScheduleGap);
    }
    // `观摩了甲、乙等8个项目`: the projects a sentence lists are a subset it names
    if NOT_TOTALS
        .iter()
        .filter(|w| !title.contains(*w))
        .any(|w| before.contains(w) || after.contains(w))
        || before.ends_with('等')
    {
        return None;
    }
    let words = match measure {
        Measure::Count => COUNT_WORDS,
        Measure::Money(_) => MONEY_WORDS,
        _ => PERCENT_WORDS,
    };
    // `新建项目5个`: 项目 is the head, 新建 what counts; a count is of all projects only when
    // no other word names a kind
    let (words, generic) = match words.split_last() {
        Some((&(w, q), rest)) if measure == Measure::Count => (rest, Some((w, q))),
        _ => (words, None),
    };
    // the nearest word before (the longest of those ending nearest), else the first after
    let mut best: Option<(usize, usize, Quantity)> = None;
    for &(w, q) in words {
        if let Some(i) = before.rfind(w) {
            let key = (i + w.len(), w.len());
            if best.is_none_or(|(e, l, _)| key > (e, l)) {
                best = Some((key.0, key.1, q));
            }
        }
    }
    if let Some((_, _, q)) = best {
        return Some(q);
    }
    words
        .iter()
        .filter_map(|&(w, q)| after.find(w).map(|i| (i, std::cmp::Reverse(w.len()), q)))
        .min_by_key(|&(i, l, _)| (i, l))
        .map(|(_, _, q)| q)
        .or_else(|| {
            generic
                .filter(|_| scoped || all_projects(before, after))
                .map(|(_, q)| q)
        })
}

/// Whether a clause's 项目 means all the ledger's projects: `重大项目`, `重点项目`, `安排项目`,
/// not a part of them (`其中x个项目`, `基础设施项目`).
fn all_projects(before: &str, after: &str) -> bool {
    if [before, after]
        .iter()
        .any(|c| c.contains("其中") || c.contains("不足"))
    {
        return false;
    }
    [before, after].iter().any(|clause| {
        clause.match_indices("项目").any(|(i, _)| {
            let lead: Vec<char> = clause[..i].chars().rev().take(2).collect();
            let lead: String = lead.into_iter().rev().collect();
            lead.is_empty()
                || [
                    "重大", "重点", "建设", "安排", "实施", "推进", "各类", "全部", "纳入", "共有",
                    "共",
                ]
                .iter()
                .any(|w| lead.ends_with(w))
        })
    })
}

/// Whether a gap to the time schedule is written as behind it (`低于序时进度`), ahead of it
/// (`快于`, `超出`), or neither.
pub fn schedule_side(before: &str) -> Option<bool> {
    if ["慢", "低于", "落后", "滞后"]
        .iter()
        .any(|w| before.contains(w))
    {
        Some(true)
    } else if ["快", "高于", "超出", "超过", "领先", "超"]
        .iter()
        .any(|w| before.contains(w))
    {
        Some(false)
    } else {
        None
    }
}

/// A figure in the draft that states a ledger fact.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    /// The number and its unit.
    pub span: Span,
    pub value: f64,
    /// Decimals as written.
    pub decimals: i32,
    pub measure: Measure,
    pub quantity: Quantity,
    /// `约`, `近`, `超`…: the figure is rounded loosely.
    pub approximate: bool,
    /// For a gap to the time schedule: written as behind it (慢于, 低于, 落后).
    pub behind: bool,
}

/// How far a clause is read from a figure, in bytes (about 60 chars of Chinese): on a line that
/// runs on without a break, every figure once read the whole line before it and after it.
pub const CLAUSE_REACH: usize = 180;

/// Where a clause starts: after the last break before `at`, at most [`CLAUSE_REACH`] before it.
pub fn clause_start(text: &str, at: usize) -> usize {
    let from = floor_char_boundary(text, at.saturating_sub(CLAUSE_REACH));
    text.get(from..at)
        .and_then(|s| s.rfind(['，', '。', '；', '：', '\n', ',', ';', '、', '！', '？']))
        .map_or(from, |i| {
            from + i + text[from + i..].chars().next().map_or(1, char::len_utf8)
        })
}

/// Where a clause ends: at the first break from `at`, at most [`CLAUSE_REACH`] after it.
pub fn clause_end(text: &str, at: usize) -> usize {
    let mut to = (at + CLAUSE_REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    text.get(at..to)
        .and_then(|s| s.find(['，', '。', '；', '\n', ',', ';', '、', '！', '？']))
        .map_or(to, |i| at + i)
}

/// Whether what follows a count (`个` or `项`) is projects: nothing (`续建项目60个`), or a
/// project word (`120个重大项目`, `45个新建项目`).
pub fn counts_projects(after: &str) -> bool {
    after.is_empty()
        || [
            "项目",
            "重大",
            "重点",
            "新建",
            "续建",
            "新开工",
            "前期",
            "省重点",
            "市重点",
            "，",
            "。",
        ]
        .iter()
        .any(|w| after.starts_with(w))
}

/// The ledger's value when it disagrees with `claim` beyond rounding, written as the draft
/// would write it.
pub fn disagreement(claim: &Claim, facts: &Facts) -> Option<f64> {
    let unit = match claim.measure {
        Measure::Money(u) => u,
        _ => facts.unit,
    };
    let truth = claim.quantity.value(facts, unit)?;
    let mut value = claim.value;
    if claim.quantity == Quantity::ScheduleGap && claim.behind {
        value = -value;
    }
    let step = 10f64.powi(-claim.decimals);
    let agrees = |truth: f64| {
        if claim.approximate {
            (truth - value).abs() <= (value.abs() * 0.05).max(step)
        } else {
            // (a figure rounded twice, 81.449 → 81.45 → 81.5, is right too)
            (truth - value).abs() <= step / 2.0 + 1e-9
                || round(truth, claim.decimals) == value
                || round(round(truth, claim.decimals + 1), claim.decimals) == value
        }
    };
    // the sheet's own total, where it differs from its rows, is right too
    let stated = facts
        .stated
        .as_deref()
        .and_then(|s| claim.quantity.value(s, unit));
    // a gap worked out from the two figures as a speech writes them (24.9% − 33.3% = −8.4,
    // where the unrounded gap is −8.45)
    let from_parts = match (claim.quantity, facts.month, facts.completion_rate) {
        (Quantity::ScheduleGap, Some(m), Some(r)) => {
            Some(round(r, claim.decimals) - round(f64::from(m) * 100.0 / 12.0, claim.decimals))
        }
        _ => None,
    };
    if agrees(truth) || stated.is_some_and(agrees) || from_parts.is_some_and(agrees) {
        return None;
    }
    Some(if claim.quantity == Quantity::ScheduleGap {
        round(truth, 1)
    } else {
        truth
    })
}
