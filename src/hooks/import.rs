//! Starting a draft: the start panel, a built-in template, or an imported text (cleaned, with
//! a choice when it holds several speeches, and a report of the repairs that one step undoes).

use crate::tables::{ensure, template_text, Table};
use jianggao_engine::clean::{clean, clean_keeping, speech_text, Cleaned};
use jianggao_engine::fields::Fact;
use jianggao_engine::history::Reason;
use jianggao_engine::import::import_text;
use jianggao_engine::session::Action;
use jianggao_engine::steps::EditKind;
use jianggao_engine::templates::template;
use jianggao_engine::text::Span;
use jianggao_engine::Values;
use std::rc::Rc;
use yew::prelude::*;

pub struct UseImport {
    /// The start panel is open over a draft.
    pub start_open: bool,
    pub open_start: Callback<()>,
    pub close_start: Callback<()>,
    /// Why the last import changed nothing.
    pub error: Option<String>,
    /// A cleaned file with several speeches, waiting for the writer to pick one.
    pub choosing: Option<Rc<Cleaned>>,
    /// The last import's file name and repairs, until the writer closes the report.
    pub report: Option<(String, Rc<Cleaned>)>,
    pub on_template: Callback<&'static str>,
    /// (file name, its text or why it could not be read)
    pub on_import: Callback<(String, Result<String, String>)>,
    /// `Some(i)`: keep speech i of the file being chosen from; `None`: keep all.
    pub on_choose: Callback<Option<usize>>,
    /// Undo the whole import, in one step.
    pub undo_import: Callback<()>,
    /// Put back the deletion of repair `i` of the report: the text is cleaned again with it kept.
    pub on_restore: Callback<usize>,
    pub close_report: Callback<()>,
}

fn current_year() -> String {
    format!("{}", js_sys::Date::new_0().get_full_year())
}

/// `keep` is called before a template or an import replaces the open draft, to keep it in the
/// history.
#[hook]
pub fn use_import(dispatch: Callback<Action>, keep: Callback<Reason>) -> UseImport {
    let start_open = use_state(|| false);
    let error = use_state(|| None::<String>);
    let pending = use_state(|| None::<(String, Rc<Cleaned>)>);
    let report = use_state(|| None::<(String, Rc<Cleaned>)>);
    // what the last import came from, for putting back deletions: the text as imported, the
    // spans put back and the speech kept
    let source = use_state(|| None::<Source>);

    let on_template = {
        let dispatch = dispatch.clone();
        let keep = keep.clone();
        let start_open = start_open.clone();
        let error = error.clone();
        Callback::from(move |id: &'static str| {
            let Some(t) = template(id) else { return };
            let (keep, dispatch, error) = (keep.clone(), dispatch.clone(), error.clone());
            let start_open = start_open.clone();
            // the text is fetched when picked (compiled in only for the tests)
            wasm_bindgen_futures::spawn_local(async move {
                let text = match template_text(t).await {
                    Ok(text) => text,
                    Err(e) => {
                        error.set(Some(format!("模板未能载入（{e}），原稿未改动")));
                        return;
                    }
                };
                keep.emit(Reason::BeforeTemplate);
                let mut values = Values::new();
                values.insert(Fact::Level.key().into(), t.level.into());
                values.insert(Fact::Year.key().into(), current_year());
                dispatch.emit(Action::Load { text, values });
                error.set(None);
                start_open.set(false);
            });
        })
    };
    // a work file (.jianggao.json) brings back a whole draft: text, values, baseline, ledger
    let open_workfile = {
        let (dispatch, keep, start_open, error) = (
            dispatch.clone(),
            keep.clone(),
            start_open.clone(),
            error.clone(),
        );
        Callback::from(
            move |text: String| match jianggao_engine::workfile::read(&text) {
                Ok(draft) => {
                    keep.emit(Reason::BeforeImport);
                    dispatch.emit(Action::Restore(draft));
                    error.set(None);
                    start_open.set(false);
                }
                Err(e) => error.set(Some(e.to_string())),
            },
        )
    };
    let load = {
        let dispatch = dispatch.clone();
        let start_open = start_open.clone();
        let error = error.clone();
        let report = report.clone();
        let pending = pending.clone();
        Callback::from(
            move |(name, cleaned, speech): (String, Rc<Cleaned>, Option<usize>)| {
                let text = match speech {
                    Some(i) => speech_text(&cleaned, i),
                    None => cleaned.text.clone(),
                };
                let mut values = Values::new();
                values.insert(Fact::Year.key().into(), current_year());
                keep.emit(Reason::BeforeImport);
                dispatch.emit(Action::Load { text, values });
                error.set(None);
                start_open.set(false);
                pending.set(None);
                report.set(Some((name, cleaned)));
            },
        )
    };
    let on_import = {
        let error = error.clone();
        let pending = pending.clone();
        let load = load.clone();
        let source = source.clone();
        let go = Rc::new(move |name: String, read: Result<String, String>| {
            if let Ok(t) = &read {
                if name.ends_with(jianggao_engine::workfile::EXTENSION)
                    || jianggao_engine::workfile::is_workfile(t)
                {
                    open_workfile.emit(t.clone());
                    return;
                }
            }
            match read.and_then(|t| import_text(&name, &t).map_err(|e| e.to_string())) {
                Ok(text) => {
                    let cleaned = Rc::new(clean(&text));
                    source.set(Some(Source {
                        input: text.into(),
                        kept: Vec::new(),
                        speech: None,
                    }));
                    if cleaned.text.trim().is_empty() {
                        error.set(Some("清理网页杂项后没有剩下正文，原稿未改动".into()));
                    } else if cleaned.speeches.len() > 1 {
                        pending.set(Some((name, cleaned)));
                    } else {
                        load.emit((name, cleaned, None));
                    }
                }
                Err(e) => error.set(Some(e)),
            }
        });
        // the traditional → simplified tables are fetched before the first import is cleaned
        Callback::from(move |(name, read): (String, Result<String, String>)| {
            if Table::T2s.ready() {
                go(name, read);
            } else {
                let go = go.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    if let Err(e) = ensure(Table::T2s).await {
                        web_sys::console::warn_1(&format!("繁简转换表未能载入：{e}").into());
                    }
                    go(name, read);
                });
            }
        })
    };
    let on_choose = {
        let chosen = (*pending).clone();
        let source = source.clone();
        Callback::from(move |i: Option<usize>| {
            // (this callback is made after the import's render, so `source` is that import's)
            if let Some(src) = (*source).clone() {
                source.set(Some(Source { speech: i, ..src }));
            }
            if let Some((name, cleaned)) = chosen.clone() {
                load.emit((name, cleaned, i));
            }
        })
    };
    let on_restore = {
        let report = report.clone();
        let source = source.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |i: usize| {
            let (Some((name, cleaned)), Some(src)) = ((*report).clone(), (*source).clone()) else {
                return;
            };
            let Some(r) = cleaned.repairs.get(i) else {
                return;
            };
            let mut kept = src.kept.clone();
            kept.push(r.span.clone());
            let again = Rc::new(clean_keeping(&src.input, &kept));
            let text = match src.speech.filter(|&k| k < again.speeches.len()) {
                Some(k) => speech_text(&again, k),
                None => again.text.clone(),
            };
            // one step of its own, values kept; 撤销导入 still goes back to before the import
            dispatch.emit(Action::EditText {
                text,
                cursor: 0,
                at_ms: js_sys::Date::now(),
                kind: EditKind::Paste,
            });
            source.set(Some(Source { kept, ..src }));
            report.set(Some((name, again)));
        })
    };
    let undo_import = {
        let report = report.clone();
        let source = source.clone();
        Callback::from(move |_| {
            dispatch.emit(Action::UndoLoad);
            report.set(None);
            source.set(None);
        })
    };
    let close_report = {
        let report = report.clone();
        Callback::from(move |_| report.set(None))
    };
    let open_start = {
        let s = start_open.clone();
        Callback::from(move |_| s.set(true))
    };
    let close_start = {
        let s = start_open.clone();
        Callback::from(move |_| s.set(false))
    };
    UseImport {
        start_open: *start_open,
        open_start,
        close_start,
        error: (*error).clone(),
        choosing: (*pending).clone().map(|(_, c)| c),
        report: (*report).clone(),
        on_template,
        on_import,
        on_choose,
        undo_import,
        on_restore,
        close_report,
    }
}

/// The text an import came from and what the writer put back of it.
#[derive(Clone, PartialEq)]
struct Source {
    input: Rc<str>,
    kept: Vec<Span>,
    speech: Option<usize>,
}
