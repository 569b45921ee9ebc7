//! A ledger read for the app in one step: pasted cells or a grid (with the writer's column
//! corrections) in, the facts and what the app shows about the columns out. The browser runs
//! it in the tools worker (`crates/workers`, `jianggao-tools`; the request and the reading
//! travel in `jianggao_web::protocol`), so the reading code is not part of the app's first
//! load.

use super::cells::Unit;
use super::delimited;
use super::facts::Facts;
use super::header::Column;
use super::rows::RowClass;
use super::table::{read_corrected, LedgerError};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// What to read: pasted text (cells copied from a spreadsheet, or a .csv), or a grid already
/// split into cells; `fixed` holds the writer's column corrections.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Request {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub grid: Option<Vec<Vec<String>>>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub fixed: BTreeMap<Column, usize>,
    /// The writer's row corrections: a row of the sheet (from 1) read as this class.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub classes: BTreeMap<usize, RowClass>,
}

/// A ledger read: its facts (in 亿元), the header row's texts and the columns taken, the rows
/// left out, and the grid the text was split into (to send back with a correction).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    pub facts: Facts,
    pub headers: Vec<String>,
    pub taken: BTreeMap<Column, usize>,
    pub skipped: usize,
    pub grid: Vec<Vec<String>>,
    /// Every row under the header, classed; the columns' full names; where the sheet's own
    /// totals disagree with its rows.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<super::rows::RowRead>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub names: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// Read a request: the reading, or why the cells are not a ledger.
pub fn read(req: Request) -> Result<Reading, LedgerError> {
    let grid = match (req.grid, req.text) {
        (Some(g), _) => g,
        (None, Some(t)) => delimited::rows(&t, delimited::delimiter(&t)),
        (None, None) => Vec::new(),
    };
    read_corrected(&grid, &req.fixed, &req.classes).map(|ledger| Reading {
        facts: Facts::of(&ledger, Unit::Yi, None),
        headers: grid
            .get(ledger.header_row.wrapping_sub(1))
            .map(|r| {
                r.iter()
                    .map(|c| c.split_whitespace().collect::<String>())
                    .collect()
            })
            .unwrap_or_default(),
        taken: ledger.columns.clone(),
        skipped: ledger.skipped,
        rows: ledger.rows.clone(),
        names: ledger.names.clone(),
        warnings: ledger.warnings.clone(),
        grid,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pasted_cells_give_facts_columns_and_the_grid() {
        let text = "项目名称\t总投资（万元）\t年度计划投资\t1—10月完成投资\n甲\t20000\t10000\t8000\n乙\t10000\t5000\t4000\n合计\t30000\t15000\t12000\n";
        let req = Request {
            text: Some(text.into()),
            ..Request::default()
        };
        let r = read(req).unwrap();
        assert_eq!(r.facts.projects, 2);
        assert_eq!(r.facts.total_investment, Some(3.0));
        assert_eq!(r.facts.completion_rate, Some(80.0));
        assert_eq!(r.skipped, 1);
        assert_eq!(r.headers[0], "项目名称");
        assert_eq!(r.taken.get(&Column::Name), Some(&0));
        assert_eq!(r.grid.len(), 4);
        // the writer takes column 2 as the total: read again from the grid
        let again = read(Request {
            grid: Some(r.grid),
            fixed: [(Column::Total, 2)].into_iter().collect(),
            ..Request::default()
        });
        let again = again.unwrap();
        assert_eq!(again.facts.total_investment, Some(1.5));
    }

    #[test]
    fn a_row_the_writer_reclasses_is_read_as_that_and_the_facts_follow() {
        // 乙 is a project by its cells; the writer says it is a note (a project that was
        // dropped), and the 合计 row is then a stated total the rows no longer reach
        let text = "项目名称\t总投资（万元）\t年度计划投资\t1—10月完成投资\n甲\t20000\t10000\t8000\n乙\t10000\t5000\t4000\n合计\t30000\t15000\t12000\n";
        let first = read(Request {
            text: Some(text.into()),
            ..Request::default()
        })
        .unwrap();
        assert_eq!(first.rows[1].class, RowClass::Project);
        assert_eq!(first.rows[1].row, 3);
        let again = read(Request {
            grid: Some(first.grid),
            classes: [(3, RowClass::Note)].into_iter().collect(),
            ..Request::default()
        })
        .unwrap();
        assert_eq!(again.rows[1].class, RowClass::Note);
        assert_eq!(again.facts.projects, 1);
        assert_eq!(again.facts.total_investment, Some(2.0));
        assert!(!again.warnings.is_empty(), "the 合计 no longer adds up");
    }

    #[test]
    fn what_is_not_a_ledger_gets_a_message() {
        let e = read(Request::default()).unwrap_err().to_string();
        assert!(
            e.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{e}"
        );
    }
}
