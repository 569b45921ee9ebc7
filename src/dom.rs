//! Small browser helpers: downloads, clipboard, confirm, scrolling the editor, the fatal-error
//! notice.

use wasm_bindgen::JsCast;

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Offer bytes as a file download. No network: a Blob URL on an anchor.
pub fn download(file_name: &str, mime: &str, content: &[u8]) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(content));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &opts)
        .map_err(|_| "无法生成下载文件".to_string())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)
        .map_err(|_| "无法生成下载链接".to_string())?;
    let doc = document().ok_or("没有页面")?;
    let a: web_sys::HtmlAnchorElement = doc
        .create_element("a")
        .map_err(|_| "无法生成下载链接".to_string())?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(file_name);
    if let Some(body) = doc.body() {
        body.append_child(&a).ok();
        a.click();
        body.remove_child(&a).ok();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// Ask the writer a yes / no question in the browser's own dialog; without a window, no.
pub fn confirm(message: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.confirm_with_message(message).ok())
        .unwrap_or(false)
}

/// Copy text to the clipboard; calls back with a message for the writer.
pub fn copy(text: String, done: impl FnOnce(Result<(), String>) + 'static) {
    let Some(window) = web_sys::window() else {
        done(Err("没有浏览器窗口".into()));
        return;
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let r = wasm_bindgen_futures::JsFuture::from(promise).await;
        done(
            r.map(|_| ())
                .map_err(|_| "浏览器不允许复制到剪贴板，请改用下载".to_string()),
        );
    });
}

/// Show a message over the page when the app cannot go on.
pub fn show_fatal(message: &str) {
    let Some(doc) = document() else { return };
    let Ok(div) = doc.create_element("div") else {
        return;
    };
    div.set_class_name("fatal");
    div.set_attribute("role", "alert").ok();
    div.set_text_content(Some(message));
    if let Some(body) = doc.body() {
        body.append_child(&div).ok();
    }
}

/// Scroll the editor so that the jump anchor in its backdrop is in view, and select the range
/// (UTF-16 offsets) in the textarea.
pub fn reveal_in_editor(
    textarea: &web_sys::HtmlTextAreaElement,
    backdrop: &web_sys::Element,
    start: u32,
    end: u32,
    focus: bool,
) {
    if let Ok(Some(anchor)) = backdrop.query_selector(".jump-anchor") {
        if let Some(anchor) = anchor.dyn_ref::<web_sys::HtmlElement>() {
            let top = (anchor.offset_top() - 80).max(0);
            textarea.set_scroll_top(top);
            backdrop.set_scroll_top(top);
        }
    }
    if focus {
        let _ = textarea.focus();
        let _ = textarea.set_selection_range(start, end);
        // focusing may scroll to the caret; keep the anchor's position
        if let Ok(Some(anchor)) = backdrop.query_selector(".jump-anchor") {
            if let Some(anchor) = anchor.dyn_ref::<web_sys::HtmlElement>() {
                let top = (anchor.offset_top() - 80).max(0);
                textarea.set_scroll_top(top);
                backdrop.set_scroll_top(top);
            }
        }
    }
}

/// Whether file `name` is read as a Word file (by its name: .docx .doc, and WPS's own formats,
/// which get their message).
fn is_word_name(name: &str) -> bool {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    matches!(
        ext.as_str(),
        "docx" | "docm" | "dotx" | "dotm" | "doc" | "dot" | "wps"
    )
}

/// Largest Word file read: its pictures may weigh far more than its text.
const MAX_WORD_BYTES: u64 = 64 * 1024 * 1024;

/// The file a file input's change event chose, read by [`read_file`] to `cb`; the input is
/// emptied, so the same file chosen again is read again.
pub fn read_chosen(e: yew::Event, cb: yew::Callback<(String, Result<String, String>)>) {
    use wasm_bindgen::JsCast;
    let Some(input) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return;
    };
    if let Some(file) = input.files().and_then(|l| l.get(0)) {
        read_file(file, cb);
    }
    input.set_value("");
}

/// Read a file the writer opened as text (2 MB at most; UTF-8 or GB18030) to `cb`, with its
/// name. A Word file (.docx, .doc) is read for its text in the tools worker (never in the
/// first load), every tracked change accepted (the note kept for the import report).
pub fn read_file(file: web_sys::File, cb: yew::Callback<(String, Result<String, String>)>) {
    let name = file.name();
    let file = gloo_file::File::from(file);
    let word = is_word_name(&name);
    let limit = if word {
        MAX_WORD_BYTES
    } else {
        jianggao_engine::import::MAX_BYTES as u64
    };
    if file.size() > limit {
        cb.emit((
            name,
            Err(jianggao_engine::import::ImportError::TooLarge(file.size() as usize).to_string()),
        ));
        return;
    }
    let reader = gloo_file::callbacks::read_as_bytes(&file, move |r| {
        let bytes = match r {
            Ok(b) => b,
            Err(_) => return cb.emit((name, Err("文件读取失败，原稿未改动".to_string()))),
        };
        if word || bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"\xD0\xCF\x11\xE0") {
            let kept: std::rc::Rc<[u8]> = bytes.clone().into();
            let done = yew::Callback::from({
                let name = name.clone();
                move |r: Result<jianggao_web::protocol::WordText, String>| match r {
                    Ok(w) => {
                        let file = crate::workers::WordFile {
                            bytes: kept.clone(),
                            note: w.note(),
                            changes: w.changes,
                            remarks: w.remarks,
                        };
                        crate::workers::set_word_file(&name, file);
                        cb.emit((name.clone(), Ok(w.text)))
                    }
                    Err(e) => cb.emit((name.clone(), Err(e))),
                }
            });
            return crate::workers::read_word(name, bytes, Vec::new(), done);
        }
        let r = jianggao_engine::import::decode(&bytes).map_err(|e| e.to_string());
        cb.emit((name, r));
    });
    // the read finishes on its own; keep the reader alive until then
    std::mem::forget(reader);
}
