//! A ledger read for the app in one step: pasted cells or a grid (with the writer's column
//! corrections) in, the facts and what the app shows about the columns out, as JSON. The
//! browser runs it in the tools worker (`crates/sheets`, `jianggao-tools`), so the reading code
//! is not part of the app's first load; the app only decodes the answer.

use super::cells::Unit;
use super::delimited;
use super::facts::Facts;
use super::table::{read_with, Column};
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
}

/// The answer to a request: the reading, or a Chinese message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Read(Box<Reading>),
    Error(String),
}

/// Read a request.
pub fn read(req: Request) -> Answer {
    let grid = match (req.grid, req.text) {
        (Some(g), _) => g,
        (None, Some(t)) => delimited::rows(&t, delimited::delimiter(&t)),
        (None, None) => Vec::new(),
    };
    match read_with(&grid, &req.fixed) {
        Ok(ledger) => Answer::Read(Box::new(Reading {
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
            grid,
        })),
        Err(e) => Answer::Error(e.to_string()),
    }
}

/// [`read`] from and to JSON text, as the worker gets and gives it.
pub fn read_json(request: &str) -> String {
    let answer = match serde_json::from_str::<Request>(request) {
        Ok(req) => read(req),
        Err(_) => Answer::Error("台账读取请求无法识别，台账未改动。".into()),
    };
    serde_json::to_string(&answer).unwrap_or_default()
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
        let Answer::Read(r) =
            serde_json::from_str(&read_json(&serde_json::to_string(&req).unwrap())).unwrap()
        else {
            panic!("not read");
        };
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
        let Answer::Read(again) = again else { panic!() };
        assert_eq!(again.facts.total_investment, Some(1.5));
    }

    #[test]
    fn what_is_not_a_ledger_gets_a_message() {
        assert!(matches!(read(Request::default()), Answer::Error(_)));
        assert!(read_json("not json").contains("无法识别"));
    }
}
