//! Saving the draft in the browser: at most 0.5 s after a change, and at once when the page is
//! hidden or closed (`pagehide`, `visibilitychange`). A draft another tab saved meanwhile is
//! never overwritten: this tab learns it from the `storage` event (or at its next save) and
//! becomes read-only until reloaded. The panic hook's copy of the draft follows the state here
//! too: the reducer writes nothing.

use crate::state::State;
use crate::storage;
use jianggao_engine::session::Draft;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long after a change the draft is saved, at most.
const SAVE_AFTER_MS: u32 = 500;

/// What the writer is told about saving.
#[derive(Clone, PartialEq, Default)]
pub struct Saving {
    /// Why the last save failed, if it did (storage full, storage off).
    pub error: Option<String>,
    /// Another tab saved this draft since this tab read it: this tab is read-only.
    pub other_tab: bool,
    /// The app is open in another tab too (BroadcastChannel).
    pub other_open: bool,
}

/// Save the draft after each change (`rev`), throttled: one save at most every 0.5 s, of the
/// draft as it is when the timer fires (`latest`, the page's latest state: never copied per
/// change); and at once when the page is hidden or closed.
#[hook]
pub fn use_autosave(state: &State, latest: Rc<RefCell<State>>) -> Saving {
    let rev = state.rev;
    let saving = use_state(Saving::default);
    let other_open = use_state(|| false);
    let pending = use_mut_ref(|| false);
    let dirty = use_mut_ref(|| false);

    // save now, if anything changed since the last save
    let flush: Rc<dyn Fn()> = {
        let saving = saving.setter();
        let latest = latest.clone();
        let dirty = dirty.clone();
        Rc::new(move || {
            if !*dirty.borrow() {
                return;
            }
            let draft = latest.borrow().doc().to_draft();
            let result = storage::save(&draft);
            let other_tab = storage::blocked().as_deref() == Some(storage::OTHER_TAB);
            if result.is_ok() {
                crate::storage::versions::timed(&draft);
            } else if other_tab {
                keep_own(&draft);
            }
            if result.is_ok() || other_tab {
                *dirty.borrow_mut() = false;
            }
            saving.set(Saving {
                error: result.err().filter(|_| !other_tab),
                other_tab,
                other_open: false,
            });
        })
    };
    {
        let flush = flush.clone();
        let doc = state.doc().clone();
        use_effect_with(rev, move |rev| {
            // the panic hook's copy follows the state (its parts shared, nothing copied)
            storage::remember(&doc);
            if *rev > 0 {
                *dirty.borrow_mut() = true;
            }
            if *rev > 0 && !*pending.borrow() {
                *pending.borrow_mut() = true;
                gloo_timers::callback::Timeout::new(SAVE_AFTER_MS, move || {
                    *pending.borrow_mut() = false;
                    flush();
                })
                .forget();
            }
        });
    }
    {
        let saving = saving.setter();
        let other_open = other_open.setter();
        use_effect_with((), move |_| {
            let listeners = listen(flush, saving, other_open);
            move || drop(listeners)
        });
    }
    Saving {
        other_open: *other_open,
        ..(*saving).clone()
    }
}

/// Another tab saved over this tab's draft: keep this tab's version in the history.
fn keep_own(draft: &Draft) {
    let _ = crate::storage::versions::snapshot(draft, jianggao_engine::history::Reason::OtherTab);
}

type Listener = (
    web_sys::EventTarget,
    &'static str,
    Closure<dyn Fn(web_sys::Event)>,
);

/// Listeners removed (and the channel closed) when dropped.
struct Listeners(Vec<Listener>, Option<web_sys::BroadcastChannel>);

impl Drop for Listeners {
    fn drop(&mut self) {
        for (target, name, f) in &self.0 {
            let _ = target.remove_event_listener_with_callback(name, f.as_ref().unchecked_ref());
        }
        if let Some(ch) = &self.1 {
            ch.close();
        }
    }
}

/// The channel on which tabs of the app greet each other.
const CHANNEL: &str = "jianggao.tabs";

fn listen(
    flush: Rc<dyn Fn()>,
    saving: UseStateSetter<Saving>,
    other_open: UseStateSetter<bool>,
) -> Listeners {
    let mut all = Listeners(vec![], None);
    let channel = web_sys::BroadcastChannel::new(CHANNEL).ok();
    let Some(window) = web_sys::window() else {
        return all;
    };
    let mut on =
        |target: web_sys::EventTarget, name: &'static str, f: Box<dyn Fn(web_sys::Event)>| {
            let f = Closure::<dyn Fn(web_sys::Event)>::wrap(f);
            if target
                .add_event_listener_with_callback(name, f.as_ref().unchecked_ref())
                .is_ok()
            {
                all.0.push((target, name, f));
            }
        };
    let hide = flush.clone();
    on(window.clone().into(), "pagehide", Box::new(move |_| hide()));
    if let Some(doc) = window.document() {
        let d = doc.clone();
        let hide = flush.clone();
        on(
            doc.into(),
            "visibilitychange",
            Box::new(move |_| {
                if d.visibility_state() == web_sys::VisibilityState::Hidden {
                    hide();
                }
            }),
        );
    }
    // a new tab says hello; the tabs already open answer; both know of each other
    if let Some(ch) = channel.clone() {
        let reply = ch.clone();
        on(
            ch.clone().into(),
            "message",
            Box::new(move |e| {
                let Some(e) = e.dyn_ref::<web_sys::MessageEvent>() else {
                    return;
                };
                if e.data().as_string().as_deref() == Some("hello") {
                    let _ = reply.post_message(&"here".into());
                }
                other_open.set(true);
            }),
        );
        let _ = ch.post_message(&"hello".into());
    }
    // the `storage` event fires in every other tab of this origin when one tab saves
    let seen = Rc::new(RefCell::new(false));
    on(
        window.into(),
        "storage",
        Box::new(move |e| {
            let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            if e.key().as_deref() == Some(storage::KEY)
                && storage::changed_elsewhere(e.new_value())
                && !*seen.borrow()
            {
                *seen.borrow_mut() = true;
                storage::block(storage::OTHER_TAB);
                if let Some(d) = storage::last_known() {
                    keep_own(&d);
                }
                saving.set(Saving {
                    error: None,
                    other_tab: true,
                    other_open: false,
                });
            }
        }),
    );
    all.1 = channel;
    all
}
