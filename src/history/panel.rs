//! The 历史版本 panel: each kept version with its time, why it was kept, title, length and
//! leftover count; preview, restore, delete.

use super::hook::Entry;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HistoryPanelProps {
    /// Newest first.
    pub entries: Rc<Vec<Entry>>,
    pub preview: Option<usize>,
    pub on_preview: Callback<Option<usize>>,
    pub on_restore: Callback<usize>,
    pub on_delete: Callback<usize>,
    pub on_close: Callback<()>,
}

#[component(HistoryPanel)]
pub fn history_panel(p: &HistoryPanelProps) -> Html {
    let shown = p
        .preview
        .and_then(|i| p.entries.iter().find(|e| e.index == i));
    html! {
        <section class="banner report history" data-testid="history" aria-label="历史版本">
            <h2>{"历史版本"}<button onclick={p.on_close.reform(|_| ())}>{"关闭"}</button></h2>
            if p.entries.is_empty() {
                <p>{"还没有历史版本。导入、换模板、导出之前，以及每编辑几分钟，当前稿都会自动存入这里。"}</p>
            }
            <ul>
                { for p.entries.iter().map(|e| {
                    let i = e.index;
                    html! {
                        <li data-testid="history-entry">
                            <span>{format!("{} · {} · 《{}》 · {} 字 · 未填 {} 处", e.when, e.reason, e.summary.title, e.summary.chars, e.summary.leftovers)}</span>
                            <button onclick={p.on_preview.reform(move |_| Some(i))}>{"预览"}</button>
                            <button onclick={p.on_restore.reform(move |_| i)}>{"恢复"}</button>
                            <button onclick={p.on_delete.reform(move |_| i)}>{"删除"}</button>
                        </li>
                    }
                }) }
            </ul>
            if let Some(e) = shown {
                <pre class="history-preview" data-testid="history-preview">{e.text.clone()}</pre>
            }
        </section>
    }
}
