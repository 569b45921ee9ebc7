//! Starting a draft: the start panel, a built-in template, or an imported text (cleaned, with
//! a choice when it holds several speeches, and a report of the repairs that one step undoes).

use jianggao_engine::clean::{clean, speech_text, Cleaned};
use jianggao_engine::fields::Fact;
use jianggao_engine::history::Reason;
use jianggao_engine::import::import_text;
use jianggao_engine::session::Action;
use jianggao_engine::templates::template;
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

    let on_template = {
        let dispatch = dispatch.clone();
        let keep = keep.clone();
        let start_open = start_open.clone();
        let error = error.clone();
        Callback::from(move |id: &'static str| {
            let Some(t) = template(id) else { return };
            keep.emit(Reason::BeforeTemplate);
            let mut values = Values::new();
            values.insert(Fact::Level.key().into(), t.level.into());
            values.insert(Fact::Year.key().into(), current_year());
            dispatch.emit(Action::Load {
                text: t.text.to_string(),
                values,
            });
            error.set(None);
            start_open.set(false);
        })
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
        Callback::from(move |(name, read): (String, Result<String, String>)| {
            match read.and_then(|t| import_text(&name, &t).map_err(|e| e.to_string())) {
                Ok(text) => {
                    let cleaned = Rc::new(clean(&text));
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
        })
    };
    let on_choose = {
        let chosen = (*pending).clone();
        Callback::from(move |i: Option<usize>| {
            if let Some((name, cleaned)) = chosen.clone() {
                load.emit((name, cleaned, i));
            }
        })
    };
    let undo_import = {
        let report = report.clone();
        Callback::from(move |_| {
            dispatch.emit(Action::UndoLoad);
            report.set(None);
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
        close_report,
    }
}
