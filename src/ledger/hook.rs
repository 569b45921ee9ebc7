//! The project ledger in the app: read pasted cells or a .csv into the draft's ledger facts
//! (one undoable step), let the writer correct a column or a row's class, and offer the
//! ledger's values to the fields whose words name a fact (each fill undoable, all at once one
//! step). The reading runs
//! in the tools worker (`workers::read_ledger`); a failure leaves the draft as it was.

use crate::handles::{Analyzed, Handles};
use crate::state::{Change, Ledger, LedgerTable};
use jianggao_engine::check::ledger_values;
use jianggao_engine::ledger::facts::Facts;
use jianggao_engine::ledger::figures::Quantity;
use jianggao_engine::ledger::reading::{Reading, Request};
use jianggao_engine::ledger::{Column, LedgerError, RowClass};
use jianggao_engine::session::{without, Action};
use jianggao_engine::{Analysis, Values};
use std::rc::Rc;
use yew::prelude::*;

/// A ledger value offered to a field.
#[derive(Clone, PartialEq)]
pub struct Offer {
    pub key: String,
    pub label: String,
    pub quantity: Quantity,
    pub value: String,
    /// The field already holds this value.
    pub filled: bool,
}

#[derive(Clone, PartialEq)]
pub struct UseLedger {
    pub open: bool,
    pub toggle: Callback<()>,
    pub facts: Option<Rc<Facts>>,
    /// The table the facts were read from (in this tab), for correcting a column.
    pub columns: Option<Rc<LedgerTable>>,
    pub error: Option<String>,
    pub offers: Rc<Vec<Offer>>,
    pub on_read: Callback<String>,
    pub on_file: Callback<Event>,
    pub on_column: Callback<(Column, Option<usize>)>,
    /// A row of the sheet (from 1) read as this class.
    pub on_class: Callback<(usize, RowClass)>,
    pub on_fill: Callback<Option<usize>>,
    pub on_clear: Callback<()>,
}

/// The ledger's values for the fields of `a`.
pub fn offers(a: &Analysis, values: &Values, facts: &Facts) -> Vec<Offer> {
    ledger_values(a, facts)
        .into_iter()
        .map(|v| Offer {
            filled: values.get(&v.key).map(|x| x.trim()) == Some(v.value.as_str()),
            key: v.key,
            label: v.label,
            quantity: v.quantity,
            value: v.value,
        })
        .collect()
}

/// `ledger` is the draft's, `now` the last analysis (offers follow it, not each key). A fill is
/// an action; a ledger read (with its table) goes in the draft as one undo step.
#[hook]
pub fn use_ledger(h: &Handles, now: Analyzed, ledger: Option<Ledger>) -> UseLedger {
    let Analyzed {
        rev,
        analysis,
        values,
        ..
    } = now;
    let (change, say) = (h.change.clone(), h.say.clone());
    let open = use_state(|| false);
    let error = use_state(|| None::<String>);
    let dispatch = change.reform(Change::Do);
    let set = change.reform(Change::SetLedger);
    let facts = ledger.as_ref().map(|l| l.facts.clone());
    let table = ledger.and_then(|l| l.table);

    // read pasted text or a grid, with `fixed` columns, into the draft's facts: in the tools
    // worker (the reading code is not in the first load); the answer comes back here
    let apply = {
        let (set, error, say) = (set.clone(), error.clone(), say.clone());
        Rc::new(move |req: Request| {
            let (set, error, say) = (set.clone(), error.clone(), say.clone());
            let (fixed, classes) = (req.fixed.clone(), req.classes.clone());
            crate::workers::read_ledger(
                req,
                Callback::from(move |r: Result<Reading, String>| match r {
                    Ok(r) => {
                        say.emit(format!(
                            "已读取台账：{} 个项目（跳过合计、空行等 {} 行）",
                            r.facts.projects, r.skipped
                        ));
                        set.emit(Some(Ledger {
                            facts: Rc::new(r.facts),
                            table: Some(Rc::new(LedgerTable {
                                headers: r.headers,
                                taken: r.taken,
                                grid: Rc::new(r.grid),
                                fixed: fixed.clone(),
                                rows: r.rows,
                                names: r.names,
                                warnings: r.warnings,
                                classes: classes.clone(),
                            })),
                        }));
                        error.set(None);
                    }
                    Err(e) => error.set(Some(e)),
                }),
            );
        })
    };
    // a grid of cells (a spreadsheet read by the reader worker), columns as found
    let apply_grid = {
        let apply = apply.clone();
        Callback::from(move |g: Vec<Vec<String>>| {
            apply(Request {
                grid: Some(g),
                ..Request::default()
            });
        })
    };
    // pasted cells or a .csv, split into cells by the worker
    let on_read = {
        let (apply, error) = (apply.clone(), error.clone());
        Callback::from(move |text: String| {
            if text.trim().is_empty() {
                error.set(Some("请先把台账的单元格粘贴到框里。".into()));
                return;
            }
            apply(Request {
                text: Some(text),
                ..Request::default()
            });
        })
    };
    let on_file = {
        let (on_read, error) = (on_read.clone(), error.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|l| l.get(0)) else {
                return;
            };
            input.set_value("");
            let name = file.name().to_ascii_lowercase();
            if name.ends_with(".et") {
                error.set(Some(LedgerError::WpsEt.to_string()));
                return;
            }
            if [".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"]
                .iter()
                .any(|x| name.ends_with(x))
            {
                let (apply_grid, error) = (apply_grid.clone(), error.clone());
                let file_name = file.name();
                let reader =
                    gloo_file::callbacks::read_as_bytes(&gloo_file::File::from(file), move |r| {
                        match r {
                            Ok(bytes) => crate::workers::read_sheet(
                                file_name,
                                bytes,
                                Callback::from(
                                    move |g: Result<Vec<Vec<String>>, String>| match g {
                                        Ok(g) => apply_grid.emit(g),
                                        Err(e) => error.set(Some(e)),
                                    },
                                ),
                            ),
                            Err(_) => error.set(Some("文件读取失败，台账未改动".into())),
                        }
                    });
                std::mem::forget(reader);
                return;
            }
            let (on_read, error) = (on_read.clone(), error.clone());
            crate::dom::read_file(
                file,
                Callback::from(move |(_, r): (String, Result<String, String>)| match r {
                    Ok(t) => on_read.emit(t),
                    Err(e) => error.set(Some(e)),
                }),
            );
        })
    };
    let on_column = {
        let (apply, table) = (apply.clone(), table.clone());
        Callback::from(move |(col, at): (Column, Option<usize>)| {
            let Some(t) = table.clone() else {
                return;
            };
            let mut fixed = t.fixed.clone();
            match at {
                Some(i) => {
                    fixed.insert(col, i);
                }
                None => fixed = without(fixed, &col),
            }
            apply(Request {
                grid: Some((*t.grid).clone()),
                fixed,
                classes: t.classes.clone(),
                ..Request::default()
            });
        })
    };
    // a row the writer classes otherwise: read again, the facts follow
    let on_class = {
        let (apply, table) = (apply.clone(), table.clone());
        Callback::from(move |(row, class): (usize, RowClass)| {
            let Some(t) = table.clone() else {
                return;
            };
            let mut classes = t.classes.clone();
            classes.insert(row, class);
            apply(Request {
                grid: Some((*t.grid).clone()),
                fixed: t.fixed.clone(),
                classes,
                ..Request::default()
            });
        })
    };
    // the offers follow the analysis (when the writer pauses), not each key
    let offers: Rc<Vec<Offer>> = use_memo((rev, facts.clone()), {
        let (analysis, values) = (analysis.clone(), values.clone());
        move |(_, facts)| {
            facts
                .as_deref()
                .map(|f| offers(&analysis, &values, f))
                .unwrap_or_default()
        }
    });
    let on_fill = {
        let (dispatch, offers, analysis, values) = (
            dispatch.clone(),
            offers.clone(),
            analysis.clone(),
            values.clone(),
        );
        Callback::from(move |which: Option<usize>| match which {
            Some(i) => {
                if let Some(o) = offers.get(i) {
                    dispatch.emit(Action::SetValue {
                        key: o.key.clone(),
                        value: o.value.clone(),
                    });
                }
            }
            None => {
                let mut all = (*values).clone();
                for o in offers.iter() {
                    all.insert(o.key.clone(), o.value.clone());
                }
                dispatch.emit(Action::Fix {
                    text: analysis.text.clone(),
                    values: all,
                });
            }
        })
    };
    let on_clear = set.reform(|_| None);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_| open.set(!*open))
    };
    UseLedger {
        open: *open,
        toggle,
        facts,
        columns: table,
        error: (*error).clone(),
        offers,
        on_read,
        on_file,
        on_column,
        on_class,
        on_fill,
        on_clear,
    }
}
