//! The sheet's own totals against its rows: a row whose money is the sum of the rows under it
//! heads them; the same projects grouped a second time are not added again; a 合计, 小计 or
//! heading's figure that differs from the rows it sums is said, naming the row.

use super::cells::Unit;
use super::rows::Project;

/// The sum of a field over rows: in a summary ledger only when every row gives it (a blank
/// there is a figure not published), else over the rows that give it.
pub(crate) fn sum_all(
    ps: &[&Project],
    get: fn(&Project) -> Option<f64>,
    summary: bool,
) -> Option<f64> {
    let vals: Vec<f64> = ps.iter().filter_map(|p| get(p)).collect();
    if vals.is_empty() || (summary && vals.len() < ps.len()) {
        None
    } else {
        Some(vals.iter().sum())
    }
}

/// Whether two sums of money are the same (to a millionth of a 万元).
fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= a.abs().max(1.0) * 1e-9 + 1e-6
}

/// Whether any of a heading's figures (its count by how many they are) is reached by the rows
/// `ps` exactly: a heading found after them is then beside it, not under it (one figure is
/// enough, so that a heading with a wrong figure is still told apart and its error said).
pub(crate) fn closes(head: &Project, ps: &[Project], summary: bool) -> bool {
    let money: [fn(&Project) -> Option<f64>; 3] = [|p| p.total, |p| p.year_plan, |p| p.completed];
    let refs: Vec<&Project> = ps.iter().collect();
    let by_money = money
        .iter()
        .any(|f| f(head).is_some_and(|h| sum_all(&refs, *f, summary).is_some_and(|s| same(h, s))));
    let by_count = head.count.is_some_and(|n| {
        let have = if summary {
            sum_all(&refs, |p| p.count, true).unwrap_or(0.0)
        } else {
            ps.len() as f64
        };
        (n - have).abs() < 0.5
    });
    by_money || by_count
}

/// Whether project `k` heads the rows after it: its money (and count) equal the sum of the
/// next two or more rows of its section, every figure it gives. The number of rows it heads.
pub(crate) fn heads(ps: &[Project], k: usize) -> Option<usize> {
    let head = ps.get(k)?;
    let fields: [fn(&Project) -> Option<f64>; 4] =
        [|p| p.total, |p| p.year_plan, |p| p.completed, |p| p.count];
    let given: Vec<_> = fields
        .iter()
        .filter(|f| f(head).is_some_and(|v| v != 0.0))
        .collect();
    if given.is_empty() {
        return None;
    }
    let mut sums = vec![0.0; given.len()];
    for (n, p) in ps[k + 1..].iter().enumerate() {
        if p.section != head.section {
            return None;
        }
        for (s, f) in sums.iter_mut().zip(&given) {
            *s += f(p).unwrap_or(0.0);
        }
        let all = sums
            .iter()
            .zip(&given)
            .all(|(s, f)| f(head).is_some_and(|h| same(h, *s)));
        if all && n >= 1 {
            return Some(n + 1);
        }
        if sums
            .iter()
            .zip(&given)
            .any(|(s, f)| f(head).is_some_and(|h| *s > h && !same(h, *s)))
        {
            return None;
        }
    }
    None
}

/// The same projects grouped twice (by stage, then by sector): when the rows of the first
/// top-level heading alone add up to the stated total's count, a later heading's rows that do
/// too group them again and are not added to the whole.
pub(crate) fn second_groupings(
    projects: &mut [Project],
    categories: &[(Project, u8, usize)],
    stated: Option<&Project>,
) {
    let Some(want) = stated.and_then(|s| s.count) else {
        return;
    };
    let starts: Vec<usize> = categories
        .iter()
        .filter(|(_, l, _)| *l == 1)
        .map(|(_, _, s)| *s)
        .collect();
    let tops: Vec<(usize, usize)> = starts
        .iter()
        .enumerate()
        .map(|(i, &s)| (s, starts.get(i + 1).copied().unwrap_or(projects.len())))
        .filter(|(s, e)| e > s && *e <= projects.len())
        .collect();
    let whole = |ps: &[Project]| -> bool {
        ps.iter().all(|p| p.count.is_some())
            && (ps.iter().filter_map(|p| p.count).sum::<f64>() - want).abs() < 0.5
    };
    if tops.len() < 2 || !whole(&projects[tops[0].0..tops[0].1]) {
        return;
    }
    for &(s, e) in &tops[1..] {
        if whole(&projects[s..e]) {
            for p in &mut projects[s..e] {
                p.counted = false;
            }
        }
    }
}

/// Where the sheet's own totals (the 合计 row, each heading's and each 小计's figures)
/// disagree with the rows they sum, in Chinese, naming the row.
pub(crate) fn disagreements(
    projects: &[Project],
    categories: &[(Project, u8, usize)],
    subtotals: &[(Project, usize)],
    stated: Option<&Project>,
    summary: bool,
    unit: Unit,
) -> Vec<String> {
    let mut out = Vec::new();
    let money = |v: f64| {
        format!(
            "{}{}",
            crate::decimal::shortest((v / unit.in_wan() * 1e4).round() / 1e4),
            unit.name()
        )
    };
    let mut check = |what: &str, row: &Project, ps: &[&Project]| {
        let count = if summary {
            sum_all(ps, |p| p.count, true)
        } else {
            Some(ps.len() as f64)
        };
        let sums: [(&str, Option<f64>, Option<f64>, bool); 4] = [
            ("项目个数", row.count, count, false),
            ("总投资", row.total, sum_all(ps, |p| p.total, summary), true),
            (
                "年度计划投资",
                row.year_plan,
                sum_all(ps, |p| p.year_plan, summary),
                true,
            ),
            (
                "完成投资",
                row.completed,
                sum_all(ps, |p| p.completed, summary),
                true,
            ),
        ];
        for (label, said, sum, is_money) in sums {
            let (Some(a), Some(b)) = (said, sum) else {
                continue;
            };
            let differs = if is_money {
                !same(a, b)
            } else {
                (a - b).abs() >= 0.5
            };
            if differs {
                let (a, b) = if is_money {
                    (money(a), money(b))
                } else {
                    (format!("{a}个"), format!("{b}个"))
                };
                out.push(format!(
                    "第{}行“{}”的{label}是 {a}，而{what}相加是 {b}",
                    row.row, row.name
                ));
            }
        }
    };
    if let Some(st) = stated {
        let counted: Vec<&Project> = projects.iter().filter(|p| p.counted).collect();
        check("各项目行", st, &counted);
    }
    for (v, level, start) in categories {
        let end = categories
            .iter()
            .filter(|(_, l, s)| s > start && l <= level)
            .map(|(_, _, s)| *s)
            .min()
            .unwrap_or(projects.len())
            .min(projects.len());
        let ps: Vec<&Project> = projects.get(*start..end).unwrap_or(&[]).iter().collect();
        if !ps.is_empty() {
            check("其下各行", v, &ps);
        }
    }
    let mut from = 0;
    for (v, before) in subtotals {
        let before = (*before).min(projects.len());
        let start = categories
            .iter()
            .map(|(_, _, s)| *s)
            .filter(|s| *s <= before && *s >= from)
            .max()
            .unwrap_or(from)
            .min(before);
        let ps: Vec<&Project> = projects[start..before].iter().collect();
        check("其上各行", v, &ps);
        from = before;
    }
    out
}
