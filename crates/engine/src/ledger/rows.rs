//! One row of a ledger as read: its class, its label and its values.

use super::cells::Nature;
use serde::{Deserialize, Serialize};

/// What a row of the sheet is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RowClass {
    /// A project, or in a summary ledger a group of projects with its count.
    Project,
    /// A heading over projects (`一、产业项目（9个）`), with or without their sums.
    Category,
    /// 小计
    Subtotal,
    /// 合计 / 总计 / 全市
    Total,
    /// `其中：` a part of the rows above it, repeated
    Part,
    /// 注：… and other text rows
    Note,
    Blank,
}

impl RowClass {
    /// Every class, in the order the app offers them.
    pub const ALL: [RowClass; 7] = [
        RowClass::Project,
        RowClass::Category,
        RowClass::Subtotal,
        RowClass::Total,
        RowClass::Part,
        RowClass::Note,
        RowClass::Blank,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RowClass::Project => "项目",
            RowClass::Category => "分类",
            RowClass::Subtotal => "小计",
            RowClass::Total => "合计",
            RowClass::Part => "其中",
            RowClass::Note => "注释",
            RowClass::Blank => "空行",
        }
    }
}

/// One row as read: where it is, its class and its label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RowRead {
    /// The row in the sheet, from 1.
    pub row: usize,
    pub class: RowClass,
    pub label: String,
}

/// One row's values: a project row, or a summary ledger's group row, a category, the total or
/// a part.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
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
    /// How many projects the row stands for (a summary ledger's 项目个数, `（9个）`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<f64>,
    /// How many of them have started (a summary ledger's 已开工（项）).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub started_count: Option<f64>,
    /// The completion rate the row states, in %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rate: Option<f64>,
    /// The values of the row's group columns (a town, a sector, a remark), by column index.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<(usize, String)>,
    /// The category heading the row is under.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Whether the row adds to the ledger's whole (a second grouping of the same projects
    /// does not).
    #[serde(default = "yes")]
    pub counted: bool,
}

fn yes() -> bool {
    true
}
