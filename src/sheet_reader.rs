//! Opening a spreadsheet ledger (.xlsx / .xls / .ods): its bytes go to the reader worker
//! (`ledger-reader`, calamine compiled on its own), started for this file and ended after its
//! answer, so the first load never carries the spreadsheet formats.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::Callback;

/// Where Trunk puts the worker's loader (beside index.html).
const LOADER: &str = "./ledger-reader_loader.js";

/// Read the cells of spreadsheet `name`; `done` gets them or a Chinese message.
pub fn read(name: String, bytes: Vec<u8>, done: Callback<Result<Vec<Vec<String>>, String>>) {
    let worker = match web_sys::Worker::new(LOADER) {
        Ok(w) => w,
        Err(_) => {
            done.emit(Err(
                "表格读取组件未能启动：请在表格中复制台账后粘贴，或另存为 .csv 后打开。".into(),
            ));
            return;
        }
    };
    let payload = js_sys::Array::of2(
        &JsValue::from_str(&name),
        &js_sys::Uint8Array::from(&bytes[..]),
    );
    let on_message = {
        let (w, done) = (worker.clone(), done.clone());
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
            let text = e.data().as_string().unwrap_or_default();
            if text == "ready" {
                let _ = w.post_message(&payload);
                return;
            }
            w.terminate();
            done.emit(answer(&text));
        })
    };
    let on_error = {
        let w = worker.clone();
        Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |_e: web_sys::ErrorEvent| {
            w.terminate();
            done.emit(Err("表格读取组件未能载入（可能是网络中断或浏览器过旧）：请在表格中复制台账后粘贴，或另存为 .csv 后打开。".into()));
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // a few hundred bytes per spreadsheet opened: the closures stay for the worker's life
    on_message.forget();
    on_error.forget();
}

/// The worker's JSON answer: `{"grid": …}` or `{"error": "…"}`.
fn answer(text: &str) -> Result<Vec<Vec<String>>, String> {
    #[derive(serde::Deserialize)]
    struct Answer {
        grid: Option<Vec<Vec<String>>>,
        error: Option<String>,
    }
    match serde_json::from_str::<Answer>(text) {
        Ok(Answer { grid: Some(g), .. }) => Ok(g),
        Ok(Answer { error: Some(e), .. }) => Err(e),
        _ => Err("表格读取组件的回答无法识别：请在表格中复制台账后粘贴。".into()),
    }
}
