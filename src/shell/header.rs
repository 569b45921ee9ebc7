//! The top bar, one row: the 文件 menu (templates and import, a returned draft, history, the
//! work file), undo / redo, the leftover count, the length against the target, 项目台账 and the 导出 menu (Word in
//! each layout, print, Markdown, text, copy); and the talk-time inputs shown at the outline's
//! head.

use super::menu::{Item, Menu};
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
    /// The draft's title, when it has one.
    #[prop_or_default]
    pub title: Option<AttrValue>,
    /// Unfilled placeholders and cuts.
    pub leftovers: usize,
    /// Length of the filled speech.
    pub length: Length,
    /// How the length stands against the target, e.g. `（目标10分钟，合适）`.
    #[prop_or_default]
    pub target_note: Option<String>,
    pub can_undo: bool,
    pub can_redo: bool,
    pub on_open_start: Callback<()>,
    /// Open or close the 历史版本 panel.
    pub on_history: Callback<()>,
    pub on_undo: Callback<()>,
    pub on_redo: Callback<()>,
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
    /// Keep the draft as a version now (Ctrl+S).
    pub on_save_version: Callback<()>,
    /// Open a draft that came back from the leader, to compare with this one.
    pub on_returned: Callback<()>,
}

fn input_value(e: &Event) -> Option<String> {
    e.target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
}

/// The talk-time inputs (目标, 语速), shown at the head of the outline where the times are.
#[derive(Properties, PartialEq)]
pub struct TalkTimeProps {
    pub target_minutes: Option<f64>,
    pub rate: u32,
    pub on_target: Callback<Option<f64>>,
    pub on_rate: Callback<u32>,
}

#[component(TalkTime)]
pub fn talk_time(props: &TalkTimeProps) -> Html {
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
    html! {
        <div class="talk-time">
            <label class="rate">{"目标"}
                <input type="number" min="1" max={jianggao_engine::decimal::shortest(TARGET_MINUTES_MAX)} step="1" placeholder="—" value={props.target_minutes.map(jianggao_engine::decimal::shortest).unwrap_or_default()} oninput={on_target} aria-label="目标时长（分钟）" />
                {"分钟"}
            </label>
            <label class="rate">{"语速"}
                <input type="number" min={RATE_RANGE.start().to_string()} max={RATE_RANGE.end().to_string()} step="10" value={props.rate.to_string()} onchange={on_rate} aria-label="语速（字/分钟）" />
                {"字/分"}
            </label>
        </div>
    }
}

#[component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let (has_draft, leftovers, len) = (props.has_draft, props.leftovers, props.length);
    let export = |label: &'static str, testid: &'static str, req: (Format, Delivery)| {
        Item::new(label, testid, props.on_export.reform(move |_| req))
    };
    // before a draft is open, only the way to one
    let mut file = vec![Item::new(
        "模板与导入",
        "open-start",
        props.on_open_start.clone(),
    )];
    if has_draft {
        file.extend([
            Item::new(
                "打开领导改回的稿子…",
                "open-returned",
                props.on_returned.clone(),
            ),
            Item::new("历史版本", "open-history", props.on_history.clone()),
            Item::new(
                "存为历史版本",
                "save-version",
                props.on_save_version.clone(),
            )
            .keys("Ctrl+S"),
            Item::new("导出工作文件", "export-workfile", props.on_workfile.clone())
                .title("含全文、填写的值、台账数字和原文对照，可在另一台电脑上打开继续"),
        ]);
    }
    let exports = has_draft.then(|| {
        let mut items: Vec<Item> = Preset::ALL
            .into_iter()
            .map(|p| {
                // the layouts' names as Preset::label gives them
                let (label, id) = match p {
                    Preset::Gongwen => ("Word（公文）", "export-docx"),
                    Preset::Reading => ("Word（讲话稿）", "export-docx-reading"),
                    Preset::ReadingLarge => ("Word（讲话稿大字版）", "export-docx-large"),
                };
                let it = export(label, id, (Format::Docx(p), Delivery::Download));
                if p == Preset::Gongwen {
                    it.keys("Ctrl+Shift+E")
                } else {
                    it
                }
            })
            .collect();
        items.push(
            Item::new("打印", "print", props.on_print.clone())
                .keys("Ctrl+P")
                .title("按公文版式打印成稿"),
        );
        items.extend([
            export(
                "Markdown",
                "export-md",
                (Format::Markdown, Delivery::Download),
            ),
            export("文本", "export-txt", (Format::Text, Delivery::Download)),
            export(
                "复制 Markdown",
                "copy-md",
                (Format::Markdown, Delivery::Copy),
            ),
            export("复制文本", "copy-txt", (Format::Text, Delivery::Copy)),
        ]);
        items
    });
    html! {
        <header class="top">
            <h1>{"讲稿工坊"}</h1>
            <Menu label="文件" testid="menu-file" items={file} />
            if let Some(t) = props.title.clone().filter(|_| has_draft) {
                <span class="draft-name" data-testid="draft-name" title={t.clone()}>{t}</span>
            }
            if has_draft {
                <button onclick={props.on_undo.reform(|_| ())} disabled={!props.can_undo} title="撤销（Ctrl+Z）">{"撤销"}</button>
                <button onclick={props.on_redo.reform(|_| ())} disabled={!props.can_redo} title="重做（Ctrl+Y）">{"重做"}</button>
            }
            <span data-testid="leftover-count" class={classes!("leftovers", (!has_draft).then_some("none"), (has_draft && leftovers == 0).then_some("done"))}>
                {match (has_draft, leftovers) {
                    (false, _) => "尚未打开讲稿".to_string(),
                    (true, 0) => "占位符已全部填完 0".to_string(),
                    (true, n) => format!("未填占位符 {n} 处"),
                }}
            </span>
            if has_draft {
                <span data-testid="word-count" class="length">
                    {format!("{} 字 · 约 {} 分钟", len.chars, jianggao_engine::decimal::fixed(len.minutes, 1))}
                    {props.target_note.clone().unwrap_or_default()}
                </span>
            }
            if let Some(s) = props.source_share.filter(|_| has_draft) {
                <button data-testid="toggle-source" class="source" aria-pressed={props.source_marked.to_string()} title="仍与导入的原文或模板逐字相同的句子所占比例（只填占位符不算改写）；按下在原稿中标出这些句子" onclick={props.on_toggle_source.reform(|_| ())}>
                    <span data-testid="source-share">{format!("原文未改 {}%", jianggao_engine::decimal::fixed(s * 100.0, 0))}</span>
                </button>
            }
            if let Some(items) = exports {
                <span class="end">
                    <button onclick={props.on_ledger.reform(|_| ())} data-testid="open-ledger" title="粘贴项目台账，核对并填入数字">{"项目台账"}</button>
                    <Menu label="导出" testid="menu-export" {items} />
                </span>
            }
        </header>
    }
}
