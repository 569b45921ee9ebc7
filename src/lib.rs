//! 讲稿工坊 browser app: a thin Yew shell over `jianggao-engine`.
//!
//! All text logic lives in the engine; this crate holds the page, the browser storage, the
//! downloads and the clipboard.

pub mod app;
pub mod checks;
pub mod doc;
pub mod dom;
pub mod editor;
pub mod export;
pub mod fields;
pub mod handles;
pub mod history;
pub mod import;
pub mod ledger;
pub mod outline;
pub mod returned;
pub mod shell;
pub mod state;
pub mod storage;
pub mod tables;
pub mod windowed;
pub mod workers;

/// Start the app in `<body>`; a panic saves the draft and tells the writer.
pub fn run() {
    std::panic::set_hook(Box::new(|info| {
        let saved = storage::save_last_known().is_ok();
        web_sys::console::error_1(&format!("{info}").into());
        dom::show_fatal(if saved {
            "出错了：页面遇到意外错误。您的草稿已保存在本机浏览器中，请刷新页面继续。"
        } else {
            "出错了：页面遇到意外错误，且草稿未能保存。请先复制编辑区的文字，再刷新页面。"
        });
    }));
    yew::Renderer::<app::App>::new().render();
}

#[cfg(test)]
mod fixtures;
#[cfg(test)]
mod layers_tests;
