//! The tools worker (`jianggao-tools`) in the browser: [`jianggao_workers::tools::answer`] for
//! each request, served by [`jianggao_workers::serve`]. Trunk builds it as a web worker
//! (index.html, `data-type="worker"`); the app starts it on the first request, or when the
//! writer is about to import, and keeps it (`src/workers.rs`).
//!
//! Before the first clean or warm-up, the traditional → simplified tables are fetched from
//! `data/t2s.txt` beside this script (the service worker has it cached for offline use); a
//! failed fetch is a warning, the text is cleaned without conversion and the next clean tries
//! again. Before the first check of a draft with its place given, the place table likewise.

#[cfg(target_arch = "wasm32")]
fn main() {
    use jianggao_web::protocol::Request;
    jianggao_workers::serve(|request| async move {
        match &request {
            Request::Clean { .. } | Request::Warm => t2s().await,
            Request::Check { values, .. } if jianggao_workers::tools::wants_places(values) => {
                places().await
            }
            _ => {}
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

/// Install the place table if it is not yet (fetched once the draft's place is given; a failed
/// fetch is a warning, the draft is checked without it, and the next check tries again).
#[cfg(target_arch = "wasm32")]
async fn places() {
    use jianggao_engine::tables::{install_places, places_data};
    if places_data().is_some() {
        return;
    }
    let fetched = async {
        let divisions = jianggao_web::fetch_text("data/divisions.tsv").await?;
        let not_places = jianggao_web::fetch_text("data/not-places.txt").await?;
        Ok::<_, String>((divisions, not_places))
    };
    match fetched.await {
        Ok((divisions, not_places)) => {
            install_places(divisions, not_places);
        }
        Err(e) => web_sys::console::warn_1(&format!("地名表未能载入：{e}").into()),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("jianggao-tools runs as a web worker in the browser (built by trunk); the CLI cleans, reads ledgers and writes .docx itself");
}
