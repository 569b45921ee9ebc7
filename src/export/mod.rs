//! Exporting and printing: a request goes out at once, or waits for the writer's yes while
//! placeholders are left.

mod dialog;
pub mod files;
mod print_copy;

pub use dialog::ExportDialog;
pub use files::{backup_file, deliver, workfile_file, Delivery, Format};
pub use print_copy::PrintCopy;

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
}

fn print_page(say: &Callback<String>) {
    if web_sys::window().and_then(|w| w.print().ok()).is_none() {
        say.emit("浏览器不允许从本页打印，请用浏览器菜单里的“打印”".into());
    }
}

/// `filled` is the speech with the values in place; `say` shows a message to the writer.
#[hook]
pub fn use_export(filled: Rc<String>, leftovers: usize, say: Callback<String>) -> UseExport {
    let pending = use_state(|| None::<Request>);
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
        let pending = pending.clone();
        let go = go.clone();
        Callback::from(move |req: Request| {
            if leftovers > 0 {
                pending.set(Some(req));
            } else {
                go.emit(req);
            }
        })
    };
    let confirm = {
        let pending = pending.clone();
        Callback::from(move |_| {
            if let Some(req) = *pending {
                pending.set(None);
                go.emit(req);
            }
        })
    };
    let cancel = {
        let pending = pending.clone();
        Callback::from(move |_| pending.set(None))
    };
    UseExport {
        asking: *pending,
        request: ask_or_go.reform(|(f, d)| Request::File(f, d)),
        print: ask_or_go.reform(|_| Request::Print),
        confirm,
        cancel,
    }
}
