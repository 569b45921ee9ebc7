//! Asks before exporting or printing a speech with placeholders left, and names how many.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExportDialogProps {
    /// Unfilled placeholders and cuts.
    pub leftovers: usize,
    /// The request is to print, not to export a file.
    #[prop_or_default]
    pub printing: bool,
    /// Export anyway.
    pub on_confirm: Callback<()>,
    /// Back to filling in.
    pub on_cancel: Callback<()>,
}

#[component(ExportDialog)]
pub fn export_dialog(props: &ExportDialogProps) -> Html {
    let leftovers = props.leftovers;
    let (what, verb) = if props.printing {
        ("打印出的稿子", "打印")
    } else {
        ("导出的稿子", "导出")
    };
    html! {
        <div class="modal-back">
            <div class="modal" role="alertdialog" aria-labelledby="confirm-title">
                <h2 id="confirm-title">{format!("还有 {leftovers} 处占位符未填")}</h2>
                <p>{format!("{what}里会留着这些占位符。领导照稿念出“xx”会很尴尬。仍要{verb}吗？")}</p>
                <div class="actions">
                    <button class="primary" data-testid="confirm-export" onclick={props.on_confirm.reform(|_| ())}>{format!("仍然{verb}")}</button>
                    <button onclick={props.on_cancel.reform(|_| ())}>{"返回填写"}</button>
                </div>
            </div>
        </div>
    }
}
