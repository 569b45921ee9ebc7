//! The tools worker (`jianggao-tools`): the engine's work that only some writers need, or only
//! once a draft, kept out of the app's first load and run here when first asked for — the
//! clean stage of an import, reading a ledger from pasted cells, a .csv or a spreadsheet's grid
//! into its facts, and writing the .docx of a filled speech. Trunk builds it as a web worker
//! (index.html, `data-type="worker"`); the app starts it on the first such request and keeps it
//! (`src/sheet_reader.rs`).
//!
//! It says `ready`, then answers each message in order:
//! * `["clean", file name, text, kept spans as JSON]` → the JSON of
//!   [`jianggao_sheets::clean_json`]'s answer; the traditional → simplified tables are fetched
//!   from `data/t2s.txt` beside this script before the first clean (a failed fetch: a warning,
//!   and the text is cleaned without conversion; the next clean tries again);
//! * `["warm"]` → `null`, once the t2s tables are there, the clean's word sets built and a
//!   sample page cleaned ([`jianggao_sheets::warm_up`]: the browser optimizes the clean's code
//!   then) — sent when the writer is about to import, so the first clean waits for none of it;
//! * `["ledger", json]` → the JSON of `jianggao_engine::ledger::reading::Answer`;
//! * `["docx", text, preset id]` → the file's bytes (a `Uint8Array`), or an error message
//!   string for an unknown preset.

#[cfg(target_arch = "wasm32")]
fn main() {
    use jianggao_engine::docx::{to_docx, Preset};
    use jianggao_engine::ledger::reading::read_json;
    use wasm_bindgen::JsValue;
    jianggao_sheets::serve(|data| async move {
        let text = |i| data.get(i).as_string().unwrap_or_default();
        match text(0).as_str() {
            "clean" => {
                t2s().await;
                JsValue::from_str(&jianggao_sheets::clean_json(&text(1), &text(2), &text(3)))
            }
            "warm" => {
                t2s().await;
                jianggao_engine::clean::prepare();
                jianggao_sheets::warm_up();
                JsValue::NULL
            }
            "ledger" => JsValue::from_str(&read_json(&text(1))),
            "docx" => match Preset::from_id(&text(2)) {
                Some(p) => js_sys::Uint8Array::from(&to_docx(&text(1), p)[..]).into(),
                None => JsValue::from_str("未知的 Word 版式，未导出。"),
            },
            _ => JsValue::from_str("工具组件不认识这个请求。"),
        }
    });
}

/// Install the t2s tables if they are not yet: `data/t2s.txt`, relative to this worker's
/// script (the app's directory; the service worker has it cached for offline use).
#[cfg(target_arch = "wasm32")]
async fn t2s() {
    use jianggao_engine::tables::{has_t2s, install_t2s};
    if has_t2s() {
        return;
    }
    match fetch_text("data/t2s.txt").await {
        Ok(data) => {
            install_t2s(data);
        }
        Err(e) => web_sys::console::warn_1(&format!("繁简转换表未能载入：{e}").into()),
    }
}

#[cfg(target_arch = "wasm32")]
async fn fetch_text(url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let scope: web_sys::WorkerGlobalScope = js_sys::global().unchecked_into();
    let resp = JsFuture::from(scope.fetch_with_str(url))
        .await
        .map_err(|e| format!("{e:?}"))?;
    let resp: web_sys::Response = resp.dyn_into().map_err(|e| format!("{e:?}"))?;
    if !resp.ok() {
        return Err(format!("HTTP {}", resp.status()));
    }
    let text = JsFuture::from(resp.text().map_err(|e| format!("{e:?}"))?)
        .await
        .map_err(|e| format!("{e:?}"))?;
    text.as_string().ok_or_else(|| "not text".to_string())
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("jianggao-tools runs as a web worker in the browser (built by trunk); the CLI cleans, reads ledgers and writes .docx itself");
}
