//! The header block of a ledger: the first rows naming its columns, two header rows and cells
//! merged across and down them resolved into full names (`1-6月·累计完成投资`), and the column
//! each name is.

use super::cells::{self, squeeze};
use super::labels::heading_level;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A column the ledger's facts are computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    /// 项目名称
    Name,
    /// 建设性质 (新建 / 续建 / 前期)
    Nature,
    /// 所属乡镇 / 责任单位
    Town,
    /// 总投资
    Total,
    /// 年度计划投资
    YearPlan,
    /// 1—N月完成投资 / 累计完成投资
    Completed,
    /// 是否开工 / 开工情况 / 开工时间; in a summary ledger 已开工（项）
    Started,
    /// 项目个数: a summary ledger's rows are groups of projects
    Count,
    /// 占年度计划% / 投资完成率
    Rate,
    /// 项目类别 / 行业 (产业 / 基础设施 / 民生): a sector, not a nature
    Sector,
}

impl Column {
    pub const ALL: [Column; 10] = [
        Column::Name,
        Column::Nature,
        Column::Sector,
        Column::Town,
        Column::Count,
        Column::Total,
        Column::YearPlan,
        Column::Completed,
        Column::Rate,
        Column::Started,
    ];

    /// What the column is called in Chinese.
    pub fn label(self) -> &'static str {
        match self {
            Column::Name => "项目名称",
            Column::Nature => "建设性质",
            Column::Town => "所属乡镇或责任单位",
            Column::Total => "总投资",
            Column::YearPlan => "年度计划投资",
            Column::Completed => "完成投资",
            Column::Started => "开工情况",
            Column::Count => "项目个数",
            Column::Rate => "完成年度计划%",
            Column::Sector => "项目类别",
        }
    }

    /// Whether its cells are money.
    pub fn is_money(self) -> bool {
        matches!(self, Column::Total | Column::YearPlan | Column::Completed)
    }

    /// The column a header names, with how sure (higher is surer), or none. `h` is squeezed,
    /// with the cell merged over it before a `·` (`1-6月·累计完成投资`).
    pub(crate) fn of_header(h: &str) -> Option<(Column, u8)> {
        let has = |w: &str| h.contains(w);
        let unit = has("亿元") || has("万元") || has("（元）") || has("(元)");
        let rate = has("%") || has("％") || has("率") || has("占");
        // (`1-9月累计完成`: a period's completion is money)
        let money = has("投资")
            || has("金额")
            || has("额")
            || has("资金")
            || unit
            || (has("完成") && has("月") && !rate);
        // a period's plan (`1-2月计划投资`, `完成1-4月投资计划%`): not the year's
        let period_plan = ["月计划", "月投资计划", "月份计划", "季度计划", "同期计划"]
            .iter()
            .any(|w| has(w));
        // a difference or a comparison (`超同期计划`, `比时间进度`, `同比增长`)
        let difference = ["超", "比", "差", "增", "减", "序时", "时间进度"]
            .iter()
            .any(|w| has(w));
        if h.is_empty() || has("序号") || h == "编号" {
            return None;
        }
        Some(
            if (has("项目数") || has("个数") || has("项数") || has("数量") || h.starts_with("数"))
                && !money
                && !rate
            {
                (Column::Count, 3)
            } else if has("名称") || h == "项目" || has("项目内容") || has("建设内容") {
                (Column::Name, 3)
            } else if has("性质") || has("建设阶段") || has("项目阶段") {
                (Column::Nature, 2)
            } else if has("类别") || has("类型") || has("分类") || has("行业") || has("级别")
            {
                (Column::Sector, 1)
            } else if has("乡镇")
                || has("责任单位")
                || has("牵头单位")
                || has("所属")
                || has("属地")
                || has("街道")
                || h == "镇"
                || h == "地区"
                || has("县（市、区）")
                || has("县市区")
                || has("隶属")
            {
                (
                    Column::Town,
                    if has("乡镇") || has("责任单位") || h == "镇" {
                        2
                    } else {
                        1
                    },
                )
            } else if has("开工") && !has("未开工") && !money && !has("率") {
                (
                    Column::Started,
                    if has("是否") || has("情况") || has("已开工") {
                        2
                    } else {
                        1
                    },
                )
            } else if difference || period_plan || has("开工率") {
                return None;
            } else if rate && (has("计划") || has("完成")) {
                (Column::Rate, 2)
            } else if money && has("完成") && !has("计划完成") {
                // this year's completion (1—N月, 年度, 本年) before the one since the project began
                let year = has("月") || has("年度") || has("本年") || has("今年") || has("全年");
                let before = has("上年") || has("以前") || has("开工至");
                (
                    Column::Completed,
                    if before {
                        1
                    } else if year {
                        3
                    } else {
                        2
                    },
                )
            } else if has("总投资") || has("投资总额") || has("概算") {
                (Column::Total, 2)
            } else if money
                && (has("计划") || has("年度") || has("本年") || has("年内") || has("当年"))
            {
                (Column::YearPlan, 2)
            } else {
                return None;
            },
        )
    }
}

/// The header block: its first row (from 0), how many rows it spans, its columns and the full
/// name of each column.
pub(crate) struct Block {
    pub(crate) row: usize,
    pub(crate) height: usize,
    pub(crate) columns: BTreeMap<Column, usize>,
    pub(crate) names: Vec<String>,
}

/// The header block: the first of the top rows naming two columns, with the rows under it that
/// continue it (`1-6月` merged over `累计完成投资 | 占年计划投资%`) merged in.
pub(crate) fn header(grid: &[Vec<String>]) -> Option<Block> {
    for r in 0..grid.len().min(20) {
        let texts: Vec<String> = grid[r].iter().map(|c| squeeze(c)).collect();
        // a header row names columns itself (a title or `单位：万元` row above it does not)
        let named = texts
            .iter()
            .filter(|t| Column::of_header(t).is_some())
            .count();
        // (a title merged across the sheet is one cell)
        if named == 0 || texts.iter().filter(|t| !t.is_empty()).count() < 2 {
            continue;
        }
        let mut names = texts.clone();
        let mut height = 1;
        while height < 3 && continuation(grid, r + height - 1) {
            let below: Vec<String> = grid[r + height].iter().map(|c| squeeze(c)).collect();
            names = combine(&names, &below);
            height += 1;
        }
        let mut columns: BTreeMap<Column, (usize, u8)> = BTreeMap::new();
        for (i, t) in names.iter().enumerate() {
            if let Some((col, sure)) = Column::of_header(t) {
                if columns.get(&col).is_none_or(|&(_, s)| sure > s) {
                    columns.insert(col, (i, sure));
                }
            }
        }
        let data = columns.keys().any(|c| {
            c.is_money()
                || matches!(
                    c,
                    Column::Count | Column::Rate | Column::Started | Column::Nature
                )
        });
        let name = columns.contains_key(&Column::Name);
        let count = columns.contains_key(&Column::Count);
        if columns.len() >= 2 && (name || (data && (count || columns.len() >= 3))) {
            return Some(Block {
                row: r,
                height,
                columns: columns.into_iter().map(|(c, (i, _))| (c, i)).collect(),
                names,
            });
        }
    }
    None
}

/// The names of a header row with the row under it: a cell over a blank is merged down (its
/// name alone), a cell over cells of its own spans them (`1-6月·累计完成投资`), a blank over a
/// cell is under the spanning cell to its left.
fn combine(upper: &[String], lower: &[String]) -> Vec<String> {
    let width = upper.len().max(lower.len());
    let at = |v: &[String], i: usize| v.get(i).cloned().unwrap_or_default();
    (0..width)
        .map(|i| {
            let (u, l) = (at(upper, i), at(lower, i));
            match (u.is_empty(), l.is_empty()) {
                (false, false) => format!("{u}·{l}"),
                (false, true) => u,
                (true, true) => String::new(),
                (true, false) => {
                    // the nearest named cell to the left that itself has a cell under it
                    let span = (0..i)
                        .rev()
                        .find(|&j| !at(upper, j).is_empty())
                        .filter(|&j| !at(lower, j).is_empty());
                    match span {
                        Some(j) => format!("{}·{l}", at(upper, j)),
                        None => l,
                    }
                }
            }
        })
        .collect()
}

/// Whether the row under a header row continues it (`投资情况` merged over `总投资 | 年度计划 |
/// 完成`): text only, and naming at least one column, or under blanks of the row above.
fn continuation(grid: &[Vec<String>], r: usize) -> bool {
    let Some(below) = grid.get(r + 1) else {
        return false;
    };
    let texts: Vec<String> = below.iter().map(|c| squeeze(c)).collect();
    if texts.iter().all(String::is_empty)
        || texts.iter().any(|t| {
            cells::leading_number(t).is_some() && t.chars().all(|c| !crate::text::is_cjk(c))
        })
    {
        return false;
    }
    let lead = texts
        .iter()
        .find(|t| !t.is_empty())
        .cloned()
        .unwrap_or_default();
    if heading_level(&lead).is_some()
        || ["合计", "总计", "小计", "其中", "注"]
            .iter()
            .any(|w| lead.starts_with(w))
    {
        return false;
    }
    texts
        .iter()
        .any(|t| Column::of_header(t).is_some_and(|(c, _)| c != Column::Name))
}
