//! The app's two workers, both outside the first load.
//!
//! * Opening a spreadsheet ledger (.xlsx / .xls / .ods): its bytes go to the reader worker
//!   (`ledger-reader`, calamine compiled on its own), started for this file and ended after its
//!   answer, so the first load never carries the spreadsheet formats.
//! * The tools worker (`jianggao-tools`, [`ask`]): the clean stage of an imported text
//!   ([`clean`]), reading a ledger's cells into its facts and writing a .docx, started on the
//!   first such request and kept for the next.

use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

/// Where Trunk puts the worker's loader (beside index.html).
const LOADER: &str = "./ledger-reader_loader.js";

/// How long the reader may take to start (its wasm is the largest file of the site) before the
/// writer is told to paste the cells instead.
const READER_START_MS: u32 = 20_000;

const FAILED: &str = "表格读取组件未能载入（可能是网络中断或浏览器过旧）：请在表格中复制台账后粘贴，或另存为 .csv 后打开。";

/// How long the reader may take over one file once it has it (a ledger takes well under a
/// second; a damaged file may send calamine round and round).
const READER_READ_MS: u32 = 60_000;

/// The reader failed on the file it was given (calamine panicked, ran out of memory or took too
/// long): the file is the cause, not the component. The next file starts a new reader.
const BROKEN: &str = "无法读取这个表格：文件已损坏、结构异常或太大，读取时出错，稿件没有改动。请用 Excel 或 WPS 打开后另存为 .xlsx 再试，或在表格中复制台账后粘贴。";

/// A spreadsheet's cells, or why they could not be read.
type Grid = Result<Vec<Vec<String>>, String>;

/// Read the cells of spreadsheet `name`; `done` gets them or a Chinese message.
pub fn read(name: String, bytes: Vec<u8>, done: Callback<Result<Vec<Vec<String>>, String>>) {
    let worker = match web_sys::Worker::new(LOADER) {
        Ok(w) => w,
        Err(_) => {
            done.emit(Err(
                "表格读取组件未能启动：请在表格中复制台账后粘贴，或另存为 .csv 后打开。".into(),
            ));
            return;
        }
    };
    let payload = js_sys::Array::of2(
        &JsValue::from_str(&name),
        &js_sys::Uint8Array::from(&bytes[..]),
    );
    // one answer, whichever comes first: the worker's, its error, or giving up on its start (a
    // wasm that fails inside the worker sends neither `ready` nor an error event)
    let finish: Rc<dyn Fn(Grid)> = {
        let (w, finished) = (worker.clone(), Rc::new(std::cell::Cell::new(false)));
        Rc::new(move |r| {
            if !finished.replace(true) {
                w.terminate();
                done.emit(r);
            }
        })
    };
    let give_up = Rc::new(std::cell::RefCell::new(Some({
        let finish = finish.clone();
        gloo_timers::callback::Timeout::new(READER_START_MS, move || finish(Err(FAILED.into())))
    })));
    // once the file is sent, a failure is the file's (and has its own time limit)
    let posted = Rc::new(std::cell::Cell::new(false));
    let on_message = {
        let (w, finish, posted) = (worker.clone(), finish.clone(), posted.clone());
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let text = e.data().as_string().unwrap_or_default();
            if text == "ready" {
                let finish = finish.clone();
                *give_up.borrow_mut() = Some(gloo_timers::callback::Timeout::new(
                    READER_READ_MS,
                    move || finish(Err(BROKEN.into())),
                ));
                posted.set(true);
                let _ = w.post_message(&payload);
                return;
            }
            finish(answer(&text));
        })
    };
    let on_error =
        Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |_e: web_sys::ErrorEvent| {
            finish(Err(if posted.get() { BROKEN } else { FAILED }.into()))
        });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // a few hundred bytes per spreadsheet opened: the closures stay for the worker's life
    on_message.forget();
    on_error.forget();
}

/// The worker's JSON answer: `{"grid": …}` or `{"error": "…"}`.
fn answer(text: &str) -> Result<Vec<Vec<String>>, String> {
    #[derive(serde::Deserialize)]
    struct Answer {
        grid: Option<Vec<Vec<String>>>,
        error: Option<String>,
    }
    match serde_json::from_str::<Answer>(text) {
        Ok(Answer { grid: Some(g), .. }) => Ok(g),
        Ok(Answer { error: Some(e), .. }) => Err(e),
        _ => Err("表格读取组件的回答无法识别：请在表格中复制台账后粘贴。".into()),
    }
}

/// Where Trunk puts the tools worker's loader.
const TOOLS: &str = "./jianggao-tools_loader.js";

/// The tools worker once started: requests not yet sent (before it says `ready`) and the
/// callbacks of those sent, answered in order.
struct Tools {
    worker: web_sys::Worker,
    ready: bool,
    unsent: Vec<js_sys::Array>,
    waiting: std::collections::VecDeque<Callback<Result<JsValue, String>>>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
    /// Gives up when the worker has not said `ready` in time (its wasm failed to load: a
    /// rejected promise inside the worker raises no error event here).
    _give_up: gloo_timers::callback::Timeout,
    /// Gives up on the request answered next when it takes longer than [`TOOLS_REQUEST_MS`]
    /// (a clean or a ledger that never ends would leave the import waiting for ever).
    deadline: Option<gloo_timers::callback::Timeout>,
}

impl Tools {
    /// Time the request answered next, if one is sent and waiting.
    fn arm(&mut self) {
        self.deadline = (self.ready && !self.waiting.is_empty()).then(|| {
            gloo_timers::callback::Timeout::new(TOOLS_REQUEST_MS, || fail_tools(TOOLS_TIMEOUT))
        });
    }
}

/// How long one request to the tools worker may take: a 2 MB clean takes a few seconds.
const TOOLS_REQUEST_MS: u32 = 60_000;

/// The message when a request to the tools worker took longer than [`TOOLS_REQUEST_MS`].
pub const TOOLS_TIMEOUT: &str =
    "处理超过一分钟仍未完成，已停止，稿件没有改动：文字或文件可能过大或格式异常，可分段再试。";

thread_local! {
    static TOOLS_WORKER: std::cell::RefCell<Option<Tools>> = const { std::cell::RefCell::new(None) };
}

/// The message when the tools worker cannot start or fails.
pub const TOOLS_FAILED: &str =
    "工具组件未能载入（可能是网络中断或浏览器过旧），稿件没有改动：请刷新页面后再试。";

fn start_tools() -> Option<Tools> {
    let worker = web_sys::Worker::new(TOOLS).ok()?;
    let on_message =
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let data = e.data();
            let next = TOOLS_WORKER.with(|t| {
                let mut t = t.borrow_mut();
                let t = t.as_mut()?;
                if !t.ready && data.as_string().as_deref() == Some("ready") {
                    t.ready = true;
                    for m in t.unsent.drain(..) {
                        let _ = t.worker.post_message(&m);
                    }
                    t.arm();
                    return None;
                }
                let next = t.waiting.pop_front();
                t.arm();
                next
            });
            if let Some(done) = next {
                done.emit(Ok(data));
            }
        });
    let on_error =
        Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |_e: web_sys::ErrorEvent| {
            fail_tools(TOOLS_FAILED)
        });
    let give_up = gloo_timers::callback::Timeout::new(TOOLS_START_MS, || {
        if TOOLS_WORKER.with(|t| t.borrow().as_ref().is_some_and(|t| !t.ready)) {
            fail_tools(TOOLS_FAILED);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Some(Tools {
        worker,
        ready: false,
        unsent: Vec::new(),
        waiting: Default::default(),
        _on_message: on_message,
        _on_error: on_error,
        _give_up: give_up,
        deadline: None,
    })
}

/// How long the tools worker may take to start (fetch and compile its wasm).
const TOOLS_START_MS: u32 = 10_000;

/// The tools worker failed or took too long: everything waiting gets `message`
/// ([`TOOLS_FAILED`], [`TOOLS_TIMEOUT`]); the next request starts a new worker.
fn fail_tools(message: &'static str) {
    let gone = TOOLS_WORKER.with(|t| t.borrow_mut().take());
    if let Some(mut t) = gone {
        t.worker.terminate();
        for done in t.waiting.drain(..) {
            done.emit(Err(message.into()));
        }
        // its closures and timer are dropped in a later task, not inside their own call
        gloo_timers::callback::Timeout::new(0, move || drop(t)).forget();
    }
}

/// Ask the tools worker (`crates/sheets/src/tools.rs`), started on the first request and kept:
/// `done` gets its answer, or [`TOOLS_FAILED`].
pub fn ask(request: js_sys::Array, done: Callback<Result<JsValue, String>>) {
    let refused = TOOLS_WORKER.with(|t| {
        let mut t = t.borrow_mut();
        if t.is_none() {
            *t = start_tools();
        }
        let Some(t) = t.as_mut() else {
            return true;
        };
        if t.ready {
            let _ = t.worker.post_message(&request);
        } else {
            t.unsent.push(request);
        }
        t.waiting.push_back(done.clone());
        if t.deadline.is_none() {
            t.arm();
        }
        false
    });
    if refused {
        done.emit(Err(TOOLS_FAILED.into()));
    }
}

/// Read a ledger in the tools worker: `request` is the JSON of
/// `jianggao_engine::ledger::reading::Request`.
pub fn read_ledger(
    request: String,
    done: Callback<Result<jianggao_engine::ledger::reading::Reading, String>>,
) {
    use jianggao_engine::ledger::reading::Answer;
    let ask_args = js_sys::Array::of2(&JsValue::from_str("ledger"), &JsValue::from_str(&request));
    ask(
        ask_args,
        Callback::from(move |r: Result<JsValue, String>| {
            done.emit(r.and_then(|v| {
                match serde_json::from_str::<Answer>(&v.as_string().unwrap_or_default()) {
                    Ok(Answer::Read(r)) => Ok(*r),
                    Ok(Answer::Error(e)) => Err(e),
                    Err(_) => Err(TOOLS_FAILED.into()),
                }
            }))
        }),
    );
}

/// The .docx of the filled speech `text` in `preset`, written in the tools worker.
pub fn docx(
    text: &str,
    preset: jianggao_engine::docx::Preset,
    done: Callback<Result<Vec<u8>, String>>,
) {
    let ask_args = js_sys::Array::of3(
        &JsValue::from_str("docx"),
        &JsValue::from_str(text),
        &JsValue::from_str(preset.id()),
    );
    ask(
        ask_args,
        Callback::from(move |r: Result<JsValue, String>| {
            done.emit(r.and_then(|v| match v.as_string() {
                Some(message) => Err(message),
                None => Ok(js_sys::Uint8Array::new(&v).to_vec()),
            }))
        }),
    );
}

/// Start the tools worker ahead of an import the writer is about to make (the import box
/// focused, a file dragged over it, the file chooser opened), and have it fetch its t2s table,
/// so the first import does not wait for either. Nothing when it is started already; a failure
/// here is told by the import itself.
pub fn warm() {
    if TOOLS_WORKER.with(|t| t.borrow().is_some()) {
        return;
    }
    ask(
        js_sys::Array::of1(&JsValue::from_str("warm")),
        Callback::from(|_| ()),
    );
}

/// The message when an import could not be cleaned because the tools worker failed.
pub const CLEAN_FAILED: &str =
    "导入的文字未能整理：工具组件未能载入（可能是网络中断或浏览器过旧），原稿未改动，请刷新页面后再试。";

/// Read the text of file `name` (empty when pasted) as a draft and clean it in the tools
/// worker, keeping the byte spans `kept` (of the text as read) that the writer put back: `done`
/// gets the [`Cleaned`] result, or a Chinese message (the text cannot be a draft, or the
/// worker failed: [`CLEAN_FAILED`]).
///
/// [`Cleaned`]: jianggao_engine::clean::Cleaned
pub fn clean(
    name: &str,
    text: &str,
    kept: &[jianggao_engine::text::Span],
    done: Callback<Result<jianggao_engine::clean::Cleaned, String>>,
) {
    let kept = serde_json::to_string(kept).unwrap_or_else(|_| "[]".into());
    let request = js_sys::Array::of4(
        &JsValue::from_str("clean"),
        &JsValue::from_str(name),
        &JsValue::from_str(text),
        &JsValue::from_str(&kept),
    );
    ask(
        request,
        Callback::from(move |r: Result<JsValue, String>| {
            done.emit(match r {
                Ok(v) => cleaned(&v.as_string().unwrap_or_default()),
                Err(e) if e == TOOLS_TIMEOUT => Err(format!("导入的文字未能整理：{e}")),
                Err(_) => Err(CLEAN_FAILED.into()),
            })
        }),
    );
}

/// The worker's answer to `clean`: `{"cleaned": …}` or `{"error": "…"}`.
fn cleaned(text: &str) -> Result<jianggao_engine::clean::Cleaned, String> {
    #[derive(serde::Deserialize)]
    struct Answer {
        cleaned: Option<jianggao_engine::clean::Cleaned>,
        error: Option<String>,
    }
    match serde_json::from_str::<Answer>(text) {
        Ok(Answer {
            cleaned: Some(c), ..
        }) => Ok(c),
        Ok(Answer { error: Some(e), .. }) => Err(e),
        _ => {
            Err("导入的文字未能整理：工具组件的回答无法识别，原稿未改动，请刷新页面后再试。".into())
        }
    }
}
