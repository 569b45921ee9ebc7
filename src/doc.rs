//! The draft as the app holds it: the engine's [`Draft`] with its parts shared (`Rc`), so that
//! a state, an undo step and the panic hook's copy share what did not change; and the ledger
//! with the table it was read from.

use jianggao_engine::finding::{CheckOptions, RuleId};
use jianggao_engine::ledger::facts::Facts;
use jianggao_engine::ledger::{Column, RowClass, RowRead};
use jianggao_engine::session::Draft;
use jianggao_engine::Values;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// The cells a ledger was read from, for correcting a column or a row: the header texts, the
/// columns taken, the grid, each row as read (its class), the columns' full names, where the
/// sheet's own totals disagree, and the writer's fixes of columns and rows.
#[derive(Clone, Debug, Default)]
pub struct LedgerTable {
    pub headers: Vec<String>,
    pub taken: BTreeMap<Column, usize>,
    pub grid: Rc<Vec<Vec<String>>>,
    pub fixed: BTreeMap<Column, usize>,
    pub rows: Vec<RowRead>,
    pub names: Vec<String>,
    pub warnings: Vec<String>,
    pub classes: BTreeMap<usize, RowClass>,
}

/// The same reading and fixes, of the same grid (told apart by identity).
impl PartialEq for LedgerTable {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.grid, &other.grid)
            && self.headers == other.headers
            && self.taken == other.taken
            && self.fixed == other.fixed
            && self.rows == other.rows
            && self.classes == other.classes
    }
}

/// The project ledger of a draft: its facts and, when it was read in this tab, its table.
#[derive(Clone, Debug)]
pub struct Ledger {
    pub facts: Rc<Facts>,
    pub table: Option<Rc<LedgerTable>>,
}

/// The same facts, from the same reading (a table is told apart by identity: each reading
/// makes one).
impl PartialEq for Ledger {
    fn eq(&self, other: &Self) -> bool {
        let same_table = match (&self.table, &other.table) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (a, b) => a.is_none() && b.is_none(),
        };
        same_table && self.facts == other.facts
    }
}

/// The draft: the engine's [`Draft`] with its parts shared.
#[derive(Clone, PartialEq, Debug)]
pub struct Doc {
    pub text: Rc<str>,
    pub values: Rc<Values>,
    pub cursor: usize,
    pub rate: u32,
    pub disabled_rules: Rc<BTreeSet<String>>,
    pub target_minutes: Option<f64>,
    pub ledger: Option<Ledger>,
    pub baseline: Option<Rc<str>>,
}

impl Doc {
    pub fn from_draft(d: Draft) -> Doc {
        Doc {
            text: Rc::from(d.text),
            values: Rc::new(d.values),
            cursor: d.cursor,
            rate: d.rate,
            disabled_rules: Rc::new(d.disabled_rules),
            target_minutes: d.target_minutes,
            ledger: d.ledger.map(|f| Ledger {
                facts: Rc::new(*f),
                table: None,
            }),
            baseline: d.baseline.map(Rc::from),
        }
    }

    /// The draft without its text and baseline (copied only where they are needed).
    fn settings(&self) -> Draft {
        Draft {
            text: String::new(),
            values: Values::new(),
            rate: self.rate,
            cursor: self.cursor,
            disabled_rules: (*self.disabled_rules).clone(),
            target_minutes: self.target_minutes,
            ledger: self.ledger.as_ref().map(|l| Box::new((*l.facts).clone())),
            baseline: None,
        }
    }

    /// The engine's draft (a copy: for saving, a work file, a version).
    pub fn to_draft(&self) -> Draft {
        Draft {
            text: self.text.to_string(),
            values: (*self.values).clone(),
            baseline: self.baseline.as_deref().map(str::to_string),
            ..self.settings()
        }
    }

    pub fn check_options(&self) -> CheckOptions {
        self.settings().check_options()
    }

    /// The rules the writer switched off.
    pub fn disabled(&self) -> BTreeSet<RuleId> {
        self.settings().disabled()
    }

    /// This draft after `d`, the engine's draft that a change made of it: the parts that did
    /// not change stay shared.
    pub(crate) fn after(&self, d: Draft) -> Doc {
        let mut next = Doc::from_draft(d);
        if *next.text == *self.text {
            next.text = self.text.clone();
        }
        if next.values == self.values {
            next.values = self.values.clone();
        }
        if next.baseline == self.baseline {
            next.baseline = self.baseline.clone();
        }
        // the facts are the same: the table they were read from stays
        if next.ledger.as_ref().map(|l| &l.facts) == self.ledger.as_ref().map(|l| &l.facts) {
            next.ledger = self.ledger.clone();
        }
        next
    }
}
