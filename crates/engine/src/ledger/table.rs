//! Reading a grid of cells as a ledger: the header below the title rows, the columns by their
//! headers, the unit, the project rows without 合计 rows, blank rows and group headings.

use super::cells::{self, amount, squeeze, started, Nature, Unit};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A column the ledger's facts are computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Column {
    /// 项目名称
    Name,
    /// 建设性质
    Nature,
    /// 所属乡镇 / 责任单位
    Town,
    /// 总投资
    Total,
    /// 年度计划投资
    YearPlan,
    /// 1—N月完成投资 / 累计完成投资
    Completed,
    /// 是否开工 / 开工情况 / 开工时间
    Started,
}

impl Column {
    pub const ALL: [Column; 7] = [
        Column::Name,
        Column::Nature,
        Column::Town,
        Column::Total,
        Column::YearPlan,
        Column::Completed,
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
        }
    }

    /// Whether its cells are money.
    pub fn is_money(self) -> bool {
        matches!(self, Column::Total | Column::YearPlan | Column::Completed)
    }

    /// The column a header names, with how sure (higher is surer), or none.
    fn of_header(h: &str) -> Option<(Column, u8)> {
        let has = |w: &str| h.contains(w);
        let money = has("投资") || has("金额") || has("额");
        Some(if has("项目名称") || h == "项目" || h == "名称" {
            (Column::Name, 3)
        } else if has("性质") || has("项目类别") || has("项目类型") {
            (Column::Nature, 2)
        } else if has("乡镇") || has("责任单位") || has("牵头单位") || has("所属") || has("属地")
        {
            (
                Column::Town,
                if has("乡镇") || has("责任单位") {
                    2
                } else {
                    1
                },
            )
        } else if has("开工") && !money {
            (
                Column::Started,
                if has("是否") || has("情况") { 2 } else { 1 },
            )
        } else if money && has("完成") && !has("计划完成") {
            // this year's completion (1—N月, 年度, 本年) before the one since the project began
            let year = has("月") || has("年度") || has("本年") || has("今年");
            (Column::Completed, if year { 3 } else { 2 })
        } else if has("总投资") || has("投资总额") {
            (Column::Total, 2)
        } else if money && (has("计划") || has("年度") || has("本年")) {
            (Column::YearPlan, 2)
        } else {
            return None;
        })
    }
}

/// One project row.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// The row in the sheet, from 1.
    pub row: usize,
    pub name: String,
    pub nature: Option<Nature>,
    pub town: Option<String>,
    /// Amounts in 万元.
    pub total: Option<f64>,
    pub year_plan: Option<f64>,
    pub completed: Option<f64>,
    pub started: Option<bool>,
}

/// A ledger as read: where its header was, which column is which, the unit, the projects.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ledger {
    /// The header's row, from 1.
    pub header_row: usize,
    /// Column index (from 0) of each recognised column.
    pub columns: BTreeMap<Column, usize>,
    /// The header text of each recognised column.
    pub headers: BTreeMap<Column, String>,
    /// The unit amounts without one of their own are in (from the headers or the title).
    pub unit: Unit,
    pub projects: Vec<Project>,
    /// Rows left out: 合计 / 小计 rows, blank rows, group headings.
    pub skipped: usize,
}

/// Why a grid is not a ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LedgerError {
    Empty,
    /// No row names a project column and a figure column.
    NoHeader,
    /// A header, but no project below it.
    NoProjects,
    /// WPS's own `.et` format, which no reader here opens.
    WpsEt,
}

impl std::fmt::Display for LedgerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            LedgerError::Empty => "台账是空的：没有读到任何单元格。",
            LedgerError::NoHeader => "没有找到台账的表头：需要有“项目名称”一列，以及“总投资”“年度计划投资”“完成投资”“建设性质”或“开工情况”中的至少一列。",
            LedgerError::NoProjects => "找到了表头，但表头下面没有项目行。",
            LedgerError::WpsEt => "这是 WPS 表格的 .et 文件，无法直接读取：请在 WPS 中“另存为”Excel 工作簿（.xlsx）后再打开。",
        })
    }
}

/// Read a grid of cells (rows of text) as a ledger, recognising the columns by their headers.
pub fn read(grid: &[Vec<String>]) -> Result<Ledger, LedgerError> {
    read_with(grid, &BTreeMap::new())
}

/// [`read`] with the writer's corrections: `overrides` maps a column to the index it is at.
pub fn read_with(
    grid: &[Vec<String>],
    overrides: &BTreeMap<Column, usize>,
) -> Result<Ledger, LedgerError> {
    if grid.iter().all(|r| r.iter().all(|c| c.trim().is_empty())) {
        return Err(LedgerError::Empty);
    }
    let (header_row, mut columns, headers) = header(grid).ok_or(LedgerError::NoHeader)?;
    for (&col, &i) in overrides {
        columns.retain(|_, v| *v != i);
        columns.insert(col, i);
    }
    let headers: BTreeMap<Column, String> = columns
        .iter()
        .map(|(&c, &i)| (c, headers.get(i).cloned().unwrap_or_default()))
        .collect();
    // the table's unit: a header's own (万元) on a money column, else a title row above
    let title_unit = grid[..header_row].iter().flatten().find_map(|c| {
        Unit::named_in(&squeeze(c))
            .filter(|_| c.contains("单位") || c.contains('（') || c.contains('('))
    });
    let unit_of = |col: Column| {
        headers
            .get(&col)
            .and_then(|h| Unit::named_in(h))
            .or(title_unit)
            .unwrap_or_default()
    };
    let unit = [Column::Completed, Column::YearPlan, Column::Total]
        .into_iter()
        .filter(|c| columns.contains_key(c))
        .map(unit_of)
        .next()
        .unwrap_or(title_unit.unwrap_or_default());

    let mut projects = Vec::new();
    let mut skipped = 0;
    let mut group_nature: Option<Nature> = None;
    let body_start = header_row + 1 + continuation(grid, header_row) as usize;
    for (r, row) in grid.iter().enumerate().skip(body_start) {
        let cell = |c: Column| {
            columns
                .get(&c)
                .and_then(|&i| row.get(i))
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
        };
        let first: String = row.iter().take(3).map(|c| squeeze(c)).collect();
        if row.iter().all(|c| c.trim().is_empty())
            || ["合计", "小计", "总计", "共计"]
                .iter()
                .any(|w| first.contains(w))
        {
            skipped += 1;
            continue;
        }
        let money = [Column::Total, Column::YearPlan, Column::Completed]
            .map(|c| cell(c).and_then(|s| amount(s, unit_of(c))));
        // `一、续建项目（60个）` above its projects, in whichever cell: a group heading, which
        // may name the nature of the projects under it
        let lead = row
            .iter()
            .map(|c| c.trim())
            .find(|c| !c.is_empty())
            .unwrap_or("");
        if money.iter().all(Option::is_none) && is_group_heading(lead) {
            group_nature = Nature::named_in(lead).or(group_nature);
            skipped += 1;
            continue;
        }
        let Some(name) = cell(Column::Name) else {
            skipped += 1;
            continue;
        };
        projects.push(Project {
            row: r + 1,
            name: name.to_string(),
            nature: cell(Column::Nature)
                .and_then(Nature::named_in)
                .or(group_nature),
            town: cell(Column::Town).map(str::to_string),
            total: money[0],
            year_plan: money[1],
            completed: money[2],
            started: columns
                .contains_key(&Column::Started)
                .then(|| cell(Column::Started).is_some_and(started)),
        });
    }
    if projects.is_empty() {
        return Err(LedgerError::NoProjects);
    }
    Ok(Ledger {
        header_row: header_row + 1,
        columns,
        headers,
        unit,
        projects,
        skipped,
    })
}

/// A row naming a group of projects rather than one: `一、新建项目`, `（二）续建项目（12个）`.
fn is_group_heading(name: &str) -> bool {
    let s = squeeze(name);
    let numbered = s.starts_with(|c: char| "一二三四五六七八九十（(".contains(c))
        && (s.contains('、') || s.starts_with('（') || s.starts_with('('));
    numbered || (s.ends_with("项目") && Nature::named_in(&s).is_some() && s.chars().count() <= 8)
}

/// The header row (from 0), its columns and each cell's header text: the first of the top rows
/// naming a project column and one more, with a second header row under it merged in.
fn header(grid: &[Vec<String>]) -> Option<(usize, BTreeMap<Column, usize>, Vec<String>)> {
    for r in 0..grid.len().min(20) {
        let width = grid[r].len().max(grid.get(r + 1).map_or(0, Vec::len));
        let mut texts: Vec<String> = (0..width)
            .map(|i| grid[r].get(i).map(|c| squeeze(c)).unwrap_or_default())
            .collect();
        // a header row names a column itself (a title or `单位：万元` row above it does not)
        if !texts.iter().any(|t| Column::of_header(t).is_some()) {
            continue;
        }
        if continuation(grid, r) {
            for (i, t) in texts.iter_mut().enumerate() {
                if let Some(below) = grid[r + 1].get(i).map(|c| squeeze(c)) {
                    t.push_str(&below);
                }
            }
        }
        let mut columns: BTreeMap<Column, (usize, u8)> = BTreeMap::new();
        for (i, t) in texts.iter().enumerate() {
            if let Some((col, sure)) = Column::of_header(t) {
                if columns.get(&col).is_none_or(|&(_, s)| sure > s) {
                    columns.insert(col, (i, sure));
                }
            }
        }
        if columns.contains_key(&Column::Name) && columns.len() >= 2 {
            return Some((
                r,
                columns.into_iter().map(|(c, (i, _))| (c, i)).collect(),
                texts,
            ));
        }
    }
    None
}

/// Whether the row under a header row continues it (`投资情况` merged over `总投资 | 年度计划 |
/// 完成`): text only, and naming at least one column.
fn continuation(grid: &[Vec<String>], r: usize) -> bool {
    let Some(below) = grid.get(r + 1) else {
        return false;
    };
    let texts: Vec<String> = below.iter().map(|c| squeeze(c)).collect();
    texts
        .iter()
        .any(|t| Column::of_header(t).is_some_and(|(c, _)| c != Column::Name))
        && !texts.iter().any(|t| {
            cells::leading_number(t).is_some() && t.chars().all(|c| !crate::text::is_cjk(c))
        })
}
