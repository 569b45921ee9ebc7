//! The engine's tables that only some drafts need, fetched from the page's own origin when a
//! draft first needs them (the engine is built without its `tables` feature here, to keep the
//! first load small): the place table once the draft's place is filled in, the traditional →
//! simplified tables before an import is cleaned. Trunk copies both files to `dist/data/`.

use std::cell::Cell;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// A table the engine can install at run time.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Table {
    Places,
    T2s,
}

impl Table {
    fn url(self) -> &'static str {
        match self {
            Table::Places => "data/divisions.tsv",
            Table::T2s => "data/t2s.txt",
        }
    }

    /// Built in or installed already.
    pub fn ready(self) -> bool {
        match self {
            Table::Places => jianggao_engine::tables::places_data().is_some(),
            Table::T2s => jianggao_engine::tables::has_t2s(),
        }
    }
}

thread_local! {
    /// Bumped when a table is installed: results computed before it are out of date.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
}

pub fn generation() -> u32 {
    GENERATION.with(Cell::get)
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let resp = JsFuture::from(window.fetch_with_str(url))
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

/// Make sure `table` is there, fetching and installing it if it is not; `Err` says why not.
/// The page goes on without it: no place is found, a traditional text stays traditional.
pub async fn ensure(table: Table) -> Result<(), String> {
    if table.ready() {
        return Ok(());
    }
    let data = fetch_text(table.url()).await?;
    let taken = match table {
        Table::Places => jianggao_engine::tables::install_places(data),
        Table::T2s => jianggao_engine::tables::install_t2s(data),
    };
    if taken {
        GENERATION.with(|g| g.set(g.get() + 1));
    }
    Ok(())
}
