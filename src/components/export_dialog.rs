//! Asks before exporting a speech with placeholders left, and names how many.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportDialogProps {
    /// Unfilled placeholders and cuts.
    pub leftovers: usize,
    /// Export anyway.
    pub on_confirm: Callback<()>,
    /// Back to filling in.
    pub on_cancel: Callback<()>,
}

#[component(ExportDialog)]
pub fn export_dialog(props: &ExportDialogProps) -> Html {
    let leftovers = props.leftovers;
    html! {
        <div class="modal-back">
            <div class="modal" role="alertdialog" aria-labelledby="confirm-title">
                <h2 id="confirm-title">{format!("还有 {leftovers} 处占位符未填")}</h2>
                <p>{"导出的稿子里会留着这些占位符。领导照稿念出“xx”会很尴尬。仍要导出吗？"}</p>
                <div class="actions">
                    <button class="primary" data-testid="confirm-export" onclick={props.on_confirm.reform(|_| ())}>{"仍然导出"}</button>
                    <button onclick={props.on_cancel.reform(|_| ())}>{"返回填写"}</button>
                </div>
            </div>
        </div>
    }
}
