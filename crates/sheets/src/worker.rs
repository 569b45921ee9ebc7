//! The ledger reader as a web worker: it says `ready`, then for each message `[name, bytes]`
//! answers `{"grid": [[…]]}` or `{"error": "…"}` as JSON text. Trunk builds it into
//! `dist/reader/`; the app starts it only when a writer opens a spreadsheet, so calamine is
//! never part of the first load.

#[cfg(target_arch = "wasm32")]
fn main() {
    jianggao_sheets::serve(|data| {
        let name = data.get(0).as_string().unwrap_or_default();
        let bytes = js_sys::Uint8Array::new(&data.get(1)).to_vec();
        let out = match jianggao_sheets::grid(&bytes, &name) {
            Ok(g) => serde_json::json!({ "grid": g }),
            Err(e) => serde_json::json!({ "error": e }),
        };
        std::future::ready(wasm_bindgen::JsValue::from_str(&out.to_string()))
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ledger-reader runs as a web worker in the browser (built by trunk); the CLI reads spreadsheets with `jianggao ledger`");
}
