//! A short status message ("已下载 …", "已复制到剪贴板") that fades after a few seconds.

use yew::prelude::*;

const SHOWN_MS: u32 = 5_000;

/// The status line; set it to show a message, which clears itself after 5 s.
#[hook]
pub fn use_status() -> UseStateHandle<Option<String>> {
    let status = use_state(|| None::<String>);
    {
        let handle = status.clone();
        use_effect_with((*status).clone(), move |s| {
            let timer = s
                .is_some()
                .then(|| gloo_timers::callback::Timeout::new(SHOWN_MS, move || handle.set(None)));
            move || drop(timer)
        });
    }
    status
}
