//! The engine's tables that only some drafts need, fetched from the page's own origin when a
//! draft first needs them (the engine is built without its `tables` feature here, to keep the
//! first load small): the place table once the draft's place is filled in, a template's text
//! when it is picked. Trunk copies the files to `dist/data/` and `dist/templates/`. (The
//! traditional → simplified tables, `data/t2s.txt`, are the tools worker's: it cleans imports.)

use jianggao_web::fetch_text;
use std::cell::Cell;

/// A table the engine can install at run time.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Table {
    Places,
}

impl Table {
    fn urls(self) -> &'static [&'static str] {
        match self {
            Table::Places => &["data/divisions.tsv", "data/not-places.txt"],
        }
    }

    /// Built in or installed already.
    pub fn ready(self) -> bool {
        match self {
            Table::Places => jianggao_engine::tables::places_data().is_some(),
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

/// A built-in template's text: compiled in (tests) or fetched from `templates/{id}.txt`.
pub async fn template_text(t: &jianggao_engine::templates::Template) -> Result<String, String> {
    if !t.text.is_empty() {
        return Ok(t.text.to_string());
    }
    fetch_text(&format!("templates/{}.txt", t.id)).await
}

/// Make sure `table` is there, fetching and installing it if it is not; `Err` says why not.
/// The page goes on without it: no place is found.
pub async fn ensure(table: Table) -> Result<(), String> {
    if table.ready() {
        return Ok(());
    }
    let mut data = Vec::new();
    for url in table.urls() {
        data.push(fetch_text(url).await?);
    }
    let mut data = data.into_iter();
    let mut next = || data.next().unwrap_or_default();
    let taken = match table {
        Table::Places => jianggao_engine::tables::install_places(next(), next()),
    };
    if taken {
        GENERATION.with(|g| g.set(g.get() + 1));
    }
    Ok(())
}
