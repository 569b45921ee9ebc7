//! What the app (`src/`) and its two web workers (`crates/workers`) share: the messages they
//! exchange ([`protocol`]: one request enum, one answer enum, each answer carrying its request's
//! id) and [`fetch_text`], the page's or a worker's `fetch` of a file beside the app.

pub mod protocol;

mod fetch;
pub use fetch::fetch_text;
