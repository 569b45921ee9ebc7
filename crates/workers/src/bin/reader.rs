//! The file reader as a web worker: it answers [`Request::Sheet`] with the sheet's cells
//! ([`jianggao_sheets::grid`]) and [`Request::Word`] with a Word file's text
//! ([`jianggao_workers::word::word`]), or a Chinese message. Trunk builds it (index.html); the
//! app starts one for each spreadsheet or Word file a writer opens and ends it after its
//! answer, so calamine and the Word reader are never part of the first load.
//!
//! [`Request::Sheet`]: jianggao_web::protocol::Request::Sheet
//! [`Request::Word`]: jianggao_web::protocol::Request::Word

#[cfg(target_arch = "wasm32")]
fn main() {
    use jianggao_web::protocol::{Answer, Request};
    jianggao_workers::serve(|request| {
        std::future::ready(match request {
            Request::Sheet { name, bytes } => match jianggao_sheets::grid(&bytes, &name) {
                Ok(g) => Answer::Grid(g),
                Err(e) => Answer::Error(e),
            },
            Request::Word {
                name,
                bytes,
                reject,
            } => jianggao_workers::word::word(&name, &bytes, &reject),
            _ => Answer::Error(jianggao_workers::tools::NOT_MINE.into()),
        })
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ledger-reader runs as a web worker in the browser (built by trunk); the CLI reads spreadsheets with `jianggao ledger`");
}
