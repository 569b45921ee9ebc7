//! The texts only some drafts need, fetched from the page's own origin when a draft first needs
//! them (the engine is built without its `tables` feature here, to keep the first load small):
//! a template's text when it is picked (Trunk copies them to `dist/templates/`). The place table
//! (`data/divisions.tsv`) and the traditional → simplified tables (`data/t2s.txt`) are the tools
//! worker's: it runs the world rules and cleans imports.

use jianggao_web::fetch_text;

/// A built-in template's text: compiled in (tests) or fetched from `templates/{id}.txt`.
pub async fn template_text(t: &jianggao_engine::templates::Template) -> Result<String, String> {
    if !t.text.is_empty() {
        return Ok(t.text.to_string());
    }
    fetch_text(&format!("templates/{}.txt", t.id)).await
}
