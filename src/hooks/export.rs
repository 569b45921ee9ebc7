//! Exporting: a request goes out at once, or waits for the writer's yes while placeholders
//! are left.

use crate::export::{deliver, export_file, Delivery, Format};
use jianggao_engine::history::Reason;
use std::rc::Rc;
use yew::prelude::*;

pub struct UseExport {
    /// Leftovers are open: the export dialog asks first.
    pub asking: bool,
    /// Export in a format, by download or copy.
    pub request: Callback<(Format, Delivery)>,
    /// Export anyway.
    pub confirm: Callback<()>,
    /// Back to filling in.
    pub cancel: Callback<()>,
}

/// `filled` is the speech with the values in place; `say` shows a message to the writer.
#[hook]
pub fn use_export(filled: Rc<String>, leftovers: usize, say: Callback<String>) -> UseExport {
    let pending = use_state(|| None::<(Format, Delivery)>);
    let go = Callback::from(move |(format, how): (Format, Delivery)| {
        let say = say.clone();
        // the draft as exported is kept among the versions
        if let Some(d) = crate::storage::last_known() {
            if let Err(e) = crate::history::snapshot(&d, Reason::BeforeExport) {
                say.emit(e);
            }
        }
        deliver(export_file(&filled, format), how, move |m| say.emit(m));
    });
    let request = {
        let pending = pending.clone();
        let go = go.clone();
        Callback::from(move |req: (Format, Delivery)| {
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
        asking: pending.is_some(),
        request,
        confirm,
        cancel,
    }
}
