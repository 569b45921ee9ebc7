//! Asking the browser to keep this site's storage (`navigator.storage.persist()`); when it
//! will not promise to (a private window, a browser that clears data), the writer is told to
//! export a backup.

use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::prelude::*;

/// Shown when the browser does not promise to keep the draft.
pub const NOT_PERSISTENT: &str =
    "浏览器未承诺长期保留本机数据（如无痕窗口或自动清理浏览数据），草稿可能被清除：请定期导出备份。";

/// Set once the writer has read the note, so it is not shown on every visit.
const READ_KEY: &str = "jianggao.persist-note-read";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The writer read the note: do not show it again in this browser.
pub fn mark_read() {
    if let Some(s) = storage() {
        let _ = s.set_item(READ_KEY, "1");
    }
}

/// Shown once in a browser: it is marked read as it is shown.
fn show(note: &UseStateHandle<Option<String>>) {
    mark_read();
    note.set(Some(NOT_PERSISTENT.into()));
}

/// Ask once, on the first render; `Some(note)` when persistence was not granted and the
/// writer has not yet read the note.
#[hook]
pub fn use_persist() -> UseStateHandle<Option<String>> {
    let note = use_state(|| None::<String>);
    {
        let note = note.clone();
        use_effect_with((), move |_| {
            let read = storage().and_then(|s| s.get_item(READ_KEY).ok().flatten());
            if read.is_some() {
                return;
            }
            // `navigator.storage` is missing before Safari 15.2: no promise, and the note
            let asked = web_sys::window()
                .map(|w| w.navigator())
                .filter(|n| js_sys::Reflect::has(n, &"storage".into()).unwrap_or(false))
                .map(|n| n.storage().persist());
            match asked {
                Some(Ok(promise)) => spawn_local(async move {
                    let granted = JsFuture::from(promise)
                        .await
                        .map(|v| v.as_bool() == Some(true))
                        .unwrap_or(false);
                    if !granted {
                        show(&note);
                    }
                }),
                _ => show(&note),
            }
        });
    }
    note
}
