//! The tools worker (`jianggao-tools`): the engine's work that only some writers need, kept
//! out of the app's first load and run here when first asked for — reading a ledger from pasted
//! cells, a .csv or a spreadsheet's grid into its facts, and writing the .docx of a filled
//! speech. Trunk builds it as a web worker (index.html, `data-type="worker"`); the app starts it
//! on the first such request and keeps it (`src/sheet_reader.rs`).
//!
//! It says `ready`, then answers each message in order:
//! * `["ledger", json]` → the JSON of `jianggao_engine::ledger::reading::Answer`;
//! * `["docx", text, preset id]` → the file's bytes (a `Uint8Array`), or an error message
//!   string for an unknown preset.

#[cfg(target_arch = "wasm32")]
fn main() {
    use jianggao_engine::docx::{to_docx, Preset};
    use jianggao_engine::ledger::reading::read_json;
    use wasm_bindgen::JsValue;
    jianggao_sheets::serve(|data| {
        let text = |i| data.get(i).as_string().unwrap_or_default();
        match text(0).as_str() {
            "ledger" => JsValue::from_str(&read_json(&text(1))),
            "docx" => match Preset::from_id(&text(2)) {
                Some(p) => js_sys::Uint8Array::from(&to_docx(&text(1), p)[..]).into(),
                None => JsValue::from_str("未知的 Word 版式，未导出。"),
            },
            _ => JsValue::from_str("工具组件不认识这个请求。"),
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("jianggao-tools runs as a web worker in the browser (built by trunk); the CLI reads ledgers and writes .docx itself");
}
