//! The facts a speech takes from a ledger, in the writer's unit and rounded as speeches round:
//! money to two decimals in 亿元 (whole 万元), rates and the gap to the time schedule to one.

use super::cells::{Nature, Unit};
use super::table::{Column, Ledger, Project};
use serde::{Deserialize, Serialize};

/// What the ledger says, for the whole ledger or one town / responsible unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Facts {
    /// The unit of the money figures.
    pub unit: Unit,
    pub projects: usize,
    /// By nature, when the ledger has a nature column or group headings.
    pub new: Option<usize>,
    pub continued: Option<usize>,
    pub preparatory: Option<usize>,
    /// Projects started, and their share of all projects in %, when the ledger says.
    pub started: Option<usize>,
    pub start_rate: Option<f64>,
    pub total_investment: Option<f64>,
    pub year_plan: Option<f64>,
    pub completed: Option<f64>,
    /// Completed of the year's plan, in %.
    pub completion_rate: Option<f64>,
    /// The month the completed figure runs to (1—N月), when known.
    pub month: Option<u32>,
    /// The completion rate minus the time schedule (N/12 of the year), in 个百分点.
    pub schedule_gap: Option<f64>,
    /// The same per town or responsible unit, in the ledger's order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<(String, Facts)>,
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
        _ => 0,
    }
}

impl Facts {
    /// The facts of `ledger` in `unit`; `month` (1—12) is the month the completed figures run to,
    /// for the gap to the time schedule (from the completed column's header when not given).
    pub fn of(ledger: &Ledger, unit: Unit, month: Option<u32>) -> Facts {
        let month = month.or_else(|| {
            ledger
                .headers
                .get(&Column::Completed)
                .and_then(|h| month_in(h))
        });
        let mut f = Self::of_projects(
            ledger,
            &ledger.projects.iter().collect::<Vec<_>>(),
            unit,
            month,
        );
        if ledger.columns.contains_key(&Column::Town) {
            let mut names: Vec<&str> = Vec::new();
            for p in &ledger.projects {
                if let Some(t) = p.town.as_deref() {
                    if !names.contains(&t) {
                        names.push(t);
                    }
                }
            }
            f.groups = names
                .into_iter()
                .map(|t| {
                    let ps: Vec<_> = ledger
                        .projects
                        .iter()
                        .filter(|p| p.town.as_deref() == Some(t))
                        .collect();
                    (t.to_string(), Self::of_projects(ledger, &ps, unit, month))
                })
                .collect();
        }
        f
    }

    fn of_projects(ledger: &Ledger, ps: &[&Project], unit: Unit, month: Option<u32>) -> Facts {
        let has = |c| ledger.columns.contains_key(&c);
        let natures = ps.iter().any(|p| p.nature.is_some());
        let count = |n: Nature| natures.then(|| ps.iter().filter(|p| p.nature == Some(n)).count());
        let sum = |get: fn(&Project) -> Option<f64>, col| {
            has(col).then(|| {
                round(
                    ps.iter().filter_map(|p| get(p)).sum::<f64>() / unit.in_wan(),
                    money_decimals(unit),
                )
            })
        };
        let projects = ps.len();
        let started =
            has(Column::Started).then(|| ps.iter().filter(|p| p.started == Some(true)).count());
        let year_plan = sum(|p| p.year_plan, Column::YearPlan);
        let completed = sum(|p| p.completed, Column::Completed);
        // rates from the unrounded sums
        let raw = |get: fn(&Project) -> Option<f64>| ps.iter().filter_map(|p| get(p)).sum::<f64>();
        let completion_rate = match (year_plan, completed) {
            (Some(_), Some(_)) if raw(|p| p.year_plan) > 0.0 => {
                Some(raw(|p| p.completed) / raw(|p| p.year_plan) * 100.0)
            }
            _ => None,
        };
        Facts {
            unit,
            projects,
            new: count(Nature::New),
            continued: count(Nature::Continued),
            preparatory: count(Nature::Preparatory),
            started,
            start_rate: started
                .filter(|_| projects > 0)
                .map(|s| round(s as f64 / projects as f64 * 100.0, 1)),
            total_investment: sum(|p| p.total, Column::Total),
            year_plan,
            completed,
            completion_rate: completion_rate.map(|r| round(r, 1)),
            month,
            schedule_gap: completion_rate
                .zip(month)
                .map(|(r, m)| round(r - m as f64 / 12.0 * 100.0, 1)),
            groups: Vec::new(),
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
