//! Asking the browser to keep this site's storage (`navigator.storage.persist()`); when it
//! will not promise to and the storage is at risk (a private window, a full disk), the writer
//! is told once to export a backup.

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

/// Below this quota the origin's storage is at risk: a private window's (kept in memory, gone
/// with the window) or a nearly full disk's. A normal profile has gigabytes.
const SMALL_QUOTA: f64 = 2e9;

/// Whether the draft is at risk: the browser did not promise to keep it and its quota is that
/// of a private window or a full disk (`None`: the browser cannot say, so the writer is told).
pub fn at_risk(granted: bool, quota: Option<f64>) -> bool {
    !granted && quota.is_none_or(|q| q < SMALL_QUOTA)
}

/// The origin's quota in bytes, as `navigator.storage.estimate()` says.
async fn quota(n: &web_sys::Navigator) -> Option<f64> {
    let promise = n.storage().estimate().ok()?;
    let estimate = JsFuture::from(promise).await.ok()?;
    js_sys::Reflect::get(&estimate, &"quota".into())
        .ok()?
        .as_f64()
}

/// Ask once, on the first render; `Some(note)` when the draft is at risk ([`at_risk`]) and the
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
            let navigator = web_sys::window()
                .map(|w| w.navigator())
                .filter(|n| js_sys::Reflect::has(n, &"storage".into()).unwrap_or(false));
            let asked = navigator.as_ref().map(|n| n.storage().persist());
            match (navigator, asked) {
                (Some(n), Some(Ok(promise))) => spawn_local(async move {
                    let granted = JsFuture::from(promise)
                        .await
                        .map(|v| v.as_bool() == Some(true))
                        .unwrap_or(false);
                    if at_risk(granted, quota(&n).await) {
                        show(&note);
                    }
                }),
                _ => show(&note),
            }
        });
    }
    note
}

#[cfg(test)]
mod tests {
    use super::at_risk;

    #[test]
    fn only_a_draft_the_browser_may_drop_is_at_risk() {
        // a promise kept, whatever the quota
        assert!(!at_risk(true, Some(1e8)));
        // no promise: a normal profile's gigabytes are safe, a private window's are not
        assert!(!at_risk(false, Some(5e10)));
        assert!(at_risk(false, Some(1.2e8)));
        // nothing known: tell the writer
        assert!(at_risk(false, None));
    }
}
