//! The top bar: templates and import, undo / redo, the leftover count, the length against the
//! target, the speaking rate, and the export buttons.

use crate::export::{Delivery, Format};
use jianggao_engine::docx::Preset;
use jianggao_engine::timing::TARGET_MINUTES_MAX;
use jianggao_engine::{Length, RATE_RANGE};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// A draft is open (not empty).
    pub has_draft: bool,
    /// Unfilled placeholders and cuts.
    pub leftovers: usize,
    /// Length of the filled speech.
    pub length: Length,
    /// How the length stands against the target, e.g. `（目标10分钟，合适）`.
    #[prop_or_default]
    pub target_note: Option<String>,
    pub target_minutes: Option<f64>,
    /// Speaking rate, characters a minute.
    pub rate: u32,
    pub can_undo: bool,
    pub can_redo: bool,
    pub on_open_start: Callback<()>,
    /// Open or close the 历史版本 panel.
    pub on_history: Callback<()>,
    pub on_undo: Callback<()>,
    pub on_redo: Callback<()>,
    /// The target as typed: `None` when empty or not a number.
    pub on_target: Callback<Option<f64>>,
    pub on_rate: Callback<u32>,
    pub on_export: Callback<(Format, Delivery)>,
    /// Print the finished speech (the 公文 layout).
    pub on_print: Callback<()>,
    /// Open or close the 项目台账 panel.
    pub on_ledger: Callback<()>,
    /// Download the work file (.jianggao.json).
    pub on_workfile: Callback<()>,
    /// The share of the draft still word for word the imported text or template, when known.
    #[prop_or_default]
    pub source_share: Option<f64>,
    /// The unchanged sentences are marked in the editor.
    #[prop_or_default]
    pub source_marked: bool,
    pub on_toggle_source: Callback<()>,
}

fn input_value(e: &Event) -> Option<String> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
}

#[component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let on_target = props.on_target.clone();
    let on_target = Callback::from(move |e: InputEvent| {
        if let Some(v) = input_value(&e) {
            on_target.emit(jianggao_engine::decimal::parse(v.trim()));
        }
    });
    let on_rate = props.on_rate.clone();
    let on_rate = Callback::from(move |e: Event| {
        if let Some(r) = input_value(&e).and_then(|v| v.parse::<u32>().ok()) {
            on_rate.emit(r);
        }
    });
    let export_button = |label: &'static str, testid: Option<&'static str>, req| {
        let cb = props.on_export.clone();
        html! { <button data-testid={testid} onclick={Callback::from(move |_| cb.emit(req))}>{label}</button> }
    };
    // the Word layout the writer picked (公文 unless changed)
    let preset = use_state(|| Preset::Gongwen);
    let on_preset = {
        let preset = preset.clone();
        Callback::from(move |e: Event| {
            let id = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
                .map(|s| s.value());
            if let Some(p) = id.as_deref().and_then(Preset::from_id) {
                preset.set(p);
            }
        })
    };
    let (has_draft, leftovers, len) = (props.has_draft, props.leftovers, props.length);
    html! {
        <header class="top">
            <h1>{"讲稿工坊"}</h1>
            <button onclick={props.on_open_start.reform(|_| ())}>{"模板与导入"}</button>
            <button onclick={props.on_history.reform(|_| ())} data-testid="open-history">{"历史版本"}</button>
            <button onclick={props.on_ledger.reform(|_| ())} data-testid="open-ledger" title="粘贴项目台账，核对并填入数字">{"项目台账"}</button>
            <button onclick={props.on_undo.reform(|_| ())} disabled={!props.can_undo} title="撤销（Ctrl+Z）">{"撤销"}</button>
            <button onclick={props.on_redo.reform(|_| ())} disabled={!props.can_redo} title="重做（Ctrl+Shift+Z）">{"重做"}</button>
            <span data-testid="leftover-count" class={classes!("leftovers", (!has_draft).then_some("none"), (has_draft && leftovers == 0).then_some("done"))}>
                {match (has_draft, leftovers) {
                    (false, _) => "尚未打开讲稿".to_string(),
                    (true, 0) => "占位符已全部填完 0".to_string(),
                    (true, n) => format!("未填占位符 {n} 处"),
                }}
            </span>
            <span data-testid="word-count" class="length">
                {format!("{} 字 · 约 {} 分钟", len.chars, jianggao_engine::decimal::fixed(len.minutes, 1))}
                {props.target_note.clone().unwrap_or_default()}
            </span>
            if let Some(s) = props.source_share.filter(|_| has_draft) {
                <span data-testid="source-share" class="length" title="仍与导入的原文或模板逐字相同的句子所占比例（只填占位符不算改写）">
                    {format!("原文未改 {}%", jianggao_engine::decimal::fixed(s * 100.0, 0))}
                </span>
                <button data-testid="toggle-source" aria-pressed={props.source_marked.to_string()} title="在原稿中标出仍与原文逐字相同的句子" onclick={props.on_toggle_source.reform(|_| ())}>
                    {if props.source_marked { "取消标出" } else { "标出原文" }}
                </button>
            }
            <label class="rate">{"目标"}
                <input type="number" min="1" max={jianggao_engine::decimal::shortest(TARGET_MINUTES_MAX)} step="1" placeholder="—" value={props.target_minutes.map(jianggao_engine::decimal::shortest).unwrap_or_default()} oninput={on_target} aria-label="目标时长（分钟）" />
                {"分钟"}
            </label>
            <label class="rate">{"语速"}
                <input type="number" min={RATE_RANGE.start().to_string()} max={RATE_RANGE.end().to_string()} step="10" value={props.rate.to_string()} onchange={on_rate} aria-label="语速（字/分钟）" />
                {"字/分"}
            </label>
            <span class="exports">
                {export_button("导出 Markdown", Some("export-md"), (Format::Markdown, Delivery::Download))}
                {export_button("导出文本", Some("export-txt"), (Format::Text, Delivery::Download))}
                {export_button("复制 Markdown", None, (Format::Markdown, Delivery::Copy))}
                {export_button("复制文本", None, (Format::Text, Delivery::Copy))}
                <span class="word" title="导出 Word：选择版式">
                    {export_button("导出 Word", Some("export-docx"), (Format::Docx(*preset), Delivery::Download))}
                    <select data-testid="docx-preset" aria-label="Word 版式" onchange={on_preset}>
                        { for Preset::ALL.into_iter().map(|p| html! {
                            <option value={p.id()} selected={*preset == p}>{p.label()}</option>
                        }) }
                    </select>
                </span>
                <button data-testid="print" title="按公文版式打印成稿" onclick={props.on_print.reform(|_| ())}>{"打印"}</button>
                <button data-testid="export-workfile" title="含全文、填写的值、台账数字和原文对照，可在另一台电脑上打开继续" onclick={props.on_workfile.reform(|_| ())}>{"导出工作文件"}</button>
            </span>
        </header>
    }
}
