//! Reading a grid of cells as a ledger: the header block below the title rows (two header rows
//! and cells merged across them resolved into full names, `1-6月·累计完成投资`), the columns by
//! their headers and their contents, the unit, and each row classed by its own cells — a
//! project (or, in a summary ledger, a group of projects with its count), a category heading,
//! a subtotal, the total, a `其中` part, a note or a blank row. The stated totals are checked
//! against the rows they sum.

use super::cells::{Nature, Unit};
use super::header::{header, Column};
use super::labels::{clean_label, count_in_label, heading_level};
use super::roles::Layout;
use super::rows::{Project, RowClass, RowRead};
use super::totals;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A ledger as read: where its header was, which column is which, the unit, the projects.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Ledger {
    /// The header's (first) row, from 1.
    pub header_row: usize,
    /// Column index (from 0) of each recognised column.
    pub columns: BTreeMap<Column, usize>,
    /// The header text of each recognised column.
    pub headers: BTreeMap<Column, String>,
    /// The full name of every column (rows of the header block joined by `·`).
    #[serde(default)]
    pub names: Vec<String>,
    /// The unit amounts without one of their own are in (from the headers, the title or notes).
    pub unit: Unit,
    /// The project rows (in a summary ledger, its group rows).
    pub projects: Vec<Project>,
    /// Rows left out: 合计 / 小计 rows, blank rows, headings, notes, parts.
    pub skipped: usize,
    /// Every row below the header, classed.
    #[serde(default)]
    pub rows: Vec<RowRead>,
    /// The rows are groups of projects (a count column, or towns or sectors as rows).
    #[serde(default)]
    pub summary: bool,
    /// The sheet's own total row, when it has one.
    #[serde(default)]
    pub stated: Option<Project>,
    /// Category headings and `其中` parts with their values.
    #[serde(default)]
    pub categories: Vec<Project>,
    #[serde(default)]
    pub parts: Vec<Project>,
    /// Columns whose values group the rows (towns, sectors, remarks): index and header.
    #[serde(default)]
    pub group_columns: Vec<(usize, String)>,
    /// The title block's text.
    #[serde(default)]
    pub title: String,
    /// Where the sheet's own totals disagree with its rows, in Chinese, naming the row.
    #[serde(default)]
    pub warnings: Vec<String>,
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
            LedgerError::NoHeader => "没有找到台账的表头：需要有一行表头，写明“项目名称”或“项目个数”，以及“总投资”“年度计划投资”“完成投资”“建设性质”或“开工情况”中的至少一列。",
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
    read_corrected(grid, overrides, &BTreeMap::new())
}

/// [`read_with`], and `classes` maps a row of the sheet (from 1) to the class the writer gave
/// it: the row is then read as that, whatever its cells suggest.
pub fn read_corrected(
    grid: &[Vec<String>],
    overrides: &BTreeMap<Column, usize>,
    classes_fixed: &BTreeMap<usize, RowClass>,
) -> Result<Ledger, LedgerError> {
    if grid.iter().all(|r| r.iter().all(|c| c.trim().is_empty())) {
        return Err(LedgerError::Empty);
    }
    let block = header(grid).ok_or(LedgerError::NoHeader)?;
    let header_row = block.row;
    let body_start = header_row + block.height;
    let body = grid.get(body_start..).unwrap_or(&[]);
    let lay = Layout::of(grid, block, body, overrides);
    let mut classes = classes(&lay, body);
    for (&row, &class) in classes_fixed {
        if let Some(c) = row
            .checked_sub(body_start + 1)
            .and_then(|k| classes.get_mut(k))
        {
            *c = class;
        }
    }
    let summary = lay.summary;

    let mut rows: Vec<RowRead> = Vec::new();
    let mut projects: Vec<Project> = Vec::new();
    let mut categories: Vec<(Project, u8, usize)> = Vec::new(); // (values, level, first project)
    let mut parts: Vec<Project> = Vec::new();
    let mut subtotals: Vec<(Project, usize)> = Vec::new(); // (values, projects before it)
    let mut stated: Option<Project> = None;
    let mut skipped = 0;
    let mut unread: Vec<String> = Vec::new(); // cells of figures that are not figures
    let mut group_nature: Option<Nature> = None;
    let mut fill: BTreeMap<usize, String> = BTreeMap::new(); // merged down: last value per column
    let mut section: [Option<String>; 2] = [None, None];
    for (k, (row, &class)) in body.iter().zip(&classes).enumerate() {
        let r = body_start + k;
        let lead = lay.lead(row);
        rows.push(RowRead {
            row: r + 1,
            class,
            label: if lead.is_empty() {
                lay.values(row, r, "", false).name
            } else {
                lead.clone()
            },
        });
        match class {
            RowClass::Project => {
                let mut p = lay.values(row, r, &lead, summary);
                if p.name.is_empty() && !summary {
                    skipped += 1;
                    continue;
                }
                unread.extend(lay.unread(row, r));
                if summary {
                    p.nature = p.nature.or_else(|| Nature::named_in(&p.name));
                }
                p.nature = p.nature.or(group_nature);
                // a column merged down: its first row holds the value for the rows under it
                for (i, _) in &lay.group_columns {
                    let v = row.get(*i).map(|s| s.trim()).unwrap_or("");
                    if v.is_empty() {
                        if let Some(prev) = fill.get(i) {
                            p.tags.push((*i, prev.clone()));
                        }
                    } else {
                        fill.insert(*i, v.to_string());
                        p.tags.push((*i, v.to_string()));
                    }
                }
                if let Some(&ti) = lay.columns.get(&Column::Town) {
                    if p.town.is_none() {
                        p.town = fill.get(&ti).cloned();
                    }
                }
                p.section = section[1].clone().or_else(|| section[0].clone());
                projects.push(p);
            }
            RowClass::Category => {
                skipped += 1;
                let level =
                    heading_level(&lead).unwrap_or(if section[0].is_some() { 2 } else { 1 });
                let name = clean_label(&lead);
                group_nature =
                    Nature::named_in(&lead).or(if level == 1 { None } else { group_nature });
                if level == 1 {
                    section = [Some(name.clone()), None];
                } else {
                    section[1] = Some(name.clone());
                }
                let mut v = lay.values(row, r, &lead, true);
                v.name = name;
                v.nature = Nature::named_in(&lead);
                categories.push((v, level, projects.len()));
                fill.clear();
            }
            RowClass::Subtotal => {
                skipped += 1;
                subtotals.push((lay.values(row, r, &lead, true), projects.len()));
                fill.clear();
            }
            RowClass::Total => {
                skipped += 1;
                if stated.is_none() {
                    let mut v = lay.values(row, r, &lead, true);
                    v.name = lead.clone();
                    stated = Some(v);
                }
            }
            RowClass::Part => {
                skipped += 1;
                let mut v = lay.values(row, r, &lead, true);
                // a part of the project above it is named with it (`西岭小镇·厂房工程`)
                let part = clean_label(if lead.is_empty() { &v.name } else { &lead });
                v.name = match (k.checked_sub(1).map(|j| classes[j]), projects.last()) {
                    (Some(RowClass::Project | RowClass::Part), Some(p)) if !p.name.is_empty() => {
                        format!("{}·{part}", clean_label(&p.name))
                    }
                    _ => part,
                };
                parts.push(v);
            }
            RowClass::Note | RowClass::Blank => skipped += 1,
        }
    }
    // a row whose money is the sum of the rows under it heads them (a category with its sums)
    let mut k = 0;
    while k < projects.len() {
        if let Some(n) = totals::heads(&projects, k) {
            let mut v = projects.remove(k);
            v.name = clean_label(&v.name);
            if let Some(row) = rows.iter_mut().find(|x| x.row == v.row) {
                row.class = RowClass::Category;
            }
            for p in projects.iter_mut().skip(k).take(n) {
                p.section = Some(v.name.clone());
                p.nature = p.nature.or(v.nature);
            }
            // the rows after it moved up one
            for (_, _, s) in categories.iter_mut() {
                if *s > k {
                    *s -= 1;
                }
            }
            for (_, b) in subtotals.iter_mut() {
                if *b > k {
                    *b -= 1;
                }
            }
            // beside the heading it follows when one of that one's figures is reached by the rows
            // before it (`民生项目` after `二、基础设施项目（2个）` and its two rows), else under it
            let level = match categories
                .iter()
                .filter(|(_, _, s)| *s <= k)
                .max_by_key(|(_, _, s)| *s)
            {
                Some((c, l, s)) if totals::closes(c, &projects[*s..k], summary) => *l,
                Some((_, l, _)) => l + 1,
                None => 2,
            };
            categories.push((v, level, k));
            skipped += 1;
        }
        k += 1;
    }
    if projects.is_empty() {
        // the whole as its only row (a ledger of one line)
        match stated.take() {
            Some(s) if summary => projects.push(s),
            _ => return Err(LedgerError::NoProjects),
        }
    }
    totals::second_groupings(&mut projects, &categories, stated.as_ref());
    let mut warnings = totals::disagreements(
        &projects,
        &categories,
        &subtotals,
        stated.as_ref(),
        summary,
        lay.unit,
    );
    warnings.extend(unread);

    Ok(Ledger {
        header_row: header_row + 1,
        columns: lay.columns,
        headers: lay.headers,
        names: lay.names,
        unit: lay.unit,
        projects,
        skipped,
        rows,
        summary,
        stated,
        categories: categories.into_iter().map(|(v, _, _)| v).collect(),
        parts,
        group_columns: lay.group_columns,
        title: lay.title,
        warnings,
    })
}

/// Each body row's class, by its own cells: a note, a part, a subtotal, the total, a heading
/// (numbered, or a short text row alone), or a project.
fn classes(lay: &Layout, body: &[Vec<String>]) -> Vec<RowClass> {
    let mut classes: Vec<RowClass> = Vec::with_capacity(body.len());
    for (k, row) in body.iter().enumerate() {
        let lead = lay.lead(row);
        let filled = row.iter().filter(|c| !c.trim().is_empty()).count();
        let data = lay.has_data(row);
        let words = |ws: &[&str]| ws.iter().any(|w| lead.starts_with(w));
        // `全市（198个项目）`, `全县重点项目` over a summary ledger's rows; over project rows
        // with its count (`全镇（5个项目）`: a project's name does not count projects)
        let whole = (lay.summary || count_in_label(&lead).is_some())
            && lead.starts_with('全')
            && lead
                .chars()
                .nth(1)
                .is_some_and(|c| "市县区州省镇乡旗盟".contains(c))
            && (data || count_in_label(&lead).is_some());
        let class = if filled == 0 {
            RowClass::Blank
        } else if words(&[
            "注",
            "说明",
            "备注",
            "附注",
            "数据来源",
            "资料来源",
            "填报",
            "制表",
        ]) && (lead.contains('：') || lead.contains(':') || !data)
        {
            RowClass::Note
        } else if words(&["其中", "含：", "内含", "包括"]) {
            RowClass::Part
        } else if lead.contains("小计") {
            RowClass::Subtotal
        } else if ["合计", "总计", "共计", "汇总", "总体"]
            .iter()
            .any(|w| lead.contains(w))
            || whole
        {
            RowClass::Total
        } else if heading_level(&lead).is_some() {
            RowClass::Category
        } else if !data && filled == 1 && !lead.is_empty() {
            // a text row on its own: a short one heads the rows under it, a long one (or one
            // after the last figures) is a note
            let more = body[k + 1..].iter().any(|r| lay.has_data(r));
            if lead.chars().count() > 24 || !more {
                RowClass::Note
            } else {
                RowClass::Category
            }
        } else {
            RowClass::Project
        };
        classes.push(class);
    }
    // where every project has its 序号, a row without one under a `其中：` part is a part too
    // (`其中：主体工程` then `室外配套工程`)
    if let Some(sc) = lay.serial_col {
        let serial = |k: usize| {
            body[k]
                .get(sc)
                .and_then(|s| super::labels::number(s))
                .is_some_and(|n| n.fract() == 0.0)
        };
        // (the rows in question, right under a part, not counted in the share)
        let projects: Vec<usize> = (0..classes.len())
            .filter(|&k| {
                classes[k] == RowClass::Project && (k == 0 || classes[k - 1] != RowClass::Part)
            })
            .collect();
        let numbered = projects.iter().filter(|&&k| serial(k)).count();
        if numbered * 10 >= projects.len() * 9 {
            for k in 1..classes.len() {
                let blank = body[k].get(sc).is_none_or(|s| s.trim().is_empty());
                if classes[k] == RowClass::Project && blank && classes[k - 1] == RowClass::Part {
                    classes[k] = RowClass::Part;
                }
            }
        }
    }
    // a heading with figures and no rows under it is a row itself (a summary ledger's groups
    // numbered 一、二、三、)
    for k in 0..classes.len() {
        if classes[k] == RowClass::Category && lay.has_data(&body[k]) {
            let next = classes[k + 1..]
                .iter()
                .find(|c| !matches!(c, RowClass::Blank))
                .copied();
            if next != Some(RowClass::Project) {
                classes[k] = RowClass::Project;
            }
        }
    }
    classes
}
