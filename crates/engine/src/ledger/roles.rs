//! The columns of a ledger by their headers and their contents (a 项目类别 column of 新建 /
//! 续建 / 前期 is the nature, of 产业 / 基础设施 / 民生 a sector), its unit (a header's, the title
//! block's or a note's), the column that labels its rows, the columns that group them, and one
//! row's values read through them.

use super::cells::{amount, squeeze, started, Nature, Unit};
use super::header::{Block, Column};
use super::labels::{count_in_label, number};
use super::rows::Project;
use std::collections::BTreeMap;

/// How a ledger's columns are read.
pub(crate) struct Layout {
    pub columns: BTreeMap<Column, usize>,
    pub headers: BTreeMap<Column, String>,
    /// Every column's full name.
    pub names: Vec<String>,
    /// The unit the title block or a note names.
    title_unit: Option<Unit>,
    pub unit: Unit,
    pub title: String,
    /// The column that names each row.
    label_col: Option<usize>,
    /// The columns of figures, and the first of them.
    data_cols: Vec<usize>,
    first_data: usize,
    /// The rows are groups of projects (a count column, or towns or sectors as rows).
    pub summary: bool,
    /// Columns whose values group the rows, with their names.
    pub group_columns: Vec<(usize, String)>,
    /// The 序号 column.
    pub serial_col: Option<usize>,
}

impl Layout {
    /// The layout of the body under `block` (`header_row` from 0), with the writer's
    /// corrections.
    pub fn of(
        grid: &[Vec<String>],
        block: Block,
        body: &[Vec<String>],
        overrides: &BTreeMap<Column, usize>,
    ) -> Layout {
        let names = block.names;
        let mut columns = block.columns;
        // the contents decide between a nature and a sector: 新建 / 续建 / 前期 are natures
        for col in [Column::Nature, Column::Sector] {
            if let Some(&i) = columns.get(&col) {
                let vals: Vec<&str> = body
                    .iter()
                    .filter_map(|r| r.get(i).map(|s| s.trim()))
                    .filter(|s| !s.is_empty() && number(s).is_none())
                    .collect();
                let natures = vals
                    .iter()
                    .filter(|v| Nature::named_in(v).is_some())
                    .count();
                let want = if !vals.is_empty() && natures * 5 >= vals.len() * 3 {
                    Column::Nature
                } else {
                    Column::Sector
                };
                if want != col {
                    columns.remove(&col);
                    columns.entry(want).or_insert(i);
                }
            }
        }
        for (&col, &i) in overrides {
            columns.retain(|_, v| *v != i);
            columns.insert(col, i);
        }
        let headers: BTreeMap<Column, String> = columns
            .iter()
            .map(|(&c, &i)| (c, names.get(i).cloned().unwrap_or_default()))
            .collect();
        let top = grid.get(..block.row).unwrap_or(&[]);
        let title: String = top
            .iter()
            .flatten()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        // the table's unit: a header's own (万元) on a money column, else the title block, else
        // a note under the table (`注：金额单位为万元`)
        // (after `单位` when it says so: `亿元以上项目台账（单位：万元）` is in 万元)
        let unit_text = |c: &str| {
            let c = squeeze(c);
            match c.find("单位") {
                Some(k) => Unit::named_in(&c[k..]),
                None if c.contains('（') || c.contains('(') => Unit::named_in(&c),
                None => None,
            }
        };
        let title_unit = top.iter().flatten().find_map(|c| unit_text(c)).or_else(|| {
            body.iter()
                .flatten()
                .filter(|c| c.contains("单位"))
                .find_map(|c| unit_text(c))
        });
        let data_cols: Vec<usize> = columns
            .iter()
            .filter(|(c, _)| {
                c.is_money() || matches!(c, Column::Count | Column::Rate | Column::Started)
            })
            .map(|(_, &i)| i)
            .collect();
        let first_data = data_cols.iter().copied().min().unwrap_or(0);
        // the label column: the name, else the town, else the sector or nature, else the first
        // column of text
        let label_col = [Column::Name, Column::Town, Column::Sector, Column::Nature]
            .iter()
            .find_map(|c| columns.get(c).copied())
            .or_else(|| {
                (0..first_data).find(|&i| {
                    body.iter().any(|r| {
                        r.get(i)
                            .is_some_and(|s| !s.trim().is_empty() && number(s).is_none())
                    })
                })
            });
        let summary = columns.contains_key(&Column::Count)
            || label_col.is_some_and(|i| columns.get(&Column::Name) != Some(&i));
        let group_columns = group_columns(&columns, &names, body, label_col, first_data);
        let serial_col = names.iter().position(|n| n.contains("序号") || n == "编号");
        let mut layout = Layout {
            columns,
            headers,
            names,
            title_unit,
            unit: Unit::default(),
            title,
            label_col,
            data_cols,
            first_data,
            summary,
            group_columns,
            serial_col,
        };
        layout.unit = [Column::Completed, Column::YearPlan, Column::Total]
            .into_iter()
            .filter(|c| layout.columns.contains_key(c))
            .map(|c| layout.unit_of(c))
            .next()
            .unwrap_or(title_unit.unwrap_or_default());
        layout
    }

    /// The unit of a money column: its header's, else the table's.
    pub fn unit_of(&self, col: Column) -> Unit {
        self.headers
            .get(&col)
            .and_then(|h| Unit::named_in(h))
            .or(self.title_unit)
            .unwrap_or_default()
    }

    /// A row's label for classing it: its first text cell before the figures (a 序号 passed
    /// over).
    pub fn lead(&self, row: &[String]) -> String {
        let end = if self.label_col.is_some_and(|l| l >= self.first_data) {
            row.len()
        } else {
            self.first_data.max(self.label_col.map_or(0, |l| l + 1))
        };
        row.iter()
            .take(end.max(1))
            .map(|c| squeeze(c))
            .find(|c| !c.is_empty() && number(c).is_none())
            .unwrap_or_default()
    }

    /// Whether a row has a figure in a column of figures.
    pub fn has_data(&self, row: &[String]) -> bool {
        self.data_cols.iter().any(|&i| {
            row.get(i)
                .is_some_and(|s| number(s).is_some() || amount(s, self.unit).is_some())
        })
    }

    /// The cells of a row's figure columns that hold no figure (`待定`, `1,2O0`), each said
    /// with its row and column: they are not added. A dash or a slash is an empty cell.
    pub fn unread(&self, row: &[String], r: usize) -> Vec<String> {
        let mut out = Vec::new();
        for (&col, &i) in &self.columns {
            if !(col.is_money() || matches!(col, Column::Count | Column::Rate)) {
                continue;
            }
            let Some(cell) = row.get(i).map(|s| squeeze(s)) else {
                continue;
            };
            let dash = cell.chars().all(|c| "-－—–/／\\、0０".contains(c));
            if cell.is_empty() || dash || amount(&cell, self.unit).is_some() {
                continue;
            }
            out.push(format!(
                "第{}行“{}”列的“{cell}”不是数字，未计入",
                r + 1,
                self.names.get(i).map_or(col.label(), |n| n.as_str())
            ));
        }
        out
    }

    /// A row's values (`r` from 0). `label_count`: a count in the label is the row's
    /// (`一、产业项目（9个）`), not a project's own words (`老旧小区改造（12个小区）`).
    pub fn values(&self, row: &[String], r: usize, lead: &str, label_count: bool) -> Project {
        let cell = |c: Column| {
            self.columns
                .get(&c)
                .and_then(|&i| row.get(i))
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
        };
        let money = |c: Column| cell(c).and_then(|s| amount(s, self.unit_of(c)));
        let name = self
            .label_col
            .and_then(|i| row.get(i))
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .unwrap_or_else(|| lead.to_string());
        let count = cell(Column::Count).and_then(number).or_else(|| {
            label_count
                .then(|| count_in_label(&squeeze(&name)).or_else(|| count_in_label(lead)))
                .flatten()
        });
        let summary = self.summary;
        Project {
            row: r + 1,
            name,
            nature: cell(Column::Nature).and_then(Nature::named_in),
            town: cell(Column::Town).map(str::to_string),
            total: money(Column::Total),
            year_plan: money(Column::YearPlan),
            completed: money(Column::Completed),
            started: (!summary && self.columns.contains_key(&Column::Started))
                .then(|| cell(Column::Started).is_some_and(started)),
            count,
            started_count: if summary {
                cell(Column::Started).and_then(number)
            } else {
                None
            },
            rate: cell(Column::Rate).and_then(number),
            tags: Vec::new(),
            section: None,
            counted: true,
        }
    }
}

/// The columns that group rows: the town, the sector, and any other column of short text
/// values that repeat (`备注`: 市民生实事 / 县民生实事) or that is merged down (a 试点级别 over
/// four towns).
fn group_columns(
    columns: &BTreeMap<Column, usize>,
    names: &[String],
    body: &[Vec<String>],
    label_col: Option<usize>,
    first_data: usize,
) -> Vec<(usize, String)> {
    let name = |i: usize| names.get(i).cloned().unwrap_or_default();
    let mut out: Vec<(usize, String)> = Vec::new();
    for c in [Column::Town, Column::Sector] {
        if let Some(&i) = columns.get(&c) {
            if Some(i) != label_col {
                out.push((i, name(i)));
            }
        }
    }
    for i in 0..names.len() {
        // (a column describing each row, 形象进度 or 存在问题, groups nothing)
        let describes = [
            "进度", "形象", "情况", "问题", "内容", "措施", "规模", "地址",
        ]
        .iter()
        .any(|w| names.get(i).is_some_and(|n| n.contains(w)));
        if Some(i) == label_col
            || describes
            || columns.values().any(|&v| v == i)
            || out.iter().any(|(g, _)| *g == i)
        {
            continue;
        }
        let vals: Vec<String> = body
            .iter()
            .filter_map(|r| r.get(i).map(|s| squeeze(s)))
            .filter(|s| !s.is_empty())
            .collect();
        if vals.len() < 2
            || vals
                .iter()
                .any(|v| number(v).is_some() || v.chars().count() > 16)
        {
            continue;
        }
        let distinct: std::collections::BTreeSet<&String> = vals.iter().collect();
        if distinct.len() < vals.len() || (i < first_data && vals.len() < body.len()) {
            out.push((i, name(i)));
        }
    }
    out
}
