//! The facts a speech takes from a ledger, in the writer's unit, unrounded: a draft's figure is
//! compared in the precision it is written in, and a field is filled as speeches round (money
//! to two decimals in 亿元, whole 万元; rates and the gap to the time schedule to one).

use super::cells::{Nature, Unit};
use super::header::Column;
use super::labels::clean_label;
use super::rows::Project;
use super::table::Ledger;
use serde::{Deserialize, Serialize};

/// What the ledger says, for the whole ledger or one town / responsible unit / group row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Facts {
    /// The unit of the money figures.
    pub unit: Unit,
    /// How many projects; 0 when the sheet does not say (a town's row without a count).
    pub projects: usize,
    /// By nature, when the ledger has a nature column or group headings.
    pub new: Option<usize>,
    pub continued: Option<usize>,
    pub preparatory: Option<usize>,
    /// Projects started, and their share in % of the projects the sheet says it of.
    pub started: Option<usize>,
    pub start_rate: Option<f64>,
    /// Money, unrounded (a draft's figure is compared in the precision it is written in).
    pub total_investment: Option<f64>,
    pub year_plan: Option<f64>,
    pub completed: Option<f64>,
    /// Completed of the year's plan, in %.
    pub completion_rate: Option<f64>,
    /// The month the completed figure runs to (1—N月), when known.
    pub month: Option<u32>,
    /// The completion rate minus the time schedule (N/12 of the year), in 个百分点.
    pub schedule_gap: Option<f64>,
    /// The same per town, responsible unit or group row, in the ledger's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<(String, Facts)>,
    /// The sheet's own totals (its 合计 row) where they differ from the rows added up: a
    /// draft quoting either is right.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stated: Option<Box<Facts>>,
    /// The ledger's title: what it says of all its projects (`省重点`) is no part of them.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
}

/// Round to `d` decimals.
pub fn round(x: f64, d: i32) -> f64 {
    let k = 10f64.powi(d);
    (x * k).round() / k
}

/// The decimals a speech gives an amount in `unit`.
pub fn money_decimals(unit: Unit) -> i32 {
    match unit {
        Unit::Yi => 2,
        // 万元 to one decimal (`58155.7万元`; a whole amount is written whole)
        _ => 1,
    }
}

impl Facts {
    /// The facts of `ledger` in `unit`; `month` (1—12) is the month the completed figures run to,
    /// for the gap to the time schedule (from the completed column's header, the rate's or the
    /// title when not given).
    pub fn of(ledger: &Ledger, unit: Unit, month: Option<u32>) -> Facts {
        let month = month.or_else(|| {
            [Column::Completed, Column::Rate]
                .iter()
                .find_map(|c| ledger.headers.get(c).and_then(|h| month_in(h)))
                .or_else(|| month_in(&ledger.title))
        });
        let counted: Vec<&Project> = ledger.projects.iter().filter(|p| p.counted).collect();
        let mut f = Self::of_projects(ledger, &counted, unit, month, ledger.stated.as_ref());
        f.title = ledger.title.clone();
        if let Some(st) = &ledger.stated {
            let s = Self::of_projects(ledger, &[st], unit, month, None);
            let differs = |a: Option<f64>, b: Option<f64>| {
                a.zip(b).is_some_and(|(a, b)| (a - b).abs() > 1e-6)
            };
            if differs(s.total_investment, f.total_investment)
                || differs(s.year_plan, f.year_plan)
                || differs(s.completed, f.completed)
                || differs(s.completion_rate, f.completion_rate)
                || (s.projects != 0 && s.projects != f.projects)
            {
                f.stated = Some(Box::new(s));
            }
        }
        let mut groups: Vec<(String, Facts)> = Vec::new();
        let push = |name: String, g: Facts, groups: &mut Vec<(String, Facts)>| {
            if !name.is_empty() {
                groups.push((name, g));
            }
        };
        // a summary ledger's rows are groups themselves; a name met twice (市级 under two
        // headings) is told apart by its heading
        if ledger.summary {
            for p in &ledger.projects {
                let mut name = clean_label(&p.name);
                if groups.iter().any(|(n, _)| *n == name) {
                    if let Some(s) = &p.section {
                        name = format!("{s}·{name}");
                    }
                }
                let g = Self::of_projects(ledger, &[p], unit, month, None);
                push(name, g, &mut groups);
            }
        }
        for c in &ledger.categories {
            let ps: Vec<&Project> = ledger
                .projects
                .iter()
                .filter(|p| p.section.as_deref() == Some(c.name.as_str()))
                .collect();
            let g = if ps.is_empty() {
                Self::of_projects(ledger, &[c], unit, month, None)
            } else {
                Self::of_projects(ledger, &ps, unit, month, Some(c))
            };
            if !groups.iter().any(|(n, _)| *n == c.name) {
                push(c.name.clone(), g, &mut groups);
            }
        }
        for p in &ledger.parts {
            let g = Self::of_projects(ledger, &[p], unit, month, None);
            push(p.name.clone(), g, &mut groups);
        }
        for (i, _) in &ledger.group_columns {
            let mut names: Vec<&str> = Vec::new();
            for p in &counted {
                for (j, v) in &p.tags {
                    if j == i && !names.contains(&v.as_str()) {
                        names.push(v);
                    }
                }
            }
            for name in names {
                if groups.iter().any(|(n, _)| n == name) {
                    continue;
                }
                let ps: Vec<&Project> = counted
                    .iter()
                    .copied()
                    .filter(|p| p.tags.iter().any(|(j, v)| j == i && v == name))
                    .collect();
                let g = Self::of_projects(ledger, &ps, unit, month, None);
                push(name.to_string(), g, &mut groups);
            }
        }
        // by nature: 新建项目 / 续建项目 / 前期项目 (`7个新建项目中已开工5个`)
        for (n, name) in [
            (Nature::New, "新建项目"),
            (Nature::Continued, "续建项目"),
            (Nature::Preparatory, "前期项目"),
        ] {
            let ps: Vec<&Project> = counted
                .iter()
                .copied()
                .filter(|p| p.nature == Some(n))
                .collect();
            if !ps.is_empty() && !groups.iter().any(|(g, _)| g == name) {
                let g = Self::of_projects(ledger, &ps, unit, month, None);
                push(name.to_string(), g, &mut groups);
            }
        }
        f.groups = groups;
        f
    }

    /// The facts of some rows; `stated` gives what the rows do not (a figure only the 合计
    /// row publishes).
    fn of_projects(
        ledger: &Ledger,
        ps: &[&Project],
        unit: Unit,
        month: Option<u32>,
        stated: Option<&Project>,
    ) -> Facts {
        let has = |c| ledger.columns.contains_key(&c);
        let summary = ledger.summary;
        let one = |p: &Project| p.count.or((!summary).then_some(1.0));
        let counts: Option<f64> = ps.iter().map(|p| one(p)).sum();
        let projects = counts
            .or_else(|| stated.and_then(|s| s.count))
            .unwrap_or(0.0)
            .round() as usize;
        // a count by nature; none where it would be 0 only for want of knowing (rows without
        // a nature: 建设项目 beside 前期项目)
        let natures = ps.iter().any(|p| p.nature.is_some());
        let unknown = ps.iter().any(|p| p.nature.is_none());
        let count = |n: Nature| {
            let known = !unknown || ps.iter().any(|p| p.nature == Some(n));
            (natures && known).then(|| {
                ps.iter()
                    .filter(|p| p.nature == Some(n))
                    .map(|p| one(p).unwrap_or(0.0))
                    .sum::<f64>()
                    .round() as usize
            })
        };
        let raw = |get: fn(&Project) -> Option<f64>, col: Column| -> Option<f64> {
            if !has(col) {
                return None;
            }
            let given = ps.iter().filter(|p| get(p).is_some()).count();
            if given == 0 || (summary && given < ps.len()) {
                stated
                    .and_then(get)
                    .or_else(|| (!summary).then_some(0.0))
                    .or_else(|| {
                        (given > 0 && stated.is_none() && ps.len() == 1)
                            .then(|| ps.iter().filter_map(|p| get(p)).sum())
                    })
            } else {
                Some(ps.iter().filter_map(|p| get(p)).sum())
            }
        };
        let in_unit = |v: Option<f64>| v.map(|v| round(v / unit.in_wan(), 6));
        let total = raw(|p| p.total, Column::Total);
        let plan = raw(|p| p.year_plan, Column::YearPlan);
        let done = raw(|p| p.completed, Column::Completed);
        // started: flags of project rows, or a summary's counts with the projects they are of
        let (started, base) = if summary {
            let with: Vec<&&Project> = ps.iter().filter(|p| p.started_count.is_some()).collect();
            if with.is_empty() {
                match stated {
                    Some(s) => (s.started_count, s.count),
                    None => (None, None),
                }
            } else {
                (
                    Some(with.iter().filter_map(|p| p.started_count).sum()),
                    with.iter().map(|p| p.count).sum::<Option<f64>>(),
                )
            }
        } else if has(Column::Started) {
            (
                Some(ps.iter().filter(|p| p.started == Some(true)).count() as f64),
                Some(ps.len() as f64),
            )
        } else {
            (None, None)
        };
        let completion_rate = match (plan, done) {
            (Some(p), Some(d)) if p > 0.0 => Some(d / p * 100.0),
            _ => match ps {
                [p] if p.rate.is_some() => p.rate,
                _ => stated.and_then(|s| s.rate),
            },
        };
        Facts {
            unit,
            projects,
            new: count(Nature::New),
            continued: count(Nature::Continued),
            preparatory: count(Nature::Preparatory),
            started: started.map(|s| s.round() as usize),
            start_rate: started
                .zip(base)
                .filter(|(_, b)| *b > 0.0)
                .map(|(s, b)| round(s / b * 100.0, 4)),
            total_investment: in_unit(total),
            year_plan: in_unit(plan),
            completed: in_unit(done),
            completion_rate: completion_rate.map(|r| round(r, 4)),
            month,
            schedule_gap: completion_rate
                .zip(month)
                .map(|(r, m)| round(r - m as f64 / 12.0 * 100.0, 4)),
            groups: Vec::new(),
            stated: None,
            title: String::new(),
        }
    }
}

/// The month a header's period ends: `1—10月完成投资` → 10, `1-9月` → 9, `截至8月底` → 8.
pub fn month_in(header: &str) -> Option<u32> {
    let i = header.find('月')?;
    let digits: String = header[..i]
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    digits.parse().ok().filter(|m| (1..=12).contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_from_headers() {
        assert_eq!(month_in("1—10月完成投资（万元）"), Some(10));
        assert_eq!(month_in("1-9月完成"), Some(9));
        assert_eq!(month_in("完成投资"), None);
        assert_eq!(month_in("13月"), None);
    }
}
