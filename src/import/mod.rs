//! Starting a draft: the start panel, a built-in template, or an imported text (cleaned, with
//! a choice when it holds several speeches, and a report of the repairs that one step undoes).
//!
//! An imported text is read and cleaned in the tools worker (`workers::clean`), not here:
//! the clean stage and the traditional → simplified tables stay out of the first load. The open
//! draft is untouched until the cleaned text comes back; if it does not (the worker cannot
//! start or fails), the writer gets a message and the draft is as it was. Every request that
//! replaces the draft (an import, a deletion put back, a template, a work file, 撤销导入) takes
//! a new number, and an answer to an older one is dropped: the writer's last request wins.

mod report;
mod start;

pub use report::{ImportReport, SpeechChooser};
pub use start::StartPanel;

use crate::handles::Handles;
use crate::tables::template_text;
use crate::workers;
use jianggao_engine::clean::{speech_text, Cleaned};
use jianggao_engine::fields::Fact;
use jianggao_engine::history::Reason;
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
    /// A Word file's tracked changes decided (the numbers of those rejected): it is read again
    /// and replaces the draft in one step, as a deletion put back does.
    pub on_decide: Callback<Vec<usize>>,
}

fn current_year() -> String {
    format!("{}", js_sys::Date::new_0().get_full_year())
}

/// `keep` is called before a template or an import replaces the open draft, to keep it in the
/// history.
#[hook]
pub fn use_import(h: &Handles, keep: Callback<Reason>) -> UseImport {
    let dispatch = h.dispatch.clone();
    let start_open = use_state(|| false);
    let error = use_state(|| None::<String>);
    let pending = use_state(|| None::<(String, Rc<Cleaned>)>);
    let report = use_state(|| None::<(String, Rc<Cleaned>)>);
    // what the last import came from, for putting back deletions: the file name and text as
    // opened or pasted, the spans put back and the speech kept
    let source = use_state(|| None::<Source>);
    // the number of the last request that replaces the draft; answers to older ones are dropped
    let latest = use_mut_ref(|| 0u32);
    let next_request = {
        let latest = latest.clone();
        Rc::new(move || {
            let mut l = latest.borrow_mut();
            *l = l.wrapping_add(1);
            *l
        })
    };
    let is_latest = {
        let latest = latest.clone();
        Rc::new(move |id: u32| *latest.borrow() == id)
    };

    let on_template = {
        let dispatch = dispatch.clone();
        let keep = keep.clone();
        let start_open = start_open.clone();
        let error = error.clone();
        let (next_request, is_latest) = (next_request.clone(), is_latest.clone());
        Callback::from(move |id: &'static str| {
            let Some(t) = template(id) else { return };
            let (keep, dispatch, error) = (keep.clone(), dispatch.clone(), error.clone());
            let start_open = start_open.clone();
            let (request, is_latest) = (next_request(), is_latest.clone());
            // the text is fetched when picked (compiled in only for the tests)
            wasm_bindgen_futures::spawn_local(async move {
                let text = template_text(t).await;
                if !is_latest(request) {
                    return;
                }
                let text = match text {
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
        // (the caller took a request number: nothing pending lands over it)
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
        let (next_request, is_latest) = (next_request.clone(), is_latest.clone());
        Callback::from(move |(name, read): (String, Result<String, String>)| {
            let request = next_request();
            let text = match read {
                Ok(t) => t,
                Err(e) => return error.set(Some(e)),
            };
            if name.ends_with(jianggao_engine::workfile::EXTENSION)
                || jianggao_engine::workfile::is_workfile(&text)
            {
                open_workfile.emit(text);
                return;
            }
            let input: Rc<str> = text.into();
            let done = {
                let (error, pending, load, source) =
                    (error.clone(), pending.clone(), load.clone(), source.clone());
                let (is_latest, name, input) = (is_latest.clone(), name.clone(), input.clone());
                Callback::from(move |r: Result<Cleaned, String>| {
                    if !is_latest(request) {
                        return; // a later request replaces the draft
                    }
                    let cleaned = match r {
                        Ok(c) => Rc::new(c),
                        Err(e) => return error.set(Some(e)),
                    };
                    source.set(Some(Source {
                        name: name.clone(),
                        input: input.clone(),
                        kept: Vec::new(),
                        speech: None,
                    }));
                    if cleaned.text.trim().is_empty() {
                        error.set(Some("清理网页杂项后没有剩下正文，原稿未改动".into()));
                    } else if cleaned.speeches.len() > 1 {
                        pending.set(Some((name.clone(), cleaned)));
                    } else {
                        load.emit((name.clone(), cleaned, None));
                    }
                })
            };
            workers::clean(&name, &input, &[], done);
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
        let (error, start_open) = (error.clone(), start_open.clone());
        let (next_request, is_latest) = (next_request.clone(), is_latest.clone());
        Callback::from(move |i: usize| {
            let (Some((name, cleaned)), Some(src)) = ((*report).clone(), (*source).clone()) else {
                return;
            };
            let Some(r) = cleaned.repairs.get(i) else {
                return;
            };
            let mut kept = src.kept.clone();
            kept.push(r.span.clone());
            let request = next_request();
            let done = {
                let (report, source, dispatch) = (report.clone(), source.clone(), dispatch.clone());
                let (error, start_open, is_latest) =
                    (error.clone(), start_open.clone(), is_latest.clone());
                let (src, kept) = (src.clone(), kept.clone());
                Callback::from(move |r: Result<Cleaned, String>| {
                    if !is_latest(request) {
                        return;
                    }
                    let again = match r {
                        Ok(c) => Rc::new(c),
                        Err(e) => {
                            // the report has no room for it: the start panel says it
                            error.set(Some(format!("删除的文字没有放回。{e}")));
                            start_open.set(true);
                            return;
                        }
                    };
                    let text = match src.speech.filter(|&k| k < again.speeches.len()) {
                        Some(k) => speech_text(&again, k),
                        None => again.text.clone(),
                    };
                    // one step of its own, values kept; 撤销导入 still goes back to before the
                    // import
                    dispatch.emit(Action::EditText {
                        text,
                        cursor: 0,
                        at_ms: js_sys::Date::now(),
                        kind: EditKind::Paste,
                    });
                    source.set(Some(Source {
                        kept: kept.clone(),
                        ..src.clone()
                    }));
                    report.set(Some((name.clone(), again)));
                })
            };
            workers::clean(&src.name, &src.input, &kept, done);
        })
    };
    // a Word file read again with the writer's decisions on its tracked changes, imported as
    // the file was (the report stays; 撤销导入 goes back to the draft before it)
    let on_decide = {
        let report = report.clone();
        let on_import = on_import.clone();
        Callback::from(move |reject: Vec<usize>| {
            let Some((name, _)) = (*report).clone() else {
                return;
            };
            let Some(file) = workers::word_file(&name) else {
                return;
            };
            let (on_import, shown) = (on_import.clone(), name.clone());
            let done =
                Callback::from(move |r: Result<jianggao_web::protocol::WordText, String>| {
                    on_import.emit((shown.clone(), r.map(|w| w.text)))
                });
            workers::read_word(name, file.bytes.to_vec(), reject, done);
        })
    };
    let undo_import = {
        let report = report.clone();
        let source = source.clone();
        Callback::from(move |_| {
            next_request(); // a deletion being put back does not land after this
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
        on_decide,
    }
}

/// The text an import came from and what the writer put back of it.
#[derive(Clone, PartialEq)]
struct Source {
    /// The file's name (empty when pasted): Markdown is read as such again.
    name: String,
    /// The text as opened or pasted, before the worker read it as a draft.
    input: Rc<str>,
    kept: Vec<Span>,
    speech: Option<usize>,
}

impl UseImport {
    /// The start panel: with no draft, or opened over one (then it can be closed).
    pub fn start(&self, has_draft: bool) -> Html {
        if has_draft && !self.start_open {
            return Html::default();
        }
        let close = has_draft.then(|| self.close_start.clone());
        html! {
            <StartPanel on_template={self.on_template.clone()} on_import={self.on_import.clone()} error={self.error.clone()} on_close={close} />
        }
    }

    /// The last import's report of repairs, until closed.
    pub fn report(&self) -> Html {
        let Some((name, cleaned)) = self.report.clone() else {
            return Html::default();
        };
        html! {
            <ImportReport {name} {cleaned} on_undo={self.undo_import.clone()} on_close={self.close_report.clone()} on_restore={self.on_restore.clone()} on_decide={self.on_decide.clone()} />
        }
    }

    /// The choice of a speech, when a file holds several.
    pub fn chooser(&self) -> Html {
        let Some(cleaned) = self.choosing.clone() else {
            return Html::default();
        };
        html! { <SpeechChooser {cleaned} on_choose={self.on_choose.clone()} /> }
    }
}
