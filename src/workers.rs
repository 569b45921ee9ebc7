//! The app's side of its two web workers, both outside the first load, and of the one protocol
//! they speak (`jianggao_web::protocol`: a `Request` out, an `Answer` back with the request's id).
//!
//! * The tools worker (`jianggao-tools`): the clean stage of an imported text ([`clean`]),
//!   reading a ledger ([`read_ledger`]), writing a .docx ([`docx`]), comparing a returned
//!   draft ([`returned`]) and the review rules after each pause ([`check_review`]); started on
//!   the first such request (or by [`warm`]) and kept.
//! * The file reader (`ledger-reader`: calamine, jianggao-word): the cells of a spreadsheet
//!   ledger ([`read_sheet`]), the text of a Word file ([`read_word`]); started for this file and
//!   ended after its answer, so the first load never carries the spreadsheet or Word formats.
//!
//! [`call`] is the one client: it starts a worker, holds requests back until the worker says
//! it is ready, pairs each answer with its request by id and gives up on a worker that cannot
//! start, fails, or takes too long over a request ([`Failure`]). Each request's function turns
//! the answer into its own type, and every failure into the message the writer reads.

use gloo_timers::callback::Timeout;
use jianggao_engine::clean::Cleaned;
use jianggao_engine::docx::Preset;
use jianggao_engine::ledger::reading::{self, Reading};
use jianggao_engine::text::Span;
use jianggao_engine::{CheckOptions, Finding, Values};
use jianggao_web::protocol::{decode, encode, Answer, Id, Request, Returned, WordText};
use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

/// A worker the app starts: its loader (written by Trunk beside index.html), whether it is kept
/// for the next request, its time limits and what the writer reads when it fails.
struct Spec {
    loader: &'static str,
    keep: bool,
    /// How long it may take to say it is ready (fetch and compile its wasm).
    start_ms: u32,
    /// How long the request it answers next may take.
    request_ms: u32,
    not_started: &'static str,
    not_loaded: &'static str,
    crashed: &'static str,
    timed_out: &'static str,
    garbled: &'static str,
}

/// Why a request got no answer of its kind.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Failure {
    /// The browser would not start the worker.
    NotStarted,
    /// The worker did not say it was ready in time, or failed before (its wasm did not load: a
    /// rejected promise inside a worker raises no error event here).
    NotLoaded,
    /// The worker failed while it had the request (calamine panicked, memory ran out).
    Crashed,
    /// The request took longer than the worker's limit; the worker was stopped.
    TimedOut,
    /// The answer could not be read, or was not an answer to this request.
    Garbled,
}

impl Spec {
    /// What the writer reads when a request to this worker fails (or its answer is not one).
    fn said(&self, r: Result<Answer, Failure>) -> String {
        match r {
            Ok(Answer::Error(e)) => return e,
            Ok(_) | Err(Failure::Garbled) => self.garbled,
            Err(Failure::NotStarted) => self.not_started,
            Err(Failure::NotLoaded) => self.not_loaded,
            Err(Failure::Crashed) => self.crashed,
            Err(Failure::TimedOut) => self.timed_out,
        }
        .into()
    }
}

/// The message when the tools worker cannot start or fails.
pub const TOOLS_FAILED: &str =
    "工具组件未能载入（可能是网络中断或浏览器过旧），稿件没有改动：请刷新页面后再试。";

/// The message when a request to the tools worker took longer than a minute.
pub const TOOLS_TIMEOUT: &str =
    "处理超过一分钟仍未完成，已停止，稿件没有改动：文字或文件可能过大或格式异常，可分段再试。";

/// The tools worker: 10 s to start, a minute a request (a 2 MB clean takes a few seconds; a
/// clean or a ledger that never ends would leave the import waiting for ever).
static TOOLS: Spec = Spec {
    loader: "./jianggao-tools_loader.js",
    keep: true,
    start_ms: 10_000,
    request_ms: 60_000,
    not_started: TOOLS_FAILED,
    not_loaded: TOOLS_FAILED,
    crashed: TOOLS_FAILED,
    timed_out: TOOLS_TIMEOUT,
    garbled: TOOLS_FAILED,
};

/// How long the reader may take to start (its wasm is the largest file of the site) before the
/// writer is told to paste the cells instead.
const READER_START_MS: u32 = 20_000;

/// How long the reader may take over one file once it has it (a ledger takes well under a
/// second; a damaged file may send calamine round and round).
const READER_READ_MS: u32 = 60_000;

/// The reader failed on the file it was given (calamine panicked, ran out of memory or took too
/// long): the file is the cause, not the component. The next file starts a new reader.
const BROKEN: &str = "无法读取这个表格：文件已损坏、结构异常或太大，读取时出错，稿件没有改动。请用 Excel 或 WPS 打开后另存为 .xlsx 再试，或在表格中复制台账后粘贴。";

static READER: Spec = Spec {
    loader: "./ledger-reader_loader.js",
    keep: false,
    start_ms: READER_START_MS,
    request_ms: READER_READ_MS,
    not_started: "表格读取组件未能启动：请在表格中复制台账后粘贴，或另存为 .csv 后打开。",
    not_loaded: "表格读取组件未能载入（可能是网络中断或浏览器过旧）：请在表格中复制台账后粘贴，或另存为 .csv 后打开。",
    crashed: BROKEN,
    timed_out: BROKEN,
    garbled: "表格读取组件的回答无法识别：请在表格中复制台账后粘贴。",
};

/// A Word file the reader failed on (the file is the cause: damaged, or too large).
const WORD_BROKEN: &str = "无法读取这个 Word 文件：文件已损坏、结构异常或太大，读取时出错，原稿未改动。请在 Word 或 WPS 中打开后另存为 .docx 再试，或复制全文后粘贴。";

/// The file reader for a Word file: the same worker as [`READER`], with a Word file's messages.
static WORD: Spec = Spec {
    loader: "./ledger-reader_loader.js",
    keep: false,
    start_ms: READER_START_MS,
    request_ms: READER_READ_MS,
    not_started: "Word 读取组件未能启动，原稿未改动：请在 Word 中复制全文后粘贴。",
    not_loaded: "Word 读取组件未能载入（可能是网络中断或浏览器过旧），原稿未改动：请在 Word 中复制全文后粘贴。",
    crashed: WORD_BROKEN,
    timed_out: WORD_BROKEN,
    garbled: "Word 读取组件的回答无法识别，原稿未改动：请在 Word 中复制全文后粘贴。",
};

/// A started worker: requests held back until it is ready, and those waiting for an answer (in
/// the order sent: it answers one at a time).
struct Client {
    /// Tells the worker's event handlers which client is theirs.
    serial: u32,
    spec: &'static Spec,
    worker: web_sys::Worker,
    ready: bool,
    unsent: Vec<String>,
    waiting: Vec<(Id, Callback<Result<Answer, Failure>>)>,
    /// The start limit until it is ready, then the limit of the request answered next.
    timer: Option<Timeout>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

thread_local! {
    static CLIENTS: RefCell<Vec<Client>> = const { RefCell::new(Vec::new()) };
    /// Request ids and client serials, from 1 (0 is the worker's `ready`).
    static NEXT: Cell<u32> = const { Cell::new(1) };
}

fn next_id() -> u32 {
    NEXT.with(|n| n.replace(n.get() + 1))
}

impl Client {
    fn start(spec: &'static Spec, serial: u32) -> Option<Client> {
        let worker = web_sys::Worker::new(spec.loader).ok()?;
        let on_message =
            Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
                answered(serial, &e.data().as_string().unwrap_or_default())
            });
        let on_error = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |_| {
            let ready = with_client(serial, |k| k.ready);
            fail(
                serial,
                if ready == Some(true) {
                    Failure::Crashed
                } else {
                    Failure::NotLoaded
                },
            )
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let timer = Some(Timeout::new(spec.start_ms, move || {
            fail(serial, Failure::NotLoaded)
        }));
        Some(Client {
            serial,
            spec,
            worker,
            ready: false,
            unsent: Vec::new(),
            waiting: Vec::new(),
            timer,
            _on_message: on_message,
            _on_error: on_error,
        })
    }

    /// Time the request answered next, if one is sent and waiting.
    fn arm(&mut self) {
        let serial = self.serial;
        self.timer = (self.ready && !self.waiting.is_empty()).then(|| {
            Timeout::new(self.spec.request_ms, move || {
                fail(serial, Failure::TimedOut)
            })
        });
    }
}

fn with_client<T>(serial: u32, f: impl FnOnce(&mut Client) -> T) -> Option<T> {
    CLIENTS.with(|c| {
        c.borrow_mut()
            .iter_mut()
            .find(|k| k.serial == serial)
            .map(f)
    })
}

/// Forget the client `serial` and stop its worker; `done` gets what was still waiting.
fn end(serial: u32) -> Vec<(Id, Callback<Result<Answer, Failure>>)> {
    let gone = CLIENTS.with(|c| {
        let mut c = c.borrow_mut();
        let at = c.iter().position(|k| k.serial == serial)?;
        Some(c.remove(at))
    });
    let Some(mut k) = gone else {
        return Vec::new();
    };
    k.worker.terminate();
    let waiting = std::mem::take(&mut k.waiting);
    // its closures and timer are dropped in a later task, not inside their own call
    Timeout::new(0, move || drop(k)).forget();
    waiting
}

/// The worker of client `serial` failed, or took too long: everything waiting gets `why`; the
/// next request starts a new worker.
fn fail(serial: u32, why: Failure) {
    for (_, done) in end(serial) {
        done.emit(Err(why));
    }
}

/// A message from the worker of client `serial`.
fn answered(serial: u32, text: &str) {
    let message = decode::<Answer>(text);
    let found = with_client(serial, |k| {
        let (at, answer) = match message {
            Some((_, Answer::Ready)) => {
                k.ready = true;
                for m in k.unsent.drain(..) {
                    let _ = k.worker.post_message(&JsValue::from_str(&m));
                }
                k.arm();
                return None;
            }
            Some((id, a)) => (k.waiting.iter().position(|w| w.0 == id)?, Ok(a)),
            // not an answer: the request answered next gets no other
            None => (0, Err(Failure::Garbled)),
        };
        if at >= k.waiting.len() {
            return None;
        }
        let (_, done) = k.waiting.remove(at);
        k.arm();
        Some((done, answer, !k.spec.keep && k.waiting.is_empty()))
    });
    if let Some(Some((done, answer, finished))) = found {
        if finished {
            end(serial);
        }
        done.emit(answer);
    }
}

/// Send `request` to the worker `spec` (the kept one, or a new one); `done` gets its answer, or
/// why there is none.
fn call(spec: &'static Spec, request: &Request, done: Callback<Result<Answer, Failure>>) {
    let id = next_id();
    let message = encode(id, request);
    let sent = CLIENTS.with(|c| {
        let mut c = c.borrow_mut();
        let at = match c
            .iter()
            .position(|k| spec.keep && std::ptr::eq(k.spec, spec))
        {
            Some(at) => at,
            None => {
                c.push(Client::start(spec, id)?);
                c.len() - 1
            }
        };
        let k = &mut c[at];
        k.waiting.push((id, done.clone()));
        if k.ready {
            let _ = k.worker.post_message(&JsValue::from_str(&message));
            if k.waiting.len() == 1 {
                k.arm();
            }
        } else {
            k.unsent.push(message);
        }
        Some(())
    });
    if sent.is_none() {
        done.emit(Err(Failure::NotStarted));
    }
}

/// Read the cells of spreadsheet `name` in a reader of its own; `done` gets them or a Chinese
/// message.
pub fn read_sheet(name: String, bytes: Vec<u8>, done: Callback<Result<Vec<Vec<String>>, String>>) {
    call(
        &READER,
        &Request::Sheet { name, bytes },
        Callback::from(move |r| {
            done.emit(match r {
                Ok(Answer::Grid(g)) => Ok(g),
                r => Err(READER.said(r)),
            })
        }),
    );
}

/// Read a ledger (pasted cells, or a grid with the writer's column fixes) in the tools worker.
pub fn read_ledger(request: reading::Request, done: Callback<Result<Reading, String>>) {
    call(
        &TOOLS,
        &Request::Ledger(request),
        Callback::from(move |r| {
            done.emit(match r {
                Ok(Answer::Ledger(r)) => Ok(*r),
                r => Err(TOOLS.said(r)),
            })
        }),
    );
}

/// The message when the review rules could not run: the form rules still do.
pub const REVIEW_FAILED: &str = "外地地名、层级、时间、数字、台账、标点与乱码等检查未能运行（工具组件未能载入或出错），占位符与字段的检查照常：请刷新页面后再试。";

/// The message when the review rules' answer is late (the page stops waiting for it).
pub const REVIEW_LATE: &str = "外地地名、层级、时间、数字、台账、标点与乱码等检查超过 10 秒仍未完成（工具组件正忙或出错），占位符与字段的检查照常：改动稿件后会再试。";

/// The review rules' findings on `text` (`jianggao_engine::check::Part::Review`), found in the
/// tools worker; `done` gets them, or [`REVIEW_FAILED`] (or the worker's own message).
pub fn check_review(
    text: String,
    values: Values,
    options: CheckOptions,
    done: Callback<Result<Vec<Finding>, String>>,
) {
    call(
        &TOOLS,
        &Request::Check {
            text,
            values,
            options,
        },
        Callback::from(move |r| {
            done.emit(match r {
                Ok(Answer::Checked(found)) => Ok(found),
                Ok(Answer::Error(e)) => Err(e),
                _ => Err(REVIEW_FAILED.into()),
            })
        }),
    );
}

/// The .docx of the filled speech `text` in `preset`, written in the tools worker.
pub fn docx(text: &str, preset: Preset, done: Callback<Result<Vec<u8>, String>>) {
    let text = text.to_string();
    call(
        &TOOLS,
        &Request::Docx { text, preset },
        Callback::from(move |r| {
            done.emit(match r {
                Ok(Answer::Docx(bytes)) => Ok(bytes),
                r => Err(TOOLS.said(r)),
            })
        }),
    );
}

/// A draft that came back from the leader: text `text` of file `name` against `draft` as sent
/// (filled with `values`), compared and taken as a new draft in the tools worker; `done` gets
/// it or a Chinese message.
pub fn returned(
    name: String,
    text: String,
    draft: String,
    values: jianggao_engine::Values,
    done: Callback<Result<Returned, String>>,
) {
    let request = Request::Returned {
        name,
        text,
        draft,
        values,
    };
    call(
        &TOOLS,
        &request,
        Callback::from(move |r| {
            done.emit(match r {
                Ok(Answer::Returned(r)) => Ok(*r),
                r => Err(TOOLS.said(r)),
            })
        }),
    );
}

/// The text of Word file `name` (.docx, .doc), read in a file reader of its own, its tracked
/// changes accepted but those numbered in `reject`: `done` gets it (with the list of changes
/// and comments) or a Chinese message (WPS's own formats, encrypted, broken or empty files; the
/// reader failed).
pub fn read_word(
    name: String,
    bytes: Vec<u8>,
    reject: Vec<usize>,
    done: Callback<Result<WordText, String>>,
) {
    call(
        &WORD,
        &Request::Word {
            name,
            bytes,
            reject,
        },
        Callback::from(move |r| {
            done.emit(match r {
                Ok(Answer::Word(w)) => Ok(w),
                r => Err(WORD.said(r)),
            })
        }),
    );
}

/// The last Word file read: its bytes (to read it again with other decisions), what the
/// report says of it, its list of tracked changes and its comments.
#[derive(Clone, PartialEq)]
pub struct WordFile {
    pub bytes: std::rc::Rc<[u8]>,
    pub note: Option<String>,
    pub changes: Vec<String>,
    pub remarks: Vec<String>,
}

thread_local! {
    /// The last Word file read, by file name, for the import report.
    static WORD_FILE: RefCell<Option<(String, WordFile)>> = const { RefCell::new(None) };
}

/// Keep Word file `name` for the import report.
pub fn set_word_file(name: &str, file: WordFile) {
    WORD_FILE.with(|n| *n.borrow_mut() = Some((name.to_string(), file)));
}

/// Word file `name`, if it was the last one read.
pub fn word_file(name: &str) -> Option<WordFile> {
    WORD_FILE.with(|n| {
        n.borrow()
            .as_ref()
            .filter(|(k, _)| k == name)
            .map(|(_, f)| f.clone())
    })
}

/// Start the tools worker ahead of an import the writer is about to make (the import box
/// focused, a file dragged over it, the file chooser opened), and have it fetch its t2s table,
/// so the first import does not wait for either. Nothing when it is started already; a failure
/// here is told by the import itself.
pub fn warm() {
    if CLIENTS.with(|c| c.borrow().iter().any(|k| k.spec.keep)) {
        return;
    }
    call(&TOOLS, &Request::Warm, Callback::from(|_| ()));
}

/// The message when an import could not be cleaned because the tools worker failed.
pub const CLEAN_FAILED: &str =
    "导入的文字未能整理：工具组件未能载入（可能是网络中断或浏览器过旧），原稿未改动，请刷新页面后再试。";

/// Read the text of file `name` (empty when pasted) as a draft and clean it in the tools
/// worker, keeping the byte spans `kept` (of the text as read) that the writer put back: `done`
/// gets the [`Cleaned`] result, or a Chinese message (the text cannot be a draft, or the
/// worker failed: [`CLEAN_FAILED`]).
pub fn clean(name: &str, text: &str, kept: &[Span], done: Callback<Result<Cleaned, String>>) {
    let request = Request::Clean {
        name: name.into(),
        text: text.into(),
        kept: kept.to_vec(),
    };
    call(
        &TOOLS,
        &request,
        Callback::from(move |r| done.emit(cleaned(r))),
    );
}

/// The answer to [`clean`], or what the writer reads: the worker's own message, a timeout as
/// such, any other failure of the worker as [`CLEAN_FAILED`].
fn cleaned(r: Result<Answer, Failure>) -> Result<Cleaned, String> {
    match r {
        Ok(Answer::Cleaned(c)) => Ok(c),
        Ok(Answer::Error(e)) => Err(e),
        Err(Failure::TimedOut) => Err(format!("导入的文字未能整理：{TOOLS_TIMEOUT}")),
        Ok(_) | Err(Failure::Garbled) => {
            Err("导入的文字未能整理：工具组件的回答无法识别，原稿未改动，请刷新页面后再试。".into())
        }
        Err(_) => Err(CLEAN_FAILED.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each way a request can fail reaches the writer as the message of its worker: the
    /// worker's own words pass through, the reader blames the file only once it has it, an
    /// import names a timeout and otherwise says the component failed.
    #[test]
    fn every_failure_is_told_as_its_workers_message() {
        let said = |spec: &Spec, r| spec.said(r);
        assert_eq!(
            said(&TOOLS, Ok(Answer::Error("台账没有项目".into()))),
            "台账没有项目"
        );
        assert_eq!(said(&TOOLS, Ok(Answer::Done)), TOOLS_FAILED);
        assert_eq!(said(&TOOLS, Err(Failure::TimedOut)), TOOLS_TIMEOUT);
        for f in [Failure::NotStarted, Failure::NotLoaded, Failure::Crashed] {
            assert_eq!(said(&TOOLS, Err(f)), TOOLS_FAILED);
            assert_eq!(cleaned(Err(f)).unwrap_err(), CLEAN_FAILED);
        }
        assert_eq!(said(&READER, Err(Failure::Crashed)), BROKEN);
        assert_eq!(said(&READER, Err(Failure::TimedOut)), BROKEN);
        assert!(said(&READER, Err(Failure::NotLoaded)).contains("未能载入"));
        assert!(said(&READER, Err(Failure::NotStarted)).contains("未能启动"));
        assert!(said(&READER, Ok(Answer::Grid(vec![]))).contains("无法识别"));
        assert_eq!(
            cleaned(Err(Failure::TimedOut)).unwrap_err(),
            format!("导入的文字未能整理：{TOOLS_TIMEOUT}")
        );
        assert!(cleaned(Ok(Answer::Grid(vec![])))
            .unwrap_err()
            .contains("无法识别"));
        assert_eq!(cleaned(Ok(Answer::Error("空".into()))).unwrap_err(), "空");
        // a Word file: the reader's own message passes through; its failures say the draft is
        // unchanged and how to go on
        assert_eq!(said(&WORD, Ok(Answer::Error("已加密".into()))), "已加密");
        for f in [
            Failure::NotStarted,
            Failure::NotLoaded,
            Failure::Crashed,
            Failure::TimedOut,
            Failure::Garbled,
        ] {
            let m = said(&WORD, Err(f));
            assert!(m.contains("原稿未改动") && m.contains("Word"), "{m}");
        }
    }
}
