//! Saving the draft in the browser at most 0.5 s after a change.

use crate::storage;
use jianggao_engine::session::Draft;
use yew::prelude::*;

/// How long after a change the draft is saved, at most.
const SAVE_AFTER_MS: u32 = 500;

/// Save the draft after each change (`rev`), throttled: one save at most every 0.5 s, of the
/// draft as it is when the timer fires. Returns why the last save failed, if it did.
#[hook]
pub fn use_autosave(rev: u64, draft: &Draft) -> Option<String> {
    let error = use_state(|| None::<String>);
    let pending = use_mut_ref(|| false);
    let latest = use_mut_ref(|| draft.clone());
    *latest.borrow_mut() = draft.clone();
    {
        let error = error.clone();
        use_effect_with(rev, move |rev| {
            if *rev > 0 && !*pending.borrow() {
                *pending.borrow_mut() = true;
                gloo_timers::callback::Timeout::new(SAVE_AFTER_MS, move || {
                    *pending.borrow_mut() = false;
                    let d = latest.borrow().clone();
                    match storage::save(&d) {
                        Ok(()) => error.set(None),
                        Err(e) => error.set(Some(e)),
                    }
                })
                .forget();
            }
        });
    }
    (*error).clone()
}
