//! Exporting and printing: a request goes out at once, or waits for the writer's yes while
//! placeholders are left; asked while the analysis is pending, it waits for the current draft.
//! The work file (the whole draft) leaves at once.

mod dialog;
pub mod files;
mod print_copy;

pub use dialog::ExportDialog;
pub use files::{backup_file, deliver, workfile_file, Delivery, Format};
pub use print_copy::PrintCopy;

use crate::handles::Handles;
use files::{export_file, ExportFile};
use jianggao_engine::history::Reason;
use std::rc::Rc;
use yew::prelude::*;

/// What the writer asked for.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Request {
    File(Format, Delivery),
    /// The browser's print dialog over the print copy (`components/print_copy.rs`).
    Print,
}

pub struct UseExport {
    /// Leftovers are open: the export dialog asks first (about this request).
    pub asking: Option<Request>,
    /// Export in a format, by download or copy.
    pub request: Callback<(Format, Delivery)>,
    /// Print the finished speech.
    pub print: Callback<()>,
    /// Export (or print) anyway.
    pub confirm: Callback<()>,
    /// Back to filling in.
    pub cancel: Callback<()>,
    /// The header's export: after the pending analysis, so that the file is the current draft.
    pub on_export: Callback<(Format, Delivery)>,
    /// The header's 打印: draws the print copy, then prints.
    pub on_print: Callback<()>,
    /// The print copy is drawn (打印 asked, or the browser's own print on `beforeprint`).
    pub armed: UseStateHandle<bool>,
    /// Download the work file (.jianggao.json) of the draft.
    pub on_workfile: Callback<()>,
}

fn print_page(say: &Callback<String>) {
    if web_sys::window().and_then(|w| w.print().ok()).is_none() {
        say.emit("浏览器不允许从本页打印，请用浏览器菜单里的“打印”".into());
    }
}

/// `filled` is the speech with the values in place, with `leftovers` open, of the analysis of
/// revision `rev`; `pending` says the draft is newer.
#[hook]
pub fn use_export(
    h: &Handles,
    filled: Rc<String>,
    leftovers: usize,
    pending: bool,
    rev: u64,
) -> UseExport {
    let (say, flush, live) = (h.say.clone(), h.flush.clone(), h.live.clone());
    let on_workfile = {
        let say = say.clone();
        Callback::from(move |_| {
            let file = workfile_file(&live.borrow().doc().to_draft());
            let say = say.clone();
            deliver(file, Delivery::Download, move |m| say.emit(m));
        })
    };
    let asking = use_state(|| None::<Request>);
    let go = Callback::from(move |req: Request| {
        let say = say.clone();
        // the draft as exported is kept among the versions
        if let Some(d) = crate::storage::last_known() {
            if let Err(e) = crate::storage::versions::snapshot(&d, Reason::BeforeExport) {
                say.emit(e);
            }
        }
        match req {
            Request::File(format, how) => export_file(
                &filled,
                format,
                Callback::from(move |f: Result<ExportFile, String>| match f {
                    Ok(f) => {
                        let say = say.clone();
                        deliver(f, how, move |m| say.emit(m))
                    }
                    Err(e) => say.emit(e),
                }),
            ),
            Request::Print => print_page(&say),
        }
    });
    let ask_or_go = {
        let asking = asking.clone();
        let go = go.clone();
        Callback::from(move |req: Request| {
            if leftovers > 0 {
                asking.set(Some(req));
            } else {
                go.emit(req);
            }
        })
    };
    let confirm = {
        let asking = asking.clone();
        Callback::from(move |_| {
            if let Some(req) = *asking {
                asking.set(None);
                go.emit(req);
            }
        })
    };
    let cancel = {
        let asking = asking.clone();
        Callback::from(move |_| asking.set(None))
    };
    let request = ask_or_go.reform(|(f, d)| Request::File(f, d));
    let print = ask_or_go.reform(|_| Request::Print);
    // an export while the analysis is pending waits for it: the file is the current draft
    let queued = use_mut_ref(|| None::<(Format, Delivery)>);
    let on_export = {
        let (queued, request) = (queued.clone(), request.clone());
        Callback::from(move |req: (Format, Delivery)| {
            if pending {
                *queued.borrow_mut() = Some(req);
                flush.emit(());
            } else {
                request.emit(req);
            }
        })
    };
    {
        let request = request.clone();
        use_effect_with(rev, move |_| {
            if let Some(req) = queued.borrow_mut().take() {
                request.emit(req);
            }
        });
    }
    // the print copy is drawn once printing is asked for: 打印 arms it, then asks to print in
    // the next task, when it is drawn (the browser's own print arms it on `beforeprint`)
    let armed = use_state(|| false);
    let on_print = {
        let (armed, print) = (armed.clone(), print.clone());
        Callback::from(move |_| {
            armed.set(true);
            let print = print.clone();
            gloo_timers::callback::Timeout::new(0, move || print.emit(())).forget();
        })
    };
    UseExport {
        asking: *asking,
        request,
        print,
        confirm,
        cancel,
        on_export,
        on_print,
        armed,
        on_workfile,
    }
}

impl UseExport {
    /// The dialog that asks while leftovers are open, and the print copy.
    pub fn views(&self, leftovers: usize, filled: Rc<String>, has_draft: bool) -> Html {
        html! { <>
            if let Some(req) = self.asking {
                <ExportDialog {leftovers} printing={req == Request::Print} on_confirm={self.confirm.clone()} on_cancel={self.cancel.clone()} />
            }
            if has_draft {
                <PrintCopy text={filled} armed={*self.armed} on_arm={self.armed.setter().to_callback()} />
            }
        </> }
    }
}
