//! The app's two web workers (Trunk builds each binary into its own wasm; index.html):
//!
//! * the tools worker (`jianggao-tools`, `src/bin/tools.rs`): the engine's work that only some
//!   writers need, or only once a draft — an import's clean, reading a ledger, writing a .docx
//!   ([`tools::answer`]);
//! * the file reader (`ledger-reader`, `src/bin/reader.rs`): a spreadsheet's cells
//!   (`jianggao_sheets::grid`, calamine) and a Word file's text ([`word::word`]).
//!
//! Both run [`serve`]: they speak `jianggao_web::protocol`, the app's side of which is
//! `src/workers.rs`.

pub mod tools;
pub mod word;

#[cfg(target_arch = "wasm32")]
mod serve;
#[cfg(target_arch = "wasm32")]
pub use serve::serve;
