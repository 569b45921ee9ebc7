//! The tools worker (`jianggao-tools`) in the browser: [`jianggao_workers::tools::answer`] for
//! each request, served by [`jianggao_workers::serve`]. Trunk builds it as a web worker
//! (index.html, `data-type="worker"`); the app starts it on the first request, or when the
//! writer is about to import, and keeps it (`src/workers.rs`).
//!
//! Before the first clean or warm-up, the traditional → simplified tables are fetched from
//! `data/t2s.txt` beside this script (the service worker has it cached for offline use); a
//! failed fetch is a warning, the text is cleaned without conversion and the next clean tries
//! again.

#[cfg(target_arch = "wasm32")]
fn main() {
    use jianggao_web::protocol::Request;
    jianggao_workers::serve(|request| async move {
        if matches!(request, Request::Clean { .. } | Request::Warm) {
            t2s().await;
        }
        jianggao_workers::tools::answer(request)
    });
}

/// Install the t2s tables if they are not yet.
#[cfg(target_arch = "wasm32")]
async fn t2s() {
    use jianggao_engine::tables::{has_t2s, install_t2s};
    if has_t2s() {
        return;
    }
    match jianggao_web::fetch_text("data/t2s.txt").await {
        Ok(data) => {
            install_t2s(data);
        }
        Err(e) => web_sys::console::warn_1(&format!("繁简转换表未能载入：{e}").into()),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("jianggao-tools runs as a web worker in the browser (built by trunk); the CLI cleans, reads ledgers and writes .docx itself");
}
